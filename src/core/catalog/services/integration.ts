// Data movement and integration: Data Factory, Databricks, Event Hubs, Logic Apps Standard, API Management.
import type { ResourceSpec, ServiceDefinition } from '../../types.js';
import { allLogs, cleanup, endpoint, genaiSubnet, privateServiceUses, serviceRole } from '../define.js';
import { diagnosticLevels as levels } from '../diagnostic-levels.js';
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
    diagnostics: [allLogs('factory', true, levels.dataFactory)],
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
  diagnostics: [allLogs('workspace', true, levels.everyLog)],
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
  diagnostics: [allLogs('namespace', true, levels.eventHubs)],
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
  diagnostics: [allLogs('site', true, levels.everyLog)],
  dataBearing: false,
  provisioningSeconds: 180,
  deletionSeconds: 90,
  requires: ['storage'],
  implies: [],
  uses: [...privateServiceUses, 'keyVault'],
  cleanup: cleanup.injectedPrivate,
  options: [aseOption],
};

const APIM_API = '2024-05-01';

/** Inbound: route to the Foundry backend, sign with the gateway's identity, limit tokens per subscription key. */
const AI_GATEWAY_POLICY = [
  '<policies>',
  '<inbound>',
  '<base />',
  '<set-backend-service backend-id="{{name:apiManagement.backend}}" />',
  '<authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
  '<azure-openai-token-limit counter-key="@(context.Subscription.Id)" tokens-per-minute="{{param:tokensPerMinute}}" estimate-prompt-tokens="true" remaining-tokens-header-name="x-ratelimit-remaining-tokens" />',
  '</inbound>',
  '<backend><base /></backend>',
  '<outbound><base /></outbound>',
  '<on-error><base /></on-error>',
  '</policies>',
].join('');

/** One Azure OpenAI inference operation of the gateway's API (deployment in the path, api-version passed on). */
function openAIOperation(key: string, displayName: string, path: string): ResourceSpec {
  return {
    key,
    type: 'Microsoft.ApiManagement/service/apis/operations',
    apiVersion: APIM_API,
    resourceGroup: 'project',
    parent: 'api',
    name: nameRules.apiManagementChild(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)),
    body: {
      properties: {
        displayName,
        method: 'POST',
        urlTemplate: `/deployments/{deployment-id}/${path}`,
        templateParameters: [{ name: 'deployment-id', type: 'string', required: true }],
      },
    },
  };
}

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
      apiVersion: APIM_API,
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
    {
      // The Foundry account's Azure OpenAI endpoint; the API's policy signs calls with the gateway's identity.
      key: 'backend',
      type: 'Microsoft.ApiManagement/service/backends',
      apiVersion: APIM_API,
      resourceGroup: 'project',
      parent: 'service',
      name: nameRules.apiManagementChild('foundry-openai'),
      body: {
        properties: {
          url: 'https://{{name:aiFoundry.account}}.openai.azure.com/openai',
          protocol: 'http',
          description: "The project's Foundry models (Azure OpenAI endpoint)",
        },
      },
    },
    {
      key: 'api',
      type: 'Microsoft.ApiManagement/service/apis',
      apiVersion: APIM_API,
      resourceGroup: 'project',
      parent: 'service',
      name: nameRules.apiManagementChild('azure-openai'),
      body: {
        properties: {
          displayName: 'Azure OpenAI',
          path: 'openai',
          protocols: ['https'],
          subscriptionRequired: true,
          subscriptionKeyParameterNames: { header: 'api-key', query: 'api-key' },
        },
      },
    },
    openAIOperation('chatCompletions', 'Chat completions', 'chat/completions'),
    openAIOperation('embeddings', 'Embeddings', 'embeddings'),
    {
      key: 'policy',
      type: 'Microsoft.ApiManagement/service/apis/policies',
      apiVersion: APIM_API,
      resourceGroup: 'project',
      parent: 'api',
      name: nameRules.fixedName('policy'),
      // The policy names the backend by id: APIM refuses it before the backend exists.
      waitsFor: ['apiManagement.backend'],
      body: { properties: { format: 'rawxml', value: AI_GATEWAY_POLICY } },
    },
  ],
  privateEndpoints: [endpoint('service', 'Gateway', 'privatelink.azure-api.net')],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [
    serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'aiFoundry'),
    serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'azureOpenAI'),
  ],
  diagnostics: [allLogs('service', true, levels.everyLog)],
  dataBearing: false,
  softDelete: { kind: 'apiManagement', retentionDays: 2, purgeProtection: false },
  provisioningSeconds: 2400,
  deletionSeconds: 1800,
  requires: ['aiFoundry'],
  implies: [],
  uses: [...privateServiceUses, 'azureOpenAI'],
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
    {
      name: 'tokensPerMinute',
      type: 'number',
      default: 10000,
      description:
        'Tokens per minute each subscription key may use (azure-openai-token-limit); over it, callers get 429.',
    },
  ],
  notes: [
    "Today's pipelines only link an existing instance (foundryApiManagementResourceId); there is no enable flag for it.",
    "The AI gateway: a backend for Foundry's Azure OpenAI endpoint, an API at /openai (chat completions, embeddings) and a policy that calls the backend with the gateway's managed identity and limits tokens per subscription key.",
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
