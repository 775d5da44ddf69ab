// What customer-managed keys change in the bodies of the services they encrypt, as data: each part is merged
// into the service's body only while customerManagedKey is on (ResourceSpec.bodyWhenService), and makes the
// resource wait for the key, which itself waits for the project identity's unwrap role on the vault. Every
// encrypted service reaches the key with the project's user-assigned identity. Values that exist only once the
// identity and the key do (the identity's client id, the key's URIs and version) are `{{live:…}}` placeholders,
// filled in from the live resources right before the deploy.
import type { ResourceSpec } from '../types.js';

export const CMK_SERVICE = 'customerManagedKey';
type Part = NonNullable<ResourceSpec['bodyWhenService']>[number];

const KEY = `${CMK_SERVICE}.key`;
/** The vault's data-plane URI (public cloud): what encryption settings name, with the key's name. */
const VAULT_URI = 'https://{{name:keyVault.vault}}.vault.azure.net';
const PROJECT_IDENTITY = { '{{identityId}}': {} };
/** The project identity's client id: services that name their key's identity by client id. */
const IDENTITY_CLIENT_ID = '{{live:managedIdentity.identity:properties.clientId}}';
/** The key without a version (the service follows rotation), and the version current at deploy time. */
const KEY_URI = `{{live:${KEY}:properties.keyUri}}`;
const KEY_URI_WITH_VERSION = `{{live:${KEY}:properties.keyUriWithVersion}}`;
const KEY_VERSION = `{{live:${KEY}:properties.keyUriWithVersion|lastSegment}}`;
/** customerManagedKey.keyVersion: a version the user pins instead. */
const PINNED_VERSION = `{{option:${CMK_SERVICE}.keyVersion}}`;

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

/**
 * Cognitive Services accounts (Foundry, Azure OpenAI, Speech, Vision, Document Intelligence, Content Safety):
 * the key by name and version (a version is required: the account does not follow rotation) and the client id of
 * the user-assigned identity that reaches it, which the account must carry beside its system-assigned one.
 */
export const cognitiveCmk: Part[] = [
  {
    service: CMK_SERVICE,
    waitsFor: [KEY],
    set: {
      identity: { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
      properties: {
        encryption: {
          keySource: 'Microsoft.KeyVault',
          keyVaultProperties: {
            keyName: `{{name:${KEY}}}`,
            keyVersion: KEY_VERSION,
            keyVaultUri: VAULT_URI,
            identityClientId: IDENTITY_CLIENT_ID,
          },
        },
      },
    },
  },
  {
    service: CMK_SERVICE,
    option: 'keyVersion',
    set: { properties: { encryption: { keyVaultProperties: { keyVersion: PINNED_VERSION } } } },
  },
];

/** Foundry: as any Cognitive Services account, unless customerManagedKey.disableForFoundry keeps it on Microsoft's keys. */
export const foundryCmk: Part[] = cognitiveCmk.map((part) => ({
  ...part,
  unlessOption: 'disableForFoundry',
}));

/**
 * The project's container registry (Premium): the versionless key (the registry follows rotation) and the client
 * id of the identity that reaches it. Azure takes it only when the registry is created (createOnly on the spec).
 */
export const registryCmk: Part[] = [
  {
    service: CMK_SERVICE,
    waitsFor: [KEY],
    set: {
      identity: { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
      properties: {
        encryption: {
          status: 'enabled',
          keyVaultProperties: { identity: IDENTITY_CLIENT_ID, keyIdentifier: KEY_URI },
        },
      },
    },
  },
  {
    service: CMK_SERVICE,
    option: 'keyVersion',
    set: {
      properties: { encryption: { keyVaultProperties: { keyIdentifier: `${KEY_URI}/${PINNED_VERSION}` } } },
    },
  },
];

/**
 * Azure Machine Learning: the vault by id, the key with its version, and the user-assigned identity (by resource
 * id) the workspace reaches it with. Azure takes it only when the workspace is created (createOnly on the spec).
 */
export const workspaceCmk: Part[] = [
  {
    service: CMK_SERVICE,
    waitsFor: [KEY],
    set: {
      identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
      properties: {
        encryption: {
          status: 'Enabled',
          identity: { userAssignedIdentity: '{{identityId}}' },
          keyVaultProperties: {
            keyVaultArmId: '{{id:keyVault.vault}}',
            keyIdentifier: KEY_URI_WITH_VERSION,
          },
        },
      },
    },
  },
  {
    service: CMK_SERVICE,
    option: 'keyVersion',
    set: {
      properties: { encryption: { keyVaultProperties: { keyIdentifier: `${KEY_URI}/${PINNED_VERSION}` } } },
    },
  },
];

/** Where a registry's or a workspace's customer-managed key is switched on: Azure reads it only at creation. */
export const CMK_AT_CREATION = ['properties.encryption.status'];
