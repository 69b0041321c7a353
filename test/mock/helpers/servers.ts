// Starts the generated mocks behind one mock server on a random loopback port.
import { createRequire } from "node:module";
import { VirtualClock } from "../../../generator/runtime/mock-clock.ts";
import type { MockOptions, MockReply, MockRequest } from "../../../generator/runtime/mock-operation.ts";
import { combineMocks } from "../../../generator/runtime/mock-router.ts";
import { startMockServer, type RunningMockServer } from "../../../generator/runtime/mock-server.ts";
import { MockStore } from "../../../generator/runtime/mock-store.ts";
import type { LoadedMocks } from "./calls.ts";

export interface TestServer {
  server: RunningMockServer;
  clock: VirtualClock;
  store: MockStore;
  ssm: any;
  swas: any;
  close(): Promise<void>;
}

export interface TestServerOptions extends MockOptions {
  /** Runs before each request reaches the mocks: tests move the virtual clock here. */
  beforeEach?: (request: MockRequest) => void;
  /** Sees every reply the server sends. */
  onReply?: (request: MockRequest, reply: MockReply) => void;
  logLines?: string[];
}

export async function startTestServer(m: LoadedMocks, options: TestServerOptions = {}): Promise<TestServer> {
  const clock = new VirtualClock();
  const { beforeEach, onReply, logLines, ...mockOptions } = options;
  const store = new MockStore({ clock, pendingMs: options.pendingMs, runMs: options.runMs, lagMs: options.lagMs });
  if (options.state) store.applyState(options.state);
  const shared = { seedExamples: false, ...mockOptions, store };
  const ssm = m.ssm.createSsmMock(shared);
  const swas = m.swas.createSwasMock(shared);
  const router = combineMocks([ssm, swas]);
  const target = {
    async reply(request: MockRequest): Promise<MockReply> {
      beforeEach?.(request);
      const reply = await router.reply(request);
      onReply?.(request, reply);
      return reply;
    },
  };
  const server = await startMockServer(target, { port: 0, log: logLines ? (l) => logLines.push(l) : false });
  return { server, clock, store, ssm, swas, close: () => server.close() };
}

const require = createRequire(import.meta.url);

/** The official Alibaba SDK's client class (a CommonJS module with a default export). */
export function swasClientClass(): any {
  const mod = require("@alicloud/swas-open20200601");
  return mod.default ?? mod;
}

export function swasModels(): any {
  return require("@alicloud/swas-open20200601");
}
