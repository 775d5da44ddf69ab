// What happens to a service's soft-deleted leftovers when it is removed, as the plan states it: purged (only where
// the environment allows it, and only what can be purged), or kept recoverable under its name for the
// retention days — re-enabling the service then recovers it, never a renamed new one.
import type { EnvironmentConfig, ServiceDefinition } from './types.js';

/** Soft-delete kinds this tool can purge (Key Vault: POST …/deletedVaults/{n}/purge; Cognitive Services: DELETE …/deletedAccounts/{n}). */
const PURGEABLE_KINDS = new Set(['keyVault', 'cognitiveServices']);

/** Why the service's leftovers can never be purged by this tool; undefined when they can. */
export function whyNotPurgeable(def: ServiceDefinition): string | undefined {
  const soft = def.softDelete;
  if (!soft) return `${def.id} leaves nothing soft-deleted when it is removed`;
  if (!PURGEABLE_KINDS.has(soft.kind))
    return `${def.id} is soft-deleted for ${soft.retentionDays} day(s) when removed, and this tool does not purge a ${soft.kind}`;
  if (soft.purgeProtection)
    return `${def.id} is created with purge protection: its deleted ${soft.kind} can never be purged (it is recovered when ${def.id} is re-enabled)`;
  return undefined;
}

/** Services of the catalog whose leftovers the tool can purge: the valid entries of `purgeSoftDeleted`. */
export function purgeableServices(services: ServiceDefinition[]): string[] {
  return services.filter((s) => whyNotPurgeable(s) === undefined).map((s) => s.id);
}

/** Whether the environment's config asks to purge the service's soft-deleted leftovers. */
export function purgeRequested(env: EnvironmentConfig | undefined, service: string): boolean {
  const list = env?.purgeSoftDeleted ?? [];
  return list.includes('all') || list.includes(service);
}
