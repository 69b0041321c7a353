// The runtime's public surface (`@opspec/generated/runtime`): the error classes a caller may meet
// with `instanceof` and the types that appear in generated signatures.
export { InputValidationError, NetworkError, OutputValidationError, ServiceError, TimeoutError } from "./errors.js";
export { WaiterFailureError, WaiterTimeoutError } from "./waiter.js";
export { CredentialsError } from "./credentials.js";
