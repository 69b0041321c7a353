// Mock emitter: `src/<svc>/mock.ts`, a declarative operation table (validators, behaviour, errors,
// examples) and a factory that hands it to the protocol's runtime adapter. Everything the mock does
// lives in generator/runtime/mock-*.ts; this file only wires names.
import type { ErrorModel, OperationModel, ServiceModel } from "../../model/types.ts";
import { docComment, identifier, propertyAccess, propertyKey, stringLiteral } from "../escape.ts";
import { header, type ServiceEmitter } from "../emitter.ts";
import { artifactModule, pascalService, runtimeModule, validatorNames } from "../names.ts";
import { behaviourModuleFor, type BehaviourModule } from "./behaviours.ts";

export const mockEmitter: ServiceEmitter = {
  name: "mock",
  emit(service) {
    return [{ path: `src/${service.moduleName}/mock.ts`, contents: emitMock(service), sources: service.files }];
  },
};

/** Names the mock module exports, decided here once (the CLI and demo derive them the same way). */
export function mockNames(service: ServiceModel): { factory: string; definition: string; operationType: string } {
  const pascal = pascalService(service);
  return {
    factory: identifier(`create${pascal}Mock`),
    definition: identifier(`${pascal.charAt(0).toLowerCase()}${pascal.slice(1)}MockDefinition`),
    operationType: identifier(`${pascal}MockOperation`),
  };
}

export function emitMock(service: ServiceModel): string {
  const names = mockNames(service);
  const behaviours = behaviourModuleFor(service);
  const rpc = service.protocol.kind === "rpc";
  const adapter = rpc ? { module: "mock-alibaba-rpc", fn: "alibabaRpcMock" } : { module: "mock-aws-json", fn: "awsJsonMock" };

  const validatorImports = service.operations.flatMap((op) => [
    validatorNames(op.input.name, service).validate,
    validatorNames(op.output.name, service).validate,
    ...(rpc ? [identifier(`coerce${op.input.name}`)] : []),
  ]);
  const imports = [
    `import { ${adapter.fn} } from ${stringLiteral(runtimeModule(adapter.module))};`,
    `import type { MockOptions, MockService, MockServiceDefinition } from ${stringLiteral(runtimeModule("mock-operation"))};`,
    ...(behaviours ? [`import { ${identifier(behaviours.exportName)} } from ${stringLiteral(runtimeModule(behaviours.module))};`] : []),
    `import {\n${validatorImports.map((n) => `  ${n},\n`).join("")}} from ${stringLiteral(artifactModule.validators)};`,
  ];
  const reexports = [
    `export type { Handler, MockOptions, MockService } from ${stringLiteral(runtimeModule("mock-operation"))};`,
    `export { VirtualClock } from ${stringLiteral(runtimeModule("mock-clock"))};`,
    `export { MockStore, type MockState } from ${stringLiteral(runtimeModule("mock-store"))};`,
    `export { combineMocks } from ${stringLiteral(runtimeModule("mock-router"))};`,
    `export { mswHandlers } from ${stringLiteral(runtimeModule("mock-msw"))};`,
  ];

  const opNames = service.operations.map((op) => stringLiteral(op.name));
  const protocol =
    service.protocol.kind === "rpc"
      ? `{ kind: "rpc", version: ${stringLiteral(service.apiVersion)}, endpoint: ${stringLiteral(service.protocol.endpoint)} }`
      : `{ kind: "awsJson1_1", targetPrefix: ${stringLiteral(service.protocol.targetPrefix)}, signingName: ${stringLiteral(service.protocol.signingName)} }`;

  const definition = [
    docComment([`${service.name} as the mock serves it: protocol, errors, and per operation its validators, behaviour and examples.`]),
    `export const ${names.definition}: MockServiceDefinition = {\n`,
    `  name: ${stringLiteral(service.name)},\n`,
    `  moduleName: ${stringLiteral(service.moduleName)},\n`,
    `  protocol: ${protocol},\n`,
    `  errors: {\n${service.errors.map(errorEntry).join("")}  },\n`,
    behaviours ? `  behaviours: ${identifier(behaviours.exportName)},\n` : "",
    `  operations: [\n${service.operations.map((op) => operationEntry(service, op, rpc, behaviours)).join("")}  ],\n`,
    `};\n`,
  ].join("");

  const routing = `\`handle\` routes by ${rpc ? "the x-acs-action header or the Action parameter" : "X-Amz-Target"}; \`handlers\` has one web-standard handler per operation`;
  const factoryDoc = docComment([
    behaviours
      ? `A stateful ${service.name} mock. ${routing}; \`store\` holds its commands on its clock.`
      : `A ${service.name} mock. ${routing}. No hand-written simulation covers this service: every operation answers with its first example's output, after validating the request.`,
  ]);

  return [
    header(service),
    imports.join("\n"),
    "",
    reexports.join("\n"),
    "",
    `/** The operations this mock answers. */\nexport type ${names.operationType} = ${opNames.length ? opNames.join(" | ") : "never"};\n`,
    definition,
    `${factoryDoc}export function ${names.factory}(options?: MockOptions): MockService<${names.operationType}> {\n  return ${adapter.fn}<${names.operationType}>(${names.definition}, options);\n}\n`,
  ].join("\n");
}

function errorEntry(e: ErrorModel): string {
  const members = e.shape.members.map((m) => m.name);
  const messageMember = members.includes("Message") ? "Message" : "message";
  return `    ${propertyKey(e.code)}: { name: ${stringLiteral(e.name)}, status: ${e.status}, fault: ${stringLiteral(e.fault)}, throttling: ${e.throttling}, messageMember: ${stringLiteral(messageMember)} },\n`;
}

function operationEntry(service: ServiceModel, op: OperationModel, rpc: boolean, behaviours: BehaviourModule | undefined): string {
  const simulated = behaviours?.operations.has(op.name) === true;
  const examples = op.examples.filter((e) => e.output !== undefined && e.error === undefined);
  const lines = [
    `name: ${stringLiteral(op.name)}`,
    `validateInput: ${validatorNames(op.input.name, service).validate}`,
    `validateOutput: ${validatorNames(op.output.name, service).validate}`,
    ...(rpc ? [`coerceInput: ${identifier(`coerce${op.input.name}`)}`] : []),
    ...(simulated ? [`behaviour: ${identifier(behaviours!.exportName)}.operations${propertyAccess(op.name)}`] : []),
    `errors: [${op.errors.map((e) => stringLiteral(e.code)).join(", ")}]`,
    `examples: [${examples.map((e) => `{ title: ${stringLiteral(e.title)}, input: ${literal(e.input)}, output: ${literal(e.output)} }`).join(", ")}]`,
  ];
  const note = simulated ? "" : docComment(["Not simulated: answers with the first example's output."], "    ");
  return `${note}    {\n${lines.map((l) => `      ${l},\n`).join("")}    },\n`;
}

/** A JSON value as a TypeScript expression; every string goes through `stringLiteral`. */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) =>
    // A quoted "__proto__" key in a literal would set the prototype; a computed key makes it a member.
    `${k === "__proto__" ? `[${stringLiteral(k)}]` : propertyKey(k)}: ${literal(v)}`,
  );
  return entries.length ? `{ ${entries.join(", ")} }` : "{}";
}
