// The `opspec mock --state FILE` format: YAML or JSON, checked against a JSON Schema, with errors that
// name the file, line, column and path of each problem.
import { readFileSync } from "node:fs";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { createAjv } from "../model/ajv.ts";
import type { MockState } from "../runtime/mock-store.ts";

const timestamp = { description: "Epoch seconds, or an ISO 8601 date-time.", anyOf: [{ type: "number" }, { type: "string", format: "date-time" }] };
const uuid = { type: "string", pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" };
const ms = { type: "number", minimum: 0 };

const ssmInvocation = {
  type: "object",
  description: "One invocation, as GetCommandInvocation shows it.",
  required: ["InstanceId"],
  properties: {
    InstanceId: { type: "string" },
    InstanceName: { type: "string" },
    Status: { enum: ["Pending", "InProgress", "Delayed", "Success", "Cancelled", "TimedOut", "Failed", "Cancelling"] },
    ResponseCode: { type: "integer" },
    StandardOutputContent: { type: "string" },
    StandardErrorContent: { type: "string" },
    ExecutionStartDateTime: timestamp,
    ExecutionEndDateTime: timestamp,
    PluginName: { type: "string" },
  },
  additionalProperties: false,
};

/** The JSON Schema of a state file (2020-12). */
export const mockStateSchema: Record<string, unknown> = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "opspec mock state",
  type: "object",
  additionalProperties: false,
  properties: {
    timing: {
      type: "object",
      additionalProperties: false,
      properties: { pendingMs: ms, runMs: ms, lagMs: ms },
    },
    outputs: {
      type: "array",
      description: "What commands print; the first matching rule wins.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          match: { type: "string", description: "A substring of the script, or /regex/flags." },
          instanceId: { type: "string" },
          stdout: { type: "string" },
          stderr: { type: "string" },
          exitCode: { type: "integer" },
          pendingMs: ms,
          runMs: ms,
        },
      },
    },
    faults: {
      type: "object",
      description: "By operation name, or <service>.<Operation>.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          errorRate: { type: "number", minimum: 0, maximum: 1 },
          error: { type: "string" },
          message: { type: "string" },
          latencyMs: ms,
          maxRequestsPerSecond: { type: "number", exclusiveMinimum: 0 },
        },
      },
    },
    credentials: {
      type: "object",
      description: "Access key id → secret, for --verify-signatures.",
      additionalProperties: { type: "string", minLength: 1 },
    },
    services: {
      type: "object",
      description: "Seeds per service, by module name (the folder under specs/).",
      properties: {
        ssm: {
          type: "object",
          additionalProperties: false,
          properties: {
            account: { type: "string", pattern: "^\\d{12}$" },
            instances: {
              type: "array",
              items: {
                type: "object",
                required: ["id"],
                additionalProperties: false,
                properties: {
                  id: { type: "string", pattern: "(^i-(\\w{8}|\\w{17})$)|(^mi-\\w{17}$)" },
                  name: { type: "string" },
                  tags: { type: "object", additionalProperties: { type: "string" } },
                },
              },
            },
            documents: { type: "array", items: { type: "string" } },
            commands: {
              type: "array",
              items: {
                type: "object",
                description: "A command as ListCommands shows it, plus its Invocations.",
                required: ["DocumentName"],
                properties: {
                  CommandId: uuid,
                  DocumentName: { type: "string" },
                  RequestedDateTime: timestamp,
                  Status: { enum: ["Pending", "InProgress", "Success", "Cancelled", "Failed", "TimedOut", "Cancelling"] },
                  InstanceIds: { type: "array", items: { type: "string" } },
                  Parameters: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
                  Invocations: { type: "array", items: ssmInvocation },
                },
              },
            },
            maintenanceWindowTaskInvocations: {
              type: "array",
              items: {
                type: "object",
                description: "As GetMaintenanceWindowExecutionTaskInvocation returns it.",
                required: ["WindowExecutionId", "TaskExecutionId", "InvocationId"],
                properties: {
                  WindowExecutionId: uuid,
                  TaskExecutionId: uuid,
                  InvocationId: uuid,
                  TaskType: { enum: ["RUN_COMMAND", "AUTOMATION", "STEP_FUNCTIONS", "LAMBDA"] },
                  Status: { enum: ["PENDING", "IN_PROGRESS", "SUCCESS", "FAILED", "TIMED_OUT", "CANCELLING", "CANCELLED", "SKIPPED_OVERLAPPING"] },
                  StartTime: timestamp,
                  EndTime: timestamp,
                },
              },
            },
          },
        },
        swas: {
          type: "object",
          additionalProperties: false,
          properties: {
            instances: {
              type: "array",
              items: { type: "object", required: ["id"], additionalProperties: false, properties: { id: { type: "string" }, region: { type: "string" } } },
            },
            invocations: {
              type: "array",
              items: {
                type: "object",
                description: "An execution: Invocation and InvocationResult fields; CommandContent and Output in Base64.",
                required: ["InvokeId", "InstanceId"],
                properties: {
                  InvokeId: { type: "string" },
                  InstanceId: { type: "string" },
                  CommandType: { enum: ["RunBatScript", "RunPowerShellScript", "RunShellScript"] },
                  InvocationStatus: {
                    enum: ["Pending", "Invalid", "Aborted", "Running", "Success", "Failed", "Error", "Timeout", "Cancelled", "Stopping", "Terminated"],
                  },
                  ExitCode: { type: "integer" },
                  CreationTime: timestamp,
                  StartTime: timestamp,
                  FinishedTime: timestamp,
                  Parameters: { type: "object", additionalProperties: { type: "string" } },
                },
              },
            },
          },
        },
      },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: { instances: { type: "array", items: { type: "object", required: ["id"], properties: { id: { type: "string" } } } } },
      },
    },
  },
};

export interface StateFile extends MockState {
  credentials?: Record<string, string>;
}

let validate: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

/** Reads and checks a state file; problems come back as `file:line:col: path: message` lines. */
export function loadStateFile(file: string): { state: StateFile } | { errors: string[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { errors: [`${file}: ${(e as Error).message}`] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return { errors: doc.errors.map((e) => `${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split("\n")[0]}`) };
  }
  const value: unknown = doc.toJS() ?? {};
  validate ??= createAjv().compile(mockStateSchema);
  if (validate(value)) return { state: value as StateFile };
  const errors = (validate.errors ?? [])
    // anyOf reports each branch; the branch errors below it say more than the summary.
    .filter((e) => e.keyword !== "anyOf" && e.keyword !== "if")
    .map((e) => {
      const segments = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      const unknown = e.keyword === "additionalProperties" ? (e.params as { additionalProperty: string }).additionalProperty : undefined;
      // An unknown member is pointed at by its key; anything else by its value.
      const node = (unknown !== undefined ? keyNode(doc.getIn(segments, true), unknown) : undefined) ?? doc.getIn(segments, true);
      const range = (node as { range?: [number, number] } | undefined)?.range;
      const pos = range ? lines.linePos(range[0]) : { line: 1, col: 1 };
      const where = segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join("").replace(/^\./, "") || "(top level)";
      const extra = unknown !== undefined ? ` '${unknown}'` : "";
      return { pos, text: `${file}:${pos.line}:${pos.col}: ${where}: ${e.message}${extra}` };
    })
    .sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col)
    .map((e) => e.text);
  return { errors: [...new Set(errors)] };
}

function keyNode(map: unknown, key: string): unknown {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key)?.key;
}
