// Services every architecture builds on: resource groups, identity, network, DNS, monitoring, Key Vault, storage.
import type { ServiceDefinition } from '../../types.js';
import {
  allLogs,
  cleanup,
  endpoint,
  genaiSubnet,
  privateServiceUses,
  projectIdentityRole,
} from '../define.js';
import { storageCmk } from '../cmk.js';
import { diagnosticLevels as levels } from '../diagnostic-levels.js';
import { nameRules } from '../name-rules.js';
import { roles } from '../roles.js';

const resourceGroups: ServiceDefinition = {
  id: 'resourceGroups',
  title: 'Resource groups',
  description:
    "The project's resource group, and in standalone mode the common resource group that holds the VNet and the private DNS zones.",
  category: 'foundation',
  aliases: [],
  scope: 'project',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'project',
      type: 'Microsoft.Resources/resourceGroups',
      apiVersion: '2024-03-01',
      resourceGroup: 'project',
      name: nameRules.resourceGroup('{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg'),
      deployScope: { kind: 'subscription' },
      body: { location: '{{location}}' },
    },
    {
      key: 'common',
      type: 'Microsoft.Resources/resourceGroups',
      apiVersion: '2024-03-01',
      resourceGroup: 'common',
      name: nameRules.resourceGroup('{prefix}-esml-common-{loc}-{env}-{scaleSet}'),
      deployScope: { kind: 'subscription' },
      body: { location: '{{location}}' },
      modes: ['standalone'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: true,
  provisioningSeconds: 5,
  deletionSeconds: 300,
  requires: [],
  implies: [],
  uses: [],
  cleanup: ['resource'],
  notes: [
    'Outside standalone mode the common resource group belongs to the platform team: it is looked at, never created or deleted.',
  ],
};

const managedIdentity: ServiceDefinition = {
  id: 'managedIdentity',
  title: 'Project managed identity',
  description:
    "The project's user-assigned managed identity ({{identityId}} in bodies): services that must pull or read before their own identity exists use it.",
  category: 'foundation',
  aliases: [],
  scope: 'project',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'identity',
      type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
      apiVersion: '2024-11-30',
      resourceGroup: 'project',
      name: nameRules.userAssignedIdentity('mi-{project}-{loc}-{env}-{salt}'),
      body: { location: '{{location}}' },
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 10,
  deletionSeconds: 10,
  requires: [],
  implies: [],
  uses: ['resourceGroups'],
  cleanup: ['roleAssignments', 'resource'],
};

const network: ServiceDefinition = {
  id: 'network',
  title: 'Network (VNet, subnets, NSG)',
  description:
    "The project's subnets (allocated from the environment's address space), their network security group, and in standalone mode the VNet itself.",
  category: 'foundation',
  aliases: [],
  scope: 'common',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'vnet',
      type: 'Microsoft.Network/virtualNetworks',
      apiVersion: '2024-05-01',
      resourceGroup: 'common',
      name: nameRules.network(64)('vnt-{prefix}-{loc}-{env}-{scaleSet}'),
      // The core allocates the subnets and puts them inline in this body: a VNet PUT without them deletes them.
      body: {
        location: '{{location}}',
        properties: { addressSpace: { addressPrefixes: ['{{addressSpace}}'] } },
      },
      keyProperties: ['properties.addressSpace.addressPrefixes'],
      modes: ['standalone'],
    },
    {
      key: 'nsg',
      type: 'Microsoft.Network/networkSecurityGroups',
      apiVersion: '2024-05-01',
      resourceGroup: 'common',
      name: nameRules.network(80)('nsg-{project}-{loc}-{env}'),
      body: { location: '{{location}}', properties: { securityRules: [] } },
    },
  ],
  privateEndpoints: [],
  subnets: [genaiSubnet],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [allLogs('nsg', false, levels.everyLog)],
  dataBearing: false,
  provisioningSeconds: 30,
  deletionSeconds: 60,
  requires: [],
  implies: [],
  uses: ['resourceGroups', 'logAnalytics'],
  cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
  notes: [
    'Subnet names are snt-<project>-<logical name>; an existing subnet never moves, freed ranges are reused.',
    'Foundry agent subnet injection does not support 10.0.0.0/8 address spaces (use 172.16.0.0/12 or 192.168.0.0/16).',
  ],
};

const privateDnsZones: ServiceDefinition = {
  id: 'privateDnsZones',
  title: 'Private DNS zones',
  description:
    'The privatelink DNS zones every enabled private endpoint needs, with a link to the VNet. Generated from the services; central in the hub outside standalone and hybrid mode.',
  category: 'foundation',
  aliases: [],
  scope: 'common',
  baseline: ['genai-1', 'esml'],
  resources: [],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 60,
  deletionSeconds: 60,
  requires: [],
  implies: [],
  uses: ['resourceGroups', 'network'],
  cleanup: ['dnsRecords', 'resource'],
  notes: [
    'Creates zones only in standalone and hybrid mode; in every mode the endpoints register their A-records in the zones.',
    "In hub-spoke and vWAN mode the zones are the hub's (set environments.<env>.network.dnsZonesResourceGroup).",
  ],
};

const logAnalytics: ServiceDefinition = {
  id: 'logAnalytics',
  title: 'Log Analytics workspace',
  description: 'Where every service sends its diagnostic logs and metrics.',
  category: 'operations',
  aliases: [],
  scope: 'project',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'workspace',
      type: 'Microsoft.OperationalInsights/workspaces',
      apiVersion: '2025-02-01',
      resourceGroup: 'project',
      name: nameRules.logAnalytics('la-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        properties: {
          sku: { name: 'PerGB2018' },
          retentionInDays: 30,
          publicNetworkAccessForIngestion: 'Enabled',
          publicNetworkAccessForQuery: 'Enabled',
        },
      },
      keyProperties: ['properties.sku.name', 'properties.retentionInDays'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: true,
  provisioningSeconds: 60,
  deletionSeconds: 30,
  requires: [],
  implies: [],
  uses: ['resourceGroups'],
  cleanup: ['roleAssignments', 'resource'],
  notes: [
    'Private ingestion goes through an Azure Monitor Private Link Scope in the hub (enableAMPLS), which the platform owns.',
  ],
};

const appInsights: ServiceDefinition = {
  id: 'appInsights',
  title: 'Application Insights',
  description:
    'Application telemetry for Foundry, Azure ML and the apps, stored in the Log Analytics workspace.',
  category: 'operations',
  aliases: [],
  scope: 'project',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'component',
      type: 'Microsoft.Insights/components',
      apiVersion: '2020-02-02',
      resourceGroup: 'project',
      name: nameRules.appInsights('ai-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        kind: 'web',
        properties: {
          Application_Type: 'web',
          WorkspaceResourceId: '{{id:logAnalytics.workspace}}',
          DisableLocalAuth: true,
          publicNetworkAccessForIngestion: 'Enabled',
          publicNetworkAccessForQuery: 'Enabled',
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [allLogs('component', true, levels.everyLog)],
  dataBearing: true,
  provisioningSeconds: 30,
  deletionSeconds: 20,
  requires: ['logAnalytics'],
  implies: [],
  uses: ['resourceGroups'],
  cleanup: cleanup.plain,
};

const keyVault: ServiceDefinition = {
  id: 'keyVault',
  title: 'Key Vault',
  description:
    "The project's secrets and keys; RBAC authorization, purge protection on (required for customer-managed keys).",
  category: 'security',
  aliases: [],
  scope: 'project',
  baseline: ['genai-1', 'esml'],
  resources: [
    {
      key: 'vault',
      type: 'Microsoft.KeyVault/vaults',
      apiVersion: '2024-11-01',
      resourceGroup: 'project',
      name: nameRules.keyVault('kv-{projectNumber}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        properties: {
          tenantId: '{{tenantId}}',
          sku: { family: 'A', name: 'standard' },
          enableRbacAuthorization: true,
          enableSoftDelete: true,
          softDeleteRetentionInDays: 90,
          enablePurgeProtection: true,
          publicNetworkAccess: 'Disabled',
          networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
        },
      },
      keyProperties: ['properties.enablePurgeProtection', 'properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [endpoint('vault', 'vault', 'privatelink.vaultcore.azure.net')],
  subnets: [genaiSubnet],
  identity: 'none',
  roleAssignments: [projectIdentityRole(roles.keyVaultSecretsUser, 'keyVault')],
  diagnostics: [allLogs('vault')],
  dataBearing: true,
  softDelete: { kind: 'keyVault', retentionDays: 90, purgeProtection: true },
  provisioningSeconds: 30,
  deletionSeconds: 30,
  requires: [],
  implies: [],
  uses: [...privateServiceUses, 'managedIdentity'],
  cleanup: cleanup.privateSoftDeleted,
  notes: [
    'With purge protection the name stays blocked for 90 days after deletion; re-creating it recovers the deleted vault.',
  ],
};

function storageAccount(
  id: 'storage' | 'storage2',
  title: string,
  pattern: string,
  description: string,
): ServiceDefinition {
  return {
    id,
    title,
    description,
    category: 'data',
    aliases: [],
    scope: 'project',
    baseline: id === 'storage' ? ['genai-1', 'esml'] : ['genai-1'],
    resources: [
      {
        key: 'account',
        type: 'Microsoft.Storage/storageAccounts',
        apiVersion: '2025-01-01',
        resourceGroup: 'project',
        name: nameRules.storage(pattern),
        body: {
          location: '{{location}}',
          kind: 'StorageV2',
          sku: { name: 'Standard_ZRS' },
          identity: { type: 'SystemAssigned' },
          properties: {
            accessTier: 'Hot',
            allowBlobPublicAccess: false,
            allowSharedKeyAccess: false,
            minimumTlsVersion: 'TLS1_2',
            supportsHttpsTrafficOnly: true,
            publicNetworkAccess: 'Disabled',
            networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
          },
        },
        bodyWhenService: storageCmk,
        keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
      },
    ],
    privateEndpoints: [
      endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
      endpoint('account', 'file', 'privatelink.file.core.windows.net'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [projectIdentityRole(roles.storageBlobDataContributor, id)],
    diagnostics: [{ resource: 'account', logs: [], metrics: true }],
    dataBearing: true,
    provisioningSeconds: 30,
    deletionSeconds: 20,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'managedIdentity'],
    cleanup: cleanup.private,
    notes: ['Storage accounts take metrics only at account level; blob logs live on the blobServices child.'],
  };
}

const storage = storageAccount(
  'storage',
  'Storage account',
  'sa{projectNumber}{loc}{salt}{env}',
  'The main storage account: Foundry and Azure ML data, agent files.',
);
const storage2 = storageAccount(
  'storage2',
  'Second storage account',
  'sa2{projectNumber}{loc}{salt}{env}',
  'The second storage account of GenAI-1: documents for RAG and indexing, kept apart from the platform data.',
);

const dashboard: ServiceDefinition = {
  id: 'dashboard',
  title: 'Application Insights dashboard',
  description: "A shared Azure portal dashboard over the project's Application Insights.",
  category: 'operations',
  aliases: [
    'enableAppInsightsDashboard',
    'ENABLE_APPINSIGHTS_DASHBOARD',
    'serviceSettingDeployAppInsightsDashboard',
  ],
  scope: 'project',
  baseline: ['genai-1'],
  resources: [
    {
      key: 'dashboard',
      type: 'Microsoft.Portal/dashboards',
      apiVersion: '2026-04-01',
      resourceGroup: 'project',
      name: nameRules.dashboard('dash-{project}-{env}'),
      body: {
        location: '{{location}}',
        properties: {
          lenses: [
            {
              order: 0,
              parts: [
                {
                  position: { x: 0, y: 0, rowSpan: 4, colSpan: 6 },
                  metadata: {
                    type: 'Extension/AppInsightsExtension/PartType/AppMapGalPt',
                    inputs: [{ name: 'ComponentId', value: '{{id:appInsights.component}}' }],
                  },
                },
              ],
            },
          ],
          metadata: {},
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 10,
  deletionSeconds: 10,
  requires: ['appInsights'],
  implies: [],
  uses: ['resourceGroups'],
  cleanup: ['resource'],
  notes: [
    'Microsoft.Portal/dashboards is GA since api-version 2026-04-01, which limits names to 3–24 letters, digits and hyphens.',
  ],
};

export const foundationServices: ServiceDefinition[] = [
  resourceGroups,
  managedIdentity,
  network,
  privateDnsZones,
  logAnalytics,
  appInsights,
  keyVault,
  storage,
  storage2,
  dashboard,
];
