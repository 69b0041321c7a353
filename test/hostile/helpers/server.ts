// The mock server as `opspec mock` runs it (both generated services behind one router, examples seeded,
// validation and the response check on), on a random loopback port, for the hostile-traffic tests.
import { realClock } from "../../../generator/runtime/mock-clock.ts";
import type { MockReply, MockRequest } from "../../../generator/runtime/mock-operation.ts";
import { combineMocks } from "../../../generator/runtime/mock-router.ts";
import { startMockServer, type MockServerOptions, type RunningMockServer } from "../../../generator/runtime/mock-server.ts";
import { MockStore } from "../../../generator/runtime/mock-store.ts";

export interface HostileServer {
  server: RunningMockServer;
  store: MockStore;
  /** Replies sent, by status. */
  statuses: Map<number, number>;
  close(): Promise<void>;
}

/** The mock modules of a generated package (`ssm`, `swas`: what `import(src/<svc>/mock.ts)` returns). */
export interface MockModules {
  ssm: any;
  swas: any;
}

export async function startHostileServer(
  modules: MockModules,
  options: Omit<MockServerOptions, "port" | "host"> & { maxExecutions?: number } = {},
): Promise<HostileServer> {
  const { maxExecutions, ...serverOptions } = options;
  const store = new MockStore({ clock: realClock, maxExecutions });
  const router = combineMocks([modules.ssm.createSsmMock({ store }), modules.swas.createSwasMock({ store })]);
  const statuses = new Map<number, number>();
  const tally = (reply: MockReply): MockReply => {
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    return reply;
  };
  const counted = {
    reply(request: MockRequest): MockReply | Promise<MockReply> {
      const reply = router.reply(request);
      return reply instanceof Promise ? reply.then(tally) : tally(reply);
    },
  };
  const server = await startMockServer(counted, { log: false, ...serverOptions, port: 0, host: "127.0.0.1" });
  return { server, store, statuses, close: () => server.close() };
}
