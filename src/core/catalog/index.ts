// The service catalog: every service the tool can switch on, as data, plus the lookups the rest of the core
// uses. The data lives in one file per category under services/.
import type { Catalog, DiagnosticLevel, RegionInfo, ServiceDefinition } from '../types.js';
import { personas } from './personas.js';
import { platformApiVersions } from './platform.js';
import { regions } from './regions.js';
import { aiServices } from './services/ai.js';
import { dataServices } from './services/data.js';
import { foundationServices } from './services/foundation.js';
import { hostingServices } from './services/hosting.js';
import { integrationServices } from './services/integration.js';
import { securityServices } from './services/security.js';

/**
 * Today's diagnosticSettingLevel values, as the AI Factory defines them: gold sends every metric and log, silver
 * the key metrics and logs, bronze the essential ones. Each level sends all metrics; the logs are the audit
 * category group unless a resource's `levels` name the categories the AI Factory picks for its type.
 */
const diagnosticLevels: Record<string, DiagnosticLevel> = {
  gold: { logs: 'allLogs', metrics: true, description: 'every log category and all metrics (comprehensive)' },
  silver: {
    logs: 'audit',
    metrics: true,
    description: 'the audit and key operational logs per type, all metrics (balanced)',
  },
  bronze: { logs: 'audit', metrics: true, description: 'the essential logs per type, all metrics (basic)' },
};

export const catalog: Catalog = {
  version: 1,
  services: [
    ...foundationServices,
    ...aiServices,
    ...hostingServices,
    ...dataServices,
    ...integrationServices,
    ...securityServices,
  ],
  regions,
  environmentNames: { dev: 'dev', stage: 'test', test: 'test', prod: 'prod' },
  personas,
  platformApiVersions,
  diagnosticLevels,
  defaultDiagnosticLevel: 'gold',
};

export function getService(c: Catalog, id: string): ServiceDefinition | undefined {
  return c.services.find((s) => s.id === id);
}

/** Flag spellings compare without case, underscores and hyphens: enableAISearch = ENABLE_AI_SEARCH. */
function normalizeFlag(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/**
 * The service a flag name switches: its id (canonical) or one of today's names (`enableAISearch`,
 * `ENABLE_AI_SEARCH`), compared without case and underscores. A different-case id is accepted, not canonical.
 */
export function findServiceByFlagName(
  c: Catalog,
  name: string,
): { service: ServiceDefinition; canonical: boolean } | undefined {
  const exact = c.services.find((s) => s.id === name);
  if (exact) return { service: exact, canonical: true };
  const key = normalizeFlag(name);
  if (key === '') return undefined;
  const service = c.services.find(
    (s) => normalizeFlag(s.id) === key || s.aliases.some((alias) => normalizeFlag(alias) === key),
  );
  return service ? { service, canonical: false } : undefined;
}

/** A region by name (`swedencentral`), display name (`Sweden Central`) or short code (`sdc`), without case. */
export function findRegion(c: Catalog, name: string): RegionInfo | undefined {
  const key = name.trim().toLowerCase();
  const compact = key.replace(/\s+/g, '');
  return (
    c.regions.find((r) => r.name === compact) ??
    c.regions.find((r) => r.displayName.toLowerCase() === key) ??
    c.regions.find((r) => r.short === key)
  );
}
