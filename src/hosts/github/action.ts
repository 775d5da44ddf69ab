// The Action's flow, with every outside dependency passed in, so main.ts only wires the real modules and
// tests can drive the same flow. Thin on purpose: inputs → RunOptions, credential, run(), outputs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import type { getOctokit } from '@actions/github';
import type { TokenCredential } from '@azure/core-auth';
import type { Logger, RunOptions, RunResult } from '../../app/types.js';
import type { Plan } from '../../core/types.js';
import { TOOL_VERSION } from '../../core/version.js';
import { applyWithoutPlanNote } from '../shared/apply-note.js';
import { type EnvironmentReader, environmentOfRun, sameSubscription } from '../shared/environment-target.js';
import { pathForAnnotation } from '../shared/locations.js';
import { planOutputValues, verdict } from '../shared/outputs.js';
import { annotateDiagnostics, diagnosticText } from './annotations.js';
import {
  buildCommentBody,
  commentFailureWarning,
  commentMarker,
  noPlanCommentBody,
  upsertComment,
} from './comment.js';
import { chooseCredential } from './credential.js';
import { readActionInputs } from './inputs.js';
import { createActionsLogger } from './logger.js';
import { publishSummary } from './summary.js';

export interface ActionCore {
  getInput(name: string): string;
  setOutput(name: string, value: string | number | boolean): void;
  setSecret(value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
  getIDToken(audience?: string): Promise<string>;
  summary: { addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> } };
}

export interface ActionDeps {
  core: ActionCore;
  run(options: RunOptions, logger: Logger): Promise<RunResult>;
  renderMarkdown(plan: Plan, opts: { maxLength?: number; detailsUrl?: string; title?: string }): string;
  defaultCredential(): TokenCredential;
  /** May load @actions/github on demand: only a PR comment needs it. */
  getOctokit(
    token: string,
    options: { baseUrl?: string },
  ): ReturnType<typeof getOctokit> | Promise<ReturnType<typeof getOctokit>>;
  env: Record<string, string | undefined>;
  /** The environment's subscription and tenant from the config (the OIDC tenant, the subscription check). */
  readEnvironment: EnvironmentReader;
}

function runUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

function pullRequestNumber(env: Record<string, string | undefined>): number | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: number };
    };
    return payload.pull_request?.number;
  } catch {
    return undefined;
  }
}

/** Markdown for a run that produced none (input or config errors before planning). */
function fallbackMarkdown(result: RunResult): string {
  const lines = ['### aifactory-flags', '', result.message];
  if (result.diagnostics.length > 0) {
    lines.push('');
    for (const d of result.diagnostics) {
      const where = d.location ? `\`${d.location.file}:${d.location.line}:${d.location.column}\` ` : '';
      lines.push(`- **${d.severity}** ${where}${diagnosticText(d)}`);
    }
  }
  return lines.join('\n');
}

export async function runAction(deps: ActionDeps): Promise<void> {
  const { core, env } = deps;
  const read = readActionInputs((name) => core.getInput(name), env);
  if (!read.inputs) {
    for (const p of read.problems) core.error(p);
    core.setFailed(`aifactory-flags: ${read.problems.length} invalid input(s): ${read.problems.join(' ')}`);
    return;
  }
  const inputs = read.inputs;
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  const o = inputs.options;
  core.info(
    `aifactory-flags ${TOOL_VERSION}: ${o.command} ${o.configPath}${o.environment ? ` (${o.environment})` : ''} on ${o.target}`,
  );

  const repositoryRoot = env.GITHUB_WORKSPACE;
  const cwd = resolve(inputs.workingDirectory);
  process.chdir(cwd);

  const options: RunOptions = { ...inputs.options };
  const target = await environmentOfRun(options, deps.readEnvironment);
  if (target && options.subscriptionId && !sameSubscription(options.subscriptionId, target.subscriptionId)) {
    core.warning(
      `${inputs.subscriptionSource} is ${options.subscriptionId} but ${target.where} says subscriptionId ` +
        `${target.subscriptionId}: the ${options.command} targets ${options.subscriptionId} (${inputs.subscriptionSource} ` +
        `overrides the config). If the config is right, drop ${inputs.subscriptionSource}; if not, fix the config.`,
    );
  }
  // validate reads only the config: no login.
  if (options.target === 'azure' && options.command !== 'validate') {
    const choice = chooseCredential(
      inputs,
      env,
      { getIdToken: (audience) => core.getIDToken(audience), fallback: deps.defaultCredential },
      target,
    );
    core.info(`Azure login: ${choice.description}.`);
    options.credential = choice.credential;
  }
  if (options.command === 'apply' && !options.planFile) core.notice(applyWithoutPlanNote('plan-file'));

  const logger = createActionsLogger(core, { cwd, repositoryRoot });
  let result: RunResult;
  try {
    result = await deps.run(options, logger);
  } catch (error) {
    logger.endGroup();
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`aifactory-flags stopped unexpectedly: ${message}`);
    return;
  }
  logger.endGroup();

  annotateDiagnostics(result.diagnostics, core, { cwd, repositoryRoot, reported: logger.reported });

  const values = planOutputValues(result);
  if (values) {
    core.setOutput('has-changes', String(values.hasChanges));
    core.setOutput('create', String(values.create));
    core.setOutput('update', String(values.update));
    core.setOutput('delete', String(values.delete));
    core.setOutput('blocked', String(values.blocked));
    core.setOutput('fingerprint', values.fingerprint);
    // apply reports the plan it applied: the file it was given.
    const planFile = values.planFile || options.planFile;
    core.setOutput('plan-file', planFile ? resolve(cwd, planFile) : '');
  }

  const markdown = result.markdown ?? fallbackMarkdown(result);
  const summaryFile = await publishSummary(
    core.summary,
    env,
    { cwd, configPath: options.configPath, environment: options.environment },
    markdown,
  );
  core.setOutput('summary-file', summaryFile);

  if (inputs.commentOnPr && options.command === 'plan') {
    await commentOnPullRequest(deps, inputs.githubToken, options, result, cwd, repositoryRoot);
  }

  const v = verdict(result, {
    failOnChanges: inputs.failOnChanges,
    command: options.command,
    inputName: 'fail-on-changes',
  });
  if (v.failed) core.setFailed(v.message);
  else core.info(v.message);
}

/**
 * The PR's one comment for this config and environment: the plan, or, when no plan could be made (a config
 * that no longer parses, a failed login), why not, so the comment never shows a plan of an older commit.
 */
async function commentOnPullRequest(
  deps: ActionDeps,
  token: string,
  options: RunOptions,
  result: RunResult,
  cwd: string,
  repositoryRoot: string | undefined,
): Promise<void> {
  const { core, env } = deps;
  const number = pullRequestNumber(env);
  const repository = env.GITHUB_REPOSITORY;
  if (!number || !repository) {
    core.debug('No pull request in the event payload: no PR comment.');
    return;
  }
  if (!token) {
    core.warning("No GitHub token for the PR comment: pass 'github-token' or set 'comment-on-pr: false'.");
    return;
  }
  const [owner, repo] = repository.split('/');
  const configForMarker = pathForAnnotation(options.configPath, cwd, repositoryRoot);
  const environment = options.environment ?? result.plan?.environment ?? '';
  const marker = commentMarker(configForMarker, environment);
  const plan = result.plan;
  const body = plan
    ? buildCommentBody(marker, (maxLength) =>
        deps.renderMarkdown(plan, { maxLength, detailsUrl: runUrl(env) }),
      )
    : noPlanCommentBody(marker, {
        config: configForMarker,
        environment,
        message: result.message,
        diagnostics: result.diagnostics.map((d) => ({
          ...d,
          ...(d.location
            ? { location: { ...d.location, file: pathForAnnotation(d.location.file, cwd, repositoryRoot) } }
            : {}),
        })),
        runUrl: runUrl(env),
      });
  try {
    const octokit = await deps.getOctokit(token, env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {});
    const done = await upsertComment(octokit, { owner, repo, issueNumber: number }, marker, body);
    const what = plan ? 'Plan comment' : 'Comment (no plan: the errors)';
    core.info(`${what} ${done.action} on pull request #${number}${done.url ? `: ${done.url}` : ''}.`);
  } catch (error) {
    core.warning(commentFailureWarning(error));
  }
}
