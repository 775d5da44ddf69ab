// AI services: Foundry (account, default project, model deployments, agents' capability host), Azure OpenAI,
// AI Search, Azure Machine Learning with its AKS inference cluster, and the single-purpose Cognitive Services.
import type { ResourceSpec, RoleAssignmentSpec, ServiceDefinition, ServiceOption } from '../../types.js';
import {
  allLogs,
  cleanup,
  cognitiveAccountBody,
  endpoint,
  genaiSubnet,
  privateServiceUses,
  serviceRole,
} from '../define.js';
import { CMK_AT_CREATION, cognitiveCmk, foundryCmk, searchCmk, workspaceCmk } from '../cmk.js';
import { diagnosticLevels as levels } from '../diagnostic-levels.js';
import { nameRules } from '../name-rules.js';
import { roles, type BuiltInRole } from '../roles.js';

const COGNITIVE_API = '2025-06-01';
const ML_API = '2025-06-01';
const ML_COMPUTE_TYPE = 'Microsoft.MachineLearningServices/workspaces/computes';
const ACCOUNT_TYPE = 'Microsoft.CognitiveServices/accounts';
const COGNITIVE_ZONE = 'privatelink.cognitiveservices.azure.com';
const OPENAI_ZONE = 'privatelink.openai.azure.com';
const AI_SERVICES_ZONE = 'privatelink.services.ai.azure.com';
const cognitiveSoftDelete = { kind: 'cognitiveServices', retentionDays: 2, purgeProtection: false } as const;

const deploymentsOption: ServiceOption = {
  name: 'deployments',
  type: 'list',
  default: [],
  description:
    'Model deployments, each { name, model: { format, name, version }, sku: { name, capacity } }, e.g. { name: gpt-4o, model: { format: OpenAI, name: gpt-4o, version: "2024-11-20" }, sku: { name: GlobalStandard, capacity: 10 } }.',
};

/** One model deployment per entry of `services.<id>.deployments`. */
function modelDeployments(parent: string): ResourceSpec {
  return {
    key: 'deployment',
    type: 'Microsoft.CognitiveServices/accounts/deployments',
    apiVersion: COGNITIVE_API,
    resourceGroup: 'project',
    parent,
    forEach: 'deployments',
    name: nameRules.cognitiveServicesChild('{item}'),
    body: {
      sku: { name: '{{item:sku.name}}', capacity: '{{item:sku.capacity}}' },
      properties: {
        model: {
          format: '{{item:model.format}}',
          name: '{{item:model.name}}',
          version: '{{item:model.version}}',
        },
      },
    },
    keyProperties: ['sku.capacity', 'properties.model.version'],
  };
}

const aiFoundry: ServiceDefinition = {
  id: 'aiFoundry',
  title: 'Azure AI Foundry',
  description:
    'Foundry resource (Cognitive Services account of kind AIServices with project management) with the default project and model deployments; agents run in the injected agent subnet.',
  category: 'ai',
  aliases: ['enableAIFoundry', 'ENABLE_AI_FOUNDRY'],
  scope: 'project',
  baseline: ['genai-1'],
  resources: [
    {
      key: 'account',
      type: ACCOUNT_TYPE,
      apiVersion: COGNITIVE_API,
      resourceGroup: 'project',
      name: nameRules.cognitiveServicesAccount('aif-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        kind: 'AIServices',
        sku: { name: 'S0' },
        identity: { type: 'SystemAssigned' },
        properties: {
          allowProjectManagement: true,
          customSubDomainName: '{{name:aiFoundry.account}}',
          publicNetworkAccess: 'Disabled',
          disableLocalAuth: true,
          networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
          // Set at creation only: the platform creates the account's capability host from it.
          networkInjections: [
            { scenario: 'agent', subnetArmId: '{{subnetId:aca2}}', useMicrosoftManagedNetwork: false },
          ],
        },
      },
      bodyWhenService: foundryCmk,
      keyProperties: ['properties.publicNetworkAccess', 'properties.allowProjectManagement'],
    },
    {
      key: 'project',
      type: 'Microsoft.CognitiveServices/accounts/projects',
      apiVersion: COGNITIVE_API,
      resourceGroup: 'project',
      parent: 'account',
      name: nameRules.cognitiveServicesChild('{project}-default'),
      body: {
        location: '{{location}}',
        identity: { type: 'SystemAssigned' },
        properties: { displayName: 'Default project', description: 'Created by aifactory-flags' },
      },
    },
    modelDeployments('account'),
  ],
  privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE, OPENAI_ZONE, AI_SERVICES_ZONE)],
  subnets: [genaiSubnet, { name: 'aca2', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
  identity: 'systemAssigned',
  roleAssignments: [serviceRole(roles.storageBlobDataContributor, 'aiFoundry', 'storage')],
  diagnostics: [allLogs('account', true, levels.cognitiveServices)],
  dataBearing: false,
  softDelete: cognitiveSoftDelete,
  provisioningSeconds: 180,
  deletionSeconds: 120,
  requires: [],
  implies: [],
  uses: [...privateServiceUses, 'storage'],
  cleanup: cleanup.privateSoftDeleted,
  options: [deploymentsOption],
  notes: [
    'A deleted account stays soft-deleted for 48 hours and blocks its name (custom subdomain) until purged.',
    'Agent subnet injection (aca2, delegated to Microsoft.App/environments) cannot use 10.0.0.0/8 address spaces.',
  ],
};

const connection = (
  key: string,
  pattern: string,
  category: string,
  target: string,
  resourceId: string,
): ResourceSpec => ({
  key,
  type: 'Microsoft.CognitiveServices/accounts/projects/connections',
  apiVersion: COGNITIVE_API,
  resourceGroup: 'project',
  parent: 'project',
  parentService: 'aiFoundry',
  name: nameRules.cognitiveServicesChild(pattern),
  body: {
    properties: {
      category,
      target,
      authType: 'AAD',
      metadata: { ApiType: 'Azure', ResourceId: resourceId, location: '{{location}}' },
    },
  },
});

/** The Cosmos DB database the Foundry agent service creates for its threads and entities. */
const AGENT_DATABASE = 'enterprise_memory';

/** A role of the default Foundry project's system-assigned identity. */
const projectRole = (role: BuiltInRole, scope: string): RoleAssignmentSpec => ({
  ...serviceRole(role, 'aiFoundry', scope),
  principal: { kind: 'serviceIdentity', service: 'aiFoundry', resource: 'project' },
});

const foundryCapabilityHost: ServiceDefinition = {
  id: 'foundryCapabilityHost',
  title: 'Foundry agents capability host',
  description:
    "Standard agent setup: the default project's capability host keeps agent threads in Cosmos DB, files in storage and vectors in AI Search — all in the project's subscription.",
  category: 'ai',
  aliases: ['enableAFoundryCaphost', 'ENABLE_FOUNDRY_CAPHOST'],
  scope: 'project',
  baseline: [],
  resources: [
    connection(
      'connCosmos',
      '{project}-cosmos',
      'CosmosDb',
      'https://{{name:cosmosDb.account}}.documents.azure.com:443/',
      '{{id:cosmosDb.account}}',
    ),
    connection(
      'connStorage',
      '{project}-storage',
      'AzureStorageAccount',
      'https://{{name:storage.account}}.blob.core.windows.net/',
      '{{id:storage.account}}',
    ),
    connection(
      'connSearch',
      '{project}-search',
      'CognitiveSearch',
      'https://{{name:aiSearch.service}}.search.windows.net',
      '{{id:aiSearch.service}}',
    ),
    {
      key: 'capabilityHost',
      type: 'Microsoft.CognitiveServices/accounts/projects/capabilityHosts',
      apiVersion: COGNITIVE_API,
      resourceGroup: 'project',
      parent: 'project',
      parentService: 'aiFoundry',
      name: nameRules.capabilityHost('caphost-{project}'),
      body: {
        properties: {
          capabilityHostKind: 'Agents',
          vectorStoreConnections: ['{{name:foundryCapabilityHost.connSearch}}'],
          storageConnections: ['{{name:foundryCapabilityHost.connStorage}}'],
          threadStorageConnections: ['{{name:foundryCapabilityHost.connCosmos}}'],
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  // Microsoft's standard agent setup: the PROJECT's identity (not the account's) holds these. The control-plane
  // roles must exist before the capability host is created ("The Cosmos DB Operator role must be assigned
  // before the caphost is created"); the data roles follow the host, which creates the agent database and
  // containers they cover.
  roleAssignments: [
    ...[
      projectRole(roles.cosmosDbOperator, 'cosmosDb'),
      projectRole(roles.storageBlobDataContributor, 'storage'),
      projectRole(roles.searchIndexDataContributor, 'aiSearch'),
      projectRole(roles.searchServiceContributor, 'aiSearch'),
    ].map((spec) => ({ ...spec, before: ['capabilityHost'] })),
    { ...projectRole(roles.storageBlobDataOwner, 'storage'), after: ['capabilityHost'] },
    {
      ...projectRole(roles.cosmosDbBuiltInDataContributor, 'cosmosDb'),
      // The whole agent database: the host creates its containers (named after the project's workspace id,
      // known only after apply) and adds more lazily.
      cosmosSql: { path: `/dbs/${AGENT_DATABASE}` },
      after: ['capabilityHost'],
    },
  ],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 300,
  deletionSeconds: 600,
  requires: ['aiFoundry', 'storage'],
  implies: ['cosmosDb', 'aiSearch'],
  uses: ['managedIdentity'],
  cleanup: ['roleAssignments', 'childResources', 'resource'],
  notes: [
    "Cosmos DB and AI Search are switched on with it and kept while it exists: they hold the agents' threads and vectors.",
    'Deleting a capability host takes minutes and leaves the agent subnet linked until it completes.',
    "Roles go to the default project's identity, as in Microsoft's standard agent setup: Cosmos DB Operator, Storage Blob Data Contributor, Search Index Data Contributor and Search Service Contributor before the host; Storage Blob Data Owner and Cosmos DB Built-in Data Contributor (a Cosmos SQL role on the enterprise_memory database) after it.",
    "Storage Blob Data Owner is granted on the account without Microsoft's condition (containers named after the project's workspace id, which exists only after apply).",
  ],
};

const azureOpenAI: ServiceDefinition = {
  id: 'azureOpenAI',
  title: 'Azure OpenAI (standalone)',
  description: 'A standalone Azure OpenAI account beside Foundry, with its own model deployments.',
  category: 'ai',
  aliases: ['enableAzureOpenAI', 'ENABLE_AZURE_OPENAI'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'account',
      type: ACCOUNT_TYPE,
      apiVersion: COGNITIVE_API,
      resourceGroup: 'project',
      name: nameRules.cognitiveServicesAccount('aoai-{project}-{loc}-{env}-{salt}'),
      body: cognitiveAccountBody('OpenAI', 'S0', '{{name:azureOpenAI.account}}'),
      bodyWhenService: cognitiveCmk,
      keyProperties: ['properties.publicNetworkAccess'],
    },
    modelDeployments('account'),
  ],
  privateEndpoints: [endpoint('account', 'account', OPENAI_ZONE)],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [],
  diagnostics: [allLogs('account', true, levels.cognitiveServices)],
  dataBearing: false,
  softDelete: cognitiveSoftDelete,
  provisioningSeconds: 60,
  deletionSeconds: 60,
  requires: [],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.privateSoftDeleted,
  options: [deploymentsOption],
};

const aiSearch: ServiceDefinition = {
  id: 'aiSearch',
  title: 'Azure AI Search',
  description:
    'Vector and keyword search for RAG and agents; reads storage and calls Foundry models with its identity.',
  category: 'ai',
  aliases: ['enableAISearch', 'ENABLE_AI_SEARCH'],
  scope: 'project',
  baseline: ['genai-1'],
  resources: [
    {
      key: 'service',
      type: 'Microsoft.Search/searchServices',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      name: nameRules.search('srch-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: '{{param:sku}}' },
        identity: { type: 'SystemAssigned' },
        properties: {
          replicaCount: 1,
          partitionCount: 1,
          hostingMode: 'default',
          publicNetworkAccess: 'disabled',
          disableLocalAuth: true,
          semanticSearch: '{{param:semanticSearch}}',
          networkRuleSet: { bypass: 'AzureServices', ipRules: [] },
        },
      },
      bodyWhenService: searchCmk,
      keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [endpoint('service', 'searchService', 'privatelink.search.windows.net')],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [
    serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'aiFoundry'),
    serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'azureOpenAI'),
    serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage'),
    serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage2'),
    serviceRole(roles.searchIndexDataContributor, 'aiFoundry', 'aiSearch'),
    serviceRole(roles.searchServiceContributor, 'aiFoundry', 'aiSearch'),
  ],
  diagnostics: [allLogs('service', true, levels.search)],
  dataBearing: true,
  provisioningSeconds: 240,
  deletionSeconds: 120,
  requires: [],
  implies: [],
  uses: [...privateServiceUses, 'aiFoundry', 'azureOpenAI', 'storage', 'storage2'],
  cleanup: cleanup.private,
  options: [
    {
      name: 'sku',
      type: 'string',
      default: 'basic',
      choices: [
        'basic',
        'standard',
        'standard2',
        'standard3',
        'storage_optimized_l1',
        'storage_optimized_l2',
      ],
      description:
        'Pricing tier; private endpoints need basic or higher, skillset indexers standard or higher.',
    },
    {
      name: 'semanticSearch',
      type: 'string',
      default: 'free',
      choices: ['disabled', 'free', 'standard'],
      description: 'Semantic ranker plan.',
    },
  ],
};

const aiSearchSharedPrivateLink: ServiceDefinition = {
  id: 'aiSearchSharedPrivateLink',
  title: 'AI Search shared private links',
  description:
    "Outbound private connections from AI Search's indexers to the storage account and Foundry, approved on the target.",
  category: 'ai',
  aliases: ['enableAISearchSharedPrivateLink', 'ENABLE_AI_SEARCH_SHARED_PRIVATE_LINK'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'toStorage',
      type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      parent: 'service',
      parentService: 'aiSearch',
      name: nameRules.searchSharedPrivateLink('spl-{project}-blob'),
      body: {
        properties: {
          privateLinkResourceId: '{{id:storage.account}}',
          groupId: 'blob',
          requestMessage: 'AI Search indexers (aifactory-flags)',
        },
      },
    },
    // Microsoft's table of shared private link group ids: openai_account for the Azure OpenAI embedding skill
    // and vectorizer, cognitiveservices_account for billing the built-in skills to an AI services account.
    {
      key: 'toFoundry',
      type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      parent: 'service',
      parentService: 'aiSearch',
      name: nameRules.searchSharedPrivateLink('spl-{project}-foundry'),
      body: {
        properties: {
          privateLinkResourceId: '{{id:aiFoundry.account}}',
          groupId: 'openai_account',
          requestMessage: 'AI Search embedding skills and vectorizers (aifactory-flags)',
        },
      },
    },
    {
      key: 'toFoundrySkills',
      type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      parent: 'service',
      parentService: 'aiSearch',
      name: nameRules.searchSharedPrivateLink('spl-{project}-foundry-skills'),
      body: {
        properties: {
          privateLinkResourceId: '{{id:aiFoundry.account}}',
          groupId: 'cognitiveservices_account',
          requestMessage: 'AI Search built-in skills billing (aifactory-flags)',
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
  provisioningSeconds: 300,
  deletionSeconds: 180,
  requires: ['aiSearch', 'storage', 'aiFoundry'],
  implies: [],
  uses: [],
  cleanup: ['childResources'],
  notes: [
    'The target owner must approve each shared private link (the private endpoint connection on storage and Foundry).',
    'Two links to Foundry: openai_account for embedding skills and vectorizers, cognitiveservices_account for billing built-in skills.',
    'Needs AI Search basic or higher; indexers with skillsets need standard (S1).',
  ],
};

const azureML: ServiceDefinition = {
  id: 'azureML',
  title: 'Azure Machine Learning',
  description:
    'Azure ML workspace for discriminative ML and MLOps, wired to the project storage, Key Vault, container registry and Application Insights.',
  category: 'ai',
  aliases: ['enableAzureMachineLearning', 'ENABLE_AZURE_MACHINE_LEARNING'],
  scope: 'project',
  baseline: ['esml'],
  resources: [
    {
      key: 'workspace',
      type: 'Microsoft.MachineLearningServices/workspaces',
      apiVersion: '2025-06-01',
      resourceGroup: 'project',
      name: nameRules.machineLearningWorkspace('aml-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        kind: 'Default',
        sku: { name: 'Basic', tier: 'Basic' },
        identity: { type: 'SystemAssigned' },
        properties: {
          friendlyName: '{{name:azureML.workspace}}',
          storageAccount: '{{id:storage.account}}',
          keyVault: '{{id:keyVault.vault}}',
          containerRegistry: '{{id:containerRegistry.registry}}',
          applicationInsights: '{{id:appInsights.component}}',
          // The storage account refuses shared keys (allowSharedKeyAccess: false): the workspace's default
          // datastores must reach it with its managed identity, else they are created with keys that never work.
          systemDatastoresAuthMode: 'identity',
          publicNetworkAccess: 'Disabled',
          v1LegacyMode: false,
          managedNetwork: { isolationMode: 'AllowInternetOutbound' },
        },
      },
      bodyWhenService: workspaceCmk,
      createOnly: CMK_AT_CREATION,
      keyProperties: ['properties.publicNetworkAccess'],
    },
    {
      key: 'cluster',
      type: ML_COMPUTE_TYPE,
      apiVersion: ML_API,
      resourceGroup: 'project',
      parent: 'workspace',
      forEach: 'computeClusters',
      name: nameRules.machineLearningCompute('{item}'),
      body: {
        location: '{{location}}',
        properties: {
          computeType: 'AmlCompute',
          description: 'Training cluster (aifactory-flags)',
          // The workspace's managed network places the nodes: no subnet, and no public IP on any node.
          properties: {
            vmSize: '{{item:vmSize}}',
            vmPriority: 'Dedicated',
            osType: 'Linux',
            scaleSettings: {
              minNodeCount: '{{item:minNodes}}',
              maxNodeCount: '{{item:maxNodes}}',
              nodeIdleTimeBeforeScaleDown: '{{item:idleTimeBeforeScaleDown}}',
            },
            enableNodePublicIp: false,
            remoteLoginPortPublicAccess: 'Disabled',
          },
        },
      },
      keyProperties: ['properties.properties.vmSize', 'properties.properties.scaleSettings.maxNodeCount'],
    },
    {
      key: 'instance',
      type: ML_COMPUTE_TYPE,
      apiVersion: ML_API,
      resourceGroup: 'project',
      parent: 'workspace',
      forEach: 'computeInstances',
      name: nameRules.machineLearningComputeInstance('{item}-{salt}'),
      body: {
        location: '{{location}}',
        properties: {
          computeType: 'ComputeInstance',
          description: 'Compute instance (aifactory-flags)',
          properties: {
            vmSize: '{{item:vmSize}}',
            enableNodePublicIp: false,
            idleTimeBeforeShutdown: '{{item:idleTimeBeforeShutdown}}',
            computeInstanceAuthorizationType: 'personal',
          },
        },
      },
      bodyWhenItem: [
        {
          field: 'assignedUser',
          set: {
            properties: {
              properties: {
                personalComputeInstanceSettings: {
                  assignedUser: { objectId: '{{item:assignedUser}}', tenantId: '{{tenantId}}' },
                },
              },
            },
          },
        },
      ],
      keyProperties: ['properties.properties.vmSize'],
    },
  ],
  privateEndpoints: [
    endpoint('workspace', 'amlworkspace', 'privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'),
  ],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [
    serviceRole(roles.storageBlobDataContributor, 'azureML', 'storage'),
    serviceRole(roles.storageFileDataPrivilegedContributor, 'azureML', 'storage'),
    serviceRole(roles.keyVaultAdministrator, 'azureML', 'keyVault'),
    serviceRole(roles.acrPush, 'azureML', 'containerRegistry'),
  ],
  diagnostics: [allLogs('workspace', true, levels.machineLearning)],
  dataBearing: true,
  softDelete: { kind: 'machineLearningWorkspace', retentionDays: 14, purgeProtection: false },
  provisioningSeconds: 180,
  deletionSeconds: 120,
  requires: ['storage', 'keyVault', 'containerRegistry', 'appInsights'],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.privateSoftDeleted,
  options: [
    {
      name: 'computeClusters',
      type: 'list',
      default: [
        {
          name: 'cpu-cluster',
          vmSize: 'Standard_DS3_v2',
          minNodes: 0,
          maxNodes: 3,
          idleTimeBeforeScaleDown: 'PT120S',
        },
      ],
      description:
        "Training clusters, each { name (2-16 characters), vmSize, minNodes, maxNodes, idleTimeBeforeScaleDown (ISO 8601, e.g. PT120S) }. The default is today's admin cluster for dev (admin_aml_cluster_sku_dev_override Standard_DS3_v2, admin_aml_cluster_maxNodes_dev_override 3); today's test/prod defaults are Standard_D13_v2 with 5 nodes.",
    },
    {
      name: 'computeInstances',
      type: 'list',
      default: [],
      description:
        "Compute instances, each { name (at most 18 characters), vmSize, idleTimeBeforeShutdown (ISO 8601, e.g. PT60M), assignedUser (optional Entra object id) }. Today's admin instance: Standard_DS11_v2 in dev (admin_aml_computeInstance_dev_sku_override).",
    },
  ],
  notes: [
    'A deleted workspace stays soft-deleted for 14 days; its name is blocked until it is purged.',
    "Compute clusters and instances run in the workspace's managed network: no subnet of the project's VNet, no public IP on any node.",
  ],
};

const aksForAzureML: ServiceDefinition = {
  id: 'aksForAzureML',
  title: 'AKS for Azure ML',
  description: 'A private AKS cluster attached to the Azure ML workspace as an inference compute target.',
  category: 'ai',
  aliases: ['enableAksForAzureML', 'ENABLE_AKS_FOR_AZURE_ML'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'cluster',
      type: 'Microsoft.ContainerService/managedClusters',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      name: nameRules.aks('aksml-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Base', tier: 'Standard' },
        identity: { type: 'SystemAssigned' },
        properties: {
          dnsPrefix: '{{name:aksForAzureML.cluster}}',
          enableRBAC: true,
          disableLocalAccounts: true,
          aadProfile: { managed: true, enableAzureRBAC: true },
          apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
          networkProfile: {
            networkPlugin: 'azure',
            networkPluginMode: 'overlay',
            outboundType: 'loadBalancer',
          },
          agentPoolProfiles: [
            {
              name: 'system',
              mode: 'System',
              count: 3,
              vmSize: 'Standard_D4s_v5',
              osType: 'Linux',
              type: 'VirtualMachineScaleSets',
              vnetSubnetID: '{{subnetId:aks}}',
            },
          ],
        },
      },
      keyProperties: ['properties.agentPoolProfiles'],
    },
    {
      key: 'compute',
      type: 'Microsoft.MachineLearningServices/workspaces/computes',
      apiVersion: '2025-06-01',
      resourceGroup: 'project',
      parent: 'workspace',
      parentService: 'azureML',
      name: nameRules.machineLearningCompute('aks-{projectNumber}-{env}'),
      body: {
        location: '{{location}}',
        properties: {
          computeType: 'AKS',
          resourceId: '{{id:aksForAzureML.cluster}}',
          properties: { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer' },
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [{ name: 'aks', prefixLength: 26 }],
  identity: 'systemAssigned',
  roleAssignments: [serviceRole(roles.acrPull, 'aksForAzureML', 'containerRegistry')],
  diagnostics: [allLogs('cluster')],
  dataBearing: false,
  provisioningSeconds: 720,
  deletionSeconds: 480,
  requires: ['azureML'],
  implies: [],
  uses: [...privateServiceUses, 'containerRegistry'],
  cleanup: ['roleAssignments', 'diagnosticSettings', 'childResources', 'resource', 'waitSubnetRelease'],
  notes: ['Deleted before Azure ML: it depends on the workspace, so the delete order puts it first.'],
};

function cognitiveService(input: {
  id: string;
  title: string;
  description: string;
  aliases: string[];
  kind: string;
  sku: string;
  prefix: string;
  userRole?: typeof roles.cognitiveServicesUser;
}): ServiceDefinition {
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    category: 'ai',
    aliases: input.aliases,
    scope: 'project',
    baseline: [],
    resources: [
      {
        key: 'account',
        type: ACCOUNT_TYPE,
        apiVersion: COGNITIVE_API,
        resourceGroup: 'project',
        name: nameRules.cognitiveServicesAccount(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
        body: cognitiveAccountBody(input.kind, input.sku, `{{name:${input.id}.account}}`),
        bodyWhenService: cognitiveCmk,
        keyProperties: ['properties.publicNetworkAccess'],
      },
    ],
    privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE)],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('account', true, levels.cognitiveServices)],
    dataBearing: false,
    softDelete: cognitiveSoftDelete,
    provisioningSeconds: 60,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateSoftDeleted,
  };
}

const speech = cognitiveService({
  id: 'speech',
  title: 'Azure AI Speech',
  description: 'Speech to text, text to speech and translation.',
  aliases: ['enableAzureSpeech', 'ENABLE_AZURE_SPEECH'],
  kind: 'SpeechServices',
  sku: 'S0',
  prefix: 'spch',
});
const vision = cognitiveService({
  id: 'vision',
  title: 'Azure AI Vision',
  description: 'Image analysis, OCR and multimodal embeddings.',
  aliases: ['enableAzureAIVision', 'ENABLE_AZURE_AI_VISION'],
  kind: 'ComputerVision',
  sku: 'S1',
  prefix: 'vis',
});
const documentIntelligence = cognitiveService({
  id: 'documentIntelligence',
  title: 'Azure AI Document Intelligence',
  description: 'Layout, form and document extraction (formerly Form Recognizer).',
  aliases: ['enableAIDocIntelligence', 'ENABLE_AI_DOC_INTELLIGENCE'],
  kind: 'FormRecognizer',
  sku: 'S0',
  prefix: 'docint',
});
const contentSafety = cognitiveService({
  id: 'contentSafety',
  title: 'Azure AI Content Safety',
  description: 'Harmful content detection and prompt shields for text and images.',
  aliases: ['enableContentSafety', 'ENABLE_CONTENT_SAFETY'],
  kind: 'ContentSafety',
  sku: 'S0',
  prefix: 'cs',
});

function bing(input: {
  id: string;
  title: string;
  description: string;
  aliases: string[];
  kind: string;
  sku: string;
  prefix: string;
}): ServiceDefinition {
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    category: 'ai',
    aliases: input.aliases,
    scope: 'project',
    baseline: [],
    resources: [
      {
        key: 'account',
        type: 'Microsoft.Bing/accounts',
        apiVersion: '2020-06-10',
        resourceGroup: 'project',
        name: nameRules.bingAccount(`${input.prefix}-{project}-{env}-{salt}`),
        body: {
          location: 'global',
          kind: input.kind,
          sku: { name: input.sku },
          properties: { statisticsEnabled: false },
        },
      },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 30,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['resource'],
    notes: [
      'A global service reached over the public internet by Foundry agents; it has no private endpoint.',
    ],
  };
}

const bingGrounding = bing({
  id: 'bingGrounding',
  title: 'Grounding with Bing Search',
  description: 'Web grounding for Foundry agents.',
  aliases: ['enableBing', 'ENABLE_BING'],
  kind: 'Bing.Grounding',
  sku: 'G1',
  prefix: 'bing',
});
const bingCustomSearch = bing({
  id: 'bingCustomSearch',
  title: 'Grounding with Bing Custom Search',
  description: 'Web grounding for Foundry agents restricted to the domains you choose.',
  aliases: ['enableBingCustomSearch', 'ENABLE_BING_CUSTOM_SEARCH'],
  kind: 'Bing.GroundingCustomSearch',
  sku: 'G2',
  prefix: 'bingcs',
});

export const aiServices: ServiceDefinition[] = [
  aiFoundry,
  foundryCapabilityHost,
  azureOpenAI,
  aiSearch,
  aiSearchSharedPrivateLink,
  azureML,
  aksForAzureML,
  speech,
  vision,
  documentIntelligence,
  contentSafety,
  bingGrounding,
  bingCustomSearch,
];
