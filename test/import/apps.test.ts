// Import of today's settings of the project's apps and VMs over the real catalog: the web and function app
// runtimes become runtimeStack, the admin user becomes the VMs' adminUsername, the default container app's image
// becomes an apps entry — each carried, validated by the config and planned into the body — and what the catalog
// cannot express is an error with a TODO, never a guess. Settings that stay behind name their true reason.
import { readFileSync } from 'node:fs';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { importEnv, importVariables } from '../../src/core/import/index.js';
import { buildPlan } from '../../src/core/plan.js';
import type { Diagnostic, DesiredResource, DesiredState } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';

const text = readFileSync(new URL('./fixtures/apps.env', import.meta.url), 'utf8');
const lineOf = (key: string) => text.split('\n').findIndex((l) => l.startsWith(`${key}=`)) + 1;
const about = (report: Diagnostic[], key: string) => report.filter((d) => d.message.startsWith(key));
const SSH_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx0aWZhY3Rvcnl0ZXN0a2V5MDEyMzQ1Njc4OTA user@host';

/** The imported file with the one thing today's files never hold filled in, as a user would. */
function completed(yaml: string): string {
  return yaml.replace(/^( {2}virtualMachine:\n)/m, `$1    sshPublicKey: ${JSON.stringify(SSH_KEY)}\n`);
}

function mainResource(desired: DesiredState, service: string, type: string): DesiredResource {
  const found = desired.services.find((s) => s.id === service)?.resources.find((r) => r.type === type);
  if (!found) throw new Error(`${service} has no ${type}`);
  return found;
}

describe('import of the apps and VMs of today (apps.env)', () => {
  const result = importEnv(text, 'apps.env', catalog);
  const parsed = parseConfig(completed(result.yaml), 'aifactory.yaml', catalog);

  test("the only error is the VM's SSH key, which today's files never hold; no setting gets the generic reason", () => {
    expect(result.report.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      "SERVICE_SETTING_DEPLOY_PROJECT_VM switches on virtualMachine, which needs services.virtualMachine.sshPublicKey; today's files do not hold it",
    ]);
    expect(result.report.filter((d) => d.message.includes('not a setting aifactory-flags uses'))).toEqual([]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('runtimes: language and version become one runtimeStack, commented with both settings', () => {
    expect(result.yaml).toContain(
      `    runtimeStack: NODE|20-lts # WEBAPP_RUNTIME (line ${lineOf('WEBAPP_RUNTIME')}), WEBAPP_RUNTIME_VERSION (line ${lineOf('WEBAPP_RUNTIME_VERSION')})`,
    );
    expect(parsed.config!.services.webApp.runtimeStack).toBe('NODE|20-lts');
    expect(parsed.config!.services.functionApp.runtimeStack).toBe('PYTHON|3.12');
    for (const key of ['WEBAPP_RUNTIME', 'WEBAPP_RUNTIME_VERSION', 'FUNCTION_RUNTIME', 'FUNCTION_VERSION'])
      expect(about(result.report, key)).toEqual([]);
  });

  test("the admin user goes to the VM; the default container app's image becomes its apps entry", () => {
    expect(parsed.config!.services.virtualMachine.adminUsername).toBe('aifadmin');
    expect(result.yaml).toContain(
      `    adminUsername: aifadmin # ADMIN_USERNAME (line ${lineOf('ADMIN_USERNAME')})`,
    );
    expect(parsed.config!.services.containerApps.apps).toEqual([
      {
        name: 'web',
        image: 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest',
        cpu: 1,
        memory: '2Gi',
        targetPort: 80,
      },
    ]);
    // What the entry takes from today's Bicep rather than from the file is said.
    expect(about(result.report, 'ACA_W_REGISTRY_IMAGE')[0]).toMatchObject({
      severity: 'note',
      code: 'import.derived',
      location: { line: lineOf('ACA_W_REGISTRY_IMAGE') },
    });
  });

  test('every carried value is planned into its body', () => {
    const { plan, desired } = buildPlan(
      parsed.config!,
      'dev',
      catalog,
      emptyObserved('11111111-1111-1111-1111-111111111111'),
      { allowDestroy: [] },
    );
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const config = (r: DesiredResource) =>
      (
        r.body.properties as {
          siteConfig: { linuxFxVersion: string; appSettings: { name: string; value: string }[] };
        }
      ).siteConfig;
    const web = mainResource(desired, 'webApp', 'Microsoft.Web/sites');
    expect(config(web).linuxFxVersion).toBe('NODE|20-lts');
    const func = mainResource(desired, 'functionApp', 'Microsoft.Web/sites');
    expect(config(func).linuxFxVersion).toBe('PYTHON|3.12');
    expect(config(func).appSettings).toContainEqual({ name: 'FUNCTIONS_WORKER_RUNTIME', value: 'python' });
    const vm = mainResource(desired, 'virtualMachine', 'Microsoft.Compute/virtualMachines');
    expect((vm.body.properties as { osProfile: { adminUsername: string } }).osProfile.adminUsername).toBe(
      'aifadmin',
    );
    const app = mainResource(desired, 'containerApps', 'Microsoft.App/containerApps');
    expect(app.name).toBe('ca-web-007-dev');
    expect(
      (app.body.properties as { template: { containers: { image: string; resources: unknown }[] } }).template
        .containers[0],
    ).toMatchObject({
      image: 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest',
      resources: { cpu: 1, memory: '2Gi' },
    });
  });

  test('settings that stay behind name their own reason', () => {
    const reason = (key: string) => about(result.report, key)[0]?.message ?? '(not reported)';
    expect(reason('ADMIN_HYBRID_BENEFIT')).toMatch(/Ubuntu Data Science VM image/);
    expect(reason('BING_CUSTOM_SEARCH_SKU')).toMatch(/the one SKU of Grounding with Bing Custom Search/);
    expect(reason('DATABRICKS_OID')).toMatch(/first-party AzureDatabricks service principal/);
    expect(reason('DATABRICKS_PRIVATE')).toMatch(/Databricks is always private/);
    expect(reason('TENANT_AZUREML_OID')).toMatch(/first-party 'Azure Machine Learning' service principal/);
    expect(reason('BYO_CONTRIBUTOR_ROLE_ID')).toMatch(/no role on the resource group/);
    expect(reason('DISABLE_CONTRIBUTOR_ACCESS_FORUSERS')).toMatch(/never gives it/);
    expect(reason('DISABLE_RBAC_ADMIN_ON_RG_FORUSERS')).toMatch(/Role Based Access Control Administrator/);
    expect(reason('CLEAN_FOUNDRY_CAPHOST')).toMatch(/when foundryCapabilityHost is switched off/);
    expect(reason('FOUNDRY_DEPLOYMENT_TYPE')).toMatch(/Azure Verified Modules/);
    expect(reason('POLICY_EXEMPTION_ASSIGNMENT_IDS')).toMatch(
      /Azure Policy and its exemptions are the platform/,
    );
    expect(reason('POLICY_EXEMPTION_DEFINITION_REFERENCE_IDS')).toMatch(/exemptions are the platform/);
    expect(reason('RUN_JOB1_NETWORKING')).toMatch(/plans the subnets with everything else/);
    expect(reason('PROJECT_TYPE')).toMatch(/architecture \(genai-1 or esml\)/);
    expect(reason('AIFACTORY_COMMON_ONLY_DEV_ENVIRONMENT')).toMatch(
      /lists the project's environments itself/,
    );
    expect(reason('AIFACTORY_SEEDING_KEYVAULT_SUBSCRIPTION_ID')).toMatch(/seeding Key Vault/);
    // The Azure DevOps spellings get the same reasons.
    const ado = importVariables(
      [
        'variables:',
        "  adminUsername: 'esmladmin'",
        "  admin_hybridBenefit: 'false'",
        "  databricksOID: '<optional>_ObjectID'",
        "  azure_machinelearning_sp_oid: '<todo>_ObjectID'",
        "  dev_admin_bicep_input_keyvault_subscription: '<todo>_SubID'",
        "  runNetworkingVar: 'true'",
        "  admin_projectType: 'all'",
      ].join('\n'),
      'v.yaml',
      catalog,
    );
    const adoReason = (key: string) => about(ado.report, key)[0]?.message ?? '(not reported)';
    expect(adoReason('adminUsername')).toBe(
      'adminUsername not carried over: it is an option of virtualMachine and adminVirtualMachine, which are off in the imported file',
    );
    expect(adoReason('admin_hybridBenefit')).toBe(
      reason('ADMIN_HYBRID_BENEFIT').replace('ADMIN_HYBRID_BENEFIT', 'admin_hybridBenefit'),
    );
    expect(adoReason('databricksOID')).toMatch(/AzureDatabricks/);
    expect(adoReason('azure_machinelearning_sp_oid')).toMatch(/'Azure Machine Learning' service principal/);
    expect(adoReason('dev_admin_bicep_input_keyvault_subscription')).toMatch(/seeding Key Vault/);
    expect(adoReason('runNetworkingVar')).toBe(
      reason('RUN_JOB1_NETWORKING').replace('RUN_JOB1_NETWORKING', 'runNetworkingVar'),
    );
    expect(adoReason('admin_projectType')).toMatch(/architecture/);
  });
});

/** The fixture's project settings, the flags that switch the apps on, and the given lines. */
function importApps(lines: string[]): ReturnType<typeof importEnv> & { text: string } {
  const project = text
    .split('\n')
    .filter(
      (l) =>
        /^(AIFACTORY_|PROJECT_NUMBER|TENANT_ID|[A-Z]+_SUBSCRIPTION_ID|COMMON_VNET|[A-Z]+_CIDR_RANGE)/.test(
          l,
        ) &&
        !l.startsWith('AIFACTORY_SEEDING') &&
        !l.startsWith('AIFACTORY_COMMON'),
    );
  const flags = ['ENABLE_WEBAPP="true"', 'ENABLE_FUNCTION="true"', 'ENABLE_CONTAINER_APPS="true"'];
  const env = [...project, ...flags, ...lines].join('\n') + '\n';
  return { ...importEnv(env, 'a.env', catalog), text: env };
}
const lineIn = (env: string, key: string) => env.split('\n').findIndex((l) => l.startsWith(`${key}=`)) + 1;
const optionLine = (yaml: string, option: string) =>
  yaml.split('\n').find((l) => l.startsWith(`    ${option}:`));

describe("today's language and version → runtimeStack", () => {
  test.each([
    ['WEBAPP', 'python', '3.13', 'PYTHON|3.13'],
    ['WEBAPP', 'node', '22-lts', 'NODE|22-lts'],
    ['WEBAPP', 'node', '20', 'NODE|20-lts'],
    ['WEBAPP', 'dotnet', 'v8.0', 'DOTNETCORE|8.0'],
    ['WEBAPP', 'dotnet', '9', 'DOTNETCORE|9.0'],
    ['WEBAPP', 'java', '17', 'JAVA|17-java17'],
    ['FUNCTION', 'python', '3.10', 'PYTHON|3.10'],
    ['FUNCTION', 'node', '20-lts', 'NODE|20'],
    ['FUNCTION', 'java', '21', 'JAVA|21'],
    ['FUNCTION', 'powershell', '7.4', 'POWERSHELL|7.4'],
    ['FUNCTION', 'dotnet-isolated', 'v8.0', 'DOTNET-ISOLATED|8.0'],
    ['FUNCTION', 'Python', '3.11', 'PYTHON|3.11'],
  ])('%s %s %s → %s', (app, language, version, stack) => {
    const runtimeKey = app === 'WEBAPP' ? 'WEBAPP_RUNTIME' : 'FUNCTION_RUNTIME';
    const versionKey = app === 'WEBAPP' ? 'WEBAPP_RUNTIME_VERSION' : 'FUNCTION_VERSION';
    const r = importApps([`${runtimeKey}="${language}"`, `${versionKey}="${version}"`]);
    const service = app === 'WEBAPP' ? 'webApp' : 'functionApp';
    expect(r.report.filter((d) => d.severity === 'error' && !d.message.includes('sshPublicKey'))).toEqual([]);
    const parsed = parseConfig(completed(r.yaml), 'aifactory.yaml', catalog);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.config!.services[service].runtimeStack).toBe(stack);
  });
});

describe('what the catalog cannot express is an error at its line and a TODO the validator points at', () => {
  /** The import's error about `key`, and the config error at the line of the TODO it wrote. */
  function todoOf(r: ReturnType<typeof importEnv>, key: string, option: string) {
    const error = r.report.find((d) => d.severity === 'error' && d.message.startsWith(key));
    const yaml = completed(r.yaml);
    const line = yaml.split('\n').findIndex((l) => l.startsWith(`    ${option}: "<todo>"`)) + 1;
    const parsed = parseConfig(yaml, 'aifactory.yaml', catalog);
    const configError = parsed.diagnostics.find((d) => d.severity === 'error' && d.location?.line === line);
    return { error, line, configError };
  }

  test("today's default Function App runtime, dotnet v7.0 (in-process, Windows): not guessed as isolated", () => {
    const r = importApps(['FUNCTION_RUNTIME="dotnet"', 'FUNCTION_VERSION="v7.0"']);
    const { error, line, configError } = todoOf(r, 'FUNCTION_RUNTIME', 'runtimeStack');
    expect(error).toMatchObject({
      code: 'import.bad-value',
      location: { line: lineIn(r.text, 'FUNCTION_RUNTIME') },
      hint: 'move the app to the isolated worker model and set services.functionApp.runtimeStack to DOTNET-ISOLATED|8.0 or DOTNET-ISOLATED|9.0',
    });
    expect(error!.message).toMatch(/in-process model, .* Linux with \.NET in the isolated worker model/);
    expect(line).toBeGreaterThan(0);
    expect(optionLine(r.yaml, 'runtimeStack')).toMatch(/# TODO: FUNCTION_RUNTIME 'dotnet'/);
    expect(configError?.hint).toMatch(/valid choices: .*DOTNET-ISOLATED\|8\.0/);
  });

  test('a version past its support: the stack it would be, and the choices of that language', () => {
    const r = importApps(['WEBAPP_RUNTIME="python"', 'WEBAPP_RUNTIME_VERSION="3.8"']);
    const { error, configError } = todoOf(r, 'WEBAPP_RUNTIME', 'runtimeStack');
    expect(error!.message).toBe(
      "WEBAPP_RUNTIME 'python' with WEBAPP_RUNTIME_VERSION '3.8' is PYTHON|3.8, which is no runtime stack of the catalog's webApp (not offered, or past its end of support)",
    );
    expect(error!.hint).toBe(
      'set services.webApp.runtimeStack to one of PYTHON|3.10, PYTHON|3.11, PYTHON|3.12, PYTHON|3.13',
    );
    expect(configError).toBeDefined();
  });

  test('a language the app does not have, a missing version and a placeholder version', () => {
    const ruby = importApps(['WEBAPP_RUNTIME="ruby"', 'WEBAPP_RUNTIME_VERSION="2.7"']);
    expect(todoOf(ruby, 'WEBAPP_RUNTIME', 'runtimeStack').error!.message).toMatch(
      /'ruby' is no language of a Linux web app \(python, node, dotnet, java\)/,
    );
    const noVersion = importApps(['FUNCTION_RUNTIME="node"']);
    expect(todoOf(noVersion, 'FUNCTION_RUNTIME', 'runtimeStack').error!.message).toBe(
      "FUNCTION_RUNTIME 'node' names no version (functionVersion): services.functionApp.runtimeStack needs both",
    );
    const todo = importApps(['FUNCTION_RUNTIME="node"', 'FUNCTION_VERSION="<todo>"']);
    expect(todoOf(todo, 'FUNCTION_VERSION', 'runtimeStack').error).toMatchObject({
      code: 'import.placeholder',
      location: { line: lineIn(todo.text, 'FUNCTION_VERSION') },
    });
  });

  test('an admin user Azure refuses, and a placeholder image', () => {
    const admin = importApps(['SERVICE_SETTING_DEPLOY_PROJECT_VM="true"', 'ADMIN_USERNAME="admin"']);
    const { error, configError } = todoOf(admin, 'ADMIN_USERNAME', 'adminUsername');
    expect(error!.message).toMatch(
      /^ADMIN_USERNAME 'admin' is not a Linux user name .* names Azure reserves/,
    );
    expect(configError).toBeDefined();
    const image = importApps(['ACA_W_REGISTRY_IMAGE="<todo>/my-image:1.0"']);
    expect(todoOf(image, 'ACA_W_REGISTRY_IMAGE', 'apps').error).toMatchObject({ code: 'import.placeholder' });
    expect(todoOf(image, 'ACA_W_REGISTRY_IMAGE', 'apps').configError).toBeDefined();
  });

  test('a Bing Custom Search SKU other than G2 is a warning, not carried', () => {
    const r = importApps(['BING_CUSTOM_SEARCH_SKU="S1"']);
    expect(about(r.report, "BING_CUSTOM_SEARCH_SKU 'S1'")[0]).toMatchObject({
      severity: 'warning',
      message:
        "BING_CUSTOM_SEARCH_SKU 'S1' not carried over: Grounding with Bing Custom Search has one SKU, G2, which bingCustomSearch always uses",
    });
  });
});
