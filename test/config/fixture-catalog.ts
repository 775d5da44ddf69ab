// A tiny catalog with the shapes the config checks care about (baseline, aliases, requires, implies,
// modes, options read through {{param:…}}), so these tests do not depend on the real catalog's data.
import type { Catalog, ServiceDefinition } from '../../src/core/types.js';

function service(id: string, extra: Partial<ServiceDefinition> = {}): ServiceDefinition {
  return {
    id,
    title: id,
    description: id,
    category: 'ai',
    aliases: [],
    scope: 'project',
    baseline: [],
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
    uses: [],
    cleanup: ['resource'],
    ...extra,
  };
}

export const fixtureCatalog: Catalog = {
  version: 1,
  services: [
    service('resourceGroups', { baseline: ['genai-1', 'esml'] }),
    service('keyVault', { baseline: ['genai-1', 'esml'], aliases: [] }),
    service('aiFoundry', {
      baseline: ['genai-1'],
      aliases: ['enableAIFoundry', 'ENABLE_AI_FOUNDRY'],
      options: [{ name: 'deployments', type: 'list', default: [], description: 'Model deployments.' }],
      // Its account injects Foundry agents into a subnet, as the real catalog's does.
      resources: [
        {
          key: 'account',
          type: 'Microsoft.CognitiveServices/accounts',
          apiVersion: '2025-06-01',
          resourceGroup: 'project',
          name: {
            pattern: 'aif-{project}-{salt}',
            minLength: 2,
            maxLength: 64,
            allowed: '[a-z0-9-]+',
            allowedText: 'letters',
            uniqueness: 'global',
          },
          body: {
            properties: {
              networkInjections: [{ scenario: 'agent', subnetArmId: '{{subnetId:aca2}}' }],
            },
          },
        },
      ],
    }),
    service('aiSearch', {
      baseline: ['genai-1'],
      aliases: ['enableAISearch', 'ENABLE_AI_SEARCH'],
      options: [
        {
          name: 'sku',
          type: 'string',
          default: 'basic',
          choices: ['basic', 'standard'],
          description: 'Tier.',
        },
        {
          name: 'semanticSearch',
          type: 'string',
          default: 'free',
          choices: ['disabled', 'free', 'standard'],
          description: 'Ranker.',
        },
      ],
    }),
    service('azureOpenAI', { aliases: ['enableAzureOpenAI', 'ENABLE_AZURE_OPENAI'] }),
    service('cosmosDb', { aliases: ['enableCosmosDB', 'ENABLE_COSMOS_DB'], dataBearing: true }),
    service('cosmosDbMongo', { dataBearing: true }),
    service('elastic', {
      aliases: ['enableElasticsearch', 'ENABLE_ELASTICSEARCH'],
      options: [
        { name: 'emailAddress', type: 'string', required: true, description: 'Elastic Cloud account email.' },
      ],
    }),
    service('aks', { aliases: ['enableAKS', 'ENABLE_AKS'] }),
    service('containerRegistry', {}),
    service('containerApps', { aliases: ['enableContainerApps', 'ENABLE_CONTAINER_APPS'] }),
    service('azureML', {
      baseline: ['esml'],
      aliases: ['enableAzureMachineLearning', 'ENABLE_AZURE_MACHINE_LEARNING'],
    }),
    service('aksForAzureML', {
      aliases: ['enableAksForAzureML', 'ENABLE_AKS_FOR_AZURE_ML'],
      requires: ['azureML'],
    }),
    service('foundryCapabilityHost', {
      aliases: ['enableAFoundryCaphost', 'ENABLE_FOUNDRY_CAPHOST'],
      implies: ['cosmosDb', 'aiSearch'],
    }),
    service('bastion', { aliases: ['addBastionHost', 'ADD_BASTION_HOST'], modes: ['standalone', 'hybrid'] }),
    service('redis', {
      aliases: ['enableRedisCache', 'ENABLE_REDIS_CACHE'],
      resources: [
        {
          key: 'cache',
          type: 'Microsoft.Cache/redis',
          apiVersion: '2024-11-01',
          resourceGroup: 'project',
          name: {
            pattern: 'redis-{project}',
            minLength: 1,
            maxLength: 63,
            allowed: '[a-z0-9-]+',
            allowedText: 'letters',
            uniqueness: 'global',
          },
          body: { sku: { name: '{{param:skuName}}', capacity: '{{param:capacity}}' } },
        },
      ],
    }),
  ],
  regions: [
    { name: 'swedencentral', short: 'sdc', displayName: 'Sweden Central' },
    { name: 'eastus2', short: 'eus2', displayName: 'East US 2' },
    { name: 'westeurope', short: 'weu', displayName: 'West Europe' },
    { name: 'norwayeast', short: 'noe', displayName: 'Norway East' },
  ],
  environmentNames: { dev: 'dev', stage: 'test', prod: 'prod' },
  personas: { dataScientists: [], developers: [], readers: [] },
  platformApiVersions: {},
};
