// Runs a starter pipeline the way Azure Pipelines does, as far as the promotion templates need: templates
// (`template: x@repo`) expanded with their parameters and `${{ each }}`, then stages and jobs in `dependsOn`
// order with their conditions, and the steps the templates use: checkout (the sources dir is the checkout),
// the task (the real bundle), PublishPipelineArtifact / `download: current` (copies), and bash scripts.
// `continueOnError` turns a failed step into SucceededWithIssues, which `Agent.JobStatus` shows to later steps.
// Macros `$(x)` are resolved from the job's variables; an unknown step kind, function or macro fails the run.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readProjectFile } from '../templates/template-files.js';
import { evaluateExpression } from './ado-expression.js';
import type { StepOutcome } from './host-steps.js';

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {});

export type Result = 'Succeeded' | 'SucceededWithIssues' | 'Failed' | 'Skipped';

/** What `succeeded()` counts as success: a step or job that failed under continueOnError did not fail. */
const isSuccess = (r: Result | undefined) => r === 'Succeeded' || r === 'SucceededWithIssues';

export interface AdoStepRecord {
  name: string;
  result: Result;
  inputs?: Record<string, string>;
  outputs: Record<string, string>;
  log?: string;
}

export interface AdoJobRecord {
  stage: string;
  job: string;
  /** The Azure DevOps Environment a deployment job is bound to (approvals, exclusive lock). */
  environment?: string;
  result: Result;
  workspace?: string;
  steps: AdoStepRecord[];
}

export interface AdoStageRecord {
  stage: string;
  result: Result;
  jobs: AdoJobRecord[];
}

export interface AzurePipelineContext {
  /** Build.SourcesDirectory; the emulator state under it stands for Azure across jobs. */
  sources: string;
  /** Pipeline artifacts: <artifacts>/<name>/<file>. */
  artifacts: string;
  /** Parent of each job's fresh Pipeline.Workspace. */
  temp: string;
  /** Build.Reason: PullRequest, IndividualCI, Manual. */
  reason: string;
  runTask(
    inputs: Record<string, string>,
    env: Record<string, string>,
    job: { agentTemp: string },
  ): Promise<StepOutcome>;
}

// ---- compile time ----

function interpolateTemplate(value: string, scope: Record<string, unknown>): unknown {
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(value.trim());
  if (whole && !whole[1].includes('${{')) return evaluateExpression(whole[1].trim(), scope, {});
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => {
    const v = evaluateExpression(e.trim(), scope, {});
    return v === undefined || v === null ? '' : String(v);
  });
}

function expand(node: unknown, scope: Record<string, unknown>): unknown {
  if (typeof node === 'string') return interpolateTemplate(node, scope);
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    for (const item of node) {
      const keys = Object.keys(asNode(item));
      const each = keys.length === 1 ? /^\$\{\{\s*each\s+(\w+)\s+in\s+(.+?)\s*\}\}$/.exec(keys[0]) : null;
      if (each) {
        const list = evaluateExpression(each[2], scope, {});
        if (!Array.isArray(list)) throw new Error(`each: '${each[2]}' is not a list`);
        for (const element of list) {
          const body = expand(asNode(item)[keys[0]], { ...scope, [each[1]]: element });
          out.push(...(Array.isArray(body) ? body : [body]));
        }
      } else if (keys.some((k) => k.startsWith('${{'))) {
        throw new Error(`template directive ${keys[0]} is not supported here`);
      } else out.push(expand(item, scope));
    }
    return out;
  }
  if (node && typeof node === 'object') {
    const out: Node = {};
    for (const [k, v] of Object.entries(node)) out[String(interpolateTemplate(k, scope))] = expand(v, scope);
    return out;
  }
  return node;
}

/** `pipelines/templates/x.yml@aifactory` → the file in this repository (the `@repo` is this repository). */
export function localTemplate(reference: string): string {
  return reference.replace(/@[A-Za-z0-9_-]+$/, '');
}

function expandTemplate(file: string, given: Node): Node[] {
  const template = asNode(parse(readProjectFile(file)));
  const specs = (template.parameters as Node[]) ?? [];
  const parameters: Node = {};
  for (const spec of specs) parameters[String(spec.name)] = spec.default;
  for (const [k, v] of Object.entries(given)) {
    const spec = specs.find((s) => s.name === k);
    if (!spec) throw new Error(`${file} has no parameter '${k}'`);
    if (Array.isArray(spec.values) && !spec.values.includes(v)) throw new Error(`${file}: ${k}=${String(v)}`);
    parameters[k] = v;
  }
  for (const spec of specs)
    if (parameters[String(spec.name)] === undefined) throw new Error(`${file}: '${spec.name}' is required`);
  return (expand(template.stages, { parameters }) as Node[]).map(asNode);
}

/** The stages a pipeline compiles to; `override(templateFile, parameters)` may edit a template's parameters. */
export function compilePipeline(
  file: string,
  override?: (template: string, parameters: Node) => Node,
): Node[] {
  const pipeline = asNode(parse(readProjectFile(file)));
  const stages: Node[] = [];
  for (const item of (pipeline.stages as unknown[]) ?? []) {
    const n = asNode(item);
    if (typeof n.template === 'string') {
      const tpl = localTemplate(n.template);
      const parameters = asNode(n.parameters);
      stages.push(...expandTemplate(tpl, override ? override(tpl, parameters) : parameters));
    } else stages.push(n);
  }
  return stages;
}

// ---- run time ----

function macros(text: string, variables: Record<string, string>): string {
  return text.replace(/\$\(([A-Za-z0-9_.]+)\)/g, (_, name: string) => {
    const key = Object.keys(variables).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw new Error(`macro $(${name}) has no value here`);
    return variables[key];
  });
}

function runBash(script: string, env: Record<string, string>, cwd: string): Promise<StepOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, outputs: {}, log }));
  });
}

const listOf = (v: unknown): string[] =>
  v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

function order<T>(items: T[], id: (t: T) => string, deps: (t: T) => string[]): T[] {
  const done: T[] = [];
  while (done.length < items.length) {
    const next = items.find((t) => !done.includes(t) && deps(t).every((d) => done.some((x) => id(x) === d)));
    if (!next) throw new Error('dependsOn names something missing, or forms a cycle');
    done.push(next);
  }
  return done;
}

async function runJob(
  stage: string,
  job: Node,
  record: AdoJobRecord,
  ctx: AzurePipelineContext,
  pipelineVariables: Record<string, string>,
): Promise<Record<string, string>> {
  const workspace = record.workspace!;
  const staging = join(workspace, 'a');
  mkdirSync(staging, { recursive: true });
  const variables: Record<string, string> = {
    ...pipelineVariables,
    'Pipeline.Workspace': workspace,
    'Build.ArtifactStagingDirectory': staging,
    'Agent.TempDirectory': join(workspace, '_temp'),
    'Agent.JobStatus': 'Succeeded',
  };
  const outputs: Record<string, string> = {};
  const steps = job.deployment ? asNode(asNode(asNode(job.strategy).runOnce).deploy).steps : job.steps;
  let failed = false;
  for (const raw of (steps as unknown[]) ?? []) {
    const step = asNode(raw);
    const name = String(step.displayName ?? step.task ?? step.checkout ?? step.download ?? 'bash');
    const rec: AdoStepRecord = { name, result: 'Skipped', outputs: {} };
    record.steps.push(rec);
    const runs = evaluateExpression(
      String(step.condition ?? 'succeeded()'),
      { variables },
      {
        succeeded: () => !failed,
        failed: () => failed,
        always: () => true,
      },
    );
    if (!runs) continue;
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(asNode(step.env))) env[k] = macros(String(v), variables);
    let outcome: StepOutcome;
    if (step.checkout !== undefined) outcome = { ok: true, outputs: {}, log: '' };
    else if (step.download !== undefined) {
      if (step.download !== 'current') throw new Error(`download: ${String(step.download)} is not supported`);
      const name = String(step.artifact);
      const from = join(ctx.artifacts, name);
      if (!existsSync(from)) outcome = { ok: false, outputs: {}, log: `no artifact ${name}` };
      else {
        mkdirSync(join(workspace, name), { recursive: true });
        for (const f of readdirSync(from)) copyFileSync(join(from, f), join(workspace, name, f));
        outcome = { ok: true, outputs: {}, log: '' };
      }
    } else if (step.task === 'AIFactoryFlags@1') {
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(asNode(step.inputs)))
        inputs[k] = macros(String(v ?? ''), variables);
      rec.inputs = inputs;
      outcome = await ctx.runTask(inputs, env, { agentTemp: variables['Agent.TempDirectory'] });
      if (step.name) {
        for (const [k, v] of Object.entries(outcome.outputs)) {
          variables[`${String(step.name)}.${k}`] = v;
          outputs[`${String(step.name)}.${k}`] = v;
        }
      }
    } else if (step.task === 'PublishPipelineArtifact@1') {
      const i = asNode(step.inputs);
      const file = macros(String(i.targetPath), variables);
      if (!existsSync(file)) outcome = { ok: false, outputs: {}, log: `no file ${file}` };
      else {
        const dir = join(ctx.artifacts, macros(String(i.artifact), variables));
        mkdirSync(dir, { recursive: true });
        copyFileSync(file, join(dir, basename(file)));
        outcome = { ok: true, outputs: {}, log: '' };
      }
    } else if (typeof step.bash === 'string') {
      outcome = await runBash(macros(step.bash, variables), env, ctx.sources);
    } else throw new Error(`step '${name}' is not one this runner knows`);
    const continueOnError = step.continueOnError === true;
    if (step.continueOnError !== undefined && typeof step.continueOnError !== 'boolean')
      throw new Error(`step '${name}': continueOnError must be true or false`);
    rec.result = outcome.ok ? 'Succeeded' : continueOnError ? 'SucceededWithIssues' : 'Failed';
    rec.outputs = outcome.outputs;
    rec.log = outcome.log;
    if (rec.result === 'Failed') failed = true;
    if (failed) variables['Agent.JobStatus'] = 'Failed';
    else if (rec.result === 'SucceededWithIssues') variables['Agent.JobStatus'] = 'SucceededWithIssues';
  }
  record.result = variables['Agent.JobStatus'] as Result;
  return outputs;
}

export async function runPipeline(stages: Node[], ctx: AzurePipelineContext): Promise<AdoStageRecord[]> {
  const pipelineVariables: Record<string, string> = {
    'Build.Reason': ctx.reason,
    'Build.SourcesDirectory': ctx.sources,
    'System.AccessToken': 'ado-e2e-stand-in-access-token',
  };
  const ids = stages.map((s) => String(s.stage));
  const depsOf = (s: Node, i: number) =>
    s.dependsOn === undefined ? (i > 0 ? [ids[i - 1]] : []) : listOf(s.dependsOn);
  const results: Record<string, Result> = {};
  const records: AdoStageRecord[] = [];
  for (const stage of order(
    stages,
    (s) => String(s.stage),
    (s) => depsOf(s, stages.indexOf(s)),
  )) {
    const id = String(stage.stage);
    const deps = depsOf(stage, stages.indexOf(stage));
    const record: AdoStageRecord = { stage: id, result: 'Skipped', jobs: [] };
    records.push(record);
    const dependencies = Object.fromEntries(deps.map((d) => [d, { result: results[d] }]));
    const runs = evaluateExpression(
      String(stage.condition ?? 'succeeded()'),
      { variables: pipelineVariables, dependencies },
      {
        succeeded: () => deps.every((d) => isSuccess(results[d])),
        failed: () => deps.some((d) => results[d] === 'Failed'),
        always: () => true,
      },
    );
    if (!runs) {
      results[id] = 'Skipped';
      continue;
    }
    const jobs = ((stage.jobs as unknown[]) ?? []).map(asNode);
    const jobId = (j: Node) => String(j.job ?? j.deployment);
    const jobResults: Record<string, Result> = {};
    const jobOutputs: Record<string, { outputs: Record<string, string>; result: Result }> = {};
    for (const job of order(jobs, jobId, (j) => listOf(j.dependsOn))) {
      const deps = listOf(job.dependsOn);
      const jr: AdoJobRecord = {
        stage: id,
        job: jobId(job),
        environment: job.environment === undefined ? undefined : String(job.environment),
        result: 'Skipped',
        workspace: join(ctx.temp, `${id}-${jobId(job)}-${records.length}`),
        steps: [],
      };
      record.jobs.push(jr);
      const jobRuns = evaluateExpression(
        String(job.condition ?? 'succeeded()'),
        { variables: pipelineVariables, dependencies: jobOutputs },
        {
          succeeded: () => deps.every((d) => isSuccess(jobResults[d])),
          failed: () => deps.some((d) => jobResults[d] === 'Failed'),
          always: () => true,
        },
      );
      if (jobRuns) {
        mkdirSync(jr.workspace!, { recursive: true });
        const outputs = await runJob(id, job, jr, ctx, pipelineVariables);
        jobOutputs[jr.job] = { outputs, result: jr.result };
      } else jobOutputs[jr.job] = { outputs: {}, result: 'Skipped' };
      jobResults[jr.job] = jr.result;
    }
    const all = Object.values(jobResults);
    results[id] = all.includes('Failed')
      ? 'Failed'
      : all.includes('SucceededWithIssues')
        ? 'SucceededWithIssues'
        : 'Succeeded';
    record.result = results[id];
  }
  return records;
}
