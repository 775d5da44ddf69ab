// Resource groups, tags, authentication and ARM's error envelope, through the real ResourceManagementClient.
import { startHarness, errorOf, raw, POLL, SUB, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ pageSize: 2 });
});
afterAll(() => h.close());

test('create, update, get, check existence, list with paging, update tags, delete as a long-running operation', async () => {
  const rgs = h.resources.resourceGroups;
  const created = await rgs.createOrUpdate('rg-a', { location: 'swedencentral', tags: { team: 'x' } });
  expect(created).toMatchObject({ name: 'rg-a', location: 'swedencentral', tags: { team: 'x' } });
  expect(created.properties?.provisioningState).toBe('Succeeded');
  const updated = await rgs.createOrUpdate('rg-a', { location: 'swedencentral', tags: { team: 'y' } });
  expect(updated.tags).toEqual({ team: 'y' });
  for (const name of ['rg-b', 'rg-c']) await rgs.createOrUpdate(name, { location: 'swedencentral' });

  expect((await rgs.get('rg-a')).id).toBe(`/subscriptions/${SUB}/resourceGroups/rg-a`);
  expect((await rgs.checkExistence('rg-a')).body).toBe(true);
  expect((await rgs.checkExistence('rg-none')).body).toBe(false);

  const names: string[] = [];
  for await (const g of rgs.list()) names.push(g.name as string);
  expect(names).toEqual(['rg-a', 'rg-b', 'rg-c']); // three items over two pages (page size 2)
  const tagged: string[] = [];
  for await (const g of rgs.list({ filter: "tagName eq 'team' and tagValue eq 'y'" }))
    tagged.push(g.name as string);
  expect(tagged).toEqual(['rg-a']);

  const patched = await rgs.update('rg-b', { tags: { owner: 'me' } });
  expect(patched.tags).toEqual({ owner: 'me' });

  await rgs.beginDeleteAndWait('rg-c', POLL);
  expect((await rgs.checkExistence('rg-c')).body).toBe(false);
  expect(h.emulator.stats().byOperation['resourceGroups/list']).toBeGreaterThanOrEqual(2);
});

test('tags at a scope: replace, merge, delete', async () => {
  await h.resources.resourceGroups.createOrUpdate('rg-tags', { location: 'swedencentral', tags: { a: '1' } });
  const scope = `/subscriptions/${SUB}/resourceGroups/rg-tags`;
  const tags = h.resources.tagsOperations;
  await tags.beginCreateOrUpdateAtScopeAndWait(scope, { properties: { tags: { b: '2' } } }, POLL);
  expect((await tags.getAtScope(scope)).properties.tags).toEqual({ b: '2' });
  await tags.beginUpdateAtScopeAndWait(scope, { operation: 'Merge', properties: { tags: { c: '3' } } }, POLL);
  expect((await h.resources.resourceGroups.get('rg-tags')).tags).toEqual({ b: '2', c: '3' });
  await tags.beginUpdateAtScopeAndWait(scope, { operation: 'Delete', properties: { tags: { b: '' } } }, POLL);
  expect((await tags.getAtScope(scope)).properties.tags).toEqual({ c: '3' });
});

test('ARM errors for missing groups, location, a changed location and bad names', async () => {
  const rgs = h.resources.resourceGroups;
  const missing = await errorOf(rgs.get('rg-missing'));
  expect(missing).toMatchObject({ code: 'ResourceGroupNotFound', statusCode: 404 });
  expect(missing.message).toBe("Resource group 'rg-missing' could not be found.");
  // The SDK checks `location` itself, so send the body raw to see the server's answer.
  const noLocation = await raw(
    h.emulator.url,
    'PUT',
    `/subscriptions/${SUB}/resourcegroups/rg-noloc?api-version=2024-03-01`,
    {},
  );
  expect(noLocation.status).toBe(400);
  expect(noLocation.body.error.code).toBe('LocationRequired');
  await rgs.createOrUpdate('rg-loc', { location: 'swedencentral' });
  expect(await errorOf(rgs.createOrUpdate('rg-loc', { location: 'westeurope' }))).toMatchObject({
    code: 'InvalidResourceGroupLocation',
    statusCode: 409,
  });
  expect(await errorOf(rgs.createOrUpdate('ends-with-dot.', { location: 'swedencentral' }))).toMatchObject({
    code: 'InvalidResourceGroupName',
  });
  expect(await errorOf(rgs.beginDeleteAndWait('rg-missing', POLL))).toMatchObject({
    code: 'ResourceGroupNotFound',
  });
});

test('requests without a bearer token get 401 AuthenticationFailed in the ARM envelope', async () => {
  const res = await raw(
    h.emulator.url,
    'GET',
    `/subscriptions/${SUB}/resourcegroups?api-version=2024-03-01`,
    undefined,
    {},
  );
  expect(res.status).toBe(401);
  expect(res.body).toEqual({
    error: {
      code: 'AuthenticationFailed',
      message: "Authentication failed. The 'Authorization' header is missing.",
    },
  });
  const basic = await raw(
    h.emulator.url,
    'GET',
    `/subscriptions/${SUB}/resourcegroups?api-version=2024-03-01`,
    undefined,
    {
      authorization: 'Basic abc',
    },
  );
  expect(basic.status).toBe(401);
});

test('api-version is required and checked; unknown paths and bad JSON get ARM errors', async () => {
  const url = h.emulator.url;
  const noVersion = await raw(url, 'GET', `/subscriptions/${SUB}/resourcegroups`);
  expect(noVersion.body.error.code).toBe('MissingApiVersionParameter');
  const badVersion = await raw(url, 'GET', `/subscriptions/${SUB}/resourcegroups?api-version=1999-01-01`);
  expect(badVersion.status).toBe(400);
  expect(badVersion.body.error.code).toBe('InvalidApiVersionParameter');
  expect(badVersion.body.error.message).toContain('2024-03-01');
  const unknown = await raw(url, 'GET', '/tenants?api-version=2024-03-01');
  expect(unknown.status).toBe(404);
  const res = await fetch(`${url}/subscriptions/${SUB}/resourcegroups/rg-json?api-version=2024-03-01`, {
    method: 'PUT',
    headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
    body: '{not json',
  });
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('InvalidRequestContent');
});
