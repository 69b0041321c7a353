import {
  type Handler,
  type MockReply,
  type MockRequest,
  type MockService,
} from "./mock-operation.js";
export interface MockRouter {
  services: readonly MockService[];
  /** The web-standard handler for every service. */
  handle: Handler;
  /** Synchronous unless a fault rule adds latency. */
  reply(request: MockRequest): MockReply | Promise<MockReply>;
}
export declare function combineMocks(
  services: readonly MockService[],
  options?: {
    maxBodyBytes?: number;
  },
): MockRouter;
