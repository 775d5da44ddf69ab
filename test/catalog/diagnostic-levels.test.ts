// Diagnostic-settings levels (today's diagnosticSettingLevel) over the real catalog: the project's level, an
// environment's override, what each resource sends at gold, silver and bronze, and a level that does not exist.
import { parse } from 'yaml';
import type { DesiredState } from '../../src/core/types.js';
import { buildPlan } from '../../src/core/plan.js';
import { catalog } from '../../src/core/catalog/index.js';
import { emptyObserved } from '../core/fixtures.js';
import { configErrors } from './support/plan.js';
import { SUBSCRIPTION, parseProject, projectYaml } from './support/project.js';

const DIAG = 'Microsoft.Insights/diagnosticSettings';

function withLevels(project?: string, prod?: string): string {
  const doc = parse(
    projectYaml({
      architecture: 'genai-1',
      mode: 'standalone',
      flags: ['eventHubs'],
      environments: { dev: { addressSpace: '172.16.0.0/20' }, prod: { addressSpace: '172.17.0.0/20' } },
    }),
  ) as Record<string, unknown> & { environments: Record<string, Record<string, unknown>> };
  if (project) doc.diagnostics = { level: project };
  if (prod) doc.environments.prod.diagnostics = { level: prod };
  return stringifyYaml(doc);
}

function stringifyYaml(doc: unknown): string {
  return JSON.stringify(doc, null, 2); // JSON is YAML: keeps the test independent of YAML formatting
}

function settings(text: string, env: string): Map<string, Record<string, unknown>> {
  const config = parseProject(text);
  const { desired } = buildPlan(config, env, catalog, emptyObserved(SUBSCRIPTION), { allowDestroy: [] });
  return bodies(desired);
}

function bodies(desired: DesiredState): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const s of desired.services)
    for (const r of s.resources)
      if (r.type === DIAG) out.set(`${s.id}`, r.body.properties as Record<string, unknown>);
  return out;
}

const categories = (p: Record<string, unknown>) =>
  (p.logs as { category?: string; categoryGroup?: string }[]).map(
    (l) => l.category ?? `group:${l.categoryGroup}`,
  );
const metrics = (p: Record<string, unknown>) => Array.isArray(p.metrics) && p.metrics.length > 0;

describe('diagnostic-settings levels', () => {
  it('without a setting: gold, every log and all metrics', () => {
    const dev = settings(withLevels(), 'dev');
    expect(categories(dev.get('keyVault')!)).toEqual(['group:allLogs']);
    expect(categories(dev.get('aiFoundry')!)).toEqual(['group:allLogs']);
    expect(metrics(dev.get('keyVault')!)).toBe(true);
  });

  it("silver for the project: the audit group, or the categories today's AI Factory picks per type", () => {
    const dev = settings(withLevels('silver'), 'dev');
    expect(categories(dev.get('keyVault')!)).toEqual(['group:audit']);
    expect(categories(dev.get('aiFoundry')!)).toEqual(['Audit', 'RequestResponse']);
    expect(categories(dev.get('aiSearch')!)).toEqual(['OperationLogs']);
    expect(categories(dev.get('eventHubs')!)).toEqual([
      'OperationalLogs',
      'AutoScaleLogs',
      'KafkaUserErrorLogs',
      'EventHubVNetConnectionEvent',
    ]);
    // Application Insights keeps every log at every level; storage sends metrics only at every level.
    expect(categories(dev.get('appInsights')!)).toEqual(['group:allLogs']);
    expect(categories(dev.get('storage')!)).toEqual([]);
    expect(metrics(dev.get('storage')!)).toBe(true);
  });

  it('an environment overrides the project: prod bronze while dev stays silver', () => {
    const text = withLevels('silver', 'bronze');
    expect(categories(settings(text, 'dev').get('aiFoundry')!)).toEqual(['Audit', 'RequestResponse']);
    const prod = settings(text, 'prod');
    expect(categories(prod.get('aiFoundry')!)).toEqual(['Audit']);
    expect(categories(prod.get('eventHubs')!)).toEqual(['OperationalLogs', 'EventHubVNetConnectionEvent']);
    expect(metrics(prod.get('aiFoundry')!)).toBe(true);
  });

  it('a level that does not exist: an error at its value, with did-you-mean and the choices', () => {
    const text = withLevels('silvr');
    const line = text.split('\n').findIndex((l) => l.includes('"silvr"')) + 1;
    expect(configErrors(text)).toEqual([
      expect.objectContaining({
        code: 'config.bad-value',
        message: "diagnostics.level is 'silvr', which is not a diagnostic level",
        location: expect.objectContaining({ line }),
        hint: "did you mean 'silver'? valid choices: gold, silver, bronze",
      }),
    ]);
    const env = withLevels(undefined, 'platinum');
    expect(configErrors(env)).toEqual([
      expect.objectContaining({
        code: 'config.bad-value',
        message: "environments.prod.diagnostics.level is 'platinum', which is not a diagnostic level",
      }),
    ]);
  });

  it('every level of every resource the catalog names is one the catalog defines', () => {
    const known = Object.keys(catalog.diagnosticLevels ?? {});
    for (const s of catalog.services)
      for (const d of s.diagnostics)
        for (const level of Object.keys(d.levels ?? {})) expect(known).toContain(level);
  });
});
