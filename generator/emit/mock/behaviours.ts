// Which hand-written simulation covers a service. The behaviours are runtime code (a simulation of
// the command-execution family); the emitter only needs their module, export and operation names,
// read from the modules themselves so the two never disagree.
import type { ServiceModel } from "../../model/types.ts";
import { ssmBehaviours } from "../../runtime/mock-ssm-behaviours.ts";
import { swasBehaviours } from "../../runtime/mock-swas-behaviours.ts";

export interface BehaviourModule {
  /** Runtime module name, e.g. `mock-ssm-behaviours`. */
  module: string;
  exportName: string;
  operations: ReadonlySet<string>;
}

/** Services are recognised by protocol identity (target prefix; product and API version), not folder names. */
export function behaviourModuleFor(service: ServiceModel): BehaviourModule | undefined {
  const p = service.protocol;
  if (p.kind === "awsJson1_1" && p.targetPrefix === "AmazonSSM") {
    return { module: "mock-ssm-behaviours", exportName: "ssmBehaviours", operations: new Set(Object.keys(ssmBehaviours.operations)) };
  }
  if (p.kind === "rpc" && service.name.toUpperCase() === "SWAS" && service.apiVersion === "2020-06-01") {
    return { module: "mock-swas-behaviours", exportName: "swasBehaviours", operations: new Set(Object.keys(swasBehaviours.operations)) };
  }
  return undefined;
}
