import { canonicalJson, deterministicGuid, shortHash } from '../../src/core/hash.js';
import { observeScope } from '../../src/core/scope.js';
import { miniCatalog, miniConfig } from './fixtures.js';

describe('hash', () => {
  test('canonical JSON sorts keys at every level, keeps array order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe('{"a":{"d":[2,1]},"b":1}');
    expect(shortHash({ x: 1, y: 2 })).toBe(shortHash({ y: 2, x: 1 }));
    expect(shortHash({ x: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });

  test('deterministic GUIDs are UUID-shaped, stable and sensitive to every part', () => {
    const g = deterministicGuid('scope', 'principal', 'role');
    expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(deterministicGuid('scope', 'principal', 'role')).toBe(g);
    expect(deterministicGuid('scope', 'principal', 'role2')).not.toBe(g);
    expect(deterministicGuid('ab', 'c')).not.toBe(deterministicGuid('a', 'bc'));
  });
});

describe('observeScope', () => {
  test('standalone: both resource groups and our own VNet, from the config alone', () => {
    const scope = observeScope(miniConfig(), 'dev', miniCatalog());
    expect(scope).toEqual({
      subscriptionId: '11111111-1111-1111-1111-111111111111',
      project: 'prj001',
      environment: 'dev',
      location: 'swedencentral',
      resourceGroups: ['acme-esml-project001-sdc-dev-001-rg', 'acme-esml-common-sdc-dev-001'],
      recordGroups: ['acme-esml-project001-sdc-dev-001-rg', 'acme-esml-common-sdc-dev-001'],
      vnet: { resourceGroup: 'acme-esml-common-sdc-dev-001', name: 'vnt-acme-sdc-dev-001' },
      resources: [],
      // The catalog's key properties by type: what the observer reads back to compare.
      keyProperties: { 'Microsoft.OperationalInsights/workspaces': ['properties.retentionInDays'] },
    });
  });

  test('stage is spelled test in names; hub-spoke looks at the platform VNet in its own resource group', () => {
    const config = miniConfig({ network: { mode: 'hub-spoke' } });
    config.environments.stage = {
      ...config.environments.dev,
      name: 'stage',
      location: 'eastus2',
      network: { vnetName: 'vnet-hub-spoke', vnetResourceGroup: 'rg-platform-net' },
    };
    const scope = observeScope(config, 'stage', miniCatalog());
    expect(scope.location).toBe('eastus2');
    expect(scope.resourceGroups).toEqual([
      'acme-esml-project001-eus2-test-001-rg',
      'acme-esml-common-eus2-test-001',
      'rg-platform-net',
    ]);
    expect(scope.vnet).toEqual({ resourceGroup: 'rg-platform-net', name: 'vnet-hub-spoke' });
    // Deployment records are read in the project's and the common group only: the platform's VNet group adds
    // one resource list, nothing more.
    expect(scope.recordGroups).toEqual([
      'acme-esml-project001-eus2-test-001-rg',
      'acme-esml-common-eus2-test-001',
    ]);
  });
});
