// What the observer must look at for one project environment. Derived from the config alone, so the observer
// can run before (and independently of) the planner and both agree on resource group and VNet names.
import { createContext } from './resources/context.js';
import type { Catalog, ObserveScope, ProjectConfig } from './types.js';

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
    vnet: ctx.vnet ? { resourceGroup: ctx.vnet.resourceGroup, name: ctx.vnet.name } : undefined,
  };
}
