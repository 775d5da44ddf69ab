// An apply that fails on the emulated Azure, run through the built Action bundle as the runner runs it: a
// management lock (CanNotDelete) keeps a resource the reviewed plan deletes, ARM answers ScopeLocked, and the
// job summary (GITHUB_STEP_SUMMARY) must carry the code, ARM's message and what to do, the step must fail, and
// every service of the apply must have its own log group.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionStep } from '../e2e/host-steps.js';
import { lockResource, resourceOfPlan } from './locked-resource.js';
import { expectOneGroupPerChangedService, logGroups, serviceOfGroup } from './log-groups.js';
import { ACTION_BUNDLE, FIXTURES, requireBundle } from './runner.js';

describe('the Action bundle: an apply that fails on Azure', () => {
  let work: string;
  let step = 0;

  beforeAll(() => {
    requireBundle(ACTION_BUNDLE);
    work = mkdtempSync(join(tmpdir(), 'aif-action-failure-'));
    mkdirSync(join(work, 'repo'));
    copyFileSync(join(FIXTURES, 'aifactory.yaml'), join(work, 'repo', 'aifactory.yaml'));
    writeFileSync(join(work, 'event.json'), JSON.stringify({ ref: 'refs/heads/main' }));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const run = (inputs: Record<string, string>) =>
    runActionStep(
      { config: 'aifactory.yaml', environment: 'dev', 'comment-on-pr': 'false', ...inputs },
      {
        workspace: join(work, 'repo'),
        runnerTemp: join(work, `temp-${++step}`),
        eventName: 'push',
        eventPath: join(work, 'event.json'),
        ref: 'refs/heads/main',
        apiUrl: 'http://127.0.0.1:9',
      },
    );

  let registry = '';

  test('a successful apply: one log group per changed service, none nested, titled with its outcome', async () => {
    const plan = await run({ command: 'plan', 'plan-file': 'plan-1.json' });
    expect(plan.ok).toBe(true);
    const planned = JSON.parse(readFileSync(join(work, 'repo', 'plan-1.json'), 'utf8'));
    registry = resourceOfPlan(planned, 'containerRegistry', 'Microsoft.ContainerRegistry/registries');

    const apply = await run({ command: 'apply', 'plan-file': 'plan-1.json' });
    expect(apply.ok).toBe(true);
    const groups = expectOneGroupPerChangedService(apply.log, 'github', planned);
    const keyVault = groups.find((g) => serviceOfGroup(g.title) === 'keyVault')!;
    expect(keyVault.lines.some((l) => /deployment .*keyVault/.test(l))).toBe(true);
  });

  test('a locked resource the plan deletes: the summary has the code, message and what to do; the step fails', async () => {
    const config = join(work, 'repo', 'aifactory.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('containerRegistry: true', 'containerRegistry: false'),
    );
    await lockResource(join(work, 'repo', '.aifactory', 'local'), registry);

    const plan = await run({
      command: 'plan',
      'plan-file': 'plan-2.json',
      'allow-destroy': 'containerRegistry',
    });
    expect(plan).toMatchObject({ ok: true, outputs: { delete: '1', blocked: '0' } });
    const apply = await run({
      command: 'apply',
      'plan-file': 'plan-2.json',
      'allow-destroy': 'containerRegistry',
    });

    expect(apply.ok).toBe(false);
    expect(apply.code).toBe(1);
    expect(apply.log).toMatch(
      /^::error::apply of prj007\/dev failed: containerRegistry; re-run to continue$/m,
    );
    expect(apply.summary).toContain('## aifactory apply: prj007 · dev — failed');
    expect(apply.summary).toMatch(
      /- `containerRegistry` \(delete\): `ScopeLocked` — The scope '.*' cannot perform delete operation because following scope\(s\) are locked: '.*registries\/acrprj007[a-z0-9]+dev'\. Please remove the lock and try again\./,
    );
    expect(apply.summary).toContain(
      '  - What to do: a management lock (CanNotDelete/ReadOnly) covers this resource or its resource group: remove the lock',
    );
    // The failed service's group is titled with the code and holds the error and what to do.
    const failed = logGroups(apply.log, 'github').find(
      (g) => serviceOfGroup(g.title) === 'containerRegistry',
    )!;
    expect(failed.title).toMatch(/^✗ containerRegistry: delete failed after \d+s: ScopeLocked · /);
    expect(failed.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::error::✗ containerRegistry: delete failed: ScopeLocked: The scope /),
        expect.stringMatching(/^::error::  hint: a management lock \(CanNotDelete\/ReadOnly\)/),
      ]),
    );
  });
});
