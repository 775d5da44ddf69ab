// `aifactory plan`: what would change, in which order and why — from a snapshot file, the local emulator or
// Azure. The plan goes to stdout in the format asked for; everything else to stderr.
import { run } from '../../../app/run.js';
import type { Target } from '../../../app/types.js';
import { renderJson, renderText } from '../../../core/render/index.js';
import type { CliCommand } from '../command.js';
import { configOption, envOption, inCwd, list, stderrLogger, str, tenantOption } from '../common.js';

export const planCommand: CliCommand = {
  name: 'plan',
  summary: 'Show what apply would create, update and delete, in order, with reasons and the estimated time',
  options: [
    configOption,
    envOption(true),
    {
      name: 'observed',
      kind: 'string',
      valueName: 'FILE',
      description: 'Observed-state JSON snapshot to plan against (implies --target file)',
    },
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE',
      description: 'Also write the plan JSON here (for apply --plan)',
    },
    {
      name: 'format',
      kind: 'string',
      valueName: 'FORMAT',
      description: 'Output on stdout',
      choices: ['text', 'markdown', 'json'],
      default: 'text',
    },
    {
      name: 'what-if',
      kind: 'boolean',
      description:
        "Add each update's property changes from ARM what-if (the emulator's locally); needs --target local|azure",
    },
    {
      name: 'detailed-exitcode',
      kind: 'boolean',
      description: 'Exit 2 when the plan has changes (0: none, 1: error)',
    },
    {
      name: 'allow-destroy',
      kind: 'list',
      valueName: 'A,B|all',
      description: 'Services whose deletion is allowed although they hold data or are protected',
    },
    {
      name: 'target',
      kind: 'string',
      valueName: 'TARGET',
      description: 'Where the current state comes from (default: file with --observed, else local)',
      choices: ['file', 'local', 'azure'],
    },
    {
      name: 'endpoint',
      kind: 'string',
      valueName: 'URL',
      description:
        'target local: an emulator already running; target azure: the ARM endpoint of another cloud (https; sovereign clouds, Azure Stack Hub)',
    },
    {
      name: 'state-dir',
      kind: 'string',
      valueName: 'DIR',
      description: 'target local: state of the embedded emulator (default .aifactory/local)',
    },
    {
      name: 'subscription-id',
      kind: 'string',
      valueName: 'GUID',
      description: "Override the environment's subscription from the config",
    },
    tenantOption,
  ],
  async run(args, io) {
    const observed = str(args, 'observed');
    const target = (str(args, 'target') ?? (observed ? 'file' : 'local')) as Target;
    if (observed && target !== 'file') {
      io.stderr(`error: --observed reads a snapshot file; it cannot be combined with --target ${target}\n`);
      return 1;
    }
    const format = str(args, 'format') ?? 'text';
    const result = await run(
      {
        command: 'plan',
        configPath: inCwd(io, str(args, 'config')!),
        environment: str(args, 'env'),
        planFile: str(args, 'out') ? inCwd(io, str(args, 'out')!) : undefined,
        allowDestroy: list(args, 'allow-destroy'),
        parallelism: 1,
        whatIf: Boolean(args['what-if']),
        target,
        observedFile: observed ? inCwd(io, observed) : undefined,
        endpoint: str(args, 'endpoint'),
        stateDir: str(args, 'state-dir') ? inCwd(io, str(args, 'state-dir')!) : undefined,
        subscriptionId: str(args, 'subscription-id'),
        tenantId: str(args, 'tenant-id'),
      },
      stderrLogger(io, ['Plan']),
    );
    if (result.plan) {
      if (format === 'json') io.stdout(renderJson(result.plan));
      else if (format === 'markdown') io.stdout(result.markdown ?? '');
      else io.stdout(`${renderText(result.plan, { color: io.color }).replace(/\n*$/, '\n')}`);
    }
    // The text plan ends with the same summary sentence; other formats (and failures) get it on stderr.
    if (format !== 'text' || !result.plan || result.exitCode === 1) io.stderr(`${result.message}\n`);
    if (result.exitCode === 2) return args['detailed-exitcode'] ? 2 : 0;
    return result.exitCode;
  },
};
