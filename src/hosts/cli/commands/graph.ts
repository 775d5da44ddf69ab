// `aifactory graph`: the services of one environment and what each waits for, as Mermaid, DOT or JSON.
import { buildPlan } from '../../../core/plan.js';
import { catalog } from '../../../core/catalog/index.js';
import { renderDot, renderMermaid } from '../../../core/render/index.js';
import { report } from '../../../app/run.js';
import { emptyObservedState } from '../../../app/files.js';
import type { CliCommand } from '../command.js';
import { configOption, envOption, loadForCommand, stderrLogger, str, tenantOption } from '../common.js';

export const graphCommand: CliCommand = {
  name: 'graph',
  summary: "Draw the environment's services and their dependencies (Mermaid, DOT or JSON)",
  options: [
    configOption,
    envOption(true),
    {
      name: 'format',
      kind: 'string',
      valueName: 'FORMAT',
      description: 'Output format',
      choices: ['mermaid', 'dot', 'json'],
      default: 'mermaid',
    },
    tenantOption,
  ],
  async run(args, io) {
    const logger = stderrLogger(io);
    const loaded = loadForCommand(args, io, logger);
    if (!loaded) return 1;
    const { config, env } = loaded;
    const tenantId = str(args, 'tenant-id');
    // The graph of a fresh environment: every service is a create, so every edge is shown.
    const { plan } = buildPlan(
      config,
      env,
      catalog,
      emptyObservedState(config.environments[env].subscriptionId),
      {
        allowDestroy: [],
        ...(tenantId ? { tenantId } : {}),
      },
    );
    const problems = plan.diagnostics.filter((d) => d.code !== 'desired.tenant');
    report(logger, problems);
    if (problems.some((d) => d.severity === 'error')) return 1;
    const format = str(args, 'format');
    if (format === 'dot') io.stdout(renderDot(plan));
    else if (format === 'json') {
      const graph = {
        environment: env,
        nodes: plan.actions.map((a) => ({
          id: a.service,
          title: a.title,
          reason: a.reason,
          seconds: a.estimatedSeconds,
        })),
        edges: plan.actions.flatMap((a) => a.dependsOn.map((d) => ({ from: a.service, to: d }))),
        criticalPath: plan.criticalPath,
        estimatedSeconds: plan.estimatedSeconds,
      };
      io.stdout(`${JSON.stringify(graph, null, 2)}\n`);
    } else io.stdout(renderMermaid(plan).replace(/\n*$/, '\n'));
    return 0;
  },
};
