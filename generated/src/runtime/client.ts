// The call pipeline every generated operation goes through: validate, resolve credentials, then
// build, sign, send and parse under the retry policy and the call's deadline.
import {
  type Credentials,
  type CredentialsOption,
  type CredentialVariables,
  resolveCredentials,
} from "./credentials.js";
import {
  type ErrorClass,
  type ErrorInit,
  type ErrorMeta,
  InputValidationError,
  OutputValidationError,
  redact,
  redactDetails,
  type ServiceError,
  type ViolationLike,
} from "./errors.js";
import { type RetryOptions, withRetries } from "./retry.js";
import {
  abortable,
  callScope,
  type FetchLike,
  type HttpRequest,
  type HttpResponse,
  send,
} from "./transport.js";

export interface ClientConfig {
  /** Region of the service, e.g. us-east-1 or cn-hangzhou; picks the default endpoint and the signing scope. */
  region: string;
  /** Overrides the region's default endpoint, e.g. http://127.0.0.1:4566 (a bare host gets https://). */
  endpoint?: string | undefined;
  /** Defaults to the cloud's usual environment variables. */
  credentials?: CredentialsOption | undefined;
  /** Defaults to globalThis.fetch. */
  fetch?: FetchLike | undefined;
  retry?: RetryOptions | undefined;
  /** Bound on a whole call, retries and backoff included; when it passes the call ends with a TimeoutError. */
  timeoutMs?: number | undefined;
  /** Check inputs against the spec before sending (default true). */
  validateInput?: boolean | undefined;
  /**
   * Check outputs against the spec, accepting unknown members (default false). Only clients built
   * with an output check (the generated <Service>Client classes) can; base clients leave the output
   * validators out of bundles and refuse this option.
   */
  validateOutput?: boolean | undefined;
}

export interface CallOptions {
  /** Aborting ends the call at once with the signal's reason. */
  signal?: AbortSignal | undefined;
}

/** What a protocol needs to build one request. */
export interface RequestContext {
  operation: string;
  input: unknown;
  config: Readonly<ClientConfig>;
  credentials: Credentials;
  now: Date;
}

export type ParsedResponse = { output: unknown } | { error: ErrorInit };

/** A wire protocol: how requests are built and signed, and how answers are read. */
export interface Protocol {
  /** The environment variables of the access key id, the secret and the session token. */
  credentialVariables: CredentialVariables;
  request(context: RequestContext): HttpRequest | Promise<HttpRequest>;
  parse(response: HttpResponse, operation: Operation): ParsedResponse;
}

export type { ErrorClass } from "./errors.js";

/** Path to sensitive values in an input: member names, and 0 for "every item of a list or value of a map". */
export type SensitivePath = readonly (string | 0)[];

/** One operation as generated code declares it. */
export interface Operation {
  name: string;
  protocol: Protocol;
  /** The service's base error class, for codes the spec does not list for this operation. */
  serviceError: new (init: ErrorInit, meta?: ErrorMeta) => ServiceError;
  /** The error classes the spec lists for the operation (each knows its wire code). */
  errors: readonly ErrorClass[];
  validateInput?(input: unknown): readonly ViolationLike[];
  /** The input's sensitive values (see sensitiveValues), for operations that have any. */
  secrets?(input: unknown): string[];
}

/** An output validator per operation name. */
export type OutputValidators = Readonly<
  Record<
    string,
    (output: unknown, options: { unknownMembers: "accept" }) => readonly ViolationLike[]
  >
>;

/** Checks one operation's output; throws OutputValidationError when it breaks the spec. */
export type OutputCheck = (operation: string, output: unknown, secrets: readonly string[]) => void;

/**
 * The output check of a generated client class. It lives apart from `invoke`, so that programs using
 * only base clients bundle neither the output validators nor this code.
 */
export function outputCheck(validators: OutputValidators): OutputCheck {
  return (operation, output, secrets) => {
    const validate = Object.hasOwn(validators, operation) ? validators[operation] : undefined;
    const violations = validate ? validate(output, { unknownMembers: "accept" }) : [];
    if (violations.length > 0)
      throw new OutputValidationError(operation, violations, output, secrets);
  };
}

// Kept beside the client rather than on it, so no member name can clash with an operation method;
// set only for clients with validateOutput on.
const outputChecks = new WeakMap<object, OutputCheck>();

/**
 * Holds a client's configuration and credentials, and no operation code: with the standalone
 * operation functions a bundler keeps only the operations a program calls.
 */
export class BaseClient<C extends ClientConfig = ClientConfig> {
  /** The configuration, credentials left out so that logging a client never prints a secret. */
  declare readonly config: Readonly<Omit<C, "credentials">>;
  readonly #credentials: CredentialsOption | undefined;
  #resolved: Promise<Credentials> | undefined;

  constructor(config: C, check?: OutputCheck) {
    const { credentials, ...rest } = config;
    this.config = rest;
    this.#credentials = credentials;
    if (config.validateOutput === true) {
      if (!check)
        throw new TypeError(
          "validateOutput needs the output validators of the <Service>Client class",
        );
      outputChecks.set(this, check);
    }
  }

  /** The credentials for the next call: fixed and environment credentials are looked up once. */
  credentialsFor(variables: CredentialVariables): Promise<Credentials> {
    const option = this.#credentials;
    if (typeof option === "function") return resolveCredentials(option, variables);
    this.#resolved ??= resolveCredentials(option, variables).catch((error: unknown) => {
      this.#resolved = undefined;
      throw error;
    });
    return this.#resolved;
  }
}

/** Strings found under the sensitive paths of an input, to be masked in any error text. */
export function sensitiveValues(input: unknown, paths: readonly SensitivePath[]): string[] {
  const found: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === "string") found.push(v);
    else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
  };
  const walk = (v: unknown, path: SensitivePath, i: number): void => {
    if (v === null || typeof v !== "object") {
      if (i === path.length) collect(v);
      return;
    }
    if (i === path.length) return collect(v);
    const step = path[i];
    if (step === 0) for (const x of Object.values(v)) walk(x, path, i + 1);
    else if (Object.prototype.hasOwnProperty.call(v, step))
      walk((v as Record<string, unknown>)[step], path, i + 1);
  };
  for (const p of paths) walk(input, p, 0);
  return found;
}

function toError(op: Operation, init: ErrorInit, secrets: readonly string[]): ServiceError {
  const clean: ErrorInit = { ...init, message: redact(init.message, secrets) };
  if (init.details) clean.details = redactDetails(init.details, secrets);
  const Known = op.errors.find((E) => E.code === init.code);
  return Known ? new Known(clean) : new op.serviceError(clean);
}

/** Runs one operation; generated functions call this with their operation's table entry. */
export async function invoke<O>(
  client: BaseClient,
  op: Operation,
  input: unknown,
  options?: CallOptions,
): Promise<O> {
  const config = client.config;
  const secrets = op.secrets?.(input) ?? [];
  if (config.validateInput !== false && op.validateInput) {
    const violations = op.validateInput(input);
    if (violations.length > 0) throw new InputValidationError(op.name, violations, secrets);
  }
  const scope = callScope(options?.signal, config.timeoutMs);
  try {
    const credentials = await abortable(
      client.credentialsFor(op.protocol.credentialVariables),
      scope.signal,
    );
    secrets.push(credentials.secretAccessKey);
    if (credentials.sessionToken) secrets.push(credentials.sessionToken);
    // A plain function reference: calling fetch as a method of the config object throws in browsers.
    const fetchFn: FetchLike = config.fetch ?? globalThis.fetch;
    const output = await withRetries(
      async () => {
        const request = await op.protocol.request({
          operation: op.name,
          input,
          config,
          credentials,
          now: new Date(),
        });
        const parsed = op.protocol.parse(await send(fetchFn, request, scope.signal), op);
        if ("error" in parsed) throw toError(op, parsed.error, secrets);
        return parsed.output;
      },
      config.retry,
      scope.signal,
    );
    outputChecks.get(client)?.(op.name, output, secrets);
    return output as O;
  } finally {
    scope.end();
  }
}

/** Where requests go: scheme and authority, the authority alone (the signed host), and the path. */
export interface Endpoint {
  origin: string;
  host: string;
  path: string;
}

// Parsing the endpoint is the same work on every call; it is kept per configuration object (a client's
// own copy, so one service and one default host).
const endpoints = new WeakMap<object, Endpoint>();

/** The configured endpoint (a bare host gets https://) or the protocol's default host. */
export function endpointOf(config: Readonly<ClientConfig>, defaultHost: string): Endpoint {
  let hit = endpoints.get(config);
  if (!hit) {
    const e = config.endpoint || defaultHost;
    const url = new URL(e.includes("://") ? e : `https://${e}`);
    endpoints.set(
      config,
      (hit = { origin: `${url.protocol}//${url.host}`, host: url.host, path: url.pathname || "/" }),
    );
  }
  return hit;
}
