// A resource while the desired state is being assembled: everything but the hash, which needs the final body.
import type { DesiredResource } from '../types.js';

export type Draft = Omit<DesiredResource, 'hash'>;

/** ARM id of a top-level resource in a resource group. */
export function resourceId(resourceGroupId: string, type: string, name: string): string {
  return `${resourceGroupId}/providers/${type}/${name}`;
}

/** ARM id of a child: the parent's id plus the child type's last segment and the child's own name. */
export function childId(parentId: string, childType: string, childName: string): string {
  const segment = childType.split('/').pop()!;
  return `${parentId}/${segment}/${childName}`;
}

/** ARM id of an extension resource (role assignment, diagnostic setting) on a target resource. */
export function extensionId(scopeId: string, type: string, name: string): string {
  return `${scopeId}/providers/${type}/${name}`;
}

/**
 * Resources this tool can recognise in a resource-group listing by their tags: top-level resources inside a
 * resource group (and resource groups themselves). Children, extension resources and subscription-level
 * resources are not returned by ARM's list-by-resource-group call and several cannot carry tags; they are
 * covered by the hash of their service's first main resource instead.
 */
export function isTracked(r: { type: string; id: string; scope?: string }): boolean {
  if (r.type === 'Microsoft.Resources/resourceGroups') return true;
  if (r.scope || !/\/resourceGroups\/[^/]+\/providers\//i.test(r.id)) return false;
  return r.type.split('/').length === 2 && !EXTENSION_TYPES.has(r.type.toLowerCase());
}

const EXTENSION_TYPES = new Set([
  'microsoft.authorization/roleassignments',
  'microsoft.insights/diagnosticsettings',
  'microsoft.authorization/locks',
]);
