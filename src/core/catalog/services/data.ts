// Databases and data stores of a project: Cosmos DB (NoSQL, MongoDB), PostgreSQL, Azure SQL, Redis, the data
// lake (ADLS Gen2) and Elastic Cloud.
import type { ServiceDefinition } from '../../types.js';
import { allLogs, cleanup, endpoint, genaiSubnet, privateServiceUses } from '../define.js';
import { cosmosCmk, storageCmk } from '../cmk.js';
import { diagnosticLevels as levels } from '../diagnostic-levels.js';
import { nameRules } from '../name-rules.js';

const COSMOS_API = '2024-11-15';
const REDIS_API = '2025-07-01';

function cosmos(id: 'cosmosDb' | 'cosmosDbMongo'): ServiceDefinition {
  const mongo = id === 'cosmosDbMongo';
  return {
    id,
    title: mongo ? 'Cosmos DB for MongoDB (RU)' : 'Cosmos DB (NoSQL)',
    description: mongo
      ? "A serverless Cosmos DB account with the MongoDB API (today's cosmosKind: MongoDB)."
      : 'A serverless Cosmos DB account with the NoSQL API; keys off, Entra ID only. Foundry agents keep their threads here.',
    category: 'data',
    aliases: mongo ? [] : ['enableCosmosDB', 'ENABLE_COSMOS_DB', 'serviceSettingDeployCosmosDB'],
    scope: 'project',
    baseline: [],
    resources: [
      {
        key: 'account',
        type: 'Microsoft.DocumentDB/databaseAccounts',
        apiVersion: COSMOS_API,
        resourceGroup: 'project',
        name: nameRules.cosmos(
          mongo ? 'cosmon-{project}-{loc}-{env}-{salt}' : 'cosmos-{project}-{loc}-{env}-{salt}',
        ),
        body: {
          location: '{{location}}',
          kind: mongo ? 'MongoDB' : 'GlobalDocumentDB',
          identity: { type: 'SystemAssigned' },
          properties: {
            databaseAccountOfferType: 'Standard',
            locations: [{ locationName: '{{location}}', failoverPriority: 0, isZoneRedundant: false }],
            consistencyPolicy: { defaultConsistencyLevel: 'Session' },
            capabilities: mongo
              ? [{ name: 'EnableServerless' }, { name: 'EnableMongo' }]
              : [{ name: 'EnableServerless' }],
            ...(mongo ? { apiProperties: { serverVersion: '7.0' } } : { disableLocalAuth: true }),
            publicNetworkAccess: 'Disabled',
            disableKeyBasedMetadataWriteAccess: true,
            minimalTlsVersion: 'Tls12',
          },
        },
        bodyWhenService: cosmosCmk,
        keyProperties: ['kind', 'properties.publicNetworkAccess'],
      },
    ],
    privateEndpoints: [
      mongo
        ? endpoint('account', 'MongoDB', 'privatelink.mongo.cosmos.azure.com')
        : endpoint('account', 'Sql', 'privatelink.documents.azure.com'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('account', true, levels.cosmos)],
    dataBearing: true,
    provisioningSeconds: 420,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    notes: mongo
      ? [
          'The API of an account cannot change: switching between cosmosDb and cosmosDbMongo replaces the account.',
        ]
      : [
          "Data-plane access is a Cosmos SQL role assignment (not Azure RBAC): foundryCapabilityHost grants Cosmos DB Built-in Data Contributor on the agents' enterprise_memory database to the Foundry project's identity itself.",
        ],
  };
}

const postgreSql: ServiceDefinition = {
  id: 'postgreSql',
  title: 'PostgreSQL Flexible Server',
  description:
    'PostgreSQL 16 (General Purpose D2ds v5) with Entra ID authentication only, reached through a private endpoint.',
  category: 'data',
  aliases: ['enablePostgreSQL', 'ENABLE_POSTGRESQL'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'server',
      type: 'Microsoft.DBforPostgreSQL/flexibleServers',
      apiVersion: '2024-08-01',
      resourceGroup: 'project',
      name: nameRules.postgresFlexible('psql-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Standard_D2ds_v5', tier: 'GeneralPurpose' },
        properties: {
          version: '16',
          createMode: 'Default',
          storage: { storageSizeGB: 128, autoGrow: 'Enabled' },
          backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
          highAvailability: { mode: 'Disabled' },
          network: { publicNetworkAccess: 'Disabled' },
          authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: '{{tenantId}}' },
        },
      },
      keyProperties: ['sku.name', 'properties.version'],
    },
  ],
  privateEndpoints: [endpoint('server', 'postgresqlServer', 'privatelink.postgres.database.azure.com')],
  subnets: [genaiSubnet],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [allLogs('server', true, levels.postgres)],
  dataBearing: true,
  provisioningSeconds: 600,
  deletionSeconds: 300,
  requires: [],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.private,
  notes: [
    "Entra ID administrators (today's postGresAdminEmails) are added after creation with flexibleServers/administrators.",
  ],
};

const azureSql: ServiceDefinition = {
  id: 'azureSql',
  title: 'Azure SQL Database',
  description:
    'A logical SQL server with Entra-only authentication (the project identity as admin) and a serverless database.',
  category: 'data',
  aliases: ['enableSQLDatabase', 'ENABLE_SQL_DATABASE'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'server',
      type: 'Microsoft.Sql/servers',
      apiVersion: '2023-08-01',
      resourceGroup: 'project',
      name: nameRules.sqlServer('sql-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        identity: { type: 'SystemAssigned' },
        properties: {
          minimalTlsVersion: '1.2',
          publicNetworkAccess: 'Disabled',
          administrators: {
            administratorType: 'ActiveDirectory',
            azureADOnlyAuthentication: true,
            principalType: 'Application',
            login: '{{name:managedIdentity.identity}}',
            sid: '{{principalId:managedIdentity}}',
            tenantId: '{{tenantId}}',
          },
        },
      },
      keyProperties: ['properties.publicNetworkAccess'],
    },
    {
      key: 'database',
      type: 'Microsoft.Sql/servers/databases',
      apiVersion: '2023-08-01',
      resourceGroup: 'project',
      parent: 'server',
      name: nameRules.sqlDatabase('sqldb-{project}-{env}'),
      body: {
        location: '{{location}}',
        sku: { name: 'GP_S_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
        properties: {
          autoPauseDelay: 60,
          minCapacity: 0.5,
          zoneRedundant: false,
          requestedBackupStorageRedundancy: 'Local',
        },
      },
      keyProperties: ['sku.name'],
    },
  ],
  privateEndpoints: [endpoint('server', 'sqlServer', 'privatelink.database.windows.net')],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [],
  diagnostics: [allLogs('database', true, levels.sqlDatabase)],
  dataBearing: true,
  provisioningSeconds: 300,
  deletionSeconds: 120,
  requires: ['managedIdentity'],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.privateWithChildren,
};

// Azure Cache for Redis (Microsoft.Cache/redis) retires on 2028-09-30 and tenants that had no cache before
// 2026-04-01 can no longer create one (retirement FAQ): the catalog's Redis is Azure Managed Redis.
const redis: ServiceDefinition = {
  id: 'redis',
  title: 'Azure Managed Redis',
  description:
    'An Azure Managed Redis cluster (Balanced B1 by default) with one TLS database, access keys off and the project identity as its Entra user.',
  category: 'data',
  aliases: ['enableRedisCache', 'ENABLE_REDIS_CACHE'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'cluster',
      type: 'Microsoft.Cache/redisEnterprise',
      apiVersion: REDIS_API,
      resourceGroup: 'project',
      name: nameRules.managedRedis('redis-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: '{{param:sku}}' },
        properties: {
          minimumTlsVersion: '1.2',
          publicNetworkAccess: 'Disabled',
          highAvailability: 'Enabled',
        },
      },
      keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
    },
    {
      // Azure Managed Redis has exactly one database, named default.
      key: 'database',
      type: 'Microsoft.Cache/redisEnterprise/databases',
      apiVersion: REDIS_API,
      resourceGroup: 'project',
      parent: 'cluster',
      name: nameRules.fixedName('default'),
      body: {
        properties: {
          clientProtocol: 'Encrypted',
          port: 10000,
          clusteringPolicy: 'OSSCluster',
          evictionPolicy: 'VolatileLRU',
          accessKeysAuthentication: 'Disabled',
        },
      },
      keyProperties: ['properties.accessKeysAuthentication'],
    },
    {
      // Entra ID access to the data: the project identity under the default access policy.
      key: 'access',
      type: 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments',
      apiVersion: REDIS_API,
      resourceGroup: 'project',
      parent: 'database',
      name: nameRules.fixedName('projectidentity'),
      body: {
        properties: { accessPolicyName: 'default', user: { objectId: '{{principalId:managedIdentity}}' } },
      },
    },
  ],
  privateEndpoints: [endpoint('cluster', 'redisEnterprise', 'privatelink.redis.azure.net')],
  subnets: [genaiSubnet],
  identity: 'none',
  roleAssignments: [],
  // ConnectionEvents is Azure Managed Redis' one log category: every level keeps it.
  diagnostics: [allLogs('database', true, levels.everyLog)],
  dataBearing: true,
  provisioningSeconds: 900,
  deletionSeconds: 600,
  requires: ['managedIdentity'],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.privateWithChildren,
  options: [
    {
      name: 'sku',
      type: 'string',
      default: 'Balanced_B1',
      description:
        "Azure Managed Redis SKU, e.g. Balanced_B1 (Microsoft's mapping of the Standard C1 cache), Balanced_B0, MemoryOptimized_M10.",
    },
  ],
  notes: [
    'Azure Cache for Redis (Basic, Standard, Premium) retires on 2028-09-30 and new tenants cannot create it; Azure Managed Redis replaces it. Clients connect over TLS on port 10000 at <name>.<region>.redis.azure.net.',
  ],
};

const dataLake: ServiceDefinition = {
  id: 'dataLake',
  title: 'Data lake (ADLS Gen2)',
  description:
    'A storage account with hierarchical namespace: the ESML lake that Azure ML, Data Factory and Databricks share.',
  category: 'data',
  aliases: [],
  scope: 'project',
  baseline: ['esml'],
  resources: [
    {
      key: 'account',
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2025-01-01',
      resourceGroup: 'project',
      name: nameRules.storage('dl{projectNumber}{loc}{salt}{env}'),
      body: {
        location: '{{location}}',
        kind: 'StorageV2',
        sku: { name: 'Standard_ZRS' },
        identity: { type: 'SystemAssigned' },
        properties: {
          isHnsEnabled: true,
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
      keyProperties: ['properties.isHnsEnabled', 'properties.publicNetworkAccess'],
    },
  ],
  privateEndpoints: [
    endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
    endpoint('account', 'dfs', 'privatelink.dfs.core.windows.net'),
  ],
  subnets: [genaiSubnet],
  identity: 'systemAssigned',
  roleAssignments: [],
  diagnostics: [{ resource: 'account', logs: [], metrics: true }],
  dataBearing: true,
  provisioningSeconds: 30,
  deletionSeconds: 20,
  requires: [],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.private,
  notes: [
    'Hierarchical namespace cannot be switched off after creation. A BYO lake is referenced, never created.',
  ],
};

const elastic: ServiceDefinition = {
  id: 'elastic',
  title: 'Elastic Cloud (Elasticsearch)',
  description:
    'An Elastic Cloud deployment billed through Azure Marketplace, linked to the subscription as an Elastic monitor.',
  category: 'data',
  aliases: ['enableElasticsearch', 'ENABLE_ELASTICSEARCH'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'monitor',
      type: 'Microsoft.Elastic/monitors',
      apiVersion: '2024-03-01',
      resourceGroup: 'project',
      name: nameRules.elasticMonitor('es-{project}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'ess-consumption-2024_Monthly' },
        identity: { type: 'SystemAssigned' },
        properties: {
          monitoringStatus: 'Enabled',
          userInfo: {
            firstName: '{{param:firstName}}',
            lastName: '{{param:lastName}}',
            companyName: '{{param:companyName}}',
            emailAddress: '{{param:emailAddress}}',
          },
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'systemAssigned',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: true,
  provisioningSeconds: 900,
  deletionSeconds: 600,
  requires: [],
  implies: [],
  uses: ['resourceGroups'],
  cleanup: ['roleAssignments', 'resource'],
  options: [
    {
      name: 'firstName',
      type: 'string',
      required: true,
      description: 'Elastic Cloud contact first name (elasticFirstName).',
    },
    {
      name: 'lastName',
      type: 'string',
      required: true,
      description: 'Elastic Cloud contact last name (elasticLastName).',
    },
    {
      name: 'companyName',
      type: 'string',
      required: true,
      description: 'Company name (elasticCompanyName).',
    },
    {
      name: 'emailAddress',
      type: 'string',
      required: true,
      description: 'Elastic Cloud account e-mail (elasticEmail).',
    },
  ],
  notes: [
    "A partner (SaaS) service: the Elastic deployment lives in Elastic Cloud; private access is through Elastic's own Private Link, outside this catalog.",
  ],
};

export const dataServices: ServiceDefinition[] = [
  cosmos('cosmosDb'),
  cosmos('cosmosDbMongo'),
  postgreSql,
  azureSql,
  redis,
  dataLake,
  elastic,
];
