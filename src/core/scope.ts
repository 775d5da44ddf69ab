// What the observer must look at for one project environment. Derived from the config alone, so the observer
// can run before (and independently of) the planner and both agree on resource group and VNet names.
import { buildDesired } from './desired.js';
import { isTracked } from './resources/draft.js';
import { createContext } from './resources/context.js';
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
    resources: untrackedOnly(config, env, catalog),
  };
}

/** The main and child resources of services that own no top-level resource: a list call cannot see them. */
function untrackedOnly(config: ProjectConfig, env: string, catalog: Catalog): ObserveScope['resources'] {
  const empty = {
    schemaVersion: 1 as const,
    subscriptionId: '',
    resourceGroups: [],
    resources: [],
    subnets: [],
    softDeleted: [],
  };
  const { state } = buildDesired(config, env, catalog, empty, { allowDestroy: [] });
  const out: NonNullable<ObserveScope['resources']> = [];
  for (const service of state.services) {
    if (service.resources.some((r) => isTracked(r))) continue;
    for (const r of service.resources) {
      if (r.role === 'main' || r.role === 'child')
        out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion });
    }
  }
  return out;
}
