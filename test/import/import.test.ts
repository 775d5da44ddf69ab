import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/core/config/index.js';
import { importEnv, importVariables } from '../../src/core/import/index.js';
import type { Diagnostic } from '../../src/core/types.js';
import { fixtureCatalog } from '../config/fixture-catalog.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const errors = (report: Diagnostic[]) => report.filter((d) => d.severity === 'error');
const find = (report: Diagnostic[], text: string) => report.filter((d) => d.message.includes(text));

describe('import of an Azure DevOps variables file', () => {
  const result = importVariables(fixture('variables.yaml'), 'variables.yaml', fixtureCatalog);

  test('no errors, and the YAML validates (round trip)', () => {
    expect(errors(result.report)).toEqual([]);
    const parsed = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.config).toBeDefined();
  });

  test('carries location, prefix, scale set, project number, subscriptions, tenant and address spaces', () => {
    const c = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog).config!;
    expect(c.project).toEqual({
      number: 5,
      prefix: 'acme',
      scaleSet: '002',
      location: 'swedencentral',
      tags: { costCenter: '4711' },
    });
    expect(c.network.mode).toBe('standalone');
    expect(
      Object.values(c.environments).map((e) => [e.name, e.subscriptionId, e.tenantId, e.addressSpace]),
    ).toEqual([
      [
        'dev',
        '11111111-1111-1111-1111-111111111111',
        'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        '172.16.0.0/22',
      ],
      [
        'stage',
        '22222222-2222-2222-2222-222222222222',
        'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        '172.16.4.0/22',
      ],
      [
        'prod',
        '33333333-3333-3333-3333-333333333333',
        'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        '172.16.8.0/22',
      ],
    ]);
  });

  test('services on by their canonical ids; baseline and implied ones are not written as flags', () => {
    const c = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog).config!;
    expect(c.flags).toEqual({ foundryCapabilityHost: true, azureOpenAI: true });
    expect(result.yaml).toContain('  foundryCapabilityHost: true # enableAFoundryCaphost (line 26)');
    expect(result.yaml).toContain('#   aks: false # from enableAKS (line 30)');
  });

  test('service options: search tier and model deployments', () => {
    const c = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog).config!;
    expect(c.services.aiSearch).toEqual({ sku: 'standard', semanticSearch: 'free' });
    expect(c.services.aiFoundry.deployments).toEqual([
      {
        name: 'gpt-4o',
        model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-11-20' },
        sku: { name: 'GlobalStandard', capacity: 40 },
      },
    ]);
    expect(result.yaml).toContain(
      '      - { name: gpt-4o, model: gpt-4o, version: "2024-11-20", sku: GlobalStandard, capacity: 40 } # deployModel_gpt_4o (line 31), default_gpt_4o_version (line 32), default_model_sku (line 34), default_gpt_capacity (line 33)',
    );
    expect(find(result.report, 'admin_keyvaultSoftDeleteDays')[0].severity).toBe('note');
    expect(find(result.report, 'cosmosKind')[0].message).toBe(
      'cosmosKind not carried over: it only matters together with a setting that is off or absent here',
    );
  });

  test('the report says why each other setting was not carried over, with its line', () => {
    const r = result.report;
    expect(find(r, 'admin_aifactoryPrefixRG')[0]).toMatchObject({
      severity: 'warning',
      message: "admin_aifactoryPrefixRG 'acme-' becomes prefix 'acme': prefixes are letters and digits only",
      location: { file: 'variables.yaml', line: 5, column: 3 },
    });
    expect(find(r, 'dev_service_connection')[0]).toMatchObject({ severity: 'note', location: { line: 21 } });
    expect(find(r, 'dev_service_connection')[0].message).toMatch(/Azure DevOps service connections/);
    expect(find(r, 'debug_disable_61_foundation')[0].severity).toBe('note');
    expect(find(r, 'enableAIFoundry')[0].message).toBe(
      'enableAIFoundry not carried over: aiFoundry is always on in genai-1',
    );
    expect(find(r, 'enableCosmosDB')[0]).toMatchObject({ severity: 'warning', location: { line: 27 } });
    expect(find(r, 'enableCosmosDB')[0].message).toBe(
      "enableCosmosDB: false not carried over: foundryCapabilityHost needs cosmosDb, so it stays on (today's pipelines do the same silently)",
    );
    expect(find(r, 'admin_locationSuffix')[0].message).toBe(
      'admin_locationSuffix not carried over: it follows from the region',
    );
    expect(find(r, 'aifactory_salt')[0].severity).toBe('note');
    // Every setting of the file is either carried (it has a comment in the YAML) or in the report.
    for (const line of fixture('variables.yaml').split('\n')) {
      const key = /^ {2}(\w+):/.exec(line)?.[1];
      if (!key) continue;
      const reported = r.some((d) => d.message.startsWith(key) || d.message.includes(` ${key} `));
      const carried = new RegExp(`#.*\\b${key} \\(line \\d+\\)`).test(result.yaml);
      expect({ key, accounted: reported || carried }).toEqual({ key, accounted: true });
    }
  });

  test('the list form of variables', () => {
    const r = importVariables(
      'variables:\n- name: admin_location\n  value: westeurope\n- group: shared-settings\n',
      'v.yaml',
      fixtureCatalog,
    );
    expect(r.yaml).toContain('location: westeurope # admin_location (line 2)');
    expect(find(r.report, 'variable group')[0]).toMatchObject({ severity: 'note', location: { line: 4 } });
  });
});

describe('import of a GitHub .env file', () => {
  const result = importEnv(fixture('hub.env'), 'hub.env', fixtureCatalog);

  test('hub-spoke with the platform VNet per environment and central DNS, round trip', () => {
    expect(errors(result.report)).toEqual([]);
    const parsed = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const c = parsed.config!;
    expect(c.network.mode).toBe('hub-spoke');
    expect(c.project).toMatchObject({ number: 12, prefix: 'ctso', scaleSet: '001', location: 'eastus2' });
    expect(c.environments.stage.network).toEqual({
      vnetResourceGroup: 'rg-test-spoke-eus2',
      vnetName: 'vnet-test-spoke-eus2',
      dnsZonesSubscriptionId: '44444444-4444-4444-4444-444444444444',
      dnsZonesResourceGroup: 'rg-hub-dns',
    });
    expect(c.environments.prod.addressSpace).toBe('192.168.8.0/22');
    expect(c.flags).toEqual({ containerRegistry: true, azureML: true, aksForAzureML: true });
  });

  test('quoting, export and trailing comments are read', () => {
    expect(result.yaml).toContain('  aksForAzureML: true # ENABLE_AKS_FOR_AZURE_ML (line 24)');
    expect(result.yaml).toContain('  azureML: true # ENABLE_AZURE_MACHINE_LEARNING (line 23)');
    expect(find(result.report, 'ENABLE_AKS_FOR_AZURE_ML')[0]).toBeUndefined();
    expect(find(result.report, 'GITHUB_USERNAME')[0].message).toMatch(/GitHub repository set-up/);
  });
});

describe('bad input: reported with the line, never guessed', () => {
  const result = importEnv(fixture('bad.env'), 'bad.env', fixtureCatalog);
  const at = (text: string) => find(result.report, text).map((d) => [d.severity, d.location?.line]);

  test('placeholders', () => {
    expect(at("AIFACTORY_PREFIX is the placeholder '<todo>'")).toEqual([['error', 2]]);
    expect(at("PROJECT_NUMBER is the placeholder 'TODO'")).toEqual([['error', 4]]);
    expect(at("DEV_SUBSCRIPTION_ID is the placeholder 'xxx'")).toEqual([['error', 5]]);
    expect(at("ENABLE_AKS is the placeholder '<todo>', not true or false")).toEqual([['error', 14]]);
    expect(result.yaml).toContain(
      `prefix: "<todo>" # TODO: AIFACTORY_PREFIX is the placeholder '<todo>' in bad.env:2`,
    );
  });

  test('invalid values', () => {
    expect(find(result.report, "PROD_SUBSCRIPTION_ID 'not-a-guid' is not a GUID")[0].location?.line).toBe(7);
    const region = find(result.report, 'AIFACTORY_LOCATION')[0];
    expect(region).toMatchObject({
      severity: 'error',
      location: { line: 1 },
      hint: "did you mean 'swedencentral'?",
    });
    expect(find(result.report, "ENABLE_AZURE_OPENAI is 'maybe', not true or false")[0].location?.line).toBe(
      13,
    );
  });

  test('an unknown flag, with did you mean', () => {
    const d = find(result.report, "unknown flag 'ENABLE_COSMOS_DBB'")[0];
    expect(d).toMatchObject({ severity: 'error', location: { file: 'bad.env', line: 12, column: 1 } });
    expect(d.hint).toMatch(/^did you mean 'cosmosDb'\?/);
  });

  test('contradictory flags: a service on whose requirement is off', () => {
    const d = find(result.report, 'ENABLE_AKS_FOR_AZURE_ML switches on aksForAzureML')[0];
    expect(d).toMatchObject({ severity: 'error', location: { line: 10 } });
    expect(d.message).toBe(
      'ENABLE_AKS_FOR_AZURE_ML switches on aksForAzureML, which requires azureML, but ENABLE_AZURE_MACHINE_LEARNING (line 11) switches it off',
    );
  });

  test('a setting given twice with different values', () => {
    expect(at('ENABLE_AKS is set a second time')).toEqual([['error', 17]]);
  });

  test('one VNet range for every environment is not split up by guessing', () => {
    const d = find(result.report, "COMMON_VNET_CIDR '172.16.0.0/16' is one range for every environment")[0];
    expect(d).toMatchObject({ severity: 'error', location: { line: 8 } });
    expect(result.yaml).toContain(
      'addressSpace: "<todo>" # TODO: one range for dev (today: COMMON_VNET_CIDR 172.16.0.0/16, DEV_CIDR_RANGE 61)',
    );
  });

  test('switching off a baseline service is a warning: it stays on', () => {
    expect(at('ENABLE_AI_SEARCH: false not carried over')).toEqual([['warning', 15]]);
  });

  test('a model deployment without a version gets a TODO', () => {
    const r = importEnv('DEPLOY_MODEL_TEXT_EMBEDDING_3_SMALL="true"\n', 'models.env', fixtureCatalog);
    expect(find(r.report, 'names no version of text-embedding-3-small')[0]).toMatchObject({
      severity: 'error',
      location: { line: 1 },
    });
    expect(r.yaml).toContain(
      '      - { name: text-embedding-3-small, model: text-embedding-3-small, version: "<todo>" } # TODO: the imported file names no version; DEPLOY_MODEL_TEXT_EMBEDDING_3_SMALL (line 1)',
    );
  });

  test('Cosmos DB with the MongoDB kind is the service cosmosDbMongo', () => {
    const r = importEnv('ENABLE_COSMOS_DB="true"\nCOSMOS_KIND="MongoDB"\n', 'c.env', fixtureCatalog);
    expect(r.yaml).toContain('  cosmosDbMongo: true # ENABLE_COSMOS_DB (line 1)');
    const bad = importEnv('ENABLE_COSMOS_DB="true"\nCOSMOS_KIND="Cassandra"\n', 'c.env', fixtureCatalog);
    expect(find(bad.report, "COSMOS_KIND 'Cassandra'")[0]).toMatchObject({
      severity: 'error',
      location: { line: 2 },
    });
  });

  test('an unreadable line', () => {
    expect(at('line not understood')).toEqual([['warning', 16]]);
  });

  test('the written YAML still parses, and validation points at every TODO', () => {
    const parsed = parseConfig(result.yaml, 'aifactory.yaml', fixtureCatalog);
    const todoLines = result.yaml
      .split('\n')
      .map((l, i) => (l.includes(': "<todo>"') ? i + 1 : 0))
      .filter(Boolean);
    const errorLines = parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.location?.line);
    for (const line of todoLines) expect(errorLines).toContain(line);
  });

  test('not a variables file', () => {
    const r = importVariables('steps: []\n', 'x.yaml', fixtureCatalog);
    expect(r.yaml).toBe('');
    expect(r.report[0]).toMatchObject({ severity: 'error', code: 'import.not-variables' });
  });

  test('broken YAML', () => {
    const r = importVariables('variables:\n  a: "b\n', 'x.yaml', fixtureCatalog);
    expect(r.yaml).toBe('');
    expect(r.report[0]).toMatchObject({ code: 'import.yaml-syntax', location: { file: 'x.yaml' } });
  });

  test('missing essentials are reported', () => {
    const r = importEnv('ENABLE_AKS="true"\n', 'min.env', fixtureCatalog);
    expect(find(r.report, 'no Azure region found')[0].severity).toBe('error');
    expect(find(r.report, 'no project number found')[0].severity).toBe('error');
    expect(find(r.report, 'no subscription id for dev found')[0].severity).toBe('error');
  });
});
