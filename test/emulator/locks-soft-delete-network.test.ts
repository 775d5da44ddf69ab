// Management locks, soft-deleted key vaults and Cognitive Services accounts (purge, recover, restore), and
// subnets guarded by private endpoints — through the real ResourceManagementClient.
import {
  startHarness,
  errorOf,
  raw,
  POLL,
  SUB,
  TENANT,
  apiVersionOf,
  rgId,
  type Harness,
} from './helpers.js';

let h: Harness;
const RG = 'rg-guard';
const sv = apiVersionOf('Microsoft.Storage/storageAccounts');
const lv = apiVersionOf('Microsoft.Authorization/locks');
const kv = apiVersionOf('Microsoft.KeyVault/vaults');
const cv = apiVersionOf('Microsoft.CognitiveServices/accounts');
const nv = apiVersionOf('Microsoft.Network/virtualNetworks');
const snv = apiVersionOf('Microsoft.Network/virtualNetworks/subnets');
const pev = apiVersionOf('Microsoft.Network/privateEndpoints');
const storageBody = { location: 'swedencentral', sku: { name: 'Standard_LRS' }, kind: 'StorageV2' };
const vaultBody = (extra: Record<string, unknown> = {}) => ({
  location: 'swedencentral',
  properties: {
    tenantId: TENANT,
    sku: { family: 'A', name: 'standard' },
    enableRbacAuthorization: true,
    ...extra,
  },
});
const accountBody = (extra: Record<string, unknown> = {}) => ({
  location: 'swedencentral',
  kind: 'AIServices',
  sku: { name: 'S0' },
  properties: { customSubDomainName: 'ais-guard', ...extra },
});

beforeAll(async () => {
  h = await startHarness();
  await h.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
});
afterAll(() => h.close());

test('a CanNotDelete lock blocks deleting the resource and its group with ScopeLocked; removing it lifts the block', async () => {
  const r = h.resources.resources;
  const st = `${rgId(RG)}/providers/Microsoft.Storage/storageAccounts/stlocked`;
  await r.beginCreateOrUpdateByIdAndWait(st, sv, storageBody, POLL);
  const lockId = `${st}/providers/Microsoft.Authorization/locks/keep`;
  await r.beginCreateOrUpdateByIdAndWait(
    lockId,
    lv,
    { properties: { level: 'CanNotDelete', notes: 'data' } },
    POLL,
  );
  const blocked = await errorOf(r.beginDeleteByIdAndWait(st, sv, POLL));
  expect(blocked).toMatchObject({ code: 'ScopeLocked', statusCode: 409 });
  expect(blocked.message).toBe(
    `The scope '${st}' cannot perform delete operation because following scope(s) are locked: '${st}'. Please remove the lock and try again.`,
  );
  const group = await errorOf(h.resources.resourceGroups.beginDeleteAndWait(RG, POLL));
  expect(group).toMatchObject({ code: 'ScopeLocked', statusCode: 409 });
  // Writes are still allowed under CanNotDelete.
  await r.beginUpdateByIdAndWait(st, sv, { tags: { still: 'writable' } }, POLL);
  await r.beginDeleteByIdAndWait(lockId, lv, POLL);
  await r.beginDeleteByIdAndWait(st, sv, POLL);
  expect((await r.checkExistenceById(st, sv)).body).toBe(false);
  expect(
    await errorOf(
      r.beginCreateOrUpdateByIdAndWait(
        lockId.replace('stlocked', 'x'),
        lv,
        { properties: { level: 'CanNotDelete' } },
        POLL,
      ),
    ),
  ).toMatchObject({ code: 'ResourceNotFound', statusCode: 404 });
});

test('a ReadOnly lock on the group blocks writes and deletes beneath it', async () => {
  await h.resources.resourceGroups.createOrUpdate('rg-ro', { location: 'swedencentral' });
  const r = h.resources.resources;
  const st = `${rgId('rg-ro')}/providers/Microsoft.Storage/storageAccounts/stro`;
  await r.beginCreateOrUpdateByIdAndWait(st, sv, storageBody, POLL);
  const lockId = `${rgId('rg-ro')}/providers/Microsoft.Authorization/locks/freeze`;
  expect(
    await errorOf(r.beginCreateOrUpdateByIdAndWait(lockId, lv, { properties: { level: 'Sometimes' } }, POLL)),
  ).toMatchObject({ code: 'LockLevelInvalid' });
  await r.beginCreateOrUpdateByIdAndWait(lockId, lv, { properties: { level: 'ReadOnly' } }, POLL);
  const write = await errorOf(r.beginUpdateByIdAndWait(st, sv, { tags: { a: 'b' } }, POLL));
  expect(write.code).toBe('ScopeLocked');
  expect(write.message).toContain('cannot perform write operation');
  expect(await errorOf(r.beginDeleteByIdAndWait(st, sv, POLL))).toMatchObject({ code: 'ScopeLocked' });
  const locks = await raw(
    h.emulator.url,
    'GET',
    `${rgId('rg-ro')}/providers/Microsoft.Authorization/locks?api-version=${lv}`,
  );
  expect(locks.body.value.map((l: { name: string }) => l.name)).toEqual(['freeze']);
  await r.beginDeleteByIdAndWait(lockId, lv, POLL);
  await h.resources.resourceGroups.beginDeleteAndWait('rg-ro', POLL);
});

test('a deleted key vault is soft-deleted: listed, blocks its name, recovered with createMode recover, purged', async () => {
  const r = h.resources.resources;
  const id = `${rgId(RG)}/providers/Microsoft.KeyVault/vaults/kv-soft-1`;
  await r.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody({ tags: undefined }), POLL);
  await r.beginDeleteByIdAndWait(id, kv, POLL);
  const deletedId = `/subscriptions/${SUB}/providers/Microsoft.KeyVault/locations/swedencentral/deletedVaults/kv-soft-1`;
  const deleted = await r.getById(deletedId, kv);
  expect(deleted.properties).toMatchObject({
    vaultId: id,
    location: 'swedencentral',
    purgeProtectionEnabled: false,
  });
  const list = await raw(
    h.emulator.url,
    'GET',
    `/subscriptions/${SUB}/providers/Microsoft.KeyVault/deletedVaults?api-version=${kv}`,
  );
  expect(list.body.value.map((v: { name: string }) => v.name)).toContain('kv-soft-1');

  const conflict = await errorOf(r.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody(), POLL));
  expect(conflict).toMatchObject({ code: 'ConflictError', statusCode: 409 });
  expect(conflict.message).toContain('A vault with the same name already exists in deleted state');

  const recovered = await r.beginCreateOrUpdateByIdAndWait(
    id,
    kv,
    { location: 'swedencentral', properties: { createMode: 'recover' } },
    POLL,
  );
  expect(recovered.properties).toMatchObject({ tenantId: TENANT, enableRbacAuthorization: true });
  expect(await errorOf(r.getById(deletedId, kv))).toMatchObject({ statusCode: 404 });

  await r.beginDeleteByIdAndWait(id, kv, POLL);
  const purge = await raw(h.emulator.url, 'POST', `${deletedId}/purge?api-version=${kv}`);
  expect(purge.status).toBe(202);
  const poll = purge.headers.get('location') as string;
  let status = 202;
  while (status === 202) status = (await fetch(poll, { headers: { authorization: 'Bearer x' } })).status;
  expect(status).toBeLessThan(300);
  await r.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody(), POLL); // the name is free again
  const noSuch = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(
      id.replace('kv-soft-1', 'kv-never'),
      kv,
      { location: 'swedencentral', properties: { createMode: 'recover' } },
      POLL,
    ),
  );
  expect(noSuch.code).toBe('SoftDeletedVaultDoesNotExist');
});

test('purge protection: purge is refused, the flag cannot be turned off, recover keeps it', async () => {
  const r = h.resources.resources;
  const id = `${rgId(RG)}/providers/Microsoft.KeyVault/vaults/kv-protected`;
  await r.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody({ enablePurgeProtection: true }), POLL);
  const off = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody({ enablePurgeProtection: false }), POLL),
  );
  expect(off.message).toContain('cannot be set to false');
  await r.beginDeleteByIdAndWait(id, kv, POLL);
  const deletedId = `/subscriptions/${SUB}/providers/Microsoft.KeyVault/locations/swedencentral/deletedVaults/kv-protected`;
  const purge = await raw(h.emulator.url, 'POST', `${deletedId}/purge?api-version=${kv}`);
  expect(purge.status).toBe(409);
  expect(purge.body.error.message).toContain("Operation 'DeletedVaultPurge' is not allowed.");
  const recovered = await r.beginCreateOrUpdateByIdAndWait(
    id,
    kv,
    { location: 'swedencentral', properties: { createMode: 'recover' } },
    POLL,
  );
  expect(recovered.properties).toMatchObject({ enablePurgeProtection: true });
});

test('a deleted Cognitive Services account is soft-deleted: FlagMustBeSetForRestore, restore, purge by DELETE', async () => {
  const r = h.resources.resources;
  const id = `${rgId(RG)}/providers/Microsoft.CognitiveServices/accounts/ais-guard`;
  await r.beginCreateOrUpdateByIdAndWait(id, cv, accountBody(), POLL);
  await r.beginDeleteByIdAndWait(id, cv, POLL);
  const deletedId = `/subscriptions/${SUB}/providers/Microsoft.CognitiveServices/locations/swedencentral/resourceGroups/${RG}/deletedAccounts/ais-guard`;
  expect((await r.getById(deletedId, cv)).kind).toBe('AIServices');
  const list = await raw(
    h.emulator.url,
    'GET',
    `/subscriptions/${SUB}/providers/Microsoft.CognitiveServices/deletedAccounts?api-version=${cv}`,
  );
  expect(list.body.value.map((a: { id: string }) => a.id)).toEqual([deletedId]);
  const conflict = await errorOf(r.beginCreateOrUpdateByIdAndWait(id, cv, accountBody(), POLL));
  expect(conflict).toMatchObject({ code: 'FlagMustBeSetForRestore', statusCode: 409 });
  await r.beginCreateOrUpdateByIdAndWait(id, cv, accountBody({ restore: true }), POLL);
  await r.beginDeleteByIdAndWait(id, cv, POLL);
  await r.beginDeleteByIdAndWait(deletedId, cv, POLL); // purge
  expect(await errorOf(r.getById(deletedId, cv))).toMatchObject({ statusCode: 404 });
  await r.beginCreateOrUpdateByIdAndWait(id, cv, accountBody(), POLL);
});

test('deleting a resource group soft-deletes the vaults in it', async () => {
  await h.resources.resourceGroups.createOrUpdate('rg-gone', { location: 'swedencentral' });
  const id = `${rgId('rg-gone')}/providers/Microsoft.KeyVault/vaults/kv-in-gone-rg`;
  await h.resources.resources.beginCreateOrUpdateByIdAndWait(id, kv, vaultBody(), POLL);
  await h.resources.resourceGroups.beginDeleteAndWait('rg-gone', POLL);
  const deleted = await h.resources.resources.getById(
    `/subscriptions/${SUB}/providers/Microsoft.KeyVault/locations/swedencentral/deletedVaults/kv-in-gone-rg`,
    kv,
  );
  expect(deleted.properties).toMatchObject({ vaultId: id });
});

test('subnets: ranges inside the VNet and not overlapping; in use by a private endpoint they cannot be deleted', async () => {
  const r = h.resources.resources;
  const vnet = `${rgId(RG)}/providers/Microsoft.Network/virtualNetworks/vnet-guard`;
  await r.beginCreateOrUpdateByIdAndWait(
    vnet,
    nv,
    {
      location: 'swedencentral',
      properties: {
        addressSpace: { addressPrefixes: ['10.40.0.0/16'] },
        subnets: [{ name: 'first', properties: { addressPrefix: '10.40.0.0/24' } }],
      },
    },
    POLL,
  );
  const subnet = (name: string, prefix: string) =>
    r.beginCreateOrUpdateByIdAndWait(
      `${vnet}/subnets/${name}`,
      snv,
      { properties: { addressPrefix: prefix } },
      POLL,
    );
  await subnet('genai', '10.40.1.0/25');
  expect(await errorOf(subnet('overlap', '10.40.1.0/26'))).toMatchObject({
    code: 'NetcfgSubnetRangesOverlap',
    statusCode: 400,
  });
  expect(await errorOf(subnet('outside', '10.41.0.0/24'))).toMatchObject({
    code: 'NetcfgSubnetRangeOutsideVnet',
    statusCode: 400,
  });
  expect(await errorOf(subnet('malformed', '10.40.2.7/24'))).toMatchObject({
    code: 'NetcfgInvalidSubnet',
    statusCode: 400,
  });
  const got = await r.getById(vnet, nv);
  expect((got.properties as { subnets: { name: string }[] }).subnets.map((s) => s.name)).toEqual([
    'first',
    'genai',
  ]);

  const pe = `${rgId(RG)}/providers/Microsoft.Network/privateEndpoints/pe-guard`;
  const missingSubnet = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(
      pe,
      pev,
      { location: 'swedencentral', properties: { subnet: { id: `${vnet}/subnets/none` } } },
      POLL,
    ),
  );
  expect(missingSubnet.code).toBe('InvalidResourceReference');
  await r.beginCreateOrUpdateByIdAndWait(
    pe,
    pev,
    { location: 'swedencentral', properties: { subnet: { id: `${vnet}/subnets/genai` } } },
    POLL,
  );
  const inUse = await errorOf(r.beginDeleteByIdAndWait(`${vnet}/subnets/genai`, snv, POLL));
  expect(inUse).toMatchObject({ code: 'InUseSubnetCannotBeDeleted', statusCode: 400 });
  expect(inUse.message).toContain(pe);
  // A VNet PUT that leaves the subnet out would delete it: refused the same way.
  const vnetPut = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(
      vnet,
      nv,
      { location: 'swedencentral', properties: { addressSpace: { addressPrefixes: ['10.40.0.0/16'] } } },
      POLL,
    ),
  );
  expect(vnetPut.code).toBe('InUseSubnetCannotBeDeleted');
  await r.beginDeleteByIdAndWait(pe, pev, POLL);
  await r.beginDeleteByIdAndWait(`${vnet}/subnets/genai`, snv, POLL);
  const after = await r.getById(vnet, nv);
  expect((after.properties as { subnets: { name: string }[] }).subnets.map((s) => s.name)).toEqual(['first']);
});
