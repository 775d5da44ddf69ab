// Re-creating a resource whose create-only settings (ResourceSpec.createOnly: a registry's or an ML workspace's
// customer-managed key) differ from what it was created with: its update deletes it first — with what hangs off
// it: role assignments and diagnostic settings on it, its private endpoints, its children — and then deploys it
// anew. Other services with resources on it redeploy theirs after it. Possible only where the name is free right
// after the delete: no soft delete, or a purge the environment allows.
import { getPath } from '../resources/placeholders.js';
import { purgeRequested, whyNotPurgeable } from '../soft-delete.js';
import type {
  CleanupStep,
  DesiredResource,
  DesiredState,
  EnvironmentConfig,
  PlanAction,
  ServiceDefinition,
} from '../types.js';

export interface Recreation {
  /** The cleanup that runs before the update deploys (the re-created resources and what hangs off them). */
  steps: NonNullable<PlanAction['cleanup']>;
  /** Other services with resources on a re-created one: they redeploy them after it. */
  dependents: string[];
  /** Why the name would stay taken after the delete; undefined when the re-creation can run. */
  impossible?: string;
}

/** How a user purges a soft-deleted leftover the tool does not purge (Azure CLI). */
const PURGE_BY_HAND: Record<NonNullable<ServiceDefinition['softDelete']>['kind'], string> = {
  machineLearningWorkspace: 'az ml workspace delete --permanently-delete',
  apiManagement: 'az apim deletedservice purge',
  keyVault: 'az keyvault purge, impossible while purge protection is on',
  cognitiveServices: 'az cognitiveservices account purge',
};

const STEP_ORDER: CleanupStep[] = [
  'roleAssignments',
  'diagnosticSettings',
  'privateEndpoints',
  'childResources',
  'resource',
  'purgeSoftDeleted',
];

export function planRecreation(input: {
  def: ServiceDefinition;
  recreate: DesiredResource[];
  desired: DesiredState;
  env: string;
  envConfig: EnvironmentConfig | undefined;
  /** Ids (lower-case) the observer saw: only what exists is deleted. */
  observedIds: Set<string>;
}): Recreation {
  const { def, recreate, desired, env } = input;
  const names = recreate.map((r) => r.name).join(', ');
  const soft = def.softDelete;
  if (soft && (whyNotPurgeable(def) !== undefined || !purgeRequested(input.envConfig, def.id))) {
    const purge =
      whyNotPurgeable(def) === undefined
        ? `add '${def.id}' to environments.${env}.purgeSoftDeleted so the delete purges it`
        : `this tool does not purge it: delete it and purge it yourself (${PURGE_BY_HAND[soft.kind]}), then plan again and it is created anew`;
    return {
      steps: [],
      dependents: [],
      impossible: `${def.title}: ${names} must be re-created to take settings Azure reads only at creation, but a deleted ${soft.kind} stays soft-deleted for ${soft.retentionDays} day(s) and keeps its name; ${purge}`,
    };
  }

  const all = desired.services.flatMap((s) => s.resources);
  const ownerOf = new Map(all.map((r) => [r.id.toLowerCase(), r.service]));
  const exists = (id: string) => input.observedIds.has(id.toLowerCase());
  const byStep = new Map<CleanupStep, string[]>(STEP_ORDER.map((s) => [s, []]));
  const add = (step: CleanupStep, id: string) => {
    const list = byStep.get(step)!;
    if (!list.some((x) => x.toLowerCase() === id.toLowerCase())) list.push(id);
  };
  for (const target of recreate) {
    const id = target.id.toLowerCase();
    const on = (r: DesiredResource) => r.scope?.toLowerCase() === id;
    const under = (r: DesiredResource) => r.id.toLowerCase().startsWith(`${id}/`);
    for (const r of all) {
      if (r.role === 'roleAssignment' && (on(r) || under(r))) add('roleAssignments', r.id);
      else if (r.role === 'diagnosticSettings' && on(r)) add('diagnosticSettings', r.id);
      else if (r.role === 'privateEndpoint' && endpointTargets(r).includes(id) && exists(r.id))
        add('privateEndpoints', r.id);
      else if (r.role === 'child' && under(r)) add('childResources', r.id);
    }
    add('resource', target.id);
    if (soft) add('purgeSoftDeleted', target.id);
  }
  // Children that name each other (connections before the host that uses them) go dependents first.
  byStep.get('childResources')!.reverse();
  const steps = STEP_ORDER.filter((s) => byStep.get(s)!.length > 0).map((step) => ({
    step,
    resourceIds: byStep.get(step)!,
    ...(step === 'resource'
      ? { note: `re-created by this update: Azure takes its ${createOnlyWords(def)} only when it is created` }
      : {}),
  }));
  const dependents = new Set<string>();
  for (const { resourceIds } of steps)
    for (const rid of resourceIds) {
      const owner = ownerOf.get(rid.toLowerCase());
      if (owner && owner !== def.id) dependents.add(owner);
    }
  return { steps, dependents: [...dependents].sort() };
}

/** The resources a private endpoint connects to (lower-case ids). */
function endpointTargets(r: DesiredResource): string[] {
  const connections = getPath(r.body, 'properties.privateLinkServiceConnections');
  if (!Array.isArray(connections)) return [];
  return connections
    .map((c) => getPath(c, 'properties.privateLinkServiceId'))
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.toLowerCase());
}

function createOnlyWords(def: ServiceDefinition): string {
  const paths = [...new Set(def.resources.flatMap((r) => r.createOnly ?? []))];
  return paths.join(', ');
}
