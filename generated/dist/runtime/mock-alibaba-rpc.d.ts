import {
  OperationError,
  type MockOptions,
  type MockReply,
  type MockRequest,
  type MockService,
  type MockServiceDefinition,
} from "./mock-operation.js";
import type { Violation } from "./validate.js";
export interface RpcCall {
  action?: string;
  version?: string;
  params: Record<string, string>;
  /** Why the parameters cannot be read as sent (a bad percent-escape, bytes that are not UTF-8, a
   * parameter given twice); the request is then refused rather than guessed at. */
  malformed?: string;
}
/** The action, version and parameters of a request, in either style. */
export declare function readRpcCall(request: MockRequest): RpcCall;
/** A stateful mock of an Alibaba Cloud RPC service, from its generated definition. */
export declare function alibabaRpcMock<Op extends string>(
  definition: MockServiceDefinition,
  options?: MockOptions,
): MockService<Op>;
export declare function missingParameter(parameter: string): OperationError;
/** The first violation in Alibaba's words: a required parameter is missing, or a value is not valid. */
export declare function rpcValidationError(violations: readonly Violation[]): OperationError;
export declare function rpcErrorReply(
  definition: MockServiceDefinition | undefined,
  e: unknown,
  requestId: string,
  host: string,
): MockReply;
