// Generic resources by id (incl. child and extension resources), list with $filter and paging, and the
// validation ARM and the resource providers apply — through the real ResourceManagementClient.
import {
  startHarness,
  errorOf,
  POLL,
  SUB,
  TENANT,
  apiVersionOf,
  rgId,
  raw,
  type Harness,
} from './helpers.js';

let h: Harness;
const RG = 'rg-res';
const STORAGE = 'Microsoft.Storage/storageAccounts';
const sv = apiVersionOf(STORAGE);
const storageId = (name: string, rg = RG) => `${rgId(rg)}/providers/${STORAGE}/${name}`;
const storageBody = (tags: Record<string, string> = {}) => ({
  location: 'swedencentral',
  sku: { name: 'Standard_LRS' },
  kind: 'StorageV2',
  properties: { minimumTlsVersion: 'TLS1_2' },
  tags,
});

beforeAll(async () => {
  h = await startHarness();
  await h.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
});
afterAll(() => h.close());

test('PUT, GET, PATCH, DELETE by id with long-running create and delete', async () => {
  const r = h.resources.resources;
  const id = storageId('stcrud');
  const created = await r.beginCreateOrUpdateByIdAndWait(id, sv, storageBody({ a: '1' }), POLL);
  expect(created).toMatchObject({ id, name: 'stcrud', type: STORAGE, kind: 'StorageV2', tags: { a: '1' } });
  expect(created.properties).toMatchObject({ provisioningState: 'Succeeded', minimumTlsVersion: 'TLS1_2' });
  expect((await r.checkExistenceById(id, sv)).body).toBe(true);
  const patched = await r.beginUpdateByIdAndWait(
    id,
    sv,
    { tags: { b: '2' }, properties: { allowBlobPublicAccess: false } },
    POLL,
  );
  expect(patched.tags).toEqual({ b: '2' });
  expect(patched.properties).toMatchObject({ minimumTlsVersion: 'TLS1_2', allowBlobPublicAccess: false });
  await r.beginDeleteByIdAndWait(id, sv, POLL);
  expect((await r.checkExistenceById(id, sv)).body).toBe(false);
  expect(await errorOf(r.getById(id, sv))).toMatchObject({ code: 'ResourceNotFound', statusCode: 404 });
  // Deleting what is gone is not an error in ARM.
  await r.beginDeleteByIdAndWait(id, sv, POLL);
});

test('child and extension resources: subnets, role assignments and diagnostic settings under a resource id', async () => {
  const r = h.resources.resources;
  const nv = apiVersionOf('Microsoft.Network/virtualNetworks');
  const vnetId = `${rgId(RG)}/providers/Microsoft.Network/virtualNetworks/vnet-x`;
  await r.beginCreateOrUpdateByIdAndWait(
    vnetId,
    nv,
    { location: 'swedencentral', properties: { addressSpace: { addressPrefixes: ['10.20.0.0/16'] } } },
    POLL,
  );
  const subnetId = `${vnetId}/subnets/genai`;
  const subnet = await r.beginCreateOrUpdateByIdAndWait(
    subnetId,
    apiVersionOf('Microsoft.Network/virtualNetworks/subnets'),
    { properties: { addressPrefix: '10.20.0.0/25' } },
    POLL,
  );
  expect(subnet.id).toBe(subnetId);

  const st = storageId('stext');
  await r.beginCreateOrUpdateByIdAndWait(st, sv, storageBody(), POLL);
  const raId = `${st}/providers/Microsoft.Authorization/roleAssignments/3f6a1c2e-6b1d-4f59-9a53-0c4f3b7bb001`;
  const rv = apiVersionOf('Microsoft.Authorization/roleAssignments');
  const ra = await r.beginCreateOrUpdateByIdAndWait(
    raId,
    rv,
    {
      properties: {
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe`,
        principalId: '7c1b2e3f-0000-4000-8000-000000000001',
        principalType: 'ServicePrincipal',
      },
    },
    POLL,
  );
  expect(ra.type).toBe('Microsoft.Authorization/roleAssignments');
  // The same role for the same principal on the same scope under another name: ARM's RoleAssignmentExists.
  const dup = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(
      raId.replace(/001$/, '002'),
      rv,
      { properties: ra.properties as Record<string, unknown> },
      POLL,
    ),
  );
  expect(dup).toMatchObject({ code: 'RoleAssignmentExists', statusCode: 409 });

  const diagId = `${st}/providers/Microsoft.Insights/diagnosticSettings/to-law`;
  const diag = await r.beginCreateOrUpdateByIdAndWait(
    diagId,
    apiVersionOf('Microsoft.Insights/diagnosticSettings'),
    {
      properties: {
        workspaceId: `${rgId(RG)}/providers/Microsoft.OperationalInsights/workspaces/law`,
        metrics: [{ category: 'AllMetrics', enabled: true }],
      },
    },
    POLL,
  );
  expect(diag.id).toBe(diagId);

  // Lists show tracked resources only: no subnets, role assignments or diagnostic settings.
  const listed: string[] = [];
  for await (const x of r.listByResourceGroup(RG)) listed.push(x.type as string);
  expect(listed.sort()).toEqual(['Microsoft.Network/virtualNetworks', STORAGE]);

  // Deleting the account takes its extension resources with it.
  await r.beginDeleteByIdAndWait(st, sv, POLL);
  expect((await r.checkExistenceById(raId, rv)).body).toBe(false);

  // A child under a missing parent and an extension on a missing scope.
  expect(
    await errorOf(
      r.beginCreateOrUpdateByIdAndWait(
        `${rgId(RG)}/providers/Microsoft.Network/virtualNetworks/none/subnets/s`,
        nv,
        { properties: { addressPrefix: '10.0.0.0/24' } },
        POLL,
      ),
    ),
  ).toMatchObject({ code: 'ParentResourceNotFound', statusCode: 404 });
  expect(
    await errorOf(
      r.beginCreateOrUpdateByIdAndWait(
        raId,
        rv,
        { properties: ra.properties as Record<string, unknown> },
        POLL,
      ),
    ),
  ).toMatchObject({ code: 'ResourceNotFound', statusCode: 404 });
});

test('listByResourceGroup filters by tag name/value and resource type, pages with nextLink; list by subscription', async () => {
  const r = h.resources.resources;
  await h.resources.resourceGroups.createOrUpdate('rg-list', { location: 'swedencentral' });
  for (const [name, tags] of [
    ['stlist1', { 'aifactory-managed-by': 'aifactory-flags', 'aifactory-project': 'prj001' }],
    ['stlist2', { 'aifactory-managed-by': 'aifactory-flags', 'aifactory-project': 'prj002' }],
    ['stlist3', { 'aifactory-managed-by': 'aifactory-flags', 'aifactory-project': 'prj001' }],
    ['stlist4', { other: 'x' }],
  ] as const) {
    await r.beginCreateOrUpdateByIdAndWait(storageId(name, 'rg-list'), sv, storageBody(tags), POLL);
  }
  const names = async (options: Parameters<typeof r.listByResourceGroup>[1]) => {
    const out: string[] = [];
    for await (const x of r.listByResourceGroup('rg-list', options)) out.push(x.name as string);
    return out;
  };
  expect(await names({ filter: "tagName eq 'aifactory-project' and tagValue eq 'prj001'" })).toEqual([
    'stlist1',
    'stlist3',
  ]);
  expect(await names({ filter: "tagName eq 'aifactory-managed-by'" })).toEqual([
    'stlist1',
    'stlist2',
    'stlist3',
  ]);
  expect(await names({ filter: `resourceType eq '${STORAGE}'` })).toHaveLength(4);
  // $top=1 gives one item per page; the SDK follows nextLink through all four.
  const before = h.emulator.stats().byOperation['resources/listByResourceGroup'] ?? 0;
  expect(await names({ top: 1 })).toEqual(['stlist1', 'stlist2', 'stlist3', 'stlist4']);
  expect((h.emulator.stats().byOperation['resources/listByResourceGroup'] ?? 0) - before).toBe(4);
  expect(await errorOf(names({ filter: "tags/x eq 'y'" }))).toMatchObject({
    code: 'InvalidFilterInQueryString',
    statusCode: 400,
  });
  const all: string[] = [];
  for await (const x of r.list({ filter: "tagName eq 'other'" })) all.push(x.id as string);
  expect(all).toEqual([storageId('stlist4', 'rg-list')]);
  expect(await errorOf(names({}).then(() => r.listByResourceGroup('rg-nope').next()))).toMatchObject({
    code: 'ResourceGroupNotFound',
  });
});

test('lists return createdTime, changedTime and provisioningState only with $expand; every write moves changedTime', async () => {
  const r = h.resources.resources;
  await h.resources.resourceGroups.createOrUpdate('rg-expand', { location: 'swedencentral' });
  const id = storageId('stexpand', 'rg-expand');
  await r.beginCreateOrUpdateByIdAndWait(id, sv, storageBody({ a: '1' }), POLL);
  const listed = async (expand?: string) => {
    const out = [];
    for await (const x of r.listByResourceGroup('rg-expand', expand ? { expand } : {})) out.push(x);
    expect(out).toHaveLength(1);
    return out[0];
  };
  const plain = await listed();
  expect(plain).toMatchObject({ id, sku: { name: 'Standard_LRS' }, kind: 'StorageV2' });
  expect([plain.createdTime, plain.changedTime, plain.provisioningState]).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
  expect(await listed('changedTime')).toMatchObject({ changedTime: expect.any(Date) });
  expect((await listed('changedTime')).createdTime).toBeUndefined();
  const first = await listed('createdTime,changedTime,provisioningState');
  expect(first.provisioningState).toBe('Succeeded');
  expect(first.createdTime!.getTime()).toBeLessThanOrEqual(first.changedTime!.getTime());

  const later = async (write: () => Promise<unknown>) => {
    const before = (await listed('createdTime,changedTime')).changedTime!.getTime();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await write();
    const after = await listed('createdTime,changedTime');
    expect(after.changedTime!.getTime()).toBeGreaterThan(before);
    expect(after.createdTime).toEqual(first.createdTime);
  };
  // A tag write through the Tags API, a PATCH, and a PUT each move it.
  await later(() =>
    h.resources.tagsOperations.beginUpdateAtScopeAndWait(id, {
      operation: 'Merge',
      properties: { tags: { b: '2' } },
    }),
  );
  await later(() => r.beginUpdateByIdAndWait(id, sv, { properties: { allowBlobPublicAccess: false } }, POLL));
  await later(() => r.beginCreateOrUpdateByIdAndWait(id, sv, storageBody({ a: '1' }), POLL));
});

test('unknown type, namespace and api-version are refused with ARM codes listing the valid versions', async () => {
  const r = h.resources.resources;
  const badVersion = await errorOf(
    r.beginCreateOrUpdateByIdAndWait(storageId('stver'), '2001-01-01', storageBody(), POLL),
  );
  expect(badVersion).toMatchObject({ code: 'NoRegisteredProviderFound', statusCode: 400 });
  expect(badVersion.message).toContain(sv);
  const badType = await errorOf(r.getById(`${rgId(RG)}/providers/Microsoft.Storage/storageAccountz/x`, sv));
  expect(badType).toMatchObject({ code: 'InvalidResourceType', statusCode: 400 });
  const badNamespace = await errorOf(
    r.getById(`${rgId(RG)}/providers/Microsoft.Nope/things/x`, '2024-01-01'),
  );
  expect(badNamespace).toMatchObject({ code: 'InvalidResourceNamespace', statusCode: 400 });
});

test('bodies Azure rejects fail here too: location, names, required fields', async () => {
  const r = h.resources.resources;
  const put = (id: string, version: string, body: object) =>
    errorOf(r.beginCreateOrUpdateByIdAndWait(id, version, body, POLL));
  expect(await put(storageId('stnoloc'), sv, { ...storageBody(), location: undefined })).toMatchObject({
    code: 'LocationRequired',
  });
  const name = await put(storageId('St-Upper'), sv, storageBody());
  expect(name.code).toBe('AccountNameInvalid');
  expect(name.message).toContain('between 3 and 24 characters');
  expect(await put(storageId('stnosku'), sv, { ...storageBody(), sku: undefined })).toMatchObject({
    code: 'InvalidRequestContent',
  });
  const kv = apiVersionOf('Microsoft.KeyVault/vaults');
  const vaultId = (n: string) => `${rgId(RG)}/providers/Microsoft.KeyVault/vaults/${n}`;
  expect(
    await put(vaultId('kv--double'), kv, {
      location: 'swedencentral',
      properties: { tenantId: TENANT, sku: { family: 'A', name: 'standard' } },
    }),
  ).toMatchObject({ code: 'VaultNameNotValid' });
  const noTenant = await put(vaultId('kv-notenant'), kv, {
    location: 'swedencentral',
    properties: { sku: { family: 'A', name: 'standard' } },
  });
  expect(noTenant.code).toBe('InvalidRequestContent');
  expect(noTenant.message).toContain("'tenantId'");
  expect(
    await put(
      `${rgId(RG)}/providers/Microsoft.Search/searchServices/srch-x`,
      apiVersionOf('Microsoft.Search/searchServices'),
      { location: 'swedencentral' },
    ),
  ).toMatchObject({ code: 'InvalidRequestContent' });
  expect(await put(storageId('stmissingrg', 'rg-absent'), sv, storageBody())).toMatchObject({
    code: 'ResourceGroupNotFound',
  });
});

test('a system-assigned identity gets a principal id, as Azure fills it in', async () => {
  const id = `${rgId(RG)}/providers/Microsoft.Search/searchServices/srch-identity`;
  const created = await h.resources.resources.beginCreateOrUpdateByIdAndWait(
    id,
    apiVersionOf('Microsoft.Search/searchServices'),
    {
      location: 'swedencentral',
      sku: { name: 'basic' },
      identity: { type: 'SystemAssigned' },
    },
    POLL,
  );
  expect(created.identity?.principalId).toMatch(/^[0-9a-f-]{36}$/);
});

test('two writes to the same resource at once: the second gets 409 AnotherOperationInProgress', async () => {
  // A slower emulator so the first write is still provisioning when the second arrives.
  const slow = await startHarness({ timeScale: 0.05 });
  try {
    await slow.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
    const id = storageId('stbusy');
    const first = await slow.resources.resources.beginCreateOrUpdateById(id, sv, storageBody(), POLL);
    const second = await errorOf(
      slow.resources.resources.beginCreateOrUpdateByIdAndWait(id, sv, storageBody({ x: '1' }), POLL),
    );
    expect(second).toMatchObject({ code: 'AnotherOperationInProgress', statusCode: 409 });
    await first.pollUntilDone();
    const res = await raw(slow.emulator.url, 'GET', `${id}?api-version=${sv}`);
    expect(res.body.properties.provisioningState).toBe('Succeeded');
  } finally {
    await slow.close();
  }
});
