export * from "./client.js";
export * from "./types.js";
export * from "./validators.js";
