// Catalog look-ups the config needs: services by flag name (ids and today's aliases), regions, and the
// option names a service's catalog entry reads. Kept to the catalog contract in types.ts.
import type { Catalog, RegionInfo, ServiceDefinition } from '../types.js';
import { suggest } from '../suggest.js';

/** The id matches exactly; today's aliases (enableAISearch, ENABLE_AI_SEARCH) match in any case. */
export function serviceByFlagName(
  catalog: Catalog,
  name: string,
): { service: ServiceDefinition; canonical: boolean } | undefined {
  const exact = catalog.services.find((s) => s.id === name);
  if (exact) return { service: exact, canonical: true };
  const lower = name.toLowerCase();
  const alias = catalog.services.find((s) => s.aliases.some((a) => a.toLowerCase() === lower));
  return alias ? { service: alias, canonical: false } : undefined;
}

export function serviceIds(catalog: Catalog): string[] {
  return catalog.services.map((s) => s.id);
}

/** The canonical id nearest to a misspelt flag, looking at ids and aliases alike. */
export function suggestService(catalog: Catalog, name: string): string | undefined {
  const choices = catalog.services.flatMap((s) => [s.id, ...s.aliases]);
  const guess = suggest(name, choices);
  return guess === undefined ? undefined : serviceByFlagName(catalog, guess)?.service.id;
}

export function regionByName(catalog: Catalog, name: string): RegionInfo | undefined {
  return catalog.regions.find((r) => r.name === name);
}

export function suggestRegion(catalog: Catalog, name: string): string | undefined {
  const byDisplay = catalog.regions.find((r) => r.displayName.toLowerCase() === name.toLowerCase());
  if (byDisplay) return byDisplay.name;
  return suggest(
    name,
    catalog.regions.map((r) => r.name),
  );
}

const PARAM = /\{\{param:([A-Za-z0-9_]+)/g;

/** Option names a service's resource bodies read through {{param:…}} and its forEach lists. */
export function catalogOptionNames(service: ServiceDefinition): string[] {
  const names = new Set<string>();
  for (const resource of service.resources) {
    if (resource.forEach) names.add(resource.forEach);
    for (const match of JSON.stringify(resource.body).matchAll(PARAM)) names.add(match[1]);
  }
  return [...names];
}
