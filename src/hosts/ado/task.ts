// The task's flow with its dependencies passed in: main.ts wires the task lib and run(); tests drive the
// same flow. Thin: inputs → RunOptions, service-connection credential, run(), variables, summary, result.
import type { Logger, RunOptions, RunResult } from '../../app/types.js';
import type { Diagnostic } from '../../core/types.js';
import { TOOL_VERSION } from '../../core/version.js';
import { applyWithoutPlanNote } from '../shared/apply-note.js';
import { type EnvironmentReader, environmentOfRun, sameSubscription } from '../shared/environment-target.js';
import { pathForAnnotation } from '../shared/locations.js';
import { planOutputValues, verdict } from '../shared/outputs.js';
import { writeSummaryFile } from '../shared/summary-file.js';
import { type EndpointReader, ServiceConnectionError, serviceConnectionCredential } from './credential.js';
import { readTaskInputs } from './inputs.js';
import { createTaskLogger, type TaskLogLib } from './logger.js';
import { resolve } from 'node:path';

export interface TaskLib extends TaskLogLib {
  getInput(name: string): string | undefined;
  setVariable(name: string, value: string, secret: boolean, isOutput: boolean): void;
  uploadSummary(path: string): void;
  setResult(result: 'Succeeded' | 'Failed', message: string): void;
  endpoint: EndpointReader;
}

export interface TaskDeps {
  tl: TaskLib;
  run(options: RunOptions, logger: Logger): Promise<RunResult>;
  write(line: string): void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The environment's subscription from the config, to check the service connection against it. */
  readEnvironment: EnvironmentReader;
}

function diagnosticText(d: Diagnostic): string {
  return d.hint ? `${d.message} (${d.hint})` : d.message;
}

function fallbackMarkdown(result: RunResult): string {
  const lines = ['### aifactory-flags', '', result.message];
  for (const d of result.diagnostics) {
    const where = d.location ? `\`${d.location.file}:${d.location.line}:${d.location.column}\` ` : '';
    lines.push(`- **${d.severity}** ${where}${diagnosticText(d)}`);
  }
  return lines.join('\n');
}

export async function runTask(deps: TaskDeps): Promise<void> {
  const { tl, env, cwd } = deps;
  const read = readTaskInputs((name) => tl.getInput(name), cwd, env);
  if (!read.inputs) {
    for (const p of read.problems) tl.error(p);
    tl.setResult(
      'Failed',
      `aifactory-flags: ${read.problems.length} invalid input(s): ${read.problems.join(' ')}`,
    );
    return;
  }
  const inputs = read.inputs;
  const options: RunOptions = { ...inputs.options };
  deps.write(
    `aifactory-flags ${TOOL_VERSION}: ${options.command} ${options.configPath}${options.environment ? ` (${options.environment})` : ''} on ${options.target}`,
  );

  // validate reads only the config: a connection given to it is not used (nor checked).
  if (options.target === 'azure' && options.command !== 'validate' && inputs.serviceConnection) {
    try {
      const sc = serviceConnectionCredential(inputs.serviceConnection, tl.endpoint, { env });
      options.credential = sc.credential;
      if (sc.tenantId && !options.tenantId) options.tenantId = sc.tenantId;
      deps.write(`Azure login: ${sc.description}.`);
      const target = await environmentOfRun(options, deps.readEnvironment);
      if (sc.subscriptionId && target && !sameSubscription(sc.subscriptionId, target.subscriptionId)) {
        tl.warning(
          `Service connection '${inputs.serviceConnection}' is for subscription ${sc.subscriptionId}, but ` +
            `${target.where} says subscriptionId ${target.subscriptionId}: the task ${options.command}s ` +
            `${target.subscriptionId} (the config decides), where the connection's identity may have no access. ` +
            `Use the service connection of that subscription, or fix the config.`,
        );
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      tl.setResult(
        'Failed',
        error instanceof ServiceConnectionError ? message : `Cannot log in to Azure: ${message}`,
      );
      return;
    }
  }

  if (options.command === 'apply' && !options.planFile) tl.warning(applyWithoutPlanNote('planFile'));

  const sourcesDirectory = env.BUILD_SOURCESDIRECTORY || undefined;
  const logger = createTaskLogger(tl, deps.write, { cwd, sourcesDirectory });
  let result: RunResult;
  try {
    result = await deps.run(options, logger);
  } catch (error) {
    logger.endGroup();
    tl.setResult(
      'Failed',
      `aifactory-flags stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  logger.endGroup();

  for (const d of result.diagnostics) {
    if (logger.reported.has(d.message)) continue;
    if (d.severity === 'note') deps.write(diagnosticText(d));
    else if (d.location) {
      const file = pathForAnnotation(d.location.file, cwd, sourcesDirectory);
      tl.logIssue(d.severity, diagnosticText(d), file, d.location.line, d.location.column);
    } else if (d.severity === 'error') tl.error(diagnosticText(d));
    else tl.warning(diagnosticText(d));
  }

  const values = planOutputValues(result);
  if (values) {
    const set = (name: string, value: string) => tl.setVariable(name, value, false, true);
    set('hasChanges', String(values.hasChanges));
    set('createCount', String(values.create));
    set('updateCount', String(values.update));
    set('deleteCount', String(values.delete));
    set('blockedCount', String(values.blocked));
    // apply reports the plan it applied: the file it was given.
    const planFile = values.planFile || options.planFile;
    set('planFile', planFile ? resolve(cwd, planFile) : '');
    set('fingerprint', values.fingerprint);
  }

  const markdown = result.markdown ?? fallbackMarkdown(result);
  const summaryDir = env.AGENT_TEMPDIRECTORY || cwd;
  tl.uploadSummary(writeSummaryFile(summaryDir, options.configPath, options.environment, markdown));

  const v = verdict(result, {
    failOnChanges: inputs.failOnChanges,
    command: options.command,
    inputName: 'failOnChanges',
  });
  tl.setResult(v.failed ? 'Failed' : 'Succeeded', v.message);
}
