// The Action's flow with @actions/core replaced by a recorder and run() by a stub returning fixed results.
// The built bundle, run the way the runner runs it, is tested in bundle.test.ts.
import { getOctokit } from '@actions/github';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions, RunResult } from '../../src/app/types.js';
import type { Plan } from '../../src/core/types.js';
import { type ActionCore, type ActionDeps, runAction } from '../../src/hosts/github/action.js';
import { startGitHubApi } from './github-api.js';

function plan(summary: Partial<Plan['summary']>): Plan {
  return {
    schemaVersion: 1,
    tool: { name: 'aifactory-flags', version: '1.0.0' },
    project: 'prj001',
    environment: 'dev',
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    location: 'swedencentral',
    fingerprint: 'sha256:abc',
    inputs: { config: 'c', observed: 'o', options: 'p' },
    summary: { create: 0, update: 0, delete: 0, noop: 0, blocked: 0, ...summary },
    estimatedSeconds: 0,
    criticalPath: [],
    actions: [],
    blocked: [],
    conflicts: [],
    subnets: [],
    diagnostics: [],
  };
}

function harness(
  inputs: Record<string, string>,
  result: RunResult | Error,
  env: Record<string, string> = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'aif-action-'));
  inputs = { 'working-directory': dir, ...inputs };
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  const summaries: string[] = [];
  const calls: { options?: RunOptions } = {};
  const rec = (kind: string) => (m: string) => void log.push(`${kind}:${m}`);
  const core: ActionCore = {
    getInput: (n) => inputs[n] ?? '',
    setOutput: (n, v) => void (outputs[n] = String(v)),
    setSecret: rec('secret'),
    setFailed: rec('failed'),
    info: rec('info'),
    warning: rec('warning'),
    error: rec('error'),
    notice: rec('notice'),
    debug: rec('debug'),
    startGroup: rec('group'),
    endGroup: () => void log.push('endgroup'),
    getIDToken: async () => 'id-token',
    summary: { addRaw: (t) => ({ write: async () => void summaries.push(t) }) },
  };
  const cwdBefore = process.cwd();
  const deps: ActionDeps = {
    core,
    env: {
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: join(dir, 'step-summary.md'),
      ...env,
    },
    run: async (options: RunOptions) => {
      calls.options = options;
      if (result instanceof Error) throw result;
      return result;
    },
    renderMarkdown: (p: Plan, o: { maxLength?: number; detailsUrl?: string }) =>
      `## Plan ${p.environment} (≤${o.maxLength}) ${o.detailsUrl ?? ''}`,
    defaultCredential: () => ({ getToken: async () => null }),
    getOctokit,
  };
  return {
    dir,
    deps,
    outputs,
    log,
    summaries,
    calls,
    cleanup: () => {
      process.chdir(cwdBefore);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const okPlan = (p: Plan): RunResult => ({
  exitCode: 2,
  ok: true,
  diagnostics: [],
  plan: p,
  planFile: 'aifactory-plan-dev.json',
  markdown: '## the plan\n',
  message: 'Plan: 2 to create.',
});

describe('GitHub Action flow', () => {
  test('plan: outputs, job summary and summary file', async () => {
    const h = harness({ command: 'plan', environment: 'dev', target: 'local' }, okPlan(plan({ create: 2 })));
    try {
      await runAction(h.deps);
      expect(h.calls.options).toMatchObject({ command: 'plan', environment: 'dev', target: 'local' });
      expect(h.calls.options!.credential).toBeUndefined();
      expect(h.outputs).toEqual({
        'has-changes': 'true',
        create: '2',
        update: '0',
        delete: '0',
        blocked: '0',
        fingerprint: 'sha256:abc',
        'plan-file': join(h.dir, 'aifactory-plan-dev.json'),
        'summary-file': join(h.dir, 'aifactory-summary-aifactory-dev.md'),
      });
      expect(h.summaries).toEqual(['## the plan\n']);
      expect(readFileSync(h.outputs['summary-file'], 'utf8')).toBe('## the plan\n');
      expect(h.log.some((l) => l.startsWith('failed:'))).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  test('target azure logs which login it chose; the github token is masked', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', 'github-token': 'ghs_secret' },
      okPlan(plan({})),
    );
    try {
      await runAction(h.deps);
      expect(h.calls.options!.credential).toBeDefined();
      expect(h.log).toContain('secret:ghs_secret');
      expect(h.log.find((l) => l.startsWith('info:Azure login:'))).toContain('credential chain');
    } finally {
      h.cleanup();
    }
  });

  test('on a pull request the plan comment is created through the API with the run link', async () => {
    const api = await startGitHubApi();
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local', 'github-token': 'ghs_x' },
      okPlan(plan({ create: 1 })),
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_REPOSITORY: 'contoso/ai-factory',
        GITHUB_API_URL: api.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '42',
      },
    );
    try {
      const event = join(h.dir, 'event.json');
      writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7 } }));
      h.deps.env = { ...h.deps.env, GITHUB_EVENT_PATH: event };
      await runAction(h.deps);
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0].body).toMatch(/^<!-- aifactory-flags:aifactory.yaml:dev -->\n## Plan dev/);
      expect(api.comments[0].body).toContain('https://github.com/contoso/ai-factory/actions/runs/42');
      expect(h.log.some((l) => l.startsWith('info:Plan comment created on pull request #7'))).toBe(true);
    } finally {
      h.cleanup();
      await api.close();
    }
  });

  test('a comment the token may not write is a warning, not a failure', async () => {
    const api = await startGitHubApi({ status: 403 });
    const h = harness(
      {
        command: 'plan',
        environment: 'dev',
        target: 'local',
        'github-token': 'ghs_x',
        'comment-on-pr': 'true',
      },
      okPlan(plan({})),
      {
        GITHUB_REPOSITORY: 'contoso/ai-factory',
        GITHUB_API_URL: api.url,
      },
    );
    try {
      const event = join(h.dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 3 } }));
      h.deps.env = { ...h.deps.env, GITHUB_EVENT_PATH: event };
      await runAction(h.deps);
      expect(h.log.find((l) => l.startsWith('warning:'))).toContain('pull-requests: write');
      expect(h.log.some((l) => l.startsWith('failed:'))).toBe(false);
    } finally {
      h.cleanup();
      await api.close();
    }
  });

  test('no token on a pull request: a warning', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local', 'comment-on-pr': 'true' },
      okPlan(plan({})),
      { GITHUB_REPOSITORY: 'o/r' },
    );
    try {
      const event = join(h.dir, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { number: 3 } }));
      h.deps.env = { ...h.deps.env, GITHUB_EVENT_PATH: event };
      await runAction(h.deps);
      expect(h.log.find((l) => l.startsWith('warning:'))).toContain("pass 'github-token'");
    } finally {
      h.cleanup();
    }
  });

  test('fail-on-changes fails the step with the counts', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local', 'fail-on-changes': 'true' },
      okPlan(plan({ delete: 1 })),
    );
    try {
      await runAction(h.deps);
      expect(h.log.at(-1)).toBe(
        "failed:The plan has 1 change(s) (0 to create, 0 to update, 1 to delete) and 'fail-on-changes' is on.",
      );
    } finally {
      h.cleanup();
    }
  });

  test('a failed run: annotations, fallback summary with the errors, step failed with the run message', async () => {
    const h = harness(
      { command: 'validate', target: 'local' },
      {
        exitCode: 1,
        ok: false,
        message: '1 error in aifactory.yaml.',
        diagnostics: [
          {
            severity: 'error',
            code: 'config.unknown-flag',
            message: "unknown flag 'x'",
            location: { file: 'aifactory.yaml', line: 2, column: 3 },
          },
        ],
      },
    );
    try {
      await runAction(h.deps);
      expect(h.log).toContain("error:unknown flag 'x'");
      expect(h.summaries[0]).toContain("`aifactory.yaml:2:3` unknown flag 'x'");
      expect(h.log.at(-1)).toBe('failed:1 error in aifactory.yaml.');
      expect(h.outputs['has-changes']).toBeUndefined();
    } finally {
      h.cleanup();
    }
  });

  test('invalid inputs and an unexpected exception fail the step with a clear message', async () => {
    const bad = harness({ command: 'plan' }, new Error('must not run'));
    try {
      await runAction(bad.deps);
      expect(bad.calls.options).toBeUndefined();
      expect(bad.log.at(-1)).toMatch(
        /^failed:aifactory-flags: 1 invalid input\(s\): Input 'environment' is required/,
      );
    } finally {
      bad.cleanup();
    }
    const crash = harness({ command: 'validate', target: 'local' }, new Error('boom'));
    try {
      await runAction(crash.deps);
      expect(crash.log.at(-1)).toBe('failed:aifactory-flags stopped unexpectedly: boom');
    } finally {
      crash.cleanup();
    }
  });
});
