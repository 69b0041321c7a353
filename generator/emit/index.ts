// The emitters, in one list: adding an artifact means adding a folder and a line here.
import type { PackageEmitter, ServiceEmitter } from "./emitter.ts";
import { packageEmitter } from "./package/emit-package.ts";
import { typesEmitter } from "./types/emit-types.ts";

export const serviceEmitters: readonly ServiceEmitter[] = [typesEmitter];

export const packageEmitters: readonly PackageEmitter[] = [packageEmitter()];
