import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { buildPlan } from '../../src/core/plan.js';
import { catalog } from '../../src/core/catalog/index.js';
import type { Plan } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig, observedFromDesired } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const check = (plan: Plan) => {
  const ok = validate(JSON.parse(JSON.stringify(plan)));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
};

describe('schema/plan.schema.json', () => {
  test('creates, noops, updates, blocked deletes with cleanup and conflicts all validate', () => {
    const config = miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });
    const first = buildPlan(config, 'dev', miniCatalog(), emptyObserved(), { allowDestroy: [] });
    check(first.plan);
    const observed = observedFromDesired(first.desired);
    observed.resources.push({
      id: '/subscriptions/x/resourceGroups/r/providers/A.B/c/d',
      type: 'A.B/c',
      name: 'd',
      resourceGroup: 'r',
      tags: {},
    });
    const off = miniConfig({ flags: { azureML: true }, protect: ['aiSearch'] });
    off.services.aiSearch = { sku: 'standard' };
    const second = buildPlan(off, 'dev', miniCatalog(), observed, { allowDestroy: [] });
    expect(second.plan.blocked.length).toBeGreaterThan(0);
    check(second.plan);
  });

  test('a service in conflict validates, with its conflicts on the action and counted in the summary', () => {
    const config = miniConfig();
    const first = buildPlan(config, 'dev', miniCatalog(), emptyObserved(), { allowDestroy: [] });
    const observed = observedFromDesired(first.desired);
    observed.resources.find((r) => r.type === 'Microsoft.KeyVault/vaults')!.tags = {};
    const { plan } = buildPlan(config, 'dev', miniCatalog(), observed, { allowDestroy: [] });
    expect(plan.summary.conflict).toBe(1);
    expect(plan.actions.find((a) => a.service === 'keyVault')!.conflicts).toHaveLength(1);
    check(plan);
  });

  test('plans from the real catalog validate', () => {
    const config = miniConfig({
      flags: { foundryCapabilityHost: true, aks: true, containerApps: true, containerRegistry: true },
    });
    config.services = {};
    const { plan } = buildPlan(config, 'dev', catalog, emptyObserved(), { allowDestroy: [] });
    check(plan);
  });
});
