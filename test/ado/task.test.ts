// The task's flow (inputs → RunOptions → run() → variables, issues, summary, result) with the task lib
// replaced by a recorder and run() by a stub returning fixed results. The real bundle is tested in bundle.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunOptions, RunResult } from '../../src/app/types.js';
import type { Plan } from '../../src/core/types.js';
import { runTask, type TaskLib } from '../../src/hosts/ado/task.js';
import { createTaskLogger } from '../../src/hosts/ado/logger.js';
import type { EndpointReader } from '../../src/hosts/ado/credential.js';
import type { EnvironmentTarget } from '../../src/hosts/shared/environment-target.js';

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
  extra: { endpoint?: EndpointReader; environment?: EnvironmentTarget } = {},
) {
  const log: string[] = [];
  const calls: { options?: RunOptions; environmentRead?: [string, string] } = {};
  const tl: TaskLib = {
    getInput: (n) => inputs[n],
    debug: (m) => void log.push(`debug:${m}`),
    warning: (m) => void log.push(`warning:${m}`),
    error: (m) => void log.push(`error:${m}`),
    logIssue: (t, m, f, l, c) => void log.push(`issue:${t}:${f}:${l}:${c}:${m}`),
    setVariable: (n, v, s, o) => void log.push(`var:${n}=${v}${s ? ':secret' : ''}${o ? ':output' : ''}`),
    uploadSummary: (p) => void log.push(`summary:${p}`),
    setResult: (r, m) => void log.push(`result:${r}:${m}`),
    endpoint: extra.endpoint ?? {
      scheme: () => undefined,
      authParam: () => undefined,
      dataParam: () => undefined,
      variable: () => undefined,
      setSecret: () => {},
    },
  };
  const cwd = mkdtempSync(join(tmpdir(), 'aif-task-'));
  const deps = {
    tl,
    env: { AGENT_TEMPDIRECTORY: cwd, ...env },
    cwd,
    write: (line: string) => void log.push(line),
    run: async (options: RunOptions) => {
      calls.options = options;
      if (result instanceof Error) throw result;
      return result;
    },
    readEnvironment: async (configPath: string, environment: string) => {
      calls.environmentRead = [configPath, environment];
      return extra.environment;
    },
  };
  return { deps, log, calls, cwd, cleanup: () => rmSync(cwd, { recursive: true, force: true }) };
}

describe('Azure DevOps task flow', () => {
  test('a plan sets every output variable as output, uploads the summary and succeeds', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local' },
      {
        exitCode: 2,
        ok: true,
        diagnostics: [],
        plan: plan({ create: 3, delete: 1, blocked: 1 }),
        planFile: 'aifactory-plan-dev.json',
        markdown: '## Plan\n',
        message: 'Plan: 3 to create, 1 to delete.',
      },
    );
    try {
      await runTask(h.deps);
      expect(h.calls.options).toMatchObject({
        command: 'plan',
        environment: 'dev',
        target: 'local',
        planFile: 'aifactory-plan-dev.json',
      });
      expect(h.log).toEqual(
        expect.arrayContaining([
          'var:hasChanges=true:output',
          'var:createCount=3:output',
          'var:updateCount=0:output',
          'var:deleteCount=1:output',
          'var:blockedCount=1:output',
          `var:planFile=${join(h.cwd, 'aifactory-plan-dev.json')}:output`,
          'var:fingerprint=sha256:abc:output',
          'result:Succeeded:Plan: 3 to create, 1 to delete.',
        ]),
      );
      const summary = h.log.find((l) => l.startsWith('summary:'))!.slice('summary:'.length);
      expect(readFileSync(summary, 'utf8')).toBe('## Plan\n');
    } finally {
      h.cleanup();
    }
  });

  test('validate on target azure neither reads nor needs the service connection it is given', async () => {
    const h = harness(
      { command: 'validate', target: 'azure', azureSubscription: 'not-authorised-here' },
      { exitCode: 0, ok: true, diagnostics: [], message: 'aifactory.yaml is valid.' },
    );
    try {
      await runTask(h.deps);
      expect(h.calls.options?.credential).toBeUndefined();
      expect(h.log.some((l) => l.startsWith('Azure login'))).toBe(false);
      expect(h.log.at(-1)).toBe('result:Succeeded:aifactory.yaml is valid.');
    } finally {
      h.cleanup();
    }
  });

  /** A service-principal connection (secret) for subscription `subscriptionId`, as the agent exposes it. */
  const spnConnection = (subscriptionId: string): EndpointReader => ({
    scheme: (id) => (id === 'aifactory-dev' ? 'ServicePrincipal' : undefined),
    authParam: (_id, key) =>
      ({
        tenantid: '99999999-9999-4999-8999-999999999999',
        serviceprincipalid: 'spn-client',
        serviceprincipalkey: 'spn-secret',
        authenticationType: 'spnKey',
      })[key],
    dataParam: (_id, key) => (key === 'subscriptionid' ? subscriptionId : undefined),
    variable: () => undefined,
    setSecret: () => {},
  });
  const CONFIG_DEV: EnvironmentTarget = {
    where: 'environments.dev in aifactory.yaml',
    subscriptionId: '00000000-0000-0000-0000-000000000001',
  };
  const planned: RunResult = {
    exitCode: 0,
    ok: true,
    diagnostics: [],
    plan: plan({}),
    message: 'No changes.',
  };

  test("a service connection for another subscription than the config's is a warning naming both", async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', azureSubscription: 'aifactory-dev' },
      planned,
      {},
      { endpoint: spnConnection('00000000-0000-0000-0000-0000000000aa'), environment: CONFIG_DEV },
    );
    try {
      await runTask(h.deps);
      expect(h.calls.environmentRead).toEqual(['aifactory.yaml', 'dev']);
      expect(h.log.filter((l) => l.startsWith('warning:'))).toEqual([
        "warning:Service connection 'aifactory-dev' is for subscription 00000000-0000-0000-0000-0000000000aa, but " +
          'environments.dev in aifactory.yaml says subscriptionId 00000000-0000-0000-0000-000000000001: the task ' +
          "plans 00000000-0000-0000-0000-000000000001 (the config decides), where the connection's identity may " +
          'have no access. Use the service connection of that subscription, or fix the config.',
      ]);
      // The config decides: the run is not pointed at the connection's subscription.
      expect(h.calls.options!.subscriptionId).toBeUndefined();
      expect(h.log.at(-1)).toBe('result:Succeeded:No changes.');
    } finally {
      h.cleanup();
    }
    const same = harness(
      { command: 'plan', environment: 'dev', azureSubscription: 'aifactory-dev' },
      planned,
      {},
      { endpoint: spnConnection('00000000-0000-0000-0000-000000000001'), environment: CONFIG_DEV },
    );
    try {
      await runTask(same.deps);
      expect(same.log.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      same.cleanup();
    }
  });

  test('apply without planFile warns that it plans and applies what nobody reviewed', async () => {
    const h = harness({ command: 'apply', environment: 'dev', target: 'local' }, planned);
    try {
      await runTask(h.deps);
      expect(h.log.filter((l) => l.startsWith('warning:'))).toEqual([
        "warning:No 'planFile': this apply plans and applies in one step, and what it applies was not reviewed. " +
          "To apply exactly a reviewed plan, run plan with 'planFile', review it, and pass that file to apply " +
          '(the promotion templates do).',
      ]);
    } finally {
      h.cleanup();
    }
    const reviewed = harness(
      { command: 'apply', environment: 'dev', target: 'local', planFile: 'p.json' },
      planned,
    );
    try {
      await runTask(reviewed.deps);
      expect(reviewed.log.filter((l) => l.startsWith('warning:'))).toEqual([]);
    } finally {
      reviewed.cleanup();
    }
  });

  test('failOnChanges fails a plan with changes and says why', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', target: 'local', failOnChanges: 'true' },
      { exitCode: 2, ok: true, diagnostics: [], plan: plan({ update: 2 }), message: 'Plan: 2 to update.' },
    );
    try {
      await runTask(h.deps);
      expect(h.log.at(-1)).toBe(
        "result:Failed:The plan has 2 change(s) (0 to create, 2 to update, 0 to delete) and 'failOnChanges' is on.",
      );
    } finally {
      h.cleanup();
    }
  });

  test('config errors become issues with source path, line and column; the task fails with the run message', async () => {
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
            message: "unknown flag 'aiSerch'",
            hint: "did you mean 'aiSearch'?",
            location: { file: 'aifactory.yaml', line: 4, column: 3 },
          },
          { severity: 'warning', code: 'x', message: 'no location' },
        ],
      },
      { BUILD_SOURCESDIRECTORY: '' },
    );
    try {
      await runTask(h.deps);
      expect(h.log).toEqual(
        expect.arrayContaining([
          "issue:error:aifactory.yaml:4:3:unknown flag 'aiSerch' (did you mean 'aiSearch'?)",
          'warning:no location',
          'result:Failed:1 error in aifactory.yaml.',
        ]),
      );
      expect(h.log.some((l) => l.startsWith('var:'))).toBe(false);
    } finally {
      h.cleanup();
    }
  });

  test('invalid inputs fail before anything runs', async () => {
    const h = harness({ command: 'deploy' }, new Error('must not run'));
    try {
      await runTask(h.deps);
      expect(h.calls.options).toBeUndefined();
      expect(h.log.at(-1)).toMatch(/^result:Failed:aifactory-flags: 2 invalid input\(s\)/);
    } finally {
      h.cleanup();
    }
  });

  test('a missing service connection fails with what to check', async () => {
    const h = harness(
      { command: 'plan', environment: 'dev', azureSubscription: 'gone' },
      new Error('must not run'),
    );
    try {
      await runTask(h.deps);
      expect(h.calls.options).toBeUndefined();
      expect(h.log.at(-1)).toMatch(/^result:Failed:Service connection 'gone' was not found/);
    } finally {
      h.cleanup();
    }
  });

  test('an unexpected exception fails the task with its message and closes an open section', async () => {
    const h = harness({ command: 'validate', target: 'local' }, new Error('boom'));
    try {
      await runTask(h.deps);
      expect(h.log.at(-1)).toBe('result:Failed:aifactory-flags stopped unexpectedly: boom');
    } finally {
      h.cleanup();
    }
  });
});

describe('task logger', () => {
  test('sections never nest and errors with a location are issues', () => {
    const lines: string[] = [];
    const issues: string[] = [];
    const logger = createTaskLogger(
      {
        debug: () => {},
        warning: (m) => void lines.push(`W ${m}`),
        error: (m) => void lines.push(`E ${m}`),
        logIssue: (t, m, f, l, c) => void issues.push(`${t} ${f}:${l}:${c} ${m}`),
      },
      (l) => void lines.push(l),
      { cwd: '/s/infra', sourcesDirectory: '/s' },
    );
    logger.startGroup('keyVault');
    logger.startGroup('storage');
    logger.info('deploying');
    logger.endGroup();
    logger.endGroup();
    logger.error('bad', { file: 'aifactory.yaml', line: 2, column: 1 });
    logger.warn('careful');
    expect(lines).toEqual([
      '##[group]keyVault',
      '##[endgroup]',
      '##[group]storage',
      'deploying',
      '##[endgroup]',
      'W careful',
    ]);
    expect(issues).toEqual(['error infra/aifactory.yaml:2:1 bad']);
  });
});
