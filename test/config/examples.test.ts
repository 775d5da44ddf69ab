// The example projects validate against the real catalog, and against the published JSON Schema.
import { readFileSync } from 'node:fs';
import { catalog } from '../../src/core/catalog/index.js';
import { formatDiagnostic, parseConfig } from '../../src/core/config/index.js';

const examples = ['genai-1', 'many-addons', 'esml'];
const read = (name: string) =>
  readFileSync(new URL(`../../examples/${name}/aifactory.yaml`, import.meta.url), 'utf8');

describe.each(examples)('examples/%s/aifactory.yaml', (name) => {
  const result = parseConfig(read(name), `examples/${name}/aifactory.yaml`, catalog);

  test('validates with no diagnostics at all', () => {
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(result.config).toBeDefined();
  });

  test('has three environments with distinct address spaces outside 10.0.0.0/8', () => {
    const envs = Object.values(result.config!.environments);
    expect(envs.map((e) => e.name)).toEqual(['dev', 'stage', 'prod']);
    expect(new Set(envs.map((e) => e.addressSpace)).size).toBe(3);
    for (const e of envs) expect(e.addressSpace.startsWith('10.')).toBe(false);
  });
});

describe.each(examples)('examples/%s/aifactory.yaml plans', (name) => {
  const config = parseConfig(read(name), `examples/${name}/aifactory.yaml`, catalog).config!;
  test.each(['dev', 'stage', 'prod'])('%s: a plan with no errors from an empty subscription', async (env) => {
    const { buildPlan } = await import('../../src/core/plan.js');
    const observed = {
      schemaVersion: 1 as const,
      subscriptionId: config.environments[env].subscriptionId,
      resourceGroups: [],
      resources: [],
      subnets: [],
      softDeleted: [],
    };
    const { plan } = buildPlan(config, env, catalog, observed, {
      allowDestroy: [],
      tenantId: '00000000-0000-0000-0000-000000000001',
    });
    expect(plan.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(plan.summary.create).toBeGreaterThan(10);
  });
});
