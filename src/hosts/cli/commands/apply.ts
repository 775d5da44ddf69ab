// `aifactory apply`: plan and apply one environment (or exactly a reviewed plan) on Azure or the local
// emulator. Progress goes to stderr as it happens; the closing sentence goes to stdout.
import path from 'node:path';
import { run } from '../../../app/run.js';
import { createConsoleLogger } from '../../../app/logger.js';
import type { RunOptions, Target } from '../../../app/types.js';
import { DEFAULT_PARALLELISM, MAX_PARALLELISM } from '../../shared/options.js';
import type { CliCommand, CliIO, OptionSpec, ParsedArgs } from '../command.js';

export const APPLY_TARGETS: Target[] = ['local', 'azure'];

/** Options shared by `apply` and `demo`: where the changes go. */
export const targetOptions: OptionSpec[] = [
  {
    name: 'target',
    kind: 'string',
    description: 'Where to apply: local (the embedded ARM emulator) or azure',
    valueName: 'TARGET',
    choices: APPLY_TARGETS,
    default: 'local',
  },
  {
    name: 'state-dir',
    kind: 'string',
    description: 'target local: the emulator state directory',
    valueName: 'DIR',
    default: '.aifactory/local',
  },
  {
    name: 'endpoint',
    kind: 'string',
    description:
      'target local: URL of an emulator already running (aifactory emulator) instead of the embedded one',
    valueName: 'URL',
  },
  {
    name: 'time-scale',
    kind: 'number',
    description: 'target local: factor on typical provisioning seconds (0.01: a 60 s resource takes 0.6 s)',
    valueName: 'X',
  },
];

function str(args: ParsedArgs, name: string): string | undefined {
  const v = args[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function list(args: ParsedArgs, name: string): string[] {
  const v = args[name];
  if (Array.isArray(v))
    return v
      .flatMap((x) => x.split(','))
      .map((x) => x.trim())
      .filter(Boolean);
  if (typeof v === 'string')
    return v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  return [];
}

/** Checks the flags and turns them into RunOptions; a problem is one sentence naming the flag. */
export function applyOptions(args: ParsedArgs, io: CliIO): { options?: RunOptions; problem?: string } {
  const config = str(args, 'config');
  if (!config) return { problem: '--config FILE is required (the path of aifactory.yaml)' };
  const environment = str(args, 'env');
  if (!environment) return { problem: '--env ENV is required (e.g. dev, stage, prod)' };
  const target = (str(args, 'target') ?? 'local') as Target;
  if (!APPLY_TARGETS.includes(target))
    return { problem: `--target must be one of ${APPLY_TARGETS.join(', ')} (got '${target}')` };
  const rawParallelism = args.parallelism ?? DEFAULT_PARALLELISM;
  const parallelism = typeof rawParallelism === 'number' ? rawParallelism : Number(rawParallelism);
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > MAX_PARALLELISM)
    return {
      problem: `--parallelism must be a whole number from 1 to ${MAX_PARALLELISM} (got '${String(rawParallelism)}')`,
    };
  let timeScale: number | undefined;
  if (args['time-scale'] !== undefined) {
    timeScale = Number(args['time-scale']);
    if (!Number.isFinite(timeScale) || timeScale < 0)
      return { problem: `--time-scale must be a number ≥ 0 (got '${String(args['time-scale'])}')` };
  }
  const plan = str(args, 'plan');
  const stateDir = str(args, 'state-dir');
  return {
    options: {
      command: 'apply',
      configPath: path.resolve(io.cwd, config),
      environment,
      ...(plan ? { planFile: path.resolve(io.cwd, plan) } : {}),
      allowDestroy: list(args, 'allow-destroy'),
      parallelism,
      whatIf: false,
      target,
      ...(str(args, 'endpoint') ? { endpoint: str(args, 'endpoint') } : {}),
      ...(stateDir ? { stateDir: path.resolve(io.cwd, stateDir) } : {}),
      ...(timeScale !== undefined ? { timeScale } : {}),
      ...(str(args, 'subscription') ? { subscriptionId: str(args, 'subscription') } : {}),
      forceUnlock: args['force-unlock'] === true,
      purgeSoftDeleted: args['purge-soft-deleted'] === true,
    },
  };
}

export async function runApplyCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const parsed = applyOptions(args, io);
  if (!parsed.options) {
    io.stderr(`error: ${parsed.problem}\n`);
    return 1;
  }
  const logger = createConsoleLogger({ write: io.stderr, color: io.color });
  const result = await run(parsed.options, logger);
  io.stdout(`${result.message}\n`);
  return result.exitCode;
}

export const applyCommand: CliCommand = {
  name: 'apply',
  summary:
    'Apply one environment: observe, plan (or check a reviewed plan), then create, update and delete along the graph',
  options: [
    {
      name: 'config',
      kind: 'string',
      description: 'Path of aifactory.yaml',
      valueName: 'FILE',
      required: true,
    },
    {
      name: 'env',
      kind: 'string',
      description: 'Environment to apply (a key of environments:)',
      valueName: 'ENV',
      required: true,
    },
    {
      name: 'plan',
      kind: 'string',
      description:
        'Apply exactly this reviewed plan (from plan --out); refused when Azure or the config changed since',
      valueName: 'FILE',
    },
    {
      name: 'allow-destroy',
      kind: 'list',
      description: 'Services whose deletion is allowed although they hold data or are protected (or all)',
      valueName: 'SVC,…',
    },
    {
      name: 'parallelism',
      kind: 'number',
      description: `Most services changed at the same time (1–${MAX_PARALLELISM})`,
      valueName: 'N',
      default: DEFAULT_PARALLELISM,
    },
    ...targetOptions,
    {
      name: 'subscription',
      kind: 'string',
      description: "Overrides the environment's subscriptionId",
      valueName: 'ID',
    },
    {
      name: 'force-unlock',
      kind: 'boolean',
      description: "Remove this environment's apply lock first (only when the run holding it is gone)",
    },
    {
      name: 'purge-soft-deleted',
      kind: 'boolean',
      description:
        'Purge deleted Key Vaults / Cognitive Services accounts (default: keep them soft-deleted and recoverable)',
    },
  ],
  run: runApplyCommand,
};
