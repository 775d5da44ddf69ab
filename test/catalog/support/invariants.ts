// What every plan of the real catalog must satisfy, as lists of problems (empty = fine), so a failing test
// shows every broken rule at once with the service and resource it is about.
import { catalog } from '../../../src/core/catalog/index.js';
import { formatDiagnostic } from '../../../src/core/config/index.js';
import { contains, overlaps, parseCidr } from '../../../src/core/cidr.js';
import { checkName } from '../../../src/core/names.js';
import { createdWithTag } from '../../../src/core/resources/create-only.js';
import type {
  DesiredState,
  ObservedState,
  Plan,
  ProjectConfig,
  ServiceDefinition,
} from '../../../src/core/types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Azure's rules (resource-name-rules, Microsoft.Network): private endpoints 2–64 and subnets 1–80 characters,
// alphanumerics, underscores, periods and hyphens, starting alphanumeric, ending alphanumeric or underscore.
const PRIVATE_ENDPOINT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])$/;
const SUBNET_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/;
// The one placeholder the desired state keeps on purpose (filled in right before deploying).
const UNRESOLVED = /\{\{(?!principalId:|live:)[^}]*\}\}/;

/** Services with nothing of their own to deploy here (private DNS zones where they are the hub's): a noop. */
export function emptyServices(desired: DesiredState): Set<string> {
  return new Set(desired.services.filter((s) => s.resources.length === 0).map((s) => s.id));
}

/** What a plan from nothing must say for a service: create, or noop for one with nothing to deploy. */
export function firstAction(desired: DesiredState, service: string): 'create' | 'noop' {
  return emptyServices(desired).has(service) ? 'noop' : 'create';
}

const defs = new Map(catalog.services.map((s) => [s.id, s]));
const def = (id: string): ServiceDefinition | undefined => defs.get(id);

/** Its resources reach outside any resource group (a subscription's Defender plan): deleting it needs an allow. */
export function subscriptionWide(id: string): boolean {
  return !!def(id)?.resources.some(
    (r) => r.deployScope?.kind === 'subscription' && r.type !== 'Microsoft.Resources/resourceGroups',
  );
}

/** Catalog edges a service waits for on create (and whose deletes wait for it). */
export function catalogEdges(id: string): string[] {
  const d = def(id);
  return d ? [...d.requires, ...d.implies, ...d.uses] : [];
}

export function planProblems(
  plan: Plan,
  desired: DesiredState,
  config: ProjectConfig,
  env: string,
  observed?: ObservedState,
): string[] {
  const problems: string[] = [];
  for (const d of plan.diagnostics)
    if (d.severity === 'error') problems.push(`diagnostic: ${formatDiagnostic(d)}`);
  if (plan.diagnostics.some((d) => d.code === 'plan.cycle')) problems.push('the plan has a cycle');

  // Order: every dependency earlier; every enabled service has exactly one action.
  const position = new Map(plan.actions.map((a, i) => [a.service, i]));
  if (position.size !== plan.actions.length) problems.push('a service has more than one action');
  for (const [i, action] of plan.actions.entries()) {
    for (const dep of action.dependsOn) {
      const at = position.get(dep);
      if (at === undefined) problems.push(`${action.service} depends on ${dep}, which has no action`);
      else if (at >= i) problems.push(`${action.service} depends on ${dep}, which comes later`);
    }
  }
  for (const s of desired.services)
    if (!position.has(s.id)) problems.push(`${s.id} is on but has no action in the plan`);

  problems.push(...nameProblems(desired));
  problems.push(...subnetProblems(desired, config, env, observed));
  return problems;
}

/** Every resource's name fits its rule; ids are unique; nothing but the late {{principalId:…}}/{{live:…}} is left unresolved. */
export function nameProblems(desired: DesiredState): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const service of desired.services) {
    for (const r of service.resources) {
      const where = `${service.id} ${r.type} '${r.name}'`;
      const id = r.id.toLowerCase();
      if (ids.has(id)) problems.push(`${where}: duplicate id ${r.id}`);
      ids.add(id);
      if (UNRESOLVED.test(r.id) || UNRESOLVED.test(r.name))
        problems.push(`${where}: placeholder in id or name`);
      const body = JSON.stringify(r.body);
      const left = UNRESOLVED.exec(body);
      if (left) problems.push(`${where}: unresolved ${left[0]} in the body`);
      const leaf = r.name.split('/').pop() ?? '';
      switch (r.role) {
        case 'main':
        case 'child': {
          const spec = def(r.service)?.resources.find((x) => x.key === r.key.split(':')[0]);
          if (!spec) {
            problems.push(`${where}: no catalog resource '${r.key}'`);
            break;
          }
          const problem = checkName(spec.name, leaf, r.type);
          if (problem) problems.push(`${where}: ${problem.message}`);
          break;
        }
        case 'roleAssignment':
          if (!GUID.test(r.name)) problems.push(`${where}: a role assignment name must be a GUID`);
          break;
        case 'privateEndpoint':
          if (!PRIVATE_ENDPOINT_NAME.test(r.name))
            problems.push(`${where}: not a valid private endpoint name`);
          break;
        case 'subnet':
          if (!SUBNET_NAME.test(leaf)) problems.push(`${where}: not a valid subnet name`);
          break;
        default:
          if (leaf.length === 0) problems.push(`${where}: empty name`);
      }
    }
  }
  return problems;
}

/**
 * Subnets: inside the environment's address space, no two overlapping (nor overlapping a subnet the VNet
 * already holds under another name), each asked for by a service that is on, each service's needs allocated.
 */
export function subnetProblems(
  desired: DesiredState,
  config: ProjectConfig,
  env: string,
  observed?: ObservedState,
): string[] {
  const problems: string[] = [];
  const space = parseCidr(config.environments[env].addressSpace)!;
  const on = new Set(desired.services.map((s) => s.id));
  const placed = desired.subnets.map((s) => ({ s, cidr: parseCidr(s.prefix) }));
  for (const { s, cidr } of placed) {
    if (!cidr) {
      problems.push(`subnet ${s.name}: '${s.prefix}' is not a CIDR`);
      continue;
    }
    if (!contains(space, cidr))
      problems.push(`subnet ${s.name} ${s.prefix} is outside ${config.environments[env].addressSpace}`);
    for (const owner of s.services)
      if (!on.has(owner)) problems.push(`subnet ${s.name} is for ${owner}, which is off`);
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i];
      const b = placed[j];
      if (a.cidr && b.cidr && overlaps(a.cidr, b.cidr))
        problems.push(`subnets ${a.s.name} ${a.s.prefix} and ${b.s.name} ${b.s.prefix} overlap`);
    }
  }
  for (const existing of observed?.subnets ?? []) {
    const cidr = parseCidr(existing.addressPrefix);
    for (const { s, cidr: mine } of placed) {
      if (s.name === existing.name || !cidr || !mine) continue;
      if (overlaps(cidr, mine))
        problems.push(
          `subnet ${s.name} ${s.prefix} overlaps the existing subnet ${existing.name} ${existing.addressPrefix}`,
        );
    }
  }
  const served = new Set(desired.subnets.flatMap((s) => s.services));
  for (const s of desired.services)
    if ((def(s.id)?.subnets.length ?? 0) > 0 && !served.has(s.id))
      problems.push(`${s.id} got none of its subnets`);
  return problems;
}

/**
 * A plan against what `before` left behind: deletes exactly the services that are gone, each after the deletes
 * of the services that need it, blocked exactly where data or `protect` needs an allow.
 */
export function deleteProblems(
  plan: Plan,
  before: DesiredState,
  after: DesiredState,
  config: ProjectConfig,
  allowed: string[],
): string[] {
  const problems: string[] = [];
  const now = new Set(after.services.map((s) => s.id));
  const gone = before.services.map((s) => s.id).filter((id) => !now.has(id));
  const deletes = plan.actions.filter((a) => a.action === 'delete').map((a) => a.service);
  const sorted = (l: string[]) => [...l].sort();
  if (JSON.stringify(sorted(deletes)) !== JSON.stringify(sorted(gone)))
    problems.push(
      `deletes ${sorted(deletes).join(', ') || 'nothing'}, expected ${sorted(gone).join(', ') || 'nothing'}`,
    );
  const had = new Set(before.services.map((s) => s.id));
  for (const a of plan.actions) {
    if (a.action === 'create' && had.has(a.service))
      problems.push(`${a.service} existed but is created again`);
    if (a.action !== firstAction(after, a.service) && !had.has(a.service))
      problems.push(`${a.service} is new but planned as ${a.action}`);
  }
  const position = new Map(plan.actions.map((a, i) => [a.service, i]));
  for (const id of gone) {
    for (const other of gone) {
      if (other === id || !catalogEdges(other).includes(id)) continue;
      // `other` needs `id`: other's delete must come first, and id's delete must wait for it.
      if ((position.get(other) ?? Infinity) > (position.get(id) ?? -1))
        problems.push(`${id} is deleted before ${other}, which needs it`);
      const action = plan.actions.find((a) => a.service === id);
      if (action && !action.dependsOn.includes(other))
        problems.push(`the delete of ${id} does not wait for the delete of ${other}`);
    }
  }
  const allow = new Set(allowed);
  const guarded = (id: string) =>
    !allow.has('all') &&
    !allow.has(id) &&
    (def(id)?.dataBearing || subscriptionWide(id) || config.protect.includes(id));
  // Kept services whose create-only settings changed (CMK on a registry or workspace) are re-created: guarded
  // like a delete, and refused where the name stays soft-deleted.
  const recreated = after.services
    .filter((s) => had.has(s.id))
    .filter((s) =>
      s.resources.some((r) => {
        const old = before.services.flatMap((x) => x.resources).find((x) => x.id === r.id);
        return (
          old &&
          (createdWithTag(old.body.tags as never) ?? '') !== (createdWithTag(r.body.tags as never) ?? '')
        );
      }),
    )
    .map((s) => s.id);
  for (const id of recreated) {
    const action = plan.actions.find((a) => a.service === id);
    if (!def(id)?.softDelete && !action?.cleanup?.some((c) => c.step === 'resource'))
      problems.push(`${id} must be re-created, but its update deletes nothing`);
  }
  const expectBlocked = [
    ...gone.filter(guarded),
    ...recreated.filter((id) => def(id)?.softDelete || guarded(id)),
  ];
  const blocked = plan.blocked.map((b) => b.service);
  if (JSON.stringify(sorted(blocked)) !== JSON.stringify(sorted(expectBlocked)))
    problems.push(
      `blocked ${sorted(blocked).join(', ') || 'nothing'}, expected ${sorted(expectBlocked).join(', ') || 'nothing'}`,
    );
  for (const a of plan.actions.filter((x) => x.action === 'delete')) {
    if (!a.cleanup || a.cleanup.length === 0)
      problems.push(`the delete of ${a.service} has no cleanup steps`);
  }
  if (plan.conflicts.length > 0)
    problems.push(...plan.conflicts.map((c) => `conflict: ${c.service} ${c.resourceId}: ${c.reason}`));
  return problems;
}
