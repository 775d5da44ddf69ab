// A local stand-in for the parts of GitHub's REST API the PR comment uses: list, create and update issue
// comments. It enforces GitHub's 65,536-character body limit like the real API does (422).
import { json, startStandIn, type StandIn } from './stand-ins.js';

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
}

export async function startGitHubApi(
  opts: { status?: number } = {},
): Promise<StandIn & { comments: StoredComment[] }> {
  const comments: StoredComment[] = [];
  let nextId = 1000;
  const api = await startStandIn((req, res) => {
    if (opts.status) return json(res, opts.status, { message: 'Resource not accessible by integration' });
    if (!req.headers.authorization?.startsWith('token '))
      return json(res, 401, { message: 'Requires authentication' });
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments(\?.*)?$/.exec(req.url);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(req.url);
    if (list && req.method === 'GET') return json(res, 200, comments);
    const body = req.body ? (JSON.parse(req.body) as { body?: string }).body : undefined;
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (typeof body !== 'string' || body.length > 65_536) {
        return json(res, 422, {
          message: 'Validation Failed',
          errors: [
            { field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' },
          ],
        });
      }
    }
    if (list && req.method === 'POST') {
      const c = {
        id: nextId++,
        body: body!,
        html_url: `https://github.com/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${nextId}`,
      };
      comments.push(c);
      return json(res, 201, c);
    }
    if (one && req.method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(one[3]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      c.body = body!;
      return json(res, 200, c);
    }
    return json(res, 404, { message: 'Not Found', url: req.url });
  });
  return Object.assign(api, { comments });
}
