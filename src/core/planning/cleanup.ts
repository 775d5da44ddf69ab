// What removing a service deletes, step by step in the catalog's cleanup order, as resource ids. The ids come
// from what Azure holds under the service's tag, plus the untagged resources (role assignments, diagnostic
// settings, DNS zone groups, children) that the service would have, computed the same way as on create.
import { RESOURCE_GROUP_TYPE, subnetAzureName, type BuildContext } from '../resources/context.js';
import { DIAGNOSTIC_SETTINGS_TYPE } from '../resources/diagnostics.js';
import { isTracked } from '../resources/draft.js';
import { PRIVATE_ENDPOINT_TYPE } from '../resources/endpoints.js';
import { COSMOS_SQL_ROLE_ASSIGNMENT_TYPE, ROLE_ASSIGNMENT_TYPE } from '../resources/roles.js';
import { SUBNET_TYPE } from '../resources/subnets.js';
import { getPath } from '../resources/placeholders.js';
import { purgeRequested, whyNotPurgeable } from '../soft-delete.js';
import type {
  CleanupStep,
  DesiredResource,
  ObservedResource,
  ObservedState,
  PlanResource,
  ServiceDefinition,
  SubnetAllocation,
} from '../types.js';

const SOFT_DELETE_TYPES = new Set([
  'microsoft.keyvault/vaults',
  'microsoft.cognitiveservices/accounts',
  'microsoft.machinelearningservices/workspaces',
  'microsoft.apimanagement/service',
]);

const DEFAULT_CLEANUP: CleanupStep[] = [
  'roleAssignments',
  'diagnosticSettings',
  'privateEndpoints',
  'resource',
];

export interface CleanupInput {
  ctx: BuildContext;
  service: string;
  def: ServiceDefinition | undefined;
  /** Observed resources of ours tagged with this service. */
  owned: ObservedResource[];
  /** What the service would consist of if it were on (empty for a service the catalog no longer knows). */
  hypothetical: DesiredResource[];
  observedIds: Set<string>;
  observed: ObservedState;
  /** Subnets still allocated to enabled services: never released. */
  allocated: SubnetAllocation[];
  platformApiVersions: Record<string, string>;
  /** Subnets to release besides the service's own (an update's subnets no enabled service asks for any more). */
  extraSubnets?: string[];
  /** Ids (lower-case) an enabled service still wants: never removed, whoever created them first. */
  keep?: Set<string>;
}

export interface Cleanup {
  steps: { step: CleanupStep; resourceIds: string[]; note?: string }[];
  resources: PlanResource[];
}

export function planCleanup(input: CleanupInput): Cleanup {
  const { hypothetical, observedIds, owned } = input;
  const exists = (id: string) => observedIds.has(id.toLowerCase());
  const info = new Map<string, PlanResource>();
  const remember = (r: { id: string; type: string; name: string; apiVersion?: string }) => {
    const key = r.id.toLowerCase();
    if (!info.has(key))
      info.set(key, {
        id: r.id,
        type: r.type,
        name: r.name,
        apiVersion: r.apiVersion ?? apiVersionOf(input, r.type),
      });
  };
  for (const r of hypothetical) remember(r);
  for (const r of owned) remember(r);

  const ofRole = (role: DesiredResource['role']) => hypothetical.filter((r) => r.role === role);
  // What Azure holds for the service (tagged, or recorded by this tool's deployments), by cleanup step.
  const ownedIn = (step: CleanupStep) => owned.filter((r) => cleanupStepOf(r) === step).map((r) => r.id);

  const endpoints = unique([
    ...ownedIn('privateEndpoints'),
    ...ofRole('privateEndpoint')
      .filter((r) => exists(r.id))
      .map((r) => r.id),
  ]);
  const endpointSet = new Set(endpoints.map((id) => id.toLowerCase()));
  const topLevel = owned.filter((r) => cleanupStepOf(r) === 'resource');
  // Dependents first: reverse of the order the service creates its resources in.
  const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
  const resources = [...topLevel]
    .sort(
      (a, b) =>
        (createOrder.get(b.id.toLowerCase()) ?? -1) - (createOrder.get(a.id.toLowerCase()) ?? -1) ||
        cmp(a.id, b.id),
    )
    .map((r) => r.id);
  const resourceSet = new Set(resources.map((id) => id.toLowerCase()));
  const inRemoved = (id: string | undefined) => !!id && resourceSet.has(id.toLowerCase());
  // Extension resources are not listed by the observer: one exists when the resource it hangs off does.
  const scopeExists = (r: DesiredResource) =>
    inRemoved(r.scope) || (!!r.scope && exists(r.scope)) || exists(r.id);
  // A child exists when the observer saw it (deployment records, one-by-one GETs) or its top-level resource
  // goes with the service. Services made only of children (the capability host) have nothing else to delete.
  const childExists = (r: DesiredResource) =>
    exists(r.id) || resources.some((top) => r.id.toLowerCase().startsWith(`${top.toLowerCase()}/`));

  const softDeleted = softDeletedLeftovers(input, resources, info, hypothetical);
  const byStep: Record<CleanupStep, string[]> = {
    roleAssignments: [
      ...ofRole('roleAssignment')
        .filter(scopeExists)
        .map((r) => r.id),
      ...ownedIn('roleAssignments'),
    ],
    diagnosticSettings: [
      ...ofRole('diagnosticSettings')
        .filter(scopeExists)
        .map((r) => r.id),
      ...ownedIn('diagnosticSettings'),
    ],
    privateEndpoints: endpoints,
    dnsRecords: [
      ...hypothetical.filter((r) => r.role === 'dnsZone' && isZoneGroup(r.type)).map((r) => r.id),
      ...ownedIn('dnsRecords'),
    ].filter((id) => endpointSet.has(id.toLowerCase().split('/privatednszonegroups/')[0])),
    childResources: dependentsFirst(
      [...ofRole('child').filter(childExists), ...owned.filter((r) => cleanupStepOf(r) === 'childResources')],
      hypothetical,
    ),
    resource: resources,
    purgeSoftDeleted: softDeleted.purged,
    // The service's own subnets only where its catalog entry asks for their release; named ones always.
    waitSubnetRelease: [
      ...(cleanupOrder(input.def, false).includes('waitSubnetRelease') ? releasedSubnets(input) : []),
      ...(input.extraSubnets ?? []),
      ...ownedIn('waitSubnetRelease'),
    ],
  };
  return assemble(input, byStep, info, remember, softDeleted.notes);
}

/**
 * What the service leaves soft-deleted (vaults, Cognitive Services accounts…), and whether the plan purges it:
 * only where the environment's config asks for it (`purgeSoftDeleted`) and it can be purged. Either way the plan
 * says so on the step: purged (the name is free at once, nothing can be recovered), or kept recoverable under
 * its name for the retention days — re-enabling the service recovers it.
 */
function softDeletedLeftovers(
  input: CleanupInput,
  resources: string[],
  info: Map<string, PlanResource>,
  hypothetical: DesiredResource[],
): { purged: string[]; notes: Partial<Record<CleanupStep, string>> } {
  const def = input.def;
  const left = def?.softDelete
    ? resources.filter((id) => SOFT_DELETE_TYPES.has((info.get(id.toLowerCase())?.type ?? '').toLowerCase()))
    : [];
  if (!def?.softDelete || left.length === 0) return { purged: [], notes: {} };
  const names = left.map((id) => info.get(id.toLowerCase())?.name ?? id.split('/').pop()).join(', ');
  const setting = `environments.${input.ctx.env}.purgeSoftDeleted`;
  const protectedByBody = hypothetical.some(
    (r) =>
      left.some((id) => id.toLowerCase() === r.id.toLowerCase()) &&
      getPath(r.body, 'properties.enablePurgeProtection') === true,
  );
  const why = whyNotPurgeable(def) ?? (protectedByBody ? `${def.id} has purge protection on` : undefined);
  const purge =
    !why &&
    purgeRequested(input.ctx.envConfig, input.service) &&
    cleanupOrder(def).includes('purgeSoftDeleted');
  if (purge)
    return {
      purged: left,
      notes: {
        purgeSoftDeleted: `${names}: purged after the delete (${setting}): the name is free at once, nothing can be recovered`,
      },
    };
  const days = def.softDelete.retentionDays;
  const instead = why ? ` (${why})` : ` (to purge instead: ${setting}: [${input.service}])`;
  return {
    purged: [],
    notes: {
      resource: `${names}: stays soft-deleted and keeps its name for ${days} day${days === 1 ? '' : 's'}; re-enabling ${input.service} recovers it${instead}`,
    },
  };
}

/**
 * The cleanup step a resource Azure holds belongs to, by its type and place: extension resources, endpoints
 * and their DNS zone groups, subnets, children, or top-level resources.
 */
export function cleanupStepOf(r: { id: string; type: string; scope?: string }): CleanupStep | undefined {
  const type = r.type.toLowerCase();
  if (r.type === RESOURCE_GROUP_TYPE) return undefined;
  if (type === ROLE_ASSIGNMENT_TYPE.toLowerCase() || type === COSMOS_SQL_ROLE_ASSIGNMENT_TYPE.toLowerCase())
    return 'roleAssignments';
  if (type === DIAGNOSTIC_SETTINGS_TYPE.toLowerCase()) return 'diagnosticSettings';
  if (type === PRIVATE_ENDPOINT_TYPE.toLowerCase()) return 'privateEndpoints';
  if (isZoneGroup(r.type)) return 'dnsRecords';
  if (type === SUBNET_TYPE.toLowerCase()) return 'waitSubnetRelease';
  if (isTracked(r)) return 'resource';
  // Outside any resource group (a subscription's Defender plan): the service's own resource, not a child.
  if (!r.scope && !/\/resourceGroups\//i.test(r.id) && r.type.split('/').length === 2) return 'resource';
  return 'childResources';
}

const isZoneGroup = (type: string) =>
  type.toLowerCase().startsWith(`${PRIVATE_ENDPOINT_TYPE.toLowerCase()}/`);

/**
 * Deepest first, and among equals the reverse of the order they are created in (a capability host goes before
 * the connections it names): the executor deletes a step's children one after the other in this order.
 */
function dependentsFirst(children: { id: string }[], hypothetical: DesiredResource[]): string[] {
  const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
  return unique(children.map((r) => r.id)).sort(
    (a, b) =>
      b.split('/').length - a.split('/').length ||
      (createOrder.get(b.toLowerCase()) ?? -1) - (createOrder.get(a.toLowerCase()) ?? -1) ||
      cmp(a, b),
  );
}

function unique(ids: string[]): string[] {
  return [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
}

/** Steps in the service's cleanup order (empty ones left out) and the resources they name, each once. */
function assemble(
  input: CleanupInput,
  byStep: Record<CleanupStep, string[]>,
  info: Map<string, PlanResource>,
  remember: (r: { id: string; type: string; name: string; apiVersion?: string }) => void,
  notes: Partial<Record<CleanupStep, string>> = {},
): Cleanup {
  for (const id of byStep.waitSubnetRelease) {
    remember({
      id,
      type: SUBNET_TYPE,
      name: id
        .split('/')
        .slice(-3)
        .filter((_, i) => i !== 1)
        .join('/'),
    });
  }
  const order = cleanupOrder(input.def);
  const kept = (id: string) => input.keep?.has(id.toLowerCase()) ?? false;
  const steps = order
    .map((step) => ({
      step,
      resourceIds: unique(byStep[step] ?? []).filter((id) => !kept(id)),
      ...(notes[step] ? { note: notes[step] } : {}),
    }))
    .filter((s) => s.resourceIds.length > 0);
  const listed = new Set<string>();
  const planResources: PlanResource[] = [];
  for (const s of steps) {
    for (const id of s.resourceIds) {
      const key = id.toLowerCase();
      if (listed.has(key)) continue;
      listed.add(key);
      planResources.push(info.get(key)!);
    }
  }
  return { steps, resources: planResources };
}

/**
 * The catalog's cleanup order, completed: a step the catalog leaves out but that has something to delete (a
 * child-only service's role assignments, a service's recorded children) goes where the default order puts it,
 * so nothing Azure holds is left behind.
 */
function cleanupOrder(def: ServiceDefinition | undefined, complete = true): CleanupStep[] {
  const declared = def?.cleanup?.length ? def.cleanup : DEFAULT_CLEANUP;
  const out = [...declared];
  if (!complete) return out;
  for (const [i, step] of FULL_ORDER.entries()) {
    // Soft-delete purges happen only where the catalog asks for them.
    if (out.includes(step) || step === 'purgeSoftDeleted') continue;
    const next = FULL_ORDER.slice(i + 1).find((s) => out.includes(s));
    out.splice(next ? out.indexOf(next) : out.length, 0, step);
  }
  return out;
}

const FULL_ORDER: CleanupStep[] = [
  'roleAssignments',
  'diagnosticSettings',
  'privateEndpoints',
  'dnsRecords',
  'childResources',
  'resource',
  'purgeSoftDeleted',
  'waitSubnetRelease',
];

/** The service's own subnets that no enabled service still uses: released once what sat in them is gone. */
function releasedSubnets(input: CleanupInput): string[] {
  const vnet = input.ctx.vnet;
  if (!vnet || !input.def) return [];
  const stillUsed = new Set(input.allocated.map((a) => a.name.toLowerCase()));
  const mine = new Set(input.def.subnets.map((s) => subnetAzureName(input.ctx, s.name).toLowerCase()));
  return (input.observed.subnets ?? [])
    .filter((s) => !s.foreign && mine.has(s.name.toLowerCase()) && !stillUsed.has(s.name.toLowerCase()))
    .map((s) => `${vnet.id}/subnets/${s.name}`);
}

function apiVersionOf(input: CleanupInput, type: string): string {
  const lower = type.toLowerCase();
  const spec = input.def?.resources.find((r) => r.type.toLowerCase() === lower);
  if (spec) return spec.apiVersion;
  const platform = Object.entries(input.platformApiVersions ?? {}).find(([t]) => t.toLowerCase() === lower);
  return platform?.[1] ?? '';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
