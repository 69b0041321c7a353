// Credentials: options first, then each cloud's environment variables; errors never show a secret.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  alibabaCredentialVariables as alibaba,
  awsCredentialVariables as aws,
  credentialsFromEnvironment,
  CredentialsError,
  resolveCredentials,
} from "../../../generator/runtime/credentials.ts";

afterEach(() => vi.unstubAllEnvs());

describe("resolveCredentials", () => {
  it("options win over the environment", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "ENVKEY");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "envsecret");
    await expect(resolveCredentials({ accessKeyId: "A", secretAccessKey: "S" }, aws)).resolves.toEqual({ accessKeyId: "A", secretAccessKey: "S" });
  });

  it("a function is asked each time", async () => {
    let n = 0;
    const provider = async () => ({ accessKeyId: `A${++n}`, secretAccessKey: "S" });
    expect((await resolveCredentials(provider, aws)).accessKeyId).toBe("A1");
    expect((await resolveCredentials(provider, aws)).accessKeyId).toBe("A2");
  });

  it("AWS variables, with the session token", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", "ENVKEY");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "envsecret");
    vi.stubEnv("AWS_SESSION_TOKEN", "envtoken");
    await expect(resolveCredentials(undefined, aws)).resolves.toEqual({ accessKeyId: "ENVKEY", secretAccessKey: "envsecret", sessionToken: "envtoken" });
  });

  it("Alibaba Cloud variables, with the security token", () => {
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "alisecret");
    vi.stubEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "");
    expect(credentialsFromEnvironment(alibaba)).toEqual({ accessKeyId: "LTAI", secretAccessKey: "alisecret" });
    vi.stubEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "sts");
    expect(credentialsFromEnvironment(alibaba)?.sessionToken).toBe("sts");
  });

  it("missing credentials name the variables, never a value", async () => {
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIonly");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "");
    const error = await resolveCredentials(undefined, alibaba).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toBe("no credentials: pass `credentials` to the client or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET");
  });
});
