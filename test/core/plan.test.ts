import { buildPlan, comparePlans } from '../../src/core/plan.js';
import { criticalPath } from '../../src/core/graph.js';
import type { ObservedState, Plan, PlanOptions, ProjectConfig } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig, observedFromDesired } from './fixtures.js';

const none: PlanOptions = { allowDestroy: [] };
const plan = (
  config: ProjectConfig,
  observed: ObservedState = emptyObserved(),
  options = none,
  env = 'dev',
) => buildPlan(config, env, miniCatalog(), observed, options);
const action = (p: Plan, service: string) => p.actions.find((a) => a.service === service)!;

/** Azure after applying `config`: every tracked resource there, ours, with the desired hash. */
const applied = (config: ProjectConfig, env = 'dev') =>
  observedFromDesired(plan(config, emptyObserved(), none, env).desired);

/** As the live observer reports it: also the untagged resources the deployment records list. */
function appliedWithRecords(config: ProjectConfig): ObservedState {
  const { desired } = plan(config, emptyObserved());
  const observed = observedFromDesired(desired);
  const untagged = desired.services
    .flatMap((s) => s.resources)
    .filter(
      (r) =>
        !observed.resources.some((o) => o.id === r.id) && r.type !== 'Microsoft.Resources/resourceGroups',
    )
    .map((r) => ({ id: r.id, type: r.type, name: r.name, resourceGroup: r.resourceGroup, tags: {} }));
  return { ...observed, resources: [...observed.resources, ...untagged] };
}

function expectDependenciesEarlier(p: Plan) {
  const position = new Map(p.actions.map((a, i) => [a.service, i]));
  for (const a of p.actions)
    for (const d of a.dependsOn) expect(position.get(d)!).toBeLessThan(position.get(a.service)!);
}

describe('buildPlan: create, noop, update', () => {
  test('nothing exists: every enabled service is a create with its reason, no diagnostics', () => {
    const { plan: p } = plan(miniConfig());
    expect(p.diagnostics).toEqual([]);
    expect(p.actions.every((a) => a.action === 'create')).toBe(true);
    expect(p.summary).toEqual({
      create: p.actions.length,
      update: 0,
      delete: 0,
      noop: 0,
      blocked: 0,
      conflict: 0,
    });
    expect(action(p, 'keyVault').reason).toBe('baseline of genai-1');
    expect(action(p, 'aiSearch').reason).toBe('flag on');
    expect(action(p, 'keyVault')).toMatchObject({ protected: true, dataBearing: true });
    expect(p.actions[0].service).toBe('resourceGroups');
    expectDependenciesEarlier(p);
  });

  test('implied services are planned with who implied them', () => {
    const { plan: p } = plan(miniConfig({ flags: { foundryCapabilityHost: true } }));
    expect(action(p, 'cosmosDb').reason).toBe('implied by foundryCapabilityHost');
    expect(action(p, 'foundryCapabilityHost').dependsOn).toEqual(
      expect.arrayContaining(['aiSearch', 'cosmosDb']),
    );
  });

  test('everything exists, ours, with the desired hash: every action is a noop taking no time', () => {
    const config = miniConfig();
    const { plan: p } = plan(config, applied(config));
    expect(p.actions.map((a) => [a.service, a.action]).filter(([, kind]) => kind !== 'noop')).toEqual([]);
    expect(p.actions.every((a) => a.reason === 'up to date' && a.estimatedSeconds === 0)).toBe(true);
    expect(p.estimatedSeconds).toBe(0);
    expect(p.criticalPath).toEqual([]);
  });

  test('a changed body is an update listing the drift', () => {
    const config = miniConfig();
    const observed = appliedWithRecords(config);
    config.services.aiSearch = { sku: 'standard' };
    const { plan: p } = plan(config, observed);
    const search = action(p, 'aiSearch');
    expect(search.action).toBe('update');
    expect(search.drift).toEqual([
      expect.stringMatching(
        /^srch-prj001-sdc-dev-\w{5}: configuration differs from what was deployed \(hash \w{16}, desired \w{16}\)$/,
      ),
    ]);
    expect(search.reason).toBe('flag on; 1 difference from Azure');
    expect(p.summary.update).toBe(1);
    expect(p.summary.noop).toBe(p.actions.length - 1);
  });

  test('a new untagged resource (a role assignment for a new persona group) is named in the drift', () => {
    const config = miniConfig();
    const observed = appliedWithRecords(config);
    config.environments.dev.personas = {
      dataScientists: ['aaaaaaaa-0000-0000-0000-000000000001', 'aaaaaaaa-0000-0000-0000-000000000002'],
    };
    const updates = plan(config, observed).plan.actions.filter((a) => a.action === 'update');
    expect(updates.length).toBeGreaterThan(0);
    for (const a of updates) {
      expect(a.drift).toEqual([
        expect.stringMatching(
          /: adds roleAssignments [0-9a-f-]{36} on [^ ]+\/[^ ]+( and \d+ more)? \(hash \w{16}, desired \w{16}\)$/,
        ),
      ]);
    }
  });

  test('a missing resource of a present service is an update', () => {
    const config = miniConfig();
    const observed = applied(config);
    observed.resources = observed.resources.filter(
      (r) => r.type !== 'Microsoft.Network/privateEndpoints' || !r.name.includes('-vault'),
    );
    const kv = action(plan(config, observed).plan, 'keyVault');
    expect(kv.action).toBe('update');
    expect(kv.drift).toEqual([
      expect.stringMatching(/^pe-kv-.* \(Microsoft\.Network\/privateEndpoints\) is missing$/),
    ]);
  });

  test('a key property that differs from the body, or a failed provisioning, is drift', () => {
    const config = miniConfig();
    const observed = applied(config);
    const workspace = observed.resources.find((r) => r.type === 'Microsoft.OperationalInsights/workspaces')!;
    workspace.properties = { retentionInDays: 90 };
    const search = observed.resources.find((r) => r.type === 'Microsoft.Search/searchServices')!;
    search.provisioningState = 'Failed';
    const { plan: p } = plan(config, observed);
    expect(action(p, 'logAnalytics').drift).toEqual([
      expect.stringContaining('properties.retentionInDays is 90, desired 30'),
    ]);
    expect(action(p, 'aiSearch').drift).toEqual([expect.stringContaining('provisioning state is Failed')]);
    // Flat dot-path maps are read too.
    workspace.properties = { 'properties.retentionInDays': 30 };
    expect(action(plan(config, observed).plan, 'logAnalytics').action).toBe('noop');
  });

  test('tags are compared without regard to case of their keys', () => {
    const config = miniConfig();
    const observed = applied(config);
    for (const r of observed.resources) {
      r.tags = Object.fromEntries(Object.entries(r.tags).map(([k, v]) => [k.toUpperCase(), v]));
    }
    expect(plan(config, observed).plan.summary.noop).toBe(plan(config).plan.actions.length);
  });
});

describe('buildPlan: foreign resources', () => {
  test('a resource with our name that is not ours is a conflict, never touched', () => {
    const config = miniConfig();
    const vault = plan(config).desired.services.find((s) => s.id === 'keyVault')!.resources[0];
    const observed = emptyObserved();
    observed.resources.push({
      id: vault.id,
      type: vault.type,
      name: vault.name,
      resourceGroup: vault.resourceGroup,
      tags: { owner: 'someone' },
    });
    const { plan: p } = plan(config, observed);
    expect(p.conflicts).toEqual([
      {
        service: 'keyVault',
        resourceId: vault.id,
        reason: expect.stringContaining('carries no aifactory-managed-by tag'),
      },
    ]);
    expect(action(p, 'keyVault').action).toBe('create');
  });

  test('a service whose resource became foreign is in conflict on its own row, never "up to date", and counted apart', () => {
    const config = miniConfig();
    const observed = applied(config);
    const account = observed.resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts')!;
    account.tags = { costCenter: '4711' }; // someone removed our tags
    const { plan: p } = plan(config, observed);
    const storage = action(p, 'storage');
    expect(storage.conflicts).toEqual([account.id]);
    expect(storage.reason).toBe(
      "baseline of genai-1; in conflict: 1 resource with its names is someone else's, so nothing can be applied until it is renamed or removed",
    );
    expect(storage.action).not.toBe('noop');
    expect(storage.drift).toEqual([
      `${account.name} (${account.type}) is someone else's resource, not this project's`,
    ]);
    expect(p.conflicts.map((c) => c.service)).toEqual(['storage']);
    expect(p.summary).toEqual({
      create: 0,
      update: 0,
      delete: 0,
      noop: p.actions.length - 1,
      blocked: 0,
      conflict: 1,
    });
  });

  test("another project's or environment's resources are neither ours to delete nor conflicts", () => {
    const config = miniConfig();
    const observed = emptyObserved();
    observed.resources.push({
      id: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/other',
      type: 'Microsoft.DocumentDB/databaseAccounts',
      name: 'other',
      resourceGroup: 'rg',
      tags: {
        'aifactory-managed-by': 'aifactory-flags',
        'aifactory-project': 'prj002',
        'aifactory-environment': 'dev',
        'aifactory-service': 'cosmosDb',
      },
    });
    const { plan: p } = plan(config, observed);
    expect(p.actions.some((a) => a.action === 'delete')).toBe(false);
    expect(p.conflicts).toEqual([]);
  });

  test('a resource group of ours with foreign tags is a conflict', () => {
    const config = miniConfig();
    const { desired } = plan(config);
    const observed = emptyObserved();
    observed.resourceGroups.push({ name: desired.resourceGroups[0].name, exists: true, tags: {} });
    expect(plan(config, observed).plan.conflicts.map((c) => c.service)).toEqual(['resourceGroups']);
  });
});

describe('buildPlan: delete, blocked, allowed', () => {
  const withCosmos = () => miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });

  test('a service switched off is deleted with its cleanup in the catalog order', () => {
    const before = miniConfig();
    const observed = applied(before);
    const after = miniConfig({ flags: { azureML: true, aiSearch: false } });
    const { plan: p } = plan(after, observed);
    const del = action(p, 'aiSearch');
    expect(del.action).toBe('delete');
    expect(del.reason).toBe('flag off');
    expect(del.estimatedSeconds).toBe(60);
    expect(del.cleanup!.map((s) => s.step)).toEqual([
      'roleAssignments',
      'privateEndpoints',
      'dnsRecords',
      'resource',
    ]);
    const ids = Object.fromEntries(del.cleanup!.map((s) => [s.step, s.resourceIds]));
    expect(ids.roleAssignments[0]).toMatch(
      /\/storageAccounts\/.*\/providers\/Microsoft\.Authorization\/roleAssignments\//,
    );
    expect(ids.privateEndpoints).toEqual([
      expect.stringMatching(/\/privateEndpoints\/pe-srch-.*-searchservice$/),
    ]);
    expect(ids.dnsRecords).toEqual([`${ids.privateEndpoints[0]}/privateDnsZoneGroups/default`]);
    expect(ids.resource).toEqual([expect.stringMatching(/\/Microsoft\.Search\/searchServices\/srch-/)]);
    expect(del.resources.map((r) => r.id)).toEqual(del.cleanup!.flatMap((s) => s.resourceIds));
    expect(del.resources.every((r) => r.apiVersion !== '')).toBe(true);
    expect(p.blocked).toEqual([]);
    expect(p.summary.delete).toBe(1);
    // azureML only "uses" aiSearch: with aiSearch gone it no longer waits for it.
    expect(action(p, 'azureML').dependsOn).not.toContain('aiSearch');
  });

  test('deleting a data-bearing service is blocked, still listed in full, and says how to allow it', () => {
    const observed = applied(withCosmos());
    const { plan: p } = plan(miniConfig(), observed);
    expect(p.blocked).toEqual([
      { service: 'cosmosDb', action: 'delete', reason: expect.stringContaining('--allow-destroy cosmosDb') },
    ]);
    expect(p.blocked[0].reason).toContain('environments.dev.allowDestroy');
    expect(action(p, 'cosmosDb')).toMatchObject({ action: 'delete', dataBearing: true, protected: true });
    // Counted as what happens: a blocked delete is not a delete.
    expect(p.summary).toMatchObject({ delete: 0, blocked: 1 });
    const allowed = plan(miniConfig(), observed, { allowDestroy: ['cosmosDb'] }).plan;
    expect(allowed.summary).toMatchObject({ delete: 1, blocked: 0 });
  });

  test('each action is counted once in the summary', () => {
    const observed = applied(withCosmos());
    const off = miniConfig({ flags: { azureML: true }, protect: ['aiSearch'] });
    const { plan: p } = plan(off, observed, { allowDestroy: ['cosmosDb'] });
    expect(p.summary).toMatchObject({ delete: 1, blocked: 1 });
    const s = p.summary;
    expect(s.create + s.update + s.delete + s.noop + s.blocked + (s.conflict ?? 0)).toBe(p.actions.length);
  });

  test.each([
    ['the option', { allowDestroy: ['cosmosDb'] }, []],
    ['all', { allowDestroy: ['all'] }, []],
    ['the environment', none, ['cosmosDb']],
  ])('allowed through %s', (_, options, envAllow) => {
    const config = miniConfig();
    config.environments.dev.allowDestroy = envAllow as string[];
    const { plan: p } = plan(config, applied(withCosmos()), options as PlanOptions);
    expect(p.blocked).toEqual([]);
    expect(action(p, 'cosmosDb').action).toBe('delete');
  });

  test('protect blocks a service that holds no data', () => {
    const observed = applied(miniConfig());
    const config = miniConfig({ flags: { azureML: true }, protect: ['aiSearch'] });
    const { plan: p } = plan(config, observed);
    expect(p.blocked.map((b) => b.service)).toEqual(['aiSearch']);
    expect(p.blocked[0].reason).toContain('listed under protect');
  });

  test('a service unknown to the catalog is deleted only when allowed', () => {
    const observed = emptyObserved();
    observed.resources.push({
      id: '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.Cache/redis/r1',
      type: 'Microsoft.Cache/redis',
      name: 'r1',
      resourceGroup: 'rg',
      tags: {
        'aifactory-managed-by': 'aifactory-flags',
        'aifactory-project': 'prj001',
        'aifactory-environment': 'dev',
        'aifactory-service': 'redisOld',
      },
    });
    const { plan: p } = plan(miniConfig(), observed);
    expect(action(p, 'redisOld')).toMatchObject({ action: 'delete', protected: true });
    expect(action(p, 'redisOld').cleanup).toEqual([
      { step: 'resource', resourceIds: [observed.resources[0].id] },
    ]);
    expect(p.blocked[0].reason).toContain('not in this tool');
  });

  test('dependents are deleted first; their subnet is released at the end', () => {
    const prod = miniConfig();
    const observed = applied(prod, 'prod');
    const config = miniConfig({ flags: { aiSearch: true } });
    config.environments.prod.flags = {};
    const { plan: p } = plan(config, observed, none, 'prod');
    const order = p.actions.map((a) => a.service);
    expect(order.indexOf('aksForAzureML')).toBeLessThan(order.indexOf('azureML'));
    expect(action(p, 'azureML').dependsOn).toEqual(['aksForAzureML']);
    const aks = action(p, 'aksForAzureML');
    expect(aks.cleanup!.map((s) => s.step)).toEqual(['resource', 'waitSubnetRelease']);
    expect(aks.cleanup![1].resourceIds).toEqual([expect.stringMatching(/\/subnets\/snt-prj001-aks$/)]);
    expectDependenciesEarlier(p);
  });
});

describe('buildPlan: private DNS zones and the endpoints that use them', () => {
  const withCosmos = () => miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });
  const DOCUMENTS = /\/privateDnsZones\/privatelink\.documents\.azure\.com$/i;
  const zonesRemoved = (p: Plan) =>
    (action(p, 'privateDnsZones').cleanup ?? [])
      .flatMap((s) => s.resourceIds)
      .filter((id) => DOCUMENTS.test(id));

  test('a zone used by an endpoint whose delete is blocked is kept: no zone removal, no update', () => {
    const observed = applied(withCosmos());
    expect(observed.resources.some((r) => DOCUMENTS.test(r.id))).toBe(true);
    const { plan: p } = plan(miniConfig(), observed);
    expect(p.blocked.map((b) => b.service)).toEqual(['cosmosDb']);
    expect(zonesRemoved(p)).toEqual([]);
    expect(action(p, 'privateDnsZones').action).toBe('noop');
  });

  test('with the delete allowed, the zone goes after the endpoint and zone group that wrote into it', () => {
    const observed = applied(withCosmos());
    const { plan: p } = plan(miniConfig(), observed, { allowDestroy: ['cosmosDb'] });
    const cosmos = action(p, 'cosmosDb');
    const groups = cosmos.cleanup!.find((s) => s.step === 'dnsRecords')!.resourceIds;
    expect(groups).toEqual([expect.stringMatching(/\/privateDnsZoneGroups\/default$/)]);
    expect(zonesRemoved(p)).toHaveLength(1);
    expect(action(p, 'privateDnsZones')).toMatchObject({ action: 'update' });
    expect(action(p, 'privateDnsZones').dependsOn).toContain('cosmosDb');
    // The zone's VNet link goes with it, in the same update.
    expect(action(p, 'privateDnsZones').resources.map((r) => r.type)).toEqual(
      expect.arrayContaining([
        'Microsoft.Network/privateDnsZones',
        'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
      ]),
    );
    expectDependenciesEarlier(p);
  });

  test('a delete whose zone groups are unknown (no catalog entry) is waited for by any zone removal', () => {
    const observed = applied(withCosmos());
    for (const r of observed.resources)
      if (r.tags['aifactory-service'] === 'cosmosDb') r.tags['aifactory-service'] = 'cosmosOld';
    const { plan: p } = plan(miniConfig(), observed, { allowDestroy: ['all'] });
    expect(action(p, 'cosmosOld').action).toBe('delete');
    expect(zonesRemoved(p)).toHaveLength(1);
    expect(action(p, 'privateDnsZones').dependsOn).toContain('cosmosOld');
  });

  test('a delete that uses no zone being removed adds no wait', () => {
    const observed = applied(miniConfig({ flags: { azureML: true, aiSearch: true } }), 'prod');
    const config = miniConfig({ flags: { aiSearch: true } });
    config.environments.prod.flags = {};
    const { plan: p } = plan(config, observed, none, 'prod');
    expect(action(p, 'privateDnsZones').dependsOn).not.toContain('azureML');
    expect(action(p, 'privateDnsZones').action).toBe('noop');
  });

  test('a zone shared with an endpoint that stays is never removed', () => {
    const observed = applied(withCosmos());
    // aiSearch goes, but storage (which stays) writes into no search zone; keyVault's zone stays with keyVault.
    const { plan: p } = plan(miniConfig({ flags: { azureML: true, cosmosDb: true } }), observed);
    const removed = (action(p, 'privateDnsZones').cleanup ?? []).flatMap((s) => s.resourceIds);
    expect(removed.some((id) => /privatelink\.search\.windows\.net$/i.test(id))).toBe(true);
    expect(removed.some((id) => /privatelink\.(vaultcore|blob|documents)/i.test(id))).toBe(false);
    expect(action(p, 'privateDnsZones').dependsOn).toContain('aiSearch');
  });
});

describe('buildPlan: order, time, graph problems', () => {
  test('dependsOn: catalog edges, structure and resource references, each earlier in the list', () => {
    const { plan: p } = plan(
      miniConfig({ flags: { azureML: true, aiSearch: true, foundryCapabilityHost: true } }),
    );
    expectDependenciesEarlier(p);
    expect(action(p, 'keyVault').dependsOn).toEqual([
      'resourceGroups',
      'managedIdentity',
      'network',
      'privateDnsZones',
      'logAnalytics',
    ]);
    expect(action(p, 'azureML').dependsOn).toEqual(['resourceGroups', 'managedIdentity', 'aiSearch']);
    expect(action(p, 'aiSearch').dependsOn).toContain('storage'); // its role on the storage account
  });

  test('the estimate is the critical path of typical seconds', () => {
    const { plan: p } = plan(miniConfig());
    const deps = new Map(p.actions.map((a) => [a.service, a.dependsOn]));
    const seconds = new Map(p.actions.map((a) => [a.service, a.estimatedSeconds]));
    const expected = criticalPath(
      p.actions.map((a) => a.service),
      deps,
      (n) => seconds.get(n)!,
    );
    expect(p.estimatedSeconds).toBe(expected.seconds);
    expect(p.criticalPath).toEqual(expected.path);
    expect(p.estimatedSeconds).toBeLessThan(p.actions.reduce((t, a) => t + a.estimatedSeconds, 0));
  });

  test('a dependency cycle is an error naming the cycle', () => {
    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'aiSearch')!.uses = ['azureML'];
    const { plan: p } = buildPlan(miniConfig(), 'dev', catalog, emptyObserved(), none);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'plan.cycle',
        message: expect.stringContaining('aiSearch → azureML → aiSearch'),
      }),
    ]);
  });

  test('a soft-deleted vault with the desired name is noted: the apply recovers it', () => {
    const config = miniConfig();
    const vault = plan(config).desired.services.find((s) => s.id === 'keyVault')!.resources[0];
    const observed = emptyObserved();
    observed.softDeleted.push({
      type: 'Microsoft.KeyVault/vaults',
      name: vault.name,
      location: 'swedencentral',
      purgeProtection: true,
    });
    const notes = plan(config, observed).plan.diagnostics;
    expect(notes).toEqual([expect.objectContaining({ severity: 'note', code: 'plan.soft-deleted' })]);
  });
});

describe('fingerprint and comparePlans', () => {
  test('the same input gives byte-identical JSON, whatever the file path or the order Azure lists things in', () => {
    const config = miniConfig();
    const observed = applied(config);
    const a = JSON.stringify(plan(config, observed).plan);
    const moved = { ...config, file: '/elsewhere/aifactory.yaml', locations: {} };
    const shuffled = {
      ...observed,
      resources: [...observed.resources].reverse(),
      subnets: [...observed.subnets].reverse(),
    };
    shuffled.resources = shuffled.resources.map((r) => ({
      ...r,
      tags: { ...r.tags, owner: 'changed-by-hand' },
    }));
    expect(JSON.stringify(plan(moved, shuffled).plan)).toBe(a);
    expect(a).not.toMatch(/"[^"]*(\/home\/|\/tmp\/|\\\\)/);
  });

  test('the fingerprint changes with the config, Azure and the options, and each input hash says which', () => {
    const config = miniConfig();
    const observed = applied(config);
    const base = plan(config, observed).plan;
    const changedConfig = plan(miniConfig({ flags: { aiSearch: true } }), observed).plan;
    const changedAzure = plan(config, { ...observed, resources: observed.resources.slice(1) }).plan;
    const changedOptions = plan(config, observed, { allowDestroy: ['cosmosDb'] }).plan;
    for (const other of [changedConfig, changedAzure, changedOptions])
      expect(other.fingerprint).not.toBe(base.fingerprint);
    expect(changedConfig.inputs.observed).toBe(base.inputs.observed);
    expect(changedAzure.inputs.config).toBe(base.inputs.config);
    expect(changedOptions.inputs.config).toBe(base.inputs.config);
    expect(base.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('comparePlans is empty for the same plan and names what changed otherwise', () => {
    const config = miniConfig();
    const observed = applied(config);
    const reviewed = plan(config, observed).plan;
    expect(comparePlans(reviewed, plan(config, observed).plan)).toEqual([]);
    const drifted = {
      ...observed,
      resources: observed.resources.filter((r) => r.type !== 'Microsoft.Search/searchServices'),
    };
    expect(comparePlans(reviewed, plan(config, drifted).plan)).toEqual([
      'Azure changed since the plan was made (resources, tags, subnets or soft-deleted items differ)',
      'aiSearch: was noop, now update: srch-prj001-sdc-dev-snwod (Microsoft.Search/searchServices) is missing',
    ]);
    const lines = comparePlans(
      reviewed,
      plan(miniConfig({ flags: { aiSearch: true } }), observed, { allowDestroy: ['all'] }).plan,
    );
    expect(lines).toEqual([
      'the config changed since the plan was made',
      'the options changed (e.g. --allow-destroy)',
      'azureML: was noop, now delete',
    ]);
    const other = { ...reviewed, fingerprint: 'sha256:0', tool: { ...reviewed.tool, version: '0.9.0' } };
    expect(comparePlans(other, reviewed)).toEqual(['the tool version changed: 0.9.0 → 1.0.0']);
    expect(comparePlans({ ...reviewed, fingerprint: 'sha256:1' }, reviewed)).toEqual([
      'the fingerprint differs (the catalog version or another input changed)',
    ]);
  });

  test('a resource that lost its tags: the refusal names the service, its drift and the new conflict', () => {
    const config = miniConfig();
    const observed = applied(config);
    const reviewed = plan(config, observed).plan;
    const vault = observed.resources.find((r) => r.type === 'Microsoft.KeyVault/vaults')!;
    const untagged = {
      ...observed,
      resources: observed.resources.map((r) => (r === vault ? { ...r, tags: {} } : r)),
    };
    expect(comparePlans(reviewed, plan(config, untagged).plan)).toEqual([
      'Azure changed since the plan was made (resources, tags, subnets or soft-deleted items differ)',
      `keyVault: was noop, now update: ${vault.name} (Microsoft.KeyVault/vaults) is someone else's resource, not this project's`,
      `keyVault: new conflict: ${vault.name} is not this project's`,
    ]);
    // And back: the conflict is gone.
    expect(comparePlans(plan(config, untagged).plan, reviewed)).toContain(
      `keyVault: conflict gone: ${vault.name}`,
    );
  });

  test('drift, reasons, resources, blocked deletes and subnets each get a line', () => {
    const withCosmos = miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });
    const observed = applied(withCosmos, 'prod');
    const config = miniConfig();
    // Blocked in the reviewed plan, allowed now.
    const blocked = plan(config, observed, none, 'prod').plan;
    const allowed = plan(config, observed, { allowDestroy: ['cosmosDb'] }, 'prod').plan;
    expect(comparePlans(blocked, allowed)).toEqual(
      expect.arrayContaining([
        'the options changed (e.g. --allow-destroy)',
        'cosmosDb: the delete is no longer blocked',
        expect.stringMatching(/^privateDnsZones: was noop, now update: /),
      ]),
    );
    expect(comparePlans(allowed, blocked)).toContain('cosmosDb: the delete is now blocked');

    // The same action with new drift; a subnet moved; a resource more.
    const drifted = {
      ...observed,
      resources: observed.resources.map((r) =>
        r.type === 'Microsoft.Search/searchServices' ? { ...r, provisioningState: 'Failed' } : r,
      ),
    };
    const base = plan(withCosmos, observed, none, 'prod').plan;
    const now = plan(withCosmos, drifted, none, 'prod').plan;
    const searchDrift = comparePlans(base, now).find((l) => l.startsWith('aiSearch:'));
    expect(searchDrift).toMatch(/^aiSearch: was noop, now update: srch-.*: provisioning state is Failed$/);
    const moved: Plan = {
      ...now,
      subnets: now.subnets.map((s) => ({ ...s, prefix: '172.30.9.0/26' })),
      actions: now.actions.map((a) =>
        a.service === 'aiSearch'
          ? { ...a, drift: [...(a.drift ?? []), 'one more', 'and another'], reason: 'other' }
          : a.service === 'keyVault'
            ? {
                ...a,
                resources: [
                  ...a.resources,
                  { id: '/x/pe-extra', type: 'T', name: 'pe-extra', apiVersion: '1' },
                ],
              }
            : a,
      ),
      fingerprint: 'sha256:moved',
    };
    const lines = comparePlans(now, moved);
    expect(lines).toContain('aiSearch: drift found: one more (and 1 more)');
    expect(lines).toContain('keyVault: resources differ: + pe-extra');
    expect(lines).toContain(`subnet ${now.subnets[0].name}: ${now.subnets[0].prefix} → 172.30.9.0/26`);
    expect(
      comparePlans(now, { ...moved, actions: now.actions.map((a) => ({ ...a, reason: `${a.reason}!` })) }),
    ).toContain(
      `aiSearch: the reason changed: "${action(now, 'aiSearch').reason}" → "${action(now, 'aiSearch').reason}!"`,
    );
  });

  test('many differences are capped with "and N more"', () => {
    const config = miniConfig();
    const reviewed = plan(config, applied(config)).plan;
    const current: Plan = {
      ...reviewed,
      fingerprint: 'sha256:other',
      actions: reviewed.actions.map((a) => ({ ...a, action: 'update' })),
      blocked: Array.from({ length: 20 }, (_, i) => ({
        service: `old${i}`,
        action: 'delete' as const,
        reason: 'holds data',
      })),
    };
    const lines = comparePlans(reviewed, current);
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe('resourceGroups: was noop, now update');
    // 9 services and 20 blocked deletes: 11 shown, the rest counted.
    expect(lines[11]).toBe(`and ${reviewed.actions.length + 20 - 11} more`);
  });
});
