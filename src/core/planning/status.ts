// Compares one enabled service with what exists: create (nothing of ours is there), update (something is
// missing or drifted), or noop (every resource is there, ours, with the desired hash). A resource with our
// name that is not ours is a conflict. One created with other settings than Azure takes only at creation must
// be re-created (`recreate`), which the planner guards.
import { canonicalJson } from '../hash.js';
import { RESOURCE_GROUP_TYPE } from '../resources/context.js';
import { createdAsDesired, createdWithTag } from '../resources/create-only.js';
import { isTracked } from '../resources/draft.js';
import { hasLateValue } from '../resources/late-values.js';
import { getPath } from '../resources/placeholders.js';
import type { Conflict, DesiredResource, DesiredService, ServiceDefinition } from '../types.js';
import { hashTag, isOurs, ownerOf, serviceTag, type ObservedIndex } from './ownership.js';

export interface ServiceStatus {
  action: 'create' | 'update' | 'noop';
  drift: string[];
  conflicts: Conflict[];
  /** Why a noop is not the usual "up to date" (a service with nothing of its own to deploy here). */
  note?: string;
  /** Existing resources created with other create-only settings (ResourceSpec.createOnly) than desired. */
  recreate: DesiredResource[];
}

interface Found {
  tags?: Record<string, string>;
  provisioningState?: string;
  properties?: Record<string, unknown>;
  location?: string;
}

function lookup(index: ObservedIndex, r: DesiredResource): Found | undefined {
  if (r.type === RESOURCE_GROUP_TYPE) {
    const g = index.groups.get(r.name.toLowerCase());
    return g?.exists ? { tags: g.tags } : undefined;
  }
  return index.byId.get(r.id.toLowerCase());
}

export function serviceStatus(
  service: DesiredService,
  def: ServiceDefinition | undefined,
  index: ObservedIndex,
  project: string,
  env: string,
): ServiceStatus {
  const drift: string[] = [];
  const conflicts: Conflict[] = [];
  const recreate: DesiredResource[] = [];
  // A service with nothing to deploy in this mode (private DNS zones where they are the hub's) has nothing
  // to create either: a create on every run would never converge.
  if (service.resources.length === 0)
    return {
      action: 'noop',
      drift,
      conflicts,
      recreate,
      note: 'nothing of its own to deploy in this network mode',
    };
  let tracked = service.resources.filter((r) => isTracked(r));
  // A service made only of child, extension or subscription-level resources (the Foundry capability host, the
  // customer-managed key with its role on the vault) is judged by all of them: the observer GETs each one
  // (ObserveScope.resources), so a role assignment deleted outside the tool is missing, not "recorded once".
  // Their names are deterministic, so being there is being right.
  if (tracked.length === 0) tracked = service.resources;
  // The anchor's hash also covers the service's untagged resources (desired.ts): when it differs because one
  // of those is new, say which, not just that a hash moved.
  const anchor = tracked.find((r) => isTracked(r) && r.role === 'main') ?? tracked.find((r) => isTracked(r));
  let present = 0;
  for (const r of tracked) {
    const found = lookup(index, r);
    if (!found) {
      if (isTracked(r)) drift.push(`${r.name} (${r.type}) is missing`);
      continue;
    }
    if (isTracked(r) && !isOurs(found.tags, project, env)) {
      conflicts.push({
        service: service.id,
        resourceId: r.id,
        reason: `${r.type} '${r.name}' already exists and is not this project's: ${ownerOf(found.tags)}. It is never changed; rename or remove it, or change project.prefix`,
      });
      // Ours is missing even though something holds its name: the service is not up to date.
      drift.push(`${r.name} (${r.type}) is someone else's resource, not this project's`);
      continue;
    }
    present++;
    if (!isTracked(r)) {
      // Untagged resources fetched one by one (a subscription's Defender plan) report their properties: a plan
      // set back to Free is drift, not "there".
      drift.push(...keyPropertyDrift(r, def, found));
      continue;
    }
    const owner = serviceTag(found.tags);
    if (owner !== service.id)
      drift.push(`${r.name}: tagged for service '${owner ?? '(none)'}', expected '${service.id}'`);
    const hash = hashTag(found.tags);
    if (hash !== r.hash) drift.push(hashDrift(r, r === anchor ? newUntracked(service, index) : [], hash));
    if (found.provisioningState && /^(failed|canceled)$/i.test(found.provisioningState)) {
      drift.push(`${r.name}: provisioning state is ${found.provisioningState}`);
    }
    drift.push(...keyPropertyDrift(r, def, found));
    if (!createdAsDesired(r.body.tags as Record<string, string> | undefined, found.tags)) {
      recreate.push(r);
      const want = createdWithTag(r.body.tags as Record<string, string> | undefined) ?? 'none of them';
      const have = createdWithTag(found.tags) ?? 'none of them';
      drift.push(
        `${r.name}: was created with ${have}, desired ${want}; Azure takes these settings only when it is created, so it must be re-created`,
      );
    }
  }
  if (present === 0) return { action: 'create', drift: [], conflicts, recreate: [] };
  if (present < tracked.length && !tracked.some((r) => isTracked(r))) {
    for (const r of tracked) if (!lookup(index, r)) drift.push(`${r.name} (${r.type}) is missing`);
  }
  return { action: drift.length > 0 ? 'update' : 'noop', drift, conflicts, recreate };
}

/** Untagged resources of the service (role assignments, children, settings) that Azure does not have yet. */
function newUntracked(service: DesiredService, index: ObservedIndex): DesiredResource[] {
  return service.resources.filter((r) => !isTracked(r) && !lookup(index, r));
}

/** Why a tagged resource's hash differs: what it gains, or that its configuration changed (with both hashes). */
function hashDrift(r: DesiredResource, added: DesiredResource[], hash: string | undefined): string {
  const was = `hash ${hash ?? 'absent'}, desired ${r.hash}`;
  if (added.length === 0) return `${r.name}: configuration differs from what was deployed (${was})`;
  const shown = added.slice(0, 3).map(describeResource);
  const more = added.length > shown.length ? ` and ${added.length - shown.length} more` : '';
  return `${r.name}: adds ${shown.join(', ')}${more} (${was})`;
}

/** `roleAssignments 1a2b… on accounts/aoai-…`: the type's last segment, the name, and what it sits on. */
function describeResource(r: DesiredResource): string {
  const kind = r.type.split('/').pop();
  const name = r.name.split('/').pop();
  const on = r.scope ? ` on ${r.scope.split('/').slice(-2).join('/')}` : '';
  return `${kind} ${name}${on}`;
}

/** Key properties of the catalog spec whose observed value differs from the desired body. */
function keyPropertyDrift(r: DesiredResource, def: ServiceDefinition | undefined, found: Found): string[] {
  const spec = def?.resources.find((s) => s.key === r.key.split(':')[0]);
  if (!spec?.keyProperties || !found.properties) return [];
  const out: string[] = [];
  for (const path of spec.keyProperties) {
    const want = getPath(r.body, path);
    const have = observedValue(found, path);
    // A value known only after apply is whatever the live resource was given: never drift by itself.
    if (have === undefined || want === undefined || hasLateValue(want)) continue;
    if (!matchesDesired(have, want)) {
      out.push(`${r.name}: ${path} is ${JSON.stringify(have)}, desired ${JSON.stringify(want)}`);
    }
  }
  return out;
}

/**
 * Whether a live value says what the desired body says. Azure answers with more than it was sent (defaults it
 * fills into objects, array elements) and spells enum values in its own case: only what the body sets counts,
 * strings case-insensitively, arrays element by element with the same length.
 */
function matchesDesired(have: unknown, want: unknown): boolean {
  if (typeof want === 'string' && hasLateValue(want)) return true;
  if (typeof want === 'string' && typeof have === 'string') return want.toLowerCase() === have.toLowerCase();
  if (Array.isArray(want))
    return (
      Array.isArray(have) && have.length === want.length && want.every((w, i) => matchesDesired(have[i], w))
    );
  if (typeof want === 'object' && want !== null) {
    if (typeof have !== 'object' || have === null || Array.isArray(have)) return false;
    const live = have as Record<string, unknown>;
    return Object.entries(want).every(([k, w]) => matchesDesired(live[k], w));
  }
  return canonicalJson(have) === canonicalJson(want);
}

/**
 * Observers report key properties either as a flat map by dot path (`{"sku.name": "S1"}`) or as ARM's
 * `properties` object; both are read.
 */
function observedValue(found: Found, path: string): unknown {
  const props = found.properties as Record<string, unknown>;
  if (path in props) return props[path];
  if (path.startsWith('properties.')) return getPath(props, path.slice('properties.'.length));
  if (path === 'location') return found.location;
  return getPath(props, path);
}
