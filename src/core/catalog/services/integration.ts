// Data movement and integration: Data Factory, Databricks, Event Hubs, Logic Apps Standard, API Management.
import type { ServiceDefinition } from '../../types.js';
import { allLogs, cleanup, endpoint, genaiSubnet, privateServiceUses, serviceRole } from '../define.js';
import { nameRules } from '../name-rules.js';
import { roles } from '../roles.js';
import { aseOption, planInAse, siteNetworking, webappSubnet } from './hosting.js';

function dataFactory(id: 'dataFactory' | 'dataFactoryCommon'): ServiceDefinition {
  const common = id === 'dataFactoryCommon';
  return {
    id,
    title: common ? 'Data Factory (common)' : 'Data Factory',
    description: common
      ? 'A Data Factory in the common resource group, shared by the scale set for DataOps.'
      : "The project's Data Factory for DataOps into the data lake.",
    category: 'integration',
    aliases: common
      ? ['enableDatafactoryCommon', 'ENABLE_DATAFACTORY_COMMON']
      : ['enableDatafactory', 'ENABLE_DATAFACTORY'],
    scope: common ? 'common' : 'project',
    baseline: common ? [] : ['esml'],
    resources: [
      {
        key: 'factory',
        type: 'Microsoft.DataFactory/factories',
        apiVersion: '2018-06-01',
        resourceGroup: common ? 'common' : 'project',
        name: nameRules.dataFactory(
          common ? 'adf-common-{loc}-{env}-{salt}' : 'adf-{project}-{loc}-{env}-{salt}',
        ),
        body: {
          location: '{{location}}',
          identity: { type: 'SystemAssigned' },
          properties: { publicNetworkAccess: 'Disabled' },
        },
        keyProperties: ['properties.publicNetworkAccess'],
      },
    ],
    privateEndpoints: [
      endpoint('factory', 'dataFactory', 'privatelink.datafactory.azure.net'),
      endpoint('factory', 'portal', 'privatelink.adf.azure.com'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
      serviceRole(roles.storageBlobDataContributor, id, 'dataLake'),
      serviceRole(roles.keyVaultSecretsUser, id, 'keyVault'),
    ],
    diagnostics: [allLogs('factory')],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'dataLake', 'keyVault'],
    cleanup: cleanup.private,
    modes: common ? ['standalone'] : undefined,
    notes: common ? ["Outside standalone mode the common resource group is the platform's."] : undefined,
  };
}

const databricks: ServiceDefinition = {
  id: 'databricks',
  title: 'Azure Databricks',
  description:
    'A Premium Databricks workspace injected into the project VNet (public and private /26 subnets delegated to Microsoft.Databricks/workspaces), secure cluster connectivity, front end through a private endpoint.',
  category: 'integration',
  aliases: ['enableDatabricks', 'ENABLE_DATABRICKS'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'workspace',
      type: 'Microsoft.Databricks/workspaces',
      apiVersion: '2024-05-01',
      resourceGroup: 'project',
      name: nameRules.databricks('dbx-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'premium' },
        properties: {
          managedResourceGroupId:
            '/subscriptions/{{subscriptionId}}/resourceGroups/{{name:databricks.workspace}}-managed',
          publicNetworkAccess: 'Disabled',
          requiredNsgRules: 'NoAzureDatabricksRules',
          parameters: {
            customVirtualNetworkId: { value: '{{vnetId}}' },
            customPublicSubnetName: { value: '{{subnetName:dbxpub}}' },
            customPrivateSubnetName: { value: '{{subnetName:dbxpriv}}' },
            enableNoPublicIp: { value: true },
          },
        },
      },
      keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [endpoint('workspace', 'databricks_ui_api', 'privatelink.azuredatabricks.net')],
  subnets: [
    genaiSubnet,
    { name: 'dbxpub', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
    { name: 'dbxpriv', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
  ],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [allLogs('workspace')],
  dataBearing: true,
  provisioningSeconds: 420,
  deletionSeconds: 420,
  requires: [],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.injectedPrivate,
  notes: [
    'Azure creates and deletes the managed resource group <workspace>-managed itself.',
    'The subnets need the network security group; Databricks adds its own rules to it (requiredNsgRules: NoAzureDatabricksRules with no public IP).',
  ],
};

const eventHubs: ServiceDefinition = {
  id: 'eventHubs',
  title: 'Event Hubs',
  description: 'A Standard Event Hubs namespace with Entra ID authentication only.',
  category: 'integration',
  aliases: ['enableEventHubs', 'ENABLE_EVENT_HUBS'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'namespace',
      type: 'Microsoft.EventHub/namespaces',
      apiVersion: '2024-01-01',
      resourceGroup: 'project',
      name: nameRules.eventHubsNamespace('evhns-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Standard', tier: 'Standard', capacity: 1 },
        identity: { type: 'SystemAssigned' },
        properties: {
          publicNetworkAccess: 'Disabled',
          disableLocalAuth: true,
          minimumTlsVersion: '1.2',
          isAutoInflateEnabled: false,
        },
      },
      keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [endpoint('namespace', 'namespace', 'privatelink.servicebus.windows.net')],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [],
  diagnostics: [allLogs('namespace')],
  dataBearing: true,
  provisioningSeconds: 120,
  deletionSeconds: 60,
  requires: [],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.private,
};

const logicApps: ServiceDefinition = {
  id: 'logicApps',
  title: 'Logic Apps (Standard)',
  description:
    'A single-tenant Logic App on its own Workflow Standard plan, VNet-integrated through the webapp subnet, runtime storage reached with its identity.',
  category: 'integration',
  aliases: ['enableLogicApps', 'ENABLE_LOGIC_APPS'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'plan',
      type: 'Microsoft.Web/serverfarms',
      apiVersion: '2024-04-01',
      resourceGroup: 'project',
      name: nameRules.appServicePlan('asp-logic-{project}-{loc}-{env}'),
      body: {
        location: '{{location}}',
        kind: 'elastic',
        sku: { name: 'WS1', tier: 'WorkflowStandard' },
        properties: { maximumElasticWorkerCount: 20, zoneRedundant: false },
      },
      bodyWhenOption: [planInAse],
      keyProperties: ['sku.name'],
    },
    {
      key: 'site',
      type: 'Microsoft.Web/sites',
      apiVersion: '2024-04-01',
      resourceGroup: 'project',
      name: nameRules.site('logic-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        kind: 'functionapp,workflowapp',
        identity: { type: 'SystemAssigned' },
        properties: {
          serverFarmId: '{{id:logicApps.plan}}',
          httpsOnly: true,
          publicNetworkAccess: 'Disabled',
          siteConfig: {
            ftpsState: 'Disabled',
            minTlsVersion: '1.2',
            netFrameworkVersion: 'v8.0',
            appSettings: [
              { name: 'APP_KIND', value: 'workflowApp' },
              { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
              { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet' },
              {
                name: 'AzureFunctionsJobHost__extensionBundle__id',
                value: 'Microsoft.Azure.Functions.ExtensionBundle.Workflows',
              },
              { name: 'AzureFunctionsJobHost__extensionBundle__version', value: '[1.*, 2.0.0)' },
              { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
            ],
          },
        },
      },
      bodyWhenOption: [siteNetworking],
      keyProperties: ['properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [endpoint('site', 'sites', 'privatelink.azurewebsites.net')],
  subnets: [genaiSubnet, webappSubnet],
  identity: 'systemAssigned',
  roleAssignments: [
    serviceRole(roles.storageBlobDataOwner, 'logicApps', 'storage'),
    serviceRole(roles.storageQueueDataContributor, 'logicApps', 'storage'),
    serviceRole(roles.storageTableDataContributor, 'logicApps', 'storage'),
    serviceRole(roles.keyVaultSecretsUser, 'logicApps', 'keyVault'),
  ],
  diagnostics: [allLogs('site')],
  dataBearing: false,
  provisioningSeconds: 180,
  deletionSeconds: 90,
  requires: ['storage'],
  implies: [],
  uses: [...privateServiceUses, 'keyVault'],
  cleanup: cleanup.injectedPrivate,
  options: [aseOption],
};

const apiManagement: ServiceDefinition = {
  id: 'apiManagement',
  title: 'API Management (AI gateway)',
  description:
    "API Management in front of the project's model endpoints: token limits, load balancing and metrics per consumer; calls Foundry and Azure OpenAI with its identity.",
  category: 'integration',
  aliases: [],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'service',
      type: 'Microsoft.ApiManagement/service',
      apiVersion: '2024-05-01',
      resourceGroup: 'project',
      name: nameRules.apiManagement('apim-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Developer', capacity: 1 },
        identity: { type: 'SystemAssigned' },
        properties: {
          publisherEmail: '{{param:publisherEmail}}',
          publisherName: '{{param:publisherName}}',
          // ARM refuses Disabled at creation; switch it off once the private endpoint is approved.
          publicNetworkAccess: 'Enabled',
          virtualNetworkType: 'None',
        },
      },
      keyProperties: ['sku.name'],
    },
  ],
  privateEndpoints: [endpoint('service', 'Gateway', 'privatelink.azure-api.net')],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [
    serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'aiFoundry'),
    serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'azureOpenAI'),
  ],
  diagnostics: [allLogs('service')],
  dataBearing: false,
  softDelete: { kind: 'apiManagement', retentionDays: 2, purgeProtection: false },
  provisioningSeconds: 2400,
  deletionSeconds: 1800,
  requires: [],
  implies: [],
  uses: [...privateServiceUses, 'aiFoundry', 'azureOpenAI'],
  cleanup: cleanup.privateSoftDeleted,
  options: [
    {
      name: 'publisherEmail',
      type: 'string',
      required: true,
      description: 'E-mail of the API publisher (notifications).',
    },
    {
      name: 'publisherName',
      type: 'string',
      required: true,
      description: 'Name of the publishing organisation.',
    },
  ],
  notes: [
    "Today's pipelines only link an existing instance (foundryApiManagementResourceId); there is no enable flag for it.",
    'A deleted instance stays soft-deleted for 48 hours and blocks its name until purged.',
  ],
};

export const integrationServices: ServiceDefinition[] = [
  dataFactory('dataFactory'),
  dataFactory('dataFactoryCommon'),
  databricks,
  eventHubs,
  logicApps,
  apiManagement,
];
