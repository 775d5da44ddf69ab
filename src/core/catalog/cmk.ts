// What customer-managed keys change in the bodies of the services they encrypt, as data: each part is merged
// into the service's body only while customerManagedKey is on (ResourceSpec.bodyWhenService), and makes the
// resource wait for the key, which itself waits for the project identity's unwrap role on the vault. Every
// encrypted service reaches the key with the project's user-assigned identity.
import type { ResourceSpec } from '../types.js';

export const CMK_SERVICE = 'customerManagedKey';
type Part = NonNullable<ResourceSpec['bodyWhenService']>[number];

const KEY = `${CMK_SERVICE}.key`;
/** The vault's data-plane URI (public cloud): what encryption settings name, with the key's name. */
const VAULT_URI = 'https://{{name:keyVault.vault}}.vault.azure.net';
const PROJECT_IDENTITY = { '{{identityId}}': {} };

/** Storage accounts (blob and file at account level); a key without a version follows the key's rotation. */
export const storageCmk: Part[] = [
  {
    service: CMK_SERVICE,
    waitsFor: [KEY],
    set: {
      identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
      properties: {
        encryption: {
          keySource: 'Microsoft.Keyvault',
          keyvaultproperties: { keyname: `{{name:${KEY}}}`, keyvaulturi: VAULT_URI },
          identity: { userAssignedIdentity: '{{identityId}}' },
          services: {
            blob: { enabled: true, keyType: 'Account' },
            file: { enabled: true, keyType: 'Account' },
          },
        },
      },
    },
  },
  {
    service: CMK_SERVICE,
    option: 'keyVersion',
    set: {
      properties: {
        encryption: { keyvaultproperties: { keyversion: `{{option:${CMK_SERVICE}.keyVersion}}` } },
      },
    },
  },
];

/** Cosmos DB: the versionless key URI (Cosmos follows rotation) and the identity it unwraps with by default. */
export const cosmosCmk: Part[] = [
  {
    service: CMK_SERVICE,
    waitsFor: [KEY],
    set: {
      identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
      properties: {
        keyVaultKeyUri: `${VAULT_URI}/keys/{{name:${KEY}}}`,
        defaultIdentity: 'UserAssignedIdentity={{identityId}}',
      },
    },
  },
];

/**
 * AI Search encrypts indexes and synonym maps with keys named in each object (data plane); the service-level
 * setting only enforces that every object does. Opt-in: Foundry creates indexes without a key, which enforcement
 * refuses (today's cmkDisableForAISearch).
 */
export const searchCmk: Part[] = [
  {
    service: CMK_SERVICE,
    option: 'enforceOnAISearch',
    set: { properties: { encryptionWithCmk: { enforcement: 'Enabled' } } },
  },
];
