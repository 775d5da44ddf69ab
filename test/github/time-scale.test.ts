// AIFACTORY_TIME_SCALE: read once in src/hosts/shared for both hosts, for target local only.
import { readTaskInputs } from '../../src/hosts/ado/inputs.js';
import { readActionInputs } from '../../src/hosts/github/inputs.js';
import { readTimeScale, TIME_SCALE_VARIABLE } from '../../src/hosts/shared/time-scale.js';

const action = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const task = (values: Record<string, string>) => (name: string) => values[name];

describe('readTimeScale', () => {
  test('a positive number on target local becomes the time scale', () => {
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: '0.001' }, 'local')).toEqual({ timeScale: 0.001 });
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: ' 2 ' }, 'local')).toEqual({ timeScale: 2 });
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: '1e-3' }, 'local')).toEqual({ timeScale: 0.001 });
  });

  test('unset or empty: the default (nothing set)', () => {
    expect(readTimeScale({}, 'local')).toEqual({});
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: '  ' }, 'local')).toEqual({});
  });

  test('other targets ignore it, even an invalid value', () => {
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: '0.001' }, 'azure')).toEqual({});
    expect(readTimeScale({ AIFACTORY_TIME_SCALE: 'fast' }, 'azure')).toEqual({});
  });

  test.each(['0', '-1', 'fast', 'Infinity', 'NaN', '0.01s'])(
    "'%s' is a problem naming the variable and what to use",
    (raw) => {
      const { timeScale, problem } = readTimeScale({ AIFACTORY_TIME_SCALE: raw }, 'local');
      expect(timeScale).toBeUndefined();
      expect(problem).toContain(TIME_SCALE_VARIABLE);
      expect(problem).toContain(`'${raw}'`);
      expect(problem).toMatch(/positive number, e\.g\. 0\.01/);
    },
  );
});

describe('both hosts pass it on as RunOptions.timeScale', () => {
  const local = { command: 'plan', environment: 'dev', target: 'local' };

  test('the Action, from its environment', () => {
    const r = readActionInputs(action(local), { AIFACTORY_TIME_SCALE: '0.001' });
    expect(r.problems).toEqual([]);
    expect(r.inputs!.options.timeScale).toBe(0.001);
    const azure = readActionInputs(action({ ...local, target: 'azure' }), { AIFACTORY_TIME_SCALE: '0.001' });
    expect(azure.inputs!.options.timeScale).toBeUndefined();
    expect(readActionInputs(action(local), {}).inputs!.options).not.toHaveProperty('timeScale');
  });

  test('the task, from the agent environment', () => {
    const r = readTaskInputs(task(local), '/s', { AIFACTORY_TIME_SCALE: '0.001' });
    expect(r.problems).toEqual([]);
    expect(r.inputs!.options.timeScale).toBe(0.001);
    const azure = readTaskInputs(task({ ...local, target: 'azure', azureSubscription: 'c' }), '/s', {
      AIFACTORY_TIME_SCALE: '0.001',
    });
    expect(azure.inputs!.options.timeScale).toBeUndefined();
  });

  test('an invalid value stops both hosts with the same message', () => {
    const env = { AIFACTORY_TIME_SCALE: 'fast' };
    const fromAction = readActionInputs(action(local), env);
    const fromTask = readTaskInputs(task(local), '/s', env);
    expect(fromAction.inputs).toBeUndefined();
    expect(fromTask.inputs).toBeUndefined();
    expect(fromAction.problems).toEqual([readTimeScale(env, 'local').problem]);
    expect(fromTask.problems).toEqual(fromAction.problems);
  });
});
