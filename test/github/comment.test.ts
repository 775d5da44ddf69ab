import { getOctokit } from '@actions/github';
import {
  buildCommentBody,
  commentFailureWarning,
  commentMarker,
  GITHUB_COMMENT_LIMIT,
  upsertComment,
} from '../../src/hosts/github/comment.js';
import { startGitHubApi } from './github-api.js';

const target = { owner: 'contoso', repo: 'ai-factory', issueNumber: 7 };

describe('PR comment upsert against a GitHub API stand-in', () => {
  test('the first run creates the comment, the second updates the same one', async () => {
    const api = await startGitHubApi();
    try {
      const octokit = getOctokit('ghs_test', { baseUrl: api.url });
      // Somebody else's comment on the PR must be left alone.
      api.comments.push({ id: 1, body: 'LGTM', html_url: 'x' });
      const marker = commentMarker('aifactory.yaml', 'dev');
      const first = await upsertComment(octokit, target, marker, `${marker}\nplan v1`);
      const second = await upsertComment(octokit, target, marker, `${marker}\nplan v2`);

      expect(first.action).toBe('created');
      expect(second.action).toBe('updated');
      expect(second.id).toBe(first.id);
      expect(api.comments).toHaveLength(2);
      expect(api.comments[0].body).toBe('LGTM');
      expect(api.comments[1].body).toBe(`${marker}\nplan v2`);
      expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
      expect(api.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  test('another environment gets its own comment', async () => {
    const api = await startGitHubApi();
    try {
      const octokit = getOctokit('ghs_test', { baseUrl: api.url });
      await upsertComment(
        octokit,
        target,
        commentMarker('aifactory.yaml', 'dev'),
        `${commentMarker('aifactory.yaml', 'dev')}\na`,
      );
      const prod = await upsertComment(
        octokit,
        target,
        commentMarker('aifactory.yaml', 'prod'),
        `${commentMarker('aifactory.yaml', 'prod')}\nb`,
      );
      expect(prod.action).toBe('created');
      expect(api.comments).toHaveLength(2);
    } finally {
      await api.close();
    }
  });

  test('an oversized plan is trimmed under the limit and accepted by the API', async () => {
    const api = await startGitHubApi();
    try {
      const octokit = getOctokit('ghs_test', { baseUrl: api.url });
      const marker = commentMarker('aifactory.yaml', 'dev');
      const huge = `| summary |\n|---|\n${'| a row of detail that never ends |\n'.repeat(5000)}`;
      let asked = 0;
      const body = buildCommentBody(marker, (maxLength) => {
        asked = maxLength;
        return huge; // a renderer that ignores the limit: the hard cut still keeps the body valid
      });
      expect(asked).toBeLessThan(GITHUB_COMMENT_LIMIT);
      expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
      expect(body.startsWith(`${marker}\n| summary |`)).toBe(true);
      expect(body).toContain('trimmed');
      const done = await upsertComment(octokit, target, marker, body);
      expect(done.action).toBe('created');
    } finally {
      await api.close();
    }
  });

  test('a renderer that honours the limit is used as is', () => {
    const marker = commentMarker('envs/prod/aifactory.yaml', 'prod');
    const body = buildCommentBody(marker, (max) => 'x'.repeat(max));
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).not.toContain('trimmed');
    expect(marker).toBe('<!-- aifactory-flags:envs/prod/aifactory.yaml:prod -->');
  });

  test('a token without pull-requests: write gives a warning that says what to do', async () => {
    const api = await startGitHubApi({ status: 403 });
    try {
      const octokit = getOctokit('ghs_test', { baseUrl: api.url });
      const error = await upsertComment(octokit, target, 'm', 'm').catch((e: unknown) => e);
      const warning = commentFailureWarning(error);
      expect(warning).toContain('HTTP 403');
      expect(warning).toContain('pull-requests: write');
      expect(warning).toContain('comment-on-pr: false');
    } finally {
      await api.close();
    }
  });

  test('other failures are warnings too, without the permission advice', () => {
    const warning = commentFailureWarning(new Error('socket hang up'));
    expect(warning).toContain('socket hang up');
    expect(warning).not.toContain('pull-requests: write');
  });
});

describe('the core renderer under the comment limit', () => {
  test('a plan far over 65,536 characters is trimmed by the renderer, keeps its summary and links the run', async () => {
    const { renderMarkdown } = await import('../../src/core/render/index.js');
    const { bigPlan } = await import('./big-plan.js');
    const plan = bigPlan(120, 60);
    const full = renderMarkdown(plan, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 2);

    const marker = commentMarker('aifactory.yaml', 'dev');
    const detailsUrl = 'https://github.com/contoso/ai-factory/actions/runs/42';
    const body = buildCommentBody(marker, (maxLength) => renderMarkdown(plan, { maxLength, detailsUrl }));
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body).toContain(detailsUrl);
    expect(body).not.toContain('trimmed to fit a GitHub comment'); // the renderer did it, not the hard cut
    // The summary survives the trim: every service still has its row.
    expect(body).toContain('svc0');
    expect(body).toContain('svc119');

    const api = await startGitHubApi();
    try {
      const done = await upsertComment(getOctokit('ghs_test', { baseUrl: api.url }), target, marker, body);
      expect(done.action).toBe('created');
    } finally {
      await api.close();
    }
  });
});
