// Reads the Action's inputs (action.yml) into RunOptions plus the few things only the Action needs.
// Takes a getter instead of calling @actions/core directly so it is tested without a runner.
import type { RunOptions } from '../../app/types.js';
import { type InputNames, toRunOptions } from '../shared/options.js';
import { withTimeScale } from '../shared/time-scale.js';

export const ACTION_INPUT_NAMES: InputNames = {
  command: 'command',
  config: 'config',
  environment: 'environment',
  planFile: 'plan-file',
  allowDestroy: 'allow-destroy',
  parallelism: 'parallelism',
  whatIf: 'what-if',
  target: 'target',
  subscriptionId: 'subscription-id',
  tenantId: 'tenant-id',
};

export interface ActionInputs {
  options: RunOptions;
  /** Whether to upsert the PR comment, with `auto` already resolved against the event. */
  commentOnPr: boolean;
  githubToken: string;
  clientId?: string;
  tenantId?: string;
  /** Where options.subscriptionId came from, for messages: the input or AZURE_SUBSCRIPTION_ID. */
  subscriptionSource?: string;
  workingDirectory: string;
  failOnChanges: boolean;
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them; empty means the default. */
function parseBoolean(name: string, raw: string, fallback: boolean, problems: string[]): boolean {
  const value = raw.trim();
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  problems.push(`Input '${name}' is '${value}': use true or false.`);
  return fallback;
}

export function readActionInputs(
  get: (name: string) => string,
  env: Record<string, string | undefined>,
): { inputs?: ActionInputs; problems: string[] } {
  const problems: string[] = [];
  const whatIf = parseBoolean('what-if', get('what-if'), false, problems);
  const failOnChanges = parseBoolean('fail-on-changes', get('fail-on-changes'), false, problems);

  const rawComment = get('comment-on-pr').trim().toLowerCase() || 'auto';
  let commentOnPr = false;
  if (rawComment === 'auto') commentOnPr = PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '');
  else if (rawComment === 'true') commentOnPr = true;
  else if (rawComment !== 'false') {
    problems.push(
      `Input 'comment-on-pr' is '${rawComment}': use auto (on for pull_request events), true or false.`,
    );
  }

  const clientId = get('client-id').trim() || env.AZURE_CLIENT_ID?.trim() || undefined;
  const tenantId = get('tenant-id').trim() || env.AZURE_TENANT_ID?.trim() || undefined;
  const subscriptionInput = get('subscription-id').trim();
  const subscriptionId = subscriptionInput || env.AZURE_SUBSCRIPTION_ID?.trim() || undefined;
  const subscriptionSource = subscriptionInput
    ? "input 'subscription-id'"
    : subscriptionId
      ? 'AZURE_SUBSCRIPTION_ID'
      : undefined;

  const mapped = toRunOptions(
    {
      command: get('command'),
      config: get('config'),
      environment: get('environment'),
      planFile: get('plan-file'),
      allowDestroy: get('allow-destroy'),
      parallelism: get('parallelism'),
      whatIf,
      target: get('target'),
      subscriptionId,
      tenantId,
    },
    ACTION_INPUT_NAMES,
  );
  problems.push(...mapped.problems);
  if (problems.length > 0 || !mapped.options) return { problems };
  const options = withTimeScale(mapped.options, env, problems);
  if (problems.length > 0) return { problems };

  return {
    inputs: {
      options,
      commentOnPr,
      githubToken: get('github-token').trim(),
      clientId,
      tenantId,
      ...(subscriptionSource ? { subscriptionSource } : {}),
      workingDirectory: get('working-directory').trim() || '.',
      failOnChanges,
    },
    problems,
  };
}
