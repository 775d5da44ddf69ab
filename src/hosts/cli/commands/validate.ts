// `aifactory validate`: the config, every environment's names, subnets and references — without Azure.
import { run } from '../../../app/run.js';
import type { CliCommand } from '../command.js';
import { configOption, envOption, inCwd, stderrLogger, str, tenantOption } from '../common.js';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Check aifactory.yaml: keys, flags, names of every resource, subnets (no Azure needed)',
  options: [configOption, envOption(false), tenantOption],
  async run(args, io) {
    const result = await run(
      {
        command: 'validate',
        configPath: inCwd(io, str(args, 'config')!),
        environment: str(args, 'env'),
        allowDestroy: [],
        parallelism: 1,
        whatIf: false,
        target: 'file',
        tenantId: str(args, 'tenant-id'),
      },
      stderrLogger(io),
    );
    if (result.ok) io.stdout(`${result.message}\n`);
    else io.stderr(`${result.message}\n`);
    return result.exitCode === 1 ? 1 : 0;
  },
};
