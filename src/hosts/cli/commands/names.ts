// `aifactory names`: every resource name of one environment, so a team can check them before anything exists.
import { buildDesiredState } from '../../../core/desired.js';
import { catalog } from '../../../core/catalog/index.js';
import { report } from '../../../app/run.js';
import { emptyObservedState } from '../../../app/files.js';
import type { CliCommand } from '../command.js';
import { configOption, envOption, loadForCommand, stderrLogger, str, tenantOption } from '../common.js';

export const namesCommand: CliCommand = {
  name: 'names',
  summary: 'List the name of every resource of an environment, checked against Azure’s rules',
  options: [
    configOption,
    envOption(true),
    {
      name: 'format',
      kind: 'string',
      valueName: 'FORMAT',
      description: 'Output format',
      choices: ['text', 'json'],
      default: 'text',
    },
    tenantOption,
  ],
  async run(args, io) {
    const logger = stderrLogger(io);
    const loaded = loadForCommand(args, io, logger);
    if (!loaded) return 1;
    const { config, env } = loaded;
    const tenantId = str(args, 'tenant-id');
    const desired = buildDesiredState(
      config,
      env,
      catalog,
      emptyObservedState(config.environments[env].subscriptionId),
      {
        allowDestroy: [],
        ...(tenantId ? { tenantId } : {}),
      },
    );
    const rows = [
      ...desired.services.flatMap((s) =>
        s.resources.map((r) => ({ service: s.id, type: r.type, name: r.name })),
      ),
    ];
    // Names are printed even when some break a rule: the errors on stderr say which and why.
    if (str(args, 'format') === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    else {
      const w1 = Math.max(7, ...rows.map((r) => r.service.length)) + 2;
      const w2 = Math.max(4, ...rows.map((r) => r.type.length)) + 2;
      io.stdout(`${'SERVICE'.padEnd(w1)}${'TYPE'.padEnd(w2)}NAME\n`);
      for (const r of rows) io.stdout(`${r.service.padEnd(w1)}${r.type.padEnd(w2)}${r.name}\n`);
    }
    const problems = desired.diagnostics.filter((d) => d.code !== 'desired.tenant');
    report(logger, problems);
    return problems.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
