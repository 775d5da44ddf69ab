// The pull-request comment: one per config and environment, found again by a hidden marker and edited in
// place, so a PR with twenty pushes still has one plan comment. GitHub rejects bodies over 65,536 chars.
import type { getOctokit } from '@actions/github';
import type { Diagnostic } from '../../core/types.js';

export const GITHUB_COMMENT_LIMIT = 65_536;

type Octokit = ReturnType<typeof getOctokit>;

export function commentMarker(configPath: string, environment: string): string {
  return `<!-- aifactory-flags:${configPath.replace(/\\/g, '/')}:${environment} -->`;
}

/**
 * The comment body under GitHub's limit. `render(maxLength)` is the core's Markdown renderer, which trims
 * details (never the summary table) and links to `detailsUrl`; the hard cut is a last line of defence.
 */
export function buildCommentBody(marker: string, render: (maxLength: number) => string): string {
  const head = `${marker}\n`;
  const budget = GITHUB_COMMENT_LIMIT - head.length - 200;
  let body = render(budget);
  if (body.length > budget) {
    const note = '\n\n… trimmed to fit a GitHub comment; the full plan is in the run summary.\n';
    const cut = body.lastIndexOf('\n', budget - note.length);
    body = body.slice(0, cut > 0 ? cut : budget - note.length) + note;
  }
  return head + body;
}

/** At most this many problems are listed; the annotations and the run's log have all of them. */
const LISTED_PROBLEMS = 50;

/**
 * The comment when no plan could be made for this commit: it replaces the previous plan, which no longer
 * describes the pull request, with the errors (file:line:column, message) that stopped the plan.
 */
export function noPlanCommentBody(
  marker: string,
  what: {
    config: string;
    environment: string;
    message: string;
    diagnostics: Diagnostic[];
    runUrl?: string;
  },
): string {
  const problems = what.diagnostics.filter((d) => d.severity === 'error');
  const lines = [
    marker,
    `### aifactory-flags: no plan for \`${what.environment}\``,
    '',
    `The latest commit could not be planned, so the plan that was here is gone: ${oneLine(what.message)}`,
  ];
  if (problems.length > 0) {
    lines.push('', `${problems.length} error${problems.length === 1 ? '' : 's'} in \`${what.config}\`:`, '');
    for (const d of problems.slice(0, LISTED_PROBLEMS)) {
      const where = d.location ? `\`${d.location.file}:${d.location.line}:${d.location.column}\` ` : '';
      lines.push(`- ${where}${oneLine(d.hint ? `${d.message} (${d.hint})` : d.message)}`);
    }
    if (problems.length > LISTED_PROBLEMS)
      lines.push(`- … and ${problems.length - LISTED_PROBLEMS} more (see the run's annotations)`);
  }
  lines.push(
    '',
    `Fix them and push: the plan comes back here.${what.runUrl ? ` [Run log](${what.runUrl})` : ''}`,
  );
  const body = lines.join('\n');
  return body.length <= GITHUB_COMMENT_LIMIT ? body : body.slice(0, GITHUB_COMMENT_LIMIT - 2) + '…';
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url?: string;
}

export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<UpsertResult> {
  const base = { owner: target.owner, repo: target.repo };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...base,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const existing = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
  if (existing) {
    const res = await octokit.rest.issues.updateComment({ ...base, comment_id: existing.id, body });
    return { action: 'updated', id: existing.id, url: res.data.html_url };
  }
  const res = await octokit.rest.issues.createComment({ ...base, issue_number: target.issueNumber, body });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}

/** A warning for a comment that could not be written; never a failure of the step. */
export function commentFailureWarning(error: unknown): string {
  const status = (error as { status?: number }).status;
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403 || status === 404) {
    return (
      `Could not write the plan comment on the pull request (HTTP ${status}: ${detail}). ` +
      "Give the job 'permissions: pull-requests: write' (and pass 'github-token' if you use another token), " +
      "or set 'comment-on-pr: false'. The plan is in the job summary."
    );
  }
  return `Could not write the plan comment on the pull request (${detail}). The plan is in the job summary.`;
}
