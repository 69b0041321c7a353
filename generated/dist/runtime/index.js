import {
  InputValidationError,
  NetworkError,
  OutputValidationError,
  ServiceError,
  TimeoutError
} from "./errors.js";
import { WaiterFailureError, WaiterTimeoutError } from "./waiter.js";
import { CredentialsError } from "./credentials.js";
export {
  CredentialsError,
  InputValidationError,
  NetworkError,
  OutputValidationError,
  ServiceError,
  TimeoutError,
  WaiterFailureError,
  WaiterTimeoutError
};
