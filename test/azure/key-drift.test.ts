// Live observe compares the catalog's key properties: an out-of-band change of a key property (sku, public
// network access) is drift the plan names and the apply reverts; a tags-only or non-key change is not. The
// observer pays for it only when something changed: one GET per resource written after this tool deployed it
// (ARM's changedTime against the deployment record's time); an unchanged environment costs the lists alone.
import { applyPlan } from '../../src/azure/apply.js';
import { observe } from '../../src/azure/observe.js';
import { isOurs } from '../../src/azure/observe.js';
import type { ArmContext } from '../../src/azure/clients.js';
import type { DesiredResource, Plan, ProjectConfig } from '../../src/core/types.js';
import { getPath } from '../../src/core/resources/placeholders.js';
import { livePlan, loadExample, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

async function applyConfig(lab: Lab, config: ProjectConfig) {
  const { plan, desired } = await livePlan(lab.ctx, config);
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 8, logger: recordingLogger() });
  expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);
  return { plan, desired };
}

const changes = (plan: Plan) =>
  plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`);

/** One observe: how many requests, how many resource lists, and which resources of ours it GET one by one. */
async function observeCost(ctx: ArmContext, config: ProjectConfig) {
  const { observed, scope } = await livePlan(ctx, config);
  const listed = new Set(
    observed.resources
      .filter((r) => isOurs(r.tags, scope.project, scope.environment) && r.type.split('/').length === 2)
      .map((r) => r.id.toLowerCase()),
  );
  const got: string[] = [];
  const original = ctx.request;
  ctx.request = (method, path, apiVersion, body) => {
    if (method === 'GET' && listed.has(path.toLowerCase())) got.push(path);
    return original(method, path, apiVersion, body);
  };
  const before = { total: ctx.stats.total, lists: ctx.stats.byOperation['GET listResourcesByGroup'] ?? 0 };
  try {
    await observe(ctx, scope);
  } finally {
    ctx.request = original;
  }
  const always = new Set((scope.resources ?? []).map((r) => r.id.toLowerCase()));
  if (scope.vnet)
    always.add(
      `/subscriptions/${scope.subscriptionId}/resourcegroups/${scope.vnet.resourceGroup}/providers/microsoft.network/virtualnetworks/${scope.vnet.name}`.toLowerCase(),
    );
  return {
    total: ctx.stats.total - before.total,
    lists: (ctx.stats.byOperation['GET listResourcesByGroup'] ?? 0) - before.lists,
    /** GETs of listed resources beyond the constant ones (the VNet's subnets, the scope's named resources). */
    keyReads: got.filter((p) => !always.has(p.toLowerCase())),
  };
}

describe('key properties changed outside the tool', () => {
  let lab: Lab;
  const config = testConfig({ containerRegistry: true });
  let storage: DesiredResource;
  let baseline: { total: number; lists: number };

  beforeAll(async () => {
    lab = await startLab();
    const { desired } = await applyConfig(lab, config);
    storage = desired.services
      .find((s) => s.id === 'storage')!
      .resources.find((x) => x.type === 'Microsoft.Storage/storageAccounts')!;
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('unchanged: no change planned; the observe costs the lists plus a constant and reads nothing one by one', async () => {
    expect(changes((await livePlan(lab.ctx, config)).plan)).toEqual([]);
    const cost = await observeCost(lab.ctx, config);
    expect(cost.keyReads).toEqual([]);
    expect(cost.lists).toBe(2);
    baseline = cost;
  });

  test('a tags-only change: one GET of that resource, no drift', async () => {
    await lab.ctx.resources.tagsOperations.beginUpdateAtScopeAndWait(storage.id, {
      operation: 'Merge',
      properties: { tags: { costCenter: '4711' } },
    });
    expect(changes((await livePlan(lab.ctx, config)).plan)).toEqual([]);
    const cost = await observeCost(lab.ctx, config);
    expect(cost.keyReads).toEqual([storage.id]);
    expect(cost.total).toBe(baseline.total + 1);
  });

  test('a change of a property that is not a key property: no drift', async () => {
    const live = await lab.ctx.resources.resources.getById(storage.id, storage.apiVersion);
    await lab.ctx.resources.resources.beginUpdateByIdAndWait(
      storage.id,
      storage.apiVersion,
      { properties: { minimumTlsVersion: 'TLS1_1' }, tags: live.tags },
      { updateIntervalInMs: 5 },
    );
    expect(changes((await livePlan(lab.ctx, config)).plan)).toEqual([]);
  });

  test('PATCH of sku and publicNetworkAccess keeping the tags: storage is an update naming both; apply reverts it', async () => {
    const live = await lab.ctx.resources.resources.getById(storage.id, storage.apiVersion);
    await lab.ctx.resources.resources.beginUpdateByIdAndWait(
      storage.id,
      storage.apiVersion,
      { sku: { name: 'Standard_GRS' }, properties: { publicNetworkAccess: 'Enabled' }, tags: live.tags },
      { updateIntervalInMs: 5 },
    );
    const { plan } = await livePlan(lab.ctx, config);
    expect(changes(plan)).toEqual(['storage:update']);
    const wantSku = getPath(storage.body, 'sku.name');
    expect(plan.actions.find((a) => a.service === 'storage')!.drift).toEqual([
      `${storage.name}: sku.name is "Standard_GRS", desired ${JSON.stringify(wantSku)}`,
      `${storage.name}: properties.publicNetworkAccess is "Enabled", desired "Disabled"`,
    ]);

    await applyConfig(lab, config);
    const after = await lab.ctx.resources.resources.getById(storage.id, storage.apiVersion);
    expect(after.sku?.name).toBe(wantSku);
    expect((after.properties as { publicNetworkAccess?: string }).publicNetworkAccess).toBe('Disabled');
    expect(changes((await livePlan(lab.ctx, config)).plan)).toEqual([]);
    // Redeployed: changed no later than the new deployment record, so no GET any more.
    expect((await observeCost(lab.ctx, config)).keyReads).toEqual([]);
  });

  test('a sku changed out of band is seen from the list alone, without a GET', async () => {
    const live = await lab.ctx.resources.resources.getById(storage.id, storage.apiVersion);
    await lab.ctx.resources.resources.beginUpdateByIdAndWait(
      storage.id,
      storage.apiVersion,
      { sku: { name: 'Premium_LRS' }, tags: live.tags },
      { updateIntervalInMs: 5 },
    );
    const { plan, observed } = await livePlan(lab.ctx, config);
    expect(changes(plan)).toEqual(['storage:update']);
    const seen = observed.resources.find((r) => r.id === storage.id)!;
    expect(seen.properties?.['sku.name']).toBe('Premium_LRS');
  });
});

describe('key properties of every service of the many add-ons example', () => {
  let lab: Lab;
  afterAll(async () => {
    await lab?.close();
  });

  test('after a foreign tag on every resource of ours (a GET of each), nothing is drift', async () => {
    const config = loadExample('many-addons');
    lab = await startLab({ subscriptionId: config.environments.dev.subscriptionId });
    await applyConfig(lab, config);
    const { observed, scope } = await livePlan(lab.ctx, config);
    const keyTypes = new Set(Object.keys(scope.keyProperties ?? {}).map((t) => t.toLowerCase()));
    const ours = observed.resources.filter(
      (r) =>
        isOurs(r.tags, scope.project, scope.environment) &&
        keyTypes.has(r.type.toLowerCase()) &&
        r.type.split('/').length === 2,
    );
    expect(ours.length).toBeGreaterThan(10);
    for (const r of ours)
      await lab.ctx.resources.tagsOperations.beginUpdateAtScopeAndWait(r.id, {
        operation: 'Merge',
        properties: { tags: { touchedBy: 'someone' } },
      });
    const cost = await observeCost(lab.ctx, config);
    // Each resource whose key properties are not all in the list's envelope; the VNet is read anyway.
    const needGet = ours.filter(
      (r) =>
        r.type !== 'Microsoft.Network/virtualNetworks' &&
        scope.keyProperties![r.type].some((p) => !/^(sku|kind)(\.|$)/.test(p)),
    );
    expect(cost.keyReads.sort()).toEqual(needGet.map((r) => r.id).sort());
    const { plan } = await livePlan(lab.ctx, config);
    expect(plan.actions.filter((a) => a.action !== 'noop').map((a) => [a.service, a.drift])).toEqual([]);
  });
});
