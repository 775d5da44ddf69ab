// Which services wait for which. Catalog edges (requires, implies, uses) and the structure every service
// shares (resource groups first; endpoints need the network and DNS; diagnostics need Log Analytics), plus
// every reference one service's resources make to another's.
import type { DesiredService, ServiceDefinition } from '../types.js';

export const STRUCTURE = {
  resourceGroups: 'resourceGroups',
  network: 'network',
  dns: 'privateDnsZones',
  logs: 'logAnalytics',
} as const;

/** Services `def` must wait for on create (only those present are kept by the caller). */
export function catalogNeeds(def: ServiceDefinition): string[] {
  const needs = [...def.requires, ...def.implies, ...def.uses];
  if (def.id !== STRUCTURE.resourceGroups) needs.push(STRUCTURE.resourceGroups);
  if (def.privateEndpoints.length > 0) needs.push(STRUCTURE.network, STRUCTURE.dns);
  if (def.subnets.length > 0) needs.push(STRUCTURE.network);
  if (def.diagnostics.length > 0) needs.push(STRUCTURE.logs);
  return needs.filter((n) => n !== def.id);
}

/** Services whose resources the given service's resources refer to (by id in `dependsOn`). */
export function resourceNeeds(service: DesiredService, ownerOf: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const r of service.resources) {
    for (const dep of r.dependsOn) {
      const owner = ownerOf.get(dep.toLowerCase());
      if (owner && owner !== service.id) out.add(owner);
    }
  }
  return [...out];
}
