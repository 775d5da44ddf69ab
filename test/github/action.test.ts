// The Action's flow with @actions/core replaced by a recorder and run() by a stub returning fixed results.
// The built bundle, run the way the runner runs it, is tested in bundle.test.ts.
import { getOctokit } from '@actions/github';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions, RunResult } from '../../src/app/types.js';
import type { Plan } from '../../src/core/types.js';
import { type ActionCore, type ActionDeps, runAction } from '../../src/hosts/github/action.js';
import type { EnvironmentTarget } from '../../src/hosts/shared/environment-target.js';
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
  environment?: EnvironmentTarget,
) {
  const dir = mkdtempSync(join(tmpdir(), 'aif-action-'));
  inputs = { 'working-directory': dir, ...inputs };
  const outputs: Record<string, string> = {};
  const log: string[] = [];
  const summaries: string[] = [];
  const calls: { options?: RunOptions; environmentRead?: [string, string] } = {};
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
    readEnvironment: async (configPath, env) => {
      calls.environmentRead = [configPath, env];
      return environment;
    },
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

  const OIDC_ENV = {
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/idtoken?api-version=2.0',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
  };
  const CONFIG_ENV: EnvironmentTarget = {
    where: 'environments.dev in aifactory.yaml',
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    tenantId: '99999999-9999-4999-8999-999999999999',
  };

  test("OIDC takes the tenant from the config's environment when neither tenant-id nor AZURE_TENANT_ID is set", async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', 'client-id': 'app-client-id' },
      okPlan(plan({})),
      OIDC_ENV,
      CONFIG_ENV,
    );
    try {
      await runAction(h.deps);
      expect(h.calls.environmentRead).toEqual(['aifactory.yaml', 'dev']);
      expect(h.log.find((l) => l.startsWith('info:Azure login:'))).toBe(
        'info:Azure login: OIDC workload identity federation for client app-client-id in tenant ' +
          '99999999-9999-4999-8999-999999999999 (tenant from environments.dev in aifactory.yaml) ' +
          '(a fresh GitHub ID token per Azure token).',
      );
      // The tenant from the config is the config's: the plan is not given it as an override.
      expect(h.calls.options!.tenantId).toBeUndefined();
    } finally {
      h.cleanup();
    }
  });

  test('tenant-id wins over the config; without any tenant the log says where to set one', async () => {
    const given = harness(
      { command: 'plan', environment: 'dev', 'client-id': 'c', 'tenant-id': 'input-tenant' },
      okPlan(plan({})),
      OIDC_ENV,
      CONFIG_ENV,
    );
    try {
      await runAction(given.deps);
      const login = given.log.find((l) => l.startsWith('info:Azure login:'))!;
      expect(login).toContain('in tenant input-tenant (a fresh');
      expect(login).not.toContain('tenant from');
    } finally {
      given.cleanup();
    }
    const none = harness(
      { command: 'plan', environment: 'dev', 'client-id': 'c' },
      okPlan(plan({})),
      OIDC_ENV,
      { ...CONFIG_ENV, tenantId: undefined },
    );
    try {
      await runAction(none.deps);
      expect(none.log.find((l) => l.startsWith('info:Azure login:'))).toBe(
        'info:Azure login: the Azure credential chain (OIDC is available but no tenant is known: set tenant-id ' +
          '(or AZURE_TENANT_ID), or tenantId under environments.dev in aifactory.yaml).',
      );
    } finally {
      none.cleanup();
    }
  });

  test('validate logs in to nothing and reads no environment', async () => {
    const h = harness(
      { command: 'validate' },
      { exitCode: 0, ok: true, diagnostics: [], message: 'ok' },
      OIDC_ENV,
    );
    try {
      await runAction(h.deps);
      expect(h.calls.options!.credential).toBeUndefined();
      expect(h.calls.environmentRead).toBeUndefined();
      expect(h.log.some((l) => l.startsWith('info:Azure login:'))).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  test("a subscription-id that is not the config environment's is a warning naming both", async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local' },
      okPlan(plan({})),
      { AZURE_SUBSCRIPTION_ID: '00000000-0000-0000-0000-0000000000ff' },
      CONFIG_ENV,
    );
    try {
      await runAction(h.deps);
      expect(h.calls.options!.subscriptionId).toBe('00000000-0000-0000-0000-0000000000ff');
      expect(h.log.filter((l) => l.startsWith('warning:'))).toEqual([
        'warning:AZURE_SUBSCRIPTION_ID is 00000000-0000-0000-0000-0000000000ff but environments.dev in ' +
          'aifactory.yaml says subscriptionId 00000000-0000-0000-0000-000000000001: the plan targets ' +
          '00000000-0000-0000-0000-0000000000ff (AZURE_SUBSCRIPTION_ID overrides the config). If the config is ' +
          'right, drop AZURE_SUBSCRIPTION_ID; if not, fix the config.',
      ]);
    } finally {
      h.cleanup();
    }
    // The same subscription (any case) says nothing.
    const same = harness(
      { command: 'plan', environment: 'dev', target: 'local', 'subscription-id': CONFIG_ENV.subscriptionId },
      okPlan(plan({})),
      {},
      CONFIG_ENV,
    );
    try {
      await runAction(same.deps);
      expect(same.log.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      same.cleanup();
    }
  });

  test('apply without plan-file says it plans and applies what nobody reviewed; with one it does not', async () => {
    const applied: RunResult = { exitCode: 0, ok: true, diagnostics: [], message: 'applied' };
    const bare = harness({ command: 'apply', environment: 'dev', target: 'local' }, applied);
    try {
      await runAction(bare.deps);
      expect(bare.log.filter((l) => l.startsWith('notice:'))).toEqual([
        "notice:No 'plan-file': this apply plans and applies in one step, and what it applies was not reviewed. " +
          "To apply exactly a reviewed plan, run plan with 'plan-file', review it, and pass that file to apply " +
          '(the promotion templates do).',
      ]);
    } finally {
      bare.cleanup();
    }
    const reviewed = harness(
      { command: 'apply', environment: 'dev', target: 'local', 'plan-file': 'p.json' },
      applied,
    );
    try {
      await runAction(reviewed.deps);
      expect(reviewed.log.filter((l) => l.startsWith('notice:'))).toEqual([]);
    } finally {
      reviewed.cleanup();
    }
  });

  test('a plan that fails on config errors replaces the PR comment with the errors, never leaving the old plan', async () => {
    const api = await startGitHubApi();
    const env = {
      GITHUB_REPOSITORY: 'contoso/ai-factory',
      GITHUB_API_URL: api.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '43',
    };
    const inputs = {
      command: 'plan',
      environment: 'dev',
      target: 'local',
      'github-token': 'ghs_x',
      'comment-on-pr': 'true',
    };
    const broken: RunResult = {
      exitCode: 1,
      ok: false,
      message: 'aifactory.yaml has errors; nothing was planned',
      diagnostics: [
        {
          severity: 'error',
          code: 'config.unknown-flag',
          message: "unknown flag 'aiSerch'",
          hint: "did you mean 'aiSearch'?",
          location: { file: 'aifactory.yaml', line: 19, column: 3 },
        },
        { severity: 'warning', code: 'config.x', message: 'a warning is not listed' },
      ],
    };
    const first = harness(inputs, okPlan(plan({ create: 1 })), env);
    const second = harness(inputs, broken, env);
    try {
      for (const h of [first, second]) {
        const event = join(h.dir, 'event.json');
        writeFileSync(event, JSON.stringify({ pull_request: { number: 9 } }));
        h.deps.env = { ...h.deps.env, GITHUB_EVENT_PATH: event };
      }
      await runAction(first.deps);
      first.cleanup();
      await runAction(second.deps);
      expect(api.comments).toHaveLength(1);
      expect(api.comments[0].body).toBe(
        [
          '<!-- aifactory-flags:aifactory.yaml:dev -->',
          '### aifactory-flags: no plan for `dev`',
          '',
          'The latest commit could not be planned, so the plan that was here is gone: aifactory.yaml has errors; nothing was planned',
          '',
          '1 error in `aifactory.yaml`:',
          '',
          "- `aifactory.yaml:19:3` unknown flag 'aiSerch' (did you mean 'aiSearch'?)",
          '',
          'Fix them and push: the plan comes back here. [Run log](https://github.com/contoso/ai-factory/actions/runs/43)',
        ].join('\n'),
      );
      expect(
        second.log.some((l) =>
          l.startsWith('info:Comment (no plan: the errors) updated on pull request #9: '),
        ),
      ).toBe(true);
      expect(second.log.at(-1)).toBe('failed:aifactory.yaml has errors; nothing was planned');
    } finally {
      second.cleanup();
      await api.close();
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
