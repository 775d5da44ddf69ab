// Workload identity federation in the built task, as an agent runs it: the credential is built from the
// service connection's ENDPOINT_* variables, asks the pipeline's OIDC endpoint (SYSTEM_OIDCREQUESTURI) for
// an ID token with the connection id and the job's access token, and hands that ID token to Entra. Both
// endpoints are local TLS stand-ins (a certificate made at test time with openssl, trusted through
// NODE_EXTRA_CA_CERTS), because the SDK refuses plain HTTP for credentials.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, requireBundle, runNode, TASK_BUNDLE } from '../github/runner.js';
import { json, makeCertificate, startEntraStandIn, startStandIn } from '../github/stand-ins.js';
import { taskResult } from './vso.js';

const CONNECTION = '5e7a1c2b-0000-4000-8000-00000000c0de';
const TENANT = '99999999-9999-4999-8999-999999999999';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const ACCESS_TOKEN = 'job-access-token-7f3a';

// Made when the file loads, so a machine without openssl reports the test as skipped, not passed.
const work = mkdtempSync(join(tmpdir(), 'aif-wif-'));
const tls = makeCertificate(work);

describe('workload identity federation in the built task', () => {
  beforeAll(() => {
    requireBundle(TASK_BUNDLE);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // Without openssl there is no certificate for the TLS stand-ins (the SDK refuses plain HTTP for credentials).
  (tls ? test : test.skip)(
    'asks the pipeline for an ID token with the connection id and the job access token the agent provides, and gives it to Entra',
    async () => {
      if (!tls) return;
      let minted = 0;
      const oidc = await startStandIn((req, res) => {
        minted++;
        json(res, 200, { oidcToken: `pipeline-id-token-${minted}` });
      }, tls);
      const entra = await startEntraStandIn(tls);
      try {
        const sources = join(work, 's');
        mkdirSync(sources, { recursive: true });
        writeFileSync(join(sources, 'aifactory.yaml'), readFileSync(join(FIXTURES, 'aifactory.yaml')));
        const r = await runNode(
          process.execPath,
          TASK_BUNDLE,
          {
            NODE_EXTRA_CA_CERTS: tls.certFile,
            AGENT_TEMPDIRECTORY: work,
            BUILD_SOURCESDIRECTORY: sources,
            SYSTEM_OIDCREQUESTURI: `${oidc.url}/org/project/_apis/distributedtask/hubs/build/plans/p/jobs/j/oidctoken`,
            // The agent hands every task the job's access token on this endpoint; nothing is mapped by the pipeline.
            ENDPOINT_URL_SYSTEMVSSCONNECTION: 'https://dev.azure.com/org/',
            ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({
              parameters: { AccessToken: ACCESS_TOKEN },
              scheme: 'OAuth',
            }),
            INPUT_COMMAND: 'plan',
            INPUT_ENVIRONMENT: 'dev',
            INPUT_TARGET: 'azure',
            INPUT_AZURESUBSCRIPTION: CONNECTION,
            INPUT_CONFIGFILE: join(sources, 'aifactory.yaml'),
            INPUT_PLANFILE: 'plan.json',
            [`ENDPOINT_URL_${CONNECTION}`]: 'https://management.azure.com/',
            [`ENDPOINT_AUTH_${CONNECTION}`]: JSON.stringify({
              scheme: 'WorkloadIdentityFederation',
              parameters: { tenantid: TENANT, serviceprincipalid: CLIENT },
            }),
            [`ENDPOINT_AUTH_SCHEME_${CONNECTION}`]: 'WorkloadIdentityFederation',
            [`ENDPOINT_AUTH_PARAMETER_${CONNECTION}_TENANTID`]: TENANT,
            [`ENDPOINT_AUTH_PARAMETER_${CONNECTION}_SERVICEPRINCIPALID`]: CLIENT,
            [`ENDPOINT_DATA_${CONNECTION}_SUBSCRIPTIONID`]: '11111111-1111-1111-1111-111111111111',
            [`ENDPOINT_DATA_${CONNECTION}_ACTIVEDIRECTORYAUTHORITY`]: `${entra.url}/`,
          },
          sources,
        );

        expect(r.stdout).toContain(`workload identity federation through service connection '${CONNECTION}'`);
        // The pipeline's OIDC endpoint: POST, api-version 7.1, this connection, the job's access token.
        expect(oidc.requests.length).toBeGreaterThanOrEqual(1);
        for (const q of oidc.requests) {
          expect(q.method).toBe('POST');
          const url = new URL(q.url, oidc.url);
          expect(url.pathname).toBe('/org/project/_apis/distributedtask/hubs/build/plans/p/jobs/j/oidctoken');
          expect(url.searchParams.get('api-version')).toBe('7.1');
          expect(url.searchParams.get('serviceConnectionId')).toBe(CONNECTION);
          expect(q.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
        }
        // Entra got that ID token as the client assertion, for the connection's app in its tenant.
        expect(entra.assertions.length).toBeGreaterThanOrEqual(1);
        expect(entra.assertions[0]).toMatch(/^pipeline-id-token-\d+$/);
        const exchange = entra.requests.find((q) => q.url.includes('/oauth2/v2.0/token'))!;
        expect(exchange.url.startsWith(`/${TENANT}/`)).toBe(true);
        expect(new URLSearchParams(exchange.body).get('client_id')).toBe(CLIENT);
        // No real Azure here: the run fails after login, as a task result, and no token is printed.
        expect(taskResult(r.stdout).result).toBe('Failed');
        const leaks = r.stdout
          .split('\n')
          .filter(
            (l) => l.includes(ACCESS_TOKEN) || l.includes('pipeline-id-token') || l.includes('access-token-'),
          );
        expect(leaks).toEqual([`##vso[task.setsecret]${ACCESS_TOKEN}`]);
      } finally {
        await oidc.close();
        await entra.close();
      }
    },
  );
});
