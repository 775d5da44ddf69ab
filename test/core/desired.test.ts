import { buildDesiredState } from '../../src/core/desired.js';
import type { DesiredResource, DesiredState } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig } from './fixtures.js';

const opts = { allowDestroy: [] };
const all = (d: DesiredState): DesiredResource[] => d.services.flatMap((s) => s.resources);
const ofType = (d: DesiredState, type: string) => all(d).filter((r) => r.type === type);

describe('buildDesiredState', () => {
  const desired = buildDesiredState(miniConfig(), 'dev', miniCatalog(), emptyObserved(), opts);

  test('a valid config gives no diagnostics, both resource groups and ownership tags', () => {
    expect(desired.diagnostics).toEqual([]);
    expect(desired.project).toBe('prj001');
    expect(desired.resourceGroups.map((g) => [g.role, g.managed])).toEqual([
      ['project', true],
      ['common', true],
    ]);
    expect(desired.ownershipTags).toEqual({
      'aifactory-managed-by': 'aifactory-flags',
      'aifactory-project': 'prj001',
      'aifactory-environment': 'dev',
    });
  });

  test('tracked resources carry project tags, ownership tags, the service and the hash of their body', () => {
    const vault = ofType(desired, 'Microsoft.KeyVault/vaults')[0];
    expect(vault.body.tags).toEqual({
      costCenter: '4711',
      'aifactory-managed-by': 'aifactory-flags',
      'aifactory-project': 'prj001',
      'aifactory-environment': 'dev',
      'aifactory-service': 'keyVault',
      'aifactory-hash': vault.hash,
    });
    expect(vault.hash).toMatch(/^[0-9a-f]{16}$/);
    // Extension resources cannot carry tags.
    for (const r of ofType(desired, 'Microsoft.Authorization/roleAssignments'))
      expect(r.body.tags).toBeUndefined();
  });

  test('placeholders are resolved, a whole-string placeholder keeps its type, principal ids stay for the executor', () => {
    const config = miniConfig({ flags: { foundryCapabilityHost: true } });
    config.services.foundryCapabilityHost = { deployments: [{ name: 'gpt-4o', capacity: 10 }] };
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    expect(d.diagnostics).toEqual([]);
    const vault = ofType(d, 'Microsoft.KeyVault/vaults')[0];
    expect((vault.body.properties as Record<string, unknown>).tenantId).toBe(
      '99999999-9999-9999-9999-999999999999',
    );
    const deployment = ofType(d, 'Microsoft.CognitiveServices/accounts/deployments')[0];
    expect(deployment.body.sku).toEqual({ name: 'Standard', capacity: 10 });
    expect(deployment.name).toMatch(/^aif-prj001-sdc-dev-[a-z0-9]{5}\/gpt-4o$/);
    expect(deployment.id).toMatch(/\/accounts\/aif-prj001-sdc-dev-[a-z0-9]{5}\/deployments\/gpt-4o$/);
    expect(deployment.role).toBe('child');
    const host = ofType(d, 'Microsoft.CognitiveServices/accounts')[0];
    const search = ofType(d, 'Microsoft.Search/searchServices')[0];
    expect((host.body.properties as Record<string, unknown>).searchId).toBe(search.id);
    expect(host.dependsOn).toContain(search.id);
    expect(deployment.dependsOn).toContain(host.id);
    const searchRole = d.services
      .find((s) => s.id === 'aiSearch')!
      .resources.find((r) => r.role === 'roleAssignment')!;
    expect((searchRole.body.properties as Record<string, unknown>).principalId).toBe(
      '{{principalId:aiSearch}}',
    );
    expect(searchRole.dependsOn).toContain(search.id);
  });

  test('every resource depends on its managed resource group, and only on resources of this state', () => {
    const ids = new Set(all(desired).map((r) => r.id));
    const rg = desired.resourceGroups[0].id;
    for (const r of all(desired)) {
      for (const dep of r.dependsOn) expect(ids.has(dep)).toBe(true);
      if (r.resourceGroup === desired.resourceGroups[0].name && r.id !== rg)
        expect(r.dependsOn).toContain(rg);
    }
  });

  test('private endpoint per catalog entry in the genai subnet, with a DNS zone group naming our zones', () => {
    const endpoints = ofType(desired, 'Microsoft.Network/privateEndpoints');
    expect(endpoints.map((e) => e.service).sort()).toEqual(['aiSearch', 'keyVault', 'storage']);
    const kv = endpoints.find((e) => e.service === 'keyVault')!;
    const props = kv.body.properties as {
      subnet: { id: string };
      privateLinkServiceConnections: { properties: { groupIds: string[] } }[];
    };
    expect(props.subnet.id).toMatch(/\/virtualNetworks\/vnt-acme-sdc-dev-001\/subnets\/snt-prj001-genai$/);
    expect(props.privateLinkServiceConnections[0].properties.groupIds).toEqual(['vault']);
    const group = ofType(desired, 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups').find(
      (g) => g.service === 'keyVault',
    )!;
    expect(group.id).toBe(`${kv.id}/privateDnsZoneGroups/default`);
    const zones = ofType(desired, 'Microsoft.Network/privateDnsZones');
    expect(zones.map((z) => z.name)).toEqual([
      'privatelink.blob.core.windows.net',
      'privatelink.search.windows.net',
      'privatelink.vaultcore.azure.net',
    ]);
    expect(zones.every((z) => z.service === 'privateDnsZones' && z.body.location === 'global')).toBe(true);
    expect(ofType(desired, 'Microsoft.Network/privateDnsZones/virtualNetworkLinks')).toHaveLength(3);
    const zoneId = (
      group.body.properties as { privateDnsZoneConfigs: { properties: { privateDnsZoneId: string } }[] }
    ).privateDnsZoneConfigs[0].properties.privateDnsZoneId;
    expect(zoneId).toBe(zones.find((z) => z.name === 'privatelink.vaultcore.azure.net')!.id);
  });

  test('hub-spoke: no zones are created, zone groups point at the hub zones, the subnet goes in the platform VNet', () => {
    const config = miniConfig({ network: { mode: 'hub-spoke' } });
    config.environments.dev.network = {
      vnetName: 'vnet-spoke',
      vnetResourceGroup: 'rg-net',
      dnsZonesSubscriptionId: '22222222-2222-2222-2222-222222222222',
      dnsZonesResourceGroup: 'rg-hub-dns',
    };
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    expect(d.diagnostics).toEqual([]);
    expect(ofType(d, 'Microsoft.Network/privateDnsZones')).toEqual([]);
    expect(ofType(d, 'Microsoft.Network/virtualNetworks')).toEqual([]);
    expect(d.resourceGroups.find((g) => g.role === 'common')!.managed).toBe(false);
    const group = ofType(d, 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups')[0];
    expect(JSON.stringify(group.body)).toContain(
      '/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-hub-dns/providers/Microsoft.Network/privateDnsZones/',
    );
    const subnet = ofType(d, 'Microsoft.Network/virtualNetworks/subnets')[0];
    expect(subnet.id).toBe(
      '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-spoke/subnets/snt-prj001-genai',
    );
  });

  test('hub-spoke without the hub DNS zones configured is an error saying what to set', () => {
    const config = miniConfig({ network: { mode: 'hub-spoke' } });
    config.environments.dev.network = { vnetName: 'vnet-spoke', vnetResourceGroup: 'rg-net' };
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    const err = d.diagnostics.find((x) => x.code === 'config.central-dns');
    expect(err?.hint).toContain('environments.dev.network.dnsZonesResourceGroup');
  });

  test('hub-spoke without a VNet: endpoints have nowhere to go', () => {
    const d = buildDesiredState(
      miniConfig({ network: { mode: 'hub-spoke' } }),
      'dev',
      miniCatalog(),
      emptyObserved(),
      opts,
    );
    expect(d.diagnostics.map((x) => x.code)).toContain('desired.endpoint-subnet');
  });

  test('standalone: our VNet carries every allocated subnet inline (a VNet PUT without them would delete them)', () => {
    const d = buildDesiredState(
      miniConfig(),
      'prod',
      miniCatalog(),
      emptyObserved('33333333-3333-3333-3333-333333333333'),
      opts,
    );
    expect(d.diagnostics).toEqual([]);
    expect(ofType(d, 'Microsoft.Network/virtualNetworks/subnets')).toEqual([]);
    const vnet = ofType(d, 'Microsoft.Network/virtualNetworks')[0];
    const nsg = ofType(d, 'Microsoft.Network/networkSecurityGroups')[0];
    const inline = (
      vnet.body.properties as { subnets: { name: string; properties: Record<string, unknown> }[] }
    ).subnets;
    expect(inline.map((s) => [s.name, s.properties.addressPrefix])).toEqual(
      d.subnets.map((s) => [s.name, s.prefix]),
    );
    expect(inline.every((s) => (s.properties.networkSecurityGroup as { id: string }).id === nsg.id)).toBe(
      true,
    );
    expect(vnet.dependsOn).toContain(nsg.id);
    const aks = ofType(d, 'Microsoft.ContainerService/managedClusters')[0];
    expect(JSON.stringify(aks.body)).toContain(`${vnet.id}/subnets/snt-prj001-aks`);
    expect(aks.dependsOn).toContain(vnet.id);
  });

  test('hub-spoke subnets: merged by name, allocated inside the address space, with NSG, chained to avoid concurrent writes', () => {
    const config = miniConfig({ network: { mode: 'hub-spoke' } });
    config.environments.prod.network = {
      vnetName: 'vnet-spoke',
      vnetResourceGroup: 'rg-net',
      dnsZonesSubscriptionId: '22222222-2222-2222-2222-222222222222',
      dnsZonesResourceGroup: 'rg-hub-dns',
    };
    const d = buildDesiredState(
      config,
      'prod',
      miniCatalog(),
      emptyObserved('33333333-3333-3333-3333-333333333333'),
      opts,
    );
    expect(d.diagnostics).toEqual([]);
    expect(d.subnets.map((s) => [s.name, s.origin])).toEqual(
      expect.arrayContaining([
        ['snt-prj001-genai', 'new'],
        ['snt-prj001-aks', 'new'],
      ]),
    );
    const subnets = ofType(d, 'Microsoft.Network/virtualNetworks/subnets');
    expect(subnets.every((s) => s.service === 'network' && s.role === 'subnet')).toBe(true);
    expect(subnets[1].dependsOn).toContain(subnets[0].id);
    const nsg = ofType(d, 'Microsoft.Network/networkSecurityGroups')[0];
    expect((subnets[0].body.properties as Record<string, unknown>).networkSecurityGroup).toEqual({
      id: nsg.id,
    });
    const aks = ofType(d, 'Microsoft.ContainerService/managedClusters')[0];
    const aksSubnet = subnets.find((s) => s.id.endsWith('snt-prj001-aks'))!;
    expect(JSON.stringify(aks.body)).toContain(aksSubnet.id);
    expect(aks.dependsOn).toContain(aksSubnet.id);
  });

  test('an existing subnet keeps its range', () => {
    const observed = emptyObserved();
    observed.subnets = [{ name: 'snt-prj001-genai', addressPrefix: '172.16.8.0/25', foreign: false }];
    const d = buildDesiredState(miniConfig(), 'dev', miniCatalog(), observed, opts);
    expect(d.subnets).toEqual([
      expect.objectContaining({ name: 'snt-prj001-genai', prefix: '172.16.8.0/25', origin: 'existing' }),
    ]);
  });

  test('role assignments: deterministic GUID names, scoped to the target, persona groups included', () => {
    const again = buildDesiredState(miniConfig(), 'dev', miniCatalog(), emptyObserved(), opts);
    const roles = ofType(desired, 'Microsoft.Authorization/roleAssignments');
    expect(roles.map((r) => r.id)).toEqual(
      ofType(again, 'Microsoft.Authorization/roleAssignments').map((r) => r.id),
    );
    for (const r of roles) {
      expect(r.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(r.id.startsWith(`${r.scope}/providers/Microsoft.Authorization/roleAssignments/`)).toBe(true);
    }
    const persona = roles.find(
      (r) => (r.body.properties as Record<string, string>).principalType === 'Group',
    )!;
    expect(persona.service).toBe('keyVault');
    expect((persona.body.properties as Record<string, string>).principalId).toBe(
      'aaaaaaaa-0000-0000-0000-000000000001',
    );
    // aiSearch's identity on storage: owned by aiSearch, scoped to the storage account.
    const reader = roles.find((r) => r.service === 'aiSearch')!;
    expect(reader.scope).toBe(ofType(desired, 'Microsoft.Storage/storageAccounts')[0].id);
  });

  test('a role on a service that is off is not generated', () => {
    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'aiSearch')!.roleAssignments[0].scope = { service: 'cosmosDb' };
    const d = buildDesiredState(miniConfig(), 'dev', catalog, emptyObserved(), opts);
    expect(
      d.services.find((s) => s.id === 'aiSearch')!.resources.filter((r) => r.role === 'roleAssignment'),
    ).toEqual([]);
  });

  test('diagnostic settings send to the Log Analytics workspace', () => {
    const [settings] = ofType(desired, 'Microsoft.Insights/diagnosticSettings');
    const workspace = ofType(desired, 'Microsoft.OperationalInsights/workspaces')[0];
    expect(settings.body).toEqual({
      properties: {
        workspaceId: workspace.id,
        logs: [{ categoryGroup: 'audit', enabled: true }],
        metrics: [{ category: 'AllMetrics', enabled: true }],
      },
    });
    expect(settings.dependsOn).toContain(workspace.id);
  });

  test('the first main resource hash covers the service’s untagged resources', () => {
    const config = miniConfig();
    config.environments.dev.personas = { dataScientists: ['aaaaaaaa-0000-0000-0000-000000000002'] };
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    const before = ofType(desired, 'Microsoft.KeyVault/vaults')[0].hash;
    const after = ofType(d, 'Microsoft.KeyVault/vaults')[0].hash;
    expect(after).not.toBe(before);
    expect(ofType(d, 'Microsoft.Storage/storageAccounts')[0].hash).toBe(
      ofType(desired, 'Microsoft.Storage/storageAccounts')[0].hash,
    );
  });

  test('a name that cannot fit (an 8-character environment name the config accepts) is an error at the environment key', () => {
    const config = miniConfig();
    const { dev, ...others } = config.environments;
    config.environments = { ...others, preprod1: { ...dev, name: 'preprod1', location: 'eastus2' } };
    const at = { file: 'aifactory.yaml', line: 30, column: 3 };
    config.locations = { ...config.locations, 'environments.preprod1': at };
    const d = buildDesiredState(config, 'preprod1', miniCatalog(), emptyObserved(), opts);
    const names = d.diagnostics.filter((x) => x.code === 'names.invalid');
    // sa + prj001 + eus2 + salt + preprod1: 25 characters, the storage account limit is 24.
    expect(names).toEqual([
      {
        severity: 'error',
        code: 'names.invalid',
        message: expect.stringMatching(
          /^storage: the name of Microsoft\.Storage\/storageAccounts \(account\) cannot be used: "saprj001eus2\w{5}preprod1" is 25 characters, the limit for Microsoft\.Storage\/storageAccounts is 24; it is made of the project number 'prj001' \(6\), the location code 'eus2' of eastus2 \(4\), the environment name 'preprod1' \(8\) and a 5-character salt$/,
        ),
        location: at,
        hint: 'use an environment name of at most 7 characters or a location whose short code has at most 3 characters',
      },
    ]);
  });

  test('a name made too long by the prefix points at project.prefix and suggests only what is in the name', () => {
    const config = miniConfig();
    const at = { file: 'aifactory.yaml', line: 5, column: 3 };
    config.locations = { ...config.locations, 'project.prefix': at };
    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'storage')!.resources[0].name.pattern =
      'sa{prefix}{project}{salt}{scaleSet}xxxx';
    config.project.prefix = 'acmeco';
    const d = buildDesiredState(config, 'dev', catalog, emptyObserved(), opts);
    const [error] = d.diagnostics.filter((x) => x.code === 'names.invalid');
    expect(error.location).toEqual(at);
    expect(error.message).toContain(
      "is 26 characters, the limit for Microsoft.Storage/storageAccounts is 24; it is made of project.prefix 'acmeco' (6), the project number 'prj001' (6), project.scaleSet '001' (3) and a 5-character salt",
    );
    expect(error.hint).toBe('use a project.prefix of at most 4 characters');
  });

  test('a full address space is one error at the addressSpace line, and what refers to the subnet is not a second one', () => {
    const config = miniConfig();
    config.environments.prod.addressSpace = '172.30.0.0/25';
    const at = { file: 'aifactory.yaml', line: 22, column: 5 };
    config.locations = { ...config.locations, 'environments.prod.addressSpace': at };
    const d = buildDesiredState(config, 'prod', miniCatalog(), emptyObserved(), opts);
    expect(d.diagnostics.filter((x) => x.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'subnets.full',
        message:
          'environments.prod.addressSpace 172.30.0.0/25 has no room for subnet snt-prj001-aks (/26, 64 addresses): the enabled services need 192 addresses in all (64 of them still to place), 0 of 128 are free.',
        location: at,
        // aksForAzureML is on by prod's flag: switching it off is offered; the baseline genai subnet is not.
        hint: 'Give the environment a larger addressSpace, e.g. 172.30.0.0/24 (256 addresses; existing subnets keep their place), or switch off aksForAzureML (subnet snt-prj001-aks).',
      },
    ]);
  });

  test('placeholder problems are errors that say what to set', () => {
    const config = miniConfig();
    delete config.environments.dev.tenantId;
    config.services.aiSearch = {};
    const catalog = miniCatalog();
    catalog.services.find((s) => s.id === 'storage')!.resources[0].body = {
      location: '{{nope}}',
      x: '{{id:cosmosDb.account}}',
    };
    const d = buildDesiredState(config, 'dev', catalog, emptyObserved(), opts);
    const messages = d.diagnostics.filter((x) => x.code === 'desired.placeholder').map((x) => x.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('set services.aiSearch.sku in the config'),
        expect.stringContaining('unknown placeholder; known:'),
        expect.stringContaining("refers to 'cosmosDb', which is off in environment 'dev'"),
      ]),
    );
    expect(d.diagnostics.find((x) => x.code === 'desired.tenant')?.message).toContain(
      'set environments.dev.tenantId or pass --tenant-id',
    );
    // the tenant id passed as an option is used when the config has none
    const withTenant = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), {
      allowDestroy: [],
      tenantId: '77777777-7777-7777-7777-777777777777',
    });
    expect(withTenant.diagnostics.some((x) => x.message.includes('tenantId'))).toBe(false);
  });

  test('a forEach option that is not a list of named entries is a config error', () => {
    const config = miniConfig({ flags: { foundryCapabilityHost: true } });
    config.services.foundryCapabilityHost = { deployments: [{ capacity: 1 }] };
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    expect(d.diagnostics.map((x) => x.message)).toContain(
      "services.foundryCapabilityHost.deployments[0] needs a 'name' (a string)",
    );
    config.services.foundryCapabilityHost = { deployments: 'gpt' };
    const e = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    expect(e.diagnostics.map((x) => x.message)).toContain(
      'services.foundryCapabilityHost.deployments must be a list',
    );
  });

  test('a missing platform api-version is a catalog error', () => {
    const catalog = miniCatalog();
    delete catalog.platformApiVersions['Microsoft.Network/privateEndpoints'];
    const d = buildDesiredState(miniConfig(), 'dev', catalog, emptyObserved(), opts);
    expect(d.diagnostics.filter((x) => x.code === 'catalog.api-version')).toHaveLength(1);
  });

  test('an unknown region is reported', () => {
    const config = miniConfig();
    config.project.location = 'atlantis';
    const d = buildDesiredState(config, 'dev', miniCatalog(), emptyObserved(), opts);
    expect(d.diagnostics.map((x) => x.code)).toContain('config.unknown-region');
  });
});
