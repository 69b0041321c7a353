/**
* `server.use(...mswHandlers(http, [createSsmMock(), createSwasMock()]))`: requests the services claim
* are answered by them; anything else falls through to the next handler.
*/
export function mswHandlers(http, services, options = {}) {
	return services.map((service) => http.post(async ({ request }) => {
		if (options.origin !== undefined && new URL(request.url).origin !== options.origin) return false;
		return service.claims(await peek(request));
	}, ({ request }) => service.handle(request)));
}
/** Enough of a request to route it, leaving the original body unread for the handler. */
async function peek(request) {
	const form = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") === true;
	// Only the older Alibaba style names the action in the body; everything else routes on headers or query.
	const body = form ? await request.clone().text() : "";
	return {
		method: request.method,
		url: request.url,
		headers: request.headers,
		body
	};
}
