function mswHandlers(http, services, options = {}) {
  return services.map(
    (service) => http.post(
      async ({ request }) => {
        if (options.origin !== void 0 && new URL(request.url).origin !== options.origin)
          return false;
        return service.claims(await peek(request));
      },
      ({ request }) => service.handle(request)
    )
  );
}
async function peek(request) {
  const form = request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") === true;
  const body = form ? await request.clone().text() : "";
  return { method: request.method, url: request.url, headers: request.headers, body };
}
export {
  mswHandlers
};
