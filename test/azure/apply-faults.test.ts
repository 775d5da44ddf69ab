// Bad input and faults of issue 3, each against the real SDK clients over HTTP to the emulator.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runApply } from '../../src/app/apply.js';
import { run } from '../../src/app/run.js';
import { applyPlan } from '../../src/azure/apply.js';
import {
  livePlan,
  recordingLogger,
  startLab,
  testConfig,
  testConfigYaml,
  writeConfig,
  applyOptions,
  type Lab,
} from './helpers.js';

const BASE = { cosmosDb: true };

describe('apply against the emulator: refusals', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
    const first = await runApply(
      applyOptions(lab, writeConfig(lab, testConfigYaml(BASE))),
      recordingLogger(),
    );
    expect(first.exitCode).toBe(0);
  });
  afterAll(async () => lab?.close());

  test('a stale plan is refused with what changed, and nothing is changed', async () => {
    const configPath = writeConfig(lab, testConfigYaml({ ...BASE, containerRegistry: true }), 'stale.yaml');
    const planFile = path.join(lab.work, 'plan.json');
    const planned = await run(
      { ...applyOptions(lab, configPath), command: 'plan', planFile },
      recordingLogger(),
    );
    expect(planned.plan!.summary.create).toBe(1);
    // Someone changes the config after the review.
    writeFileSync(configPath, testConfigYaml({ ...BASE, containerRegistry: true, azureOpenAI: true }));
    // Writes other than the lock marker (a subscription-scope deployment) must not happen.
    const writes = () =>
      Object.entries(lab.stats().byOperation)
        .filter(
          ([op]) => /\/(createOrUpdate|delete|update|purge)/i.test(op) && !/AtSubscriptionScope/.test(op),
        )
        .reduce((n, [, count]) => n + count, 0);
    const before = writes();

    const result = await runApply(applyOptions(lab, configPath, { planFile }), recordingLogger());
    expect(result.exitCode).toBe(1);
    expect(result.message).toMatch(/^plan is stale: .*config changed/);
    expect(result.diagnostics[0].code).toBe('apply.stale-plan');
    expect(writes()).toBe(before);
    const again = await livePlan(lab.ctx, testConfig(BASE));
    expect(again.plan.actions.every((a) => a.action === 'noop')).toBe(true);
  });

  test('deleting a data-bearing service without an allow is refused before anything runs', async () => {
    const configPath = writeConfig(lab, testConfigYaml({ cosmosDb: false }), 'off.yaml');
    const result = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics.find((d) => d.code === 'apply.blocked')?.message).toMatch(
      /cosmosDb.*--allow-destroy cosmosDb/,
    );
    const still = await livePlan(lab.ctx, testConfig(BASE));
    expect(still.plan.actions.find((a) => a.service === 'cosmosDb')!.action).toBe('noop');
  });

  test('a foreign resource with our name is a conflict: never touched, the apply refuses', async () => {
    const config = testConfig({ ...BASE, containerRegistry: true });
    const { desired } = await livePlan(lab.ctx, config);
    const registry = desired.services
      .find((s) => s.id === 'containerRegistry')!
      .resources.find((r) => r.role === 'main')!;
    await lab.ctx.resources.resources.beginCreateOrUpdateByIdAndWait(registry.id, registry.apiVersion, {
      location: 'swedencentral',
      sku: { name: 'Premium' },
      tags: { owner: 'someone-else' },
      properties: {},
    });
    const configPath = writeConfig(lab, testConfigYaml({ ...BASE, containerRegistry: true }), 'foreign.yaml');
    const result = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(result.exitCode).toBe(1);
    const conflict = result.diagnostics.find((d) => d.code === 'apply.conflict');
    expect(conflict?.message).toMatch(/not this project's/);
    const live = await lab.ctx.resources.resources.getById(registry.id, registry.apiVersion);
    expect(live.tags).toEqual({ owner: 'someone-else' });
    await lab.ctx.resources.resources.beginDeleteByIdAndWait(registry.id, registry.apiVersion);
  });

  test('two applies at once: one runs, the other fails fast naming the holder', async () => {
    const configPath = writeConfig(lab, testConfigYaml({ ...BASE, azureOpenAI: true }), 'twice.yaml');
    const [a, b] = await Promise.all([
      runApply(applyOptions(lab, configPath), recordingLogger()),
      runApply(applyOptions(lab, configPath), recordingLogger()),
    ]);
    const results = [a, b].sort((x, y) => x.exitCode - y.exitCode);
    expect(results.map((r) => r.exitCode)).toEqual([0, 1]);
    expect(results[1].diagnostics[0].code).toBe('apply.locked');
    expect(results[1].message).toMatch(/another apply holds the lock of this environment: .*pid/);
    expect(results[1].diagnostics[0].hint).toMatch(/--force-unlock/);
  });
});

describe('apply against the emulator: faults', () => {
  test('a lock on a resource: the delete fails with ScopeLocked and a hint, then converges once the lock is gone', async () => {
    const lab = await startLab();
    try {
      await runApply(applyOptions(lab, writeConfig(lab, testConfigYaml(BASE))), recordingLogger());
      const { desired } = await livePlan(lab.ctx, testConfig(BASE));
      const account = desired.services
        .find((s) => s.id === 'cosmosDb')!
        .resources.find((r) => r.role === 'main')!;
      const lockId = `${account.id}/providers/Microsoft.Authorization/locks/keep`;
      await lab.ctx.request('PUT', lockId, '2020-05-01', {
        properties: { level: 'CanNotDelete', notes: 'hands off' },
      });

      const off = writeConfig(lab, testConfigYaml({ cosmosDb: false }), 'off.yaml');
      const failed = await runApply(
        applyOptions(lab, off, { allowDestroy: ['cosmosDb'] }),
        recordingLogger(),
      );
      expect(failed.exitCode).toBe(1);
      const outcome = failed.apply!.outcomes.find((o) => o.service === 'cosmosDb')!;
      expect(outcome.status).toBe('failed');
      expect(outcome.error!.code).toBe('ScopeLocked');
      expect(outcome.error!.hint).toMatch(/remove the lock/);
      expect(failed.markdown).toMatch(/ScopeLocked/);

      await lab.ctx.request('DELETE', lockId, '2020-05-01');
      const retried = await runApply(
        applyOptions(lab, off, { allowDestroy: ['cosmosDb'] }),
        recordingLogger(),
      );
      expect(retried.exitCode).toBe(0);
      const after = await livePlan(lab.ctx, testConfig({ cosmosDb: false }));
      expect(after.plan.actions.every((a) => a.action === 'noop')).toBe(true);
    } finally {
      await lab.close();
    }
  });

  test.each([
    ['429 storms', '429=0.3,retryAfter=0'],
    ['5xx', '500=0.15,503=0.15,retryAfter=0'],
  ])('%s: the apply still completes and converges', async (_name, faults) => {
    const lab = await startLab({ faults, seed: 7 });
    try {
      const config = testConfig(BASE);
      const first = await livePlan(lab.ctx, config);
      const result = await applyPlan(lab.ctx, first.plan, first.desired, {
        parallelism: 6,
        logger: recordingLogger(),
      });
      expect(result.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
      expect(result.ok).toBe(true);
      await lab.restart();
      const second = await livePlan(lab.ctx, config);
      expect(second.plan.actions.filter((a) => a.action !== 'noop')).toEqual([]);
      expect(lab.stats().requests).toBeGreaterThan(0);
    } finally {
      await lab.close();
    }
  });

  test('a failed deployment mid-graph: siblings finish, dependents are skipped, a re-run converges', async () => {
    const lab = await startLab({ faults: 'fail=1:Microsoft.Search/searchServices' });
    try {
      const config = testConfig({ ...BASE, foundryCapabilityHost: true });
      const first = await livePlan(lab.ctx, config);
      const result = await applyPlan(lab.ctx, first.plan, first.desired, {
        parallelism: 6,
        logger: recordingLogger(),
      });
      const by = Object.fromEntries(result.outcomes.map((o) => [o.service, o]));
      expect(by.aiSearch.status).toBe('failed');
      expect(by.aiSearch.error!.code).not.toBe('Unknown');
      // Siblings that do not need AI Search finished.
      expect(by.keyVault.status).toBe('succeeded');
      expect(by.storage.status).toBe('succeeded');
      // What waits for AI Search was skipped, naming it.
      const waiting = first.plan.actions
        .filter((a) => a.dependsOn.includes('aiSearch'))
        .map((a) => a.service);
      expect(waiting.length).toBeGreaterThan(0);
      for (const s of waiting)
        expect(by[s]).toMatchObject({ status: 'skipped', skippedBecause: ['aiSearch'] });
      expect(result.ok).toBe(false);

      await lab.restart();
      const second = await livePlan(lab.ctx, config);
      const redo = second.plan.actions.filter((a) => a.action !== 'noop').map((a) => a.service);
      expect(redo).toEqual(expect.arrayContaining(['aiSearch', ...waiting]));
      expect(redo).not.toContain('keyVault');
      const rerun = await applyPlan(lab.ctx, second.plan, second.desired, {
        parallelism: 6,
        logger: recordingLogger(),
      });
      expect(rerun.ok).toBe(true);
      const third = await livePlan(lab.ctx, config);
      expect(third.plan.actions.filter((a) => a.action !== 'noop')).toEqual([]);
    } finally {
      await lab.close();
    }
  });
});

describe('apply: where the target cannot be reached', () => {
  const configDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-cfg-'));
  const configPath = path.join(configDir, 'aifactory.yaml');
  writeFileSync(configPath, testConfigYaml(BASE));
  afterAll(() => rmSync(configDir, { recursive: true, force: true }));
  const options = (extra: object) => ({
    command: 'apply' as const,
    configPath,
    environment: 'dev',
    allowDestroy: [],
    parallelism: 2,
    whatIf: false,
    target: 'local' as const,
    ...extra,
  });

  test('an unwritable emulator state dir is a clear error, no stack trace', async () => {
    const file = path.join(configDir, 'not-a-dir');
    writeFileSync(file, 'x');
    const result = await runApply(options({ stateDir: path.join(file, 'state') }), recordingLogger());
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'target.state-dir' });
    expect(result.diagnostics[0].message).toMatch(/not writable/);
    expect(result.diagnostics[0].hint).toMatch(/--state-dir/);
    expect(JSON.stringify(result.diagnostics)).not.toMatch(/\n\s+at /);
  });

  test('an unreachable endpoint is a clear error, no stack trace', async () => {
    const logger = recordingLogger();
    const result = await runApply(options({ endpoint: 'http://127.0.0.1:9' }), logger);
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics[0].code).toBe('target.unreachable');
    expect(result.diagnostics[0].message).toMatch(/cannot reach local emulator at http:\/\/127\.0\.0\.1:9/);
    expect(logger.lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('a malformed endpoint is named', async () => {
    const result = await runApply(options({ endpoint: 'not a url' }), recordingLogger());
    expect(result.diagnostics[0]).toMatchObject({ code: 'target.endpoint' });
  });
});
