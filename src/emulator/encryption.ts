// Customer-managed key settings as the resource providers check them, where that is cheap: the key a body names
// exists in the vault (in the version it names), the identity it names is attached to the resource and is a
// user-assigned identity of that client id, and what Azure takes only at creation (a registry's or an ML
// workspace's encryption) is not switched on or off on an existing resource. The wording is the emulator's own;
// the codes are ARM's generic ones for a request the provider refuses.
import { ArmError } from './errors.js';
import { keyOf, type ResourceRef } from './ids.js';
import type { StoredResource } from './store.js';

const KEY = 'microsoft.keyvault/vaults/keys';
const USER_ASSIGNED = 'microsoft.managedidentity/userassignedidentities';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the checks read of the emulated world. */
export interface EncryptionWorld {
  resource(id: string): StoredResource | undefined;
  all(): StoredResource[];
}

/** The data-plane URI of a vault key as the emulator reports it (`properties.keyUri`). */
export function keyUriOf(vaultName: string, keyName: string): string {
  return `https://${vaultName}.vault.azure.net/keys/${keyName}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function refused(message: string): ArmError {
  return new ArmError(400, 'BadRequest', message);
}

const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : undefined);

/** The stored key a URI names (versionless or with a version); undefined when the vault has no such key. */
function keyNamed(
  world: EncryptionWorld,
  uri: string,
): { key: StoredResource; version?: string } | undefined {
  const m = /^(https:\/\/[^/]+\/keys\/[^/]+)(?:\/([^/]+))?\/?$/i.exec(uri);
  if (!m) return undefined;
  const key = world
    .all()
    .find(
      (r) =>
        r.type.toLowerCase() === KEY &&
        isObject(r.body.properties) &&
        lower(r.body.properties.keyUri) === m[1].toLowerCase(),
    );
  return key ? { key, version: m[2] } : undefined;
}

function currentVersion(key: StoredResource): string | undefined {
  const props = isObject(key.body.properties) ? key.body.properties : {};
  const uri = props.keyUriWithVersion;
  return typeof uri === 'string' ? uri.split('/').pop() : undefined;
}

function requireKey(world: EncryptionWorld, uri: string, what: string, needsVersion: boolean): void {
  const found = keyNamed(world, uri);
  if (!found) throw refused(`${what}: the key '${uri}' was not found in its vault.`);
  if (needsVersion && !found.version)
    throw refused(`${what}: the key identifier '${uri}' must name a key version.`);
  if (found.version && found.version !== currentVersion(found.key))
    throw refused(`${what}: the key '${uri}' has no version '${found.version}'.`);
}

/** User-assigned identities attached to the body (`identity.userAssignedIdentities`), by lower-case id. */
function attachedIdentities(
  world: EncryptionWorld,
  body: Record<string, unknown>,
): Map<string, StoredResource> {
  const out = new Map<string, StoredResource>();
  const identity = isObject(body.identity) ? body.identity : undefined;
  if (!identity || !/userassigned/i.test(String(identity.type ?? ''))) return out;
  for (const id of Object.keys(
    isObject(identity.userAssignedIdentities) ? identity.userAssignedIdentities : {},
  )) {
    const found = world.resource(id);
    if (found && found.type.toLowerCase() === USER_ASSIGNED) out.set(keyOf(id), found);
  }
  return out;
}

function requireAttachedClientId(
  world: EncryptionWorld,
  body: Record<string, unknown>,
  clientId: unknown,
  what: string,
): void {
  if (typeof clientId !== 'string' || !GUID.test(clientId))
    throw refused(
      `${what}: '${String(clientId)}' is not the client id (a GUID) of a user-assigned identity.`,
    );
  const match = [...attachedIdentities(world, body).values()].some(
    (r) => isObject(r.body.properties) && lower(r.body.properties.clientId) === clientId.toLowerCase(),
  );
  if (!match)
    throw refused(
      `${what}: no user-assigned identity with client id '${clientId}' is attached to the resource (identity.userAssignedIdentities).`,
    );
}

function requireString(value: unknown, name: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw refused(`${what}: '${name}' is required with a customer-managed key.`);
  return value;
}

function cognitive(world: EncryptionWorld, body: Record<string, unknown>): void {
  const props = isObject(body.properties) ? body.properties : {};
  const encryption = isObject(props.encryption) ? props.encryption : undefined;
  if (lower(encryption?.keySource) !== 'microsoft.keyvault') return;
  const what = 'properties.encryption';
  const kv = isObject(encryption!.keyVaultProperties) ? encryption!.keyVaultProperties : {};
  const name = requireString(kv.keyName, 'keyVaultProperties.keyName', what);
  const version = requireString(kv.keyVersion, 'keyVaultProperties.keyVersion', what);
  const vault = requireString(kv.keyVaultUri, 'keyVaultProperties.keyVaultUri', what);
  requireKey(world, `${vault.replace(/\/+$/, '')}/keys/${name}/${version}`, what, true);
  if (kv.identityClientId !== undefined) requireAttachedClientId(world, body, kv.identityClientId, what);
}

function registry(world: EncryptionWorld, body: Record<string, unknown>): void {
  const props = isObject(body.properties) ? body.properties : {};
  const encryption = isObject(props.encryption) ? props.encryption : undefined;
  if (lower(encryption?.status) !== 'enabled') return;
  const what = 'properties.encryption';
  if (!isObject(body.sku) || lower(body.sku.name) !== 'premium')
    throw refused(`${what}: customer-managed keys need the Premium registry SKU.`);
  const kv = isObject(encryption!.keyVaultProperties) ? encryption!.keyVaultProperties : {};
  requireKey(world, requireString(kv.keyIdentifier, 'keyVaultProperties.keyIdentifier', what), what, false);
  requireAttachedClientId(world, body, kv.identity, `${what}.keyVaultProperties.identity`);
}

function workspace(world: EncryptionWorld, body: Record<string, unknown>): void {
  const props = isObject(body.properties) ? body.properties : {};
  const encryption = isObject(props.encryption) ? props.encryption : undefined;
  if (lower(encryption?.status) !== 'enabled') return;
  const what = 'properties.encryption';
  const kv = isObject(encryption!.keyVaultProperties) ? encryption!.keyVaultProperties : {};
  const vaultId = requireString(kv.keyVaultArmId, 'keyVaultProperties.keyVaultArmId', what);
  if (!world.resource(vaultId)) throw refused(`${what}: the key vault '${vaultId}' was not found.`);
  requireKey(world, requireString(kv.keyIdentifier, 'keyVaultProperties.keyIdentifier', what), what, true);
  const identity = isObject(encryption!.identity) ? encryption!.identity.userAssignedIdentity : undefined;
  if (identity !== undefined && !attachedIdentities(world, body).has(keyOf(String(identity))))
    throw refused(
      `${what}.identity: the user-assigned identity '${String(identity)}' is not attached to the workspace (identity.userAssignedIdentities).`,
    );
}

/** Encryption Azure takes only when the resource is created: switching it on or off later is refused. */
const AT_CREATION_ONLY: Record<
  string,
  { what: string; enabled: (body: Record<string, unknown>) => boolean }
> = {
  'microsoft.containerregistry/registries': {
    what: 'A registry takes a customer-managed key only when it is created, and keeps it for good',
    enabled: (b) =>
      lower((b.properties as { encryption?: { status?: unknown } })?.encryption?.status) === 'enabled',
  },
  'microsoft.machinelearningservices/workspaces': {
    what: 'A workspace takes a customer-managed key only when it is created, and keeps it for good',
    enabled: (b) =>
      lower((b.properties as { encryption?: { status?: unknown } })?.encryption?.status) === 'enabled',
  },
};

const CHECKS: Record<string, (world: EncryptionWorld, body: Record<string, unknown>) => void> = {
  'microsoft.cognitiveservices/accounts': cognitive,
  'microsoft.containerregistry/registries': registry,
  'microsoft.machinelearningservices/workspaces': workspace,
};

/** Checks the customer-managed key settings of a write; throws ARM's error for what the provider refuses. */
export function checkEncryption(
  world: EncryptionWorld,
  ref: ResourceRef,
  body: Record<string, unknown>,
  existing: StoredResource | undefined,
): void {
  const type = ref.type.toLowerCase();
  const once = AT_CREATION_ONLY[type];
  if (once && existing && once.enabled(existing.body) !== once.enabled(body))
    throw refused(
      `${once.what}: '${ref.name}' ${once.enabled(existing.body) ? 'has one' : 'was created without one'}.`,
    );
  CHECKS[type]?.(world, body);
}
