// The built Action bundle (dist/action/index.js) run as the runner runs it: `node dist/action/index.js` with
// INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and a pull_request event payload, against the
// local emulator (target: local, state in the working directory). Nothing here is mocked.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi } from './github-api.js';
import {
  ACTION_BUNDLE,
  FIXTURES,
  inputVariable,
  node24,
  parseGithubOutput,
  requireBundle,
  runNode,
} from './runner.js';
import type { StandIn } from './stand-ins.js';

const REPOSITORY = 'contoso/ai-factory';

/** A realistic (trimmed) pull_request "synchronize" payload. */
function pullRequestEvent(number: number) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Enable Cosmos DB and a container registry',
      head: { ref: 'feature/cosmos', sha: '0123456789abcdef0123456789abcdef01234567' },
      base: { ref: 'main', sha: 'fedcba9876543210fedcba9876543210fedcba98' },
      html_url: `https://github.com/${REPOSITORY}/pull/${number}`,
      user: { login: 'octocat' },
    },
    repository: { name: 'ai-factory', full_name: REPOSITORY, owner: { login: 'contoso' } },
    sender: { login: 'octocat' },
  };
}

interface StepRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

describe('the Action bundle, run as the runner runs it', () => {
  let work: string;
  let api: StandIn & { comments: { id: number; body: string }[] };
  let step = 0;

  beforeAll(async () => {
    requireBundle(ACTION_BUNDLE);
    work = mkdtempSync(join(tmpdir(), 'aif-action-bundle-'));
    mkdirSync(join(work, 'repo', 'infra'), { recursive: true });
    copyFileSync(join(FIXTURES, 'aifactory.yaml'), join(work, 'repo', 'infra', 'aifactory.yaml'));
    copyFileSync(join(FIXTURES, 'broken.yaml'), join(work, 'repo', 'infra', 'broken.yaml'));
    writeFileSync(join(work, 'event.json'), JSON.stringify(pullRequestEvent(12)));
    api = await startGitHubApi();
  });

  afterAll(async () => {
    await api?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function runStep(
    inputs: Record<string, string>,
    opts: { node?: string; env?: Record<string, string> } = {},
  ): Promise<StepRun> {
    step++;
    const temp = join(work, `runner-temp-${step}`);
    mkdirSync(temp, { recursive: true });
    const outputFile = join(temp, 'output.txt');
    const summaryFile = join(temp, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const env: Record<string, string> = {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(work, 'event.json'),
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_WORKSPACE: join(work, 'repo'),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      GITHUB_RUN_ID: '4242',
      RUNNER_TEMP: temp,
      // The emulator's clock (target local only): deployments near-instant.
      AIFACTORY_TIME_SCALE: '0.001',
      // action.yml defaults, as the runner fills them in
      [inputVariable('config')]: 'aifactory.yaml',
      [inputVariable('working-directory')]: 'infra',
      [inputVariable('target')]: 'local',
      [inputVariable('comment-on-pr')]: 'auto',
      [inputVariable('github-token')]: 'ghs_stand_in_token',
      [inputVariable('parallelism')]: '4',
      [inputVariable('what-if')]: 'false',
      [inputVariable('fail-on-changes')]: 'false',
    };
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    Object.assign(env, opts.env);
    const r = await runNode(opts.node ?? process.execPath, ACTION_BUNDLE, env, join(work, 'repo'));
    return {
      code: r.code,
      stdout: r.stdout + r.stderr,
      outputs: parseGithubOutput(outputFile),
      summary: readFileSync(summaryFile, 'utf8'),
    };
  }

  test('plan: outputs, job summary with the Mermaid graph, and one PR comment', async () => {
    const r = await runStep({ command: 'plan', environment: 'dev', 'plan-file': 'plan-dev.json' });
    expect(r.stdout).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(r.outputs['has-changes']).toBe('true');
    expect(Number(r.outputs.create)).toBeGreaterThan(5);
    expect(r.outputs.update).toBe('0');
    expect(r.outputs.delete).toBe('0');
    expect(r.outputs.blocked).toBe('0');
    expect(r.outputs.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.outputs['plan-file']).toBe(join(work, 'repo', 'infra', 'plan-dev.json'));
    const plan = JSON.parse(readFileSync(r.outputs['plan-file'], 'utf8'));
    expect(plan.fingerprint).toBe(r.outputs.fingerprint);
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).toContain('cosmosDb');
    expect(readFileSync(r.outputs['summary-file'], 'utf8').trim()).toBe(r.summary.trim());
    // The PR comment, through the API stand-in, with the hidden marker and the run link.
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body.startsWith('<!-- aifactory-flags:infra/aifactory.yaml:dev -->')).toBe(true);
    expect(api.requests.every((q) => q.headers.authorization === 'token ghs_stand_in_token')).toBe(true);
    // The token is registered with the runner's masker and appears nowhere else in the log.
    expect(r.stdout.split('\n').filter((l) => l.includes('ghs_stand_in_token'))).toEqual([
      '::add-mask::ghs_stand_in_token',
    ]);
  });

  test('a second plan updates the same comment instead of adding one', async () => {
    const before = api.comments[0].id;
    const r = await runStep({ command: 'plan', environment: 'dev', 'plan-file': 'plan-dev.json' });
    expect(r.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].id).toBe(before);
    expect(api.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    expect(r.stdout).toContain(`Plan comment updated on pull request #12`);
  });

  test('a push that breaks the config replaces the plan comment with the errors; fixing it brings the plan back', async () => {
    const config = join(work, 'repo', 'infra', 'aifactory.yaml');
    const good = readFileSync(config, 'utf8');
    const commentId = api.comments[0].id;
    try {
      copyFileSync(join(FIXTURES, 'broken.yaml'), config);
      const broken = await runStep({ command: 'plan', environment: 'dev', 'plan-file': 'plan-broken.json' });
      expect(broken.code).toBe(1);
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0].id).toBe(commentId);
      const body = api.comments[0].body;
      expect(body.split('\n').slice(0, 2)).toEqual([
        '<!-- aifactory-flags:infra/aifactory.yaml:dev -->',
        '### aifactory-flags: no plan for `dev`',
      ]);
      expect(body).toMatch(/^- `infra\/aifactory\.yaml:19:3` .*aiSerch.*aiSearch/m);
      expect(body).not.toContain('```mermaid');
      expect(existsSync(join(work, 'repo', 'infra', 'plan-broken.json'))).toBe(false);
    } finally {
      writeFileSync(config, good);
    }
    const fixed = await runStep({ command: 'plan', environment: 'dev', 'plan-file': 'plan-dev.json' });
    expect(fixed.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0].body).toContain('cosmosDb');
    expect(api.comments[0].body).not.toContain('no plan for');
  });

  test('apply of that plan file: outcomes in the summary, a log group per service, outputs', async () => {
    const r = await runStep({ command: 'apply', environment: 'dev', 'plan-file': 'plan-dev.json' });
    expect(r.stdout).not.toContain('::error');
    expect(r.code).toBe(0);
    expect(r.outputs['has-changes']).toBe('true');
    expect(r.outputs['plan-file']).toBe(join(work, 'repo', 'infra', 'plan-dev.json'));
    expect(r.outputs.fingerprint).toMatch(/^sha256:/);
    expect(r.stdout).toMatch(/::group::.*keyVault/);
    expect(r.stdout).toContain('::endgroup::');
    expect(r.summary).toMatch(/succeeded/i);
    expect(r.summary).toContain('keyVault');
  });

  test('apply of the same plan again is stale: the step fails and says why', async () => {
    const r = await runStep({ command: 'apply', environment: 'dev', 'plan-file': 'plan-dev.json' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*plan is stale/);
    expect(r.stdout).toContain('plan again');
  });

  test('a broken config becomes an annotation on the file, line and column', async () => {
    const r = await runStep({ command: 'validate', config: 'broken.yaml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=infra\/broken\.yaml,line=19,col=3::.*aiSerch.*aiSearch/m);
    expect(r.outputs['has-changes']).toBeUndefined();
  });

  test('invalid inputs fail the step with the choices', async () => {
    const r = await runStep({ command: 'paln', environment: 'dev' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::Input 'command' is 'paln', which is not a valid choice. Valid choices: validate, plan, apply. Did you mean 'plan'?",
    );
  });

  test('an AIFACTORY_TIME_SCALE that is not a positive number fails the step, naming the variable', async () => {
    const r = await runStep(
      { command: 'plan', environment: 'dev', 'plan-file': 'plan-never.json' },
      { env: { AIFACTORY_TIME_SCALE: '-1' } },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "::error::Environment variable AIFACTORY_TIME_SCALE is '-1': use a positive number",
    );
    expect(existsSync(join(work, 'repo', 'infra', 'plan-never.json'))).toBe(false);
  });

  const n24 = node24();
  (n24.path ? test : test.skip)(
    `Node 24 runs the bundle too (plan)${n24.skipReason ? ` — ${n24.skipReason}` : ''}`,
    async () => {
      const r = await runStep(
        { command: 'plan', environment: 'stage', 'plan-file': 'plan-stage.json' },
        { node: n24.path },
      );
      expect(r.stdout).not.toContain('::error');
      expect(r.code).toBe(0);
      expect(r.outputs['has-changes']).toBe('true');
      expect(existsSync(r.outputs['plan-file'])).toBe(true);
    },
  );
});
