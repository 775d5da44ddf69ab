// Runs a starter workflow and the reusable workflow it calls the way GitHub does, as far as the promotion
// templates need: `with:` and `if:` evaluated with GitHub's own expression engine (@actions/expressions, the
// one @actions/workflow-parser uses), jobs in `needs` order with the status functions and the `needs` context
// (results and job outputs), a matrix, and the steps the templates use: checkout (the work dir is the
// checkout), the local action (the real bundle), upload-artifact and download-artifact (copies in one
// artifact store per run: by name, or by pattern merged into one directory), and `run:` scripts (bash, with
// their env and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files); `continue-on-error: true` keeps the job going after
// a failed step (its outcome failure, its conclusion success). Any other step fails the run, so a template
// change that this runner does not understand breaks the test instead of being skipped.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { parse } from 'yaml';
import { parseGithubOutput } from '../github/runner.js';
import { readProjectFile } from '../templates/template-files.js';
import type { StepOutcome } from './host-steps.js';

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});

export type Status = 'success' | 'failure' | 'skipped';

export interface StepRecord {
  id?: string;
  name: string;
  status: Status;
  with?: Record<string, string>;
  outputs: Record<string, string>;
  log?: string;
}

export interface JobRecord {
  id: string;
  matrix?: Record<string, string>;
  /** The GitHub Environment the job is bound to (its reviewers gate it). */
  environment?: string;
  status: Status;
  runnerTemp?: string;
  steps: StepRecord[];
  /** The job's `outputs:`, evaluated when it ended. */
  outputs?: Record<string, string>;
}

export interface GitHubRunContext {
  /** The repository checkout; also where the emulator state lives (it stands for Azure across jobs). */
  workspace: string;
  /** Where upload-artifact keeps files: <artifacts>/<name>/<file>. */
  artifacts: string;
  /** Parent of each job's fresh RUNNER_TEMP. */
  temp: string;
  event: { name: string; ref: string; inputs?: Record<string, string> };
  runAction(inputs: Record<string, string>, job: { runnerTemp: string }): Promise<StepOutcome>;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always'];

function evaluate(expression: string, context: Node, status?: { failed: boolean }) {
  const lexer = new Lexer(expression);
  const tokens = lexer.lex().tokens;
  const contexts = Object.keys(context);
  const funcs = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  const expr = new Parser(tokens, contexts, funcs).parse();
  const ctx = JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary;
  const failed = status?.failed ?? false;
  const impl = new Map(
    [
      ['success', !failed],
      ['failure', failed],
      ['cancelled', false],
      ['always', true],
    ].map(([name, value]) => [
      String(name),
      { name: String(name), minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(Boolean(value)) },
    ]),
  );
  return new Evaluator(expr, ctx, impl).evaluate();
}

/** A `${{ }}`-interpolated string, as GitHub renders it for `with:` and `env:` values. */
export function interpolate(text: unknown, context: Node): string {
  if (typeof text !== 'string') return text === undefined || text === null ? '' : String(text);
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expr: string) => {
    const value = evaluate(expr.trim(), context);
    return value.kind === data.Kind.Null ? '' : value.coerceString();
  });
}

/** An `if:` condition: `${{ }}` optional, and success() implied unless a status function is named. */
function condition(text: unknown, context: Node, status: { failed: boolean }): boolean {
  if (text === undefined) return !status.failed;
  let expr = String(text).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (whole) expr = whole[1].trim();
  if (!STATUS_FUNCTIONS.some((f) => new RegExp(`\\b${f}\\(`).test(expr))) expr = `success() && (${expr})`;
  // GitHub runs the job or step when the value is truthy (a non-empty string counts), not only when it is true.
  return evaluate(`!!(${expr})`, context, status).coerceString() === 'true';
}

function runScript(
  script: string,
  env: Record<string, string>,
  cwd: string,
  temp: string,
): Promise<StepOutcome> {
  const stepDir = join(temp, `_run-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(stepDir, { recursive: true });
  const outputFile = join(stepDir, 'output.txt');
  writeFileSync(outputFile, '');
  return new Promise((resolve, reject) => {
    // GitHub's default shell for run: on Linux.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(stepDir, 'summary.md'),
        RUNNER_TEMP: temp,
        ...env,
      },
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ok: code === 0, outputs: parseGithubOutput(outputFile), log }));
  });
}

/** upload-artifact: the file kept in the run's store under the artifact's name. */
function uploadArtifact(withValues: Record<string, string>, artifacts: string): StepOutcome {
  const file = withValues.path;
  if (!existsSync(file)) {
    return { ok: withValues['if-no-files-found'] !== 'error', outputs: {}, log: `no file ${file}` };
  }
  const dir = join(artifacts, withValues.name);
  mkdirSync(dir, { recursive: true });
  copyFileSync(file, join(dir, basename(file)));
  return { ok: true, outputs: {}, log: `uploaded ${withValues.name}` };
}

/**
 * download-artifact: one artifact by name into `path`, or every artifact matching `pattern` (a `*` glob), each
 * into `path/<name>` or, with merge-multiple, all into `path`. A named artifact that does not exist fails.
 */
function downloadArtifact(withValues: Record<string, string>, artifacts: string): StepOutcome {
  const target = withValues.path;
  const copyAll = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const f of readdirSync(from)) copyFileSync(join(from, f), join(to, f));
  };
  if (withValues.name) {
    const from = join(artifacts, withValues.name);
    if (!existsSync(from)) return { ok: false, outputs: {}, log: `Artifact not found: ${withValues.name}` };
    copyAll(from, target);
    return { ok: true, outputs: {}, log: `downloaded ${withValues.name}` };
  }
  const pattern = new RegExp(`^${(withValues.pattern ?? '*').split('*').map(escapeRegExp).join('.*')}$`);
  const names = existsSync(artifacts) ? readdirSync(artifacts).filter((n) => pattern.test(n)) : [];
  for (const name of names)
    copyAll(join(artifacts, name), withValues['merge-multiple'] === 'true' ? target : join(target, name));
  mkdirSync(target, { recursive: true });
  return { ok: true, outputs: {}, log: `downloaded ${names.join(', ')}` };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The order GitHub can run the jobs in: each after its `needs`, otherwise in the file's order. */
export function jobOrder(workflow: Node): string[] {
  const jobs = asNode(workflow.jobs);
  const done: string[] = [];
  const needsOf = (id: string) => {
    const n = asNode(jobs[id]).needs;
    return n === undefined ? [] : Array.isArray(n) ? n.map(String) : [String(n)];
  };
  while (done.length < Object.keys(jobs).length) {
    const next = Object.keys(jobs).find(
      (id) => !done.includes(id) && needsOf(id).every((n) => done.includes(n)),
    );
    if (!next) throw new Error('the jobs form a cycle');
    done.push(next);
  }
  return done;
}

async function runSteps(job: Node, base: Node, record: JobRecord, ctx: GitHubRunContext): Promise<void> {
  const steps: Node = {};
  let failed = false;
  for (const raw of (job.steps as unknown[]) ?? []) {
    const step = asNode(raw);
    const context = { ...base, steps };
    const name = interpolate(step.name ?? step.uses ?? 'run', context);
    const id = step.id === undefined ? undefined : String(step.id);
    const rec: StepRecord = { id, name, status: 'skipped', outputs: {} };
    record.steps.push(rec);
    if (!condition(step.if, context, { failed })) {
      if (id) steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const uses = step.uses === undefined ? undefined : String(step.uses);
    const withValues: Record<string, string> = {};
    for (const [k, v] of Object.entries(asNode(step.with))) withValues[k] = interpolate(v, context);
    rec.with = withValues;
    let outcome: StepOutcome;
    if (uses?.startsWith('actions/checkout@')) outcome = { ok: true, outputs: {}, log: '' };
    else if (uses === './.aifactory-flags-action') {
      outcome = await ctx.runAction(withValues, { runnerTemp: record.runnerTemp! });
    } else if (uses?.startsWith('actions/upload-artifact@')) {
      outcome = uploadArtifact(withValues, ctx.artifacts);
    } else if (uses?.startsWith('actions/download-artifact@')) {
      outcome = downloadArtifact(withValues, ctx.artifacts);
    } else if (typeof step.run === 'string') {
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(asNode(step.env))) env[k] = interpolate(v, context);
      outcome = await runScript(step.run, env, ctx.workspace, record.runnerTemp!);
    } else {
      throw new Error(`step '${name}' (${uses ?? 'no uses/run'}) is not one this runner knows`);
    }
    if (step['continue-on-error'] !== undefined && typeof step['continue-on-error'] !== 'boolean')
      throw new Error(`step '${name}': only a literal continue-on-error is supported here`);
    const continueOnError = step['continue-on-error'] === true;
    rec.status = outcome.ok ? 'success' : 'failure';
    rec.outputs = outcome.outputs;
    rec.log = outcome.log;
    const conclusion = outcome.ok || continueOnError ? 'success' : 'failure';
    if (id) steps[id] = { outputs: outcome.outputs, outcome: rec.status, conclusion };
    if (conclusion === 'failure') failed = true;
  }
  record.status = failed ? 'failure' : 'success';
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(asNode(job.outputs)))
    outputs[name] = interpolate(value, { ...base, steps });
  record.outputs = outputs;
}

/** Runs a reusable workflow (`on: workflow_call`) with the caller's `with:` values. */
export async function runReusableWorkflow(
  file: string,
  callerWith: Record<string, string>,
  ctx: GitHubRunContext,
): Promise<JobRecord[]> {
  const workflow = asNode(parse(readProjectFile(file)));
  const declared = asNode(asNode(asNode(workflow.on).workflow_call).inputs);
  const inputs: Node = {};
  for (const [name, specRaw] of Object.entries(declared)) {
    const spec = asNode(specRaw);
    const given = callerWith[name];
    const value = given ?? spec.default ?? '';
    inputs[name] =
      spec.type === 'boolean'
        ? String(value) === 'true'
        : spec.type === 'number'
          ? Number(value)
          : String(value);
  }
  const unknown = Object.keys(callerWith).filter((k) => !(k in declared));
  if (unknown.length > 0) throw new Error(`${file} has no input(s) ${unknown.join(', ')}`);

  const github = { token: 'ghs_e2e_stand_in_token', ref: ctx.event.ref, event_name: ctx.event.name };
  const jobs = asNode(workflow.jobs);
  const results: JobRecord[] = [];
  const statusOf: Record<string, Status> = {};
  const outputsOf: Record<string, Record<string, string>> = {};
  for (const id of jobOrder(workflow)) {
    const job = asNode(jobs[id]);
    const needs = job.needs === undefined ? [] : ([] as string[]).concat(job.needs as string[]);
    const needsFailed = needs.some((n) => statusOf[n] === 'failure');
    const needsSkipped = needs.some((n) => statusOf[n] === 'skipped');
    const needsContext = Object.fromEntries(
      needs.map((n) => [n, { result: statusOf[n], outputs: outputsOf[n] ?? {} }]),
    );
    const base = { inputs, github, vars: {}, runner: { temp: '' }, matrix: {}, env: {}, needs: needsContext };
    // A job whose needs were skipped or failed is skipped unless its if: names a status function.
    let runs: boolean;
    if (job.if === undefined) runs = !needsFailed && !needsSkipped;
    else runs = condition(job.if, base, { failed: needsFailed });
    const strategy = asNode(asNode(job.strategy).matrix);
    const legs: Record<string, string>[] = [];
    const keys = Object.keys(strategy);
    if (keys.length > 1) throw new Error(`job ${id}: a matrix of more than one key is not supported here`);
    if (keys.length === 1) {
      const text = String(strategy[keys[0]]).trim();
      const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
      if (!whole) throw new Error(`job ${id}: the matrix is not one expression`);
      const values = evaluate(whole[1].trim(), base) as data.Array;
      for (const v of values.values()) legs.push({ [keys[0]]: v.coerceString() });
    } else legs.push({});
    const legStatuses: Status[] = [];
    for (const matrix of legs) {
      const runnerTemp = join(
        ctx.temp,
        `${id}-${Object.values(matrix).join('-') || 'job'}-${results.length}`,
      );
      const legBase = { ...base, matrix, runner: { temp: runnerTemp } };
      const record: JobRecord = {
        id,
        matrix: keys.length ? matrix : undefined,
        environment: job.environment === undefined ? undefined : interpolate(job.environment, legBase),
        status: 'skipped',
        runnerTemp,
        steps: [],
      };
      results.push(record);
      if (runs) {
        mkdirSync(runnerTemp, { recursive: true });
        await runSteps(job, legBase, record, ctx);
      }
      legStatuses.push(record.status);
      // A matrix job has one set of outputs: the last leg that ran sets them.
      if (runs) outputsOf[id] = { ...(outputsOf[id] ?? {}), ...record.outputs };
    }
    statusOf[id] = legStatuses.includes('failure')
      ? 'failure'
      : legStatuses.every((s) => s === 'skipped')
        ? 'skipped'
        : 'success';
  }
  return results;
}

/** Where a starter's `uses: <owner>/<repo>/.github/workflows/<file>@<ref>` points in this repository. */
export function localWorkflow(uses: string): string {
  const m = /^[^/]+\/[^/]+\/(\.github\/workflows\/[^@]+)@.+$/.exec(uses);
  if (!m) throw new Error(`'${uses}' is not a reusable workflow of a repository`);
  return m[1];
}

/** Runs a starter (a caller workflow) as the event it is triggered by. */
export async function runStarter(file: string, ctx: GitHubRunContext): Promise<JobRecord[]> {
  const starter = asNode(parse(readProjectFile(file)));
  const dispatch = asNode(asNode(asNode(starter.on).workflow_dispatch).inputs);
  const inputs: Node = {};
  if (ctx.event.name === 'workflow_dispatch') {
    for (const [name, spec] of Object.entries(dispatch)) inputs[name] = String(asNode(spec).default ?? '');
    Object.assign(inputs, ctx.event.inputs ?? {});
  }
  const github = { ref: ctx.event.ref, event_name: ctx.event.name };
  const out: JobRecord[] = [];
  for (const [id, jobRaw] of Object.entries(asNode(starter.jobs))) {
    const job = asNode(jobRaw);
    const context = { inputs, github, vars: {} };
    if (!condition(job.if, context, { failed: false })) {
      out.push({ id, status: 'skipped', steps: [] });
      continue;
    }
    const withValues: Record<string, string> = {};
    for (const [k, v] of Object.entries(asNode(job.with))) withValues[k] = interpolate(v, context);
    out.push(...(await runReusableWorkflow(localWorkflow(String(job.uses)), withValues, ctx)));
  }
  return out;
}
