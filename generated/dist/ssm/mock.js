import { awsJsonMock } from "../runtime/mock-aws-json.js";
import { ssmBehaviours } from "../runtime/mock-ssm-behaviours.js";
import {
  validateGetCommandInvocationRequest,
  validateGetCommandInvocationResponse,
  validateGetMaintenanceWindowExecutionTaskInvocationRequest,
  validateGetMaintenanceWindowExecutionTaskInvocationResponse,
  validateListCommandInvocationsRequest,
  validateListCommandInvocationsResponse,
  validateListCommandsRequest,
  validateListCommandsResponse,
  validateSendCommandRequest,
  validateSendCommandResponse
} from "./validators.js";
import { VirtualClock } from "../runtime/mock-clock.js";
import { MockStore } from "../runtime/mock-store.js";
import { combineMocks } from "../runtime/mock-router.js";
import { mswHandlers } from "../runtime/mock-msw.js";
const ssmMockDefinition = {
  name: "SSM",
  moduleName: "ssm",
  protocol: { kind: "awsJson1_1", targetPrefix: "AmazonSSM", signingName: "ssm" },
  errors: {
    DoesNotExistException: {
      name: "DoesNotExistException",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    DuplicateInstanceId: {
      name: "DuplicateInstanceId",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    InternalServerError: {
      name: "InternalServerError",
      status: 500,
      fault: "server",
      throttling: false,
      messageMember: "Message"
    },
    InvalidCommandId: {
      name: "InvalidCommandId",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    InvalidDocument: {
      name: "InvalidDocument",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidDocumentVersion: {
      name: "InvalidDocumentVersion",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidFilterKey: {
      name: "InvalidFilterKey",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    InvalidInstanceId: {
      name: "InvalidInstanceId",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidNextToken: {
      name: "InvalidNextToken",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidNotificationConfig: {
      name: "InvalidNotificationConfig",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidOutputFolder: {
      name: "InvalidOutputFolder",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    InvalidParameters: {
      name: "InvalidParameters",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvalidPluginName: {
      name: "InvalidPluginName",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    InvalidRole: {
      name: "InvalidRole",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    InvocationDoesNotExist: {
      name: "InvocationDoesNotExist",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "message"
    },
    MaxDocumentSizeExceeded: {
      name: "MaxDocumentSizeExceeded",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    },
    UnsupportedPlatformType: {
      name: "UnsupportedPlatformType",
      status: 400,
      fault: "client",
      throttling: false,
      messageMember: "Message"
    }
  },
  behaviours: ssmBehaviours,
  operations: [
    {
      name: "GetCommandInvocation",
      validateInput: validateGetCommandInvocationRequest,
      validateOutput: validateGetCommandInvocationResponse,
      behaviour: ssmBehaviours.operations.GetCommandInvocation,
      errors: [
        "InternalServerError",
        "InvalidCommandId",
        "InvalidInstanceId",
        "InvalidPluginName",
        "InvocationDoesNotExist"
      ],
      examples: [
        {
          title: "Get the result of a finished shell script",
          input: {
            CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
            InstanceId: "i-0e3ba1c8f7d2a4b61",
            PluginName: "aws:runShellScript"
          },
          output: {
            CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
            InstanceId: "i-0e3ba1c8f7d2a4b61",
            Comment: "Check free disk space",
            DocumentName: "AWS-RunShellScript",
            DocumentVersion: "1",
            PluginName: "aws:runShellScript",
            ResponseCode: 0,
            ExecutionStartDateTime: "2024-05-14T09:21:03Z",
            ExecutionEndDateTime: "2024-05-14T09:21:04Z",
            Status: "Success",
            StatusDetails: "Success",
            StandardOutputContent: "Filesystem      Size  Used Avail Use% Mounted on\n/dev/xvda1      8.0G  1.9G  6.2G  24% /\n",
            StandardOutputUrl: "",
            StandardErrorContent: "",
            StandardErrorUrl: "",
            CloudWatchOutputConfig: { CloudWatchOutputEnabled: false }
          }
        }
      ]
    },
    {
      name: "GetMaintenanceWindowExecutionTaskInvocation",
      validateInput: validateGetMaintenanceWindowExecutionTaskInvocationRequest,
      validateOutput: validateGetMaintenanceWindowExecutionTaskInvocationResponse,
      behaviour: ssmBehaviours.operations.GetMaintenanceWindowExecutionTaskInvocation,
      errors: ["DoesNotExistException", "InternalServerError"],
      examples: [
        {
          title: "Get one Run Command invocation of a maintenance window task",
          input: {
            WindowExecutionId: "555d3e7a-c2d8-4f53-9a6e-8b1f2c3d4e5f",
            TaskId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
            InvocationId: "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f"
          },
          output: {
            WindowExecutionId: "555d3e7a-c2d8-4f53-9a6e-8b1f2c3d4e5f",
            TaskExecutionId: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
            InvocationId: "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
            ExecutionId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
            TaskType: "RUN_COMMAND",
            Parameters: '{"documentName":"AWS-RunPatchBaseline","parameters":{"Operation":["Install"]},"timeoutSeconds":600}',
            Status: "SUCCESS",
            StatusDetails: "Success",
            StartTime: 1715678463512e-3,
            EndTime: 1715678470204e-3,
            OwnerInformation: "patching-team",
            WindowTargetId: "e32eecb2-646c-4f4b-8ed1-205fb1234567"
          }
        }
      ]
    },
    {
      name: "ListCommandInvocations",
      validateInput: validateListCommandInvocationsRequest,
      validateOutput: validateListCommandInvocationsResponse,
      behaviour: ssmBehaviours.operations.ListCommandInvocations,
      errors: [
        "InternalServerError",
        "InvalidCommandId",
        "InvalidFilterKey",
        "InvalidInstanceId",
        "InvalidNextToken"
      ],
      examples: [
        {
          title: "List the invocations of a command with plugin details",
          input: {
            CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
            Details: true,
            MaxResults: 10
          },
          output: {
            CommandInvocations: [
              {
                CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
                InstanceId: "i-0e3ba1c8f7d2a4b61",
                InstanceName: "ip-172-31-20-12.eu-west-1.compute.internal",
                Comment: "Check free disk space",
                DocumentName: "AWS-RunShellScript",
                DocumentVersion: "1",
                RequestedDateTime: 1715678462871e-3,
                Status: "Success",
                StatusDetails: "Success",
                TraceOutput: "",
                StandardOutputUrl: "",
                StandardErrorUrl: "",
                CommandPlugins: [
                  {
                    Name: "aws:runShellScript",
                    Status: "Success",
                    StatusDetails: "Success",
                    ResponseCode: 0,
                    ResponseStartDateTime: 1715678463512e-3,
                    ResponseFinishDateTime: 1715678463826e-3,
                    Output: "Filesystem      Size  Used Avail Use% Mounted on\n/dev/xvda1      8.0G  1.9G  6.2G  24% /\n",
                    StandardOutputUrl: "",
                    StandardErrorUrl: ""
                  }
                ],
                ServiceRole: "",
                NotificationConfig: { NotificationArn: "", NotificationEvents: [] },
                CloudWatchOutputConfig: { CloudWatchOutputEnabled: false }
              }
            ]
          }
        }
      ]
    },
    {
      name: "ListCommands",
      validateInput: validateListCommandsRequest,
      validateOutput: validateListCommandsResponse,
      behaviour: ssmBehaviours.operations.ListCommands,
      errors: [
        "InternalServerError",
        "InvalidCommandId",
        "InvalidFilterKey",
        "InvalidInstanceId",
        "InvalidNextToken"
      ],
      examples: [
        {
          title: "List the successful commands, five at a time",
          input: { Filters: [{ key: "Status", value: "Success" }], MaxResults: 5 },
          output: {
            Commands: [
              {
                CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
                DocumentName: "AWS-RunShellScript",
                DocumentVersion: "$DEFAULT",
                Comment: "Check free disk space",
                ExpiresAfter: 1715682062871e-3,
                Parameters: { commands: ["df -h /"] },
                InstanceIds: ["i-0e3ba1c8f7d2a4b61"],
                Targets: [],
                RequestedDateTime: 1715678462871e-3,
                Status: "Success",
                StatusDetails: "Success",
                OutputS3Region: "eu-west-1",
                OutputS3KeyPrefix: "",
                MaxConcurrency: "50",
                MaxErrors: "0",
                TargetCount: 1,
                CompletedCount: 1,
                ErrorCount: 0,
                DeliveryTimedOutCount: 0,
                ServiceRole: "",
                CloudWatchOutputConfig: { CloudWatchOutputEnabled: false },
                TimeoutSeconds: 3600
              }
            ],
            NextToken: "AAEAAWlOYXBiW3yXsqxPcjdCvfDZSkJUZHeDWvIn7d1K3u5Hs0z1c1234567"
          }
        }
      ]
    },
    {
      name: "SendCommand",
      validateInput: validateSendCommandRequest,
      validateOutput: validateSendCommandResponse,
      behaviour: ssmBehaviours.operations.SendCommand,
      errors: [
        "DuplicateInstanceId",
        "InternalServerError",
        "InvalidDocument",
        "InvalidDocumentVersion",
        "InvalidInstanceId",
        "InvalidNotificationConfig",
        "InvalidOutputFolder",
        "InvalidParameters",
        "InvalidRole",
        "MaxDocumentSizeExceeded",
        "UnsupportedPlatformType"
      ],
      examples: [
        {
          title: "Run a shell script on one instance",
          input: {
            DocumentName: "AWS-RunShellScript",
            InstanceIds: ["i-0e3ba1c8f7d2a4b61"],
            Parameters: { commands: ["df -h /"] },
            Comment: "Check free disk space",
            TimeoutSeconds: 600,
            MaxConcurrency: "50",
            MaxErrors: "0"
          },
          output: {
            Command: {
              CommandId: "0831e1a8-a1ac-4257-a1fd-c831b1234567",
              DocumentName: "AWS-RunShellScript",
              DocumentVersion: "$DEFAULT",
              Comment: "Check free disk space",
              ExpiresAfter: 1715682062871e-3,
              Parameters: { commands: ["df -h /"] },
              InstanceIds: ["i-0e3ba1c8f7d2a4b61"],
              Targets: [],
              RequestedDateTime: 1715678462871e-3,
              Status: "Pending",
              StatusDetails: "Pending",
              MaxConcurrency: "50",
              MaxErrors: "0",
              TargetCount: 1,
              CompletedCount: 0,
              ErrorCount: 0,
              DeliveryTimedOutCount: 0,
              TimeoutSeconds: 600
            }
          }
        }
      ]
    }
  ]
};
function createSsmMock(options) {
  return awsJsonMock(ssmMockDefinition, options);
}
export {
  MockStore,
  VirtualClock,
  combineMocks,
  createSsmMock,
  mswHandlers,
  ssmMockDefinition
};
