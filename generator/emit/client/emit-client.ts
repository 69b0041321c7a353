// Client emitter: per service a client module that is a table of operation metadata plus thin
// functions calling into the runtime (generator/runtime), where the protocols, signing, retries,
// waiters and paginators live and are tested once.
//
// Every name this module invents for internal use starts with `$`, which spec names cannot, so no
// operation, error or shape can collide with it.
import { resolve } from "../../model/resolve.ts";
import type { ErrorModel, OperationModel, ServiceModel, Shape, Waiter } from "../../model/types.ts";
import { docComment, identifier, propertyKey, stringLiteral } from "../escape.ts";
import { header, type ServiceEmitter } from "../emitter.ts";
import {
  artifactModule,
  clientClass,
  errorClass,
  inputCheckFunction,
  operationFunction,
  paginatorFunction,
  pascalService,
  runtimeModule,
  serviceErrorClass,
  validatorNames,
  waiterFunction,
} from "../names.ts";

export const clientEmitter: ServiceEmitter = {
  name: "client",
  emit(service) {
    return [{ path: `src/${service.moduleName}/client.ts`, contents: emitClient(service), sources: service.files }];
  },
};

/** Members of the runtime's BaseClient: an operation method with one of these names would shadow it. */
const baseClientMembers = new Set(["config", "credentialsFor"]);

export function baseClientName(service: ServiceModel): string {
  return identifier(`${pascalService(service)}BaseClient`);
}

export function clientConfigName(service: ServiceModel): string {
  return identifier(`${pascalService(service)}ClientConfig`);
}

export function emitClient(service: ServiceModel): string {
  for (const op of service.operations) {
    if (baseClientMembers.has(operationFunction(op))) {
      throw new Error(`operation ${op.name} of ${service.name}: its method name ${operationFunction(op)} is taken by the client itself`);
    }
  }
  const rpc = service.protocol.kind === "rpc";
  const hasWaiters = service.operations.some((o) => o.waiters.length > 0);
  const styles = new Set(service.operations.flatMap((o) => (o.pagination ? [o.pagination.style] : [])));
  const base = baseClientName(service);
  const parts: string[] = [header(service), imports(service, hasWaiters, styles)];

  parts.push(protocolConst(service));
  parts.push(
    `${docComment([`Settings for ${service.title} clients.`])}export type ${clientConfigName(service)} = ${rpc ? "$AlibabaRpcConfig" : "$ClientConfig"};\n`,
  );
  parts.push(
    `${docComment([
      `Configuration and credentials for ${service.title}, without operation methods: pass it to the standalone operation functions (such as \`${operationFunction(service.operations[0])}(client, input)\`) so a bundler keeps only the operations a program calls.`,
    ])}export class ${base} extends $BaseClient<${clientConfigName(service)}> {}\n`,
  );
  parts.push(serviceErrorDeclaration(service));
  for (const e of service.errors) parts.push(errorDeclaration(service, e));
  for (const op of service.operations) parts.push(operationDeclarations(service, op));
  for (const op of service.operations) for (const w of op.waiters) parts.push(waiterDeclaration(service, op, w));
  for (const op of service.operations) if (op.pagination) parts.push(paginatorDeclaration(service, op));
  parts.push(clientDeclaration(service));
  return parts.join("\n");
}

function imports(service: ServiceModel, hasWaiters: boolean, styles: Set<string>): string {
  const rpc = service.protocol.kind === "rpc";
  const hasSensitive = service.operations.some((op) => sensitivePaths(service, op.input).length > 0);
  const lines = [
    `import type * as $t from ${stringLiteral(artifactModule.types)};`,
    `import * as $v from ${stringLiteral(artifactModule.validators)};`,
    `import { BaseClient as $BaseClient, type CallOptions as $CallOptions, invoke as $invoke, type OutputCheck as $OutputCheck, outputCheck as $outputCheck, type Protocol as $Protocol${
      rpc ? "" : ", type ClientConfig as $ClientConfig, type Operation as $Operation"
    }${hasSensitive ? ", sensitiveValues as $sensitiveValues" : ""} } from ${stringLiteral(runtimeModule("client"))};`,
    `import { type ErrorClass as $ErrorClass, errorClass as $errorClass, ServiceError as $ServiceError } from ${stringLiteral(runtimeModule("errors"))};`,
  ];
  if (rpc) {
    lines.push(
      `import { type AlibabaRpcConfig as $AlibabaRpcConfig, type AlibabaRpcOperation as $Operation, alibabaRpc as $alibabaRpc } from ${stringLiteral(runtimeModule("alibaba-rpc"))};`,
    );
  } else {
    lines.push(`import { awsJson1_1 as $awsJson1_1 } from ${stringLiteral(runtimeModule("aws-json"))};`);
  }
  if (hasWaiters) {
    lines.push(
      `import { waitFor as $waitFor, type WaiterOptions as $WaiterOptions, type WaiterResult as $WaiterResult, type WaiterSpec as $WaiterSpec } from ${stringLiteral(runtimeModule("waiter"))};`,
    );
  }
  const paginators = [
    ...(styles.has("token") ? ["paginateByToken as $paginateByToken"] : []),
    ...(styles.has("page") ? ["paginateByPage as $paginateByPage"] : []),
  ];
  if (paginators.length) lines.push(`import { ${paginators.join(", ")} } from ${stringLiteral(runtimeModule("paginate"))};`);
  return `${lines.join("\n")}\n`;
}

function protocolConst(service: ServiceModel): string {
  const p = service.protocol;
  if (p.kind === "awsJson1_1") {
    return `const $protocol: $Protocol = $awsJson1_1({ targetPrefix: ${stringLiteral(p.targetPrefix)}, signingName: ${stringLiteral(
      p.signingName,
    )}, endpointPrefix: ${stringLiteral(p.endpointPrefix)} });\n`;
  }
  return `const $protocol: $Protocol = $alibabaRpc({ version: ${stringLiteral(service.apiVersion)}, endpoint: ${stringLiteral(
    p.endpoint,
  )}, method: ${stringLiteral(p.method)}, parameters: ${stringLiteral(p.parameters)}, responseFormat: ${stringLiteral(p.responseFormat)} });\n`;
}

function serviceErrorDeclaration(service: ServiceModel): string {
  const doc = docComment([
    `Base class of every ${service.title} error. Codes the spec does not list for the operation are raised as this class, with \`name\` and \`code\` set to the code on the wire.`,
  ]);
  return `${doc}export class ${serviceErrorClass(service)} extends $ServiceError {}\n`;
}

function deprecatedTag(d: string | true | undefined): string | undefined {
  if (!d) return undefined;
  return `@deprecated${typeof d === "string" ? ` ${d}` : ""}`;
}

/** The spec's facts about an error beyond its name and status, leaving out what the runtime's defaults already say. */
function errorMeta(e: ErrorModel): string | undefined {
  const fields: string[] = [];
  if (e.code !== e.name) fields.push(`code: ${stringLiteral(e.code)}`);
  if (e.fault !== (e.status >= 500 ? "server" : "client")) fields.push(`fault: ${stringLiteral(e.fault)}`);
  if (e.retryable) fields.push("retryable: true");
  if (e.throttling) fields.push("throttling: true");
  return fields.length ? `{ ${fields.join(", ")} }` : undefined;
}

/**
 * A spec error: an interface for its type and a class made by the runtime's errorClass (one call,
 * not one class declaration each, which keeps bundles small); `instanceof` works on it as on a class.
 */
function errorDeclaration(service: ServiceModel, e: ErrorModel): string {
  const facts = `HTTP ${e.status}, ${e.fault} fault${e.throttling ? ", throttling" : ""}${e.retryable ? ", retryable" : ""}; code \`${e.code}\`.`;
  const doc = docComment([e.documentation, facts, deprecatedTag(e.deprecated)]);
  const name = errorClass(e);
  const args = [serviceErrorClass(service), stringLiteral(e.name), String(e.status), errorMeta(e)].filter((a) => a !== undefined);
  return `${doc}export interface ${name} extends ${serviceErrorClass(service)} {
  /** The error body's members, as the service sent them. */
  readonly details: $t.${identifier(e.shape.name)} & Readonly<Record<string, unknown>>;
}
${doc}export const ${name}: $ErrorClass<${name}> = /* @__PURE__ */ $errorClass(${args.join(", ")});
`;
}

/** Data as a JavaScript literal, every string through the escaping module. */
export function literal(value: unknown): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value && typeof value === "object") {
    // A quoted "__proto__" key in a literal still sets the prototype; a computed one defines a member.
    const key = (k: string) => (k === "__proto__" ? `[${stringLiteral(k)}]` : propertyKey(k));
    return `{ ${Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v)}`).join(", ")} }`;
  }
  throw new Error(`cannot write ${typeof value} as a literal`);
}

function opConst(op: OperationModel): string {
  return `$operation_${op.name}`;
}

function operationDeclarations(service: ServiceModel, op: OperationModel): string {
  const input = `$t.${identifier(op.input.name)}`;
  const output = `$t.${identifier(op.output.name)}`;
  const errors = op.errors.map((e) => errorClass(e)).join(", ");
  const fields = [
    `name: ${stringLiteral(op.name)}`,
    `protocol: $protocol`,
    `serviceError: ${serviceErrorClass(service)}`,
    `errors: [${errors}]`,
    `validateInput: $v.${inputCheckFunction(op.input.name)}`,
  ];
  const sensitive = sensitivePaths(service, op.input);
  if (sensitive.length) fields.push(`secrets: (input: unknown): string[] => $sensitiveValues(input, ${literal(sensitive)})`);
  if (service.protocol.kind === "rpc" && service.protocol.responseFormat === "xml") {
    fields.push(`xmlOutput: ${literal(xmlHint(service, op.output, new Set()) ?? { members: {} })}`);
  }
  const doc = docComment([op.documentation, deprecatedTag(op.deprecated)]);
  return `const ${opConst(op)}: $Operation = { ${fields.join(", ")} };

${doc}export function ${operationFunction(op)}(client: ${baseClientName(service)}, input: ${input}, options?: $CallOptions): Promise<${output}> {
  return $invoke<${output}>(client, ${opConst(op)}, input, options);
}
`;
}

function isSensitive(service: ServiceModel, shape: Shape, flag: boolean | undefined): boolean {
  if (flag || shape.sensitive) return true;
  return shape.kind === "ref" ? resolve(service, shape).sensitive === true : false;
}

/** Paths to every sensitive value reachable from a structure (0 stands for any list item or map value). */
export function sensitivePaths(service: ServiceModel, root: Shape): Array<Array<string | 0>> {
  const out: Array<Array<string | 0>> = [];
  const visit = (shape: Shape, path: Array<string | 0>, seen: Set<string>): void => {
    const s = resolve(service, shape);
    if (s.name && s.kind === "structure") {
      if (seen.has(s.name)) return;
      seen = new Set(seen).add(s.name);
    }
    if (s.kind === "structure") {
      for (const m of s.members) {
        if (isSensitive(service, m.shape, m.sensitive)) out.push([...path, m.name]);
        else visit(m.shape, [...path, m.name], seen);
      }
    } else if (s.kind === "list" || s.kind === "map") {
      const inner = s.kind === "list" ? s.items : s.values;
      if (isSensitive(service, inner, undefined)) out.push([...path, 0]);
      else visit(inner, [...path, 0], seen);
    }
  };
  visit(root, [], new Set());
  return out;
}

type XmlHint = "number" | "boolean" | { list: XmlHint | null } | { members: Record<string, XmlHint> };

/** What an XML reader needs beyond "text": numbers, booleans, lists; undefined for plain strings. */
export function xmlHint(service: ServiceModel, shape: Shape, seen: Set<string>): XmlHint | undefined {
  const s = resolve(service, shape);
  switch (s.kind) {
    case "integer":
    case "long":
    case "double":
      return "number";
    case "boolean":
      return "boolean";
    case "timestamp":
      return s.format === "epoch-seconds" ? "number" : undefined;
    case "list":
      return { list: xmlHint(service, s.items, seen) ?? null };
    case "map":
      return { members: {} };
    case "structure": {
      if (seen.has(s.name)) return { members: {} };
      const inner = new Set(seen).add(s.name);
      // fromEntries defines members, so a member named __proto__ stays data.
      const entries = s.members.map((m) => [m.name, xmlHint(service, m.shape, inner)] as const).filter(([, h]) => h !== undefined);
      return { members: Object.fromEntries(entries) as Record<string, XmlHint> };
    }
    default:
      return undefined;
  }
}

function waiterDeclaration(service: ServiceModel, op: OperationModel, w: Waiter): string {
  const acceptors = w.acceptors
    .map((a) => {
      const fields = [`state: ${stringLiteral(a.state)}`, `matcher: ${stringLiteral(a.matcher)}`];
      if (a.argument !== undefined) fields.push(`argument: ${stringLiteral(a.argument)}`);
      fields.push(`expected: ${literal(a.expected)}`);
      return `{ ${fields.join(", ")} }`;
    })
    .join(",\n    ");
  const name = `$waiter_${w.name}`;
  const input = `$t.${identifier(op.input.name)}`;
  const output = `$t.${identifier(op.output.name)}`;
  const doc = docComment([
    w.documentation ?? `Calls ${op.name} until the spec's ${w.name} acceptors report success or failure.`,
    `Resolves when a success acceptor matches; rejects with a WaiterFailureError when a failure acceptor matches, a WaiterTimeoutError after \`maxWaitTime\` seconds (default ${w.delay * w.maxAttempts}), or the error itself when no acceptor expects it. Delays start at ${w.delay} s and grow to at most ${w.maxDelay} s.`,
  ]);
  return `const ${name}: $WaiterSpec = {
  name: ${stringLiteral(w.name)},
  minDelay: ${w.delay},
  maxDelay: ${w.maxDelay},
  maxAttempts: ${w.maxAttempts},
  acceptors: [
    ${acceptors},
  ],
};

${doc}export function ${waiterFunction(w.name)}(client: ${baseClientName(service)}, input: ${input}, options?: $WaiterOptions): Promise<$WaiterResult<${output}>> {
  return $waitFor(${name}, (signal) => ${operationFunction(op)}(client, input, { signal }), options);
}
`;
}

function paginatorDeclaration(service: ServiceModel, op: OperationModel): string {
  const p = op.pagination!;
  const input = `$t.${identifier(op.input.name)}`;
  const output = `$t.${identifier(op.output.name)}`;
  const call = `(i: ${input}, o?: $CallOptions) => ${operationFunction(op)}(client, i, o)`;
  const [runtime, spec, how] =
    p.style === "token"
      ? [
          "$paginateByToken",
          `{ inputToken: ${stringLiteral(p.inputToken)}, outputToken: ${stringLiteral(p.outputToken)} }`,
          `following ${p.outputToken} until the service returns none`,
        ]
      : [
          "$paginateByPage",
          `{ pageNumber: ${stringLiteral(p.pageNumber)}, pageSize: ${stringLiteral(p.pageSize)}, totalCount: ${stringLiteral(p.totalCount)}, items: ${stringLiteral(p.items)} }`,
          `by ${p.pageNumber} until ${p.totalCount} is covered or a page is empty`,
        ];
  const doc = docComment([`Every page of ${op.name}, ${how}; the items are in each page's ${p.items}.`]);
  return `${doc}export function ${paginatorFunction(op)}(client: ${baseClientName(service)}, input: ${input}, options?: $CallOptions): AsyncGenerator<${output}, void, undefined> {
  return ${runtime}(${call}, input, ${spec}, options);
}
`;
}

function clientDeclaration(service: ServiceModel): string {
  const methods = service.operations
    .map((op) => {
      const input = `$t.${identifier(op.input.name)}`;
      const output = `$t.${identifier(op.output.name)}`;
      const doc = docComment([op.documentation, deprecatedTag(op.deprecated)], "  ");
      return `${doc}  ${operationFunction(op)}(input: ${input}, options?: $CallOptions): Promise<${output}> {
    return ${operationFunction(op)}(this, input, options);
  }
`;
    })
    .join("\n");
  const validators = service.operations.map((op) => `${propertyKey(op.name)}: $v.${validatorNames(op.output.name, service).validate}`).join(", ");
  const doc = docComment([
    `${service.title} client: one method per operation. Each method is also a standalone function taking the client first, which keeps bundles small; this class also carries the output validators \`validateOutput\` uses.`,
    service.documentation,
  ]);
  return `// Output validators are referenced from this class only, so programs using ${baseClientName(service)} do not bundle them.
const $outputs: $OutputCheck = /* @__PURE__ */ $outputCheck({ ${validators} });

${doc}export class ${clientClass(service)} extends ${baseClientName(service)} {
  constructor(config: ${clientConfigName(service)}) {
    super(config, $outputs);
  }

${methods}}
`;
}
