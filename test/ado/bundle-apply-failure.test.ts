// An apply that fails on the emulated Azure, run through the built task bundle as the agent runs it: a
// management lock (CanNotDelete) keeps a resource the reviewed plan deletes, ARM answers ScopeLocked, and the
// summary the task uploads must carry the code, ARM's message and what to do, the task result must be Failed,
// and every service of the apply must have its own ##[group] section.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTaskStep } from '../e2e/host-steps.js';
import { lockResource, resourceOfPlan } from '../github/locked-resource.js';
import { expectOneGroupPerChangedService, logGroups, serviceOfGroup } from '../github/log-groups.js';
import { FIXTURES, requireBundle, TASK_BUNDLE } from '../github/runner.js';
import { taskResult } from './vso.js';

describe('the task bundle: an apply that fails on Azure', () => {
  let work: string;
  let sources: string;
  let step = 0;

  beforeAll(() => {
    requireBundle(TASK_BUNDLE);
    work = mkdtempSync(join(tmpdir(), 'aif-task-failure-'));
    sources = join(work, 's');
    mkdirSync(sources);
    copyFileSync(join(FIXTURES, 'aifactory.yaml'), join(sources, 'aifactory.yaml'));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const run = (inputs: Record<string, string>) =>
    runTaskStep(
      { configFile: 'aifactory.yaml', environment: 'dev', ...inputs },
      {},
      { sources, agentTemp: join(work, `temp-${++step}`) },
    );

  let registry = '';

  test('a successful apply: one ##[group] section per changed service, none nested, titled with its outcome', async () => {
    const plan = await run({ command: 'plan', planFile: 'plan-1.json' });
    expect(plan.ok).toBe(true);
    const planned = JSON.parse(readFileSync(join(sources, 'plan-1.json'), 'utf8'));
    registry = resourceOfPlan(planned, 'containerRegistry', 'Microsoft.ContainerRegistry/registries');

    const apply = await run({ command: 'apply', planFile: 'plan-1.json' });
    expect(apply.ok).toBe(true);
    expectOneGroupPerChangedService(apply.log, 'ado', planned);
  });

  test('a locked resource the plan deletes: the uploaded summary has the code, message and what to do; the task fails', async () => {
    const config = join(sources, 'aifactory.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('containerRegistry: true', 'containerRegistry: false'),
    );
    await lockResource(join(sources, '.aifactory', 'local'), registry);

    const plan = await run({ command: 'plan', planFile: 'plan-2.json', allowDestroy: 'containerRegistry' });
    expect(plan).toMatchObject({ ok: true, outputs: { deleteCount: '1', blockedCount: '0' } });
    const apply = await run({ command: 'apply', planFile: 'plan-2.json', allowDestroy: 'containerRegistry' });

    expect(apply.ok).toBe(false);
    expect(taskResult(apply.log)).toEqual({
      result: 'Failed',
      message: 'apply of prj007/dev failed: containerRegistry; re-run to continue',
    });
    expect(apply.summary).toContain('## aifactory apply: prj007 · dev — failed');
    expect(apply.summary).toMatch(
      /- `containerRegistry` \(delete\): `ScopeLocked` — The scope '.*' cannot perform delete operation because following scope\(s\) are locked: '.*registries\/acrprj007[a-z0-9]+dev'\. Please remove the lock and try again\./,
    );
    expect(apply.summary).toContain(
      '  - What to do: a management lock (CanNotDelete/ReadOnly) covers this resource or its resource group: remove the lock',
    );
    const failed = logGroups(apply.log, 'ado').find((g) => serviceOfGroup(g.title) === 'containerRegistry')!;
    expect(failed.title).toMatch(/^✗ containerRegistry: delete failed after \d+s: ScopeLocked · /);
    expect(failed.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^##vso\[task\.issue type=error;source=TaskInternal;\]✗ containerRegistry: delete failed: ScopeLocked: /,
        ),
      ]),
    );
  });
});
