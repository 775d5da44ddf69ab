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
  const workflow = load('.github/workflows/aifactory-promote.yml');
  const jobs = jobsOf(workflow);

  test('dev, then stage, then prod', () => {
    expect(jobs.map(([id]) => id)).toEqual(['dev', 'stage', 'prod']);
    expect(asList(jobs[1][1].needs)).toEqual(['dev']);
    expect(asList(jobs[2][1].needs)).toEqual(expect.arrayContaining(['stage']));
  });

  test.each(['dev', 'stage', 'prod'])(
    '%s: gated by its Environment, one run at a time, never cancelled',
    (id) => {
      const job = asNode(asNode(workflow.jobs)[id]);
      expect(job.environment).toBe(`\${{ inputs.${id}-environment }}`);
      const concurrency = asNode(job.concurrency);
      expect(concurrency['cancel-in-progress']).toBe(false);
      expect(String(concurrency.group)).toContain('inputs.config');
      expect(String(concurrency.group)).toContain(`inputs.${id}-environment`);
    },
  );

  test.each(['dev', 'stage', 'prod'])(
    '%s: plans, keeps the plan file as an artifact, applies exactly that file',
    (id) => {
      const steps = stepsOf(asNode(asNode(workflow.jobs)[id]));
      const planAt = steps.findIndex((s) => s.uses === localAction && asNode(s.with).command === 'plan');
      const uploadAt = steps.findIndex((s) => String(s.uses ?? '').startsWith('actions/upload-artifact@'));
      const applyAt = steps.findIndex((s) => s.uses === localAction && asNode(s.with).command === 'apply');
      expect(planAt).toBeGreaterThanOrEqual(0);
      expect(uploadAt).toBeGreaterThan(planAt);
      expect(applyAt).toBeGreaterThan(uploadAt);
      expect(steps[planAt].id).toBe('plan');
      expect(asNode(steps[uploadAt].with).path).toBe('${{ steps.plan.outputs.plan-file }}');
      expect(asNode(steps[applyAt].with)['plan-file']).toBe('${{ steps.plan.outputs.plan-file }}');
      // The apply must see the same allow-destroy as the plan, or the plans differ.
      expect(asNode(steps[applyAt].with)['allow-destroy']).toBe(asNode(steps[planAt].with)['allow-destroy']);
      // Azure ids from the GitHub Environment's variables, no secrets.
      expect(asNode(steps[applyAt].with)['client-id']).toBe('${{ vars.AZURE_CLIENT_ID }}');
      expect(readProjectFile('.github/workflows/aifactory-promote.yml')).not.toContain('secrets.');
    },
  );
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
