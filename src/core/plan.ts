// The plan: for every service of one project environment, create / update / delete / noop with the reason,
// the resources, what it waits for, the estimated time, and what blocks it. Deterministic: the same inputs give
// byte-identical JSON on every host (no times, no paths, stable order).
import { dedupeDiagnostics } from './diagnostics.js';
import { describeReason } from './enablement.js';
import { buildDesired } from './desired.js';
import { planFingerprint, planInputs } from './fingerprint.js';
import { criticalPath, formatCycle, topoOrder, type Deps } from './graph.js';
import { RESOURCE_GROUP_TYPE } from './resources/context.js';
import { planCleanup } from './planning/cleanup.js';
export { comparePlans } from './planning/compare.js';
import { catalogNeeds, resourceNeeds, STRUCTURE } from './planning/dependencies.js';
import { zoneIds, zonesOfCleanup } from './planning/dns.js';
import { findOrphans } from './planning/orphans.js';
import { planRecreation } from './planning/recreate.js';
import { indexObserved, isOurs, serviceTag } from './planning/ownership.js';
import { serviceStatus } from './planning/status.js';
import type {
  BlockedAction,
  Catalog,
  Conflict,
  DesiredState,
  Diagnostic,
  ObservedResource,
  ObservedState,
  Plan,
  PlanAction,
  PlanOptions,
  ProjectConfig,
  ServiceDefinition,
} from './types.js';
import { TOOL_VERSION } from './version.js';

export function buildPlan(
  config: ProjectConfig,
  env: string,
  catalog: Catalog,
  observed: ObservedState,
  given: PlanOptions,
): { plan: Plan; desired: DesiredState } {
  // The target's own tenant fills in when neither the config nor the host names one (it is then part of the
  // options hash, so a plan made against another tenant is stale).
  const options: PlanOptions =
    given.tenantId || !observed.tenantId ? given : { ...given, tenantId: observed.tenantId };
  let { state: desired, ctx } = buildDesired(config, env, catalog, observed, options);
  const defs = new Map(catalog.services.map((s) => [s.id, s]));
  const index = indexObserved(observed);
  const project = desired.project;
  const present = new Set(desired.services.map((s) => s.id));

  // Services Azure still holds under our tags that are no longer on: delete, with their cleanup, unless guarded.
  const owned = new Map<string, ObservedResource[]>();
  for (const r of observed.resources ?? []) {
    if (r.type === RESOURCE_GROUP_TYPE || !isOurs(r.tags, project, env)) continue;
    const service = serviceTag(r.tags);
    if (!service || present.has(service)) continue;
    const list = owned.get(service) ?? [];
    list.push(r);
    owned.set(service, list);
  }
  const catalogOrder = new Map(catalog.services.map((s, i) => [s.id, i]));
  const deleted = [...owned.keys()].sort(
    (a, b) =>
      (catalogOrder.get(a) ?? Infinity) - (catalogOrder.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const allowed = new Set([
    ...(options.allowDestroy ?? []),
    ...(config.environments[env]?.allowDestroy ?? []),
  ]);
  const guards = new Map(deleted.map((id) => [id, destroyGuard(config, env, id, defs.get(id), allowed)]));
  // A blocked delete leaves its private endpoints in place, and they keep writing into their DNS zones: the
  // desired state keeps those zones (so the zones' service neither drifts nor removes them).
  const endpointsStaying = deleted.filter((id) => guards.get(id) && defs.get(id)?.privateEndpoints.length);
  if (endpointsStaying.length > 0)
    ({ state: desired, ctx } = buildDesired(config, env, catalog, observed, options, [], endpointsStaying));

  const diagnostics: Diagnostic[] = [...desired.diagnostics];
  const conflicts: Conflict[] = [];
  const actions = new Map<string, PlanAction>();
  const deps: Deps = new Map();
  const recreations = new Map<string, DesiredState['services'][number]['resources']>();

  // Present services: create, update or noop.
  const ownerOf = new Map<string, string>();
  for (const s of desired.services) for (const r of s.resources) ownerOf.set(r.id.toLowerCase(), s.id);
  for (const service of desired.services) {
    const def = defs.get(service.id)!;
    const status = serviceStatus(service, def, index, project, env);
    conflicts.push(...status.conflicts);
    const reason =
      status.conflicts.length > 0
        ? `${describeReason(service.reason, env)}; ${inConflict(status.conflicts.length)}`
        : status.action === 'create'
          ? describeReason(service.reason, env)
          : status.action === 'update'
            ? `${describeReason(service.reason, env)}; ${status.drift.length} difference${status.drift.length === 1 ? '' : 's'} from Azure`
            : (status.note ?? 'up to date');
    actions.set(service.id, {
      service: service.id,
      title: def.title,
      action: status.action,
      reason,
      dependsOn: [],
      estimatedSeconds: status.action === 'noop' ? 0 : def.provisioningSeconds,
      protected: isProtected(config, def),
      dataBearing: def.dataBearing,
      resources: service.resources.map((r) => ({
        id: r.id,
        type: r.type,
        name: r.name,
        apiVersion: r.apiVersion,
      })),
      ...(status.drift.length > 0 ? { drift: status.drift } : {}),
      ...(status.conflicts.length > 0 ? { conflicts: status.conflicts.map((c) => c.resourceId) } : {}),
    });
    const needs = [...catalogNeeds(def), ...resourceNeeds(service, ownerOf)].filter(
      (n) => present.has(n) && n !== service.id,
    );
    deps.set(service.id, [...new Set(needs)]);
    noteSoftDeleted(service.id, service.resources, observed, status.action, diagnostics);
    if (status.recreate.length > 0) recreations.set(service.id, status.recreate);
  }

  const blocked: BlockedAction[] = [];
  const releasedByDeletes = new Set<string>();
  // The private DNS zones each delete's zone groups write into; undefined when unknown (no catalog entry).
  const zonesOfDelete = new Map<string, Set<string> | undefined>();
  if (deleted.length > 0) {
    const known = deleted.filter((d) => defs.has(d));
    const hypothetical =
      known.length > 0 ? buildDesired(config, env, catalog, observed, options, known).state : undefined;
    const observedIds = new Set((observed.resources ?? []).map((r) => r.id.toLowerCase()));
    for (const id of deleted) {
      const def = defs.get(id);
      const cleanup = planCleanup({
        ctx,
        service: id,
        def,
        owned: owned.get(id)!,
        hypothetical: hypothetical?.services.find((s) => s.id === id)?.resources ?? [],
        observedIds,
        observed,
        allocated: desired.subnets,
        platformApiVersions: catalog.platformApiVersions,
        keep: new Set(ownerOf.keys()),
      });
      for (const step of cleanup.steps)
        if (step.step === 'waitSubnetRelease')
          for (const subnet of step.resourceIds) releasedByDeletes.add(subnet.toLowerCase());
      zonesOfDelete.set(
        id,
        zonesOfCleanup(cleanup.steps, def && hypothetical?.services.find((s) => s.id === id)?.resources),
      );
      const guard = guards.get(id);
      if (guard) blocked.push({ service: id, action: 'delete', reason: guard });
      actions.set(id, {
        service: id,
        title: def?.title ?? id,
        action: 'delete',
        reason: deleteReason(config, env, id, def),
        dependsOn: [],
        estimatedSeconds: def?.deletionSeconds ?? 60,
        protected: def ? isProtected(config, def) : true,
        dataBearing: def?.dataBearing ?? false,
        resources: cleanup.resources,
        cleanup: cleanup.steps,
      });
    }
    // Dependents go first: a deleted service waits for the deletes of the deleted services that need it.
    for (const id of deleted) {
      const dependents = deleted.filter((other) => {
        const def = defs.get(other);
        return other !== id && !!def && catalogNeeds(def).includes(id);
      });
      deps.set(id, dependents);
    }
  }

  // What enabled services created but no longer want: their update removes it.
  const subnetOwner = present.has(STRUCTURE.network) ? STRUCTURE.network : undefined;
  for (const service of desired.services) {
    const def = defs.get(service.id)!;
    const orphans = findOrphans({
      ctx,
      service,
      def,
      observed,
      wanted: new Set(ownerOf.keys()),
      allocated: desired.subnets,
      releasedElsewhere: releasedByDeletes,
      subnetOwner,
      platformApiVersions: catalog.platformApiVersions,
    });
    const action = actions.get(service.id)!;
    if (!orphans) continue;
    const removes = `removes ${orphans.resources.length} resource${orphans.resources.length === 1 ? '' : 's'} no longer wanted`;
    if (action.action === 'noop') {
      action.action = 'update';
      action.reason = `${describeReason(service.reason, env)}; ${removes}`;
      action.estimatedSeconds = def.provisioningSeconds;
    } else {
      action.reason = `${action.reason}; ${removes}`;
    }
    action.drift = [...(action.drift ?? []), ...orphans.drift];
    action.cleanup = orphans.steps;
    if (orphans.dataBearing.length > 0 && !allowed.has('all') && !allowed.has(service.id)) {
      const names = orphans.dataBearing.map((r) => `${r.name} (${r.type})`).join(', ');
      blocked.push({
        service: service.id,
        action: 'delete',
        reason: `${def.title} holds data: removing ${names}, no longer in the config, destroys it; to allow it, pass --allow-destroy ${service.id} (or all), or add '${service.id}' to environments.${env}.allowDestroy in the config`,
      });
    }
  }
  // Resources created with other settings than Azure takes only at creation: the update re-creates them.
  const observedIds = new Set((observed.resources ?? []).map((r) => r.id.toLowerCase()));
  for (const [id, recreate] of recreations) {
    const def = defs.get(id)!;
    const action = actions.get(id)!;
    const names = recreate.map((r) => r.name).join(', ');
    const recreation = planRecreation({
      def,
      recreate,
      desired,
      env,
      envConfig: config.environments[env],
      observedIds,
    });
    if (recreation.impossible) {
      blocked.push({ service: id, action: 'delete', reason: recreation.impossible });
      continue;
    }
    action.reason = `${action.reason}; re-creates ${names}`;
    action.cleanup = [...(action.cleanup ?? []), ...recreation.steps];
    const guard = destroyGuard(config, env, id, def, allowed);
    if (guard) blocked.push({ service: id, action: 'delete', reason: `re-creating ${names}: ${guard}` });
    for (const dependent of recreation.dependents) {
      const other = actions.get(dependent);
      if (!other) continue;
      const why = `its resources on ${names} are deployed again once ${id} re-creates it`;
      if (other.action === 'noop') {
        other.action = 'update';
        other.reason = `${describeReason(desired.services.find((s) => s.id === dependent)!.reason, env)}; ${why}`;
        other.estimatedSeconds = defs.get(dependent)?.provisioningSeconds ?? other.estimatedSeconds;
      }
      other.drift = [...(other.drift ?? []), why];
      deps.set(dependent, [...new Set([...(deps.get(dependent) ?? []), id])]);
    }
  }

  // ARM cannot rewrite or remove a subnet something still sits in: the network waits for deletes that free one.
  const network = actions.get(STRUCTURE.network);
  if (network && network.action !== 'noop') {
    const freeing = deleted.filter((id) => (defs.get(id)?.subnets.length ?? 0) > 0);
    deps.set(STRUCTURE.network, [...new Set([...(deps.get(STRUCTURE.network) ?? []), ...freeing])]);
  }

  // A zone goes only once the zone groups that wrote records into it are deleted.
  const dns = actions.get(STRUCTURE.dns);
  const removedZones = zoneIds((dns?.cleanup ?? []).flatMap((s) => s.resourceIds));
  if (dns && removedZones.size > 0) {
    const writers = deleted.filter((id) => {
      const zones = zonesOfDelete.get(id);
      return zones === undefined || [...zones].some((z) => removedZones.has(z));
    });
    deps.set(STRUCTURE.dns, [...new Set([...(deps.get(STRUCTURE.dns) ?? []), ...writers])]);
  }

  // Execution order: deletes are offered first (they free names, quota and address space), then catalog order.
  const nodes = [...deleted, ...desired.services.map((s) => s.id)];
  const topo = topoOrder(nodes, deps);
  let order = nodes;
  if ('cycle' in topo) {
    diagnostics.push({
      severity: 'error',
      code: 'plan.cycle',
      message: `the services depend on each other in a cycle: ${formatCycle(topo.cycle)}`,
      hint: 'a catalog edge (requires, implies, uses) or a resource reference closes the loop; remove one of them',
    });
  } else {
    order = topo.order;
  }
  const position = new Map(order.map((n, i) => [n, i]));
  for (const id of order) {
    const action = actions.get(id)!;
    action.dependsOn = (deps.get(id) ?? [])
      .filter((d) => actions.has(d))
      .sort((a, b) => position.get(a)! - position.get(b)!);
  }
  const seconds = (n: string) => actions.get(n)?.estimatedSeconds ?? 0;
  const critical = 'cycle' in topo ? { seconds: 0, path: [] } : criticalPath(order, deps, seconds);
  const orderedActions = order.map((id) => actions.get(id)!);

  const inputs = planInputs(config, env, observed, options);
  // Each service counted once, as what will happen to it: a blocked delete or a conflict does not happen.
  const blockedServices = new Set(blocked.map((b) => b.service));
  const bucket = (a: PlanAction) =>
    blockedServices.has(a.service) ? 'blocked' : a.conflicts?.length ? 'conflict' : a.action;
  const count = (kind: ReturnType<typeof bucket>) => orderedActions.filter((a) => bucket(a) === kind).length;
  const plan: Plan = {
    schemaVersion: 1,
    tool: { name: 'aifactory-flags', version: TOOL_VERSION },
    project,
    environment: env,
    subscriptionId: desired.subscriptionId,
    location: desired.location,
    fingerprint: planFingerprint(inputs, catalog),
    inputs,
    summary: {
      create: count('create'),
      update: count('update'),
      delete: count('delete'),
      noop: count('noop'),
      blocked: count('blocked'),
      conflict: count('conflict'),
    },
    estimatedSeconds: critical.seconds,
    criticalPath: critical.seconds > 0 ? critical.path : [],
    actions: orderedActions,
    blocked,
    conflicts,
    subnets: desired.subnets,
    diagnostics: dedupeDiagnostics(diagnostics),
  };
  return { plan, desired };
}

function inConflict(n: number): string {
  const one = n === 1;
  return `in conflict: ${n} resource${one ? '' : 's'} with its names ${one ? 'is' : 'are'} someone else's, so nothing can be applied until ${one ? 'it is' : 'they are'} renamed or removed`;
}

/** A service with resources outside any resource group (a subscription's Defender plan), resource groups aside. */
function subscriptionWide(def: ServiceDefinition): boolean {
  return def.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== RESOURCE_GROUP_TYPE);
}

/** Protected: its deletion needs an explicit allow (data-bearing services always, `protect` adds more). */
function isProtected(config: ProjectConfig, def: ServiceDefinition): boolean {
  return def.dataBearing || subscriptionWide(def) || (config.protect ?? []).includes(def.id);
}

function destroyGuard(
  config: ProjectConfig,
  env: string,
  id: string,
  def: ServiceDefinition | undefined,
  allowed: Set<string>,
): string | undefined {
  if (allowed.has('all') || allowed.has(id)) return undefined;
  const how = `to allow it, pass --allow-destroy ${id} (or all), or add '${id}' to environments.${env}.allowDestroy in the config`;
  if (!def) return `'${id}' is not in this tool's catalog, so it is unknown whether it holds data; ${how}`;
  if (def.dataBearing) return `${def.title} holds data: deleting '${id}' destroys it; ${how}`;
  if (subscriptionWide(def))
    return `${def.title} is set for the whole subscription: removing it switches it off for every project there; ${how}`;
  if ((config.protect ?? []).includes(id)) return `'${id}' is listed under protect; ${how}`;
  return undefined;
}

function deleteReason(
  config: ProjectConfig,
  env: string,
  id: string,
  def: ServiceDefinition | undefined,
): string {
  if (!def) return `'${id}' is no longer in the catalog but Azure still holds resources tagged for it`;
  const envFlag = config.environments[env]?.flags?.[id];
  if (envFlag === false) return `flag off in environment '${env}'`;
  if (config.flags?.[id] === false) return 'flag off';
  if (def.modes && !def.modes.includes(config.network.mode))
    return `not available in network mode '${config.network.mode}'`;
  return `no longer on in '${env}' (no flag, baseline or implication switches it on)`;
}

/** A create whose name is held by a soft-deleted vault or account: the apply recovers it (never renames). */
function noteSoftDeleted(
  service: string,
  resources: { type: string; name: string }[],
  observed: ObservedState,
  action: string,
  diagnostics: Diagnostic[],
): void {
  if (action === 'noop') return;
  for (const gone of observed.softDeleted ?? []) {
    const match = resources.find(
      (r) =>
        r.type.toLowerCase() === gone.type.toLowerCase() && r.name.toLowerCase() === gone.name.toLowerCase(),
    );
    if (!match) continue;
    diagnostics.push({
      severity: 'note',
      code: 'plan.soft-deleted',
      message: `${service}: ${gone.type} '${gone.name}' is soft-deleted; apply recovers it instead of creating a new one`,
      hint: gone.purgeProtection
        ? 'purge protection is on: the name cannot be reused until the retention ends'
        : undefined,
    });
  }
}
