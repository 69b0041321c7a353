import { FaultInjector } from "./mock-faults.js";
import {
  type MockOperation,
  type MockOptions,
  type MockReply,
  type MockRequest,
  type MockService,
  type MockServiceDefinition,
} from "./mock-operation.js";
import { MockStore } from "./mock-store.js";
export interface ServiceRuntime {
  definition: MockServiceDefinition;
  store: MockStore;
  faults: FaultInjector;
  operations: ReadonlyMap<string, MockOperation>;
  checkResponses: boolean;
  maxBodyBytes: number;
  options: MockOptions;
  requestId: () => string;
}
/** The store (new, or the shared one passed in), seeded from the state's section and the spec examples. */
export declare function prepareService(
  definition: MockServiceDefinition,
  options: MockOptions,
): ServiceRuntime;
/** Wraps a protocol's `reply` as a `MockService` with web-standard handlers. */
export declare function serviceFromReply<Op extends string>(
  rt: ServiceRuntime,
  claims: (request: MockRequest) => boolean,
  reply: (request: MockRequest, operation?: string) => MockReply | Promise<MockReply>,
): MockService<Op>;
