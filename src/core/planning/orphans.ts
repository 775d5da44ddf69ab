// What an enabled service created but no longer wants: a model deployment taken out of the config, a persona's
// role assignment whose group was removed, a subnet no service asks for. Only what carries our tags or sits in
// our deployment records is considered; the update removes it, in the service's cleanup order.
import { RESOURCE_GROUP_TYPE, type BuildContext } from '../resources/context.js';
import type {
  DesiredService,
  ObservedResource,
  ObservedState,
  PlanResource,
  ServiceDefinition,
  SubnetAllocation,
} from '../types.js';
import { cleanupStepOf, planCleanup, type Cleanup } from './cleanup.js';
import { isOurs, serviceTag } from './ownership.js';

export interface OrphanInput {
  ctx: BuildContext;
  service: DesiredService;
  def: ServiceDefinition;
  observed: ObservedState;
  /** Every id (lower-case) some enabled service wants. */
  wanted: Set<string>;
  allocated: SubnetAllocation[];
  /** Subnet ids (lower-case) a deleted service's cleanup already releases. */
  releasedElsewhere: Set<string>;
  /** The service that owns the environment's subnet resources (`network` when on). */
  subnetOwner: string | undefined;
  platformApiVersions: Record<string, string>;
}

export interface Orphans extends Cleanup {
  /** Drift lines, one per resource removed. */
  drift: string[];
  /** Resources whose removal destroys data (children of a data-bearing service). */
  dataBearing: PlanResource[];
}

export function findOrphans(input: OrphanInput): Orphans | undefined {
  const { ctx, service, observed, wanted } = input;
  const owned: ObservedResource[] = (observed.resources ?? []).filter(
    (r) =>
      r.type !== RESOURCE_GROUP_TYPE &&
      isOurs(r.tags, ctx.project, ctx.env) &&
      serviceTag(r.tags) === service.id &&
      !wanted.has(r.id.toLowerCase()),
  );
  const subnets = service.id === input.subnetOwner ? orphanSubnets(input) : [];
  if (owned.length === 0 && subnets.length === 0) return undefined;
  const cleanup = planCleanup({
    ctx,
    service: service.id,
    def: input.def,
    owned,
    hypothetical: [],
    observedIds: new Set((observed.resources ?? []).map((r) => r.id.toLowerCase())),
    observed,
    allocated: input.allocated,
    platformApiVersions: input.platformApiVersions,
    extraSubnets: subnets,
    keep: wanted,
  });
  if (cleanup.resources.length === 0) return undefined;
  const drift = cleanup.resources.map(
    (r) => `${r.name} (${r.type}) is no longer wanted: the update removes it`,
  );
  // Catalog resources (not the endpoints, DNS records, role assignments and subnets generated around them) of a
  // service that holds data are data too: a Cosmos DB database taken out of the config is destroyed with it.
  const dataBearing = input.def.dataBearing
    ? cleanup.resources.filter((r) => {
        const step = cleanupStepOf(r);
        return step === 'resource' || step === 'childResources';
      })
    : [];
  return { ...cleanup, drift, dataBearing };
}

/** Our subnets in the VNet that no enabled service asks for and no deleted service's cleanup releases. */
function orphanSubnets(input: OrphanInput): string[] {
  const vnet = input.ctx.vnet;
  if (!vnet) return [];
  const prefix = `snt-${input.ctx.project}-`.toLowerCase();
  const allocated = new Set(input.allocated.map((a) => a.name.toLowerCase()));
  return (input.observed.subnets ?? [])
    .filter(
      (s) => !s.foreign && s.name.toLowerCase().startsWith(prefix) && !allocated.has(s.name.toLowerCase()),
    )
    .map((s) => `${vnet.id}/subnets/${s.name}`)
    .filter((id) => !input.releasedElsewhere.has(id.toLowerCase()));
}
