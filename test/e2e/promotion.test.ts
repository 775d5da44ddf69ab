// What the promotion templates do, in their order, with the real bundles: the GitHub starters and the reusable
// workflows they call run the Action bundle as the runner starts it; the Azure DevOps starter and the
// templates it expands run the task bundle as the agent starts it. Each host has its own work dir (a copy of
// test/e2e/aifactory.yaml) and its own emulator state, which stands for Azure across the jobs. At every step
// the plan files both hosts wrote are compared byte for byte.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startGitHubApi } from '../github/github-api.js';
import { ACTION_BUNDLE, requireBundle, TASK_BUNDLE } from '../github/runner.js';
import type { StandIn } from '../github/stand-ins.js';
import { readProjectFile } from '../templates/template-files.js';
import {
  type AdoStageRecord,
  type AzurePipelineContext,
  compilePipeline,
  localTemplate,
  runPipeline,
} from './azure-pipeline.js';
import {
  type GitHubRunContext,
  type JobRecord,
  jobOrder,
  localWorkflow,
  runReusableWorkflow,
  runStarter,
} from './github-workflow.js';
import { REPOSITORY, runActionStep, runTaskStep } from './host-steps.js';

const CONFIG = fileURLToPath(new URL('./aifactory.yaml', import.meta.url));
const GH_PR = 'examples/github/aifactory-pr.yml';
const GH_PROMOTE = 'examples/github/aifactory-promote.yml';
const GH_DRIFT = 'examples/github/aifactory-drift.yml';
const ADO_PIPELINE = 'examples/azure-devops/azure-pipelines.yml';
const ENVIRONMENTS = ['dev', 'stage', 'prod'];

type Phase = 'preview' | 'promote';
interface HostStep {
  env: string;
  phase: Phase;
  command: string;
  ok: boolean;
  outputs: Record<string, string>;
  inputs: Record<string, string>;
  /** The plan file the step wrote (plan) or applied (apply). */
  file: string;
}

/** The action steps a GitHub run made, in order. Counts and paths normalised to the task's names. */
function githubSteps(jobs: JobRecord[]): HostStep[] {
  const out: HostStep[] = [];
  for (const job of jobs) {
    for (const s of job.steps) {
      const w = s.with;
      if (!w || s.status === 'skipped' || !['plan', 'apply'].includes(w.command)) continue;
      out.push({
        env: w.environment,
        phase: /^(plan|apply)-\d$/.test(job.id) ? 'promote' : 'preview',
        command: w.command,
        ok: s.status === 'success',
        inputs: w,
        outputs: {
          hasChanges: s.outputs['has-changes'],
          createCount: s.outputs.create,
          updateCount: s.outputs.update,
          deleteCount: s.outputs.delete,
          blockedCount: s.outputs.blocked,
          fingerprint: s.outputs.fingerprint,
        },
        file: s.outputs['plan-file'],
      });
    }
  }
  return out;
}

function azureSteps(stages: AdoStageRecord[]): HostStep[] {
  const out: HostStep[] = [];
  for (const stage of stages)
    for (const job of stage.jobs)
      for (const s of job.steps) {
        const i = s.inputs;
        if (!i || s.result === 'Skipped' || !['plan', 'apply'].includes(i.command)) continue;
        const { planFile, ...outputs } = s.outputs;
        out.push({
          env: i.environment,
          phase: stage.stage === 'Plan' ? 'preview' : 'promote',
          command: i.command,
          ok: s.result === 'Succeeded',
          inputs: i,
          outputs,
          file: planFile,
        });
      }
  return out;
}

const pick = (steps: HostStep[], phase: Phase, command: string) =>
  steps.filter((s) => s.phase === phase && s.command === command);

/** Both hosts planned the same environments, and each plan is byte-identical between them. */
function expectIdenticalPlans(github: HostStep[], azure: HostStep[], phase: Phase): void {
  const gh = pick(github, phase, 'plan');
  const ado = pick(azure, phase, 'plan');
  expect(ado.map((s) => s.env)).toEqual(gh.map((s) => s.env));
  for (const [i, g] of gh.entries()) {
    const fromGitHub = readFileSync(g.file);
    const fromAzure = readFileSync(ado[i].file);
    expect({ env: g.env, identical: fromAzure.equals(fromGitHub) }).toEqual({ env: g.env, identical: true });
    expect(ado[i].outputs).toEqual(g.outputs);
  }
}

describe('promotion end to end: the templates with the real Action and task bundles', () => {
  let root: string;
  let api: StandIn & { comments: { id: number; body: string }[] };
  let run = 0;
  const gh = { workspace: '', eventPath: '' };
  const ado = { sources: '' };

  beforeAll(async () => {
    requireBundle(ACTION_BUNDLE);
    requireBundle(TASK_BUNDLE);
    root = mkdtempSync(join(tmpdir(), 'aif-e2e-'));
    gh.workspace = join(root, 'github', 'repo');
    ado.sources = join(root, 'ado', 's');
    for (const dir of [gh.workspace, ado.sources]) {
      mkdirSync(dir, { recursive: true });
      copyFileSync(CONFIG, join(dir, 'aifactory.yaml'));
    }
    api = await startGitHubApi();
  });

  afterAll(async () => {
    await api?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** One run of a GitHub starter, with a fresh artifact store and runner temp dirs. */
  function github(starter: string, event: { name: string; ref: string; inputs?: Record<string, string> }) {
    const ctx = githubRun(event);
    return { ctx, result: runStarter(starter, ctx) };
  }

  /** The context of one GitHub run (event payload, artifact store, runner temp dirs), nothing started yet. */
  function githubRun(event: {
    name: string;
    ref: string;
    inputs?: Record<string, string>;
  }): GitHubRunContext {
    run++;
    const base = join(root, 'github', `run-${run}`);
    const eventPath = join(base, 'event.json');
    mkdirSync(base, { recursive: true });
    const payload =
      event.name === 'pull_request'
        ? {
            action: 'synchronize',
            number: 12,
            pull_request: { number: 12, head: { ref: 'flags' }, base: { ref: 'main' } },
            repository: { full_name: REPOSITORY },
          }
        : { ref: event.ref, repository: { full_name: REPOSITORY }, inputs: event.inputs ?? {} };
    writeFileSync(eventPath, JSON.stringify(payload));
    return {
      workspace: gh.workspace,
      artifacts: join(base, 'artifacts'),
      temp: join(base, 'runners'),
      event,
      runAction: (inputs, job) =>
        runActionStep(inputs, {
          workspace: gh.workspace,
          runnerTemp: job.runnerTemp,
          eventName: event.name,
          eventPath,
          ref: event.ref,
          apiUrl: api.url,
        }),
    };
  }

  /** One run of the Azure DevOps starter; `override` edits a stage template's parameters for this run. */
  function azure(
    reason: string,
    override?: (template: string, parameters: Record<string, unknown>) => Record<string, unknown>,
  ) {
    run++;
    const base = join(root, 'ado', `run-${run}`);
    const ctx: AzurePipelineContext = {
      sources: ado.sources,
      artifacts: join(base, 'artifacts'),
      temp: join(base, 'agents'),
      reason,
      runTask: (inputs, env, job) =>
        runTaskStep(inputs, env, { sources: ado.sources, agentTemp: job.agentTemp }),
    };
    return { ctx, result: runPipeline(compilePipeline(ADO_PIPELINE, override), ctx) };
  }

  /** The plan a host kept as an artifact for `env` in this run (<artifacts>/<name>/aifactory-plan-<env>.json). */
  const keptPlan = (artifacts: string, name: string, env: string) =>
    readFileSync(join(artifacts, name, `aifactory-plan-${env}.json`));

  const edit = (from: string, to: string) => {
    for (const dir of [gh.workspace, ado.sources]) {
      const file = join(dir, 'aifactory.yaml');
      const text = readFileSync(file, 'utf8');
      expect(text).toContain(from);
      writeFileSync(file, text.replace(from, to));
    }
  };

  /** The promote workflow's jobs per environment, in order: the plan, then the gated apply. */
  const promoteJobs = ENVIRONMENTS.flatMap((_, i) => [`plan-${i + 1}`, `apply-${i + 1}`]);

  test('the templates promote dev → stage → prod, in that order on both hosts', () => {
    const starter = parse(readProjectFile(GH_PROMOTE));
    const promote = parse(readProjectFile(localWorkflow(String(starter.jobs.promote.uses))));
    expect(jobOrder(promote)).toEqual(promoteJobs);
    expect(JSON.parse(promote.on.workflow_call.inputs.environments.default)).toEqual(ENVIRONMENTS);
    expect(JSON.parse(starter.jobs.promote.with.environments)).toEqual(ENVIRONMENTS);
    const pr = parse(readProjectFile(GH_PR));
    expect(JSON.parse(pr.jobs.plan.with.environments)).toEqual(ENVIRONMENTS);

    const stages = compilePipeline(ADO_PIPELINE);
    expect(stages.map((s) => [s.stage, s.dependsOn])).toEqual([
      ['Plan', []],
      ['dev', ['Plan']],
      ['stage', ['dev']],
      ['prod', ['stage']],
    ]);
    const adoStarter = parse(readProjectFile(ADO_PIPELINE));
    expect(adoStarter.stages.map((s: { template: string }) => localTemplate(s.template))).toEqual([
      'pipelines/templates/aifactory-pr.yml',
      ...ENVIRONMENTS.map(() => 'pipelines/templates/aifactory-stage.yml'),
    ]);
  });

  test.each([['["dev","stage","prod","dr"]'], ['[]']])(
    'promote with environments %s stops at once, saying it takes one to three, and touches nothing',
    async (environments) => {
      const promote = localWorkflow(String(parse(readProjectFile(GH_PROMOTE)).jobs.promote.uses));
      const ctx = githubRun({ name: 'push', ref: 'refs/heads/main' });
      const jobs = await runReusableWorkflow(promote, { environments }, ctx);
      expect(jobs.map((j) => [j.id, j.status])).toEqual([
        ['plan-1', 'failure'],
        ...promoteJobs.slice(1).map((id) => [id, 'skipped']),
      ]);
      expect(jobs[0].steps.map((s) => s.status)).toEqual([
        'failure',
        ...jobs[0].steps.slice(1).map(() => 'skipped'),
      ]);
      expect(jobs[0].steps[0].log).toContain(
        `::error title=Environment list::'environments' is ${environments}: give one to three environments in promotion order`,
      );
    },
  );

  test('pull request: validate, then a plan per environment; identical plans, one PR comment each', async () => {
    const g = github(GH_PR, { name: 'pull_request', ref: 'refs/pull/12/merge' });
    const a = azure('PullRequest');
    const [jobs, stages] = await Promise.all([g.result, a.result]);

    expect(jobs.map((j) => [j.id, j.matrix?.environment, j.status])).toEqual([
      ['validate', undefined, 'success'],
      ...ENVIRONMENTS.map((e) => ['plan', e, 'success']),
    ]);
    expect(stages.map((s) => [s.stage, s.result])).toEqual([
      ['Plan', 'Succeeded'],
      ['dev', 'Skipped'],
      ['stage', 'Skipped'],
      ['prod', 'Skipped'],
    ]);
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    for (const s of [...github_, ...azure_]) {
      expect(s).toMatchObject({
        ok: true,
        outputs: { hasChanges: 'true', deleteCount: '0', blockedCount: '0' },
      });
      expect(Number(s.outputs.createCount)).toBeGreaterThan(5);
    }
    expectIdenticalPlans(github_, azure_, 'preview');
    expect(api.comments.map((c) => c.body.split('\n')[0])).toEqual(
      ENVIRONMENTS.map((e) => `<!-- aifactory-flags:aifactory.yaml:${e} -->`),
    );
  });

  let mergeArtifacts: { github: string; azure: string } | undefined;

  test('merge: each environment plans, keeps the plan as an artifact, and its gated job applies exactly it', async () => {
    const g = github(GH_PROMOTE, { name: 'push', ref: 'refs/heads/main' });
    const a = azure('IndividualCI');
    const [jobs, stages] = await Promise.all([g.result, a.result]);

    // GitHub: the plan job has no Environment (nobody approves before the plan exists); the apply job is bound to
    // the Environment of its name, so its reviewers approve with that plan in the run in front of them.
    expect(jobs.map((j) => [j.id, j.environment, j.status])).toEqual(
      ENVIRONMENTS.flatMap((e, i) => [
        [`plan-${i + 1}`, undefined, 'success'],
        [`apply-${i + 1}`, e, 'success'],
      ]),
    );
    // The all-environments Plan stage is for pull requests; here each stage plans its own environment.
    expect(stages.map((s) => [s.stage, s.result])).toEqual([
      ['Plan', 'Skipped'],
      ...ENVIRONMENTS.map((e) => [e, 'Succeeded']),
    ]);
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    expect(azure_.filter((s) => s.phase === 'preview')).toEqual([]);
    expectIdenticalPlans(github_, azure_, 'promote');

    // Order: plan then apply per environment, dev → stage → prod, on both hosts.
    const sequence = (steps: HostStep[]) =>
      steps.filter((s) => s.phase === 'promote').map((s) => `${s.command} ${s.env}`);
    const expected = ENVIRONMENTS.flatMap((e) => [`plan ${e}`, `apply ${e}`]);
    expect(sequence(github_)).toEqual(expected);
    expect(sequence(azure_)).toEqual(expected);

    for (const env of ENVIRONMENTS) {
      const [ghPlan, ghApply] = github_.filter((s) => s.phase === 'promote' && s.env === env);
      const [adoPlan, adoApply] = azure_.filter((s) => s.phase === 'promote' && s.env === env);
      // GitHub: the plan job uploaded its file as the artifact; the apply job downloaded it and applied that file.
      const ghArtifact = join(g.ctx.artifacts, `aifactory-plan-${env}`, `aifactory-plan-${env}.json`);
      expect(readFileSync(ghArtifact).equals(readFileSync(ghPlan.file))).toBe(true);
      expect(ghApply).toMatchObject({ ok: true, inputs: { 'plan-file': ghApply.file } });
      expect(ghApply.file).toMatch(new RegExp(`/aifactory-reviewed/aifactory-plan-${env}\\.json$`));
      expect(ghApply.file).not.toBe(ghPlan.file);
      expect(readFileSync(ghApply.file).equals(readFileSync(ghPlan.file))).toBe(true);
      // Azure DevOps: the deployment job downloads the published artifact and applies that file.
      expect(adoApply.ok).toBe(true);
      expect(adoApply.file).toMatch(new RegExp(`/plan-${env}/aifactory-plan-${env}\\.json$`));
      expect(adoApply.file).not.toBe(adoPlan.file);
      expect(readFileSync(adoApply.file).equals(readFileSync(adoPlan.file))).toBe(true);
      // The apply reports the plan it applied.
      expect(ghApply.outputs).toEqual(ghPlan.outputs);
      expect(adoApply.outputs).toEqual(adoPlan.outputs);
      const applyJob = stages.find((s) => s.stage === env)!.jobs.find((j) => j.job === 'apply')!;
      expect(applyJob.environment).toBe(env);
    }
    mergeArtifacts = {
      github: join(g.ctx.artifacts, 'aifactory-plan-dev', 'aifactory-plan-dev.json'),
      azure: azure_.find((s) => s.phase === 'promote' && s.command === 'apply' && s.env === 'dev')!.file,
    };
  });

  test('a second apply of the same artifact is refused as stale on both hosts', async () => {
    expect(mergeArtifacts).toBeDefined();
    const temp = join(root, 'stale');
    const [g, a] = await Promise.all([
      runActionStep(
        {
          command: 'apply',
          config: 'aifactory.yaml',
          environment: 'dev',
          'plan-file': mergeArtifacts!.github,
        },
        {
          workspace: gh.workspace,
          runnerTemp: join(temp, 'gh'),
          eventName: 'push',
          eventPath: join(temp, 'none.json'),
          ref: 'refs/heads/main',
          apiUrl: api.url,
        },
      ),
      runTaskStep(
        {
          command: 'apply',
          configFile: 'aifactory.yaml',
          environment: 'dev',
          planFile: mergeArtifacts!.azure,
        },
        {},
        { sources: ado.sources, agentTemp: join(temp, 'ado') },
      ),
    ]);
    expect(g.ok).toBe(false);
    expect(g.log).toMatch(/::error::.*plan is stale/);
    expect(a.ok).toBe(false);
    expect(a.log).toMatch(/plan is stale/);
  });

  /** A drift run: the scheduled starter, or the reusable workflow with another environment list. */
  async function drift(environments?: string[]) {
    const event = { name: 'schedule', ref: 'refs/heads/main' };
    const jobs = environments
      ? await runReusableWorkflow(
          localWorkflow(String(parse(readProjectFile(GH_DRIFT)).jobs.drift.uses)),
          { config: 'aifactory.yaml', environments: JSON.stringify(environments) },
          githubRun(event),
        )
      : await github(GH_DRIFT, event).result;
    const legs = jobs.filter((j) => j.id === 'plan');
    const report = jobs.find((j) => j.id === 'report')!;
    const verdicts = Object.fromEntries(
      legs.map((l) => [
        l.matrix!.environment,
        readFileSync(join(l.runnerTemp!, 'aifactory-drift', l.matrix!.environment), 'utf8').trim(),
      ]),
    );
    return { legs, report, verdicts, summary: report.steps.at(-1)!.log ?? '' };
  }

  test('merge again with nothing changed: empty plans, no apply runs', async () => {
    const g = github(GH_PROMOTE, { name: 'push', ref: 'refs/heads/main' });
    const a = azure('IndividualCI');
    const [jobs, stages] = await Promise.all([g.result, a.result]);
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    expect(github_.filter((s) => s.command === 'apply')).toEqual([]);
    expect(azure_.filter((s) => s.command === 'apply')).toEqual([]);
    for (const s of [...github_, ...azure_]) expect(s.outputs.hasChanges).toBe('false');
    for (const env of ENVIRONMENTS)
      expect(stages.find((s) => s.stage === env)!.jobs.find((j) => j.job === 'apply')!.result).toBe(
        'Skipped',
      );
    expectIdenticalPlans(github_, azure_, 'promote');
  });

  test('drift check with Azure as the config says: every environment in sync, not drifted', async () => {
    const d = await drift();
    expect(d.legs.map((l) => [l.matrix!.environment, l.status])).toEqual(
      ENVIRONMENTS.map((e) => [e, 'success']),
    );
    expect(d.verdicts).toEqual({ dev: 'in-sync', stage: 'in-sync', prod: 'in-sync' });
    expect(d.report).toMatchObject({
      status: 'success',
      outputs: { drifted: 'false', 'check-failed': 'false' },
    });
  });

  test('flag change: the PR shows the Cosmos DB delete blocked in every environment, the check fails', async () => {
    edit('cosmosDb: true', 'cosmosDb: false');
    edit('containerRegistry: false', 'containerRegistry: true');
    const g = github(GH_PR, { name: 'pull_request', ref: 'refs/pull/12/merge' });
    const a = azure('PullRequest');
    const [jobs, stages] = await Promise.all([g.result, a.result]);

    expect(jobs.map((j) => [j.id, j.matrix?.environment, j.status])).toEqual([
      ['validate', undefined, 'success'],
      ...ENVIRONMENTS.map((e) => ['plan', e, 'failure']),
    ]);
    expect(stages[0]).toMatchObject({ stage: 'Plan', result: 'Failed' });
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    for (const s of [...github_, ...azure_]) {
      expect(s).toMatchObject({
        ok: false,
        outputs: { hasChanges: 'true', createCount: '1', deleteCount: '0', blockedCount: '1' },
      });
      const plan = JSON.parse(readFileSync(s.file, 'utf8'));
      expect(plan.actions.find((x: { service: string }) => x.service === 'cosmosDb')).toMatchObject({
        action: 'delete',
      });
    }
    expectIdenticalPlans(github_, azure_, 'preview');
    // Azure DevOps has no PR comment: the blocked plans are kept as artifacts preview-<env> before the job fails.
    for (const [i, env] of ENVIRONMENTS.entries()) {
      expect(keptPlan(a.ctx.artifacts, `preview-${env}`, env).equals(readFileSync(github_[i].file))).toBe(
        true,
      );
      const job = stages[0].jobs.find((j) => j.job === `plan_${env}`)!;
      expect(job.steps.map((s) => s.result).slice(1)).toEqual(['SucceededWithIssues', 'Succeeded', 'Failed']);
    }
    // The comments are updated in place, and say what is blocked.
    expect(api.comments).toHaveLength(3);
    for (const c of api.comments) expect(c.body).toMatch(/blocked/i);
  });

  test('flag change merged: nothing is applied anywhere while the delete is blocked; the blocked plan is kept', async () => {
    const g = github(GH_PROMOTE, { name: 'push', ref: 'refs/heads/main' });
    const a = azure('IndividualCI');
    const [jobs, stages] = await Promise.all([g.result, a.result]);
    expect(jobs.map((j) => [j.id, j.status])).toEqual([
      ['plan-1', 'failure'],
      ...promoteJobs.slice(1).map((id) => [id, 'skipped']),
    ]);
    expect(stages.map((s) => [s.stage, s.result])).toEqual([
      ['Plan', 'Skipped'],
      ['dev', 'Failed'],
      ['stage', 'Skipped'],
      ['prod', 'Skipped'],
    ]);
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    expect(github_.filter((s) => s.command === 'apply')).toEqual([]);
    expect(azure_.filter((s) => s.command === 'apply')).toEqual([]);
    expectIdenticalPlans(github_, azure_, 'promote');
    expect(github_[0]).toMatchObject({ env: 'dev', ok: false, outputs: { blockedCount: '1' } });

    // The plan step failed, the job went on to keep the blocked plan, then the dedicated step failed the job, so
    // the gated apply job never asked anyone to approve.
    const ghDev = jobs[0].steps.map((s) => [s.name, s.status]);
    expect(ghDev).toEqual([
      ['Check the environment list', 'skipped'],
      ['Check out the repository', 'success'],
      ['Check out the aifactory-flags action', 'success'],
      ['Plan dev', 'failure'],
      ['Keep the plan as an artifact', 'success'],
      ['Stop on a blocked or failed plan', 'failure'],
    ]);
    expect(jobs[0].steps[5].log).toMatch(/::error title=Blocked plan in dev::1 change\(s\) are blocked/);
    const adoPlanJob = stages[1].jobs.find((j) => j.job === 'plan')!;
    expect(adoPlanJob.steps.map((s) => [s.name, s.result]).slice(1)).toEqual([
      ['Plan dev', 'SucceededWithIssues'],
      ['Keep the plan as artifact plan-dev', 'Succeeded'],
      ['Stop on a blocked or failed plan', 'Failed'],
    ]);
    expect(adoPlanJob.steps[3].log).toMatch(
      /##vso\[task\.logissue type=error\]1 change\(s\) in dev are blocked/,
    );
    expect(stages[1].jobs.find((j) => j.job === 'apply')!.result).toBe('Skipped');
    // Both hosts kept the same blocked plan as an artifact, the file the plan step wrote.
    const ghKept = keptPlan(g.ctx.artifacts, 'aifactory-plan-dev', 'dev');
    expect(ghKept.equals(readFileSync(github_[0].file))).toBe(true);
    expect(keptPlan(a.ctx.artifacts, 'plan-dev', 'dev').equals(ghKept)).toBe(true);
  });

  test('drift check: changes are drift; an environment that cannot be planned is a failed check, not drift', async () => {
    // The config changed (Cosmos DB off, a registry on) and nothing was applied: every environment drifted.
    const all = await drift();
    expect(all.legs.map((l) => l.status)).toEqual(['failure', 'failure', 'failure']);
    expect(all.verdicts).toEqual({ dev: 'drift', stage: 'drift', prod: 'drift' });
    expect(all.legs[0].steps.at(-1)!.log).toMatch(
      /::error title=Drift in dev::\d+ to create, \d+ to update, \d+ to delete$/m,
    );
    expect(all.report).toMatchObject({
      status: 'failure',
      outputs: { drifted: 'true', 'check-failed': 'false' },
    });

    // 'qa' is no environment of the config: its plan fails before it exists. That is a failed check.
    const mixed = await drift(['dev', 'qa']);
    expect(mixed.verdicts).toEqual({ dev: 'drift', qa: 'failed' });
    expect(mixed.legs[1].steps.at(-1)!.log).toMatch(
      /::error title=Drift check failed in qa::No plan could be made/,
    );
    expect(mixed.report).toMatchObject({
      status: 'failure',
      outputs: { drifted: 'true', 'check-failed': 'true' },
    });

    const failedOnly = await drift(['qa']);
    expect(failedOnly.report).toMatchObject({
      status: 'failure',
      outputs: { drifted: 'false', 'check-failed': 'true' },
    });
    expect(failedOnly.summary).toContain('::error title=Drift check failed::Could not check: qa');
    expect(failedOnly.summary).not.toContain('title=Drift::');
  });

  test('delete allowed in dev only: both hosts apply it in dev and stop at the blocked stage plan', async () => {
    // GitHub: the promote starter run by hand with allow-destroy (allow-destroy-in defaults to ["dev"]).
    const g = github(GH_PROMOTE, {
      name: 'workflow_dispatch',
      ref: 'refs/heads/main',
      inputs: { 'allow-destroy': 'cosmosDb' },
    });
    // Azure DevOps: docs/promotion.md — pass allowDestroy to that environment's stage template only.
    const a = azure('Manual', (template, parameters) =>
      template.endsWith('aifactory-stage.yml') && parameters.environment === 'dev'
        ? { ...parameters, allowDestroy: 'cosmosDb' }
        : parameters,
    );
    const [jobs, stages] = await Promise.all([g.result, a.result]);

    expect(jobs.map((j) => [j.id, j.status])).toEqual([
      ['plan-1', 'success'],
      ['apply-1', 'success'],
      ['plan-2', 'failure'],
      ['apply-2', 'skipped'],
      ['plan-3', 'skipped'],
      ['apply-3', 'skipped'],
    ]);
    expect(stages.map((s) => [s.stage, s.result])).toEqual([
      ['Plan', 'Skipped'],
      ['dev', 'Succeeded'],
      ['stage', 'Failed'],
      ['prod', 'Skipped'],
    ]);
    const github_ = githubSteps(jobs);
    const azure_ = azureSteps(stages);
    expect(github_.map((s) => [s.command, s.env, s.inputs['allow-destroy'], s.ok])).toEqual([
      ['plan', 'dev', 'cosmosDb', true],
      ['apply', 'dev', 'cosmosDb', true],
      ['plan', 'stage', '', false],
    ]);
    expect(azure_.map((s) => [s.command, s.env, s.inputs.allowDestroy, s.ok])).toEqual([
      ['plan', 'dev', 'cosmosDb', true],
      ['apply', 'dev', 'cosmosDb', true],
      ['plan', 'stage', '', false],
    ]);
    for (const steps of [github_, azure_]) {
      expect(steps[0].outputs).toMatchObject({ deleteCount: '1', blockedCount: '0', createCount: '1' });
      expect(steps[2].outputs).toMatchObject({ deleteCount: '0', blockedCount: '1' });
    }
    // The allowed dev plan and the blocked stage plan are byte-identical between the hosts.
    expectIdenticalPlans(github_, azure_, 'promote');
    expect(stages[2].jobs.find((j) => j.job === 'apply')!.result).toBe('Skipped');
    expect(keptPlan(a.ctx.artifacts, 'plan-stage', 'stage').equals(readFileSync(github_[2].file))).toBe(true);

    // After the dev apply, dev is up to date on both hosts: a re-plan of dev with the override is empty, and
    // the same plan on both.
    const again = join(root, 'after');
    const [ghAfter, adoAfter] = await Promise.all([
      runActionStep(
        {
          command: 'plan',
          config: 'aifactory.yaml',
          environment: 'dev',
          'plan-file': join(again, 'gh-dev.json'),
          'allow-destroy': 'cosmosDb',
          'comment-on-pr': 'false',
        },
        {
          workspace: gh.workspace,
          runnerTemp: join(again, 'gh'),
          eventName: 'push',
          eventPath: join(root, 'none.json'),
          ref: 'refs/heads/main',
          apiUrl: api.url,
        },
      ),
      runTaskStep(
        {
          command: 'plan',
          configFile: 'aifactory.yaml',
          environment: 'dev',
          planFile: join(again, 'ado-dev.json'),
          allowDestroy: 'cosmosDb',
        },
        {},
        { sources: ado.sources, agentTemp: join(again, 'ado') },
      ),
    ]);
    expect(ghAfter).toMatchObject({ ok: true, outputs: { 'has-changes': 'false', delete: '0' } });
    expect(adoAfter).toMatchObject({ ok: true, outputs: { hasChanges: 'false', deleteCount: '0' } });
    expect(readFileSync(join(again, 'ado-dev.json')).equals(readFileSync(join(again, 'gh-dev.json')))).toBe(
      true,
    );
  });
});
