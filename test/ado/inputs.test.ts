import { configPathForRun, readTaskInputs } from '../../src/hosts/ado/inputs.js';

const getter = (values: Record<string, string>) => (name: string) => values[name];

describe('Task inputs', () => {
  test('maps the task inputs to the same RunOptions the Action builds', () => {
    const { inputs, problems } = readTaskInputs(
      getter({
        command: 'plan',
        azureSubscription: 'my-connection',
        configFile: '/agent/_work/1/s/aifactory.yaml',
        environment: 'dev',
        allowDestroy: 'cosmosDb,aiSearch',
        parallelism: '6',
        whatIf: 'true',
        failOnChanges: 'true',
        target: 'azure',
      }),
      '/agent/_work/1/s',
    );
    expect(problems).toEqual([]);
    expect(inputs).toEqual({
      serviceConnection: 'my-connection',
      failOnChanges: true,
      options: {
        command: 'plan',
        configPath: 'aifactory.yaml',
        environment: 'dev',
        planFile: 'aifactory-plan-dev.json',
        allowDestroy: ['cosmosDb', 'aiSearch'],
        parallelism: 6,
        whatIf: true,
        target: 'azure',
      },
    });
  });

  test('the ConnectedServiceName alias is accepted', () => {
    const { inputs } = readTaskInputs(getter({ command: 'validate', ConnectedServiceName: 'conn' }), '/s');
    expect(inputs!.serviceConnection).toBe('conn');
  });

  test('target azure without a service connection says what to set', () => {
    const { inputs, problems } = readTaskInputs(getter({ command: 'plan', environment: 'dev' }), '/s');
    expect(inputs).toBeUndefined();
    expect(problems).toEqual([
      expect.stringContaining("Input 'azureSubscription' is required when target is azure"),
    ]);
  });

  test('validate needs no service connection: it reads only the config', () => {
    const { inputs, problems } = readTaskInputs(getter({ command: 'validate' }), '/s');
    expect(problems).toEqual([]);
    expect(inputs!.serviceConnection).toBeUndefined();
    expect(inputs!.options.target).toBe('azure');
  });

  test('target local needs no service connection; an empty filePath input means the default config', () => {
    const { inputs } = readTaskInputs(
      getter({ command: 'validate', target: 'local', configFile: '/s' }),
      '/s',
    );
    expect(inputs!.serviceConnection).toBeUndefined();
    expect(inputs!.options.configPath).toBe('aifactory.yaml');
  });

  test('bad values are reported with the task input names', () => {
    const { problems } = readTaskInputs(
      getter({ command: 'aply', target: 'local', parallelism: 'many', whatIf: 'yes', environment: 'dev' }),
      '/s',
    );
    expect(problems).toEqual([
      "Input 'whatIf' is 'yes': use true or false.",
      "Input 'command' is 'aply', which is not a valid choice. Valid choices: validate, plan, apply. Did you mean 'apply'?",
      "Input 'parallelism' is 'many': use a whole number from 1 to 64 (default 4).",
    ]);
  });

  test('config paths outside the working directory stay absolute', () => {
    expect(configPathForRun('/s/sub/a.yaml', '/s')).toBe('sub/a.yaml');
    expect(configPathForRun('/elsewhere/a.yaml', '/s')).toBe('/elsewhere/a.yaml');
    expect(configPathForRun('rel/a.yaml', '/s')).toBe('rel/a.yaml');
  });
});
