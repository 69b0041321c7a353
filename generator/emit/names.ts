// Names decided once: every emitter that refers to another artifact's declarations asks here,
// so emitters agree on names without knowing about each other.
import type { ErrorModel, OperationModel, ServiceModel } from "../model/types.ts";
import { identifier } from "./escape.ts";

/** Module of an artifact inside a service folder, as an import specifier from a sibling module. */
export const artifactModule = {
  types: "./types.js",
  validators: "./validators.js",
  client: "./client.js",
  mock: "./mock.js",
} as const;

/** Import specifier of a runtime module from a service module. */
export function runtimeModule(name: string): string {
  return `../runtime/${name}.js`;
}

/** SSM → Ssm, SWAS → Swas, CloudWatchLogs → CloudWatchLogs. */
export function pascalService(service: ServiceModel): string {
  const n = service.name;
  return n === n.toUpperCase() ? n.charAt(0) + n.slice(1).toLowerCase() : n.charAt(0).toUpperCase() + n.slice(1);
}

export function clientClass(service: ServiceModel): string {
  return identifier(`${pascalService(service)}Client`);
}

export function serviceErrorClass(service: ServiceModel): string {
  return identifier(`${pascalService(service)}ServiceError`);
}

export function errorClass(error: ErrorModel): string {
  return identifier(error.name);
}

/** GetCommandInvocation → getCommandInvocation (the standalone function and the client method). */
export function operationFunction(op: OperationModel): string {
  return identifier(op.name.charAt(0).toLowerCase() + op.name.slice(1));
}

/**
 * The validator exports of a named shape. A derived name that a shape of the service already uses
 * (SSM has both `InventoryItem` and `InventoryItemSchema`) gains a `$`, which spec names cannot contain.
 */
export function validatorNames(shapeName: string, service?: ServiceModel): { is: string; validate: string; schema: string } {
  const free = (name: string) => (service?.shapes.has(name) ? `${name}$` : name);
  return {
    is: identifier(free(`is${shapeName}`)),
    validate: identifier(free(`validate${shapeName}`)),
    schema: identifier(free(`${shapeName}Schema`)),
  };
}

/**
 * The validators module's check of an operation's input for the generated clients: every violation,
 * like validate…, without its allocation-free fast path (a client goes on to send a request anyway,
 * and a bundle then carries the check once). The `$` keeps it clear of every spec name.
 */
export function inputCheckFunction(inputShapeName: string): string {
  return identifier(`$validate_${inputShapeName}`);
}

export function waiterFunction(waiterName: string): string {
  return identifier(`waitUntil${waiterName}`);
}

export function paginatorFunction(op: OperationModel): string {
  return identifier(`paginate${op.name}`);
}
