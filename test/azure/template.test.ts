import type { DesiredResource } from '../../src/core/types.js';
import {
  buildDeployments,
  deploymentName,
  deploymentPasses,
  lateRefsOf,
  withLateValues,
} from '../../src/azure/template.js';
import { LateValueMissing } from '../../src/core/resources/late-values.js';
import { parseResourceId, relativeScope } from '../../src/azure/ids.js';

const sub = '/subscriptions/11111111-1111-1111-1111-111111111111';
const rg = `${sub}/resourceGroups/rg-prj001-dev`;
function res(partial: Partial<DesiredResource> & Pick<DesiredResource, 'id' | 'type'>): DesiredResource {
  return {
    service: 'keyVault',
    key: 'vault',
    apiVersion: '2023-07-01',
    name: partial.id.split('/').pop()!,
    resourceGroup: 'rg-prj001-dev',
    subscriptionId: '11111111-1111-1111-1111-111111111111',
    body: { location: 'swedencentral', tags: { 'aifactory-managed-by': 'aifactory-flags' }, properties: {} },
    dependsOn: [],
    hash: 'h',
    role: 'main',
    ...partial,
  };
}

describe('resource ids', () => {
  test('type, template name and scope come from the id', () => {
    expect(
      parseResourceId(`${rg}/providers/Microsoft.CognitiveServices/accounts/acc/projects/p1`),
    ).toMatchObject({
      type: 'Microsoft.CognitiveServices/accounts/projects',
      name: 'acc/p1',
      resourceGroup: 'rg-prj001-dev',
    });
    const ra = parseResourceId(
      `${rg}/providers/Microsoft.KeyVault/vaults/kv1/providers/Microsoft.Authorization/roleAssignments/g1`,
    );
    expect(ra).toMatchObject({
      type: 'Microsoft.Authorization/roleAssignments',
      name: 'g1',
      scope: `${rg}/providers/Microsoft.KeyVault/vaults/kv1`,
    });
    expect(relativeScope(ra.scope!)).toBe('Microsoft.KeyVault/vaults/kv1');
    expect(relativeScope(`${rg}/providers/Microsoft.CognitiveServices/accounts/a/projects/p`)).toBe(
      'Microsoft.CognitiveServices/accounts/a/projects/p',
    );
    expect(relativeScope(rg)).toBeUndefined();
    expect(parseResourceId(rg)).toMatchObject({
      type: 'Microsoft.Resources/resourceGroups',
      name: 'rg-prj001-dev',
    });
    expect(() => parseResourceId('nonsense')).toThrow(/not an ARM resource id/);
  });
});

describe('deployment templates', () => {
  test('resource groups deploy at subscription scope first, the rest per resource group with in-template dependsOn', () => {
    const group = res({
      id: rg,
      type: 'Microsoft.Resources/resourceGroups',
      apiVersion: '2024-03-01',
      name: 'rg-prj001-dev',
      service: 'resourceGroups',
      body: { location: 'swedencentral', tags: { a: 'b' } },
    });
    const vault = res({
      id: `${rg}/providers/Microsoft.KeyVault/vaults/kv1`,
      type: 'Microsoft.KeyVault/vaults',
      dependsOn: [rg],
    });
    const role = res({
      id: `${rg}/providers/Microsoft.KeyVault/vaults/kv1/providers/Microsoft.Authorization/roleAssignments/g1`,
      type: 'Microsoft.Authorization/roleAssignments',
      apiVersion: '2022-04-01',
      scope: `${rg}/providers/Microsoft.KeyVault/vaults/kv1`,
      role: 'roleAssignment',
      body: { properties: { principalId: '{{principalId:aiFoundry}}', roleDefinitionId: 'x' } },
      dependsOn: [
        `${sub}/resourceGroups/other/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1`,
      ],
    });
    const deployments = buildDeployments('keyVault', 'dev', 'prj001', [vault, role, group]);
    expect(deployments.map((d) => d.scope)).toEqual(['subscription', 'resourceGroup']);
    expect(deployments[0].name).toBe('aifactory-prj001-keyVault-dev');
    expect(deployments[0].template.resources[0]).toEqual({
      type: 'Microsoft.Resources/resourceGroups',
      apiVersion: '2024-03-01',
      name: 'rg-prj001-dev',
      location: 'swedencentral',
      tags: { a: 'b' },
    });
    expect(deployments[1]).toMatchObject({ name: 'aifactory-keyVault-dev', resourceGroup: 'rg-prj001-dev' });
    const [v, r] = deployments[1].template.resources;
    expect(v).toMatchObject({ type: 'Microsoft.KeyVault/vaults', name: 'kv1', location: 'swedencentral' });
    expect(v.dependsOn).toBeUndefined(); // the RG is in another deployment
    expect(r).toMatchObject({ name: 'g1', scope: 'Microsoft.KeyVault/vaults/kv1', dependsOn: [vault.id] });
    expect(JSON.stringify(deployments)).not.toMatch(/\[[a-z]+\(/); // no template expressions
  });

  test('long deployment names are shortened deterministically within 64 characters', () => {
    const name = deploymentName('x'.repeat(80), 'dev', 'resourceGroup', 'prj001');
    expect(name.length).toBeLessThanOrEqual(64);
    expect(deploymentName('x'.repeat(80), 'dev', 'resourceGroup', 'prj001')).toBe(name);
  });

  test('principal ids known only after apply are filled in, and an unknown one names its service', () => {
    const body = {
      properties: { principalId: '{{principalId:aiSearch}}', note: 'for {{principalId:aiSearch}}' },
    };
    const r = res({ id: `${rg}/x/y`, type: 't', body });
    expect(lateRefsOf([r]).map((ref) => ref.key)).toEqual(['principalId:aiSearch']);
    expect(withLateValues(r, { 'principalId:aiSearch': 'p-1' }).body).toEqual({
      properties: { principalId: 'p-1', note: 'for p-1' },
    });
    expect(() => withLateValues(r, {})).toThrow(LateValueMissing);
    expect(() => withLateValues(r, {})).toThrow(/aiSearch/);
  });

  test("a resource's own identity ({{principalId:svc.key}}) is a placeholder of its own", () => {
    const body = { properties: { principalId: '{{principalId:aiFoundry.project}}' } };
    const r = res({ id: `${rg}/x/y`, type: 't', body });
    expect(lateRefsOf([r]).map((ref) => ref.key)).toEqual(['principalId:aiFoundry.project']);
    expect(withLateValues(r, { 'principalId:aiFoundry.project': 'p-2' }).body).toEqual({
      properties: { principalId: 'p-2' },
    });
    expect(() => withLateValues(r, { 'principalId:aiFoundry': 'p-1' })).toThrow(/aiFoundry\.project/);
  });

  test('live values of other resources are filled in: whole strings keep their type, keys and longer strings too', () => {
    const body = {
      identity: { userAssignedIdentities: { '{{live:managedIdentity.identity:id}}': {} } },
      properties: {
        clientId: '{{live:managedIdentity.identity:properties.clientId}}',
        size: '{{live:customerManagedKey.key:properties.keySize}}',
        uri: '{{live:customerManagedKey.key:properties.keyUri}}/v1',
      },
    };
    const r = res({ id: `${rg}/x/y`, type: 't', body });
    expect(lateRefsOf([r]).map((ref) => ref.key)).toEqual([
      'live:managedIdentity.identity:id',
      'live:managedIdentity.identity:properties.clientId',
      'live:customerManagedKey.key:properties.keySize',
      'live:customerManagedKey.key:properties.keyUri',
    ]);
    const filled = withLateValues(r, {
      'live:managedIdentity.identity:id': '/subscriptions/s/id1',
      'live:managedIdentity.identity:properties.clientId': 'c-1',
      'live:customerManagedKey.key:properties.keySize': 2048,
      'live:customerManagedKey.key:properties.keyUri': 'https://v.vault.azure.net/keys/k',
    }).body;
    expect(filled).toEqual({
      identity: { userAssignedIdentities: { '/subscriptions/s/id1': {} } },
      properties: { clientId: 'c-1', size: 2048, uri: 'https://v.vault.azure.net/keys/k/v1' },
    });
    expect(JSON.stringify(filled)).not.toContain('{{');
  });
});

describe('deployment passes', () => {
  const account = res({ id: `${rg}/providers/A/accounts/a`, type: 'A/accounts', service: 'aiFoundry' });
  const project = res({
    id: `${account.id}/projects/p`,
    type: 'A/accounts/projects',
    service: 'aiFoundry',
    dependsOn: [account.id],
  });
  const role = (n: string, principal: string, dependsOn: string[] = []) =>
    res({
      id: `${account.id}/providers/Microsoft.Authorization/roleAssignments/${n}`,
      type: 'Microsoft.Authorization/roleAssignments',
      service: 'aiFoundry',
      body: { properties: { principalId: `{{principalId:${principal}}}` } },
      dependsOn,
    });

  test('one pass when no resource needs an identity of the service itself', () => {
    const other = role('g1', 'aiSearch', [account.id]);
    expect(deploymentPasses('aiFoundry', [account, project, other])).toEqual([[account, project, other]]);
  });

  test('a live value of one of its own resources also waits for a second pass; of another service not', () => {
    const uses = (n: string, ref: string) =>
      res({
        id: `${account.id}/things/${n}`,
        type: 'A/accounts/things',
        service: 'aiFoundry',
        body: { properties: { value: `{{live:${ref}:properties.x}}` } },
        dependsOn: [account.id],
      });
    const own = uses('t1', 'aiFoundry.project');
    const other = uses('t2', 'managedIdentity.identity');
    expect(deploymentPasses('aiFoundry', [account, project, own, other])).toEqual([
      [account, project, other],
      [own],
    ]);
  });

  test("what names the service's or one of its resources' identity goes second, with what waits for it", () => {
    const own = role('g1', 'aiFoundry', [account.id]);
    const ofProject = role('g2', 'aiFoundry.project', [project.id]);
    const after = res({
      id: `${project.id}/hosts/h`,
      type: 'A/accounts/projects/hosts',
      service: 'aiFoundry',
      dependsOn: [ofProject.id],
    });
    const notOwn = role('g3', 'aiFoundryX', [account.id]);
    expect(deploymentPasses('aiFoundry', [account, project, own, ofProject, after, notOwn])).toEqual([
      [account, project, notOwn],
      [own, ofProject, after],
    ]);
  });
});
