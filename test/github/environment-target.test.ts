// The hosts' look at the config before a run: the environment's subscription and tenant, read by the same
// parser the run uses, from the real fixture files; a config with errors gives nothing (the run reports them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { environmentOfRun, readEnvironmentTarget } from '../../src/hosts/shared/environment-target.js';
import { FIXTURES } from './runner.js';

test("reads the environment's subscription and tenant from the config", async () => {
  const config = join(FIXTURES, 'aifactory.yaml');
  expect(await readEnvironmentTarget(config, 'stage')).toEqual({
    where: `environments.stage in ${config}`,
    subscriptionId: '22222222-2222-2222-2222-222222222222',
    tenantId: '99999999-9999-4999-8999-999999999999',
  });
});

test('a config with errors, an unknown environment or no file gives nothing', async () => {
  expect(await readEnvironmentTarget(join(FIXTURES, 'broken.yaml'), 'dev')).toBeUndefined();
  expect(await readEnvironmentTarget(join(FIXTURES, 'aifactory.yaml'), 'prod')).toBeUndefined();
  expect(await readEnvironmentTarget(join(FIXTURES, 'missing.yaml'), 'dev')).toBeUndefined();
});

test('no tenant in the config: only the subscription', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aif-env-target-'));
  try {
    const file = join(dir, 'aifactory.yaml');
    writeFileSync(
      file,
      [
        'version: 1',
        'architecture: genai-1',
        'project: { number: 7, prefix: hst, scaleSet: "001", location: swedencentral }',
        'network: { mode: standalone }',
        'environments:',
        '  dev: { subscriptionId: 11111111-1111-1111-1111-111111111111, addressSpace: 172.16.0.0/22 }',
        '',
      ].join('\n'),
    );
    expect(await readEnvironmentTarget(file, 'dev')).toEqual({
      where: `environments.dev in ${file}`,
      subscriptionId: '11111111-1111-1111-1111-111111111111',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('validate and runs without an environment read nothing; a reader that throws gives nothing', async () => {
  const never = async () => {
    throw new Error('must not be read');
  };
  const base = {
    configPath: 'c.yaml',
    allowDestroy: [],
    parallelism: 4,
    whatIf: false,
    target: 'azure' as const,
  };
  expect(await environmentOfRun({ ...base, command: 'validate', environment: 'dev' }, never)).toBeUndefined();
  expect(await environmentOfRun({ ...base, command: 'plan' }, never)).toBeUndefined();
  expect(await environmentOfRun({ ...base, command: 'plan', environment: 'dev' }, never)).toBeUndefined();
});
