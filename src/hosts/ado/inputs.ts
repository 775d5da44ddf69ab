// Reads the task's inputs (task.json) into RunOptions plus what only the task needs. Takes a getter, not
// the task lib, so it is tested without an agent.
import { isAbsolute, relative } from 'node:path';
import type { RunOptions } from '../../app/types.js';
import { type InputNames, toRunOptions } from '../shared/options.js';
import { withTimeScale } from '../shared/time-scale.js';

export const TASK_INPUT_NAMES: InputNames = {
  command: 'command',
  config: 'configFile',
  environment: 'environment',
  planFile: 'planFile',
  allowDestroy: 'allowDestroy',
  parallelism: 'parallelism',
  whatIf: 'whatIf',
  target: 'target',
  subscriptionId: 'subscriptionId',
  tenantId: 'tenantId',
};

export interface TaskInputs {
  options: RunOptions;
  /** Name (id) of the Azure Resource Manager service connection; required for target azure. */
  serviceConnection?: string;
  failOnChanges: boolean;
}

function parseBoolean(name: string, raw: string | undefined, problems: string[]): boolean {
  const value = (raw ?? '').trim().toLowerCase();
  if (!value) return false;
  if (value === 'true') return true;
  if (value === 'false') return false;
  problems.push(`Input '${name}' is '${raw}': use true or false.`);
  return false;
}

/**
 * The agent roots a filePath input at the sources directory; the core should see the same relative path a
 * GitHub run sees, so messages and plans do not differ by host.
 */
export function configPathForRun(configFile: string, cwd: string): string {
  if (!isAbsolute(configFile)) return configFile;
  const rel = relative(cwd, configFile);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.replace(/\\/g, '/') : configFile;
}

/** `env` is the agent's environment: pipeline variables arrive there (AIFACTORY_TIME_SCALE for target local). */
export function readTaskInputs(
  get: (name: string) => string | undefined,
  cwd: string,
  env: Record<string, string | undefined> = process.env,
): { inputs?: TaskInputs; problems: string[] } {
  const problems: string[] = [];
  const whatIf = parseBoolean('whatIf', get('whatIf'), problems);
  const failOnChanges = parseBoolean('failOnChanges', get('failOnChanges'), problems);
  const rawConfig = (get('configFile') ?? '').trim();
  // A filePath input left empty arrives as the sources directory itself.
  const configFile = rawConfig && rawConfig !== cwd ? configPathForRun(rawConfig, cwd) : '';

  const mapped = toRunOptions(
    {
      command: get('command') ?? '',
      config: configFile,
      environment: get('environment') ?? '',
      planFile: get('planFile') ?? '',
      allowDestroy: get('allowDestroy') ?? '',
      parallelism: get('parallelism') ?? '',
      whatIf,
      target: get('target') ?? '',
    },
    TASK_INPUT_NAMES,
  );
  problems.push(...mapped.problems);
  const serviceConnection =
    (get('azureSubscription') || get('ConnectedServiceName') || '').trim() || undefined;
  const target = (get('target') ?? '').trim().toLowerCase() || 'azure';
  // validate reads only the config: it must run in a PR job that has no service connection.
  const needsAzure = target === 'azure' && mapped.options?.command !== 'validate';
  if (needsAzure && !serviceConnection) {
    problems.push(
      "Input 'azureSubscription' is required when target is azure (plan, apply): choose an Azure Resource Manager service connection " +
        "(workload identity federation recommended), e.g. 'azureSubscription: my-connection'.",
    );
  }
  if (problems.length > 0 || !mapped.options) return { problems };
  const options = withTimeScale(mapped.options, env, problems);
  if (problems.length > 0) return { problems };
  return { inputs: { options, serviceConnection, failOnChanges }, problems };
}
