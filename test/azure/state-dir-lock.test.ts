// One emulator per state dir, with real processes: two `apply --target local` on one state dir (each would start
// its own embedded emulator) — the second fails fast naming the first, and nothing the first did is lost;
// `aifactory emulator` holds the dir the same way; a lock left by a killed process is taken over. And a change a
// client was answered is on disk before the answer goes out.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../src/emulator/index.js';
import { STATE_LOCK_FILE } from '../../src/emulator/state-lock.js';
import { clientsFor, POLL } from '../emulator/helpers.js';
import { bundleCli, runCli, until } from './cli-process.js';
import { testConfigYaml } from './helpers.js';

let cli: string;
let work: string;
let configPath: string;

beforeAll(async () => {
  cli = await bundleCli('state-lock');
  work = mkdtempSync(path.join(os.tmpdir(), 'aifactory-statelock-'));
  configPath = path.join(work, 'aifactory.yaml');
  writeFileSync(configPath, testConfigYaml({ containerRegistry: true }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const freshDir = () => mkdtempSync(path.join(work, 'state-'));
const apply = (stateDir: string, ...extra: string[]) =>
  runCli(cli, ['apply', '--config', configPath, '--env', 'dev', '--state-dir', stateDir, ...extra]);

test('two embedded applies on one state dir: the second fails fast naming the first, which loses nothing', async () => {
  const stateDir = freshDir();
  // Slow enough (about 4 s) that the first is still applying when the second starts.
  const first = apply(stateDir, '--time-scale', '0.004');
  await until(() => /Target: local emulator \(embedded\)/.test(first.output()), 30_000, 'the first apply');
  const started = Date.now();
  const second = apply(stateDir, '--time-scale', '0.004');
  expect(await second.exit).toBe(1);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(second.output()).toContain(
    `is in use by pid ${first.child.pid} on ${os.hostname()} (aifactory apply`,
  );
  expect(second.output()).toMatch(/--endpoint URL|another --state-dir/);
  expect(second.output()).not.toMatch(/\n\s+at /);

  expect(await first.exit).toBe(0);
  expect(first.stdout()).toMatch(/applied \d+ change\(s\)/);
  expect(existsSync(path.join(stateDir, STATE_LOCK_FILE))).toBe(false);
  // Everything the first run did is in the state dir: a third run has nothing to do.
  const third = apply(stateDir);
  expect(await third.exit).toBe(0);
  expect(third.stdout()).toContain('is up to date: nothing to change');
}, 120_000);

test('`aifactory emulator` holds its state dir: an embedded apply there is refused, --endpoint shares it', async () => {
  const stateDir = freshDir();
  const emulator = runCli(cli, ['emulator', '--port', '0', '--state-dir', stateDir, '--time-scale', '0']);
  try {
    await until(() => /^http:\/\/\S+\n/.test(emulator.stdout()), 30_000, 'the emulator URL');
    const url = emulator.stdout().split('\n')[0];
    const refused = apply(stateDir);
    expect(await refused.exit).toBe(1);
    expect(refused.output()).toContain(
      `is in use by pid ${emulator.child.pid} on ${os.hostname()} (aifactory emulator`,
    );
    const shared = runCli(cli, ['apply', '--config', configPath, '--env', 'dev', '--endpoint', url]);
    expect(await shared.exit).toBe(0);
    // A second emulator on the same dir is refused the same way.
    const another = runCli(cli, ['emulator', '--port', '0', '--state-dir', stateDir]);
    expect(await another.exit).toBe(1);
    expect(another.output()).toContain(`in use by pid ${emulator.child.pid}`);
  } finally {
    emulator.child.kill('SIGTERM');
    expect(await emulator.exit).toBe(0);
  }
  expect(existsSync(path.join(stateDir, STATE_LOCK_FILE))).toBe(false);
}, 120_000);

test('a lock left by a killed process is taken over; one held on another host is not', async () => {
  const stateDir = freshDir();
  const emulator = runCli(cli, ['emulator', '--port', '0', '--state-dir', stateDir, '--time-scale', '0']);
  await until(() => /^http:\/\/\S+\n/.test(emulator.stdout()), 30_000, 'the emulator URL');
  emulator.child.kill('SIGKILL');
  await emulator.exit;
  const left = JSON.parse(readFileSync(path.join(stateDir, STATE_LOCK_FILE), 'utf8')) as { pid: number };
  expect(left.pid).toBe(emulator.child.pid);
  const after = apply(stateDir);
  expect(await after.exit).toBe(0);
  expect(after.stdout()).toMatch(/applied \d+ change\(s\)/);

  writeFileSync(
    path.join(stateDir, STATE_LOCK_FILE),
    JSON.stringify({
      pid: 1,
      host: 'build-agent-7',
      command: 'aifactory apply',
      startedAt: '2030-01-01T00:00:00Z',
      token: 'x',
    }),
  );
  const refused = apply(stateDir);
  expect(await refused.exit).toBe(1);
  expect(refused.output()).toContain('is in use by pid 1 on build-agent-7 (aifactory apply');
  expect(refused.output()).toContain(`delete ${path.join(stateDir, STATE_LOCK_FILE)}`);
}, 120_000);

describe('an answered change is on disk before the answer', () => {
  test('with the deferred writer never running (a process that dies first), the state file has every answered write', async () => {
    const stateDir = freshDir();
    const emulator = await startEmulator({ stateDir, timeScale: 0.001, deferWrites: () => {} });
    try {
      const { resources } = clientsFor(emulator.url);
      await resources.resourceGroups.createOrUpdate('rg-durable', { location: 'swedencentral' });
      const id = `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-durable/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-durable`;
      await resources.resources.beginCreateOrUpdateByIdAndWait(
        id,
        '2023-01-31',
        { location: 'swedencentral' },
        POLL,
      );
      const state = JSON.parse(readFileSync(path.join(stateDir, 'arm-state.json'), 'utf8')) as {
        resourceGroups: Record<string, unknown>;
        resources: Record<string, { provisioningState: string }>;
      };
      expect(Object.keys(state.resourceGroups)).toEqual([expect.stringContaining('rg-durable')]);
      // The client saw the create succeed (its last poll), so the file says so too.
      expect(Object.values(state.resources).map((r) => r.provisioningState)).toEqual(['Succeeded']);
    } finally {
      await emulator.close();
    }
  });

  test('an emulator process killed right after answering keeps the change', async () => {
    const stateDir = freshDir();
    const start = () =>
      runCli(cli, ['emulator', '--port', '0', '--state-dir', stateDir, '--time-scale', '0']);
    const first = start();
    await until(() => /^http:\/\/\S+\n/.test(first.stdout()), 30_000, 'the emulator URL');
    const { resources } = clientsFor(first.stdout().split('\n')[0]);
    await resources.resourceGroups.createOrUpdate('rg-killed', {
      location: 'swedencentral',
      tags: { a: '1' },
    });
    first.child.kill('SIGKILL');
    await first.exit;
    const second = start();
    try {
      await until(() => /^http:\/\/\S+\n/.test(second.stdout()), 30_000, 'the emulator URL');
      const again = clientsFor(second.stdout().split('\n')[0]).resources;
      expect((await again.resourceGroups.get('rg-killed')).tags).toEqual({ a: '1' });
    } finally {
      second.child.kill('SIGTERM');
      await second.exit;
    }
  }, 60_000);
});
