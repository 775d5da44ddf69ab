// Settings one service needs on another's resource (ServiceDefinition.requiresSettings), e.g. purge protection on
// the vault that holds the customer-managed key: checked on the body the tool would deploy and, when the
// resource exists, on what Azure reports for it (an existing vault's purge protection cannot be assumed).
import type { Diagnostic, ObservedResource, ServiceDefinition } from '../types.js';
import type { Draft } from './draft.js';
import { getPath } from './placeholders.js';

export function requiredSettingsProblems(
  services: ServiceDefinition[],
  drafts: Draft[],
  observed: ObservedResource[],
): Diagnostic[] {
  const enabled = new Set(services.map((s) => s.id));
  const problems: Diagnostic[] = [];
  for (const service of services) {
    for (const need of service.requiresSettings ?? []) {
      const [owner, key] = need.resource.split('.');
      if (!enabled.has(owner)) continue; // `requires` reports a service that is off
      const draft = drafts.find((d) => d.service === owner && d.key === key);
      if (!draft) continue;
      const wanted = JSON.stringify(need.value);
      const desired = getPath(draft.body, need.path);
      if (JSON.stringify(desired) !== wanted) {
        problems.push({
          severity: 'error',
          code: 'catalog.requirement',
          message: `${service.id} needs ${need.path} = ${wanted} on ${need.resource}, but the catalog deploys ${JSON.stringify(desired ?? null)}: ${need.reason}`,
          hint: `set ${need.path} to ${wanted} in the ${owner} entry of the catalog, or switch ${service.id} off`,
        });
        continue;
      }
      const live = observed.find((r) => r.id.toLowerCase() === draft.id.toLowerCase());
      const reported = live?.properties ? reportedValue(live.properties, need.path) : undefined;
      if (reported !== undefined && JSON.stringify(reported) !== wanted) {
        problems.push({
          severity: 'error',
          code: 'catalog.requirement',
          message: `${service.id} needs ${need.path} = ${wanted} on ${need.resource}, but the existing ${draft.name} reports ${JSON.stringify(reported)}: ${need.reason}`,
          hint: `turn it on for ${draft.name} in Azure (purge protection cannot be turned off again), or switch ${service.id} off`,
        });
      }
    }
  }
  return problems;
}

/** Observers report properties as a flat map by dot path or as ARM's `properties` object. */
function reportedValue(props: Record<string, unknown>, path: string): unknown {
  if (path in props) return props[path];
  return path.startsWith('properties.')
    ? getPath(props, path.slice('properties.'.length))
    : getPath(props, path);
}
