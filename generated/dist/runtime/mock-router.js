// Several mocked services behind one handler: each request goes to the service that claims it (by
// X-Amz-Target prefix or API version); one nobody claims gets the error of the protocol it looks like.
import { errorReply } from "./mock-aws-json.js";
import { missingParameter, readRpcCall, rpcErrorReply } from "./mock-alibaba-rpc.js";
import { defaultMaxBodyBytes, newRequestId, OperationError, readRequest, toResponse } from "./mock-operation.js";
export function combineMocks(services, options = {}) {
	const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
	const reply = (request) => {
		for (const s of services) if (s.claims(request)) return s.reply(request);
		return unclaimed(services, request);
	};
	return {
		services,
		reply,
		handle: async (request) => toResponse(await reply(await readRequest(request, limit)))
	};
}
function unclaimed(services, request) {
	const requestId = newRequestId();
	const target = request.headers.get("x-amz-target");
	const call = target === null ? readRpcCall(request) : undefined;
	if (call && (call.action !== undefined || call.version !== undefined)) {
		const host = request.headers.get("host") ?? "";
		if (call.malformed) return rpcErrorReply(undefined, new OperationError("InvalidParameter", call.malformed), requestId, host);
		if (call.action === undefined) return rpcErrorReply(undefined, missingParameter("Action"), requestId, host);
		if (call.version === undefined) return rpcErrorReply(undefined, missingParameter("Version"), requestId, host);
		const known = services.find((s) => s.definition.protocol.kind === "rpc" && s.definition.operations.some((o) => o.name === call.action));
		const error = known ? new OperationError("InvalidVersion", `Specified parameter Version is not valid: ${call.action} is served at ${known.definition.protocol.version}.`) : new OperationError("InvalidAction.NotFound", "Specified api is not found, please check your url and method.", { status: 404 });
		return rpcErrorReply(known?.definition, error, requestId, host);
	}
	const message = target ? `Operation ${target} is not supported.` : "The X-Amz-Target header is missing.";
	return errorReply(undefined, new OperationError("UnknownOperationException", message), requestId);
}
