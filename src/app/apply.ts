// `aifactory apply`: take the environment's lock, observe, plan (or check the reviewed plan is still what
// Azure and the config say), refuse what must not run, apply along the graph, release the lock.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { applyPlan } from '../azure/apply.js';
import { DEFAULT_TIME_SCALE } from '../emulator/index.js';
import { DeploymentLockStore } from '../azure/arm-lock-store.js';
import { acquireLock, LockHeldError, type LockHandle } from '../azure/lock.js';
import { observe } from '../azure/observe.js';
import { catalog } from '../core/catalog/index.js';
import { buildPlan, comparePlans } from '../core/plan.js';
import { renderApplyMarkdown, renderApplyText, renderText } from '../core/render/index.js';
import { observeScope } from '../core/scope.js';
import { formatDiagnostic } from '../core/config/index.js';
import type { DesiredState, Diagnostic, Plan } from '../core/types.js';
import { readPlanFile } from './files.js';
import { loadEnvironment, report } from './run.js';
import { openArmSession, targetDiagnostic, TargetError, type ArmSession } from './observe.js';
import type { Logger, RunOptions, RunResult } from './types.js';

/** Who holds the lock, as the loser will read it: the CI run's URL when there is one. */
export function lockHolder(env: Record<string, string | undefined> = process.env): string {
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY)
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.BUILD_BUILDID && env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI && env.SYSTEM_TEAMPROJECT)
    return `${env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI}${env.SYSTEM_TEAMPROJECT}/_build/results?buildId=${env.BUILD_BUILDID}`;
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (containers)
  }
  return `${user}@${os.hostname()} (pid ${process.pid})`;
}

const error = (code: string, message: string, hint?: string): Diagnostic => ({
  severity: 'error',
  code,
  message,
  ...(hint ? { hint } : {}),
});

/** Why the plan must not be applied as it is; empty when it may. */
function refusals(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = plan.diagnostics.filter((d) => d.severity === 'error');
  for (const b of plan.blocked)
    out.push(error('apply.blocked', `${b.service}: the delete is blocked: ${b.reason}`));
  for (const c of plan.conflicts)
    out.push(
      error('apply.conflict', `${c.service}: ${c.reason}`, `resource ${c.resourceId} is never touched`),
    );
  return out;
}

export async function runApply(options: RunOptions, logger: Logger): Promise<RunResult> {
  const fail = (diagnostics: Diagnostic[], message: string, extra: Partial<RunResult> = {}): RunResult => {
    report(logger, diagnostics);
    return { exitCode: 1, ok: false, diagnostics, message, ...extra };
  };
  const env = options.environment;
  if (!env)
    return fail(
      [error('apply.env', 'apply needs an environment', 'pass --env dev (or stage, prod)')],
      'no environment',
    );
  const loaded = loadEnvironment(options.configPath, env, catalog, options);
  if (!loaded.config)
    return fail(loaded.diagnostics, `${options.configPath} has errors; nothing was changed`);
  report(logger, loaded.diagnostics);
  const config = loaded.config;
  let reviewed: Plan | undefined;
  if (options.planFile) {
    const r = readPlanFile(options.planFile);
    if (!r.plan) return fail(r.diagnostics, `cannot read the plan ${options.planFile}; nothing was changed`);
    reviewed = r.plan;
  }

  const scope = observeScope(config, env, catalog);
  let session: ArmSession;
  try {
    session = await openArmSession(options, scope.subscriptionId, catalog);
  } catch (e) {
    const d = e instanceof TargetError ? e.diagnostic : targetDiagnostic(e, options.target);
    return fail([d], d.message);
  }
  logger.info(`Target: ${session.description}`);

  let lock: LockHandle | undefined;
  let renewal: NodeJS.Timeout | undefined;
  try {
    const store = new DeploymentLockStore(session.ctx, scope.project, env, scope.location);
    try {
      lock = await acquireLock(store, {
        holder: lockHolder(),
        runId: randomUUID(),
        forceUnlock: options.forceUnlock,
        settleMs: options.target === 'local' ? 250 : 10_000,
        onNote: (m) => logger.warn(m),
      });
    } catch (e) {
      if (e instanceof LockHeldError) return fail([error('apply.locked', e.message, e.hint)], e.message);
      throw e;
    }
    const held = lock;
    renewal = setInterval(() => {
      held
        .renew()
        .catch((e: unknown) => logger.warn(`could not renew the apply lock: ${(e as Error).message}`));
    }, 10 * 60_000);
    renewal.unref();

    const observed = await observe(session.ctx, scope);
    const built = buildPlan(config, env, catalog, observed, {
      allowDestroy: options.allowDestroy,
      ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    });
    const desired = built.desired;
    let plan = built.plan;
    if (reviewed) {
      const changes = comparePlans(reviewed, plan);
      if (changes.length > 0) {
        const message = `plan is stale: ${changes.join('; ')}`;
        return fail(
          [error('apply.stale-plan', message, 'plan again, review, and apply the new plan')],
          message,
          { plan },
        );
      }
      logger.info(`The reviewed plan ${options.planFile} still matches (${plan.fingerprint}).`);
    } else {
      if (options.whatIf) plan = await withWhatIf(session, plan, desired, options, logger);
      logger.info(renderText(plan, { color: false }).trimEnd());
    }
    const refused = refusals(plan);
    if (refused.length > 0) {
      return fail(
        [...plan.diagnostics.filter((d) => d.severity !== 'error'), ...refused],
        'the plan cannot be applied; nothing was changed',
        { plan },
      );
    }

    const result = await applyPlan(session.ctx, plan, desired, {
      parallelism: options.parallelism,
      logger,
      ...(options.target === 'local' ? { timeScale: localTimeScale(session, options, logger) } : {}),
    });
    logger.info(renderApplyText(result, { color: false }).trimEnd());
    const changed = result.outcomes.filter((o) => o.status === 'succeeded').length;
    return {
      exitCode: result.ok ? 0 : 1,
      ok: result.ok,
      diagnostics: plan.diagnostics,
      plan,
      apply: result,
      markdown: renderApplyMarkdown(plan, result),
      message: result.ok
        ? changed === 0
          ? `${plan.project}/${env} is up to date: nothing to change`
          : `applied ${changed} change(s) to ${plan.project}/${env} in ${result.seconds}s`
        : `apply of ${plan.project}/${env} failed: ${result.outcomes
            .filter((o) => o.status === 'failed')
            .map((o) => o.service)
            .join(', ')}; re-run to continue`,
    };
  } catch (e) {
    const d = targetDiagnostic(e, session.description);
    return fail([d], d.message);
  } finally {
    if (renewal) clearInterval(renewal);
    if (lock)
      await lock
        .release()
        .catch((e: unknown) => logger.warn(`could not release the apply lock: ${(e as Error).message}`));
    await session.close();
  }
}

/**
 * How long the catalog's seconds take on the local emulator, for the ETA: what the emulator says it runs at (it
 * tells on every answer), else what it was started with here.
 */
function localTimeScale(session: ArmSession, options: RunOptions, logger: Logger): number {
  const reported = session.ctx.emulatorTimeScale();
  if (reported === undefined) return options.timeScale ?? DEFAULT_TIME_SCALE;
  if (options.endpoint && options.timeScale !== undefined && options.timeScale !== reported)
    logger.warn(
      `the emulator at ${options.endpoint} runs at time scale ${reported}: --time-scale ${options.timeScale} is ignored`,
    );
  return reported;
}

/** apply without a reviewed plan, what-if on: the printed plan shows each update's property changes. */
async function withWhatIf(
  session: ArmSession,
  plan: Plan,
  desired: DesiredState,
  options: RunOptions,
  logger: Logger,
): Promise<Plan> {
  if (!plan.actions.some((a) => a.action === 'update')) return plan;
  const { whatIfPlan } = await import('../azure/what-if.js');
  const result = await whatIfPlan(session.ctx, plan, desired, {
    parallelism: Math.max(1, options.parallelism),
  });
  for (const d of result.diagnostics) logger.warn(formatDiagnostic(d));
  return result.plan;
}
