// What both protocol adapters share: building the store and its seeds, fault injection, and
// turning the protocol-neutral `reply` into web-standard handlers.
import { realClock } from "./mock-clock.js";
import { FaultInjector } from "./mock-faults.js";
import { defaultMaxBodyBytes, readRequest, requestIdSource, toResponse } from "./mock-operation.js";
import { MockStore } from "./mock-store.js";
/** The store (new, or the shared one passed in), seeded from the state's section and the spec examples. */
export function prepareService(definition, options) {
	let store = options.store;
	if (!store) {
		store = new MockStore({
			clock: options.clock ?? realClock,
			pendingMs: options.pendingMs,
			runMs: options.runMs,
			lagMs: options.lagMs
		});
		if (options.state) store.applyState(options.state);
	}
	const space = definition.moduleName;
	// State first: seeds merge first-wins, so a state file can override what the examples say.
	const section = options.state?.services?.[space];
	if (section?.instances) store.setManagedInstances(space, section.instances);
	if (section) definition.behaviours?.seedState?.(store, space, section);
	if (options.seedExamples !== false) {
		// In the behaviour set's order: the richest views go first, since the first seed of a field wins.
		for (const [name, seed] of Object.entries(definition.behaviours?.seedExample ?? {})) {
			const op = definition.operations.find((o) => o.name === name);
			for (const example of op?.examples ?? []) seed(store, space, example);
		}
	}
	const faults = new FaultInjector({
		...options.state?.faults,
		...options.faults
	}, store.clock, options.random);
	return {
		definition,
		store,
		faults,
		operations: new Map(definition.operations.map((op) => [op.name, op])),
		checkResponses: options.checkResponses !== false,
		maxBodyBytes: options.maxBodyBytes ?? defaultMaxBodyBytes,
		options,
		requestId: requestIdSource()
	};
}
/** Wraps a protocol's `reply` as a `MockService` with web-standard handlers. */
export function serviceFromReply(rt, claims, reply) {
	const handle = async (request) => toResponse(await reply(await readRequest(request, rt.maxBodyBytes)));
	const handlers = {};
	for (const op of rt.definition.operations) {
		handlers[op.name] = async (request) => toResponse(await reply(await readRequest(request, rt.maxBodyBytes), op.name));
	}
	return {
		definition: rt.definition,
		store: rt.store,
		handle,
		handlers,
		claims,
		reply
	};
}
