// One step of each host, started the way its runner starts it: the Action bundle with the inputs action.yml
// declares (defaults filled in as the GitHub runner does), the task bundle with the inputs task.json declares
// (defaults filled in, filePath inputs rooted at the sources directory, as the agent does). Both against the
// embedded emulator; the only input the templates do not pass is `target: local` (they log in to Azure), and
// AIFACTORY_TIME_SCALE makes the emulator's deployments near-instant (the hosts read it for target local).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parse } from 'yaml';
import { ACTION_BUNDLE, inputVariable, parseGithubOutput, runNode, TASK_BUNDLE } from '../github/runner.js';
import { outputVariables, taskResult, vsoCommands } from '../ado/vso.js';

const ACTION_YML = new URL('../../action.yml', import.meta.url);
const TASK_JSON = new URL('../../ado-extension/tasks/AIFactoryFlagsV1/task.json', import.meta.url);

export const GITHUB_TOKEN = 'ghs_e2e_stand_in_token';
/** The emulator's clock for every step: a 60 s resource takes 60 ms. */
export const TIME_SCALE = '0.001';
export const REPOSITORY = 'contoso/ai-factory';

export interface StepOutcome {
  ok: boolean;
  outputs: Record<string, string>;
  log: string;
  /** The Markdown the step published: GITHUB_STEP_SUMMARY, or the file the task uploaded as the summary. */
  summary?: string;
  /** The process's exit code (a task exits 0 even when it failed: its result is in `ok`). */
  code?: number | null;
}

export interface ActionStepContext {
  workspace: string;
  runnerTemp: string;
  eventName: string;
  eventPath: string;
  ref: string;
  apiUrl: string;
  node?: string;
}

/** action.yml defaults as the runner evaluates them (`${{ github.token }}` is the job's token). */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(ACTION_YML, 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = String(spec.default ?? '');
    out[name] = value === '${{ github.token }}' ? GITHUB_TOKEN : value;
  }
  return out;
}

export async function runActionStep(
  inputs: Record<string, string>,
  ctx: ActionStepContext,
): Promise<StepOutcome> {
  mkdirSync(ctx.runnerTemp, { recursive: true });
  const stepDir = join(ctx.runnerTemp, `_step-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(stepDir);
  const outputFile = join(stepDir, 'output.txt');
  const summaryFile = join(stepDir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_EVENT_PATH: ctx.eventPath,
    GITHUB_REF: ctx.ref,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_WORKSPACE: ctx.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: ctx.apiUrl,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: ctx.runnerTemp,
    AIFACTORY_TIME_SCALE: TIME_SCALE,
  };
  for (const [k, v] of Object.entries({ ...actionDefaults(), ...inputs, target: 'local' }))
    env[inputVariable(k)] = v;
  const r = await runNode(ctx.node ?? process.execPath, ACTION_BUNDLE, env, ctx.workspace);
  return {
    ok: r.code === 0,
    outputs: parseGithubOutput(outputFile),
    log: r.stdout + r.stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    code: r.code,
  };
}

export interface TaskStepContext {
  sources: string;
  agentTemp: string;
  node?: string;
}

interface TaskInputSpec {
  name: string;
  type: string;
  defaultValue?: string;
}

export async function runTaskStep(
  inputs: Record<string, string>,
  stepEnv: Record<string, string>,
  ctx: TaskStepContext,
): Promise<StepOutcome> {
  mkdirSync(ctx.agentTemp, { recursive: true });
  const task = JSON.parse(readFileSync(TASK_JSON, 'utf8')) as { inputs: TaskInputSpec[] };
  const given: Record<string, string> = { ...inputs, target: 'local' };
  const env: Record<string, string> = {
    ...stepEnv,
    AGENT_TEMPDIRECTORY: ctx.agentTemp,
    BUILD_SOURCESDIRECTORY: ctx.sources,
    SYSTEM_DEFAULTWORKINGDIRECTORY: ctx.sources,
    TF_BUILD: 'True',
    AIFACTORY_TIME_SCALE: TIME_SCALE,
  };
  for (const spec of task.inputs) {
    let value = given[spec.name] ?? spec.defaultValue ?? '';
    if (spec.type === 'filePath' && value && !isAbsolute(value)) value = join(ctx.sources, value);
    env[`INPUT_${spec.name.toUpperCase()}`] = value;
  }
  const unknown = Object.keys(given).filter((k) => !task.inputs.some((s) => s.name === k));
  if (unknown.length > 0) throw new Error(`task.json has no input(s) ${unknown.join(', ')}`);
  const r = await runNode(ctx.node ?? process.execPath, TASK_BUNDLE, env, ctx.sources);
  const result = taskResult(r.stdout);
  if (!result.result) throw new Error(`the task reported no result:\n${r.stdout}\n${r.stderr}`);
  const upload = vsoCommands(r.stdout).find((c) => c.command === 'task.uploadsummary');
  return {
    ok: result.result === 'Succeeded',
    outputs: outputVariables(r.stdout),
    log: r.stdout + r.stderr,
    ...(upload ? { summary: readFileSync(upload.message, 'utf8') } : {}),
    code: r.code,
  };
}

export function readIfExists(file: string): Buffer | undefined {
  return existsSync(file) ? readFileSync(file) : undefined;
}
