import {
  resolveCredentials
} from "./credentials.js";
import {
  InputValidationError,
  OutputValidationError,
  redact,
  redactDetails
} from "./errors.js";
import { withRetries } from "./retry.js";
import {
  abortable,
  callScope,
  send
} from "./transport.js";
const outputValidators = /* @__PURE__ */ new WeakMap();
class BaseClient {
  /** The configuration, credentials left out so that logging a client never prints a secret. */
  config;
  #credentials;
  #resolved;
  constructor(config, validators) {
    const { credentials, ...rest } = config;
    this.config = rest;
    this.#credentials = credentials;
    if (validators) outputValidators.set(this, validators);
    else if (config.validateOutput === true) {
      throw new TypeError(
        "validateOutput needs the output validators: use the generated <Service>Client class (base clients leave them out of bundles)"
      );
    }
  }
  /** The credentials for the next call: fixed and environment credentials are looked up once. */
  credentialsFor(variables) {
    const option = this.#credentials;
    if (typeof option === "function") return resolveCredentials(option, variables);
    this.#resolved ??= resolveCredentials(option, variables).catch((error) => {
      this.#resolved = void 0;
      throw error;
    });
    return this.#resolved;
  }
}
function sensitiveValues(input, paths) {
  const found = [];
  const collect = (v) => {
    if (typeof v === "string") found.push(v);
    else if (v && typeof v === "object") for (const x of Object.values(v)) collect(x);
  };
  const walk = (v, path, i) => {
    if (v === null || typeof v !== "object") {
      if (i === path.length) collect(v);
      return;
    }
    if (i === path.length) return collect(v);
    const step = path[i];
    if (step === 0) for (const x of Object.values(v)) walk(x, path, i + 1);
    else if (Object.prototype.hasOwnProperty.call(v, step))
      walk(v[step], path, i + 1);
  };
  for (const p of paths) walk(input, p, 0);
  return found;
}
function toError(op, init, secrets) {
  const clean = { ...init, message: redact(init.message, secrets) };
  if (init.details) clean.details = redactDetails(init.details, secrets);
  const Known = Object.hasOwn(op.errors, init.code) ? op.errors[init.code] : void 0;
  return Known ? new Known(clean) : new op.serviceError(clean);
}
async function invoke(client, op, input, options) {
  const config = client.config;
  const secrets = op.secrets ? op.secrets(input) : [];
  if (config.validateInput !== false && op.validateInput) {
    const violations = op.validateInput(input);
    if (violations.length > 0) throw new InputValidationError(op.name, violations, secrets);
  }
  const scope = callScope(options?.signal, config.timeoutMs);
  try {
    const credentials = await abortable(
      client.credentialsFor(op.protocol.credentialVariables),
      scope.signal
    );
    secrets.push(credentials.secretAccessKey);
    if (credentials.sessionToken) secrets.push(credentials.sessionToken);
    const fetchFn = config.fetch ?? globalThis.fetch;
    const output = await withRetries(
      async () => {
        const request = op.protocol.request({
          operation: op.name,
          input,
          config,
          credentials,
          now: /* @__PURE__ */ new Date()
        });
        const parsed = op.protocol.parse(await send(fetchFn, request, scope.signal), op);
        if ("error" in parsed) throw toError(op, parsed.error, secrets);
        return parsed.output;
      },
      config.retry,
      scope.signal
    );
    const validators = config.validateOutput === true ? outputValidators.get(client) : void 0;
    const validate = validators && Object.hasOwn(validators, op.name) ? validators[op.name] : void 0;
    if (validate) {
      const violations = validate(output, { unknownMembers: "accept" });
      if (violations.length > 0)
        throw new OutputValidationError(op.name, violations, output, secrets);
    }
    return output;
  } finally {
    scope.end();
  }
}
const endpoints = /* @__PURE__ */ new WeakMap();
function endpointOf(config, defaultHost) {
  const hit = endpoints.get(config);
  if (hit && hit.defaultHost === defaultHost) return hit.endpoint;
  const e = config.endpoint;
  const url = new URL(
    !e ? `https://${defaultHost}` : /^[a-z][a-z0-9+.-]*:\/\//i.test(e) ? e : `https://${e}`
  );
  const endpoint = {
    origin: `${url.protocol}//${url.host}`,
    host: url.host,
    path: url.pathname || "/"
  };
  endpoints.set(config, { defaultHost, endpoint });
  return endpoint;
}
export {
  BaseClient,
  endpointOf,
  invoke,
  sensitiveValues
};
