// Defender for AI on the Foundry resource, on the emulator over the real SDK: the account's own
// defenderForAISettings child (the Pricings API takes a resource scope only for machines). Azure has no delete
// for the setting, so switching it off sets its state to Disabled; a re-plan after each apply is a no-op.
import { applyPlan } from '../../src/azure/apply.js';
import type { Plan } from '../../src/core/types.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

const COGNITIVE_API = '2025-06-01';

function changes(plan: Plan): string[] {
  return plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`);
}

async function apply(lab: Lab, plan: Plan, desired: Parameters<typeof applyPlan>[2]) {
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 6, logger: recordingLogger() });
  expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);
  expect(result.ok).toBe(true);
}

describe('Defender for AI at resource level', () => {
  let lab: Lab;
  beforeEach(async () => {
    lab = await startLab();
  });
  afterEach(async () => {
    await lab?.close();
  });

  test("enable: the Foundry account's Default setting Enabled; disable: set to Disabled, then a no-op", async () => {
    const on = testConfig({ defenderForAIResources: true });
    const first = await livePlan(lab.ctx, on);
    expect(changes(first.plan)).toContain('defenderForAIResources:create');
    const setting = first.desired.services.find((s) => s.id === 'defenderForAIResources')!.resources[0];
    const account = first.desired.services.find((s) => s.id === 'aiFoundry')!.resources[0];
    expect(setting.id).toBe(`${account.id}/defenderForAISettings/Default`);
    await apply(lab, first.plan, first.desired);
    const state = async () =>
      ((await lab.ctx.request('GET', setting.id, COGNITIVE_API)).body as { properties: { state: string } })
        .properties.state;
    expect(await state()).toBe('Enabled');
    expect(changes((await livePlan(lab.ctx, on)).plan)).toEqual([]);

    const off = testConfig({});
    const removal = await livePlan(lab.ctx, off);
    expect(changes(removal.plan)).toEqual(['defenderForAIResources:delete']);
    await apply(lab, removal.plan, removal.desired);
    expect(await state()).toBe('Disabled');
    expect(changes((await livePlan(lab.ctx, off)).plan)).toEqual([]);
  });
});
