// Same config, same state, same inputs → the GitHub Action and the Azure DevOps task write the identical
// plan JSON, byte for byte. Both built bundles run against copies of one emulator state directory.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ACTION_BUNDLE,
  FIXTURES,
  inputVariable,
  requireBundle,
  runNode,
  TASK_BUNDLE,
} from '../github/runner.js';
import { taskResult } from './vso.js';

// The emulator's clock (read by both hosts for target local): deployments near-instant, plans unchanged.
const TIME_SCALE = '0.001';

describe('identical plans from both hosts', () => {
  let work: string;

  beforeAll(() => {
    requireBundle(ACTION_BUNDLE);
    requireBundle(TASK_BUNDLE);
    work = mkdtempSync(join(tmpdir(), 'aif-identical-'));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  function actionEnv(dir: string, inputs: Record<string, string>): Record<string, string> {
    const env: Record<string, string> = {
      GITHUB_OUTPUT: join(dir, 'gh-output.txt'),
      GITHUB_STEP_SUMMARY: join(dir, 'gh-summary.md'),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_EVENT_NAME: 'push',
      AIFACTORY_TIME_SCALE: TIME_SCALE,
    };
    writeFileSync(env.GITHUB_OUTPUT, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY, '');
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    return env;
  }

  test('after a change to an applied environment (a flag off, its deletion allowed)', async () => {
    // A world that exists: dev applied once.
    const base = join(work, 'base');
    mkdirSync(base);
    writeFileSync(join(base, 'aifactory.yaml'), readFileSync(join(FIXTURES, 'aifactory.yaml')));
    const common = {
      config: 'aifactory.yaml',
      environment: 'dev',
      target: 'local',
      parallelism: '4',
      'what-if': 'false',
    };
    const planned = await runNode(
      process.execPath,
      ACTION_BUNDLE,
      actionEnv(base, { ...common, command: 'plan', 'plan-file': 'p0.json' }),
      base,
    );
    expect(planned.code).toBe(0);
    const applied = await runNode(
      process.execPath,
      ACTION_BUNDLE,
      actionEnv(base, { ...common, command: 'apply', 'plan-file': 'p0.json' }),
      base,
    );
    expect(applied.code).toBe(0);

    // The change under review: Cosmos DB off, its deletion allowed by input.
    const changed = readFileSync(join(base, 'aifactory.yaml'), 'utf8').replace(
      'cosmosDb: true',
      'cosmosDb: false',
    );
    const github = join(work, 'github');
    const ado = join(work, 'ado');
    for (const dir of [github, ado]) {
      cpSync(join(base, '.aifactory'), join(dir, '.aifactory'), { recursive: true });
      writeFileSync(join(dir, 'aifactory.yaml'), changed);
    }

    const gh = await runNode(
      process.execPath,
      ACTION_BUNDLE,
      actionEnv(github, {
        ...common,
        command: 'plan',
        'plan-file': 'plan.json',
        'allow-destroy': 'cosmosDb',
      }),
      github,
    );
    expect(gh.stdout).not.toContain('::error');
    const task = await runNode(
      process.execPath,
      TASK_BUNDLE,
      {
        AGENT_TEMPDIRECTORY: ado,
        BUILD_SOURCESDIRECTORY: ado,
        AIFACTORY_TIME_SCALE: TIME_SCALE,
        INPUT_COMMAND: 'plan',
        INPUT_CONFIGFILE: join(ado, 'aifactory.yaml'),
        INPUT_ENVIRONMENT: 'dev',
        INPUT_TARGET: 'local',
        INPUT_PARALLELISM: '4',
        INPUT_WHATIF: 'false',
        INPUT_FAILONCHANGES: 'false',
        INPUT_PLANFILE: 'plan.json',
        INPUT_ALLOWDESTROY: 'cosmosDb',
      },
      ado,
    );
    expect(taskResult(task.stdout).result).toBe('Succeeded');

    const fromGitHub = readFileSync(join(github, 'plan.json'));
    const fromAdo = readFileSync(join(ado, 'plan.json'));
    const plan = JSON.parse(fromGitHub.toString('utf8'));
    expect(plan.summary.delete).toBeGreaterThanOrEqual(1);
    expect(plan.actions.find((a: { service: string }) => a.service === 'cosmosDb').action).toBe('delete');
    expect(fromAdo.equals(fromGitHub)).toBe(true);
  });
});
