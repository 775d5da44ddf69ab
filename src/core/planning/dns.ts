// Private DNS zones and the endpoints that use them. A zone holds the A-records of every endpoint whose zone
// group points at it: it stays while any of those endpoints stays (the desired state keeps the zones of a
// blocked delete), and its removal waits until the deletes of those zone groups are done.
import { DNS_ZONE_TYPE, ZONE_GROUP_TYPE } from '../resources/endpoints.js';
import type { CleanupStep } from '../types.js';

/** A resource as the planner knows it: desired (with a body) or observed (type only). */
interface ZoneGroupLike {
  id: string;
  type: string;
  body?: Record<string, unknown>;
}

const isType = (type: string, wanted: string) => type.toLowerCase() === wanted.toLowerCase();

/** The zones (lower-case ids) the zone groups among `resources` write records into. */
export function zonesUsedBy(resources: ZoneGroupLike[]): Set<string> {
  const zones = new Set<string>();
  for (const r of resources) {
    if (!isType(r.type, ZONE_GROUP_TYPE)) continue;
    const configs = (r.body?.properties as { privateDnsZoneConfigs?: unknown } | undefined)
      ?.privateDnsZoneConfigs;
    for (const config of Array.isArray(configs) ? configs : []) {
      const id = (config as { properties?: { privateDnsZoneId?: unknown } })?.properties?.privateDnsZoneId;
      if (typeof id === 'string' && id !== '') zones.add(id.toLowerCase());
    }
  }
  return zones;
}

/** Ids (lower-case) of zones among `ids`. */
export function zoneIds(ids: string[]): Set<string> {
  const zone = `/providers/${DNS_ZONE_TYPE.toLowerCase()}/`;
  return new Set(
    ids.map((id) => id.toLowerCase()).filter((id) => id.includes(zone) && !id.split(zone)[1].includes('/')),
  );
}

/**
 * The zones a delete's cleanup removes records from: those its deleted zone groups write into, read from what
 * the service would consist of (`resources`). Undefined when that is unknown (a service the catalog no longer
 * has) and the cleanup removes endpoints: any zone may be one of them.
 */
export function zonesOfCleanup(
  steps: { step: CleanupStep; resourceIds: string[] }[],
  resources: ZoneGroupLike[] | undefined,
): Set<string> | undefined {
  const groups = new Set(
    steps.filter((s) => s.step === 'dnsRecords').flatMap((s) => s.resourceIds.map((id) => id.toLowerCase())),
  );
  if (resources) return zonesUsedBy(resources.filter((r) => groups.has(r.id.toLowerCase())));
  return steps.some((s) => s.step === 'privateEndpoints' || s.step === 'dnsRecords') ? undefined : new Set();
}
