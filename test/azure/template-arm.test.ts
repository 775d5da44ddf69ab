// The templates we send to ARM, checked against what real Azure accepts (the emulator only knows what it was
// taught). Built from the real catalog and the many-addons example, so a catalog or generator change that
// breaks one of these shapes fails here before it fails on a first real deployment.
import { readFileSync } from 'node:fs';
import { emptyObservedState } from '../../src/app/files.js';
import {
  RG_TEMPLATE_SCHEMA,
  SUBSCRIPTION_TEMPLATE_SCHEMA,
  buildDeployments,
  deploymentName,
  type PlannedDeployment,
} from '../../src/azure/template.js';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildDesiredState } from '../../src/core/desired.js';
import type { DesiredState } from '../../src/core/types.js';

const TENANT = '99999999-9999-9999-9999-999999999999';
const file = new URL('../../examples/many-addons/aifactory.yaml', import.meta.url);
const config = parseConfig(readFileSync(file, 'utf8'), 'many-addons/aifactory.yaml', catalog).config!;
const desired: DesiredState = buildDesiredState(
  config,
  'dev',
  catalog,
  emptyObservedState(config.environments.dev.subscriptionId),
  { allowDestroy: [], tenantId: TENANT },
);
const SUB = config.environments.dev.subscriptionId;

function deploymentsOf(service: string): PlannedDeployment[] {
  const s = desired.services.find((x) => x.id === service);
  if (!s) throw new Error(`${service} is not enabled in the many-addons example`);
  return buildDeployments(service, 'dev', desired.project, s.resources);
}
type Entry = Record<string, unknown> & { type: string; name: string; dependsOn?: string[] };
const entries = (service: string): Entry[] =>
  deploymentsOf(service).flatMap((d) => d.template.resources as Entry[]);
const allEntries = (): Entry[] => desired.services.flatMap((s) => entries(s.id));
const byType = (list: Entry[], type: string) => list.filter((e) => e.type === type);
const main = (service: string, type: string) => byType(entries(service), type)[0];
const idOf = (e: Entry) =>
  desired.services.flatMap((s) => s.resources).find((r) => r.name === e.name && r.type === e.type)!.id;

test('the example plans without errors (the rest of this file reads its templates)', () => {
  expect(desired.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('deployment envelopes', () => {
  test('resource-group and subscription templates carry their own $schema and contentVersion 1.0.0.0', () => {
    expect(RG_TEMPLATE_SCHEMA).toBe(
      'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    );
    expect(SUBSCRIPTION_TEMPLATE_SCHEMA).toBe(
      'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    );
    for (const s of desired.services) {
      for (const d of deploymentsOf(s.id)) {
        expect(d.template.contentVersion).toBe('1.0.0.0');
        expect(d.template.$schema).toBe(
          d.scope === 'subscription' ? SUBSCRIPTION_TEMPLATE_SCHEMA : RG_TEMPLATE_SCHEMA,
        );
      }
    }
  });

  test('resource groups are created by a subscription-scope deployment with a location', () => {
    const [d] = deploymentsOf('resourceGroups');
    expect(d.scope).toBe('subscription');
    for (const rg of d.template.resources) {
      expect(rg).toMatchObject({ type: 'Microsoft.Resources/resourceGroups', location: 'eastus2' });
      expect(rg).not.toHaveProperty('scope');
    }
  });

  test('every deployment name of every catalog service fits ARM: ≤ 64 of letters, digits, - _ . ( )', () => {
    for (const s of catalog.services) {
      for (const scope of ['subscription', 'resourceGroup'] as const) {
        for (const suffix of [undefined, 'roles']) {
          const name = deploymentName(s.id, 'prod', scope, 'prj999', suffix);
          expect(name).toMatch(/^[-\w.()]{1,64}$/);
        }
      }
    }
  });
});

describe('dependsOn and children', () => {
  test('every dependsOn is a full resource id of a resource in the same template', () => {
    for (const s of desired.services) {
      for (const d of deploymentsOf(s.id)) {
        const ids = new Set(d.resourceIds.map((i) => i.toLowerCase()));
        for (const e of d.template.resources as Entry[])
          for (const dep of e.dependsOn ?? []) {
            expect(dep).toMatch(/^\/subscriptions\/[^/]+\//);
            expect(ids.has(dep.toLowerCase())).toBe(true);
          }
      }
    }
  });

  test('a child is named parent/child with type Namespace/parent/child', () => {
    const project = byType(entries('aiFoundry'), 'Microsoft.CognitiveServices/accounts/projects')[0];
    const account = byType(entries('aiFoundry'), 'Microsoft.CognitiveServices/accounts')[0];
    expect(project.name).toBe(`${account.name}/${desired.project}-default`);
    const host = byType(
      entries('foundryCapabilityHost'),
      'Microsoft.CognitiveServices/accounts/projects/capabilityHosts',
    )[0];
    expect(host.name.split('/')).toHaveLength(3);
  });

  test('model deployments of one account are written one at a time (Azure refuses parallel ones)', () => {
    const list = entries('aiFoundry');
    const account = byType(list, 'Microsoft.CognitiveServices/accounts')[0];
    const project = byType(list, 'Microsoft.CognitiveServices/accounts/projects')[0];
    const models = byType(list, 'Microsoft.CognitiveServices/accounts/deployments');
    expect(models.map((m) => m.name)).toEqual([`${account.name}/gpt-4o`, `${account.name}/embeddings`]);
    // project → gpt-4o → embeddings: every write under the account waits for the one before
    expect(models[0].dependsOn).toContain(idOf(project));
    expect(models[1].dependsOn).toContain(idOf(models[0]));
    expect(models[1].dependsOn).not.toContain(idOf(project)); // a chain, not a fan-in
  });

  test("the capability host waits for the project's connections it names", () => {
    const list = entries('foundryCapabilityHost');
    const connections = byType(list, 'Microsoft.CognitiveServices/accounts/projects/connections');
    const host = byType(list, 'Microsoft.CognitiveServices/accounts/projects/capabilityHosts')[0];
    expect(connections).toHaveLength(3);
    expect(host.dependsOn).toContain(idOf(connections[2]));
    expect(connections[2].dependsOn).toContain(idOf(connections[1]));
    expect(connections[1].dependsOn).toContain(idOf(connections[0]));
  });
});

describe("the capability host's roles (Microsoft's standard agent setup)", () => {
  const list = () => entries('foundryCapabilityHost');
  const host = () => byType(list(), 'Microsoft.CognitiveServices/accounts/projects/capabilityHosts')[0];
  const rbac = () => byType(list(), 'Microsoft.Authorization/roleAssignments');
  const roleIdOf = (e: Entry) =>
    String((e.properties as Record<string, string>).roleDefinitionId)
      .split('/')
      .pop();

  test("every role goes to the default project's identity, not the account's", () => {
    const all = [...rbac(), ...byType(list(), 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments')];
    expect(all).toHaveLength(6);
    for (const r of all)
      expect((r.properties as Record<string, string>).principalId).toBe('{{principalId:aiFoundry.project}}');
  });

  test('the control-plane roles exist before the host; the data roles wait for it', () => {
    const before = [
      '230815da-be43-4aae-9cb4-875f7bd000aa', // Cosmos DB Operator
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe', // Storage Blob Data Contributor
      '8ebe5a00-799e-43f5-93ac-243d3dce84a7', // Search Index Data Contributor
      '7ca78c08-252a-4471-8644-bb5ff32d4ba0', // Search Service Contributor
    ];
    for (const id of before) {
      const role = rbac().find((r) => roleIdOf(r) === id)!;
      expect(host().dependsOn).toContain(idOf(role));
      expect(role.dependsOn ?? []).not.toContain(idOf(host()));
    }
    const owner = rbac().find((r) => roleIdOf(r) === 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')!;
    expect(owner.dependsOn).toContain(idOf(host()));
  });

  test('Cosmos DB Built-in Data Contributor is a SQL role assignment on the agent database', () => {
    const cosmos = main('cosmosDb', 'Microsoft.DocumentDB/databaseAccounts');
    const [sql] = byType(list(), 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    const [, guid] = sql.name.split('/');
    expect(sql.name.split('/')[0]).toBe(cosmos.name);
    expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(sql.properties).toEqual({
      roleDefinitionId: `${idOf(cosmos)}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002`,
      principalId: '{{principalId:aiFoundry.project}}',
      scope: `${idOf(cosmos)}/dbs/enterprise_memory`,
    });
    expect(sql.dependsOn).toContain(idOf(host()));
  });
});

describe('extension resources', () => {
  const roles = () => byType(allEntries(), 'Microsoft.Authorization/roleAssignments');
  const settings = () => byType(allEntries(), 'Microsoft.Insights/diagnosticSettings');

  test('role assignments: GUID name, relative scope, full role definition id, principal type', () => {
    expect(roles().length).toBeGreaterThan(5);
    for (const r of roles()) {
      expect(r.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      if (r.scope !== undefined) expect(r.scope).toMatch(/^Microsoft\.[A-Za-z]+\/[^/]+\/[^/]+/);
      const props = r.properties as Record<string, string>;
      expect(props.roleDefinitionId).toMatch(
        new RegExp(
          `^/subscriptions/${SUB}/providers/Microsoft\\.Authorization/roleDefinitions/[0-9a-f-]{36}$`,
        ),
      );
      expect(['ServicePrincipal', 'Group']).toContain(props.principalType);
      expect(props.principalId).toBeTruthy();
    }
  });

  test('diagnostic settings: relative scope, workspace id, allLogs category group, AllMetrics', () => {
    const workspace = desired.services
      .flatMap((s) => s.resources)
      .find((r) => r.type === 'Microsoft.OperationalInsights/workspaces')!;
    expect(settings().length).toBeGreaterThan(3);
    for (const d of settings()) {
      expect(d.name).toBe('aifactory-to-log-analytics');
      expect(d.scope).toMatch(/^Microsoft\.[A-Za-z]+\/[^/]+\/[^/]+/);
      const props = d.properties as Record<string, unknown>;
      expect(props.workspaceId).toBe(workspace.id);
      // Resources without log categories (a storage account, an NSG's metrics) send only what they have.
      expect([[], [{ categoryGroup: 'allLogs', enabled: true }]]).toContainEqual(props.logs);
      if (props.metrics !== undefined)
        expect(props.metrics).toEqual([{ category: 'AllMetrics', enabled: true }]);
      expect(props.metrics !== undefined || (props.logs as unknown[]).length > 0).toBe(true);
    }
  });
});

describe('private networking', () => {
  test('private endpoint: subnet id, connection to the target with its group id; zone group configs', () => {
    const list = entries('keyVault');
    const pe = byType(list, 'Microsoft.Network/privateEndpoints')[0];
    const vault = byType(list, 'Microsoft.KeyVault/vaults')[0];
    expect(pe.properties).toEqual({
      subnet: { id: expect.stringMatching(/\/virtualNetworks\/[^/]+\/subnets\/snt-prj042-genai$/) },
      privateLinkServiceConnections: [
        { name: pe.name, properties: { privateLinkServiceId: idOf(vault), groupIds: ['vault'] } },
      ],
    });
    const group = byType(list, 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups')[0];
    expect(group.name).toBe(`${pe.name}/default`);
    expect(group.properties).toEqual({
      privateDnsZoneConfigs: [
        {
          name: 'privatelink-vaultcore-azure-net',
          properties: {
            privateDnsZoneId: expect.stringMatching(
              /\/providers\/Microsoft\.Network\/privateDnsZones\/privatelink\.vaultcore\.azure\.net$/,
            ),
          },
        },
      ],
    });
  });

  test('private DNS zones and their VNet links are global; links never register records', () => {
    const list = entries('privateDnsZones');
    for (const z of byType(list, 'Microsoft.Network/privateDnsZones')) expect(z.location).toBe('global');
    const links = byType(list, 'Microsoft.Network/privateDnsZones/virtualNetworkLinks');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.location).toBe('global');
      expect(l.properties).toEqual({
        virtualNetwork: { id: expect.stringMatching(/\/providers\/Microsoft\.Network\/virtualNetworks\//) },
        registrationEnabled: false,
      });
    }
  });

  test('subnets: address prefix, delegations as [{ name, properties: { serviceName } }], the NSG', () => {
    const vnet = byType(entries('network'), 'Microsoft.Network/virtualNetworks')[0];
    const subnets = (vnet.properties as { subnets: { name: string; properties: Record<string, unknown> }[] })
      .subnets;
    const aca = subnets.find((s) => s.name === 'snt-prj042-aca')!;
    expect(aca.properties).toMatchObject({
      addressPrefix: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+\/23$/),
      delegations: [{ name: expect.any(String), properties: { serviceName: 'Microsoft.App/environments' } }],
      networkSecurityGroup: { id: expect.stringMatching(/\/networkSecurityGroups\//) },
    });
  });
});

describe('catalog bodies Azure is strict about', () => {
  const props = (e: Entry) => e.properties as Record<string, unknown>;

  test('Azure ML reaches a storage account without shared keys through its identity', () => {
    const storage = main('storage', 'Microsoft.Storage/storageAccounts');
    expect(props(storage).allowSharedKeyAccess).toBe(false);
    const workspace = main('azureML', 'Microsoft.MachineLearningServices/workspaces');
    expect(props(workspace)).toMatchObject({
      systemDatastoresAuthMode: 'identity',
      storageAccount: idOf(storage),
      keyVault: idOf(main('keyVault', 'Microsoft.KeyVault/vaults')),
      containerRegistry: idOf(main('containerRegistry', 'Microsoft.ContainerRegistry/registries')),
      applicationInsights: idOf(main('appInsights', 'Microsoft.Insights/components')),
    });
  });

  test('Key Vault: tenant, sku family A, RBAC, purge protection, private only', () => {
    expect(props(main('keyVault', 'Microsoft.KeyVault/vaults'))).toMatchObject({
      tenantId: TENANT,
      sku: { family: 'A', name: 'standard' },
      enableRbacAuthorization: true,
      enablePurgeProtection: true,
      publicNetworkAccess: 'Disabled',
      networkAcls: { defaultAction: 'Deny' },
    });
  });

  test('Foundry: AIServices account with its subdomain and project management; project with location and identity', () => {
    const account = main('aiFoundry', 'Microsoft.CognitiveServices/accounts');
    expect(account).toMatchObject({ kind: 'AIServices', identity: { type: 'SystemAssigned' } });
    expect(props(account)).toMatchObject({ customSubDomainName: account.name, allowProjectManagement: true });
    const project = main('aiFoundry', 'Microsoft.CognitiveServices/accounts/projects');
    expect(project).toMatchObject({ location: 'eastus2', identity: { type: 'SystemAssigned' } });
    const model = main('aiFoundry', 'Microsoft.CognitiveServices/accounts/deployments');
    expect(model.sku).toEqual({ name: 'GlobalStandard', capacity: 50 }); // a number, not "50"
    expect(props(model).model).toEqual({ format: 'OpenAI', name: 'gpt-4o', version: '2024-11-20' });
  });

  test('Cosmos DB: Standard offer, a locations array, no local auth', () => {
    expect(props(main('cosmosDb', 'Microsoft.DocumentDB/databaseAccounts'))).toMatchObject({
      databaseAccountOfferType: 'Standard',
      locations: [{ locationName: 'eastus2', failoverPriority: 0 }],
      disableLocalAuth: true,
    });
  });
});
