import { alibabaRpcMock } from "../runtime/mock-alibaba-rpc.js";
import { swasBehaviours } from "../runtime/mock-swas-behaviours.js";
import {
  validateDescribeInvocationResultRequest,
  validateDescribeInvocationResultResponse,
  coerceDescribeInvocationResultRequest,
  validateDescribeInvocationsRequest,
  validateDescribeInvocationsResponse,
  coerceDescribeInvocationsRequest,
  validateRunCommandRequest,
  validateRunCommandResponse,
  coerceRunCommandRequest
} from "./validators.js";
import { VirtualClock } from "../runtime/mock-clock.js";
import { MockStore } from "../runtime/mock-store.js";
import { combineMocks } from "../runtime/mock-router.js";
import { mswHandlers } from "../runtime/mock-msw.js";
const swasMockDefinition = {
  name: "SWAS",
  moduleName: "swas",
  protocol: { kind: "rpc", version: "2020-06-01", endpoint: "swas.{region}.aliyuncs.com" },
  errors: {
    InternalError: {
      name: "InternalError",
      status: 500,
      fault: "server",
      throttling: false,
      messageMember: "Message"
    },
    "InvalidAccessKeyId.NotFound": {
      name: "InvalidAccessKeyIdNotFound",
      status: 404,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    "InvalidInstanceId.NotFound": {
      name: "InvalidInstanceIdNotFound",
      status: 404,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    "InvalidInvokeId.NotFound": {
      name: "InvalidInvokeIdNotFound",
      status: 404,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidParameter: {
      name: "InvalidParameter",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    MissingParameter: {
      name: "MissingParameter",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    RegionIdNotMatchHost: {
      name: "RegionIdNotMatchHost",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    ServiceUnavailable: {
      name: "ServiceUnavailable",
      status: 503,
      fault: "server",
      throttling: false,
      messageMember: "Message"
    },
    SignatureDoesNotMatch: {
      name: "SignatureDoesNotMatch",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    Throttling: {
      name: "Throttling",
      status: 400,
      fault: "client",
      throttling: true,
      messageMember: "Message"
    },
    "Throttling.User": {
      name: "ThrottlingUser",
      status: 400,
      fault: "client",
      throttling: true,
      messageMember: "Message"
    }
  },
  behaviours: swasBehaviours,
  operations: [
    {
      name: "DescribeInvocationResult",
      validateInput: validateDescribeInvocationResultRequest,
      validateOutput: validateDescribeInvocationResultResponse,
      coerceInput: coerceDescribeInvocationResultRequest,
      behaviour: swasBehaviours.operations.DescribeInvocationResult,
      errors: [
        "InternalError",
        "InvalidAccessKeyId.NotFound",
        "InvalidInstanceId.NotFound",
        "InvalidInvokeId.NotFound",
        "InvalidParameter",
        "MissingParameter",
        "RegionIdNotMatchHost",
        "ServiceUnavailable",
        "SignatureDoesNotMatch",
        "Throttling",
        "Throttling.User"
      ],
      examples: [
        {
          title: "Result of a successful command",
          input: {
            RegionId: "cn-hangzhou",
            InstanceId: "ace0706b2ac4454d984295a94213****",
            InvokeId: "t-bj02prjje65****"
          },
          output: {
            RequestId: "20758A-585D-4A41-A9B2-28DA8F4F****",
            InvocationResult: {
              StartTime: "2022-07-11T06:37:16Z",
              FinishedTime: "2022-07-11T06:37:17Z",
              InvocationStatus: "Success",
              ExitCode: 0,
              ErrorInfo: "",
              ErrorCode: "",
              InvokeId: "t-bj02prjje65****",
              InvokeRecordStatus: "Finished",
              InvokeUser: "root",
              Output: "YWRtaW4K",
              InstanceId: "ace0706b2ac4454d984295a94213****"
            }
          }
        },
        {
          title: "Command still running",
          input: {
            RegionId: "cn-shanghai",
            InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
            InvokeId: "t-sh02q4k7m3f6g8h"
          },
          output: {
            RequestId: "6A0D9E3B-27C4-4E58-B1F2-93A7C5D1E084",
            InvocationResult: {
              StartTime: "2024-03-05T08:20:11Z",
              InvocationStatus: "Running",
              InvokeId: "t-sh02q4k7m3f6g8h",
              InvokeRecordStatus: "Running",
              InvokeUser: "root",
              Output: "c3RhcnRpbmcgYmFja3VwCg==",
              InstanceId: "2ad1ae67295445f598017499dc8a2d8c"
            }
          }
        },
        {
          title: "Command exited with a non-zero code",
          input: {
            RegionId: "cn-shanghai",
            InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
            InvokeId: "t-sh02q4k7m2x9a1b"
          },
          output: {
            RequestId: "4D2B8F61-0A7E-4C93-9B15-E6F3A2C7D840",
            InvocationResult: {
              StartTime: "2024-03-05T08:12:41Z",
              FinishedTime: "2024-03-05T08:12:41Z",
              InvocationStatus: "Failed",
              ExitCode: 2,
              ErrorInfo: "the command execution exit code is not zero",
              ErrorCode: "ExitCodeNonzero",
              InvokeId: "t-sh02q4k7m2x9a1b",
              InvokeRecordStatus: "Finished",
              InvokeUser: "root",
              Output: "bHM6IGNhbm5vdCBhY2Nlc3MgL2RhdGE6IE5vIHN1Y2ggZmlsZSBvciBkaXJlY3RvcnkK",
              InstanceId: "2ad1ae67295445f598017499dc8a2d8c"
            }
          }
        }
      ]
    },
    {
      name: "DescribeInvocations",
      validateInput: validateDescribeInvocationsRequest,
      validateOutput: validateDescribeInvocationsResponse,
      coerceInput: coerceDescribeInvocationsRequest,
      behaviour: swasBehaviours.operations.DescribeInvocations,
      errors: [
        "InternalError",
        "InvalidAccessKeyId.NotFound",
        "InvalidInstanceId.NotFound",
        "InvalidParameter",
        "MissingParameter",
        "RegionIdNotMatchHost",
        "ServiceUnavailable",
        "SignatureDoesNotMatch",
        "Throttling",
        "Throttling.User"
      ],
      examples: [
        {
          title: "List finished executions",
          input: {
            RegionId: "cn-hangzhou",
            InstanceId: "3a658ca270df4df39f22e289b338****",
            InvokeStatus: "Finished",
            PageNumber: 1,
            PageSize: 10
          },
          output: {
            RequestId: "30637AD6-D977-4833-A54C-CC89483E****",
            Invocations: [
              {
                CreationTime: "2022-07-11T06:37:16Z",
                InvocationStatus: "Success",
                CommandType: "RunShellScript",
                CommandContent: "bHM=",
                Parameters: {},
                InvokeStatus: "Finished",
                InvokeId: "t-hz02p9545t6****",
                CommandName: "testname"
              }
            ],
            PageSize: 10,
            PageNumber: 1,
            TotalCount: 1
          }
        },
        {
          title: "Second page of all executions",
          input: {
            RegionId: "cn-shanghai",
            InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
            PageNumber: 2,
            PageSize: 2
          },
          output: {
            RequestId: "1C9E5A77-3B21-4F0D-8E6A-52D0B7F4A913",
            Invocations: [
              {
                CreationTime: "2024-03-05T08:12:40Z",
                InvocationStatus: "Failed",
                CommandType: "RunShellScript",
                CommandContent: "bHMgL2RhdGE=",
                Parameters: {},
                InvokeStatus: "Finished",
                InvokeId: "t-sh02q4k7m2x9a1b",
                CommandName: "list-data"
              },
              {
                CreationTime: "2024-03-05T08:10:02Z",
                InvocationStatus: "Success",
                CommandType: "RunShellScript",
                CommandContent: "ZWNobyB7e25hbWV9fQ==",
                Parameters: { name: "Jack" },
                InvokeStatus: "Finished",
                InvokeId: "t-sh02q4k7m1c3d5e",
                CommandName: "greet"
              }
            ],
            PageSize: 2,
            PageNumber: 2,
            TotalCount: 5
          }
        }
      ]
    },
    {
      name: "RunCommand",
      validateInput: validateRunCommandRequest,
      validateOutput: validateRunCommandResponse,
      coerceInput: coerceRunCommandRequest,
      behaviour: swasBehaviours.operations.RunCommand,
      errors: [
        "InternalError",
        "InvalidAccessKeyId.NotFound",
        "InvalidInstanceId.NotFound",
        "InvalidParameter",
        "MissingParameter",
        "RegionIdNotMatchHost",
        "ServiceUnavailable",
        "SignatureDoesNotMatch",
        "Throttling",
        "Throttling.User"
      ],
      examples: [
        {
          title: "Run a shell command",
          input: {
            RegionId: "cn-hangzhou",
            InstanceId: "ace0706b2ac4454d984295a94213****",
            CommandContent: "ifconfig -s",
            Name: "testName",
            Type: "RunShellScript",
            Timeout: 60,
            WorkingDir: "/home/",
            WorkingUser: "root",
            EnableParameter: false
          },
          output: {
            RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3****",
            InvokeId: "t-hz02p9545t6****"
          }
        },
        {
          title: "Run a command with a custom parameter",
          input: {
            RegionId: "cn-shanghai",
            InstanceId: "2ad1ae67295445f598017499dc8a2d8c",
            CommandContent: "echo {{name}}",
            Name: "greet",
            Type: "RunShellScript",
            EnableParameter: true,
            Parameters: { name: "Jack" },
            Timeout: 300
          },
          output: {
            RequestId: "8F3B1C2D-4E5A-4B6C-9D7E-0F1A2B3C4D5E",
            InvokeId: "t-sh02q4k7m2x9a1b"
          }
        }
      ]
    }
  ]
};
function createSwasMock(options) {
  return alibabaRpcMock(swasMockDefinition, options);
}
export {
  MockStore,
  VirtualClock,
  combineMocks,
  createSwasMock,
  mswHandlers,
  swasMockDefinition
};
