// Credentials: from the client options, else from the usual environment variables.
// Secrets never appear in messages; the environment is read through globalThis.process so the
// module also loads in browsers (where there is no environment and credentials must be passed).

/** An access key. For Alibaba Cloud, `secretAccessKey` is the AccessKey secret and `sessionToken` the STS security token. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** Fixed credentials, or a function asked before every call (for credentials that expire). */
export type CredentialsOption = Credentials | (() => Credentials | Promise<Credentials>);

/** Names of the environment variables holding the access key id, the secret and the session token. */
export type CredentialVariables = readonly [id: string, secret: string, token: string];

export const awsCredentialVariables: CredentialVariables = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
];
export const alibabaCredentialVariables: CredentialVariables = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
];

/** Raised when no credentials can be found; its message names the variables, never their values. */
export class CredentialsError extends Error {
  override readonly name: string = "CredentialsError";
}

/** Reads one environment variable, or undefined where there is no environment (browsers) or it is empty. */
export function environmentVariable(name: string): string | undefined {
  return (
    (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
      name
    ] || undefined
  );
}

export function credentialsFromEnvironment([id, secret, token]: CredentialVariables):
  | Credentials
  | undefined {
  const accessKeyId = environmentVariable(id);
  const secretAccessKey = environmentVariable(secret);
  const sessionToken = environmentVariable(token);
  return accessKeyId && secretAccessKey
    ? sessionToken
      ? { accessKeyId, secretAccessKey, sessionToken }
      : { accessKeyId, secretAccessKey }
    : undefined;
}

/** The credentials for one call: the option (or what its function returns), else the environment. */
export async function resolveCredentials(
  option: CredentialsOption | undefined,
  variables: CredentialVariables,
): Promise<Credentials> {
  const found =
    typeof option === "function"
      ? await option()
      : (option ?? credentialsFromEnvironment(variables));
  if (found?.accessKeyId && found.secretAccessKey) return found;
  throw new CredentialsError(
    `no credentials: pass \`credentials\` to the client or set ${variables[0]} and ${variables[1]}`,
  );
}
