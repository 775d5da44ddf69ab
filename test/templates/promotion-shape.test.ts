// What the templates promise, checked on their structure: the exact reviewed plan is applied, environments go
// in order behind their gates, no two runs change one environment at once, permissions are the least needed,
// and every input, output, template and parameter they name exists in the action, task or template it names.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { azurePipelineFiles, projectRoot, readProjectFile, workflowFiles } from './template-files.js';

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const load = (file: string): Node => asNode(parse(readProjectFile(file)));

const localAction = './.aifactory-flags-action';
const reusableWorkflows = workflowFiles().filter((f) => f.startsWith('.github/workflows/'));
const githubStarters = workflowFiles().filter((f) => f.startsWith('examples/github/'));

function jobsOf(workflow: Node): [string, Node][] {
  return Object.entries(asNode(workflow.jobs)).map(([id, job]) => [id, asNode(job)]);
}
function stepsOf(job: Node): Node[] {
  return asList(job.steps).map(asNode);
}
function actionSteps(job: Node): Node[] {
  return stepsOf(job).filter((s) => s.uses === localAction);
}

const actionYml = path.join(projectRoot, 'action.yml');
const taskJson = path.join(projectRoot, 'ado-extension', 'tasks', 'AIFactoryFlagsV1', 'task.json');

describe('GitHub reusable workflows use the action as it is declared', () => {
  const haveAction = fs.existsSync(actionYml);
  if (!haveAction)
    console.warn('Skipping the action input/output cross-check: action.yml has not landed yet.');
  const action = haveAction ? asNode(parse(fs.readFileSync(actionYml, 'utf8'))) : {};
  const inputs = Object.keys(asNode(action.inputs));
  const outputs = Object.keys(asNode(action.outputs));

  (haveAction ? test.each(reusableWorkflows) : test.skip.each(reusableWorkflows))(
    '%s passes only inputs the action has and reads only outputs it sets',
    (file) => {
      const workflow = load(file);
      for (const [jobId, job] of jobsOf(workflow)) {
        for (const step of actionSteps(job)) {
          const unknown = Object.keys(asNode(step.with)).filter((k) => !inputs.includes(k));
          expect({ file, jobId, unknown }).toEqual({ file, jobId, unknown: [] });
        }
      }
      const read = [...readProjectFile(file).matchAll(/steps\.plan\.outputs\.([A-Za-z0-9_-]+)/g)].map(
        (m) => m[1],
      );
      expect(read.filter((o) => !outputs.includes(o))).toEqual([]);
    },
  );
});

describe('least privilege', () => {
  test.each(reusableWorkflows)(
    '%s: nothing at workflow level; writes only where Azure or a PR comment is',
    (file) => {
      const workflow = load(file);
      expect(workflow.permissions).toEqual({});
      for (const [jobId, job] of jobsOf(workflow)) {
        const permissions = asNode(job.permissions);
        const commands = actionSteps(job).map((s) => String(asNode(s.with).command));
        const callsAzure = commands.some((c) => c === 'plan' || c === 'apply');
        const comments = actionSteps(job).some((s) => {
          const w = asNode(s.with);
          return w.command === 'plan' && String(w['comment-on-pr'] ?? 'auto') !== 'false';
        });
        const expected: Node = {};
        if (
          actionSteps(job).length > 0 ||
          stepsOf(job).some((s) => String(s.uses ?? '').startsWith('actions/checkout@'))
        )
          expected.contents = 'read';
        if (callsAzure) expected['id-token'] = 'write';
        if (comments) expected['pull-requests'] = 'write';
        expect({ file, jobId, permissions }).toEqual({ file, jobId, permissions: expected });
      }
    },
  );
});

describe('aifactory-promote.yml', () => {
  const file = '.github/workflows/aifactory-promote.yml';
  const workflow = load(file);
  const jobs = asNode(workflow.jobs);
  const slots = [0, 1, 2].map((i) => ({
    n: i + 1,
    environment: `\${{ fromJSON(inputs.environments)[${i}] }}`,
    plan: asNode(jobs[`plan-${i + 1}`]),
    apply: asNode(jobs[`apply-${i + 1}`]),
  }));
  const step = (job: Node, predicate: (s: Node) => boolean) => stepsOf(job).find(predicate)!;
  const actionStep = (job: Node, command: string) =>
    step(job, (s) => s.uses === localAction && asNode(s.with).command === command);

  test('per environment of the list, in order: a plan job, then the apply job that needs it', () => {
    expect(Object.keys(jobs)).toEqual(['plan-1', 'apply-1', 'plan-2', 'apply-2', 'plan-3', 'apply-3']);
    const environments = asNode(asNode(asNode(asNode(workflow.on).workflow_call).inputs).environments);
    expect(JSON.parse(String(environments.default))).toEqual(['dev', 'stage', 'prod']);
    for (const { n, plan, apply } of slots) {
      expect(apply.needs).toBe(`plan-${n}`);
      // Each later plan waits for everything before it, so a failure anywhere stops the promotion.
      const before = slots.filter((s) => s.n < n).flatMap((s) => [`plan-${s.n}`, `apply-${s.n}`]);
      expect(asList(plan.needs ?? [])).toEqual(before);
      if (n > 1)
        expect(String(plan.if)).toMatch(
          /^\$\{\{ !cancelled\(\) && !failure\(\) && fromJSON\(inputs\.environments\)\[\d\] \}\}$/,
        );
    }
  });

  test.each([1, 2, 3])(
    'environment %i: the plan job has no Environment (nobody approves before the plan exists); the apply job is gated by the Environment of its name',
    (n) => {
      const { plan, apply, environment } = slots[n - 1];
      expect(plan.environment).toBeUndefined();
      expect(apply.environment).toBe(environment);
      expect(asNode(actionStep(plan, 'plan').with).environment).toBe(environment);
      expect(asNode(actionStep(apply, 'apply').with).environment).toBe(environment);
      // No approval is asked when there is nothing to apply.
      expect(apply.if).toBe(`needs.plan-${n}.outputs.has-changes == 'true'`);
      expect(asNode(plan.outputs)['has-changes']).toBe('${{ steps.plan.outputs.has-changes }}');
    },
  );

  test.each([1, 2, 3])(
    'environment %i: the apply job applies exactly the file the plan job kept, with the same inputs',
    (n) => {
      const { plan, apply, environment } = slots[n - 1];
      const planStep = actionStep(plan, 'plan');
      const upload = step(plan, (s) => String(s.uses ?? '').startsWith('actions/upload-artifact@'));
      expect(asNode(upload.with).path).toBe('${{ steps.plan.outputs.plan-file }}');
      expect(asNode(upload.with).name).toBe(`aifactory-plan-${environment}`);
      expect(path.posix.basename(String(asNode(planStep.with)['plan-file']))).toBe(
        `aifactory-plan-${environment}.json`,
      );

      const steps = stepsOf(apply);
      const downloadAt = steps.findIndex((s) =>
        String(s.uses ?? '').startsWith('actions/download-artifact@'),
      );
      const applyAt = steps.findIndex((s) => s.uses === localAction && asNode(s.with).command === 'apply');
      expect(downloadAt).toBeGreaterThanOrEqual(0);
      expect(applyAt).toBeGreaterThan(downloadAt);
      const download = asNode(steps[downloadAt].with);
      expect(download.name).toBe(asNode(upload.with).name);
      const applyWith = asNode(steps[applyAt].with);
      expect(applyWith['plan-file']).toBe(`${String(download.path)}/aifactory-plan-${environment}.json`);
      // Plan and apply must see the same config and allow-destroy, or the apply refuses the plan as stale.
      for (const input of ['config', 'allow-destroy', 'working-directory'])
        expect({ input, value: applyWith[input] }).toEqual({ input, value: asNode(planStep.with)[input] });
      expect(steps.filter((s) => s.uses === localAction).map((s) => asNode(s.with).command)).toEqual([
        'apply',
      ]);
    },
  );

  test.each([1, 2, 3])(
    'environment %i: one apply at a time per project environment, never cancelled; the read-only plan outside the group',
    (n) => {
      const { plan, apply, environment } = slots[n - 1];
      const concurrency = asNode(apply.concurrency);
      expect(concurrency['cancel-in-progress']).toBe(false);
      expect(String(concurrency.group)).toBe(`aifactory-\${{ inputs.config }}-${environment}`);
      expect(plan.concurrency).toBeUndefined();
    },
  );

  test.each([1, 2, 3])(
    "environment %i: the plan reads with the repository variables, the apply writes with the Environment's; no secrets",
    (n) => {
      const { plan, apply } = slots[n - 1];
      const i = n - 1;
      expect(asNode(actionStep(plan, 'plan').with)['client-id']).toBe(
        `\${{ vars[format('AZURE_CLIENT_ID_{0}', fromJSON(inputs.environments)[${i}])] || vars.AZURE_CLIENT_ID }}`,
      );
      expect(asNode(actionStep(apply, 'apply').with)['client-id']).toBe('${{ vars.AZURE_CLIENT_ID }}');
      expect(readProjectFile(file)).not.toContain('secrets.');
    },
  );

  test('an empty list or more than three environments fails the first job before anything runs', () => {
    const first = stepsOf(slots[0].plan)[0];
    expect(first.if).toBe('${{ !fromJSON(inputs.environments)[0] || fromJSON(inputs.environments)[3] }}');
    expect(String(first.run)).toContain('exit 1');
    expect(slots[0].plan.if).toBeUndefined();
  });
});

describe('a failed or blocked plan step', () => {
  const readsPlanFailure = (s: Node) => /steps\.plan\.(outcome|outputs\.blocked)/.test(String(s.if ?? ''));

  test.each(reusableWorkflows)(
    '%s: a step that acts on the plan failing runs only after a plan step that continues on error',
    (file) => {
      for (const [jobId, job] of jobsOf(load(file))) {
        const steps = stepsOf(job);
        const plan = steps.find((s) => s.id === 'plan');
        const continues = plan?.['continue-on-error'] === true;
        // Otherwise the plan step's failure already ended the job and such a step could never run.
        if (steps.some(readsPlanFailure))
          expect({ file, jobId, continues }).toEqual({ file, jobId, continues: true });
        if (!continues) continue;
        // A plan that continues on error must still fail the job, after the upload and before any apply.
        const stopAt = steps.findIndex(
          (s) => s.if === "steps.plan.outcome == 'failure'" && String(s.run).includes('exit 1'),
        );
        const uploadAt = steps.findIndex((s) => String(s.uses ?? '').startsWith('actions/upload-artifact@'));
        const applyAt = steps.findIndex((s) => s.uses === localAction && asNode(s.with).command === 'apply');
        expect({ file, jobId, stop: stopAt > steps.indexOf(plan!) }).toEqual({ file, jobId, stop: true });
        if (uploadAt >= 0) expect(uploadAt).toBeLessThan(stopAt);
        if (applyAt >= 0) {
          expect(applyAt).toBeGreaterThan(stopAt);
          expect(String(steps[applyAt].if)).toContain("steps.plan.outcome == 'success'");
        }
        expect(steps.filter((s) => s['continue-on-error'] !== undefined)).toEqual([plan]);
      }
    },
  );

  const jobsWithSteps = (file: string): { name: string; steps: Node[] }[] => {
    const found: { name: string; steps: Node[] }[] = [];
    const walk = (value: unknown, name: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, name));
      else if (value && typeof value === 'object') {
        const node = value as Node;
        const id = String(node.job ?? node.deployment ?? name);
        if (Array.isArray(node.steps)) found.push({ name: id, steps: node.steps.map(asNode) });
        for (const [k, v] of Object.entries(node)) if (k !== 'steps') walk(v, id);
      }
    };
    walk(load(file), '');
    return found;
  };
  const adoTemplates = azurePipelineFiles().filter((f) => f.startsWith('pipelines/templates/'));

  test.each(adoTemplates)(
    '%s: a plan task that continues on error is published, then fails its job before anything else',
    (file) => {
      for (const { name, steps } of jobsWithSteps(file)) {
        const readsBlocked = steps.filter((s) =>
          String(s.condition ?? '').includes('aifactory.blockedCount'),
        );
        // A step that runs only on a blocked plan after a task that fails on it would be dead.
        expect({ file, name, readsBlocked }).toEqual({ file, name, readsBlocked: [] });
        const plan = steps.find((s) => s.task === 'AIFactoryFlags@1' && asNode(s.inputs).command === 'plan');
        const continues = plan?.continueOnError === true;
        const readsJobStatus = steps.some((s) => String(s.condition ?? '').includes('Agent.JobStatus'));
        if (readsJobStatus) expect({ file, name, continues }).toEqual({ file, name, continues: true });
        if (!plan || !continues) continue;
        const stopAt = steps.findIndex(
          (s) =>
            String(s.condition).includes("eq(variables['Agent.JobStatus'], 'SucceededWithIssues')") &&
            String(s.bash).includes('exit 1'),
        );
        const publishAt = steps.findIndex((s) => s.task === 'PublishPipelineArtifact@1');
        expect({ file, name, stopAt }).toEqual({ file, name, stopAt: steps.length - 1 });
        expect(publishAt).toBeGreaterThan(steps.indexOf(plan));
        expect(publishAt).toBeLessThan(stopAt);
        expect(steps.filter((s) => s.continueOnError !== undefined)).toEqual([plan]);
      }
    },
  );
});

describe('aifactory-plan.yml and aifactory-drift.yml', () => {
  test('the PR plan covers every environment of the list and fails on a blocked plan', () => {
    const plan = asNode(asNode(load('.github/workflows/aifactory-plan.yml').jobs).plan);
    expect(asNode(asNode(plan.strategy).matrix).environment).toBe('${{ fromJSON(inputs.environments) }}');
    // The action fails a blocked plan; nothing after it may swallow that (its summary and comment show it).
    const planStep = actionSteps(plan).find((s) => asNode(s.with).command === 'plan')!;
    expect(planStep['continue-on-error']).toBeUndefined();
    expect(stepsOf(plan).indexOf(planStep)).toBe(stepsOf(plan).length - 1);
  });

  test('the drift check plans with fail-on-changes', () => {
    const job = asNode(asNode(load('.github/workflows/aifactory-drift.yml').jobs).plan);
    const plan = actionSteps(job).find((s) => asNode(s.with).command === 'plan');
    expect(asNode(plan?.with)['fail-on-changes']).toBe(true);
  });
});

describe('GitHub starters call the reusable workflows correctly', () => {
  const rank: Record<string, number> = { none: 0, read: 1, write: 2 };
  test.each(githubStarters)('%s', (file) => {
    for (const [jobId, job] of jobsOf(load(file))) {
      const uses = String(job.uses ?? '');
      const match = /^aifactory-flags\/aifactory-flags\/(\.github\/workflows\/[^@]+)@(.+)$/.exec(uses);
      expect({ jobId, uses, matches: Boolean(match) }).toEqual({ jobId, uses, matches: true });
      const called = load(match![1]);
      const declared = Object.keys(asNode(asNode(asNode(called.on).workflow_call).inputs));
      expect(Object.keys(asNode(job.with)).filter((k) => !declared.includes(k))).toEqual([]);
      // A called workflow's jobs get at most what the calling job grants.
      const granted = asNode(job.permissions);
      for (const [, calledJob] of jobsOf(called)) {
        for (const [scope, level] of Object.entries(asNode(calledJob.permissions))) {
          expect({ scope, granted: rank[String(granted[scope] ?? 'none')] >= rank[String(level)] }).toEqual({
            scope,
            granted: true,
          });
        }
      }
    }
  });
});

// ---------- Azure Pipelines ----------

interface TemplateUse {
  file: string;
  template: string;
  parameters: Node;
}

function templateUses(file: string): TemplateUse[] {
  const uses: TemplateUse[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as Node;
      if (typeof node.template === 'string') {
        uses.push({ file, template: node.template, parameters: asNode(node.parameters) });
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(load(file));
  return uses;
}

function resolveTemplate(use: TemplateUse): string {
  const [templatePath, repository] = use.template.split('@');
  // A path in another repository resource is from that repository's root; ours is this project.
  if (repository !== undefined) {
    expect(repository).toBe('aifactory');
    return templatePath;
  }
  return path.posix.join(path.posix.dirname(use.file), templatePath);
}

function aifactoryTaskSteps(value: unknown, found: Node[] = []): Node[] {
  if (Array.isArray(value)) value.forEach((v) => aifactoryTaskSteps(v, found));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (node.task === 'AIFactoryFlags@1') found.push(node);
    Object.values(node).forEach((v) => aifactoryTaskSteps(v, found));
  }
  return found;
}

describe('Azure Pipelines templates', () => {
  const callers = azurePipelineFiles().filter((f) => templateUses(f).length > 0);

  test.each(callers)(
    '%s: every template exists and gets only parameters it declares, and all it requires',
    (file) => {
      for (const use of templateUses(file)) {
        const target = resolveTemplate(use);
        expect({ template: use.template, exists: fs.existsSync(path.join(projectRoot, target)) }).toEqual({
          template: use.template,
          exists: true,
        });
        const declared = asList(load(target).parameters).map(asNode);
        const names = declared.map((p) => String(p.name));
        expect(Object.keys(use.parameters).filter((k) => !names.includes(k))).toEqual([]);
        const required = declared.filter((p) => !('default' in p)).map((p) => String(p.name));
        expect(required.filter((k) => !(k in use.parameters))).toEqual([]);
      }
    },
  );

  test('the stage template applies, in a deployment job bound to an Environment, the artifact its plan job published', () => {
    const stage = asNode(asList(load('pipelines/templates/aifactory-stage.yml').stages)[0]);
    const jobs = asList(stage.jobs).map(asNode);
    const plan = jobs.find((j) => j.job === 'plan')!;
    const deploy = jobs.find((j) => j.deployment === 'apply')!;
    expect(deploy.dependsOn).toBe('plan');
    expect(String(deploy.environment)).toContain('parameters.environment');

    const publish = stepsOf(plan).find((s) => s.task === 'PublishPipelineArtifact@1')!;
    const artifact = String(asNode(publish.inputs).artifact);
    const published = path.posix.basename(String(asNode(publish.inputs).targetPath));
    const planTask = stepsOf(plan).find((s) => s.task === 'AIFactoryFlags@1')!;
    expect(asNode(planTask.inputs).command).toBe('plan');
    expect(path.posix.basename(String(asNode(planTask.inputs).planFile))).toBe(published);

    const deploySteps = asList(asNode(asNode(asNode(asNode(deploy.strategy).runOnce).deploy)).steps).map(
      asNode,
    );
    const download = deploySteps.find((s) => s.download === 'current')!;
    expect(download.artifact).toBe(artifact);
    const apply = deploySteps.find((s) => s.task === 'AIFactoryFlags@1')!;
    expect(asNode(apply.inputs).command).toBe('apply');
    expect(asNode(apply.inputs).planFile).toBe(`$(Pipeline.Workspace)/${artifact}/${published}`);
    expect(asNode(apply.inputs).allowDestroy).toBe(asNode(planTask.inputs).allowDestroy);
  });

  test.each(azurePipelineFiles())(
    '%s: validate runs without a service connection; the others need no access token mapped (the agent provides it)',
    (file) => {
      for (const step of aifactoryTaskSteps(load(file))) {
        const inputs = asNode(step.inputs);
        if (inputs.command === 'validate') expect(inputs.azureSubscription).toBeUndefined();
        expect(asNode(step.env ?? {}).SYSTEM_ACCESSTOKEN).toBeUndefined();
      }
    },
  );

  const haveTask = fs.existsSync(taskJson);
  if (!haveTask) console.warn('Skipping the task output-variable cross-check: task.json has not landed yet.');
  (haveTask ? test.each(azurePipelineFiles()) : test.skip.each(azurePipelineFiles()))(
    '%s reads only output variables the task sets',
    (file) => {
      const task = JSON.parse(fs.readFileSync(taskJson, 'utf8')) as { outputVariables: { name: string }[] };
      const names = task.outputVariables.map((v) => v.name);
      const read = [...readProjectFile(file).matchAll(/aifactory\.([A-Za-z]+)/g)].map((m) => m[1]);
      expect(read.filter((n) => !names.includes(n) && n !== 'yaml')).toEqual([]);
    },
  );
});
