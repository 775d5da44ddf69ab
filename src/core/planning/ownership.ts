// Who owns what Azure holds: a resource is ours only when it carries this tool's managed-by tag and the
// project's and environment's tags. Everything else is foreign: never updated, never deleted.
import {
  MANAGED_BY,
  TAG_ENVIRONMENT,
  TAG_HASH,
  TAG_MANAGED_BY,
  TAG_PROJECT,
  TAG_SERVICE,
} from '../resources/context.js';
import type { ObservedResource, ObservedState } from '../types.js';

/** Tag lookup without regard to case: Azure keeps the case a tag was written with but compares without it. */
export function tag(tags: Record<string, string> | undefined, key: string): string | undefined {
  if (!tags) return undefined;
  if (key in tags) return tags[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(tags)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export function isOurs(tags: Record<string, string> | undefined, project: string, env: string): boolean {
  return (
    tag(tags, TAG_MANAGED_BY) === MANAGED_BY &&
    tag(tags, TAG_PROJECT) === project &&
    tag(tags, TAG_ENVIRONMENT) === env
  );
}

export const serviceTag = (tags: Record<string, string> | undefined) => tag(tags, TAG_SERVICE);
export const hashTag = (tags: Record<string, string> | undefined) => tag(tags, TAG_HASH);

/** Observed resources and resource groups by lower-cased id. */
export interface ObservedIndex {
  byId: Map<string, ObservedResource>;
  groups: Map<string, { name: string; exists: boolean; tags?: Record<string, string> }>;
}

export function indexObserved(observed: ObservedState): ObservedIndex {
  const byId = new Map<string, ObservedResource>();
  for (const r of observed.resources ?? []) byId.set(r.id.toLowerCase(), r);
  const groups = new Map<string, { name: string; exists: boolean; tags?: Record<string, string> }>();
  for (const g of observed.resourceGroups ?? []) groups.set(g.name.toLowerCase(), g);
  return { byId, groups };
}

/** Describes a foreign resource's owner for a conflict message. */
export function ownerOf(tags: Record<string, string> | undefined): string {
  const by = tag(tags, TAG_MANAGED_BY);
  if (!by) return 'it carries no aifactory-managed-by tag';
  if (by !== MANAGED_BY) return `it is managed by '${by}'`;
  return `it belongs to project '${tag(tags, TAG_PROJECT) ?? '?'}' environment '${tag(tags, TAG_ENVIRONMENT) ?? '?'}'`;
}
