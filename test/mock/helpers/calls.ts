// Small request builders for the web-standard mock handlers.
import path from "node:path";
import type { Handler } from "../../../generator/runtime/mock-operation.ts";
import { generateMocks } from "./generate.ts";

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** An awsJson1_1 call as the SDKs send it. */
export async function awsCall(handle: Handler, operation: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const request = new Request("http://127.0.0.1/", {
    method: "POST",
    headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": `AmazonSSM.${operation}`, ...headers },
    body: typeof input === "string" ? input : JSON.stringify(input),
  });
  return answer(await handle(request));
}

/** An ACS3-style RPC call: action and version in headers, parameters in the query string. */
export async function rpcCall(handle: Handler, action: string, params: Record<string, string | number | boolean>): Promise<Answer> {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  const request = new Request(`http://127.0.0.1/?${query}`, {
    method: "POST",
    headers: { "x-acs-action": action, "x-acs-version": "2020-06-01", accept: "application/json" },
  });
  return answer(await handle(request));
}

export interface LoadedMocks {
  ssm: any;
  swas: any;
  ssmValidators: any;
  swasValidators: any;
  dir: string;
}

/** Generates the mock modules from specs/ and imports them. */
export async function loadMocks(): Promise<LoadedMocks> {
  const { dir } = generateMocks();
  const load = (p: string) => import(path.join(dir, p));
  return {
    dir,
    ssm: await load("src/ssm/mock.ts"),
    swas: await load("src/swas/mock.ts"),
    ssmValidators: await load("src/ssm/validators.ts"),
    swasValidators: await load("src/swas/validators.ts"),
  };
}
