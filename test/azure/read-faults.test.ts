// Faults on reads, so observe's retries are tested too: under 429/5xx and dropped connections on every kind of
// request (lists included), the plan comes out exactly as without them (the SDK's retries plus the tool's own);
// and an apply hit by dropped connections either recovers or reports each failure, and a re-run converges.
import { runApply } from '../../src/app/apply.js';
import {
  livePlan,
  applyOptions,
  recordingLogger,
  startLab,
  testConfig,
  testConfigYaml,
  writeConfig,
  type Lab,
} from './helpers.js';

const FLAGS = { cosmosDb: true, containerRegistry: true, azureOpenAI: true };
const READ_STORM = '429=0.2,500=0.1,503=0.1,drop=0.1,reads=1,retryAfter=0';

describe('observe under read faults', () => {
  let lab: Lab;
  afterAll(async () => {
    await lab?.close();
  });

  test('the plan equals the fault-free plan, whatever the seed; the faults really hit the reads', async () => {
    lab = await startLab();
    const configPath = writeConfig(lab, testConfigYaml(FLAGS));
    expect((await runApply(applyOptions(lab, configPath), recordingLogger())).exitCode).toBe(0);
    // Something to change, so the plan is not trivially empty: one service switched off.
    const changed = testConfig({ ...FLAGS, containerRegistry: false });
    const clean = (await livePlan(lab.ctx, changed, 'dev', ['containerRegistry'])).plan;
    // (its private DNS zone goes with it: an update of privateDnsZones)
    expect(clean.actions.find((a) => a.service === 'containerRegistry')!.action).toBe('delete');

    const hit: Record<string, number> = {};
    for (const seed of [1, 2, 3, 4, 5]) {
      await lab.restart({ faults: READ_STORM, seed });
      const faulted = (await livePlan(lab.ctx, changed, 'dev', ['containerRegistry'])).plan;
      expect(faulted.fingerprint).toBe(clean.fingerprint);
      expect(faulted.actions).toEqual(clean.actions);
      for (const [k, n] of Object.entries(lab.stats().faults)) hit[k] = (hit[k] ?? 0) + n;
    }
    const reads = Object.keys(hit).filter((k) => /list|get/i.test(k));
    expect(reads.some((k) => k.startsWith('drop '))).toBe(true);
    expect(reads.some((k) => k.startsWith('429 '))).toBe(true);
    expect(reads.some((k) => /resources\/listByResourceGroup/.test(k))).toBe(true);
  }, 60_000);
});

describe('an apply hit by dropped connections', () => {
  let lab: Lab;
  afterEach(async () => {
    await lab?.close();
  });

  test('now and then, on any request: the retries recover, the apply succeeds', async () => {
    lab = await startLab({ faults: 'drop=0.15,reads=1', seed: 7, maxRetries: 1 });
    const configPath = writeConfig(lab, testConfigYaml(FLAGS));
    const first = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(Object.keys(lab.stats().faults).some((k) => k.startsWith('drop '))).toBe(true);
    expect(first.exitCode).toBe(0);
    await lab.restart();
    expect(
      (await livePlan(lab.ctx, testConfig(FLAGS))).plan.actions.filter((a) => a.action !== 'noop'),
    ).toEqual([]);
  }, 60_000);

  test('every time for one service: it is reported failed, its dependents skipped, the rest done; a re-run converges', async () => {
    lab = await startLab({ faults: 'drop=1:Microsoft.ContainerRegistry/registries,reads=1' });
    const configPath = writeConfig(lab, testConfigYaml(FLAGS));
    const first = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(first.exitCode).toBe(1);
    expect(first.message).toMatch(/^apply of prj007\/dev failed: containerRegistry; re-run to continue$/);
    const failed = first.apply!.outcomes.find((o) => o.service === 'containerRegistry')!;
    expect(failed.status).toBe('failed');
    expect(failed.error!.message).toMatch(/socket hang up|ECONNRESET|connection/i);
    expect(first.apply!.outcomes.filter((o) => o.status === 'succeeded').length).toBeGreaterThan(5);

    await lab.restart();
    const rerun = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(rerun.exitCode).toBe(0);
    expect(rerun.apply!.outcomes.find((o) => o.service === 'containerRegistry')!.status).toBe('succeeded');
    expect(
      (await livePlan(lab.ctx, testConfig(FLAGS))).plan.actions.filter((a) => a.action !== 'noop'),
    ).toEqual([]);
  }, 60_000);
});
