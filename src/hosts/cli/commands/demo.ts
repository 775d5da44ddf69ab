// `aifactory demo` (what `npm start` runs): the whole story on the embedded emulator, no Azure account needed.
// Validate the example, plan and apply dev on a fresh emulator, switch one add-on off and one on, plan the
// change (the delete with its cleanup order), apply exactly that reviewed plan, and show that a re-plan is
// quiet. The example file itself is never modified: the changed flags go to a temporary copy.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { createConsoleLogger } from '../../../app/logger.js';
import { run } from '../../../app/run.js';
import type { Logger, RunOptions } from '../../../app/types.js';
import { catalog } from '../../../core/catalog/index.js';
import { formatDuration } from '../../../core/render/index.js';
import type { Plan } from '../../../core/types.js';
import { StateDirLockedError, startEmulator } from '../../../emulator/index.js';
import type { CliCommand, CliIO, ParsedArgs } from '../command.js';
import { inCwd, str } from '../common.js';
import { parallelismOption, parseParallelism, parseTimeScale } from './apply.js';

export const DEMO_CONFIG = 'examples/genai-1/aifactory.yaml';
const DEFAULT_OFF = 'foundryCapabilityHost';
const DEFAULT_ON = 'azureOpenAI';
const DEMO_TIME_SCALE = 0.01;
/** Key Vault bodies need a tenant; the emulator accepts any, so the demo brings one when the config has none. */
const DEMO_TENANT = '00000000-0000-4000-8000-000000000000';

function heading(io: CliIO, step: string): void {
  const bar = io.color ? (t: string) => `\u001b[1;36m${t}\u001b[0m` : (t: string) => t;
  io.stdout(`\n${bar(`━━ ${step}`)}\n`);
}

/** The flags of the base config with two switched: written next to nothing the user owns. */
export function switchFlags(text: string, off: string, on: string): string {
  const doc = parseDocument(text);
  doc.setIn(['flags', off], false);
  doc.setIn(['flags', on], true);
  return doc.toString();
}

function cleanupLines(plan: Plan): string[] {
  const out: string[] = [];
  for (const a of plan.actions.filter((x) => x.action === 'delete')) {
    out.push(`  - ${a.service} (${a.reason}), cleanup in this order:`);
    for (const [i, step] of (a.cleanup ?? []).entries()) {
      const names = step.resourceIds.map((id) => id.split('/').pop());
      out.push(`      ${i + 1}. ${step.step}: ${names.join(', ')}`);
    }
  }
  return out;
}

export async function runDemo(args: ParsedArgs, io: CliIO): Promise<number> {
  const configPath = inCwd(io, str(args, 'config') ?? DEMO_CONFIG);
  const env = str(args, 'env') ?? 'dev';
  const off = str(args, 'off') ?? DEFAULT_OFF;
  const on = str(args, 'on') ?? DEFAULT_ON;
  const parallelism = parseParallelism(args);
  const timeScale = parseTimeScale(args);
  const problem = parallelism.problem ?? timeScale.problem;
  if (problem) {
    io.stderr(`error: ${problem}\n`);
    return 1;
  }
  for (const id of [off, on]) {
    if (!catalog.services.some((s) => s.id === id)) {
      io.stderr(`error: '${id}' is not a service of the catalog (aifactory catalog lists them)\n`);
      return 1;
    }
  }
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch {
    io.stderr(
      `error: cannot read ${configPath}; run the demo from the repository root or pass --config FILE\n`,
    );
    return 1;
  }

  const logger: Logger = createConsoleLogger({ write: io.stdout, color: io.color });
  const keepState = str(args, 'state-dir');
  const work = mkdtempSync(path.join(os.tmpdir(), 'aifactory-demo-'));
  const stateDir = keepState ? inCwd(io, keepState) : path.join(work, 'state');
  const started = Date.now();
  const scale = timeScale.value ?? DEMO_TIME_SCALE;
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({ stateDir, timeScale: scale, catalog });
  } catch (e) {
    const hint = e instanceof StateDirLockedError ? ` (${e.hint})` : '';
    io.stderr(`error: ${(e as Error).message}${hint}\n`);
    if (!keepState) rmSync(work, { recursive: true, force: true });
    return 1;
  }
  const base: Omit<RunOptions, 'command' | 'configPath'> = {
    environment: env,
    allowDestroy: [],
    parallelism: parallelism.value!,
    whatIf: false,
    target: 'local',
    endpoint: emulator.url,
    timeScale: scale,
    tenantId: DEMO_TENANT,
  };
  try {
    heading(io, `1/5 Validate ${path.relative(io.cwd, configPath) || configPath}`);
    const validated = await run({ ...base, command: 'validate', configPath, environment: undefined }, logger);
    io.stdout(`${validated.message}\n`);
    if (!validated.ok) return 1;

    heading(io, `2/5 Plan and apply '${env}' on the local ARM emulator (${emulator.url}, fresh state)`);
    const first = await run({ ...base, command: 'apply', configPath }, logger);
    io.stdout(`${first.message}\n`);
    if (!first.ok) return 1;

    heading(io, `3/5 Switch flags in a copy of the config: ${off} off, ${on} on`);
    const changedPath = path.join(work, 'aifactory.yaml');
    writeFileSync(changedPath, switchFlags(text, off, on));
    io.stdout(
      `flags.${off}: false\nflags.${on}: true\n(written to ${changedPath}; ${path.basename(configPath)} is unchanged)\n`,
    );

    heading(io, '4/5 Plan the change: what is deleted, and the cleanup order of each delete');
    const planFile = path.join(work, 'plan.json');
    let planned = await run({ ...base, command: 'plan', configPath: changedPath, planFile }, logger);
    if (planned.plan && planned.plan.blocked.length > 0) {
      const allow = planned.plan.blocked.map((b) => b.service);
      io.stdout(
        `\nThe plan is blocked until someone allows deleting ${allow.join(', ')} (data-bearing or protected).\n` +
          `The demo allows it the way a reviewer would: --allow-destroy ${allow.join(',')}\n`,
      );
      base.allowDestroy = allow;
      planned = await run({ ...base, command: 'plan', configPath: changedPath, planFile }, logger);
    }
    if (!planned.plan || planned.exitCode === 1) {
      io.stdout(`${planned.message}\n`);
      return 1;
    }
    const lines = cleanupLines(planned.plan);
    io.stdout(
      lines.length > 0 ? `\nDeletes:\n${lines.join('\n')}\n` : '\nNothing is deleted by this change.\n',
    );
    // The plan above ends with its summary line; say only where the reviewed plan is kept.
    io.stdout(`Reviewed plan saved to ${planFile}\n`);

    heading(io, '5/5 Apply exactly the reviewed plan');
    const second = await run({ ...base, command: 'apply', configPath: changedPath, planFile }, logger);
    io.stdout(`${second.message}\n`);
    if (!second.ok) return 1;

    const again = await run(
      { ...base, command: 'plan', configPath: changedPath },
      createConsoleLogger({ write: () => {} }),
    );
    const total = formatDuration((Date.now() - started) / 1000);
    io.stdout(
      `\nRe-plan after the apply: ${again.message}\n` +
        `Done in ${total} against ${emulator.stats().requests} emulated ARM requests.` +
        (keepState ? ` State kept in ${stateDir}.` : '') +
        `\nNext: aifactory plan --config ${path.relative(io.cwd, configPath) || configPath} --env ${env} --target azure\n`,
    );
    return 0;
  } finally {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  }
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary:
    'The whole flow on the embedded emulator: validate, apply dev, switch two flags, plan the delete, apply',
  options: [
    {
      name: 'config',
      kind: 'string',
      valueName: 'FILE',
      description: 'Project config',
      default: DEMO_CONFIG,
    },
    { name: 'env', kind: 'string', valueName: 'ENV', description: 'Environment to apply', default: 'dev' },
    {
      name: 'off',
      kind: 'string',
      valueName: 'SERVICE',
      description: 'Add-on to switch off',
      default: DEFAULT_OFF,
    },
    {
      name: 'on',
      kind: 'string',
      valueName: 'SERVICE',
      description: 'Add-on to switch on',
      default: DEFAULT_ON,
    },
    parallelismOption,
    {
      name: 'time-scale',
      kind: 'number',
      valueName: 'X',
      description: 'Factor on typical provisioning seconds',
      default: DEMO_TIME_SCALE,
    },
    {
      name: 'state-dir',
      kind: 'string',
      valueName: 'DIR',
      description: 'Keep the emulator state here (default: a temporary directory, removed afterwards)',
    },
  ],
  run: runDemo,
};
