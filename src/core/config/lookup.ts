// Catalog look-ups the config needs: services by flag name (ids and today's aliases), regions, and the
// option names a service reads.
import type { Catalog, RegionInfo, ServiceDefinition } from '../types.js';
import { findRegion, findServiceByFlagName } from '../catalog/index.js';
import { suggest } from '../suggest.js';

/** The id matches exactly (canonical); today's names (enableAISearch, ENABLE_AI_SEARCH) in any case. */
export const serviceByFlagName = findServiceByFlagName;

/** The canonical id nearest to a misspelt flag, looking at ids and aliases alike. */
export function suggestService(catalog: Catalog, name: string): string | undefined {
  const choices = catalog.services.flatMap((s) => [s.id, ...s.aliases]);
  const guess = suggest(name, choices);
  return guess === undefined ? undefined : serviceByFlagName(catalog, guess)?.service.id;
}

/** Only the region's name itself: it goes into the file as the one spelling names are built from. */
export function regionByName(catalog: Catalog, name: string): RegionInfo | undefined {
  return catalog.regions.find((r) => r.name === name);
}

/** A display name or short code ('Sweden Central', 'sdc') names its region; else the nearest name. */
export function suggestRegion(catalog: Catalog, name: string): string | undefined {
  return (
    findRegion(catalog, name)?.name ??
    suggest(
      name,
      catalog.regions.map((r) => r.name),
    )
  );
}

const PARAM = /\{\{param:([A-Za-z0-9_]+)/g;

/** Option names a service reads: its declared options, {{param:…}} placeholders and forEach lists. */
export function catalogOptionNames(service: ServiceDefinition): string[] {
  const names = new Set<string>((service.options ?? []).map((o) => o.name));
  for (const resource of service.resources) {
    if (resource.forEach) names.add(resource.forEach);
    for (const match of JSON.stringify(resource.body).matchAll(PARAM)) names.add(match[1]);
  }
  return [...names];
}
