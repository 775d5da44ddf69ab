// Import of today's settings that are options of services, over the real catalog: they are carried over (not
// reported missing), the written file validates and plans, and settings that stay behind name their true reason.
import { readFileSync } from 'node:fs';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { importEnv, importVariables } from '../../src/core/import/index.js';
import { buildPlan } from '../../src/core/plan.js';
import type { Diagnostic } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const lineOf = (text: string, key: string) => text.split('\n').findIndex((l) => l.includes(`${key}:`)) + 1;
const about = (report: Diagnostic[], key: string) => report.filter((d) => d.message.startsWith(key));

describe('import of service options (customer-managed keys, Elastic, diagnostics, Azure ML compute, BYO ASE)', () => {
  const text = fixture('options.variables.yaml');
  const result = importVariables(text, 'options.variables.yaml', catalog);
  const parsed = parseConfig(result.yaml, 'aifactory.yaml', catalog);

  test('nothing is reported missing, and the written file validates and plans', () => {
    expect(result.report.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { plan } = buildPlan(
      parsed.config!,
      'dev',
      catalog,
      emptyObserved('11111111-1111-1111-1111-111111111111'),
      {
        allowDestroy: [],
      },
    );
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const id of ['customerManagedKey', 'elastic', 'azureML', 'webApp'])
      expect(plan.actions.find((a) => a.service === id)?.action).toBe('create');
  });

  test('customer-managed keys: the key name, AI Search enforcement and Foundry opt-out are carried; an empty version keeps the default', () => {
    expect(parsed.config!.services.customerManagedKey).toMatchObject({
      keyName: 'mykey',
      enforceOnAISearch: true,
      disableForFoundry: true,
    });
    expect(result.yaml).toContain(`    keyName: mykey # cmkKeyName (line ${lineOf(text, 'cmkKeyName')})`);
    expect(about(result.report, 'cmkKeyName')).toEqual([]);
    expect(about(result.report, 'cmkKeyVersion')[0]).toMatchObject({ code: 'import.default' });
    expect(about(result.report, 'cmkDisableForFoundry')).toEqual([]);
    expect(result.yaml).toContain(
      `    disableForFoundry: true # cmkDisableForFoundry (line ${lineOf(text, 'cmkDisableForFoundry')})`,
    );
    // 'false' is the catalog's default: noted, not written.
    const off = importVariables(
      text.replace("cmkDisableForFoundry: 'true'", "cmkDisableForFoundry: 'false'"),
      'options.variables.yaml',
      catalog,
    );
    expect(about(off.report, 'cmkDisableForFoundry')[0]).toMatchObject({ code: 'import.default' });
    expect(off.yaml).not.toContain('disableForFoundry');
  });

  test('Elastic: the contact is carried into its required options', () => {
    expect(parsed.config!.services.elastic).toEqual({
      emailAddress: 'ada@contoso.com',
      firstName: 'Ada',
      lastName: 'Lovelace',
      companyName: 'Contoso',
    });
    for (const key of ['elasticEmail', 'elasticFirstName', 'elasticLastName', 'elasticCompanyName'])
      expect(about(result.report, key)).toEqual([]);
    expect(about(result.report, 'elasticSku')[0].message).toMatch(/consumption plan/);
  });

  test('diagnosticSettingLevel becomes diagnostics.level', () => {
    expect(parsed.config!.diagnostics).toEqual({ level: 'silver' });
    expect(result.yaml).toContain(
      `diagnostics:\n  level: silver # diagnosticSettingLevel (line ${lineOf(text, 'diagnosticSettingLevel')})`,
    );
  });

  test("Azure ML's admin compute: the dev sizes, test/prod ones reported when they differ", () => {
    expect(parsed.config!.services.azureML).toMatchObject({
      computeClusters: [
        {
          name: 'cpu-cluster',
          vmSize: 'Standard_DS3_v2',
          minNodes: 0,
          maxNodes: 3,
          idleTimeBeforeScaleDown: 'PT120S',
        },
      ],
      computeInstances: [{ name: 'ci-admin', vmSize: 'Standard_DS11_v2', idleTimeBeforeShutdown: 'PT60M' }],
    });
    expect(about(result.report, 'admin_aml_cluster_sku_testProd_override')[0]).toMatchObject({
      severity: 'warning',
      code: 'import.per-environment',
    });
    expect(about(result.report, 'admin_aml_computeInstance_testProd_sku_override')[0].severity).toBe('note');
  });

  test('a BYO App Service Environment: its id (with the leading slash) on the plan and the app', () => {
    const id =
      '/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg-ase/providers/Microsoft.Web/hostingEnvironments/ase-shared';
    expect(parsed.config!.services.webApp.appServiceEnvironmentId).toBe(id);
    expect(parsed.config!.services.appServicePlan.appServiceEnvironmentId).toBe(id);
    expect(about(result.report, 'byoAseFullResourceId')).toEqual([]);
    expect(about(result.report, 'byoAseAppServicePlanResourceId')[0].message).toMatch(/own App Service plan/);
  });

  test('settings that stay behind give their own reason', () => {
    const reason = (key: string) => about(result.report, key)[0]?.message ?? '(not reported)';
    expect(reason('AMLStudioUIPrivate')).toMatch(/Azure ML is always private/);
    expect(reason('aksEnablePrivateCluster')).toMatch(/always private \(private API server\)/);
    expect(reason('aksOutboundType')).toMatch(/outbound traffic through their load balancer/);
    expect(reason('aksPrivateDNSZone')).toMatch(/system-managed private DNS zone/);
    expect(reason('postGresAdminEmails')).toMatch(/PostgreSQL's Entra administrators/);
    expect(reason('subnetProjDatabricksPublic')).toMatch(/bring-your-own subnets are not imported/);
    for (const key of [
      'AMLStudioUIPrivate',
      'postGresAdminEmails',
      'subnetProjDatabricksPublic',
      'aksOutboundType',
    ])
      expect(reason(key)).not.toMatch(/map to personas|public network access settings|compute sizes/);
  });
});

describe('import of service options: placeholders and services that are off', () => {
  test('cmk on with a placeholder key name: an error at its line and a TODO the validator points at', () => {
    const r = importEnv(
      'CMK="true"\nCMK_KEY_NAME="<todo>aifactory-cmk-key"\nAIFACTORY_LOCATION="swedencentral"\n',
      'cmk.env',
      catalog,
    );
    expect(about(r.report, 'CMK_KEY_NAME is the placeholder')[0]).toMatchObject({
      severity: 'error',
      location: { line: 2 },
    });
    expect(r.report.some((d) => d.message.includes('which needs services.customerManagedKey.keyName'))).toBe(
      false,
    );
    expect(r.yaml).toMatch(/keyName: "<todo>" # TODO: CMK_KEY_NAME is the placeholder/);
  });

  test('cmk on without a key name: reported missing, with the setting to add', () => {
    const r = importEnv('CMK="true"\n', 'cmk.env', catalog);
    expect(r.report).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message:
          "CMK switches on customerManagedKey, which needs services.customerManagedKey.keyName; today's files do not hold it",
      }),
    );
  });

  test('options of a service that is off are reported as such', () => {
    const r = importEnv(
      'ELASTIC_EMAIL="ada@contoso.com"\nDIAGNOSTIC_SETTING_LEVEL="platinum"\n',
      'e.env',
      catalog,
    );
    expect(about(r.report, 'ELASTIC_EMAIL')[0].message).toBe(
      'ELASTIC_EMAIL not carried over: it is an option of elastic, which is off in the imported file',
    );
    expect(about(r.report, "DIAGNOSTIC_SETTING_LEVEL 'platinum'")[0]).toMatchObject({ severity: 'warning' });
  });

  test('a BYO ASE switched on with a placeholder id: an error, and a TODO on each App Service', () => {
    const r = importEnv(
      'ENABLE_WEBAPP="true"\nBYO_ASEV3="true"\nBYO_ASE_FULL_RESOURCE_ID="/subscriptions/...<todo>yourASE"\n',
      'ase.env',
      catalog,
    );
    expect(about(r.report, 'BYO_ASE_FULL_RESOURCE_ID is the placeholder')[0]).toMatchObject({
      severity: 'error',
    });
    expect(r.yaml).toMatch(/appServiceEnvironmentId: "<todo>"/);
  });
});
