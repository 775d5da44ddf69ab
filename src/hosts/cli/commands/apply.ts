// `aifactory apply`: plan and apply one environment (or exactly a reviewed plan) on Azure or the local
// emulator. Progress goes to stderr as it happens; the closing sentence goes to stdout.
import { run } from '../../../app/run.js';
import type { RunOptions, Target } from '../../../app/types.js';
import { DEFAULT_PARALLELISM, MAX_PARALLELISM } from '../../shared/options.js';
import type { CliCommand, CliIO, OptionSpec, ParsedArgs } from '../command.js';
import { configOption, envOption, inCwd, list, stderrLogger, str, tenantOption } from '../common.js';

export const APPLY_TARGETS: Target[] = ['local', 'azure'];

/** Options shared by `apply` and `demo`: where the changes go. */
export const localTargetOptions: OptionSpec[] = [
  {
    name: 'state-dir',
    kind: 'string',
    description: 'target local: state of the embedded emulator (default .aifactory/local)',
    valueName: 'DIR',
  },
  {
    name: 'endpoint',
    kind: 'string',
    description:
      'target local: an emulator already running (aifactory emulator) instead of the embedded one; target azure: the ARM endpoint of another cloud (https; sovereign clouds, Azure Stack Hub)',
    valueName: 'URL',
  },
  {
    name: 'time-scale',
    kind: 'number',
    description: 'target local: factor on typical provisioning seconds (0.01: a 60 s resource takes 0.6 s)',
    valueName: 'X',
  },
];

export const parallelismOption: OptionSpec = {
  name: 'parallelism',
  kind: 'number',
  description: `Most services changed at the same time (1–${MAX_PARALLELISM})`,
  valueName: 'N',
  default: DEFAULT_PARALLELISM,
};

export function parseParallelism(args: ParsedArgs): { value?: number; problem?: string } {
  const raw = args.parallelism ?? DEFAULT_PARALLELISM;
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > MAX_PARALLELISM)
    return {
      problem: `--parallelism must be a whole number from 1 to ${MAX_PARALLELISM} (got '${String(raw)}')`,
    };
  return { value };
}

export function parseTimeScale(args: ParsedArgs): { value?: number; problem?: string } {
  if (args['time-scale'] === undefined) return {};
  const value = Number(args['time-scale']);
  if (!Number.isFinite(value) || value < 0)
    return { problem: `--time-scale must be a number ≥ 0 (got '${String(args['time-scale'])}')` };
  return { value };
}

/** Checks the flags and turns them into RunOptions; a problem is one sentence naming the flag. */
export function applyOptions(args: ParsedArgs, io: CliIO): { options?: RunOptions; problem?: string } {
  const environment = str(args, 'env');
  if (!environment) return { problem: '--env ENV is required (e.g. dev, stage, prod)' };
  const target = (str(args, 'target') ?? 'local') as Target;
  if (!APPLY_TARGETS.includes(target))
    return { problem: `--target must be one of ${APPLY_TARGETS.join(', ')} (got '${target}')` };
  const parallelism = parseParallelism(args);
  if (parallelism.problem) return { problem: parallelism.problem };
  const timeScale = parseTimeScale(args);
  if (timeScale.problem) return { problem: timeScale.problem };
  if (args['purge-soft-deleted'] !== undefined)
    return {
      problem:
        '--purge-soft-deleted is gone: purging is set per environment in the config (environments.<env>.purgeSoftDeleted: [service, …] or [all]), so the plan shows what will be purged (docs/config.md)',
    };
  const plan = str(args, 'plan');
  const stateDir = str(args, 'state-dir');
  return {
    options: {
      command: 'apply',
      configPath: inCwd(io, str(args, 'config') ?? 'aifactory.yaml'),
      environment,
      ...(plan ? { planFile: inCwd(io, plan) } : {}),
      allowDestroy: list(args, 'allow-destroy'),
      parallelism: parallelism.value!,
      whatIf: args['what-if'] === true,
      target,
      ...(str(args, 'endpoint') ? { endpoint: str(args, 'endpoint') } : {}),
      ...(stateDir ? { stateDir: inCwd(io, stateDir) } : {}),
      ...(timeScale.value !== undefined ? { timeScale: timeScale.value } : {}),
      ...(str(args, 'subscription-id') ? { subscriptionId: str(args, 'subscription-id') } : {}),
      ...(str(args, 'tenant-id') ? { tenantId: str(args, 'tenant-id') } : {}),
      forceUnlock: args['force-unlock'] === true,
    },
  };
}

export const applyCommand: CliCommand = {
  name: 'apply',
  summary:
    'Apply one environment: observe, plan (or check a reviewed plan), then change Azure along the graph',
  options: [
    configOption,
    envOption(true),
    {
      name: 'plan',
      kind: 'string',
      description:
        'Apply exactly this reviewed plan (plan --out); refused when Azure or the config changed since',
      valueName: 'FILE',
    },
    {
      name: 'allow-destroy',
      kind: 'list',
      description: 'Services whose deletion is allowed although they hold data or are protected',
      valueName: 'A,B|all',
    },
    parallelismOption,
    {
      name: 'what-if',
      kind: 'boolean',
      description: "Without --plan: show each update's property changes from ARM what-if before applying",
    },
    {
      name: 'target',
      kind: 'string',
      description: 'Where to apply: local (the embedded ARM emulator) or azure',
      valueName: 'TARGET',
      choices: APPLY_TARGETS,
      default: 'local',
    },
    ...localTargetOptions,
    {
      name: 'subscription-id',
      kind: 'string',
      valueName: 'GUID',
      description: "Override the environment's subscription from the config",
    },
    tenantOption,
    {
      name: 'force-unlock',
      kind: 'boolean',
      description: "Remove this environment's apply lock first (only when the run holding it is gone)",
    },
    {
      name: 'purge-soft-deleted',
      kind: 'boolean',
      description:
        'Removed: purging is set per environment in the config (environments.<env>.purgeSoftDeleted), so the plan shows it',
    },
  ],
  async run(args, io) {
    const parsed = applyOptions(args, io);
    if (!parsed.options) {
      io.stderr(`error: ${parsed.problem}\n`);
      return 1;
    }
    const result = await run(parsed.options, stderrLogger(io));
    io.stdout(`${result.message}\n`);
    return result.exitCode;
  },
};
