// Issue 2's "nothing lost" and "re-run converges" on the emulator: a service made only of child resources is
// really deleted, what an enabled service no longer wants is removed by its update, and a VNet redeploy keeps
// the subnets private endpoints sit in.
import { applyPlan } from '../../src/azure/apply.js';
import { readPrincipalId } from '../../src/azure/deploy.js';
import { observe } from '../../src/azure/observe.js';
import { isNotFound } from '../../src/azure/errors.js';
import type { ArmContext } from '../../src/azure/clients.js';
import type { Plan, ProjectConfig } from '../../src/core/types.js';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { livePlan, recordingLogger, startLab, testConfig, testConfigYaml, type Lab } from './helpers.js';

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
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
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

    // Its roles name the live identity of Foundry's default project (filled in at apply), not the account's.
    const foundry = desired.services.find((s) => s.id === 'aiFoundry')!.resources;
    const identityOf = async (key: string) => {
      const r = foundry.find((x) => x.key === key)!;
      return (await lab.ctx.resources.resources.getById(r.id, r.apiVersion)).identity?.principalId;
    };
    const projectPrincipal = await identityOf('project');
    expect(projectPrincipal).toMatch(/^[0-9a-f-]{36}$/);
    expect(projectPrincipal).not.toBe(await identityOf('account'));
    const granted = host.filter((r) => r.role === 'roleAssignment');
    expect(granted.map((r) => r.type.split('/').pop()).sort()).toEqual([
      ...Array(5).fill('roleAssignments'),
      'sqlRoleAssignments',
    ]);
    for (const r of granted) {
      const live = await lab.ctx.resources.resources.getById(r.id, r.apiVersion);
      expect((live.properties as { principalId?: string }).principalId).toBe(projectPrincipal);
    }
    await expect(readPrincipalId(lab.ctx, desired, 'aiFoundry.nothing')).rejects.toMatchObject({
      info: {
        code: 'PrincipalUnknown',
        message: expect.stringContaining("'aiFoundry' has no resource 'nothing'"),
      },
    });

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

describe('what an enabled service no longer wants', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  const config = (deployments: string[], groups: string[]) => {
    const list = deployments
      .map(
        (d) =>
          `      - { name: ${d}, model: gpt-4o, version: '2024-11-20', sku: GlobalStandard, capacity: 10 }`,
      )
      .join('\n');
    const personas = groups.length ? `    personas:\n      developers: [${groups.join(', ')}]\n` : '';
    const yaml = testConfigYaml({}, `services:\n  aiFoundry:\n    deployments:\n${list}\n`).replace(
      '    addressSpace: 172.16.0.0/22\n',
      `    addressSpace: 172.16.0.0/22\n${personas}`,
    );
    const result = parseConfig(yaml, 'aifactory.yaml', catalog);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return result.config!;
  };
  const GROUP_A = 'aaaaaaaa-0000-4000-8000-000000000001';
  const GROUP_B = 'aaaaaaaa-0000-4000-8000-000000000002';

  test('a model deployment and a persona group taken out of the config are removed by the update', async () => {
    const before = config(['chat', 'chat2'], [GROUP_A, GROUP_B]);
    const { desired } = await applyConfig(lab, before);
    const all = desired.services.flatMap((s) => s.resources);
    const chat2 = all.find((r) => r.id.endsWith('/deployments/chat2'))!;
    const groupB = all.filter((r) => JSON.stringify(r.body).includes(GROUP_B));
    expect(chat2).toBeDefined();
    expect(groupB.length).toBeGreaterThan(0);
    for (const r of [chat2, ...groupB]) expect(await exists(lab.ctx, r.id, r.apiVersion)).toBe(true);

    const after = config(['chat'], [GROUP_A]);
    const { plan } = await livePlan(lab.ctx, after);
    const foundry = plan.actions.find((a) => a.service === 'aiFoundry')!;
    expect(foundry.action).toBe('update');
    expect(foundry.reason).toMatch(/removes \d+ resources? no longer wanted/);
    const removed = (plan.actions.flatMap((a) => a.cleanup ?? []) ?? []).flatMap((s) => s.resourceIds);
    expect(removed.map((id) => id.toLowerCase()).sort()).toEqual(
      [chat2, ...groupB].map((r) => r.id.toLowerCase()).sort(),
    );
    expect(foundry.cleanup!.find((s) => s.step === 'childResources')!.resourceIds).toEqual([chat2.id]);
    expect(plan.blocked).toEqual([]);

    await applyConfig(lab, after);
    for (const r of [chat2, ...groupB]) expect(await exists(lab.ctx, r.id, r.apiVersion)).toBe(false);
    expect(await exists(lab.ctx, chat2.id.replace(/chat2$/, 'chat'), chat2.apiVersion)).toBe(true);
    // Converged: the records no longer name what was removed.
    expect(changes((await livePlan(lab.ctx, after)).plan)).toEqual([]);
  });
});

describe('a VNet redeploy in standalone mode', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('adding a subnet (aks) keeps the existing ones (private endpoints in genai) and their prefixes', async () => {
    const first = await applyConfig(lab, testConfig());
    const endpoints = first.desired.services
      .flatMap((s) => s.resources)
      .filter((r) => r.role === 'privateEndpoint');
    expect(endpoints.length).toBeGreaterThan(0);
    const before = first.plan.subnets.map((s) => [s.name, s.prefix]);

    const withAks = testConfig({ aks: true });
    const { plan } = await applyConfig(lab, withAks);
    expect(plan.subnets.map((s) => s.name)).toContain('snt-prj007-aks2');
    const vnet = first.desired.services
      .find((s) => s.id === 'network')!
      .resources.find((r) => r.type === 'Microsoft.Network/virtualNetworks')!;
    const live = (await lab.ctx.resources.resources.getById(vnet.id, vnet.apiVersion)).properties as {
      subnets: { name: string; properties: { addressPrefix: string } }[];
    };
    const liveSubnets = Object.fromEntries(live.subnets.map((s) => [s.name, s.properties.addressPrefix]));
    for (const [name, prefix] of before) expect(liveSubnets[name]).toBe(prefix);
    expect(liveSubnets['snt-prj007-aks2']).toBeDefined();
    for (const r of endpoints) expect(await exists(lab.ctx, r.id, r.apiVersion)).toBe(true);
    expect(changes((await livePlan(lab.ctx, withAks)).plan)).toEqual([]);
  });
});

describe('observe: one list call per resource group, plus a constant', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('N resource groups holding resources of ours cost N resource lists and a constant number of other calls', async () => {
    const config = testConfig();
    const { desired } = await applyConfig(lab, config);
    const { scope } = await livePlan(lab.ctx, config);
    const identityApi = '2024-11-30';
    const extra: string[] = [];
    const counts: { groups: number; requests: number; lists: number; records: number }[] = [];
    for (const add of [0, 3, 8]) {
      while (extra.length < add) {
        const name = `extra-rg-${extra.length + 1}`;
        await lab.ctx.resources.resourceGroups.createOrUpdate(name, { location: scope.location });
        await lab.ctx.resources.resources.beginCreateOrUpdateByIdAndWait(
          `/subscriptions/${scope.subscriptionId}/resourceGroups/${name}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-${extra.length}`,
          identityApi,
          // Ours: the old observer also read every such group's deployments.
          { location: scope.location, tags: { ...desired.ownershipTags, 'aifactory-service': 'other' } },
        );
        extra.push(name);
      }
      const before = { ...lab.stats().byOperation };
      const total = lab.stats().requests;
      await observe(lab.ctx, { ...scope, resourceGroups: [...scope.resourceGroups, ...extra] });
      const delta = (op: string) => (lab.stats().byOperation[op] ?? 0) - (before[op] ?? 0);
      counts.push({
        groups: scope.resourceGroups.length + extra.length,
        requests: lab.stats().requests - total,
        lists: delta('resources/listByResourceGroup'),
        records: delta('deployments/listByResourceGroup'),
      });
    }
    for (const c of counts) {
      expect(c.lists).toBe(c.groups);
      expect(c.records).toBeLessThanOrEqual(2);
    }
    const constant = counts[0].requests - counts[0].groups;
    for (const c of counts) expect(c.requests - c.groups).toBe(constant);
    // Plus one GET per resource the scope names (subscription-level plans of the catalog, 404 when absent).
    expect(constant).toBeLessThanOrEqual(6 + (scope.resources?.length ?? 0));
  });
});
