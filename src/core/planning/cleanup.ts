// What removing a service deletes, step by step in the catalog's cleanup order, as resource ids. The ids come
// from what Azure holds under the service's tag, plus the untagged resources (role assignments, diagnostic
// settings, DNS zone groups, children) that the service would have, computed the same way as on create.
import { RESOURCE_GROUP_TYPE, subnetAzureName, type BuildContext } from '../resources/context.js';
import { isTracked } from '../resources/draft.js';
import { PRIVATE_ENDPOINT_TYPE } from '../resources/endpoints.js';
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
}

export interface Cleanup {
  steps: { step: CleanupStep; resourceIds: string[] }[];
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
  const ownedOfType = (type: string) => owned.filter((r) => r.type.toLowerCase() === type.toLowerCase());
  const unique = (ids: string[]) => [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];

  const endpoints = unique([
    ...ownedOfType(PRIVATE_ENDPOINT_TYPE).map((r) => r.id),
    ...ofRole('privateEndpoint')
      .filter((r) => exists(r.id))
      .map((r) => r.id),
  ]);
  const endpointSet = new Set(endpoints.map((id) => id.toLowerCase()));
  const topLevel = owned.filter(
    (r) =>
      isTracked(r) &&
      r.type !== RESOURCE_GROUP_TYPE &&
      r.type.toLowerCase() !== PRIVATE_ENDPOINT_TYPE.toLowerCase(),
  );
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

  const byStep: Record<CleanupStep, string[]> = {
    roleAssignments: ofRole('roleAssignment')
      .filter(scopeExists)
      .map((r) => r.id),
    diagnosticSettings: ofRole('diagnosticSettings')
      .filter(scopeExists)
      .map((r) => r.id),
    privateEndpoints: endpoints,
    dnsRecords: hypothetical
      .filter(
        (r) =>
          r.role === 'dnsZone' && r.type.toLowerCase().startsWith(`${PRIVATE_ENDPOINT_TYPE.toLowerCase()}/`),
      )
      .filter((r) => endpointSet.has(r.id.toLowerCase().split('/privatednszonegroups/')[0]))
      .map((r) => r.id),
    childResources: ofRole('child')
      .filter((r) => resources.some((top) => r.id.toLowerCase().startsWith(`${top.toLowerCase()}/`)))
      .sort((a, b) => b.id.split('/').length - a.id.split('/').length || cmp(a.id, b.id))
      .map((r) => r.id),
    resource: resources,
    purgeSoftDeleted: input.def?.softDelete
      ? resources.filter((id) =>
          SOFT_DELETE_TYPES.has((info.get(id.toLowerCase())?.type ?? '').toLowerCase()),
        )
      : [],
    waitSubnetRelease: releasedSubnets(input),
  };
  for (const id of byStep.waitSubnetRelease) {
    remember({
      id,
      type: 'Microsoft.Network/virtualNetworks/subnets',
      name: id
        .split('/')
        .slice(-3)
        .filter((_, i) => i !== 1)
        .join('/'),
    });
  }

  const order = input.def?.cleanup?.length ? input.def.cleanup : DEFAULT_CLEANUP;
  const steps = order
    .map((step) => ({ step, resourceIds: unique(byStep[step] ?? []) }))
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
