// The built task (ado-extension/tasks/AIFactoryFlagsV1/dist/index.js) run as the agent runs it, offline:
// through the task lib's MockTestRunner with the current Node (no download), and started directly with
// INPUT_* and ENDPOINT_* variables, against the local emulator. Assertions read the ##vso lines (variables,
// summary upload, task.complete), because a task process exits 0 even when the task failed.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, node24, requireBundle, runNode, TASK_BUNDLE } from '../github/runner.js';
import { makeCertificate } from '../github/stand-ins.js';
import { outputVariables, taskResult, vsoCommands } from './vso.js';

const require = createRequire(import.meta.url);
const { MockTestRunner } =
  require('azure-pipelines-task-lib/mock-test.js') as typeof import('azure-pipelines-task-lib/mock-test.js');

const TASK_JSON = new URL('../../ado-extension/tasks/AIFactoryFlagsV1/task.json', import.meta.url);

describe('the Azure DevOps task bundle, run as the agent runs it', () => {
  let work: string;
  let sources: string;
  let step = 0;

  beforeAll(() => {
    requireBundle(TASK_BUNDLE);
    work = mkdtempSync(join(tmpdir(), 'aif-task-bundle-'));
    sources = join(work, 's');
    mkdirSync(sources, { recursive: true });
    copyFileSync(join(FIXTURES, 'aifactory.yaml'), join(sources, 'aifactory.yaml'));
    copyFileSync(join(FIXTURES, 'broken.yaml'), join(sources, 'broken.yaml'));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** The agent's environment for one task step: inputs (filePath already rooted), variables, endpoints. */
  async function runTask(
    inputs: Record<string, string>,
    extra: Record<string, string> = {},
    node = process.execPath,
  ) {
    step++;
    const temp = join(work, `agent-temp-${step}`);
    mkdirSync(temp, { recursive: true });
    const env: Record<string, string> = {
      AGENT_TEMPDIRECTORY: temp,
      AGENT_WORKFOLDER: work,
      BUILD_SOURCESDIRECTORY: sources,
      SYSTEM_DEFAULTWORKINGDIRECTORY: sources,
      TF_BUILD: 'True',
      INPUT_TARGET: 'local',
      INPUT_CONFIGFILE: join(sources, 'aifactory.yaml'),
      INPUT_PARALLELISM: '4',
      INPUT_WHATIF: 'false',
      INPUT_FAILONCHANGES: 'false',
      // A pipeline variable reaches the task as an environment variable: the emulator's clock, near-instant.
      AIFACTORY_TIME_SCALE: '0.001',
      ...extra,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await runNode(node, TASK_BUNDLE, env, sources);
    return {
      ...r,
      vars: outputVariables(r.stdout),
      result: taskResult(r.stdout),
      commands: vsoCommands(r.stdout),
    };
  }

  test('validate succeeds', async () => {
    const r = await runTask({ command: 'validate' });
    expect(r.code).toBe(0);
    expect(r.result).toEqual({
      result: 'Succeeded',
      message: expect.stringContaining('aifactory.yaml is valid'),
    });
  });

  test('plan: output variables set as outputs, the summary uploaded, Succeeded', async () => {
    const r = await runTask({ command: 'plan', environment: 'dev', planFile: 'plan-dev.json' });
    expect(r.result.result).toBe('Succeeded');
    expect(r.vars).toEqual({
      hasChanges: 'true',
      createCount: expect.stringMatching(/^[1-9]\d*$/),
      updateCount: '0',
      deleteCount: '0',
      blockedCount: '0',
      planFile: join(sources, 'plan-dev.json'),
      fingerprint: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    });
    const upload = r.commands.find((c) => c.command === 'task.uploadsummary');
    expect(upload).toBeDefined();
    const summary = readFileSync(upload!.message, 'utf8');
    expect(summary).toContain('```mermaid');
    expect(JSON.parse(readFileSync(join(sources, 'plan-dev.json'), 'utf8')).fingerprint).toBe(
      r.vars.fingerprint,
    );
  });

  test('apply of that plan file: a section per service, outputs, Succeeded', async () => {
    const r = await runTask({ command: 'apply', environment: 'dev', planFile: 'plan-dev.json' });
    expect(r.result.result).toBe('Succeeded');
    expect(r.stdout).toMatch(/^##\[group\].*keyVault/m);
    expect(r.stdout).toMatch(/^##\[endgroup\]/m);
    expect(r.vars.planFile).toBe(join(sources, 'plan-dev.json'));
    expect(r.vars.hasChanges).toBe('true');
    const upload = r.commands.find((c) => c.command === 'task.uploadsummary');
    expect(readFileSync(upload!.message, 'utf8')).toMatch(/succeeded/i);
  });

  test('apply of the same (now stale) plan fails with the reason', async () => {
    const r = await runTask({ command: 'apply', environment: 'dev', planFile: 'plan-dev.json' });
    expect(r.code).toBe(0); // the agent reads the result, not the exit code
    expect(r.result.result).toBe('Failed');
    expect(r.result.message).toContain('plan is stale');
  });

  test('a broken config: an issue with source path, line and column, Failed', async () => {
    const r = await runTask({ command: 'validate', configFile: join(sources, 'broken.yaml') });
    expect(r.result.result).toBe('Failed');
    const issue = r.commands.find((c) => c.command === 'task.logissue' && c.properties.type === 'error');
    expect(issue?.properties).toMatchObject({
      sourcepath: 'broken.yaml',
      linenumber: '19',
      columnnumber: '3',
    });
    expect(issue?.message).toMatch(/aiSerch.*aiSearch/);
  });

  test('an AIFACTORY_TIME_SCALE that is not a positive number: Failed, naming the variable', async () => {
    const r = await runTask(
      { command: 'plan', environment: 'dev', planFile: 'plan-never.json' },
      { AIFACTORY_TIME_SCALE: 'fast' },
    );
    expect(r.result.result).toBe('Failed');
    expect(r.result.message).toContain(
      "Environment variable AIFACTORY_TIME_SCALE is 'fast': use a positive number",
    );
    expect(existsSync(join(sources, 'plan-never.json'))).toBe(false);
  });

  test('target azure without a service connection input: Failed with what to set', async () => {
    const r = await runTask({ command: 'plan', environment: 'dev', target: 'azure' });
    expect(r.result.result).toBe('Failed');
    expect(r.result.message).toContain("Input 'azureSubscription' is required when target is azure");
  });

  test('a service connection the agent did not provide: Failed, naming it', async () => {
    const r = await runTask({
      command: 'plan',
      environment: 'dev',
      target: 'azure',
      azureSubscription: 'ai-factory-dev',
    });
    expect(r.result.result).toBe('Failed');
    expect(r.result.message).toContain("Service connection 'ai-factory-dev' was not found");
  });

  test('workload identity without System.AccessToken: Failed, saying how to map it', async () => {
    const id = 'c0ffee00-0000-4000-8000-000000000001';
    const r = await runTask(
      { command: 'plan', environment: 'dev', target: 'azure', azureSubscription: id },
      {
        [`ENDPOINT_AUTH_${id}`]: JSON.stringify({
          scheme: 'WorkloadIdentityFederation',
          parameters: { tenantid: 't', serviceprincipalid: 'c' },
        }),
        [`ENDPOINT_AUTH_SCHEME_${id}`]: 'WorkloadIdentityFederation',
        [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: '99999999-9999-4999-8999-999999999999',
        [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALID`]: '22222222-2222-2222-2222-222222222222',
        [`ENDPOINT_DATA_${id}_SUBSCRIPTIONID`]: '11111111-1111-1111-1111-111111111111',
        SYSTEM_OIDCREQUESTURI: 'http://127.0.0.1:9/oidc',
      },
    );
    expect(r.result.result).toBe('Failed');
    expect(r.result.message).toContain('SYSTEM_ACCESSTOKEN: $(System.AccessToken)');
  });

  test('a service principal secret is registered as a secret and never printed', async () => {
    const id = 'c0ffee00-0000-4000-8000-000000000002';
    const secret = 'very-secret-client-key-123';
    const r = await runTask(
      // An unknown environment stops the run right after login, before any network call.
      { command: 'plan', environment: 'nope', target: 'azure', azureSubscription: id },
      {
        [`ENDPOINT_AUTH_${id}`]: JSON.stringify({
          scheme: 'ServicePrincipal',
          parameters: {
            tenantid: '99999999-9999-4999-8999-999999999999',
            serviceprincipalid: 'c',
            serviceprincipalkey: secret,
            authenticationType: 'spnKey',
          },
        }),
        [`ENDPOINT_AUTH_SCHEME_${id}`]: 'ServicePrincipal',
        [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: '99999999-9999-4999-8999-999999999999',
        [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALID`]: '22222222-2222-2222-2222-222222222222',
        [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALKEY`]: secret,
        [`ENDPOINT_AUTH_PARAMETER_${id}_AUTHENTICATIONTYPE`]: 'spnKey',
      },
    );
    expect(r.stdout).toContain('Azure login: service principal');
    const lines = r.stdout.split('\n').filter((l) => l.includes(secret));
    expect(lines).toEqual([`##vso[task.setsecret]${secret}`]);
    expect(r.result.result).toBe('Failed');
    expect(r.stdout).toMatch(/nope/);
  });

  const certDir = mkdtempSync(join(tmpdir(), 'aif-task-cert-'));
  const certificate = makeCertificate(certDir);
  afterAll(() => rmSync(certDir, { recursive: true, force: true }));

  (certificate ? test : test.skip)(
    'a service principal certificate (a multi-line PEM) logs in and is masked line by line, never printed',
    async () => {
      if (!certificate) return;
      const id = 'c0ffee00-0000-4000-8000-000000000003';
      const pem = `${certificate.key}${certificate.cert}`;
      const r = await runTask(
        { command: 'plan', environment: 'nope', target: 'azure', azureSubscription: id },
        {
          [`ENDPOINT_AUTH_${id}`]: JSON.stringify({
            scheme: 'ServicePrincipal',
            parameters: {
              tenantid: '99999999-9999-4999-8999-999999999999',
              serviceprincipalid: '22222222-2222-2222-2222-222222222222',
              servicePrincipalCertificate: pem,
              authenticationType: 'spnCertificate',
            },
          }),
          [`ENDPOINT_AUTH_SCHEME_${id}`]: 'ServicePrincipal',
          [`ENDPOINT_AUTH_PARAMETER_${id}_TENANTID`]: '99999999-9999-4999-8999-999999999999',
          [`ENDPOINT_AUTH_PARAMETER_${id}_SERVICEPRINCIPALID`]: '22222222-2222-2222-2222-222222222222',
          [`ENDPOINT_AUTH_PARAMETER_${id}_AUTHENTICATIONTYPE`]: 'spnCertificate',
        },
      );
      expect(r.stdout).toContain(
        'Azure login: service principal 22222222-2222-2222-2222-222222222222 with a certificate',
      );
      expect(r.stdout).not.toMatch(/multiple lines/i);
      const body = pem.split('\n').filter((l) => l.trim() && !l.startsWith('-----'));
      const masked = r.commands.filter((c) => c.command === 'task.setsecret').map((c) => c.message);
      expect(new Set(masked)).toEqual(new Set(body));
      const printed = r.stdout.split('\n').filter((l) => !l.startsWith('##vso[task.setsecret]'));
      expect(printed.filter((l) => body.some((b) => l.includes(b)))).toEqual([]);
      // It stopped at the unknown environment, after login and before any network call.
      expect(r.result.result).toBe('Failed');
      expect(r.stdout).toMatch(/nope/);
    },
  );

  test('through the task lib MockTestRunner with the current Node (offline)', async () => {
    // The runner spawns `node <harness>`; the harness sets inputs with TaskMockRunner and runs the bundle.
    const harness = join(work, 'harness.cjs');
    writeFileSync(
      harness,
      [
        `const { TaskMockRunner } = require(${JSON.stringify(require.resolve('azure-pipelines-task-lib/mock-run.js'))});`,
        `process.chdir(${JSON.stringify(sources)});`,
        `const tmr = new TaskMockRunner(${JSON.stringify(TASK_BUNDLE)});`,
        `tmr.setInput('command', 'plan');`,
        `tmr.setInput('environment', 'stage');`,
        `tmr.setInput('target', 'local');`,
        `tmr.setInput('configFile', ${JSON.stringify(join(sources, 'aifactory.yaml'))});`,
        `tmr.setInput('planFile', 'plan-stage-mock.json');`,
        `process.env.AGENT_TEMPDIRECTORY = ${JSON.stringify(work)};`,
        `process.env.AIFACTORY_TIME_SCALE = '0.001';`,
        // The bundle carries its own task lib: run it as is (no mocked task lib).
        `tmr.run(true);`,
      ].join('\n'),
    );
    const tr = new MockTestRunner(harness, TASK_JSON.pathname);
    tr.nodePath = process.execPath; // never download a Node build
    await tr.runAsync();
    expect(tr.stderr).toBe('');
    expect(tr.succeeded).toBe(true);
    expect(tr.errorIssues).toEqual([]);
    expect(outputVariables(tr.stdout).hasChanges).toBe('true');
    expect(tr.stdout).toContain('##vso[task.uploadsummary]');
    expect(existsSync(join(sources, 'plan-stage-mock.json'))).toBe(true);
  });

  const n24 = node24();
  (n24.path ? test : test.skip)(
    `Node 24 runs the task too (validate and plan)${n24.skipReason ? ` — ${n24.skipReason}` : ''}`,
    async () => {
      const v = await runTask({ command: 'validate' }, {}, n24.path);
      expect(v.result.result).toBe('Succeeded');
      const p = await runTask(
        { command: 'plan', environment: 'stage', planFile: 'plan-stage-24.json' },
        {},
        n24.path,
      );
      expect(p.result.result).toBe('Succeeded');
      expect(p.vars.hasChanges).toBe('true');
    },
  );
});
