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

export function validatorNames(shapeName: string): { is: string; validate: string; schema: string } {
  return {
    is: identifier(`is${shapeName}`),
    validate: identifier(`validate${shapeName}`),
    schema: identifier(`${shapeName}Schema`),
  };
}

export function waiterFunction(waiterName: string): string {
  return identifier(`waitUntil${waiterName}`);
}

export function paginatorFunction(op: OperationModel): string {
  return identifier(`paginate${op.name}`);
}
