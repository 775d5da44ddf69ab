// Deployments of concrete templates through the real DeploymentsClient: LRO states, dependsOn order,
// operations, preflight and template errors, what-if, validate, subscription scope and concurrency.
import { startHarness, errorOf, POLL, SUB, apiVersionOf, rgId, raw, type Harness } from './helpers.js';

let h: Harness;
const RG = 'rg-dep';
const nv = apiVersionOf('Microsoft.Network/virtualNetworks');
const snv = apiVersionOf('Microsoft.Network/virtualNetworks/subnets');
const pev = apiVersionOf('Microsoft.Network/privateEndpoints');
const sv = apiVersionOf('Microsoft.Storage/storageAccounts');
const vnetId = `${rgId(RG)}/providers/Microsoft.Network/virtualNetworks/vnet-dep`;

const template = (resources: object[]) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  contentVersion: '1.0.0.0',
  resources,
});
const storage = (name: string, extra: object = {}) => ({
  type: 'Microsoft.Storage/storageAccounts',
  apiVersion: sv,
  name,
  location: 'swedencentral',
  sku: { name: 'Standard_LRS' },
  kind: 'StorageV2',
  properties: { minimumTlsVersion: 'TLS1_2' },
  ...extra,
});
const deploy = (name: string, resources: object[], rg = RG) =>
  h.deployments.deployments
    .createOrUpdate(rg, name, { properties: { mode: 'Incremental', template: template(resources) } }, POLL)
    .pollUntilDone();

beforeAll(async () => {
  h = await startHarness();
  await h.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
});
afterAll(() => h.close());

test('a template deploys in dependsOn order (VNet → subnet → private endpoint → storage role assignment) and lists its operations', async () => {
  const storageId = `${rgId(RG)}/providers/Microsoft.Storage/storageAccounts/stdep1`;
  const subnetId = `${vnetId}/subnets/genai`;
  // Listed in reverse: only dependsOn makes this work (the endpoint needs the subnet to exist).
  const result = await deploy('svc-network', [
    {
      type: 'Microsoft.Network/privateEndpoints',
      apiVersion: pev,
      name: 'pe-stdep1',
      location: 'swedencentral',
      properties: {
        subnet: { id: subnetId },
        privateLinkServiceConnections: [
          { name: 'blob', properties: { privateLinkServiceId: storageId, groupIds: ['blob'] } },
        ],
      },
      dependsOn: [subnetId, storageId],
    },
    {
      type: 'Microsoft.Authorization/roleAssignments',
      apiVersion: apiVersionOf('Microsoft.Authorization/roleAssignments'),
      name: '5d0b7a1e-1111-4c2b-9a7e-3d2f1e0c9b01',
      scope: 'Microsoft.Storage/storageAccounts/stdep1',
      properties: {
        roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe`,
        principalId: '7c1b2e3f-0000-4000-8000-000000000009',
      },
      dependsOn: ['Microsoft.Storage/storageAccounts/stdep1'],
    },
    {
      type: 'Microsoft.Network/virtualNetworks/subnets',
      apiVersion: snv,
      name: 'vnet-dep/genai',
      properties: { addressPrefix: '10.30.0.0/25' },
      dependsOn: [vnetId],
    },
    {
      type: 'Microsoft.Network/virtualNetworks',
      apiVersion: nv,
      name: 'vnet-dep',
      location: 'swedencentral',
      properties: { addressSpace: { addressPrefixes: ['10.30.0.0/16'] }, subnets: [] },
    },
    storage('stdep1'),
  ]);
  expect(result.properties?.provisioningState).toBe('Succeeded');
  expect(result.properties?.outputResources?.map((r) => r.id)).toContain(storageId);
  const ops = [];
  for await (const op of h.deployments.deploymentOperations.list(RG, 'svc-network')) ops.push(op);
  expect(ops).toHaveLength(5);
  for (const op of ops) {
    expect(op.properties?.provisioningState).toBe('Succeeded');
    expect(op.properties?.statusCode).toMatch(/^(OK|Created)$/);
  }
  const one = await h.deployments.deploymentOperations.get(RG, 'svc-network', ops[0].operationId as string);
  expect(one.properties?.targetResource?.id).toBe(ops[0].properties?.targetResource?.id);
  const vnet = await h.resources.resources.getById(vnetId, nv);
  expect((vnet.properties as { subnets: { name: string }[] }).subnets.map((s) => s.name)).toEqual(['genai']);
  const listed = [];
  for await (const d of h.deployments.deployments.listByResourceGroup(RG)) listed.push(d.name);
  expect(listed).toContain('svc-network');
});

test('provisioning state goes Accepted → Running → Succeeded, polled through Azure-AsyncOperation', async () => {
  const slow = await startHarness({ timeScale: 0.05 });
  try {
    await slow.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
    const poller = await slow.deployments.deployments.beginCreateOrUpdate(
      RG,
      'slow',
      { properties: { mode: 'Incremental', template: template([storage('stslow')]) } },
      POLL,
    );
    const seen = new Set<string>();
    seen.add(String(poller.getOperationState().status));
    const initial = (await slow.deployments.deployments.get(RG, 'slow')).properties
      ?.provisioningState as string;
    expect(['Accepted', 'Running']).toContain(initial);
    const states: string[] = [initial];
    while (true) {
      const s = (await slow.deployments.deployments.get(RG, 'slow')).properties?.provisioningState as string;
      if (states[states.length - 1] !== s) states.push(s);
      if (s === 'Succeeded' || s === 'Failed') break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(states.slice(-2)).toEqual(['Running', 'Succeeded']);
    // Replacing a deployment while it runs is refused (DeploymentActive), as ARM does.
    const again = await slow.deployments.deployments.beginCreateOrUpdate(
      RG,
      'slow2',
      { properties: { mode: 'Incremental', template: template([storage('stslow2')]) } },
      POLL,
    );
    expect(
      await errorOf(
        slow.deployments.deployments
          .createOrUpdate(
            RG,
            'slow2',
            { properties: { mode: 'Incremental', template: template([storage('stslow2')]) } },
            POLL,
          )
          .pollUntilDone(),
      ),
    ).toMatchObject({ code: 'DeploymentActive', statusCode: 409 });
    expect((await again.pollUntilDone()).properties?.provisioningState).toBe('Succeeded');
    expect(slow.emulator.stats().byOperation['operations/status']).toBeGreaterThan(0);
  } finally {
    await slow.close();
  }
});

test('a resource that fails at provisioning fails the deployment; operations carry the error', async () => {
  const result = await errorOf(
    deploy('svc-bad-subnet', [
      // Overlaps the subnet of the first test: the network provider refuses it while deploying.
      {
        type: 'Microsoft.Network/virtualNetworks/subnets',
        apiVersion: snv,
        name: 'vnet-dep/overlap',
        properties: { addressPrefix: '10.30.0.0/24' },
      },
      storage('stdep2'),
    ]),
  );
  // core-lro folds the ARM error into its message: "The long-running operation has failed. DeploymentFailed. …".
  expect(result.message).toContain('DeploymentFailed');
  const d = await h.deployments.deployments.get(RG, 'svc-bad-subnet');
  expect(d.properties?.provisioningState).toBe('Failed');
  expect(d.properties?.error?.code).toBe('DeploymentFailed');
  expect(d.properties?.error?.details?.[0]?.code).toBe('NetcfgSubnetRangesOverlap');
  const ops = [];
  for await (const op of h.deployments.deploymentOperations.list(RG, 'svc-bad-subnet')) ops.push(op);
  const failed = ops.find((o) => o.properties?.provisioningState === 'Failed');
  expect(failed?.properties?.statusCode).toBe('BadRequest');
  expect(failed?.properties?.statusMessage?.error?.code).toBe('NetcfgSubnetRangesOverlap');
  // The independent storage account still succeeded.
  expect(
    ops.find((o) => o.properties?.targetResource?.resourceName === 'stdep2')?.properties?.provisioningState,
  ).toBe('Succeeded');
});

test('template expressions, unknown dependsOn, cycles and bad api-versions are refused before anything runs', async () => {
  const expression = await errorOf(deploy('expr', [storage("[concat('st', 'x')]")]));
  expect(expression).toMatchObject({ code: 'InvalidTemplate', statusCode: 400 });
  expect(expression.message).toContain("[concat('st', 'x')]");
  const inProps = await errorOf(
    deploy('expr2', [storage('stexpr', { properties: { x: "[parameters('p')]" } })]),
  );
  expect(inProps.code).toBe('InvalidTemplate');
  expect(
    await errorOf(
      deploy('missing-dep', [
        storage('stdep3', { dependsOn: ['Microsoft.Storage/storageAccounts/nothere'] }),
      ]),
    ),
  ).toMatchObject({ code: 'InvalidTemplate' });
  const cycle = await errorOf(
    deploy('cycle', [
      storage('stcyca', { dependsOn: ['stcycb'] }),
      storage('stcycb', { dependsOn: ['stcyca'] }),
    ]),
  );
  expect(cycle.code).toBe('InvalidTemplate');
  expect(cycle.message).toContain('Circular dependency');
  const preflight = await errorOf(
    deploy('bad-version', [storage('stbadver', { apiVersion: '2001-01-01' }), storage('BadName')]),
  );
  expect(preflight).toMatchObject({ code: 'InvalidTemplateDeployment', statusCode: 400 });
  expect(await errorOf(h.deployments.deployments.get(RG, 'bad-version'))).toMatchObject({
    code: 'DeploymentNotFound',
    statusCode: 404,
  });
  expect(await errorOf(deploy('no-rg', [storage('stnorg')], 'rg-absent'))).toMatchObject({
    code: 'ResourceGroupNotFound',
  });
});

test('what-if reports Create, Modify (with property deltas), NoChange and Ignore against current state', async () => {
  await deploy('whatif-base', [storage('stwhat1'), storage('stwhat2'), storage('stwhatother')]);
  const result = await h.deployments.deployments
    .whatIf(
      RG,
      'whatif',
      {
        properties: {
          mode: 'Incremental',
          template: template([
            storage('stwhat1'),
            storage('stwhat2', {
              properties: { minimumTlsVersion: 'TLS1_3', allowBlobPublicAccess: false },
              tags: { t: '1' },
            }),
            storage('stwhatnew'),
          ]),
        },
      },
      POLL,
    )
    .pollUntilDone();
  expect(result.status).toBe('Succeeded');
  const byName = new Map(result.changes?.map((c) => [c.resourceId?.split('/').pop(), c]));
  expect(byName.get('stwhat1')?.changeType).toBe('NoChange');
  expect(byName.get('stwhatnew')?.changeType).toBe('Create');
  expect(byName.get('stwhatother')?.changeType).toBe('Ignore');
  const modify = byName.get('stwhat2');
  expect(modify?.changeType).toBe('Modify');
  expect(modify?.delta).toEqual(
    expect.arrayContaining([
      {
        path: 'properties.minimumTlsVersion',
        propertyChangeType: 'Modify',
        before: 'TLS1_2',
        after: 'TLS1_3',
      },
      { path: 'properties.allowBlobPublicAccess', propertyChangeType: 'Create', after: false },
      { path: 'tags', propertyChangeType: 'Create', after: { t: '1' } },
    ]),
  );
  // What-if changes nothing.
  expect(
    (
      await h.resources.resources.checkExistenceById(
        `${rgId(RG)}/providers/Microsoft.Storage/storageAccounts/stwhatnew`,
        sv,
      )
    ).body,
  ).toBe(false);
  expect(
    await errorOf(
      h.deployments.deployments
        .whatIf(
          RG,
          'whatif-bad',
          { properties: { mode: 'Incremental', template: template([storage('[x]')]) } },
          POLL,
        )
        .pollUntilDone(),
    ),
  ).toMatchObject({ code: 'InvalidTemplate' });
});

test('what-if in Complete mode shows resources missing from the template as Delete', async () => {
  const result = await h.deployments.deployments
    .whatIf(
      RG,
      'whatif-complete',
      { properties: { mode: 'Complete', template: template([storage('stwhat1')]) } },
      POLL,
    )
    .pollUntilDone();
  const byName = new Map(result.changes?.map((c) => [c.resourceId?.split('/').pop(), c.changeType]));
  expect(byName.get('stwhat1')).toBe('NoChange');
  expect(byName.get('stwhatother')).toBe('Delete');
});

test('validate returns the validated resources or the preflight error', async () => {
  const ok = await h.deployments.deployments
    .validate(RG, 'v1', { properties: { mode: 'Incremental', template: template([storage('stval')]) } }, POLL)
    .pollUntilDone();
  expect(ok.properties?.validatedResources?.[0]?.id).toBe(
    `${rgId(RG)}/providers/Microsoft.Storage/storageAccounts/stval`,
  );
  const badBody = { properties: { mode: 'Incremental', template: template([storage('Bad_Name')]) } } as const;
  // ARM answers an invalid template with 400, which the SDK's poller turns into a thrown error.
  await expect(h.deployments.deployments.validate(RG, 'v2', badBody, POLL).pollUntilDone()).rejects.toThrow();
  const res = await raw(
    h.emulator.url,
    'POST',
    `${rgId(RG)}/providers/Microsoft.Resources/deployments/v2/validate?api-version=2024-03-01`,
    badBody,
  );
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('InvalidTemplateDeployment');
  expect(res.body.error.details[0].code).toBe('AccountNameInvalid');
});

test('subscription scope: resource groups and subscription-level resources; deleting a deployment', async () => {
  const d = await h.deployments.deployments
    .createOrUpdateAtSubscriptionScope(
      'sub-rgs',
      {
        location: 'swedencentral',
        tags: { marker: 'x' },
        properties: {
          mode: 'Incremental',
          template: template([
            {
              type: 'Microsoft.Resources/resourceGroups',
              apiVersion: '2024-03-01',
              name: 'rg-from-sub',
              location: 'swedencentral',
              tags: { a: 'b' },
            },
          ]),
        },
      },
      POLL,
    )
    .pollUntilDone();
  expect(d.properties?.provisioningState).toBe('Succeeded');
  expect(d.tags).toEqual({ marker: 'x' });
  expect((await h.resources.resourceGroups.get('rg-from-sub')).tags).toEqual({ a: 'b' });
  expect((await h.deployments.deployments.getAtSubscriptionScope('sub-rgs')).id).toBe(
    `/subscriptions/${SUB}/providers/Microsoft.Resources/deployments/sub-rgs`,
  );
  await h.deployments.deployments.deleteAtSubscriptionScope('sub-rgs', POLL).pollUntilDone();
  expect(await errorOf(h.deployments.deployments.getAtSubscriptionScope('sub-rgs'))).toMatchObject({
    code: 'DeploymentNotFound',
  });
  expect(
    await errorOf(
      h.deployments.deployments
        .createOrUpdateAtSubscriptionScope(
          'no-location',
          { properties: { mode: 'Incremental', template: template([]) } } as never,
          POLL,
        )
        .pollUntilDone(),
    ),
  ).toMatchObject({ code: 'LocationRequired' });
});

test('independent deployments run concurrently', async () => {
  const slow = await startHarness({ timeScale: 0.02 });
  try {
    await slow.resources.resourceGroups.createOrUpdate(RG, { location: 'swedencentral' });
    const names = ['stconc1', 'stconc2', 'stconc3'];
    const results = await Promise.all(
      names.map((n) =>
        slow.deployments.deployments
          .createOrUpdate(
            RG,
            `d-${n}`,
            { properties: { mode: 'Incremental', template: template([storage(n)]) } },
            POLL,
          )
          .pollUntilDone(),
      ),
    );
    expect(results.every((r) => r.properties?.provisioningState === 'Succeeded')).toBe(true);
    expect(slow.emulator.stats().peakConcurrentDeployments).toBe(3);
  } finally {
    await slow.close();
  }
});
