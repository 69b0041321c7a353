import * as $v from "./validators.js";
import {
  BaseClient as $BaseClient,
  invoke as $invoke
} from "../runtime/client.js";
import { ServiceError as $ServiceError } from "../runtime/errors.js";
import {
  alibabaRpc as $alibabaRpc
} from "../runtime/alibaba-rpc.js";
import {
  waitFor as $waitFor
} from "../runtime/waiter.js";
import { paginateByPage as $paginateByPage } from "../runtime/paginate.js";
const $protocol = $alibabaRpc({
  version: "2020-06-01",
  endpoint: "swas.{region}.aliyuncs.com",
  method: "POST",
  parameters: "query",
  responseFormat: "json"
});
class SwasBaseClient extends $BaseClient {
}
class SwasServiceError extends $ServiceError {
}
class InternalError extends SwasServiceError {
  constructor(init) {
    super(init, { name: "InternalError", status: 500, retryable: true });
  }
}
class InvalidAccessKeyIdNotFound extends SwasServiceError {
  constructor(init) {
    super(init, {
      name: "InvalidAccessKeyIdNotFound",
      status: 404,
      code: "InvalidAccessKeyId.NotFound"
    });
  }
}
class InvalidInstanceIdNotFound extends SwasServiceError {
  constructor(init) {
    super(init, {
      name: "InvalidInstanceIdNotFound",
      status: 404,
      code: "InvalidInstanceId.NotFound"
    });
  }
}
class InvalidInvokeIdNotFound extends SwasServiceError {
  constructor(init) {
    super(init, { name: "InvalidInvokeIdNotFound", status: 404, code: "InvalidInvokeId.NotFound" });
  }
}
class InvalidParameter extends SwasServiceError {
  constructor(init) {
    super(init, { name: "InvalidParameter", status: 400 });
  }
}
class MissingParameter extends SwasServiceError {
  constructor(init) {
    super(init, { name: "MissingParameter", status: 400 });
  }
}
class RegionIdNotMatchHost extends SwasServiceError {
  constructor(init) {
    super(init, { name: "RegionIdNotMatchHost", status: 400 });
  }
}
class ServiceUnavailable extends SwasServiceError {
  constructor(init) {
    super(init, { name: "ServiceUnavailable", status: 503, retryable: true });
  }
}
class SignatureDoesNotMatch extends SwasServiceError {
  constructor(init) {
    super(init, { name: "SignatureDoesNotMatch", status: 400 });
  }
}
class Throttling extends SwasServiceError {
  constructor(init) {
    super(init, { name: "Throttling", status: 400, retryable: true, throttling: true });
  }
}
class ThrottlingUser extends SwasServiceError {
  constructor(init) {
    super(init, {
      name: "ThrottlingUser",
      status: 400,
      code: "Throttling.User",
      retryable: true,
      throttling: true
    });
  }
}
const $operation_DescribeInvocationResult = {
  name: "DescribeInvocationResult",
  protocol: $protocol,
  serviceError: SwasServiceError,
  errors: {
    InternalError,
    "InvalidAccessKeyId.NotFound": InvalidAccessKeyIdNotFound,
    "InvalidInstanceId.NotFound": InvalidInstanceIdNotFound,
    "InvalidInvokeId.NotFound": InvalidInvokeIdNotFound,
    InvalidParameter,
    MissingParameter,
    RegionIdNotMatchHost,
    ServiceUnavailable,
    SignatureDoesNotMatch,
    Throttling,
    "Throttling.User": ThrottlingUser
  },
  validateInput: $v.validateDescribeInvocationResultRequest
};
function describeInvocationResult(client, input, options) {
  return $invoke(
    client,
    $operation_DescribeInvocationResult,
    input,
    options
  );
}
const $operation_DescribeInvocations = {
  name: "DescribeInvocations",
  protocol: $protocol,
  serviceError: SwasServiceError,
  errors: {
    InternalError,
    "InvalidAccessKeyId.NotFound": InvalidAccessKeyIdNotFound,
    "InvalidInstanceId.NotFound": InvalidInstanceIdNotFound,
    InvalidParameter,
    MissingParameter,
    RegionIdNotMatchHost,
    ServiceUnavailable,
    SignatureDoesNotMatch,
    Throttling,
    "Throttling.User": ThrottlingUser
  },
  validateInput: $v.validateDescribeInvocationsRequest
};
function describeInvocations(client, input, options) {
  return $invoke(
    client,
    $operation_DescribeInvocations,
    input,
    options
  );
}
const $operation_RunCommand = {
  name: "RunCommand",
  protocol: $protocol,
  serviceError: SwasServiceError,
  errors: {
    InternalError,
    "InvalidAccessKeyId.NotFound": InvalidAccessKeyIdNotFound,
    "InvalidInstanceId.NotFound": InvalidInstanceIdNotFound,
    InvalidParameter,
    MissingParameter,
    RegionIdNotMatchHost,
    ServiceUnavailable,
    SignatureDoesNotMatch,
    Throttling,
    "Throttling.User": ThrottlingUser
  },
  validateInput: $v.validateRunCommandRequest
};
function runCommand(client, input, options) {
  return $invoke(client, $operation_RunCommand, input, options);
}
const $waiter_InvocationFinished = {
  name: "InvocationFinished",
  minDelay: 2,
  maxDelay: 30,
  maxAttempts: 60,
  acceptors: [
    {
      state: "success",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Success"
    },
    {
      state: "retry",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Pending"
    },
    {
      state: "retry",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Running"
    },
    {
      state: "retry",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Stopping"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Failed"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Error"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Timeout"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Cancelled"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Terminated"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Invalid"
    },
    {
      state: "failure",
      matcher: "path",
      argument: "InvocationResult.InvocationStatus",
      expected: "Aborted"
    }
  ]
};
function waitUntilInvocationFinished(client, input, options) {
  return $waitFor(
    $waiter_InvocationFinished,
    (signal) => describeInvocationResult(client, input, { signal }),
    options
  );
}
function paginateDescribeInvocations(client, input, options) {
  return $paginateByPage(
    (i, o) => describeInvocations(client, i, o),
    input,
    {
      pageNumber: "PageNumber",
      pageSize: "PageSize",
      totalCount: "TotalCount",
      items: "Invocations"
    },
    options
  );
}
const $outputValidators = {
  DescribeInvocationResult: $v.validateDescribeInvocationResultResponse,
  DescribeInvocations: $v.validateDescribeInvocationsResponse,
  RunCommand: $v.validateRunCommandResponse
};
class SwasClient extends SwasBaseClient {
  constructor(config) {
    super(config, $outputValidators);
  }
  /** Returns the status, exit code and output of one command execution on a simple application server. Results from the last two weeks can be queried, up to 100,000 records. A command that ran is not necessarily a command that did what was expected: check InvocationStatus, ExitCode and Output. */
  describeInvocationResult(input, options) {
    return describeInvocationResult(this, input, options);
  }
  /** Lists the command executions of one simple application server, one page at a time. Executions from the last two weeks can be queried, up to 100,000 records. A Finished execution may still have failed: check InvocationStatus, or read the output with DescribeInvocationResult. */
  describeInvocations(input, options) {
    return describeInvocations(this, input, options);
  }
  /** Runs a shell, PowerShell or batch script on one simple application server through Cloud Assistant and returns the execution ID. The call only starts the execution: poll DescribeInvocationResult (or DescribeInvocations) for its status and output. The server must be Running and have the Cloud Assistant agent installed. */
  runCommand(input, options) {
    return runCommand(this, input, options);
  }
}
export {
  InternalError,
  InvalidAccessKeyIdNotFound,
  InvalidInstanceIdNotFound,
  InvalidInvokeIdNotFound,
  InvalidParameter,
  MissingParameter,
  RegionIdNotMatchHost,
  ServiceUnavailable,
  SignatureDoesNotMatch,
  SwasBaseClient,
  SwasClient,
  SwasServiceError,
  Throttling,
  ThrottlingUser,
  describeInvocationResult,
  describeInvocations,
  paginateDescribeInvocations,
  runCommand,
  waitUntilInvocationFinished
};
