// The emitters, in one list: adding an artifact means adding a folder and a line here.
import { clientEmitter } from "./client/emit-client.ts";
import type { PackageEmitter, ServiceEmitter } from "./emitter.ts";
import { mockEmitter } from "./mock/emit-mock.ts";
import { packageEmitter } from "./package/emit-package.ts";
import { schemasEmitter } from "./schemas/emit-schemas.ts";
import { typesEmitter } from "./types/emit-types.ts";
import { validatorsEmitter } from "./validators/emit-validators.ts";

export const serviceEmitters: readonly ServiceEmitter[] = [typesEmitter, clientEmitter, validatorsEmitter, schemasEmitter, mockEmitter];

export const packageEmitters: readonly PackageEmitter[] = [packageEmitter()];
