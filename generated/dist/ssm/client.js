import * as $v from "./validators.js";
import {
  BaseClient as $BaseClient,
  invoke as $invoke,
  sensitiveValues as $sensitiveValues
} from "../runtime/client.js";
import { ServiceError as $ServiceError } from "../runtime/errors.js";
import { awsJson1_1 as $awsJson1_1 } from "../runtime/aws-json.js";
import {
  waitFor as $waitFor
} from "../runtime/waiter.js";
import { paginateByToken as $paginateByToken } from "../runtime/paginate.js";
const $protocol = $awsJson1_1({
  targetPrefix: "AmazonSSM",
  signingName: "ssm",
  endpointPrefix: "ssm"
});
class SsmBaseClient extends $BaseClient {
}
class SsmServiceError extends $ServiceError {
}
class DoesNotExistException extends SsmServiceError {
  constructor(init) {
    super(init, { name: "DoesNotExistException", status: 400 });
  }
}
class DuplicateInstanceId extends SsmServiceError {
  constructor(init) {
    super(init, { name: "DuplicateInstanceId", status: 400 });
  }
}
class InternalServerError extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InternalServerError", status: 500 });
  }
}
class InvalidCommandId extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidCommandId", status: 400 });
  }
}
class InvalidDocument extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidDocument", status: 400 });
  }
}
class InvalidDocumentVersion extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidDocumentVersion", status: 400 });
  }
}
class InvalidFilterKey extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidFilterKey", status: 400 });
  }
}
class InvalidInstanceId extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidInstanceId", status: 400 });
  }
}
class InvalidNextToken extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidNextToken", status: 400 });
  }
}
class InvalidNotificationConfig extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidNotificationConfig", status: 400 });
  }
}
class InvalidOutputFolder extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidOutputFolder", status: 400 });
  }
}
class InvalidParameters extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidParameters", status: 400 });
  }
}
class InvalidPluginName extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidPluginName", status: 400 });
  }
}
class InvalidRole extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvalidRole", status: 400 });
  }
}
class InvocationDoesNotExist extends SsmServiceError {
  constructor(init) {
    super(init, { name: "InvocationDoesNotExist", status: 400 });
  }
}
class MaxDocumentSizeExceeded extends SsmServiceError {
  constructor(init) {
    super(init, { name: "MaxDocumentSizeExceeded", status: 400 });
  }
}
class UnsupportedPlatformType extends SsmServiceError {
  constructor(init) {
    super(init, { name: "UnsupportedPlatformType", status: 400 });
  }
}
const $operation_GetCommandInvocation = {
  name: "GetCommandInvocation",
  protocol: $protocol,
  serviceError: SsmServiceError,
  errors: {
    InternalServerError,
    InvalidCommandId,
    InvalidInstanceId,
    InvalidPluginName,
    InvocationDoesNotExist
  },
  validateInput: $v.validateGetCommandInvocationRequest
};
function getCommandInvocation(client, input, options) {
  return $invoke(
    client,
    $operation_GetCommandInvocation,
    input,
    options
  );
}
const $operation_GetMaintenanceWindowExecutionTaskInvocation = {
  name: "GetMaintenanceWindowExecutionTaskInvocation",
  protocol: $protocol,
  serviceError: SsmServiceError,
  errors: {
    DoesNotExistException,
    InternalServerError
  },
  validateInput: $v.validateGetMaintenanceWindowExecutionTaskInvocationRequest
};
function getMaintenanceWindowExecutionTaskInvocation(client, input, options) {
  return $invoke(
    client,
    $operation_GetMaintenanceWindowExecutionTaskInvocation,
    input,
    options
  );
}
const $operation_ListCommandInvocations = {
  name: "ListCommandInvocations",
  protocol: $protocol,
  serviceError: SsmServiceError,
  errors: {
    InternalServerError,
    InvalidCommandId,
    InvalidFilterKey,
    InvalidInstanceId,
    InvalidNextToken
  },
  validateInput: $v.validateListCommandInvocationsRequest
};
function listCommandInvocations(client, input, options) {
  return $invoke(
    client,
    $operation_ListCommandInvocations,
    input,
    options
  );
}
const $operation_ListCommands = {
  name: "ListCommands",
  protocol: $protocol,
  serviceError: SsmServiceError,
  errors: {
    InternalServerError,
    InvalidCommandId,
    InvalidFilterKey,
    InvalidInstanceId,
    InvalidNextToken
  },
  validateInput: $v.validateListCommandsRequest
};
function listCommands(client, input, options) {
  return $invoke(client, $operation_ListCommands, input, options);
}
const $operation_SendCommand = {
  name: "SendCommand",
  protocol: $protocol,
  serviceError: SsmServiceError,
  errors: {
    DuplicateInstanceId,
    InternalServerError,
    InvalidDocument,
    InvalidDocumentVersion,
    InvalidInstanceId,
    InvalidNotificationConfig,
    InvalidOutputFolder,
    InvalidParameters,
    InvalidRole,
    MaxDocumentSizeExceeded,
    UnsupportedPlatformType
  },
  validateInput: $v.validateSendCommandRequest,
  secrets: (input) => $sensitiveValues(input, [["Parameters"]])
};
function sendCommand(client, input, options) {
  return $invoke(client, $operation_SendCommand, input, options);
}
const $waiter_CommandExecuted = {
  name: "CommandExecuted",
  minDelay: 5,
  maxDelay: 120,
  maxAttempts: 20,
  acceptors: [
    { state: "retry", matcher: "path", argument: "Status", expected: "Pending" },
    { state: "retry", matcher: "path", argument: "Status", expected: "InProgress" },
    { state: "retry", matcher: "path", argument: "Status", expected: "Delayed" },
    { state: "success", matcher: "path", argument: "Status", expected: "Success" },
    { state: "failure", matcher: "path", argument: "Status", expected: "Cancelled" },
    { state: "failure", matcher: "path", argument: "Status", expected: "TimedOut" },
    { state: "failure", matcher: "path", argument: "Status", expected: "Failed" },
    { state: "failure", matcher: "path", argument: "Status", expected: "Cancelling" },
    { state: "retry", matcher: "error", expected: "InvocationDoesNotExist" }
  ]
};
function waitUntilCommandExecuted(client, input, options) {
  return $waitFor(
    $waiter_CommandExecuted,
    (signal) => getCommandInvocation(client, input, { signal }),
    options
  );
}
function paginateListCommandInvocations(client, input, options) {
  return $paginateByToken(
    (i, o) => listCommandInvocations(client, i, o),
    input,
    { inputToken: "NextToken", outputToken: "NextToken" },
    options
  );
}
function paginateListCommands(client, input, options) {
  return $paginateByToken(
    (i, o) => listCommands(client, i, o),
    input,
    { inputToken: "NextToken", outputToken: "NextToken" },
    options
  );
}
const $outputValidators = {
  GetCommandInvocation: $v.validateGetCommandInvocationResponse,
  GetMaintenanceWindowExecutionTaskInvocation: $v.validateGetMaintenanceWindowExecutionTaskInvocationResponse,
  ListCommandInvocations: $v.validateListCommandInvocationsResponse,
  ListCommands: $v.validateListCommandsResponse,
  SendCommand: $v.validateSendCommandResponse
};
class SsmClient extends SsmBaseClient {
  constructor(config) {
    super(config, $outputValidators);
  }
  /**
   * Returns detailed information about command execution for an invocation or plugin.
   *
   * GetCommandInvocation only gives the execution status of a plugin in a document. To get the command execution status on a specific managed node, use ListCommandInvocations. To get the command execution status across managed nodes, use ListCommands.
   */
  getCommandInvocation(input, options) {
    return getCommandInvocation(this, input, options);
  }
  /** Retrieves information about a specific task running on a specific target. */
  getMaintenanceWindowExecutionTaskInvocation(input, options) {
    return getMaintenanceWindowExecutionTaskInvocation(this, input, options);
  }
  /** An invocation is copy of a command sent to a specific managed node. A command can apply to one or more managed nodes. A command invocation applies to one managed node. For example, if a user runs SendCommand against three managed nodes, then a command invocation is created for each requested managed node ID. ListCommandInvocations provide status about command execution. */
  listCommandInvocations(input, options) {
    return listCommandInvocations(this, input, options);
  }
  /** Lists the commands requested by users of the Amazon Web Services account. */
  listCommands(input, options) {
    return listCommands(this, input, options);
  }
  /** Runs commands on one or more managed nodes. */
  sendCommand(input, options) {
    return sendCommand(this, input, options);
  }
}
export {
  DoesNotExistException,
  DuplicateInstanceId,
  InternalServerError,
  InvalidCommandId,
  InvalidDocument,
  InvalidDocumentVersion,
  InvalidFilterKey,
  InvalidInstanceId,
  InvalidNextToken,
  InvalidNotificationConfig,
  InvalidOutputFolder,
  InvalidParameters,
  InvalidPluginName,
  InvalidRole,
  InvocationDoesNotExist,
  MaxDocumentSizeExceeded,
  SsmBaseClient,
  SsmClient,
  SsmServiceError,
  UnsupportedPlatformType,
  getCommandInvocation,
  getMaintenanceWindowExecutionTaskInvocation,
  listCommandInvocations,
  listCommands,
  paginateListCommandInvocations,
  paginateListCommands,
  sendCommand,
  waitUntilCommandExecuted
};
