import { applyPlan } from '../../src/azure/apply.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab();
});
afterAll(async () => {
  await lab?.close();
});

test('genai-1 dev: plan, apply on the emulator, then the same plan is all no-ops', async () => {
  const config = testConfig({ cosmosDb: true, containerRegistry: true });
  const first = await livePlan(lab.ctx, config);
  expect(first.plan.summary.create).toBeGreaterThan(5);
  const logger = recordingLogger();
  const result = await applyPlan(lab.ctx, first.plan, first.desired, { parallelism: 8, logger });
  if (!result.ok)
    console.log(
      JSON.stringify(
        result.outcomes.filter((o) => o.status !== 'succeeded' && o.status !== 'noop'),
        null,
        2,
      ),
    );
  expect(result.ok).toBe(true);
  const second = await livePlan(lab.ctx, config);
  const changing = second.plan.actions.filter((a) => a.action !== 'noop');
  if (changing.length)
    console.log(
      JSON.stringify(
        changing.map((a) => [a.service, a.action, a.drift]),
        null,
        2,
      ),
    );
  expect(changing).toEqual([]);
});
