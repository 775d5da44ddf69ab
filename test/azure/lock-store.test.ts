// The apply lock as an apply really uses it: DeploymentLockStore (a subscription-scope deployment's tags) on the
// emulator through the real SDK — a crashed run's lock expires and is taken over, a live one stops the apply
// naming its holder until --force-unlock removes it, renewal notices a take-over, and the apply releases it.
import { runApply } from '../../src/app/apply.js';
import { DeploymentLockStore, lockDeploymentName } from '../../src/azure/arm-lock-store.js';
import { acquireLock, LockHeldError, type LockRecord } from '../../src/azure/lock.js';
import { catalog } from '../../src/core/catalog/index.js';
import { observeScope } from '../../src/core/scope.js';
import {
  applyOptions,
  recordingLogger,
  startLab,
  testConfig,
  testConfigYaml,
  writeConfig,
  type Lab,
} from './helpers.js';

let lab: Lab;
let store: DeploymentLockStore;
let configPath: string;

beforeAll(async () => {
  lab = await startLab();
  const scope = observeScope(testConfig(), 'dev', catalog);
  store = new DeploymentLockStore(lab.ctx, scope.project, 'dev', scope.location);
  configPath = writeConfig(lab, testConfigYaml());
});
afterAll(async () => {
  await lab?.close();
});

const record = (holder: string, expiresInMs: number): LockRecord => ({
  holder,
  runId: `run-${holder}`,
  acquiredAt: new Date(Date.now() - 60_000).toISOString(),
  expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
});

test('the marker is a subscription-scope deployment whose tags hold the record', async () => {
  const written = record('ci-run-1', 60_000);
  await store.write(written);
  const d = await lab.ctx.deployments.deployments.getAtSubscriptionScope(lockDeploymentName('prj007', 'dev'));
  expect(d.tags).toMatchObject({ 'aifactory-lock-holder': 'ci-run-1', 'aifactory-lock-run': 'run-ci-run-1' });
  expect(await store.read()).toEqual(written);
  await store.clear();
  expect(await store.read()).toBeUndefined();
});

test("a crashed run's expired lock is taken over by the next apply, which releases it at the end", async () => {
  await store.write(record('crashed-run', -1_000));
  const logger = recordingLogger();
  const result = await runApply(applyOptions(lab, configPath), logger);
  expect(result.exitCode).toBe(0);
  expect(logger.lines.join('\n')).toMatch(
    /warn: taking over the expired lock of crashed-run \(run run-crashed-run, expired /,
  );
  expect(await store.read()).toBeUndefined();
});

test('a live lock stops the apply naming its holder and expiry; --force-unlock removes it and the apply runs', async () => {
  const live = record('https://github.com/acme/infra/actions/runs/42', 20 * 60_000);
  await store.write(live);
  const refused = await runApply(applyOptions(lab, configPath), recordingLogger());
  expect(refused.exitCode).toBe(1);
  expect(refused.diagnostics[0].code).toBe('apply.locked');
  expect(refused.message).toContain(
    `another apply holds the lock of this environment: ${live.holder} (run ${live.runId}`,
  );
  expect(refused.diagnostics[0].hint).toContain(
    `the lock expires at ${live.expiresAt}, or re-run with --force-unlock`,
  );
  expect(await store.read()).toMatchObject({ holder: live.holder });

  const logger = recordingLogger();
  const forced = await runApply(applyOptions(lab, configPath, { forceUnlock: true }), logger);
  expect(forced.exitCode).toBe(0);
  expect(logger.lines).toContain(
    `warn: --force-unlock: removed the lock of ${live.holder} (run ${live.runId})`,
  );
  expect(await store.read()).toBeUndefined();
});

test('a lock that outlives its time without renewal is taken over; the old holder notices on renewal', async () => {
  const first = await acquireLock(store, { holder: 'slow-run', runId: 'slow', ttlMs: 200, settleMs: 10 });
  await expect(
    acquireLock(store, { holder: 'eager-run', runId: 'eager', settleMs: 10 }),
  ).rejects.toBeInstanceOf(LockHeldError);
  await new Promise((r) => setTimeout(r, 250));
  const notes: string[] = [];
  const second = await acquireLock(store, {
    holder: 'next-run',
    runId: 'next',
    settleMs: 10,
    onNote: (m) => notes.push(m),
  });
  expect(notes[0]).toMatch(/^taking over the expired lock of slow-run \(run slow, expired /);
  await expect(first.renew()).rejects.toBeInstanceOf(LockHeldError);
  // Releasing a lock that is no longer ours leaves the new holder's alone.
  await first.release();
  expect(await store.read()).toMatchObject({ runId: 'next' });
  await second.renew();
  await second.release();
  expect(await store.read()).toBeUndefined();
});
