import { environmentFlags, formatDiagnostic, selectEnvironment } from '../../src/core/config/index.js';
import { VALID, errorsOf, parse } from './helpers.js';

describe('parseConfig on a valid file', () => {
  const result = parse(VALID);

  test('has no diagnostics and a config', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.config).toBeDefined();
  });

  test('carries every key, with defaults filled', () => {
    const c = result.config!;
    expect(c.version).toBe(1);
    expect(c.file).toBe('aifactory.yaml');
    expect(c.architecture).toBe('genai-1');
    expect(c.project).toEqual({
      number: 1,
      prefix: 'acme',
      scaleSet: '001',
      location: 'swedencentral',
      tags: { costCenter: '4711' },
    });
    expect(c.network.mode).toBe('standalone');
    expect(Object.keys(c.environments)).toEqual(['dev', 'stage', 'prod']);
    expect(c.environments.prod).toEqual({
      name: 'prod',
      subscriptionId: '33333333-3333-3333-3333-333333333333',
      addressSpace: '172.18.0.0/22',
      flags: { aks: true },
      allowDestroy: [],
      personas: {},
    });
    expect(c.flags).toEqual({ azureOpenAI: true, cosmosDb: false });
    expect(c.protect).toEqual(['azureOpenAI']);
    // The catalog's option defaults, so the config shows what the plan will use.
    expect(c.services).toEqual({
      aiFoundry: { deployments: [] },
      aiSearch: { sku: 'basic', semanticSearch: 'free' },
    });
  });

  test('knows where every key is (1-based line and column)', () => {
    const l = result.config!.locations;
    expect(l['version']).toEqual({ file: 'aifactory.yaml', line: 1, column: 1 });
    expect(l['project.location']).toEqual({ file: 'aifactory.yaml', line: 7, column: 3 });
    expect(l['environments.dev.addressSpace']).toMatchObject({ line: 14, column: 5 });
    expect(l['environments.prod.flags.aks']).toMatchObject({ line: 21, column: 14 });
    expect(l['flags.cosmosDb']).toMatchObject({ line: 24, column: 3 });
    expect(l['protect.0']).toMatchObject({ line: 25, column: 11 });
  });

  test('minimal file: defaults for architecture, scale set, network mode, flags', () => {
    const r = parse(`version: 1
project: { number: 7, prefix: ab, location: eastus2 }
environments:
  dev: { subscriptionId: 11111111-1111-1111-1111-111111111111, addressSpace: 192.168.0.0/24 }
`);
    expect(errorsOf(r)).toEqual([]);
    expect(r.config!.architecture).toBe('genai-1');
    expect(r.config!.project.scaleSet).toBe('001');
    expect(r.config!.project.tags).toEqual({});
    expect(r.config!.network.mode).toBe('standalone');
    expect(r.config!.flags).toEqual({});
    expect(r.config!.protect).toEqual([]);
  });
});

describe('environmentFlags and selectEnvironment', () => {
  const config = parse(VALID).config!;

  test('environment overrides are laid over the base flags', () => {
    expect(environmentFlags(config, 'dev')).toEqual({ azureOpenAI: true, cosmosDb: false });
    expect(environmentFlags(config, 'prod')).toEqual({ azureOpenAI: true, cosmosDb: false, aks: true });
  });

  test('a known environment is returned', () => {
    const r = selectEnvironment(config, 'stage');
    expect(r.environment?.subscriptionId).toBe('22222222-2222-2222-2222-222222222222');
    expect(r.diagnostics).toEqual([]);
  });

  test('an unknown environment is an error with the choices and a did-you-mean', () => {
    const r = selectEnvironment(config, 'prd');
    expect(r.environment).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d).toMatchObject({ severity: 'error', code: 'config.unknown-environment' });
    expect(d.message).toContain("unknown environment 'prd'");
    expect(d.hint).toBe("did you mean 'prod'? valid choices: dev, stage, prod");
    expect(d.location).toMatchObject({ file: 'aifactory.yaml', line: 11 });
  });
});

describe('formatDiagnostic', () => {
  test('file:line:col: severity: message (hint)', () => {
    expect(
      formatDiagnostic({
        severity: 'error',
        code: 'x',
        message: 'bad thing',
        hint: 'do this',
        location: { file: 'a.yaml', line: 3, column: 7 },
      }),
    ).toBe('a.yaml:3:7: error: bad thing (do this)');
  });

  test('without location or hint', () => {
    expect(formatDiagnostic({ severity: 'warning', code: 'x', message: 'careful' })).toBe('warning: careful');
  });
});
