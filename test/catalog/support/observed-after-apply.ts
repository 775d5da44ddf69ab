// What the observer would report right after a successful apply of a desired state, closer to src/azure/observe.ts
// than test/core/observed-from-desired.ts: besides the tracked resources (listed per resource group, with their
// tags), the child and extension resources this tool deployed under a tracked resource of ours (read back from
// its per-service deployments, carrying the deployment's owner and service tags, no hash), and the resources
// ObserveScope.resources names for services that own no top-level resource (fetched one by one, all of them).
import { TAG_SERVICE } from '../../../src/core/resources/context.js';
import { isTracked } from '../../../src/core/resources/draft.js';
import type { DesiredState, ObserveScope, ObservedResource, ObservedState } from '../../../src/core/types.js';
import { observedFromDesired } from '../../core/observed-from-desired.js';

const TOP_LEVEL = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+)/i;

/** `scope`: what the next run's observer looks at (observeScope of the config it plans); default: everything. */
export function observedAfterApply(desired: DesiredState, scope?: ObserveScope): ObservedState {
  const fetched = scope && new Set((scope.resources ?? []).map((r) => r.id.toLowerCase()));
  const base = observedFromDesired(desired);
  const ours = new Set(base.resources.map((r) => r.id.toLowerCase()));
  const extra: ObservedResource[] = [];
  const seen = new Set(ours);
  const report = (r: DesiredState['services'][number]['resources'][number], service: string) => {
    if (seen.has(r.id.toLowerCase())) return;
    seen.add(r.id.toLowerCase());
    extra.push({
      id: r.id,
      type: r.type,
      name: r.name.split('/').pop() ?? r.name,
      resourceGroup: r.resourceGroup,
      tags: { ...desired.ownershipTags, [TAG_SERVICE]: service },
      provisioningState: 'Succeeded',
    });
  };
  for (const service of desired.services) {
    const childOnly = !service.resources.some((r) => isTracked(r));
    for (const r of service.resources) {
      if (isTracked(r)) continue;
      const top = TOP_LEVEL.exec(r.id)?.[1];
      if (top && ours.has(top.toLowerCase())) report(r, service.id);
      else if (childOnly && (!fetched || fetched.has(r.id.toLowerCase()))) report(r, service.id);
    }
  }
  return { ...base, resources: [...base.resources, ...extra] };
}
