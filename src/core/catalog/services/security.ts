// Security and operations switches: Defender for AI (subscription and resource level), customer-managed keys.
import type { ServiceDefinition } from '../../types.js';
import { projectIdentityRole } from '../define.js';
import { nameRules } from '../name-rules.js';
import { roles } from '../roles.js';

const PRICING_TYPE = 'Microsoft.Security/pricings';
const PRICING_API = '2024-01-01';

const defenderForAI: ServiceDefinition = {
  id: 'defenderForAI',
  title: 'Defender for AI (subscription)',
  description:
    "Microsoft Defender for Cloud's AI threat protection plan for every AI resource of the environment's subscription.",
  category: 'security',
  aliases: ['enableDefenderforAISubLevel', 'ENABLE_DEFENDER_FOR_AI_SUB_LEVEL'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'pricing',
      type: PRICING_TYPE,
      apiVersion: PRICING_API,
      resourceGroup: 'project',
      deployScope: { kind: 'subscription' },
      name: nameRules.fixedName('AI'),
      body: { properties: { pricingTier: 'Standard' } },
      keyProperties: ['properties.pricingTier'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 15,
  deletionSeconds: 15,
  requires: [],
  implies: [],
  uses: [],
  cleanup: ['resource'],
  notes: [
    'Subscription-wide: switching it off sets the plan back to Free for every project in the subscription, so deleting it needs an explicit allow.',
  ],
};

const defenderForAIResources: ServiceDefinition = {
  id: 'defenderForAIResources',
  title: 'Defender for AI (resource level)',
  description:
    "Defender for AI threat protection on the project's Foundry resource only, instead of the whole subscription.",
  category: 'security',
  aliases: ['enableDefenderforAIResourceLevel', 'ENABLE_DEFENDER_FOR_AI_RESOURCE_LEVEL'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      // The Pricings API takes a resource scope only for VMs, VM scale sets and Arc machines; an AI resource is
      // switched on by its own defenderForAISettings child (one per account, named Default).
      key: 'setting',
      type: 'Microsoft.CognitiveServices/accounts/defenderForAISettings',
      apiVersion: '2025-06-01',
      resourceGroup: 'project',
      parent: 'account',
      parentService: 'aiFoundry',
      name: nameRules.fixedName('Default'),
      body: { properties: { state: 'Enabled' } },
      keyProperties: ['properties.state'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 15,
  deletionSeconds: 15,
  requires: ['aiFoundry'],
  implies: [],
  uses: [],
  cleanup: ['childResources'],
  notes: [
    'Azure has no delete for a Defender for AI setting: switching it off sets the state to Disabled; it goes with the Foundry account.',
  ],
};

const customerManagedKey: ServiceDefinition = {
  id: 'customerManagedKey',
  title: 'Customer-managed keys (CMK)',
  description:
    "Encryption at rest with an RSA key the tool creates in the project Key Vault: the storage accounts, the data lake, Cosmos DB, Foundry and the other Cognitive Services accounts, the project container registry and Azure ML use it through the project's managed identity, which holds Key Vault Crypto Service Encryption User on the vault before any of them is encrypted.",
  category: 'security',
  aliases: ['cmk', 'CMK'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      // Created once: ARM's PUT of an existing key changes nothing and makes no new version.
      key: 'key',
      type: 'Microsoft.KeyVault/vaults/keys',
      apiVersion: '2024-11-01',
      resourceGroup: 'project',
      parent: 'vault',
      parentService: 'keyVault',
      nameOption: 'keyName',
      name: nameRules.keyVaultKey('{item}'),
      body: {
        properties: {
          kty: 'RSA',
          // 2048: the size every Azure service that takes a customer-managed key accepts.
          keySize: 2048,
          keyOps: ['wrapKey', 'unwrapKey'],
          attributes: { enabled: true, exportable: false },
        },
      },
      keyProperties: ['properties.kty', 'properties.keySize'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [
    // Granted before the key counts as there: whatever is encrypted with it waits for the key.
    { ...projectIdentityRole(roles.keyVaultCryptoServiceEncryptionUser, 'keyVault'), before: ['key'] },
  ],
  requiresSettings: [
    {
      resource: 'keyVault.vault',
      path: 'properties.enablePurgeProtection',
      value: true,
      reason: 'a key in a vault that can be purged could be lost for good, and the data encrypted with it',
    },
    {
      resource: 'keyVault.vault',
      path: 'properties.enableSoftDelete',
      value: true,
      reason: 'Azure refuses customer-managed keys from a vault without soft delete',
    },
  ],
  diagnostics: [],
  // Not data itself, but every encrypted service's data is unreadable without the key's role: switching it off
  // needs an explicit allow, and never deletes the key.
  dataBearing: true,
  provisioningSeconds: 15,
  deletionSeconds: 15,
  requires: ['keyVault', 'managedIdentity'],
  implies: [],
  uses: [],
  cleanup: ['roleAssignments'],
  options: [
    {
      name: 'keyName',
      type: 'string',
      required: true,
      description: 'Name of the RSA key the tool creates in the project Key Vault (cmkKeyName).',
    },
    {
      name: 'keyVersion',
      type: 'string',
      default: '',
      description:
        'Pin every encrypted service to this key version (cmkKeyVersion). Empty: storage, the data lake, Cosmos DB and the registry follow rotation; Foundry, the other Cognitive Services accounts and Azure ML take the version current when they are deployed.',
    },
    {
      name: 'disableForFoundry',
      type: 'boolean',
      default: false,
      description:
        "Keep Foundry on Microsoft-managed keys while the other services use the customer-managed key (today's cmkDisableForFoundry true).",
    },
    {
      name: 'enforceOnAISearch',
      type: 'boolean',
      default: false,
      description:
        'AI Search refuses indexes and synonym maps without a customer-managed key (today: cmkDisableForAISearch false). Foundry creates indexes without one.',
    },
  ],
  notes: [
    'Requires the Key Vault to have purge protection and soft delete on (the catalog creates it so); validation fails otherwise, also when the existing vault reports them off.',
    'Encrypted: storage, storage2, dataLake (keyvaultproperties without a version follows rotation), cosmosDb and cosmosDbMongo (versionless keyVaultKeyUri), all through the project identity; AI Search enforcement on request.',
    "Also encrypted, with values read from the live identity and key right before the deploy (known after apply): Foundry (unless disableForFoundry), Azure OpenAI, Speech, Vision, Document Intelligence and Content Safety (key name, the key's version current at deploy, the identity's client id; a key rotated later is picked up by setting keyVersion), the project container registry (versionless key, follows rotation) and Azure ML (versioned key identifier). Each gets the project identity beside its own.",
    'A container registry and an Azure ML workspace take the key only when they are created: switching it on or off for an existing registry re-creates the registry (blocked unless destroying containerRegistry is allowed); for an existing workspace the plan refuses, since a deleted workspace keeps its name soft-deleted for 14 days: delete and permanently delete it first.',
    "Azure ML keeps the workspace's metadata in a Microsoft-managed resource group encrypted with the key; Microsoft's examples also grant the tenant's Azure Cosmos DB service principal Key Vault Crypto Service Encryption User on the vault, which the tool does not (its object id differs per tenant).",
    "Not encrypted: the shared (common) container registry, which holds every project's images.",
    'Switching it off removes only the role assignment; the key stays in the vault, and Cosmos DB cannot go back to service-managed keys.',
  ],
};

export const securityServices: ServiceDefinition[] = [
  defenderForAI,
  defenderForAIResources,
  customerManagedKey,
];
