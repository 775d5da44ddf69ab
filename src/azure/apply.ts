// Applies a plan: walks its actions as a graph (a service starts as soon as what it waits for is done, at
// most `parallelism` at once), deploys creates/updates, deletes in cleanup order, and reports every service
// with its outcome and time. A failed service skips only its dependents; a re-run converges because what
// exists and matches is planned as a no-op and every delete ignores 404.
import type { ApplyResult, Logger, ServiceOutcome } from '../app/types.js';
import { walkGraph, type WalkEvent } from '../core/executor.js';
import type { DesiredState, Plan, PlanAction } from '../core/types.js';
import type { ArmContext } from './clients.js';
import { deleteService, forgetDeployments, removeOrphans } from './delete.js';
import { deployService } from './deploy.js';
import { toArmError } from './errors.js';
import { resourceGroupOf } from './ids.js';
import { createProgressReporter } from './progress.js';
import { buildDeployments, deploymentPasses } from './template.js';
import type { RetryOptions } from './retry.js';

export interface ApplyPlanOptions {
  parallelism: number;
  logger: Logger;
  /** Backoff of transient ARM conflicts (tests shorten it). */
  retry?: RetryOptions;
  onEvent?: (e: WalkEvent) => void;
  /** Milliseconds clock (tests). */
  now?: () => number;
  /** The emulator's time scale: estimates (Azure seconds) × this = what to expect here, for the ETA. */
  timeScale?: number;
}

function describe(action: PlanAction): string {
  switch (action.action) {
    case 'create':
      return 'create';
    case 'update':
      return 'update';
    case 'delete':
      return 'delete';
    default:
      return 'no change';
  }
}

export async function applyPlan(
  ctx: ArmContext,
  plan: Plan,
  desired: DesiredState,
  opts: ApplyPlanOptions,
): Promise<ApplyResult> {
  const actions = new Map(plan.actions.map((a) => [a.service, a]));
  const nodes = plan.actions.map((a) => ({
    id: a.service,
    dependsOn: a.dependsOn.filter((d) => actions.has(d)),
  }));
  const reporter = createProgressReporter(opts.logger, (id) => describe(actions.get(id)!));
  const lateValues = new Map<string, Promise<unknown>>();
  const apiVersionById = new Map<string, string>();
  for (const a of plan.actions)
    for (const r of a.resources) apiVersionById.set(r.id.toLowerCase(), r.apiVersion);

  const resourceGroups = [
    ...new Set([
      ...desired.resourceGroups.map((g) => g.name),
      ...plan.actions.flatMap((a) => a.resources.map((r) => resourceGroupOf(r.id) ?? '')).filter(Boolean),
    ]),
  ];
  const changing = plan.actions.filter((a) => a.action !== 'noop').length;
  const here =
    opts.timeScale !== undefined
      ? `, ≈ ${(plan.estimatedSeconds * opts.timeScale).toFixed(1)}s here at time scale ${opts.timeScale}`
      : '';
  opts.logger.info(
    `Applying ${changing} change(s) to ${plan.project}/${plan.environment} with parallelism ${opts.parallelism}` +
      ` (critical path ≈ ${Math.round(plan.estimatedSeconds)}s on Azure${here})`,
  );

  const run = async (service: string): Promise<void> => {
    const action = actions.get(service)!;
    const log = (line: string) => reporter.detail(service, line);
    if (action.action === 'noop') return;
    if (action.action === 'delete') {
      await deleteService(ctx, action, {
        log,
        location: plan.location,
        apiVersionOf: (id) => apiVersionById.get(id.toLowerCase()),
        retry: opts.retry,
        history: { project: plan.project, env: plan.environment, resourceGroups },
      });
      return;
    }
    const history = { project: plan.project, env: plan.environment, resourceGroups };
    const removal = {
      log,
      location: plan.location,
      apiVersionOf: (id: string) => apiVersionById.get(id.toLowerCase()),
      retry: opts.retry,
    };
    await removeOrphans(ctx, action, removal);
    await deployService(ctx, desired, service, { log, retry: opts.retry, lateValues });
    // Observe trusts deployment records: one the deploy did not rewrite still names what was just removed.
    if (action.cleanup?.length)
      await forgetDeployments(ctx, service, history, removal, writtenRecords(desired, service));
  };

  const result = await walkGraph(nodes, run, {
    parallelism: opts.parallelism,
    estimate: (id) =>
      actions.get(id)!.action === 'noop' ? 0 : actions.get(id)!.estimatedSeconds * (opts.timeScale ?? 1),
    now: opts.now,
    onEvent: (e) => {
      // No-ops finish at once; announcing them would bury the real work.
      if (actions.get(e.id)?.action !== 'noop' || e.kind === 'skip') reporter.onEvent(e);
      opts.onEvent?.(e);
    },
  });

  const outcomes: ServiceOutcome[] = result.nodes.map((n) => {
    const action = actions.get(n.id)!;
    const base = { service: n.id, action: action.action, seconds: Math.round(n.seconds * 10) / 10 };
    if (n.outcome === 'skipped')
      return { ...base, status: 'skipped', skippedBecause: n.skippedBecause ?? [] };
    if (n.outcome === 'failed') {
      const info = toArmError(n.error);
      return {
        ...base,
        status: 'failed',
        error: { code: info.code, message: info.message, ...(info.hint ? { hint: info.hint } : {}) },
      };
    }
    return { ...base, status: action.action === 'noop' ? 'noop' : 'succeeded' };
  });
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  const skipped = outcomes.filter((o) => o.status === 'skipped').length;
  opts.logger.info(
    failed === 0
      ? `Apply finished in ${result.seconds.toFixed(1)}s: ${changing} change(s) applied`
      : `Apply finished in ${result.seconds.toFixed(1)}s with ${failed} failed and ${skipped} skipped service(s); re-run to continue`,
  );
  return { ok: failed === 0 && skipped === 0, seconds: Math.round(result.seconds * 10) / 10, outcomes };
}

/** The deployment records a deploy of the service writes (`<resource group or ''>/<name>`, lower-case). */
function writtenRecords(desired: DesiredState, service: string): Set<string> {
  const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
  const out = new Set<string>();
  for (const [i, pass] of deploymentPasses(service, resources).entries()) {
    const suffix = i === 0 ? undefined : 'roles';
    if (pass.length === 0) continue;
    for (const d of buildDeployments(service, desired.environment, desired.project, pass, suffix))
      out.add(`${d.resourceGroup ?? ''}/${d.name}`.toLowerCase());
  }
  return out;
}
