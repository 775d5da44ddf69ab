import { isTracked } from '../../src/core/resources/draft.js';
import type { DesiredState, ObservedState } from '../../src/core/types.js';

export function observedFromDesired(desired: DesiredState): ObservedState {
  const resources = desired.services.flatMap((s) =>
    s.resources
      .filter((r) => isTracked(r) && r.type !== 'Microsoft.Resources/resourceGroups')
      .map((r) => ({
        id: r.id,
        type: r.type,
        name: r.name,
        resourceGroup: r.resourceGroup,
        location: desired.location,
        tags: { ...(r.body.tags as Record<string, string>) },
        provisioningState: 'Succeeded',
      })),
  );
  const groups = desired.services
    .flatMap((s) => s.resources)
    .filter((r) => r.type === 'Microsoft.Resources/resourceGroups')
    .map((r) => ({ name: r.name, exists: true, tags: { ...(r.body.tags as Record<string, string>) } }));
  return {
    schemaVersion: 1,
    subscriptionId: desired.subscriptionId,
    resourceGroups: groups,
    resources,
    subnets: desired.subnets.map((s) => ({ name: s.name, addressPrefix: s.prefix, foreign: false })),
    softDeleted: [],
  };
}
