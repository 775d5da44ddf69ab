import fs from 'node:fs';
import path from 'node:path';
import { readObservedFile, readPlanFile, writePlanFile } from '../../src/app/files.js';
import { createConsoleLogger } from '../../src/app/logger.js';
import { planOutcome, run } from '../../src/app/run.js';
import type { Logger, RunOptions } from '../../src/app/types.js';
import type { Plan } from '../../src/core/types.js';
import { CONFIG, tempDir } from '../cli/helpers.js';

const tmp = tempDir();
const config = tmp.write('aifactory.yaml', CONFIG);
afterAll(() => tmp.cleanup());

function collecting(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m, loc) => lines.push(`error ${m}${loc ? ` @${loc.line}:${loc.column}` : ''}`),
    debug: (m) => lines.push(`debug ${m}`),
    startGroup: (n) => lines.push(`group ${n}`),
    endGroup: () => lines.push('endgroup'),
  };
}

const base: RunOptions = {
  command: 'plan',
  configPath: config,
  allowDestroy: [],
  parallelism: 4,
  whatIf: false,
  target: 'file',
};

describe('run', () => {
  test('validate checks every environment', async () => {
    const logger = collecting();
    const result = await run({ ...base, command: 'validate' }, logger);
    expect(result).toMatchObject({ exitCode: 0, ok: true, message: `${config} is valid (dev, prod)` });
    expect(logger.lines.filter((l) => /every name valid/.test(l))).toHaveLength(2);
  });

  test('validate words a missing tenant as a note, not an error', async () => {
    const noTenant = tmp.write('no-tenant.yaml', CONFIG.replace(/ {4}tenantId: .*\n/g, ''));
    const logger = collecting();
    const result = await run({ ...base, command: 'validate', configPath: noTenant }, logger);
    expect(result.exitCode).toBe(0);
    expect(
      result.diagnostics.filter((d) => d.code === 'desired.tenant').every((d) => d.severity === 'note'),
    ).toBe(true);
    // plan needs it: an error there, unless passed as an option
    expect((await run({ ...base, configPath: noTenant, environment: 'dev' }, collecting())).exitCode).toBe(1);
    const withTenant = await run(
      { ...base, configPath: noTenant, environment: 'dev', tenantId: '99999999-9999-4999-8999-999999999999' },
      collecting(),
    );
    expect(withTenant.exitCode).toBe(2);
  });

  test('plan writes the plan file, logs the text plan in a group, returns Markdown and exit 2 for changes', async () => {
    const planFile = path.join(tmp.dir, 'out', 'plan.json');
    const logger = collecting();
    const result = await run({ ...base, environment: 'dev', planFile }, logger);
    expect(result.exitCode).toBe(2);
    expect(result.ok).toBe(true);
    expect(result.planFile).toBe(planFile);
    expect(result.markdown).toContain('```mermaid');
    expect(logger.lines).toContain('group Plan');
    const read = readPlanFile(planFile);
    expect(read.plan?.fingerprint).toBe(result.plan!.fingerprint);
    expect(fs.readFileSync(planFile, 'utf8').endsWith('\n')).toBe(true);
  });

  test('the subscription override changes the plan', async () => {
    const result = await run(
      { ...base, environment: 'dev', subscriptionId: '44444444-4444-4444-8444-444444444444' },
      collecting(),
    );
    expect(result.plan!.subscriptionId).toBe('44444444-4444-4444-8444-444444444444');
  });

  test('errors: no environment, unknown environment, unwritable plan file, unknown command', async () => {
    expect((await run({ ...base }, collecting())).diagnostics[0].code).toBe('plan.env');
    const unknown = await run({ ...base, environment: 'qa' }, collecting());
    expect(unknown.exitCode).toBe(1);
    expect(unknown.diagnostics.map((d) => d.code)).toContain('config.unknown-environment');
    const blocker = tmp.write('blocker', 'a file, not a directory');
    const unwritable = await run(
      { ...base, environment: 'dev', planFile: path.join(blocker, 'plan.json') },
      collecting(),
    );
    expect(unwritable.exitCode).toBe(1);
    expect(unwritable.diagnostics.map((d) => d.code)).toContain('plan.write');
    const bad = await run({ ...base, command: 'nope' as RunOptions['command'] }, collecting());
    expect(bad.message).toBe("unknown command 'nope'");
  });

  test('config errors reach the logger with their location', async () => {
    const broken = tmp.write('broken.yaml', 'version: 1\narchitecture: genai-9\n');
    const logger = collecting();
    const result = await run({ ...base, command: 'validate', configPath: broken }, logger);
    expect(result.exitCode).toBe(1);
    expect(logger.lines.some((l) => /^error .*broken\.yaml:\d+:\d+: error: .* @\d+:\d+$/.test(l))).toBe(true);
  });
});

describe('planOutcome', () => {
  const plan = (over: Partial<Plan>): Plan =>
    ({
      summary: { create: 0, update: 0, delete: 0, noop: 3, blocked: 0 },
      diagnostics: [],
      conflicts: [],
      blocked: [],
      ...over,
    }) as Plan;
  test('0 nothing to do, 2 changes, 1 errors, conflicts or blocked', () => {
    expect(planOutcome(plan({})).exitCode).toBe(0);
    expect(
      planOutcome(plan({ summary: { create: 1, update: 0, delete: 0, noop: 0, blocked: 0 } })).exitCode,
    ).toBe(2);
    expect(
      planOutcome(plan({ diagnostics: [{ severity: 'error', code: 'x', message: 'm' }] })).exitCode,
    ).toBe(1);
    expect(planOutcome(plan({ conflicts: [{ service: 's', resourceId: 'r', reason: 'x' }] })).exitCode).toBe(
      1,
    );
    expect(
      planOutcome(plan({ blocked: [{ service: 's', action: 'delete', reason: 'x' }] })).message,
    ).toContain('Blocked: s');
  });
});

describe('files and logger', () => {
  test('readObservedFile fills defaults; missing file and wrong shapes are diagnostics', () => {
    const ok = tmp.write(
      'obs.json',
      JSON.stringify({ schemaVersion: 1, resources: [{ id: '/x', type: 'a/b', name: 'n' }] }),
    );
    expect(readObservedFile(ok).observed).toEqual({
      schemaVersion: 1,
      subscriptionId: '',
      resourceGroups: [],
      resources: [{ id: '/x', type: 'a/b', name: 'n', tags: {} }],
      subnets: [],
      softDeleted: [],
    });
    expect(readObservedFile(path.join(tmp.dir, 'none.json')).diagnostics[0].message).toContain(
      'does not exist',
    );
    const shape = tmp.write(
      'shape.json',
      JSON.stringify({ schemaVersion: 1, resourceGroups: [{ name: 1 }], subnets: [{}] }),
    );
    expect(readObservedFile(shape).diagnostics[0].message).toContain(
      'resourceGroups[0].name must be a string; resourceGroups[0].exists must be true or false; subnets[0] needs name and addressPrefix',
    );
    expect(readPlanFile(tmp.write('notplan.json', '{}')).diagnostics[0].code).toBe('plan.invalid');
    expect(writePlanFile(path.join(tmp.write('f', ''), 'x.json'), {} as Plan)[0].code).toBe('plan.write');
  });

  test('console logger: one stream, hidden groups, location prefix, debug only when verbose', () => {
    let out = '';
    const logger = createConsoleLogger({ write: (t) => (out += t), hideGroups: ['Plan'] });
    logger.info('a');
    logger.startGroup('Plan');
    logger.info('hidden');
    logger.endGroup();
    logger.warn('careful');
    logger.error('bad', { file: 'f.yaml', line: 2, column: 3 });
    logger.error('f.yaml:2:3: error: already placed', { file: 'f.yaml', line: 2, column: 3 });
    logger.debug('quiet');
    expect(out).toBe('a\nwarning: careful\nf.yaml:2:3: bad\nf.yaml:2:3: error: already placed\n');
  });

  test("a group's lines are indented under its title, nested groups further", () => {
    let out = '';
    const logger = createConsoleLogger({ write: (t) => (out += t) });
    logger.startGroup('✓ keyVault: create finished');
    logger.info('deployment succeeded');
    logger.startGroup('inner');
    logger.warn('careful');
    logger.endGroup();
    logger.endGroup();
    logger.info('after');
    expect(out).toBe(
      '✓ keyVault: create finished\n  deployment succeeded\n  inner\n    warning: careful\nafter\n',
    );
  });
});
