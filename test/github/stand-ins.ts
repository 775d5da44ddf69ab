// Local HTTP servers standing in for services the hosts talk to: Microsoft Entra's token endpoint (for
// workload identity federation), the GitHub runner's ID-token endpoint, the Azure DevOps OIDC endpoint and
// the GitHub REST API. Each records what it was asked, so tests assert on real requests.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createDefaultHttpClient, type HttpClient } from '@azure/core-rest-pipeline';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startStandIn(
  handle: (req: RecordedRequest, res: ServerResponse) => void | Promise<void>,
  tls?: { key: string; cert: string },
): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve(handle(recorded, res)).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: String(error) }));
      });
    });
  };
  const server: Server = tls ? createTlsServer(tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** MSAL insists on an https authority; this host name is sent to the stand-in over plain HTTP instead. */
export const ENTRA_STAND_IN_HOST = 'https://login.entra-stand-in.test';

/**
 * An HttpClient that routes requests for the stand-in authority host to a local server and lets requests
 * to other loopback stand-ins (the pipeline's OIDC endpoint) go over plain HTTP; nothing else changes.
 */
export function routeAuthorityTo(localUrl: string): HttpClient {
  const inner = createDefaultHttpClient();
  return {
    sendRequest(request) {
      if (request.url.startsWith(ENTRA_STAND_IN_HOST)) {
        request.url = localUrl + request.url.slice(ENTRA_STAND_IN_HOST.length);
      }
      if (request.url.startsWith('http://127.0.0.1:')) request.allowInsecureConnection = true;
      return inner.sendRequest(request);
    },
  };
}

/**
 * Entra's token endpoint for the client-credentials grant with a client assertion. Access tokens live
 * 60 s, inside MSAL's 5-minute refresh margin, so every getToken() is a fresh exchange (as after an
 * expiry in a long deployment).
 */
export async function startEntraStandIn(tls?: {
  key: string;
  cert: string;
}): Promise<StandIn & { assertions: string[] }> {
  const assertions: string[] = [];
  let issued = 0;
  let publicUrl = ENTRA_STAND_IN_HOST;
  const standIn = await startStandIn((req, res) => {
    const tenant = req.url.split('/')[1];
    if (req.url.includes('/.well-known/openid-configuration')) {
      const base = `${publicUrl}/${tenant}`;
      return json(res, 200, {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        issuer: `${base}/v2.0`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
      });
    }
    if (req.method === 'POST' && req.url.includes('/oauth2/v2.0/token')) {
      const form = new URLSearchParams(req.body);
      const assertion = form.get('client_assertion');
      if (
        form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' ||
        !assertion
      ) {
        return json(res, 400, {
          error: 'invalid_request',
          error_description: 'AADSTS90014: client_assertion missing',
        });
      }
      assertions.push(assertion);
      issued++;
      return json(res, 200, {
        token_type: 'Bearer',
        expires_in: 60,
        ext_expires_in: 60,
        access_token: `access-token-${issued}`,
      });
    }
    return json(res, 404, { error: 'not_found', url: req.url });
  }, tls);
  // Over TLS the stand-in is reached directly; over HTTP through routeAuthorityTo's https name.
  if (tls) publicUrl = standIn.url;
  return Object.assign(standIn, { assertions });
}

/**
 * A self-signed certificate for 127.0.0.1 made with openssl in `dir` (for TLS stand-ins and certificate
 * credentials), or undefined where openssl is missing.
 */
export function makeCertificate(dir: string): { key: string; cert: string; certFile: string } | undefined {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) return undefined;
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), certFile };
}
