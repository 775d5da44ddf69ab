// `plan --what-if`: asks ARM (or the emulator, which speaks the same API) what each service's deployment
// would change, property by property, and hangs the answer on the plan's actions. It describes; it never
// decides: the plan's actions and fingerprint stay exactly what the planner computed.
//
// Only updates are asked about. A create sets every property of the desired body (the plan lists its
// resources already); a delete removes the resource; a no-op changes nothing. The template sent is the one
// apply would deploy (same builder, same deployment names), with the values known only after apply
// (`{{principalId:…}}`, `{{live:…}}`) read from the live resources; where such a resource or property does not
// exist yet, the resource is left out of the request and each property that needs it is reported as known after
// apply. No placeholder is ever sent to ARM.
import type { WhatIfChange, WhatIfPropertyChange } from '@azure/arm-resourcesdeployments';
import type {
  DesiredResource,
  DesiredState,
  Diagnostic,
  Plan,
  PlanAction,
  PropertyChange,
} from '../core/types.js';
import { KNOWN_AFTER_APPLY } from '../core/render/common.js';
import type { ArmContext } from './clients.js';
import { lateValuePaths, type LateRef } from '../core/resources/late-values.js';
import { readLateValue } from './deploy.js';
import { ArmOperationError, isNotFound, toArmError } from './errors.js';
import { withRetry } from './retry.js';
import { buildDeployments, lateRefsOf, withLateValues, type PlannedDeployment } from './template.js';

/** Tag this tool rewrites whenever the desired body changes: bookkeeping, not a change a reviewer weighs. */
const HASH_TAG_PATH = 'tags.aifactory-hash';

export interface WhatIfOptions {
  /** At most this many what-if calls in flight. */
  parallelism: number;
}

export interface WhatIfResult {
  /** The same plan with `changes` on each update; every other field untouched. */
  plan: Plan;
  /** Warnings for services whose what-if failed (the plan stands without their property changes). */
  diagnostics: Diagnostic[];
}

export async function whatIfPlan(
  ctx: ArmContext,
  plan: Plan,
  desired: DesiredState,
  opts: WhatIfOptions,
): Promise<WhatIfResult> {
  const lateValues = new Map<string, Promise<unknown>>();
  const updates = plan.actions.filter((a) => a.action === 'update');
  const found = new Map<string, PropertyChange[]>();
  const diagnostics: Diagnostic[] = [];
  await forEachBounded(updates, opts.parallelism, async (action) => {
    try {
      found.set(action.service, await whatIfService(ctx, desired, action.service, lateValues));
    } catch (error) {
      const info = toArmError(error);
      diagnostics.push({
        severity: 'warning',
        code: 'plan.what-if',
        message: `${action.service}: what-if failed (${info.code}: ${info.message}); its property changes are not shown`,
        hint: info.hint ?? 'the plan itself is unaffected; re-run plan --what-if to try again',
      });
    }
  });
  const actions: PlanAction[] = plan.actions.map((a) => {
    const changes = found.get(a.service);
    return changes ? { ...a, changes } : a;
  });
  // Diagnostics in plan order, whatever order the calls finished in.
  const order = new Map(plan.actions.map((a, i) => [a.service, i]));
  diagnostics.sort((x, y) => (order.get(serviceOf(x)) ?? 0) - (order.get(serviceOf(y)) ?? 0));
  return { plan: { ...plan, actions }, diagnostics };
}

const serviceOf = (d: Diagnostic) => d.message.slice(0, d.message.indexOf(':'));

/** The property changes of one service's deployments, resource by resource in template order. */
export async function whatIfService(
  ctx: ArmContext,
  desired: DesiredState,
  service: string,
  lateValues: Map<string, Promise<unknown>> = new Map(),
): Promise<PropertyChange[]> {
  const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
  const known: Record<string, unknown> = {};
  for (const ref of lateRefsOf(resources)) {
    let pending = lateValues.get(ref.key);
    if (!pending) {
      pending = liveValueIfThere(ctx, desired, ref);
      lateValues.set(ref.key, pending);
    }
    const value = await pending;
    if (value !== undefined) known[ref.key] = value;
  }
  const sendable: DesiredResource[] = [];
  const afterApply: PropertyChange[] = [];
  for (const r of resources) {
    const unknown = lateValuePaths(r.body).filter((p) => p.refs.some((ref) => !(ref.key in known)));
    if (unknown.length > 0) {
      for (const { path } of unknown)
        afterApply.push({ resource: r.name, path, kind: 'create', after: KNOWN_AFTER_APPLY });
      continue;
    }
    sendable.push(withLateValues(r, known));
  }
  const names = new Map(resources.map((r) => [r.id.toLowerCase(), r.name]));
  const changes: PropertyChange[] = [];
  for (const d of buildDeployments(service, desired.environment, desired.project, sendable)) {
    const result = await whatIfDeployment(ctx, desired, d);
    for (const id of d.resourceIds) {
      const change = result.find((c) => c.resourceId?.toLowerCase() === id.toLowerCase());
      if (change) changes.push(...toPropertyChanges(change, names.get(id.toLowerCase()) ?? lastSegment(id)));
    }
  }
  return [...changes, ...afterApply];
}

/** The value a late placeholder names if its resource and property exist now; undefined when only apply makes them. */
async function liveValueIfThere(ctx: ArmContext, desired: DesiredState, ref: LateRef): Promise<unknown> {
  try {
    return await readLateValue(ctx, desired, ref);
  } catch (error) {
    const code = toArmError(error).code;
    if (isNotFound(error) || code === 'PrincipalUnknown' || code === 'LiveValueUnknown') return undefined;
    throw error;
  }
}

async function whatIfDeployment(
  ctx: ArmContext,
  desired: DesiredState,
  d: PlannedDeployment,
): Promise<WhatIfChange[]> {
  const parameters = {
    ...(d.scope === 'subscription' ? { location: desired.location } : {}),
    properties: { mode: 'Incremental' as const, template: d.template },
  };
  const poll = { updateIntervalInMs: ctx.pollIntervalMs };
  const result = await withRetry(
    () =>
      (d.scope === 'subscription'
        ? ctx.deployments.deployments.whatIfAtSubscriptionScope(d.name, parameters, poll)
        : ctx.deployments.deployments.whatIf(d.resourceGroup!, d.name, parameters, poll)
      ).pollUntilDone(),
    ctx.retry,
  );
  if (result.error) throw new ArmOperationError(toArmError({ details: { error: result.error } }));
  return result.changes ?? [];
}

/**
 * One resource's what-if answer as property changes. An empty path stands for the whole resource (a
 * resource of an updated service that does not exist yet, or one ARM can only redeploy without predicting).
 */
export function toPropertyChanges(change: WhatIfChange, resource: string): PropertyChange[] {
  switch (change.changeType) {
    case 'Create':
      return [{ resource, path: '', kind: 'create' }];
    case 'Delete':
      return [{ resource, path: '', kind: 'delete' }];
    case 'Modify':
      return (change.delta ?? [])
        .flatMap((p) => flatten(p, '', resource))
        .filter((c) => c.path !== HASH_TAG_PATH);
    case 'Deploy':
      return [
        { resource, path: '', kind: 'modify', after: '(redeployed; ARM cannot predict its properties)' },
      ];
    case 'Unsupported':
      return [
        {
          resource,
          path: '',
          kind: 'modify',
          after: `(what-if does not support this resource${change.unsupportedReason ? `: ${change.unsupportedReason}` : ''})`,
        },
      ];
    default:
      // NoChange, Ignore: nothing to show.
      return [];
  }
}

/** ARM nests array elements (and sometimes object members) as children with relative paths. */
function flatten(p: WhatIfPropertyChange, parent: string, resource: string): PropertyChange[] {
  const path = !parent ? p.path : /^\d+$/.test(p.path) ? `${parent}[${p.path}]` : `${parent}.${p.path}`;
  const children = p.children ?? [];
  switch (p.propertyChangeType) {
    case 'NoEffect':
      // Set, but Azure ignores it (read-only or derived): not a change.
      return [];
    case 'Create':
      return [{ resource, path, kind: 'create', after: p.after }];
    case 'Delete':
      return [{ resource, path, kind: 'delete', before: p.before }];
    case 'Array':
    case 'Modify':
      if (children.length > 0) return children.flatMap((c) => flatten(c, path, resource));
      return [{ resource, path, kind: 'modify', before: p.before, after: p.after }];
    default:
      return [];
  }
}

function lastSegment(id: string): string {
  return id.replace(/\/+$/, '').split('/').pop() ?? id;
}

/** Runs `work` on every item, at most `limit` at once; the first failure is thrown after all have settled. */
async function forEachBounded<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
