export const awsCredentialVariables = [
	"AWS_ACCESS_KEY_ID",
	"AWS_SECRET_ACCESS_KEY",
	"AWS_SESSION_TOKEN"
];
export const alibabaCredentialVariables = [
	"ALIBABA_CLOUD_ACCESS_KEY_ID",
	"ALIBABA_CLOUD_ACCESS_KEY_SECRET",
	"ALIBABA_CLOUD_SECURITY_TOKEN"
];
/** Raised when no credentials can be found; its message names the variables, never their values. */
export class CredentialsError extends Error {
	name = "CredentialsError";
}
/** Reads one environment variable, or undefined where there is no environment (browsers) or it is empty. */
export function environmentVariable(name) {
	return globalThis.process?.env?.[name] || undefined;
}
export function credentialsFromEnvironment([id, secret, token]) {
	const accessKeyId = environmentVariable(id);
	const secretAccessKey = environmentVariable(secret);
	const sessionToken = environmentVariable(token);
	return accessKeyId && secretAccessKey ? sessionToken ? {
		accessKeyId,
		secretAccessKey,
		sessionToken
	} : {
		accessKeyId,
		secretAccessKey
	} : undefined;
}
/** The credentials for one call: the option (or what its function returns), else the environment. */
export async function resolveCredentials(option, variables) {
	const found = typeof option === "function" ? await option() : option ?? credentialsFromEnvironment(variables);
	if (found?.accessKeyId && found.secretAccessKey) return found;
	throw new CredentialsError(`no credentials: pass \`credentials\` to the client or set ${variables[0]} and ${variables[1]}`);
}
