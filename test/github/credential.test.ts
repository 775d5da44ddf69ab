import { getIDToken } from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import {
  AZURE_AD_TOKEN_EXCHANGE,
  chooseCredential,
  createGitHubOidcCredential,
} from '../../src/hosts/github/credential.js';
import {
  ENTRA_STAND_IN_HOST,
  json,
  routeAuthorityTo,
  startEntraStandIn,
  startStandIn,
  type StandIn,
} from './stand-ins.js';

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const SCOPE = 'https://management.azure.com/.default';

describe('GitHub OIDC credential', () => {
  let runner: StandIn;
  let minted = 0;
  const saved = {
    url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL,
    token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  };

  beforeAll(async () => {
    // The runner's token endpoint: GET <url>&audience=… with the request token as bearer → { value }.
    runner = await startStandIn((req, res) => {
      if (req.headers.authorization !== 'Bearer runner-request-token')
        return json(res, 401, { message: 'bad token' });
      minted++;
      json(res, 200, { value: `github-id-token-${minted}` });
    });
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `${runner.url}/_apis/distributedtask/hubs/build/plans/p/jobs/j/idtoken?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'runner-request-token';
  });

  afterAll(async () => {
    await runner.close();
    if (saved.url === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    else process.env.ACTIONS_ID_TOKEN_REQUEST_URL = saved.url;
    if (saved.token === undefined) delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    else process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = saved.token;
  });

  test('asks the runner for a new ID token every time Entra needs an assertion', async () => {
    const entra = await startEntraStandIn();
    try {
      const before = runner.requests.length;
      const credential = createGitHubOidcCredential({
        clientId: CLIENT,
        tenantId: TENANT,
        getIdToken: (audience) => getIDToken(audience),
        authorityHost: ENTRA_STAND_IN_HOST,
        httpClient: routeAuthorityTo(entra.url),
      });
      const first = await credential.getToken(SCOPE);
      const mintedAfterFirst = minted;
      const second = await credential.getToken(SCOPE);

      expect(first?.token).toBe('access-token-1');
      expect(second?.token).toBe('access-token-2');
      // The second access token needed a new ID token from the runner, not the first one again.
      expect(minted).toBeGreaterThan(mintedAfterFirst);
      expect(entra.assertions).toHaveLength(2);
      const [a1, a2] = entra.assertions.map((a) => Number(a.replace('github-id-token-', '')));
      expect(a1).toBeLessThanOrEqual(mintedAfterFirst);
      expect(a2).toBeGreaterThan(mintedAfterFirst);
      const asked = runner.requests.slice(before);
      for (const r of asked) {
        expect(decodeURIComponent(r.url)).toContain(`audience=${AZURE_AD_TOKEN_EXCHANGE}`);
        expect(r.headers.authorization).toBe('Bearer runner-request-token');
      }
      const tokenCalls = entra.requests.filter((r) => r.url.includes('/oauth2/v2.0/token'));
      expect(tokenCalls.map((r) => new URLSearchParams(r.body).get('client_id'))).toEqual([CLIENT, CLIENT]);
      expect(tokenCalls.every((r) => r.url.startsWith(`/${TENANT}/`))).toBe(true);
    } finally {
      await entra.close();
    }
  });

  test('a failing runner endpoint surfaces as an authentication error', async () => {
    const entra = await startEntraStandIn();
    try {
      const credential = createGitHubOidcCredential({
        clientId: CLIENT,
        tenantId: TENANT,
        getIdToken: () => Promise.reject(new Error('Failed to get ID Token. Error Code : 403')),
        authorityHost: ENTRA_STAND_IN_HOST,
        httpClient: routeAuthorityTo(entra.url),
      });
      await expect(credential.getToken(SCOPE)).rejects.toThrow(/403/);
      expect(entra.assertions).toHaveLength(0);
    } finally {
      await entra.close();
    }
  });
});

describe('chooseCredential', () => {
  const fallback: TokenCredential = { getToken: async () => null };
  const getIdToken = async () => 'unused';
  const oidcEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x/?a=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };

  test('OIDC when the job can mint ID tokens and client and tenant are known', () => {
    const choice = chooseCredential({ clientId: CLIENT, tenantId: TENANT }, oidcEnv, {
      getIdToken,
      fallback: () => fallback,
    });
    expect(choice.credential).not.toBe(fallback);
    expect(choice.description).toContain('OIDC');
    expect(choice.description).toContain(CLIENT);
  });

  test('the credential chain, saying how to enable OIDC, when id-token permission is missing', () => {
    const choice = chooseCredential(
      { clientId: CLIENT, tenantId: TENANT },
      {},
      { getIdToken, fallback: () => fallback },
    );
    expect(choice.credential).toBe(fallback);
    expect(choice.description).toContain('id-token: write');
  });

  test('the credential chain when the tenant is unknown everywhere, saying where to set it', () => {
    const choice = chooseCredential({ clientId: CLIENT }, oidcEnv, { getIdToken, fallback: () => fallback });
    expect(choice.credential).toBe(fallback);
    expect(choice.description).toContain('no tenant is known: set tenant-id (or AZURE_TENANT_ID)');
    const named = chooseCredential(
      { clientId: CLIENT },
      oidcEnv,
      { getIdToken, fallback: () => fallback },
      { where: 'environments.dev in aifactory.yaml' },
    );
    expect(named.description).toContain('or tenantId under environments.dev in aifactory.yaml');
  });

  test("OIDC with the config environment's tenant when no tenant is given; a given tenant wins", () => {
    const fromConfig = { tenantId: TENANT, where: 'environments.dev in aifactory.yaml' };
    const choice = chooseCredential(
      { clientId: CLIENT },
      oidcEnv,
      { getIdToken, fallback: () => fallback },
      fromConfig,
    );
    expect(choice.credential).not.toBe(fallback);
    expect(choice.description).toContain(
      `in tenant ${TENANT} (tenant from environments.dev in aifactory.yaml)`,
    );
    const given = chooseCredential(
      { clientId: CLIENT, tenantId: 'given-tenant' },
      oidcEnv,
      { getIdToken, fallback: () => fallback },
      fromConfig,
    );
    expect(given.description).toContain('in tenant given-tenant (a fresh');
  });

  test('the credential chain when no client id is set', () => {
    const choice = chooseCredential({ tenantId: TENANT }, oidcEnv, { getIdToken, fallback: () => fallback });
    expect(choice.credential).toBe(fallback);
    expect(choice.description).toContain('client-id is not set');
  });

  test('the credential chain when nothing points at OIDC', () => {
    const choice = chooseCredential({}, {}, { getIdToken, fallback: () => fallback });
    expect(choice.credential).toBe(fallback);
    expect(choice.description).toContain('no OIDC token available');
  });
});
