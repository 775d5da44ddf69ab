// Issue 2's "nothing lost" and "re-run converges" on the emulator: a service made only of child resources is
// really deleted, what an enabled service no longer wants is removed by its update, and a VNet redeploy keeps
// the subnets private endpoints sit in.
import { applyPlan } from '../../src/azure/apply.js';
import { isNotFound } from '../../src/azure/errors.js';
import type { ArmContext } from '../../src/azure/clients.js';
import type { Plan, ProjectConfig } from '../../src/core/types.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

async function exists(ctx: ArmContext, id: string, apiVersion: string): Promise<boolean> {
  try {
    await ctx.resources.resources.getById(id, apiVersion);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function applyConfig(lab: Lab, config: ProjectConfig, allowDestroy: string[] = []) {
  const { plan, desired } = await livePlan(lab.ctx, config, 'dev', allowDestroy);
  expect(plan.conflicts).toEqual([]);
  expect(plan.blocked).toEqual([]);
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 6, logger: recordingLogger() });
  const failures = result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped');
  expect(failures).toEqual([]);
  expect(result.ok).toBe(true);
  return { plan, desired };
}

function changes(plan: Plan): string[] {
  return plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`);
}

describe('a service made only of child resources', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('switching the capability host off deletes the host, its connections and its role assignments', async () => {
    const on = testConfig({ foundryCapabilityHost: true });
    const { desired } = await applyConfig(lab, on);
    const host = desired.services.find((s) => s.id === 'foundryCapabilityHost')!.resources;
    const children = host.filter((r) => r.role === 'child');
    expect(children.map((r) => r.type.split('/').pop()).sort()).toEqual([
      'capabilityHosts',
      'connections',
      'connections',
      'connections',
    ]);
    for (const r of host) expect(await exists(lab.ctx, r.id, r.apiVersion)).toBe(true);
    expect(changes((await livePlan(lab.ctx, on)).plan)).toEqual([]);

    // Cosmos DB and AI Search stay on by their own flags: only the capability host goes.
    const off = testConfig({ foundryCapabilityHost: false, cosmosDb: true, aiSearch: true });
    const { plan, desired: after } = await livePlan(lab.ctx, off);
    // An assignment another service still wants (AI Search grants Foundry the same role) stays.
    const wanted = new Set(after.services.flatMap((s) => s.resources.map((r) => r.id.toLowerCase())));
    const gone = host.filter((r) => !wanted.has(r.id.toLowerCase()));
    const del = plan.actions.find((a) => a.service === 'foundryCapabilityHost')!;
    expect(del.action).toBe('delete');
    expect(del.cleanup!.map((s) => s.step)).toEqual(['roleAssignments', 'childResources']);
    const ids = Object.fromEntries(del.cleanup!.map((s) => [s.step, s.resourceIds]));
    expect(new Set(ids.childResources.map((id) => id.toLowerCase()))).toEqual(
      new Set(children.map((r) => r.id.toLowerCase())),
    );
    // The host names the connections: it goes first.
    expect(ids.childResources[0]).toMatch(/\/capabilityHosts\//);
    expect(ids.roleAssignments).toHaveLength(gone.filter((r) => r.role === 'roleAssignment').length);
    expect(ids.roleAssignments.length).toBeGreaterThan(0);

    await applyConfig(lab, off);
    const left = [];
    for (const r of gone) if (await exists(lab.ctx, r.id, r.apiVersion)) left.push(r.id);
    expect(left).toEqual([]);
    const again = await livePlan(lab.ctx, off);
    expect(
      again.observed.resources.filter((r) => r.tags['aifactory-service'] === 'foundryCapabilityHost'),
    ).toEqual([]);
    expect(changes(again.plan)).toEqual([]);
  });
});
