// Security and operations switches: Defender for AI (subscription and resource level), customer-managed keys.
import type { ServiceDefinition } from '../../types.js';
import { projectIdentityRole, serviceRole } from '../define.js';
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
    "The Defender for AI plan enabled on the project's Foundry resource only, instead of the whole subscription.",
  category: 'security',
  aliases: ['enableDefenderforAIResourceLevel', 'ENABLE_DEFENDER_FOR_AI_RESOURCE_LEVEL'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'pricing',
      type: PRICING_TYPE,
      apiVersion: PRICING_API,
      resourceGroup: 'project',
      deployScope: { kind: 'extension', service: 'aiFoundry', resource: 'account' },
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
  requires: ['aiFoundry'],
  implies: [],
  uses: [],
  cleanup: ['resource'],
};

const customerManagedKey: ServiceDefinition = {
  id: 'customerManagedKey',
  title: 'Customer-managed keys (CMK)',
  description:
    'Encryption at rest with your RSA key (2048) from the project Key Vault: the project identity and the storage account get Key Vault Crypto Service Encryption User on the vault.',
  category: 'security',
  aliases: ['cmk', 'CMK'],
  scope: 'project',
  baseline: [],
  resources: [],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [
    projectIdentityRole(roles.keyVaultCryptoServiceEncryptionUser, 'keyVault'),
    serviceRole(roles.keyVaultCryptoServiceEncryptionUser, 'storage', 'keyVault'),
    serviceRole(roles.keyVaultCryptoServiceEncryptionUser, 'storage2', 'keyVault'),
  ],
  diagnostics: [],
  dataBearing: false,
  provisioningSeconds: 15,
  deletionSeconds: 15,
  requires: ['keyVault', 'managedIdentity'],
  implies: [],
  uses: ['storage', 'storage2'],
  cleanup: ['roleAssignments'],
  options: [
    {
      name: 'keyName',
      type: 'string',
      required: true,
      description: 'Name of the RSA key in the vault (cmkKeyName).',
    },
    {
      name: 'keyVersion',
      type: 'string',
      default: '',
      description: 'Pin a key version; empty follows the latest (cmkKeyVersion).',
    },
  ],
  notes: [
    'Requires the Key Vault to have purge protection and soft delete on (the catalog creates it so); a key in a vault that can be purged could be lost for good.',
    'AI Search and Foundry stay on Microsoft-managed keys by default (cmkDisableForAISearch, cmkDisableForFoundry).',
  ],
};

export const securityServices: ServiceDefinition[] = [
  defenderForAI,
  defenderForAIResources,
  customerManagedKey,
];
