// What both hosts share: their inputs, once read as text, become the same RunOptions. Keeping this in one
// place is what makes the GitHub Action and the Azure DevOps task plan identically for identical inputs.
import type { Command, RunOptions, Target } from '../../app/types.js';
import { choiceProblem } from './choices.js';

export const COMMANDS: readonly Command[] = ['validate', 'plan', 'apply'];
/** `file` is a CLI-only target (an observed-state snapshot); the hosts offer Azure and the local emulator. */
export const HOST_TARGETS: readonly Target[] = ['azure', 'local'];
export const DEFAULT_PARALLELISM = 4;
export const MAX_PARALLELISM = 64;

/** Host inputs as text, before validation. Names are the host-neutral keys; `names` spells them per host. */
export interface HostInputValues {
  command: string;
  config: string;
  environment: string;
  planFile: string;
  allowDestroy: string;
  parallelism: string;
  whatIf: boolean;
  target: string;
  subscriptionId?: string;
  tenantId?: string;
}

/** How each host spells its inputs, so messages name what the user actually wrote. */
export type InputNames = Record<keyof HostInputValues, string>;

export interface MappedOptions {
  options?: RunOptions;
  problems: string[];
}

/** Splits a list input: commas, spaces or new lines (a YAML block scalar) all separate entries. */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Default plan file when `plan` is asked for without one: next to the config, one per environment. */
export function defaultPlanFile(environment: string): string {
  return `aifactory-plan-${environment}.json`;
}

export function toRunOptions(values: HostInputValues, names: InputNames): MappedOptions {
  const problems: string[] = [];
  const command = values.command.trim().toLowerCase();
  const target = (values.target.trim() || 'azure').toLowerCase();
  const environment = values.environment.trim();
  const config = values.config.trim() || 'aifactory.yaml';

  if (!command) problems.push(`Input '${names.command}' is required. Valid choices: ${COMMANDS.join(', ')}.`);
  else {
    const p = choiceProblem(names.command, command, COMMANDS);
    if (p) problems.push(p);
  }
  const targetProblem = choiceProblem(names.target, target, HOST_TARGETS);
  if (targetProblem) problems.push(targetProblem);

  if ((command === 'plan' || command === 'apply') && !environment) {
    problems.push(
      `Input '${names.environment}' is required for '${command}': name one environment of the config (for example dev).`,
    );
  }

  let parallelism = DEFAULT_PARALLELISM;
  const rawParallelism = values.parallelism.trim();
  if (rawParallelism) {
    const n = Number(rawParallelism);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PARALLELISM) {
      problems.push(
        `Input '${names.parallelism}' is '${rawParallelism}': use a whole number from 1 to ${MAX_PARALLELISM} (default ${DEFAULT_PARALLELISM}).`,
      );
    } else parallelism = n;
  }

  const subscriptionId = values.subscriptionId?.trim() || undefined;
  if (
    subscriptionId &&
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(subscriptionId)
  ) {
    problems.push(
      `Input '${names.subscriptionId}' is '${subscriptionId}', which is not a subscription id (a GUID like 00000000-0000-0000-0000-000000000000).`,
    );
  }

  if (problems.length > 0) return { problems };

  let planFile = values.planFile.trim() || undefined;
  if (!planFile && command === 'plan') planFile = defaultPlanFile(environment);

  const options: RunOptions = {
    command: command as Command,
    configPath: config,
    environment: environment || undefined,
    planFile,
    allowDestroy: splitList(values.allowDestroy),
    parallelism,
    whatIf: values.whatIf,
    target: target as Target,
  };
  if (subscriptionId) options.subscriptionId = subscriptionId;
  const tenantId = values.tenantId?.trim();
  if (tenantId) options.tenantId = tenantId;
  return { options, problems };
}
