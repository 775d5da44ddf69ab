// The desired state of one project environment: which services are on and why, and every ARM resource they
// consist of with its final name, id, body, tags, hash and dependencies. Pure: config + catalog + observed
// subnets in, data out; problems come back as diagnostics, never as exceptions.
import { dedupeDiagnostics } from './diagnostics.js';
import { enabledServices, flagsToSwitchOff, type EnabledService } from './enablement.js';
import { shortHash } from './hash.js';
import { allocateSubnets } from './subnets.js';
import {
  bodyOf,
  nameServiceResources,
  serviceOption,
  servicePartsInForce,
  type NamedResource,
} from './resources/catalog-resources.js';
import {
  RESOURCE_GROUP_TYPE,
  TAG_HASH,
  TAG_SERVICE,
  createContext,
  subnetAzureName,
  type BuildContext,
} from './resources/context.js';
import { diagnosticSettingsResources } from './resources/diagnostics.js';
import { isTracked, type Draft } from './resources/draft.js';
import { endpointResources } from './resources/endpoints.js';
import { TAG_CREATED_WITH, createdWith } from './resources/create-only.js';
import { parseLateRef } from './resources/late-values.js';
import { getPath, resolvePlaceholders, type Resolution } from './resources/placeholders.js';
import { requiredSettingsProblems } from './resources/requirements.js';
import { roleAssignmentResources } from './resources/roles.js';
import { subnetBodies, subnetRequests, subnetResources, withInlineSubnets } from './resources/subnets.js';
import type {
  Catalog,
  DesiredResource,
  DesiredService,
  DesiredState,
  Diagnostic,
  ObservedState,
  PlanOptions,
  ProjectConfig,
  ServiceDefinition,
} from './types.js';

const NETWORK_SERVICE = 'network';
const IDENTITY_SERVICE = 'managedIdentity';
const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';
const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';

export function buildDesiredState(
  config: ProjectConfig,
  env: string,
  catalog: Catalog,
  observed: ObservedState,
  options: PlanOptions,
): DesiredState {
  return buildDesired(config, env, catalog, observed, options).state;
}

/** Also returns what the planner needs besides the state: the context and the enabled services. */
export function buildDesired(
  config: ProjectConfig,
  env: string,
  catalog: Catalog,
  observed: ObservedState,
  options: PlanOptions,
  /** Services to build as if they were on (the planner uses it to name what a delete must clean up). */
  extraServices: string[] = [],
  /** Services that are off but whose private endpoints stay (a blocked delete): their DNS zones stay too. */
  endpointsStaying: string[] = [],
): { state: DesiredState; ctx: BuildContext; enabled: EnabledService[] } {
  const ctx = createContext(config, env, catalog, { tenantId: options.tenantId });
  const diagnostics: Diagnostic[] = ctx.diagnostics;
  const enablement = enabledServices(config, env, catalog);
  diagnostics.push(...enablement.diagnostics);
  const enabled = [...enablement.services];
  for (const extra of extraServices) {
    if (!enabled.some((s) => s.id === extra) && catalog.services.some((s) => s.id === extra)) {
      enabled.push({ id: extra, reason: { kind: 'implied', by: [] } });
    }
  }
  const services: ServiceDefinition[] = catalog.services.filter((s) => enabled.some((e) => e.id === s.id));
  const enabledIds = new Set(services.map((s) => s.id));

  // 1. Names and ids of every catalog resource first, so any body can refer to any other resource.
  const named = new Map<string, NamedResource[]>();
  const naming = new Set<string>();
  const nameOf = (service: ServiceDefinition): NamedResource[] => {
    const done = named.get(service.id);
    if (done) return done;
    if (naming.has(service.id)) return []; // a parent loop between services: reported as a missing parent
    naming.add(service.id);
    const list = nameServiceResources(ctx, service, diagnostics, (other, key) => {
      const def = services.find((s) => s.id === other);
      if (!def) return 'off';
      const resources = nameOf(def);
      return key ? resources.find((r) => r.spec.key === key) : resources[0];
    });
    named.set(service.id, list);
    return list;
  };
  for (const service of services) nameOf(service);

  // 2. Subnets: existing ones never move; the allocator places the rest.
  const requests = subnetRequests(ctx, services, diagnostics);
  let subnets: DesiredState['subnets'] = [];
  // A subnet that found no room is reported once, by the allocator; what refers to it resolves as if placed.
  let unplaced: string[] = [];
  if (requests.length > 0) {
    const path = `environments.${env}.addressSpace`;
    const allocated = allocateSubnets(ctx.envConfig.addressSpace, requests, observed.subnets ?? [], {
      path,
      location: config.locations?.[path],
      switchOff: (service) => flagsToSwitchOff(enablement.services, service),
    });
    subnets = allocated.subnets;
    unplaced = allocated.unplaced;
    diagnostics.push(...allocated.diagnostics);
  }
  const allocatedNames = new Set([...subnets.map((s) => s.name), ...unplaced]);

  // 3. Bodies of the catalog resources, placeholders resolved.
  const drafts: Draft[] = [];
  const byRef = refIndex(named);
  const identities = (named.get(IDENTITY_SERVICE) ?? []).filter((r) => r.spec.type === IDENTITY_TYPE);
  const enabledById = new Map(services.map((s) => [s.id, s]));
  for (const service of services) {
    for (const resource of named.get(service.id) ?? []) {
      const resolved = resolvePlaceholders(bodyOf(ctx, service, resource, enabledById), (kind, arg) =>
        resolve(kind, arg, { ctx, service, resource, byRef, allocatedNames, enabledIds, identities }),
      );
      for (const error of resolved.errors) {
        diagnostics.push({
          severity: 'error',
          // The tenant may come from the host at plan time (--tenant-id): validate words this one differently.
          code: error.startsWith('{{tenantId}}') ? 'desired.tenant' : 'desired.placeholder',
          message: `${service.id}: resource '${resource.spec.key}' (${resource.spec.type}): ${error}`,
        });
      }
      const body = { ...resolved.body };
      if (resource.spec.type === RESOURCE_GROUP_TYPE) body.location ??= ctx.location;
      const created = createdWith(resource.spec, body);
      if (created)
        body.tags = { ...(body.tags as Record<string, string> | undefined), [TAG_CREATED_WITH]: created };
      const dependsOn = resolved.dependsOn.filter((id) => id !== resource.id);
      dependsOn.push(...waitedFor(ctx, service, resource, enabledById, byRef, diagnostics));
      if (resource.parentId) dependsOn.unshift(resource.parentId);
      drafts.push({
        service: service.id,
        key: resource.item ? `${resource.spec.key}:${String(resource.item.name)}` : resource.spec.key,
        id: resource.id,
        type: resource.spec.type,
        apiVersion: resource.spec.apiVersion,
        name: resource.armName,
        resourceGroup: resource.resourceGroup.name,
        subscriptionId: ctx.subscriptionId,
        ...(resource.scope ? { scope: resource.scope } : {}),
        body,
        dependsOn:
          resource.scope && !dependsOn.includes(resource.scope) ? [resource.scope, ...dependsOn] : dependsOn,
        role: resource.parentId ? 'child' : 'main',
      });
    }
  }

  // 4. Resources generated around the services.
  const subnetOwner = enabledIds.has(NETWORK_SERVICE) ? NETWORK_SERVICE : requests[0]?.services[0];
  const nsg = (named.get(NETWORK_SERVICE) ?? []).find((r) => r.spec.type === NSG_TYPE);
  const ownVnet = ctx.vnet?.ours ? drafts.find((d) => d.id === ctx.vnet!.id) : undefined;
  if (ownVnet) {
    // A VNet PUT is the whole truth on Azure: subnets its body leaves out are deleted (or the PUT fails with
    // InUseSubnetCannotBeDeleted). Our own VNet therefore carries every allocated subnet inline.
    withInlineSubnets(ownVnet, subnetBodies(subnets, nsg?.id), nsg?.id);
  } else if (subnetOwner) {
    drafts.push(...subnetResources(ctx, subnets, subnetOwner, nsg?.id));
  }
  const zonesAlsoFor = catalog.services.filter(
    (s) => endpointsStaying.includes(s.id) && !enabledIds.has(s.id),
  );
  drafts.push(
    ...endpointResources({
      ctx,
      services,
      named,
      enabled: enabledIds,
      subnets: allocatedNames,
      diagnostics,
      zonesAlsoFor,
    }),
  );
  const waits: [string, string][] = [];
  drafts.push(
    ...roleAssignmentResources({
      ctx,
      services,
      named,
      diagnostics,
      mustWait: (resourceId, roleId) => waits.push([resourceId, roleId]),
    }),
  );
  // What a service creates only after its roles exist (the capability host after its project's roles).
  for (const [resourceId, roleId] of waits) drafts.find((d) => d.id === resourceId)?.dependsOn.push(roleId);
  drafts.push(...diagnosticSettingsResources(ctx, services, named, diagnostics));
  diagnostics.push(...requiredSettingsProblems(services, drafts, observed.resources ?? []));

  // 5. Resource groups first; dependencies only on resources this state creates; tags and hashes.
  const resources = finalize(ctx, drafts);
  const resourcesByService = new Map<string, DesiredResource[]>();
  for (const r of resources) {
    const list = resourcesByService.get(r.service) ?? [];
    list.push(r);
    resourcesByService.set(r.service, list);
  }
  const desiredServices: DesiredService[] = services.map((s) => ({
    id: s.id,
    reason: enabled.find((e) => e.id === s.id)!.reason,
    resources: resourcesByService.get(s.id) ?? [],
  }));

  const state: DesiredState = {
    project: ctx.project,
    environment: env,
    subscriptionId: ctx.subscriptionId,
    location: ctx.location,
    resourceGroups: [ctx.resourceGroups.project, ctx.resourceGroups.common].map((g) => ({
      role: g.role,
      name: g.name,
      id: g.id,
      managed: g.managed,
    })),
    services: desiredServices,
    subnets,
    ownershipTags: { ...ctx.ownershipTags },
    diagnostics: dedupeDiagnostics(diagnostics),
  };
  return { state, ctx, enabled };
}

/**
 * Ids of the resources a resource waits for by the catalog's word (`waitsFor`, and `bodyWhenService` parts in
 * force) rather than by a reference in its body. A resource of a service that is off is no dependency.
 */
function waitedFor(
  ctx: BuildContext,
  service: ServiceDefinition,
  resource: NamedResource,
  enabled: Map<string, ServiceDefinition>,
  byRef: Map<string, NamedResource>,
  diagnostics: Diagnostic[],
): string[] {
  const refs = [
    ...(resource.spec.waitsFor ?? []),
    ...servicePartsInForce(ctx, resource.spec, enabled).flatMap((part) => part.waitsFor ?? []),
  ];
  const ids: string[] = [];
  for (const ref of refs) {
    const target = byRef.get(ref);
    if (target) ids.push(target.id);
    else if (enabled.has(ref.split('.')[0])) {
      diagnostics.push({
        severity: 'error',
        code: 'catalog.waits-for',
        message: `${service.id}: resource '${resource.spec.key}' waits for '${ref}', which is no resource of that service in network mode '${ctx.mode}'`,
      });
    }
  }
  return ids;
}

function refIndex(named: Map<string, NamedResource[]>): Map<string, NamedResource> {
  const index = new Map<string, NamedResource>();
  for (const [service, list] of named) {
    if (list.length > 0 && !index.has(service)) index.set(service, list[0]);
    for (const r of list)
      if (!index.has(`${service}.${r.spec.key}`)) index.set(`${service}.${r.spec.key}`, r);
  }
  return index;
}

interface ResolveInput {
  ctx: BuildContext;
  service: ServiceDefinition;
  resource: NamedResource;
  byRef: Map<string, NamedResource>;
  allocatedNames: Set<string>;
  enabledIds: Set<string>;
  /** The project's user-assigned identities (`{{identityId}}` is the first). */
  identities: NamedResource[];
}

const KNOWN_PLACEHOLDERS =
  'location, tenantId, subscriptionId, addressSpace, name:svc.key, id:svc.key, subnetId:name, subnetName:name, vnetId, identityId, param:path, option:svc.path, item:path, principalId:svc, principalId:svc.key, live:svc.key:path[|lastSegment]';

function resolve(kind: string, arg: string | undefined, input: ResolveInput): Resolution {
  const { ctx, service, resource, byRef } = input;
  const ref = (what: string): NamedResource | { error: string } => {
    if (!arg) return { error: `needs a reference, e.g. {{${what}:keyVault.vault}}` };
    const found = byRef.get(arg);
    if (found) return found;
    const svc = arg.split('.')[0];
    return {
      error: input.enabledIds.has(svc)
        ? `'${arg}' is no resource of ${svc}`
        : `refers to '${svc}', which is off in environment '${ctx.env}'`,
    };
  };
  switch (kind) {
    case 'location':
      return { value: ctx.location };
    case 'subscriptionId':
      return { value: ctx.subscriptionId };
    case 'addressSpace':
      return { value: ctx.envConfig.addressSpace };
    case 'tenantId':
      return ctx.tenantId
        ? { value: ctx.tenantId }
        : { error: `needs the tenant id: set environments.${ctx.env}.tenantId or pass --tenant-id` };
    case 'name': {
      const r = ref('name');
      return 'error' in r ? r : { value: r.name };
    }
    case 'id': {
      const r = ref('id');
      return 'error' in r ? r : { value: r.id, dependsOn: r.id };
    }
    case 'subnetId': {
      if (!arg) return { error: 'needs a subnet name, e.g. {{subnetId:genai}}' };
      const azureName = subnetAzureName(ctx, arg);
      if (!ctx.vnet) return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
      if (!input.allocatedNames.has(azureName))
        return { error: `no enabled service asks for subnet '${arg}'` };
      const id = `${ctx.vnet.id}/subnets/${azureName}`;
      // Our own VNet carries its subnets inline: what needs a subnet waits for the VNet.
      return { value: id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : id };
    }
    case 'subnetName': {
      if (!arg) return { error: 'needs a subnet name, e.g. {{subnetName:dbxpub}}' };
      const azureName = subnetAzureName(ctx, arg);
      if (!input.allocatedNames.has(azureName))
        return { error: `no enabled service asks for subnet '${arg}'` };
      return {
        value: azureName,
        dependsOn: ctx.vnet
          ? ctx.vnet.ours
            ? ctx.vnet.id
            : `${ctx.vnet.id}/subnets/${azureName}`
          : undefined,
      };
    }
    case 'vnetId':
      if (!ctx.vnet) return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
      return { value: ctx.vnet.id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : undefined };
    case 'identityId': {
      const identity = input.identities[0];
      return identity
        ? { value: identity.id, dependsOn: identity.id }
        : { error: `'${IDENTITY_SERVICE}' is off` };
    }
    case 'option': {
      // Another service's option (`{{option:customerManagedKey.keyVersion}}`), for body parts it decides.
      const [owner, ...path] = (arg ?? '').split('.');
      const other = ctx.catalog.services.find((x) => x.id === owner);
      if (!other || path.length === 0)
        return { error: 'needs a service and an option, e.g. {{option:customerManagedKey.keyVersion}}' };
      const value = serviceOption(ctx, other, path.join('.'));
      return value === undefined
        ? { error: `set services.${owner}.${path.join('.')} in the config` }
        : { value };
    }
    case 'param': {
      if (!arg) return { error: 'needs a path, e.g. {{param:sku}}' };
      const value = serviceOption(ctx, service, arg);
      return value === undefined ? { error: `set services.${service.id}.${arg} in the config` } : { value };
    }
    case 'item': {
      if (!resource.item) return { error: 'only resources with forEach have items' };
      const value = arg ? getPath(resource.item, arg) : resource.item;
      return value === undefined
        ? {
            error: `entry '${String(resource.item.name)}' of services.${service.id}.${resource.spec.forEach} has no '${arg}'`,
          }
        : { value };
    }
    case 'principalId':
    case 'live': {
      // Known only after apply: kept as written, and the resource waits for the one it names.
      const late = parseLateRef(kind, arg);
      if ('error' in late) return late;
      const target = byRef.get(late.ref);
      if (target) return { keep: true, dependsOn: target.id };
      const svc = late.ref.split('.')[0];
      return {
        error: input.enabledIds.has(svc)
          ? `'${late.ref}' is no resource of ${svc}`
          : `refers to '${svc}', which is off in environment '${ctx.env}'`,
      };
    }
    default:
      return { error: `unknown placeholder; known: ${KNOWN_PLACEHOLDERS}` };
  }
}

/**
 * Adds the resource-group dependency, drops dependencies on resources this state does not create, writes tags
 * on tracked resources and computes hashes. The first tracked main resource of a service (its anchor) also
 * hashes the service's untagged resources (children, role assignments, diagnostic settings, subnets), so a
 * change in any of them shows as drift of the service.
 */
function finalize(ctx: BuildContext, drafts: Draft[]): DesiredResource[] {
  const ids = new Set<string>();
  const unique: Draft[] = [];
  for (const d of drafts) {
    if (ids.has(d.id)) continue;
    ids.add(d.id);
    unique.push(d);
  }
  const groupIds = new Map(
    Object.values(ctx.resourceGroups)
      .filter((g) => g.managed)
      .map((g) => [g.name, g.id]),
  );
  const resources: DesiredResource[] = unique.map((d) => {
    const dependsOn = new Set<string>();
    const groupId = groupIds.get(d.resourceGroup);
    if (groupId && groupId !== d.id) dependsOn.add(groupId);
    for (const id of d.dependsOn) if (id !== d.id && ids.has(id)) dependsOn.add(id);
    const body = { ...d.body };
    if (isTracked(d)) {
      const own = (d.body.tags as Record<string, string> | undefined) ?? {};
      body.tags = { ...ctx.config.project.tags, ...own, ...ctx.ownershipTags, [TAG_SERVICE]: d.service };
    }
    return {
      ...d,
      body,
      dependsOn: [...dependsOn],
      hash: shortHash({ type: d.type, apiVersion: d.apiVersion, body }),
    };
  });

  const anchors = new Map<string, DesiredResource>();
  for (const r of resources)
    if (r.role === 'main' && isTracked(r) && !anchors.has(r.service)) anchors.set(r.service, r);
  for (const r of resources) if (isTracked(r) && !anchors.has(r.service)) anchors.set(r.service, r);
  for (const [service, anchor] of anchors) {
    const untracked = resources
      .filter((r) => r.service === service && !isTracked(r))
      .map((r) => [r.id.toLowerCase(), r.hash])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (untracked.length > 0) anchor.hash = shortHash({ own: anchor.hash, covers: untracked });
  }
  for (const r of resources) {
    if (isTracked(r))
      r.body = { ...r.body, tags: { ...(r.body.tags as Record<string, string>), [TAG_HASH]: r.hash } };
  }
  return resources;
}
