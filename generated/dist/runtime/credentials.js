const awsCredentialVariables = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN"
];
const alibabaCredentialVariables = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN"
];
class CredentialsError extends Error {
  name = "CredentialsError";
}
function environmentVariable(name) {
  const env = globalThis.process?.env;
  const value = env?.[name];
  return value === "" ? void 0 : value;
}
function credentialsFromEnvironment(variables) {
  const [id, secret, token] = variables;
  const accessKeyId = environmentVariable(id);
  const secretAccessKey = environmentVariable(secret);
  if (!accessKeyId || !secretAccessKey) return void 0;
  const sessionToken = environmentVariable(token);
  return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
}
async function resolveCredentials(option, variables) {
  const found = typeof option === "function" ? await option() : option ?? credentialsFromEnvironment(variables);
  if (!found || !found.accessKeyId || !found.secretAccessKey) {
    const [id, secret] = variables;
    throw new CredentialsError(
      `no credentials: pass \`credentials\` to the client or set ${id} and ${secret}`
    );
  }
  return found;
}
export {
  CredentialsError,
  alibabaCredentialVariables,
  awsCredentialVariables,
  credentialsFromEnvironment,
  environmentVariable,
  resolveCredentials
};
