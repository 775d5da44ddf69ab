// A small catalog and config for the engine's tests, independent of the real catalog data: each test can
// change a copy without touching the others.
import type {
  Catalog,
  NameRule,
  ObservedState,
  ProjectConfig,
  ResourceSpec,
  ServiceDefinition,
} from '../../src/core/types.js';

const hyphenated = (pattern: string, maxLength = 64): NameRule => ({
  pattern,
  minLength: 2,
  maxLength,
  allowed: '[a-zA-Z0-9][-a-zA-Z0-9]*[a-zA-Z0-9]',
  allowedText: 'letters, digits and hyphens, starting and ending with a letter or digit',
  uniqueness: 'resourceGroup',
});
const compact = (pattern: string, maxLength = 24): NameRule => ({
  pattern,
  minLength: 3,
  maxLength,
  allowed: '[a-z0-9]+',
  allowedText: 'lower-case letters and digits',
  lowercase: true,
  stripHyphens: true,
  uniqueness: 'global',
});

function resource(
  partial: Partial<ResourceSpec> & Pick<ResourceSpec, 'key' | 'type' | 'apiVersion' | 'name'>,
): ResourceSpec {
  return { resourceGroup: 'project', body: { location: '{{location}}' }, ...partial };
}

function service(
  partial: Partial<ServiceDefinition> & Pick<ServiceDefinition, 'id' | 'resources'>,
): ServiceDefinition {
  return {
    title: partial.id,
    description: `${partial.id} for tests`,
    category: 'ai',
    aliases: [],
    scope: 'project',
    baseline: [],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: [],
    cleanup: [
      'roleAssignments',
      'diagnosticSettings',
      'privateEndpoints',
      'dnsRecords',
      'childResources',
      'resource',
    ],
    ...partial,
  };
}

const G = ['genai-1' as const];

export function miniCatalog(): Catalog {
  return {
    version: 1,
    regions: [
      { name: 'swedencentral', short: 'sdc', displayName: 'Sweden Central' },
      { name: 'eastus2', short: 'eus2', displayName: 'East US 2' },
    ],
    environmentNames: { dev: 'dev', stage: 'test', prod: 'prod' },
    platformApiVersions: {
      'Microsoft.Resources/resourceGroups': '2024-03-01',
      'Microsoft.Network/privateEndpoints': '2024-05-01',
      'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': '2024-05-01',
      'Microsoft.Network/privateDnsZones': '2024-06-01',
      'Microsoft.Network/privateDnsZones/virtualNetworkLinks': '2024-06-01',
      'Microsoft.Network/virtualNetworks/subnets': '2024-05-01',
      'Microsoft.Authorization/roleAssignments': '2022-04-01',
      'Microsoft.Insights/diagnosticSettings': '2021-05-01-preview',
    },
    personas: {
      dataScientists: [
        {
          role: 'Key Vault Secrets User',
          roleDefinitionId: '4633458b-17de-408a-b874-0445c86b69e6',
          principal: { kind: 'persona', persona: 'dataScientists' },
          scope: { service: 'keyVault' },
        },
      ],
    },
    services: [
      service({
        id: 'resourceGroups',
        category: 'foundation',
        baseline: G,
        provisioningSeconds: 5,
        resources: [
          resource({
            key: 'project',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            name: {
              ...hyphenated('{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg', 90),
              uniqueness: 'subscription',
            },
          }),
          resource({
            key: 'common',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            resourceGroup: 'common',
            modes: ['standalone'],
            name: {
              ...hyphenated('{prefix}-esml-common-{loc}-{env}-{scaleSet}', 90),
              uniqueness: 'subscription',
            },
          }),
        ],
      }),
      service({
        id: 'managedIdentity',
        category: 'security',
        baseline: G,
        provisioningSeconds: 10,
        resources: [
          resource({
            key: 'identity',
            type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
            apiVersion: '2023-01-31',
            name: hyphenated('id-{project}-{loc}-{env}-{salt}'),
          }),
        ],
      }),
      service({
        id: 'network',
        category: 'foundation',
        baseline: G,
        scope: 'common',
        provisioningSeconds: 30,
        subnets: [{ name: 'genai', prefixLength: 25 }],
        resources: [
          resource({
            key: 'vnet',
            type: 'Microsoft.Network/virtualNetworks',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            modes: ['standalone'],
            name: hyphenated('vnt-{prefix}-{loc}-{env}-{scaleSet}'),
            body: {
              location: '{{location}}',
              properties: { addressSpace: { addressPrefixes: ['{{param:addressSpace}}'] } },
            },
          }),
          resource({
            key: 'nsg',
            type: 'Microsoft.Network/networkSecurityGroups',
            apiVersion: '2024-05-01',
            name: hyphenated('nsg-{project}-{loc}-{env}'),
          }),
        ],
      }),
      service({
        id: 'privateDnsZones',
        category: 'foundation',
        baseline: G,
        scope: 'common',
        provisioningSeconds: 20,
        modes: ['standalone', 'hybrid'],
        resources: [],
      }),
      service({
        id: 'logAnalytics',
        category: 'operations',
        baseline: G,
        provisioningSeconds: 40,
        resources: [
          resource({
            key: 'workspace',
            type: 'Microsoft.OperationalInsights/workspaces',
            apiVersion: '2023-09-01',
            name: hyphenated('la-{project}-{loc}-{env}-{salt}'),
            body: {
              location: '{{location}}',
              properties: { sku: { name: 'PerGB2018' }, retentionInDays: 30 },
            },
            keyProperties: ['properties.retentionInDays'],
          }),
        ],
      }),
      service({
        id: 'keyVault',
        category: 'security',
        baseline: G,
        dataBearing: true,
        provisioningSeconds: 45,
        softDelete: { kind: 'keyVault', retentionDays: 90, purgeProtection: true },
        privateEndpoints: [
          { resource: 'vault', groupId: 'vault', dnsZones: ['privatelink.vaultcore.azure.net'] },
        ],
        diagnostics: [{ resource: 'vault', logs: 'audit', metrics: true }],
        roleAssignments: [
          {
            role: 'Key Vault Secrets User',
            roleDefinitionId: '4633458b-17de-408a-b874-0445c86b69e6',
            principal: { kind: 'projectIdentity' },
            scope: { service: 'keyVault' },
          },
        ],
        resources: [
          resource({
            key: 'vault',
            type: 'Microsoft.KeyVault/vaults',
            apiVersion: '2023-07-01',
            name: hyphenated('kv-{project}-{env}-{salt}', 24),
            body: {
              location: '{{location}}',
              properties: {
                tenantId: '{{tenantId}}',
                sku: { family: 'A', name: 'standard' },
                enableRbacAuthorization: true,
              },
            },
          }),
        ],
      }),
      service({
        id: 'storage',
        category: 'data',
        baseline: G,
        dataBearing: true,
        provisioningSeconds: 30,
        privateEndpoints: [
          { resource: 'account', groupId: 'blob', dnsZones: ['privatelink.blob.core.windows.net'] },
        ],
        resources: [
          resource({
            key: 'account',
            type: 'Microsoft.Storage/storageAccounts',
            apiVersion: '2023-05-01',
            name: compact('sa{project}{loc}{salt}{env}'),
            body: { location: '{{location}}', kind: 'StorageV2', sku: { name: 'Standard_LRS' } },
          }),
        ],
      }),
      service({
        id: 'aiSearch',
        baseline: [],
        provisioningSeconds: 120,
        deletionSeconds: 60,
        privateEndpoints: [
          { resource: 'search', groupId: 'searchService', dnsZones: ['privatelink.search.windows.net'] },
        ],
        identity: 'systemAssigned',
        roleAssignments: [
          {
            role: 'Storage Blob Data Reader',
            roleDefinitionId: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
            principal: { kind: 'serviceIdentity', service: 'aiSearch' },
            scope: { service: 'storage' },
          },
        ],
        resources: [
          resource({
            key: 'search',
            type: 'Microsoft.Search/searchServices',
            apiVersion: '2023-11-01',
            name: hyphenated('srch-{project}-{loc}-{env}-{salt}', 60),
            body: {
              location: '{{location}}',
              sku: { name: '{{param:sku}}' },
              identity: { type: 'SystemAssigned' },
            },
          }),
        ],
      }),
      service({
        id: 'cosmosDb',
        category: 'data',
        dataBearing: true,
        provisioningSeconds: 300,
        deletionSeconds: 200,
        privateEndpoints: [
          { resource: 'account', groupId: 'Sql', dnsZones: ['privatelink.documents.azure.com'] },
        ],
        resources: [
          resource({
            key: 'account',
            type: 'Microsoft.DocumentDB/databaseAccounts',
            apiVersion: '2024-08-15',
            name: hyphenated('cosmos-{project}-{loc}-{env}-{salt}', 44),
          }),
        ],
      }),
      service({
        id: 'foundryCapabilityHost',
        implies: ['cosmosDb', 'aiSearch'],
        provisioningSeconds: 90,
        resources: [
          resource({
            key: 'host',
            type: 'Microsoft.CognitiveServices/accounts',
            apiVersion: '2024-10-01',
            name: hyphenated('aif-{project}-{loc}-{env}-{salt}'),
            body: {
              location: '{{location}}',
              properties: { searchId: '{{id:aiSearch.search}}', cosmosId: '{{id:cosmosDb}}' },
            },
          }),
          resource({
            key: 'deployment',
            parent: 'host',
            forEach: 'deployments',
            type: 'Microsoft.CognitiveServices/accounts/deployments',
            apiVersion: '2024-10-01',
            name: { ...hyphenated('{item}'), minLength: 1 },
            body: { sku: { name: 'Standard', capacity: '{{item:capacity}}' } },
          }),
        ],
      }),
      service({
        id: 'azureML',
        provisioningSeconds: 200,
        deletionSeconds: 100,
        uses: ['aiSearch'],
        resources: [
          resource({
            key: 'workspace',
            type: 'Microsoft.MachineLearningServices/workspaces',
            apiVersion: '2024-10-01',
            name: hyphenated('mlw-{project}-{loc}-{env}-{salt}', 33),
            body: {
              location: '{{location}}',
              identity: { type: 'UserAssigned', userAssignedIdentities: { '{{identityId}}': {} } },
            },
          }),
        ],
      }),
      service({
        id: 'aksForAzureML',
        requires: ['azureML'],
        provisioningSeconds: 400,
        deletionSeconds: 300,
        subnets: [{ name: 'aks', prefixLength: 26 }],
        cleanup: ['roleAssignments', 'resource', 'waitSubnetRelease'],
        resources: [
          resource({
            key: 'cluster',
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2024-09-01',
            name: hyphenated('aks-{project}-{env}-{salt}', 63),
            body: {
              location: '{{location}}',
              properties: { agentPoolProfiles: [{ vnetSubnetID: '{{subnetId:aks}}' }] },
            },
          }),
        ],
      }),
    ],
  };
}

export function miniConfig(overrides: Partial<ProjectConfig> = {}): ProjectConfig {
  return {
    version: 1,
    file: 'aifactory.yaml',
    architecture: 'genai-1',
    project: {
      number: 1,
      prefix: 'acme',
      scaleSet: '001',
      location: 'swedencentral',
      tags: { costCenter: '4711' },
    },
    network: { mode: 'standalone' },
    environments: {
      dev: {
        name: 'dev',
        subscriptionId: '11111111-1111-1111-1111-111111111111',
        tenantId: '99999999-9999-9999-9999-999999999999',
        addressSpace: '172.16.0.0/16',
        flags: {},
        allowDestroy: [],
        personas: { dataScientists: ['aaaaaaaa-0000-0000-0000-000000000001'] },
      },
      prod: {
        name: 'prod',
        subscriptionId: '33333333-3333-3333-3333-333333333333',
        tenantId: '99999999-9999-9999-9999-999999999999',
        addressSpace: '172.30.0.0/16',
        flags: { aksForAzureML: true },
        allowDestroy: [],
        personas: {},
      },
    },
    flags: { aiSearch: true, azureML: true },
    protect: [],
    services: { aiSearch: { sku: 'basic' }, network: { addressSpace: '172.16.0.0/16' } },
    locations: { flags: { file: 'aifactory.yaml', line: 20, column: 1 } },
    ...overrides,
  };
}

export function emptyObserved(subscriptionId = '11111111-1111-1111-1111-111111111111'): ObservedState {
  return {
    schemaVersion: 1,
    subscriptionId,
    resourceGroups: [],
    resources: [],
    subnets: [],
    softDeleted: [],
  };
}

/** What Azure would hold right after a successful apply of `desired`: every tracked resource, ours, with its hash. */
export { observedFromDesired } from './observed-from-desired.js';
