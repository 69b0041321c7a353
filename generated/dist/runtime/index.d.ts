export {
  InputValidationError,
  NetworkError,
  OutputValidationError,
  ServiceError,
  TimeoutError,
} from "./errors.js";
export type { ErrorInit, Fault } from "./errors.js";
export { WaiterFailureError, WaiterTimeoutError } from "./waiter.js";
export type { WaiterOptions, WaiterResult } from "./waiter.js";
export { CredentialsError } from "./credentials.js";
export type { Credentials, CredentialsOption } from "./credentials.js";
export type { CallOptions, ClientConfig } from "./client.js";
export type { RetryOptions } from "./retry.js";
export type { ValidateOptions, Violation } from "./validate.js";
export type { StandardSchemaV1 } from "./standard-schema.js";
