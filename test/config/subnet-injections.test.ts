// Which subnets the real catalog's resources inject into, read from their bodies: the class A check follows this.
import { catalog } from '../../src/core/catalog/index.js';
import { INJECTION_RULES, subnetInjections } from '../../src/core/config/subnet-injections.js';

test('the Foundry account injects its agents into aca2 in every network mode; nothing else injects', () => {
  const all = catalog.services.map((s) => s.id);
  for (const mode of ['standalone', 'hub-spoke', 'vwan', 'hybrid'] as const) {
    expect(subnetInjections(all, catalog, mode).map((i) => [i.service, i.resource, i.subnet])).toEqual([
      ['aiFoundry', 'account', 'aca2'],
    ]);
  }
  expect(subnetInjections(['aiSearch', 'cosmosDb'], catalog, 'standalone')).toEqual([]);
});

test("the class A regions are catalog regions (a typo would silently turn a region's check off)", () => {
  const known = new Set(catalog.regions.map((r) => r.name));
  for (const rule of INJECTION_RULES)
    for (const region of rule.classARegions) expect(known).toContain(region);
});
