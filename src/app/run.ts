// The application layer every host calls: validate, plan, apply. It reads files, picks the observer (a
// snapshot file, the local emulator, Azure), runs the core and reports through the host's Logger. The result
// carries the exit code, the plan and the Markdown the hosts publish.
import { catalog as defaultCatalog } from '../core/catalog/index.js';
import { formatDiagnostic, selectEnvironment } from '../core/config/index.js';
import { buildDesiredState } from '../core/desired.js';
import { buildPlan } from '../core/plan.js';
import { renderMarkdown, renderText, summaryLine } from '../core/render/index.js';
import { observeScope } from '../core/scope.js';
import type { Catalog, DesiredState, Diagnostic, ObservedState, Plan, ProjectConfig } from '../core/types.js';
import { emptyObservedState, readConfigFile, readObservedFile, writePlanFile } from './files.js';
import type { Logger, RunOptions, RunResult } from './types.js';

export async function run(
  options: RunOptions,
  logger: Logger,
  catalog: Catalog = defaultCatalog,
): Promise<RunResult> {
  switch (options.command) {
    case 'validate':
      return runValidate(options, logger, catalog);
    case 'plan':
      return runPlan(options, logger, catalog);
    case 'apply': {
      const { runApply } = await import('./apply.js');
      return runApply(options, logger);
    }
    default:
      return fail(logger, [
        error('run.command', `unknown command '${String(options.command)}'`, 'use validate, plan or apply'),
      ]);
  }
}

const error = (code: string, message: string, hint?: string): Diagnostic => ({
  severity: 'error',
  code,
  message,
  ...(hint ? { hint } : {}),
});

const hasErrors = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** Sends each diagnostic to the logger in the `file:line:col: severity: message (hint)` form. */
export function report(logger: Logger, diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const text = formatDiagnostic(d);
    if (d.severity === 'error') logger.error(text, d.location);
    else if (d.severity === 'warning') logger.warn(text);
    else logger.info(text);
  }
}

function fail(
  logger: Logger,
  diagnostics: Diagnostic[],
  message?: string,
  extra: Partial<RunResult> = {},
): RunResult {
  report(logger, diagnostics);
  const text = message ?? diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed';
  return { exitCode: 1, ok: false, diagnostics, message: text, ...extra };
}

export interface LoadedEnvironment {
  config?: ProjectConfig;
  /** Every diagnostic so far (config warnings included). */
  diagnostics: Diagnostic[];
}

/**
 * Reads the config and picks one environment, with the subscription override applied. Stops (no config) on
 * any error: a broken config never reaches the planner.
 */
export function loadEnvironment(
  configPath: string,
  env: string | undefined,
  catalog: Catalog = defaultCatalog,
  overrides: { subscriptionId?: string } = {},
): LoadedEnvironment {
  const read = readConfigFile(configPath, catalog);
  if (!read.config || hasErrors(read.diagnostics)) return { diagnostics: read.diagnostics };
  if (env === undefined) return { config: read.config, diagnostics: read.diagnostics };
  const selected = selectEnvironment(read.config, env);
  if (!selected.environment) return { diagnostics: [...read.diagnostics, ...selected.diagnostics] };
  let config = read.config;
  if (overrides.subscriptionId) {
    config = {
      ...config,
      environments: {
        ...config.environments,
        [env]: { ...selected.environment, subscriptionId: overrides.subscriptionId },
      },
    };
  }
  return { config, diagnostics: read.diagnostics };
}

async function runValidate(options: RunOptions, logger: Logger, catalog: Catalog): Promise<RunResult> {
  const loaded = loadEnvironment(options.configPath, options.environment, catalog, options);
  if (!loaded.config) {
    const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
    return fail(logger, loaded.diagnostics, `${options.configPath}: ${count} error${count === 1 ? '' : 's'}`);
  }
  const config = loaded.config;
  const diagnostics = [...loaded.diagnostics];
  report(logger, loaded.diagnostics);
  const envs = options.environment ? [options.environment] : Object.keys(config.environments);
  for (const env of envs) {
    const desired = buildDesiredState(
      config,
      env,
      catalog,
      emptyObservedState(config.environments[env].subscriptionId),
      {
        allowDestroy: options.allowDestroy,
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
      },
    );
    // Where the tenant comes from is a plan-time matter (the host may pass it): at validate time it is a note.
    const found = desired.diagnostics.map((d) =>
      d.code === 'desired.tenant'
        ? {
            ...d,
            severity: 'note' as const,
            message: `${env}: no tenant id in the config; plan needs --tenant-id (or AZURE_TENANT_ID in CI hosts)`,
            hint: `or set environments.${env}.tenantId`,
          }
        : { ...d, message: `${env}: ${d.message}` },
    );
    const unique = found.filter((d, i) => found.findIndex((o) => o.message === d.message) === i);
    report(logger, unique);
    diagnostics.push(...unique);
    const resources = desired.services.reduce((n, s) => n + s.resources.length, 0);
    if (!hasErrors(unique)) {
      logger.info(`${env}: ${desired.services.length} services, ${resources} resources, every name valid`);
    }
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    return {
      exitCode: 1,
      ok: false,
      diagnostics,
      message: `${options.configPath}: ${errors} error${errors === 1 ? '' : 's'}`,
    };
  }
  return {
    exitCode: 0,
    ok: true,
    diagnostics,
    message: `${options.configPath} is valid (${envs.join(', ')})`,
  };
}

async function observeFor(
  options: RunOptions,
  config: ProjectConfig,
  env: string,
  catalog: Catalog,
): Promise<{ observed?: ObservedState; diagnostics: Diagnostic[] }> {
  const subscriptionId = config.environments[env].subscriptionId;
  if (options.target === 'file') {
    if (!options.observedFile) return { observed: emptyObservedState(subscriptionId), diagnostics: [] };
    return readObservedFile(options.observedFile);
  }
  const scope = observeScope(config, env, catalog);
  try {
    const { observeTarget } = await import('./observe.js');
    return { observed: await observeTarget(options, scope, catalog), diagnostics: [] };
  } catch (e) {
    const { targetDiagnostic } = await import('./observe.js');
    return { diagnostics: [targetDiagnostic(e, options.target)] };
  }
}

async function runPlan(options: RunOptions, logger: Logger, catalog: Catalog): Promise<RunResult> {
  const env = options.environment;
  if (!env)
    return fail(logger, [
      error('plan.env', 'plan needs an environment', 'pass --env dev (or another environment of the config)'),
    ]);
  if (options.whatIf && options.target === 'file')
    return fail(logger, [
      error(
        'plan.what-if-target',
        '--what-if needs a live target: --target local|azure',
        'a snapshot file cannot answer what-if; drop --observed/--target file, or drop --what-if',
      ),
    ]);
  const loaded = loadEnvironment(options.configPath, env, catalog, options);
  if (!loaded.config)
    return fail(logger, loaded.diagnostics, `${options.configPath} has errors; nothing was planned`);
  report(logger, loaded.diagnostics);
  const config = loaded.config;

  const seen = await observeFor(options, config, env, catalog);
  if (!seen.observed) return fail(logger, [...loaded.diagnostics, ...seen.diagnostics], undefined);
  const built = buildPlan(config, env, catalog, seen.observed, {
    allowDestroy: options.allowDestroy,
    ...(options.tenantId ? { tenantId: options.tenantId } : {}),
  });
  let plan = built.plan;
  if (options.whatIf) {
    const asked = await askWhatIf(options, plan, built.desired, catalog);
    if (!asked.plan) return fail(logger, [...loaded.diagnostics, ...asked.diagnostics], undefined, { plan });
    // What-if describes the plan; its warnings go with the plan's, the fingerprint does not move.
    plan = { ...asked.plan, diagnostics: [...asked.plan.diagnostics, ...asked.diagnostics] };
  }
  report(logger, plan.diagnostics);
  logger.startGroup('Plan');
  logger.info(renderText(plan, { color: false }));
  logger.endGroup();

  const diagnostics = [...loaded.diagnostics, ...plan.diagnostics];
  let planFile: string | undefined;
  if (options.planFile) {
    const written = writePlanFile(options.planFile, plan);
    if (written.length > 0) return fail(logger, [...diagnostics, ...written], undefined, { plan });
    planFile = options.planFile;
    logger.info(`Plan written to ${planFile}`);
  }
  const markdown = renderMarkdown(plan);
  const { exitCode, message } = planOutcome(plan);
  return {
    exitCode,
    ok: exitCode !== 1,
    diagnostics,
    plan,
    ...(planFile ? { planFile } : {}),
    markdown,
    message,
  };
}

/** Bounds the what-if calls in flight when the host asks for no parallelism (plan has no walk of its own). */
const WHAT_IF_PARALLELISM = 4;

/** `plan --what-if`: ARM's (or the emulator's) property-level changes for each update of the plan. */
async function askWhatIf(
  options: RunOptions,
  plan: Plan,
  desired: DesiredState,
  catalog: Catalog,
): Promise<{ plan?: Plan; diagnostics: Diagnostic[] }> {
  if (!plan.actions.some((a) => a.action === 'update')) return { plan, diagnostics: [] };
  const { openArmSession, targetDiagnostic } = await import('./observe.js');
  const { whatIfPlan } = await import('../azure/what-if.js');
  let session: Awaited<ReturnType<typeof openArmSession>>;
  try {
    session = await openArmSession(options, plan.subscriptionId, catalog);
  } catch (e) {
    return { diagnostics: [targetDiagnostic(e, options.target)] };
  }
  try {
    const parallelism = options.parallelism > 1 ? options.parallelism : WHAT_IF_PARALLELISM;
    return await whatIfPlan(session.ctx, plan, desired, { parallelism });
  } catch (e) {
    return { diagnostics: [targetDiagnostic(e, session.description)] };
  } finally {
    await session.close();
  }
}

/** 1 when the plan must not be applied (errors, blocked deletes, conflicts); 2 when it changes something. */
export function planOutcome(plan: Plan): { exitCode: 0 | 1 | 2; message: string } {
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0)
    return { exitCode: 1, message: `the plan has ${errors} error${errors === 1 ? '' : 's'}; fix them first` };
  if (plan.conflicts.length > 0) {
    return {
      exitCode: 1,
      message: `${summaryLine(plan)} ${plan.conflicts.length} resource${plan.conflicts.length === 1 ? '' : 's'} with our names belong to someone else; nothing can be applied`,
    };
  }
  if (plan.blocked.length > 0)
    return {
      exitCode: 1,
      message: `${summaryLine(plan)} Blocked: ${plan.blocked.map((b) => b.service).join(', ')}`,
    };
  const changes = plan.summary.create + plan.summary.update + plan.summary.delete;
  return { exitCode: changes > 0 ? 2 : 0, message: summaryLine(plan) };
}
