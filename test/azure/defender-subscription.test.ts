// The subscription's Defender for AI plan on the emulator over the real SDK: it sits in no resource group and
// carries no tags, so the observer GETs it and proves ownership by this tool's subscription-scope deployment
// record. Switched off, it is deleted (set back to Free: Azure has no delete for it) only with an explicit
// allow, and a plan someone else enabled is never touched.
import { applyPlan } from '../../src/azure/apply.js';
import type { Plan } from '../../src/core/types.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

const PRICING_API = '2024-01-01';

function changes(plan: Plan): string[] {
  return plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`);
}

async function apply(lab: Lab, plan: Plan, desired: Parameters<typeof applyPlan>[2]) {
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 6, logger: recordingLogger() });
  expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);
  expect(result.ok).toBe(true);
}

async function tier(lab: Lab, id: string): Promise<string | undefined> {
  const res = await lab.ctx.request('GET', id, PRICING_API);
  return (res.body as { properties?: { pricingTier?: string } }).properties?.pricingTier;
}

describe('Defender for AI at subscription level', () => {
  let lab: Lab;
  beforeEach(async () => {
    lab = await startLab();
  });
  afterEach(async () => {
    await lab?.close();
  });

  test('enable, apply, re-plan no-op; disable: a guarded delete; allowed: Free, then a no-op', async () => {
    const on = testConfig({ defenderForAI: true });
    const first = await livePlan(lab.ctx, on);
    expect(changes(first.plan)).toContain('defenderForAI:create');
    await apply(lab, first.plan, first.desired);
    const id = first.desired.services.find((s) => s.id === 'defenderForAI')!.resources[0].id;
    expect(await tier(lab, id)).toBe('Standard');
    expect(changes((await livePlan(lab.ctx, on)).plan)).toEqual([]);

    const off = testConfig({});
    const guarded = await livePlan(lab.ctx, off);
    expect(changes(guarded.plan)).toEqual(['defenderForAI:delete']);
    expect(guarded.plan.blocked).toEqual([
      expect.objectContaining({
        service: 'defenderForAI',
        reason: expect.stringContaining('whole subscription'),
      }),
    ]);

    const allowed = await livePlan(lab.ctx, off, 'dev', ['defenderForAI']);
    expect(allowed.plan.blocked).toEqual([]);
    await apply(lab, allowed.plan, allowed.desired);
    expect(await tier(lab, id)).toBe('Free');
    expect(changes((await livePlan(lab.ctx, off, 'dev', ['all'])).plan)).toEqual([]);
  });

  test('a plan enabled outside the tool is never planned for deletion; switched on here it is adopted as is', async () => {
    const base = testConfig({});
    const baseline = await livePlan(lab.ctx, base);
    await apply(lab, baseline.plan, baseline.desired);
    const id = `/subscriptions/${baseline.desired.subscriptionId}/providers/Microsoft.Security/pricings/AI`;
    await lab.ctx.request('PUT', id, PRICING_API, { properties: { pricingTier: 'Standard' } });

    const plan = (await livePlan(lab.ctx, base, 'dev', ['all'])).plan;
    expect(changes(plan)).toEqual([]);
    expect(plan.actions.find((a) => a.service === 'defenderForAI')).toBeUndefined();

    const on = await livePlan(lab.ctx, testConfig({ defenderForAI: true }));
    expect(on.plan.actions.find((a) => a.service === 'defenderForAI')?.action).toBe('noop');
    expect(await tier(lab, id)).toBe('Standard');
  });
});
