import {
  type Credentials,
  type CredentialsOption,
  type CredentialVariables,
} from "./credentials.js";
import {
  type ErrorClass,
  type ErrorInit,
  type ErrorMeta,
  type ServiceError,
  type ViolationLike,
} from "./errors.js";
import { type RetryOptions } from "./retry.js";
import { type FetchLike, type HttpRequest, type HttpResponse } from "./transport.js";
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
export type ParsedResponse =
  | {
      output: unknown;
    }
  | {
      error: ErrorInit;
    };
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
    (
      output: unknown,
      options: {
        unknownMembers: "accept";
      },
    ) => readonly ViolationLike[]
  >
>;
/** Checks one operation's output; throws OutputValidationError when it breaks the spec. */
export type OutputCheck = (operation: string, output: unknown, secrets: readonly string[]) => void;
/**
 * The output check of a generated client class. It lives apart from `invoke`, so that programs using
 * only base clients bundle neither the output validators nor this code.
 */
export declare function outputCheck(validators: OutputValidators): OutputCheck;
/**
 * Holds a client's configuration and credentials, and no operation code: with the standalone
 * operation functions a bundler keeps only the operations a program calls.
 */
export declare class BaseClient<C extends ClientConfig = ClientConfig> {
  #private;
  /** The configuration, credentials left out so that logging a client never prints a secret. */
  readonly config: Readonly<Omit<C, "credentials">>;
  constructor(config: C, check?: OutputCheck);
  /** The credentials for the next call: fixed and environment credentials are looked up once. */
  credentialsFor(variables: CredentialVariables): Promise<Credentials>;
}
/** Strings found under the sensitive paths of an input, to be masked in any error text. */
export declare function sensitiveValues(input: unknown, paths: readonly SensitivePath[]): string[];
/** Runs one operation; generated functions call this with their operation's table entry. */
export declare function invoke<O>(
  client: BaseClient,
  op: Operation,
  input: unknown,
  options?: CallOptions,
): Promise<O>;
/** Where requests go: scheme and authority, the authority alone (the signed host), and the path. */
export interface Endpoint {
  origin: string;
  host: string;
  path: string;
}
/** The configured endpoint (a bare host gets https://) or the protocol's default host. */
export declare function endpointOf(config: Readonly<ClientConfig>, defaultHost: string): Endpoint;
