// Settings Azure takes only when a resource is created (ResourceSpec.createOnly: whether a registry or an ML
// workspace is encrypted with a customer-managed key). The desired state writes what it creates a resource with
// into a tag, so the planner sees from a list call alone when an existing resource was created otherwise and an
// update cannot reach the desired state.
import type { ResourceSpec } from '../types.js';
import { getPath } from './placeholders.js';

export const TAG_CREATED_WITH = 'aifactory-created-with';

/** `path=value;…` for the create-only paths the body sets, in the spec's order; undefined when it sets none. */
export function createdWith(spec: Pick<ResourceSpec, 'createOnly'>, body: unknown): string | undefined {
  const parts = (spec.createOnly ?? []).flatMap((path) => {
    const value = getPath(body, path);
    if (value === undefined || value === null) return [];
    return [`${path}=${typeof value === 'string' ? value : JSON.stringify(value)}`];
  });
  return parts.length > 0 ? parts.join(';') : undefined;
}

/** The created-with tag of a live resource (tag names are case-insensitive in Azure). */
export function createdWithTag(tags: Record<string, string> | undefined): string | undefined {
  return Object.entries(tags ?? {}).find(([k]) => k.toLowerCase() === TAG_CREATED_WITH)?.[1];
}

/** Whether a live resource was created with the settings the desired body wants (values compared case-insensitively). */
export function createdAsDesired(
  desiredTags: Record<string, string> | undefined,
  liveTags: Record<string, string> | undefined,
): boolean {
  return (createdWithTag(desiredTags) ?? '').toLowerCase() === (createdWithTag(liveTags) ?? '').toLowerCase();
}
