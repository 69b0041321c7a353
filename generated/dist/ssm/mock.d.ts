import type { MockOptions, MockService, MockServiceDefinition } from "../runtime/mock-operation.js";
export type { Handler, MockOptions, MockService } from "../runtime/mock-operation.js";
export { VirtualClock } from "../runtime/mock-clock.js";
export { MockStore, type MockState } from "../runtime/mock-store.js";
export { combineMocks } from "../runtime/mock-router.js";
export { mswHandlers } from "../runtime/mock-msw.js";
/** The operations this mock answers. */
export type SsmMockOperation =
  | "GetCommandInvocation"
  | "GetMaintenanceWindowExecutionTaskInvocation"
  | "ListCommandInvocations"
  | "ListCommands"
  | "SendCommand";
/** SSM as the mock serves it: protocol, errors, and per operation its validators, behaviour and examples. */
export declare const ssmMockDefinition: MockServiceDefinition;
/** A stateful SSM mock. `handle` routes by X-Amz-Target; `handlers` has one web-standard handler per operation; `store` holds its commands on its clock. */
export declare function createSsmMock(options?: MockOptions): MockService<SsmMockOperation>;
