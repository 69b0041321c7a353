// Sending one request with the standard fetch (or an injected one), and the call's deadline:
// a timeout or an abort ends the call at once, even if the fetch in use ignores its signal.
import { NetworkError, TimeoutError } from "./errors.js";
/** Rejects with the signal's reason the moment it aborts, whatever `promise` does. */
export function abortable(promise, signal) {
	if (!signal) return promise;
	if (signal.aborted) return Promise.reject(signal.reason);
	return new Promise((resolve, reject) => {
		const onAbort = () => reject(signal.reason);
		signal.addEventListener("abort", onAbort, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
	});
}
export async function send(fetchFn, request, signal) {
	try {
		const response = await abortable(fetchFn(request.url, {
			method: request.method,
			headers: request.headers,
			body: request.body,
			signal
		}), signal);
		return {
			status: response.status,
			headers: response.headers,
			body: await abortable(response.text(), signal)
		};
	} catch (error) {
		if (signal?.aborted) throw signal.reason;
		// The query is left out of the message: RPC requests carry parameters and signatures there.
		throw new NetworkError(`${request.method} ${request.url.split("?")[0]} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
}
export function callScope(signal, timeoutMs) {
	// Without a timeout the caller's signal (or none) is the scope: nothing to set up per call.
	if (!(timeoutMs > 0)) return {
		signal,
		end() {}
	};
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(new TimeoutError(`the call did not finish within ${timeoutMs} ms`)), timeoutMs);
	const onAbort = () => controller.abort(signal.reason);
	if (signal?.aborted) onAbort();
	else signal?.addEventListener("abort", onAbort, { once: true });
	return {
		signal: controller.signal,
		end() {
			clearTimeout(timer);
			signal?.removeEventListener("abort", onAbort);
		}
	};
}
