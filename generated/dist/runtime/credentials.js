// Credentials: from the client options, else from the usual environment variables.
// Secrets never appear in messages; the environment is read through globalThis.process so the
// module also loads in browsers (where there is no environment and credentials must be passed).
export const awsCredentialVariables = [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
];
export const alibabaCredentialVariables = [
    "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN",
];
/** Raised when no credentials can be found; its message names the variables, never their values. */
export class CredentialsError extends Error {
    name = "CredentialsError";
}
/** Reads one environment variable, or undefined where there is no environment (browsers). */
export function environmentVariable(name) {
    const env = globalThis.process
        ?.env;
    const value = env?.[name];
    return value === "" ? undefined : value;
}
export function credentialsFromEnvironment(variables) {
    const [id, secret, token] = variables;
    const accessKeyId = environmentVariable(id);
    const secretAccessKey = environmentVariable(secret);
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = environmentVariable(token);
    return sessionToken
        ? { accessKeyId, secretAccessKey, sessionToken }
        : { accessKeyId, secretAccessKey };
}
/** The credentials for one call: the option (or what its function returns), else the environment. */
export async function resolveCredentials(option, variables) {
    const found = typeof option === "function"
        ? await option()
        : (option ?? credentialsFromEnvironment(variables));
    if (!found || !found.accessKeyId || !found.secretAccessKey) {
        const [id, secret] = variables;
        throw new CredentialsError(`no credentials: pass \`credentials\` to the client or set ${id} and ${secret}`);
    }
    return found;
}
