// Reads the live state of one project environment: one list call per resource group in scope, plus a constant
// few: the subscription's resource groups, this tool's deployment records in the project's and the common
// group (for the child resources ARM does not list; skipped where a group holds nothing of ours), the VNet,
// soft-deleted vaults and accounts.
// Ownership is by the tags this tool writes; anything else is reported as found and left to the planner
// to call foreign.
//
// Subnets carry no tags. A subnet counts as ours when the network security group attached to it is one of
// our tagged resources (every subnet this tool creates gets the project's NSG), or when the whole VNet is
// ours (standalone mode). Everything else in the VNet — the platform's and other projects' subnets — is
// foreign: the allocator avoids it and the planner never touches it.
import type {
  ObserveScope,
  ObservedResource,
  ObservedSoftDeleted,
  ObservedState,
  ObservedSubnet,
} from '../core/types.js';
import { LOCAL_TENANT_ID } from '../core/scope.js';
import type { ArmContext } from './clients.js';
import { isNotFound } from './errors.js';
import { parseResourceId } from './ids.js';
import { withRetry } from './retry.js';
import { deploymentName } from './template.js';

export const TAG_MANAGED_BY = 'aifactory-managed-by';
export const MANAGED_BY = 'aifactory-flags';
export const TAG_PROJECT = 'aifactory-project';
export const TAG_ENVIRONMENT = 'aifactory-environment';

export function isOurs(
  tags: Record<string, string> | undefined,
  project: string,
  environment: string,
): boolean {
  if (!tags) return false;
  const get = (k: string) => Object.entries(tags).find(([key]) => key.toLowerCase() === k)?.[1];
  return (
    get(TAG_MANAGED_BY) === MANAGED_BY && get(TAG_PROJECT) === project && get(TAG_ENVIRONMENT) === environment
  );
}

/** Where the tenant of an Azure context comes from (the credential's token), registered by whoever built it. */
const tenantSources = new WeakMap<ArmContext, () => Promise<string | undefined>>();

/** Lets `observe` report the tenant of an Azure context: the session that holds the credential registers it. */
export function rememberTenantSource(ctx: ArmContext, source: () => Promise<string | undefined>): void {
  tenantSources.set(ctx, source);
}

/** The tenant the target stands for: the emulator's constant locally, on Azure the registered source's answer. */
export async function targetTenant(ctx: ArmContext): Promise<string | undefined> {
  if (ctx.target === 'local') return LOCAL_TENANT_ID;
  try {
    return await tenantSources.get(ctx)?.();
  } catch {
    // A credential that cannot give a token fails the observe itself, with its own message.
    return undefined;
  }
}

export async function observe(ctx: ArmContext, scope: ObserveScope): Promise<ObservedState> {
  const wanted = new Map(scope.resourceGroups.map((name) => [name.toLowerCase(), name]));
  const existing = new Map<string, { name: string; tags: Record<string, string>; location?: string }>();
  await withRetry(async () => {
    existing.clear();
    for await (const rg of ctx.resources.resourceGroups.list()) {
      if (rg.name && wanted.has(rg.name.toLowerCase()))
        existing.set(rg.name.toLowerCase(), { name: rg.name, tags: rg.tags ?? {}, location: rg.location });
    }
  }, ctx.retry);

  const resources: ObservedResource[] = [];
  const listedAll: Listed[] = [];
  const deployedAt = new Map<string, number>();
  // Deployment records are read in a fixed few groups, not in every group looked at: a constant number of calls.
  const recordGroups = new Set(
    (scope.recordGroups ?? scope.resourceGroups.slice(0, 1)).map((name) => name.toLowerCase()),
  );
  const groups = await Promise.all(
    scope.resourceGroups.map(async (name) => {
      const found = existing.get(name.toLowerCase());
      if (!found) return { name, exists: false };
      try {
        const listed = await listGroup(ctx, found.name);
        listedAll.push(...listed);
        resources.push(...listed.map((l) => l.resource));
        if (recordGroups.has(name.toLowerCase())) {
          const records = await readRecords(
            ctx,
            found.name,
            scope,
            listed.map((l) => l.resource),
          );
          resources.push(...records.children);
          for (const [id, at] of records.deployedAt)
            deployedAt.set(id, Math.max(at, deployedAt.get(id) ?? 0));
        }
        return { name: found.name, exists: true, tags: found.tags };
      } catch (error) {
        // Deleted between the two calls.
        if (isNotFound(error)) return { name, exists: false };
        throw error;
      }
    }),
  );

  await readKeyProperties(ctx, scope, listedAll, deployedAt);
  // What the scope names is read one by one even where a deployment record lists it: the record says it was
  // deployed once, the GET says whether it is still there (a role assignment deleted outside the tool).
  const fetched = await fetchListed(
    ctx,
    scope,
    listedAll.map((l) => l.resource),
  );
  const named = new Set((scope.resources ?? []).map((r) => r.id.toLowerCase()));
  const listedIds = new Set(listedAll.map((l) => l.resource.id.toLowerCase()));
  for (let i = resources.length - 1; i >= 0; i--) {
    const id = resources[i].id.toLowerCase();
    if (named.has(id) && !listedIds.has(id)) resources.splice(i, 1);
  }
  resources.push(...fetched);
  const subnets = scope.vnet ? await observeSubnets(ctx, scope, resources) : [];
  const softDeleted = await observeSoftDeleted(ctx, scope.location);
  const tenantId = await targetTenant(ctx);
  return {
    schemaVersion: 1,
    subscriptionId: scope.subscriptionId,
    resourceGroups: groups,
    resources: resources.sort((a, b) => a.id.localeCompare(b.id)),
    subnets,
    softDeleted,
    ...(tenantId ? { tenantId } : {}),
  };
}

/** One entry of a resource group's list: what the planner sees, and what decides whether to read more. */
interface Listed {
  resource: ObservedResource;
  sku?: unknown;
  kind?: string;
  /** When ARM last saw the resource written (any write: properties, tags), if it said. */
  changedAt?: number;
}

async function listGroup(ctx: ArmContext, resourceGroup: string): Promise<Listed[]> {
  return withRetry(async () => {
    const out: Listed[] = [];
    for await (const r of ctx.resources.resources.listByResourceGroup(resourceGroup, {
      // createdTime/changedTime/provisioningState come only when asked for (Resources - List By Resource Group).
      expand: 'createdTime,changedTime,provisioningState',
    })) {
      if (!r.id || !r.type || !r.name) continue;
      const changed = r.changedTime ? new Date(r.changedTime).getTime() : NaN;
      out.push({
        resource: {
          id: r.id,
          type: r.type,
          name: r.name,
          resourceGroup,
          location: r.location,
          tags: r.tags ?? {},
          ...(r.provisioningState ? { provisioningState: r.provisioningState } : {}),
        },
        ...(r.sku ? { sku: r.sku } : {}),
        ...(r.kind ? { kind: r.kind } : {}),
        ...(Number.isFinite(changed) ? { changedAt: changed } : {}),
      });
    }
    return out;
  }, ctx.retry);
}

/**
 * Child and extension resources (Foundry projects and connections, capability hosts, role assignments,
 * diagnostic settings) are not in a resource group's list, and cannot carry tags of their own. What this tool
 * deployed is recorded by ARM in its per-service deployments (`outputResources`), tagged with the owner: one
 * list call in each of the scope's record groups reports them. A record is trusted only while the top-level resource it
 * hangs under still exists, and the apply removes a service's records when it deletes the service.
 * The same records say when this tool last deployed each resource (`deployedAt`, by lower-case id).
 */
async function readRecords(
  ctx: ArmContext,
  resourceGroup: string,
  scope: ObserveScope,
  listed: ObservedResource[],
): Promise<{ children: ObservedResource[]; deployedAt: Map<string, number> }> {
  const deployedAt = new Map<string, number>();
  // Children are only trusted under a top-level resource of ours in this group: without one, skip the call.
  if (!listed.some((r) => isOurs(r.tags, scope.project, scope.environment)))
    return { children: [], deployedAt };
  const present = new Set(listed.map((r) => r.id.toLowerCase()));
  const out = new Map<string, ObservedResource>();
  await withRetry(async () => {
    out.clear();
    deployedAt.clear();
    for await (const d of ctx.deployments.deployments.listByResourceGroup(resourceGroup)) {
      if (!d.name?.startsWith('aifactory-') || !isOurs(d.tags, scope.project, scope.environment)) continue;
      if (d.properties?.provisioningState !== 'Succeeded') continue;
      const at = d.properties.timestamp ? new Date(d.properties.timestamp).getTime() : NaN;
      for (const ref of d.properties.outputResources ?? []) {
        const id = ref.id;
        if (!id) continue;
        if (Number.isFinite(at))
          deployedAt.set(id.toLowerCase(), Math.max(at, deployedAt.get(id.toLowerCase()) ?? 0));
        if (present.has(id.toLowerCase()) || out.has(id.toLowerCase())) continue;
        const top = topLevelId(id);
        if (!top || !present.has(top.toLowerCase())) continue;
        let parsed: ReturnType<typeof parseResourceId>;
        try {
          parsed = parseResourceId(id);
        } catch {
          continue;
        }
        out.set(id.toLowerCase(), {
          id,
          type: parsed.type,
          name: parsed.name,
          resourceGroup,
          tags: { ...d.tags },
          provisioningState: 'Succeeded',
        });
      }
    }
  }, ctx.retry);
  return { children: [...out.values()], deployedAt };
}

/** GETs of changed resources in flight at once. */
const KEY_PROPERTY_READS = 8;

/**
 * The live values of the catalog's key properties of this tool's listed resources, as a flat map by dot path
 * in `properties`. `sku.*` and `kind` come with the list. The rest needs a GET, made only for a resource
 * written after this tool last deployed it (ARM's changedTime against the deployment record's time; either
 * unknown → GET): an unchanged environment costs no request beyond the lists.
 */
async function readKeyProperties(
  ctx: ArmContext,
  scope: ObserveScope,
  listed: Listed[],
  deployedAt: Map<string, number>,
): Promise<void> {
  const byType = new Map(Object.entries(scope.keyProperties ?? {}).map(([t, p]) => [t.toLowerCase(), p]));
  const reads: { entry: Listed; paths: string[] }[] = [];
  for (const entry of listed) {
    const paths = byType.get(entry.resource.type.toLowerCase());
    if (!paths?.length || !isOurs(entry.resource.tags, scope.project, scope.environment)) continue;
    const values: Record<string, unknown> = {};
    const envelope = { sku: entry.sku, kind: entry.kind };
    for (const path of paths.filter(fromList)) {
      const value = valueAt(envelope, path);
      if (value !== undefined) values[path] = value;
    }
    if (Object.keys(values).length > 0) entry.resource.properties = values;
    const rest = paths.filter((p) => !fromList(p));
    const deployed = deployedAt.get(entry.resource.id.toLowerCase());
    const unchanged = deployed !== undefined && entry.changedAt !== undefined && entry.changedAt <= deployed;
    if (rest.length > 0 && !unchanged) reads.push({ entry, paths: rest });
  }
  const apiVersion = (type: string) =>
    ctx.apiVersions[type] ??
    Object.entries(ctx.apiVersions).find(([t]) => t.toLowerCase() === type.toLowerCase())?.[1];
  let next = 0;
  const worker = async () => {
    while (next < reads.length) {
      const { entry, paths } = reads[next++];
      const version = apiVersion(entry.resource.type);
      if (!version) continue;
      let live: Record<string, unknown>;
      try {
        live = (await withRetry(() => ctx.request('GET', entry.resource.id, version), ctx.retry))
          .body as Record<string, unknown>;
      } catch (error) {
        // Deleted since the list: the planner sees what the list said.
        if (isNotFound(error)) continue;
        throw error;
      }
      const values: Record<string, unknown> = { ...(entry.resource.properties ?? {}) };
      for (const path of paths) {
        const value = valueAt(live ?? {}, path);
        if (value !== undefined) values[path] = value;
      }
      if (Object.keys(values).length > 0) entry.resource.properties = values;
    }
  };
  await Promise.all(Array.from({ length: Math.min(KEY_PROPERTY_READS, reads.length) }, worker));
}

/** Paths a resource list already answers (the envelope: sku and kind). */
const fromList = (path: string) => path === 'sku' || path === 'kind' || path.startsWith('sku.');

function valueAt(body: unknown, path: string): unknown {
  let current: unknown = body;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * The exact resources the scope names (`ObserveScope.resources`: what a list by resource group cannot see, and
 * the subscription-level resources of every service that could exist here), one GET each, 404 = absent. They
 * carry no tags: one is this tool's only when the service's deployment record (named for the project, service
 * and environment, tagged with the owner, succeeded) lists it; else it is reported untagged, i.e. foreign — a
 * Defender plan the platform team enabled is never deleted.
 */
async function fetchListed(
  ctx: ArmContext,
  scope: ObserveScope,
  seen: ObservedResource[],
): Promise<ObservedResource[]> {
  const known = new Set(seen.map((r) => r.id.toLowerCase()));
  const records = new Map<string, Promise<DeploymentRecord | undefined>>();
  const out: ObservedResource[] = [];
  for (const entry of scope.resources ?? []) {
    if (known.has(entry.id.toLowerCase())) continue;
    let live: { tags?: Record<string, string>; properties?: Record<string, unknown>; location?: string };
    try {
      live = (await withRetry(() => ctx.request('GET', entry.id, entry.apiVersion), ctx.retry))
        .body as typeof live;
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    known.add(entry.id.toLowerCase());
    const resourceGroup = /\/resourceGroups\/([^/]+)/i.exec(entry.id)?.[1] ?? '';
    let tags: Record<string, string> = { ...(live?.tags ?? {}) };
    if (entry.service) {
      const key = `${resourceGroup.toLowerCase()}/${entry.service}`;
      if (!records.has(key)) records.set(key, readRecord(ctx, scope, entry.service, resourceGroup));
      const record = await records.get(key)!;
      const listed = record?.resources.has(entry.id.toLowerCase());
      if (record && listed) tags = { ...tags, ...record.tags };
    }
    let parsed: ReturnType<typeof parseResourceId> | undefined;
    try {
      parsed = parseResourceId(entry.id);
    } catch {
      parsed = undefined;
    }
    out.push({
      id: entry.id,
      type: entry.type,
      name: parsed?.name ?? entry.id.split('/').pop()!,
      resourceGroup,
      ...(live?.location ? { location: live.location } : {}),
      tags,
      ...(live?.properties ? { properties: live.properties } : {}),
    });
  }
  return out;
}

interface DeploymentRecord {
  tags: Record<string, string>;
  resources: Set<string>;
}

/** This tool's deployment record of a service (at subscription scope, or in the resource group), when ours. */
async function readRecord(
  ctx: ArmContext,
  scope: ObserveScope,
  service: string,
  resourceGroup: string,
): Promise<DeploymentRecord | undefined> {
  const where = resourceGroup ? 'resourceGroup' : 'subscription';
  const name = deploymentName(service, scope.environment, where, scope.project);
  let d: Awaited<ReturnType<typeof ctx.deployments.deployments.getAtSubscriptionScope>>;
  try {
    d = await withRetry(
      () =>
        resourceGroup
          ? ctx.deployments.deployments.get(resourceGroup, name)
          : ctx.deployments.deployments.getAtSubscriptionScope(name),
      ctx.retry,
    );
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  if (!isOurs(d.tags, scope.project, scope.environment)) return undefined;
  if (d.properties?.provisioningState !== 'Succeeded') return undefined;
  const resources = new Set(
    (d.properties.outputResources ?? []).map((r) => r.id?.toLowerCase()).filter((id): id is string => !!id),
  );
  return { tags: { ...d.tags }, resources };
}

/** The top-level resource an id lives under (`…/providers/NS/type/name`), for child and extension ids alike. */
function topLevelId(id: string): string | undefined {
  const m = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+)/i.exec(id);
  return m?.[1];
}

interface VnetBody {
  tags?: Record<string, string>;
  properties?: {
    subnets?: {
      name?: string;
      properties?: {
        addressPrefix?: string;
        addressPrefixes?: string[];
        networkSecurityGroup?: { id?: string };
      };
    }[];
  };
}

async function observeSubnets(
  ctx: ArmContext,
  scope: ObserveScope,
  resources: ObservedResource[],
): Promise<ObservedSubnet[]> {
  const vnet = scope.vnet!;
  const path = `/subscriptions/${scope.subscriptionId}/resourceGroups/${vnet.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${vnet.name}`;
  let body: VnetBody;
  try {
    body = (
      await withRetry(
        () => ctx.request('GET', path, ctx.apiVersions['Microsoft.Network/virtualNetworks']),
        ctx.retry,
      )
    ).body as VnetBody;
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  const vnetOurs = isOurs(body.tags, scope.project, scope.environment);
  const ourIds = new Set(
    resources.filter((r) => isOurs(r.tags, scope.project, scope.environment)).map((r) => r.id.toLowerCase()),
  );
  return (body.properties?.subnets ?? [])
    .filter((s) => s.name)
    .map((s) => {
      const nsg = s.properties?.networkSecurityGroup?.id?.toLowerCase();
      const ours = vnetOurs || (nsg !== undefined && ourIds.has(nsg));
      return {
        name: s.name!,
        addressPrefix: s.properties?.addressPrefix ?? s.properties?.addressPrefixes?.[0] ?? '',
        foreign: !ours,
      };
    })
    .filter((s) => s.addressPrefix !== '');
}

interface DeletedItem {
  name?: string;
  location?: string;
  properties?: { location?: string; purgeProtectionEnabled?: boolean };
}

/** Soft-deleted vaults and Cognitive Services accounts in the location: their names are blocked until purged. */
async function observeSoftDeleted(ctx: ArmContext, location: string): Promise<ObservedSoftDeleted[]> {
  const sources = [
    {
      type: 'Microsoft.KeyVault/vaults',
      path: 'Microsoft.KeyVault/deletedVaults',
      parent: 'Microsoft.KeyVault/vaults',
    },
    {
      type: 'Microsoft.CognitiveServices/accounts',
      path: 'Microsoft.CognitiveServices/deletedAccounts',
      parent: 'Microsoft.CognitiveServices/accounts',
    },
  ];
  const norm = (l: string | undefined) => (l ?? '').replace(/\s+/g, '').toLowerCase();
  const out: ObservedSoftDeleted[] = [];
  for (const source of sources) {
    const items = await listAll<DeletedItem>(
      ctx,
      `/subscriptions/${ctx.subscriptionId}/providers/${source.path}`,
      ctx.apiVersions[source.parent],
    );
    for (const item of items) {
      const itemLocation = item.properties?.location ?? item.location;
      if (!item.name || norm(itemLocation) !== norm(location)) continue;
      out.push({
        type: source.type,
        name: item.name,
        location: itemLocation!,
        // Cognitive Services accounts have no purge protection: they can always be purged.
        purgeProtection: item.properties?.purgeProtectionEnabled === true,
      });
    }
  }
  return out.sort((a, b) => `${a.type}/${a.name}`.localeCompare(`${b.type}/${b.name}`));
}

/** A paged ARM list; a provider that is not registered (404) lists nothing. */
async function listAll<T>(ctx: ArmContext, path: string, apiVersion: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  while (next) {
    let page: { value?: T[]; nextLink?: string };
    try {
      const current: string = next;
      page = ((await withRetry(() => ctx.request('GET', current, apiVersion), ctx.retry)).body ??
        {}) as typeof page;
    } catch (error) {
      if (isNotFound(error)) return out;
      throw error;
    }
    out.push(...(page.value ?? []));
    next = page.nextLink || undefined;
  }
  return out;
}
