// What the observer must look at for one project environment. Derived from the config alone, so the observer
// can run before (and independently of) the planner and both agree on resource group and VNet names.
import { buildDesired } from './desired.js';
import { isTracked } from './resources/draft.js';
import { RESOURCE_GROUP_TYPE, createContext } from './resources/context.js';
import type { Catalog, ObserveScope, ProjectConfig } from './types.js';

/** The tenant id the local emulator reports (and writes into Key Vault bodies): plans against it need no other. */
export const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000e0e0';

export function observeScope(config: ProjectConfig, env: string, catalog: Catalog): ObserveScope {
  const ctx = createContext(config, env, catalog);
  const groups = [ctx.resourceGroups.project.name, ctx.resourceGroups.common.name];
  if (ctx.vnet && !groups.includes(ctx.vnet.resourceGroup)) groups.push(ctx.vnet.resourceGroup);
  return {
    subscriptionId: ctx.subscriptionId,
    project: ctx.project,
    environment: env,
    location: ctx.location,
    resourceGroups: groups,
    // Children and extension resources live with the services: in the project's and the common group.
    recordGroups: [...new Set([ctx.resourceGroups.project.name, ctx.resourceGroups.common.name])],
    vnet: ctx.vnet ? { resourceGroup: ctx.vnet.resourceGroup, name: ctx.vnet.name } : undefined,
    resources: [...untrackedOnly(config, env, catalog), ...subscriptionLevel(config, env, catalog)],
    keyProperties: keyPropertiesByType(catalog),
  };
}

/** Every catalog resource type with key properties, and the union of its paths over the services using it. */
function keyPropertiesByType(catalog: Catalog): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const service of catalog.services)
    for (const r of service.resources)
      if (r.keyProperties?.length) out[r.type] = [...new Set([...(out[r.type] ?? []), ...r.keyProperties])];
  return out;
}

const EMPTY = {
  schemaVersion: 1 as const,
  subscriptionId: '',
  resourceGroups: [],
  resources: [],
  subnets: [],
  softDeleted: [],
};

/**
 * Every resource of services that own no top-level resource (children, role assignments): a list call cannot see
 * them, and a deployment record only says they were deployed once, not that they are still there.
 */
function untrackedOnly(config: ProjectConfig, env: string, catalog: Catalog): Entry[] {
  const { state } = buildDesired(config, env, catalog, EMPTY, { allowDestroy: [] });
  const out: Entry[] = [];
  for (const service of state.services) {
    if (service.resources.some((r) => isTracked(r))) continue;
    for (const r of service.resources) {
      if (!isSubscriptionLevel(r))
        out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
    }
  }
  return out;
}

/**
 * Subscription-level resources (outside any resource group, e.g. the Defender for AI pricing) of every catalog
 * service available in this network mode, on or off: the config being planned no longer names a switched-off
 * one, yet its resource must be seen to be deleted. They are few, one GET each.
 */
function subscriptionLevel(config: ProjectConfig, env: string, catalog: Catalog): Entry[] {
  const candidates = catalog.services
    .filter((s) => !s.modes || s.modes.includes(config.network.mode))
    .filter((s) =>
      s.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== RESOURCE_GROUP_TYPE),
    )
    .map((s) => s.id);
  if (candidates.length === 0) return [];
  const { state } = buildDesired(config, env, catalog, EMPTY, { allowDestroy: [] }, candidates);
  const out: Entry[] = [];
  for (const service of state.services) {
    if (!candidates.includes(service.id)) continue;
    for (const r of service.resources)
      if (isSubscriptionLevel(r))
        out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
  }
  return out;
}

type Entry = NonNullable<ObserveScope['resources']>[number];

function isSubscriptionLevel(r: { id: string; type: string }): boolean {
  return r.type !== RESOURCE_GROUP_TYPE && !/\/resourceGroups\//i.test(r.id);
}
