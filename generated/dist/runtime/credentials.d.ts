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
export declare const awsCredentialVariables: CredentialVariables;
export declare const alibabaCredentialVariables: CredentialVariables;
/** Raised when no credentials can be found; its message names the variables, never their values. */
export declare class CredentialsError extends Error {
  override readonly name: string;
}
/** Reads one environment variable, or undefined where there is no environment (browsers) or it is empty. */
export declare function environmentVariable(name: string): string | undefined;
export declare function credentialsFromEnvironment([id, secret, token]: CredentialVariables):
  | Credentials
  | undefined;
/** The credentials for one call: the option (or what its function returns), else the environment. */
export declare function resolveCredentials(
  option: CredentialsOption | undefined,
  variables: CredentialVariables,
): Promise<Credentials>;
