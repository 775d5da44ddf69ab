import { readActionInputs } from '../../src/hosts/github/inputs.js';
import { DEFAULT_PARALLELISM, splitList } from '../../src/hosts/shared/options.js';

function getter(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

describe('Action inputs', () => {
  test('defaults: config aifactory.yaml, target azure, default plan file per environment', () => {
    const { inputs, problems } = readActionInputs(getter({ command: 'plan', environment: 'dev' }), {});
    expect(problems).toEqual([]);
    expect(inputs!.options).toEqual({
      command: 'plan',
      configPath: 'aifactory.yaml',
      environment: 'dev',
      planFile: 'aifactory-plan-dev.json',
      allowDestroy: [],
      parallelism: DEFAULT_PARALLELISM,
      whatIf: false,
      target: 'azure',
    });
    expect(inputs!.workingDirectory).toBe('.');
    expect(inputs!.failOnChanges).toBe(false);
  });

  test('comment-on-pr auto is on for pull_request events only', () => {
    const pr = readActionInputs(getter({ command: 'plan', environment: 'dev' }), {
      GITHUB_EVENT_NAME: 'pull_request',
    });
    const push = readActionInputs(getter({ command: 'plan', environment: 'dev' }), {
      GITHUB_EVENT_NAME: 'push',
    });
    const forced = readActionInputs(
      getter({ command: 'plan', environment: 'dev', 'comment-on-pr': 'true' }),
      {},
    );
    expect(pr.inputs!.commentOnPr).toBe(true);
    expect(push.inputs!.commentOnPr).toBe(false);
    expect(forced.inputs!.commentOnPr).toBe(true);
  });

  test('every input is read and mapped', () => {
    const { inputs } = readActionInputs(
      getter({
        command: 'apply',
        config: 'infra/aifactory.yaml',
        environment: 'prod',
        'plan-file': 'plan-prod.json',
        'allow-destroy': 'cosmosDb, aiSearch\nredis',
        parallelism: '8',
        'what-if': 'True',
        target: 'local',
        'working-directory': 'project',
        'fail-on-changes': 'false',
        'github-token': 'ghs_x',
        'subscription-id': '00000000-0000-0000-0000-000000000001',
      }),
      { AZURE_CLIENT_ID: 'client-from-env', AZURE_TENANT_ID: 'tenant-from-env' },
    );
    expect(inputs!.options).toMatchObject({
      command: 'apply',
      configPath: 'infra/aifactory.yaml',
      environment: 'prod',
      planFile: 'plan-prod.json',
      allowDestroy: ['cosmosDb', 'aiSearch', 'redis'],
      parallelism: 8,
      whatIf: true,
      target: 'local',
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      tenantId: 'tenant-from-env',
    });
    expect(inputs!.clientId).toBe('client-from-env');
    expect(inputs!.workingDirectory).toBe('project');
    expect(inputs!.githubToken).toBe('ghs_x');
  });

  test('inputs win over AZURE_* variables', () => {
    const { inputs } = readActionInputs(getter({ command: 'validate', 'client-id': 'a', 'tenant-id': 'b' }), {
      AZURE_CLIENT_ID: 'x',
      AZURE_TENANT_ID: 'y',
    });
    expect([inputs!.clientId, inputs!.tenantId]).toEqual(['a', 'b']);
  });

  test('a misspelt command gets the choices and a did-you-mean', () => {
    const { inputs, problems } = readActionInputs(getter({ command: 'paln', environment: 'dev' }), {});
    expect(inputs).toBeUndefined();
    expect(problems).toEqual([
      "Input 'command' is 'paln', which is not a valid choice. Valid choices: validate, plan, apply. Did you mean 'plan'?",
    ]);
  });

  test('missing command, environment for plan, bad parallelism, target, booleans and subscription are all reported', () => {
    const { problems } = readActionInputs(
      getter({
        parallelism: '0',
        target: 'azur',
        'what-if': 'yes',
        'comment-on-pr': 'maybe',
        'subscription-id': 'abc',
      }),
      {},
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Input 'command' is required"),
        expect.stringContaining("Input 'parallelism' is '0'"),
        expect.stringContaining("Did you mean 'azure'?"),
        "Input 'what-if' is 'yes': use true or false.",
        expect.stringContaining("Input 'comment-on-pr' is 'maybe'"),
        expect.stringContaining("Input 'subscription-id' is 'abc'"),
      ]),
    );
    const plan = readActionInputs(getter({ command: 'plan' }), {});
    expect(plan.problems).toEqual([expect.stringContaining("Input 'environment' is required for 'plan'")]);
  });

  test('validate needs no environment', () => {
    expect(readActionInputs(getter({ command: 'validate' }), {}).problems).toEqual([]);
  });

  test('list inputs split on commas, spaces and new lines', () => {
    expect(splitList(' a,b  c\n\nd ,')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('')).toEqual([]);
  });
});
