// The whole --target azure path over real TLS: the CLI in its own process signs in with the credential chain
// (a service principal's AZURE_CLIENT_ID / AZURE_CLIENT_SECRET / AZURE_TENANT_ID against a stand-in Entra at
// AZURE_AUTHORITY_HOST) and plans and applies against the emulator served over https at --endpoint (a
// self-signed certificate trusted with NODE_EXTRA_CA_CERTS), which checks every bearer token it gets: signed by
// the stand-in, for its own audience, not expired. No token or secret ever reaches the output, the SDK's
// verbose log included. Also: the emulator-only options are refused with --target azure.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runApply } from '../../src/app/apply.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { catalog } from '../../src/core/catalog/index.js';
import { json, makeCertificate, startStandIn, type StandIn } from '../github/stand-ins.js';
import { bundleCli, runCli } from './cli-process.js';
import { recordingLogger, testConfigYaml } from './helpers.js';

const TENANT = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CLIENT = '0c0ffee0-1111-4222-8333-444455556666';
const SECRET = `sp-secret-${randomBytes(12).toString('hex')}`;
const SIGNING_KEY = randomBytes(32);

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function issue(audience: string, lifetimeSeconds = 3600): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ aud: audience, tid: TENANT, appid: CLIENT, iat: now, exp: now + lifetimeSeconds })}`;
  return `${body}.${createHmac('sha256', SIGNING_KEY).update(body).digest('base64url')}`;
}

/** What ARM checks of a token, as far as a test can: our signature, the audience, the expiry. */
function verifier(audience: () => string) {
  return (token: string) => {
    const [header, payload, signature] = token.split('.');
    const expected = createHmac('sha256', SIGNING_KEY).update(`${header}.${payload}`).digest('base64url');
    if (!signature || signature !== expected)
      return { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      aud: string;
      exp: number;
    };
    if (claims.aud !== audience())
      return {
        code: 'InvalidAuthenticationTokenAudience',
        message: `The access token has been obtained for wrong audience or resource '${claims.aud}'. It should exactly match with one of the allowed audiences '${audience()}'.`,
      };
    if (claims.exp * 1000 < Date.now())
      return {
        code: 'ExpiredAuthenticationToken',
        message: 'The access token expiry UTC time is earlier than current UTC time.',
      };
    return undefined;
  };
}

const work = mkdtempSync(path.join(os.tmpdir(), 'aifactory-tls-'));
const tls = makeCertificate(work);
const maybe = tls ? describe : describe.skip;
if (!tls) console.warn('openssl is missing: the TLS tests of --target azure are skipped');
afterAll(() => rmSync(work, { recursive: true, force: true }));

maybe('--target azure over TLS, signed in through the credential chain', () => {
  let cli: string;
  let entra: StandIn;
  let emulator: RunningEmulator;
  let audience = '';
  const issued: string[] = [];
  let configPath: string;

  beforeAll(async () => {
    cli = await bundleCli('azure-tls');
    entra = await startStandIn((req, res) => {
      const tenant = req.url.split('/')[1];
      if (req.url.includes('/.well-known/openid-configuration')) {
        const base = `${entra.url}/${tenant}`;
        return json(res, 200, {
          token_endpoint: `${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          issuer: `${base}/v2.0`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
        });
      }
      if (req.method === 'POST' && req.url.startsWith(`/${TENANT}/oauth2/v2.0/token`)) {
        const form = new URLSearchParams(req.body);
        if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== CLIENT)
          return json(res, 400, { error: 'invalid_request', error_description: 'AADSTS900144: bad request' });
        if (form.get('client_secret') !== SECRET)
          return json(res, 401, {
            error: 'invalid_client',
            error_description:
              'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
          });
        const scope = form.get('scope') ?? '';
        const token = issue(scope.split(' ')[0].replace(/\/\.default$/, ''));
        issued.push(token);
        return json(res, 200, {
          token_type: 'Bearer',
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: token,
        });
      }
      return json(res, 404, { error: 'not_found', url: req.url });
    }, tls!);
    emulator = await startEmulator({
      stateDir: path.join(work, 'state'),
      timeScale: 0,
      catalog,
      tls: tls!,
      authenticate: verifier(() => audience),
    });
    audience = emulator.url;
    // No tenant in the config: the Key Vault's tenant comes from the token's tid.
    configPath = path.join(work, 'aifactory.yaml');
    writeFileSync(
      configPath,
      testConfigYaml({ containerRegistry: true }).replace(/^ {4}tenantId: .*\n/m, ''),
    );
  });
  afterAll(async () => {
    await emulator?.close();
    await entra?.close();
  });

  const env = (overrides: Record<string, string> = {}) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(AZURE_|AIFACTORY_)/.test(k)),
    );
    return {
      ...clean,
      NODE_EXTRA_CA_CERTS: tls!.certFile,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_TENANT_ID: TENANT,
      AZURE_AUTHORITY_HOST: entra.url,
      // The SDK's own request log at its most talkative: headers are in it, tokens must not be.
      AZURE_LOG_LEVEL: 'verbose',
      ...overrides,
    };
  };
  const azure = (command: string, ...extra: string[]) => [
    command,
    '--config',
    configPath,
    '--env',
    'dev',
    '--target',
    'azure',
    '--endpoint',
    emulator.url,
    ...extra,
  ];
  const leaks = (output: string) => [
    ...issued.filter((t) => output.includes(t) || output.includes(t.split('.')[2])),
    ...(output.includes(SECRET) ? ['the client secret'] : []),
  ];

  test('apply signs in, every request carries a token the emulator accepts, and nothing secret is printed', async () => {
    const run = runCli(cli, azure('apply'), { env: env() });
    const code = await run.exit;
    if (code !== 0)
      console.log(
        run
          .output()
          .split('\n')
          .filter((l) => !/^\s|azure:/.test(l))
          .join('\n'),
      );
    expect(code).toBe(0);
    expect(run.stdout()).toMatch(/applied \d+ change\(s\) to prj007\/dev/);
    expect(run.output()).toContain(
      `Azure (subscription 11111111-1111-1111-1111-111111111111, ARM endpoint ${emulator.url})`,
    );
    expect(issued.length).toBeGreaterThan(0);
    expect(emulator.stats().byOperation.unauthenticated).toBeUndefined();
    expect(emulator.stats().byOperation['deployments/createOrUpdate']).toBeGreaterThan(0);
    // The client secret went to Entra, over TLS, and nowhere else.
    expect(entra.requests.filter((r) => r.body.includes(`client_secret=${SECRET}`)).length).toBeGreaterThan(
      0,
    );
    // The tenant of Key Vault bodies came from the token (the config names none).
    const state = JSON.parse(readFileSync(path.join(work, 'state', 'arm-state.json'), 'utf8')) as {
      resources: Record<string, { type: string; body: { properties?: { tenantId?: string } } }>;
    };
    const vaults = Object.values(state.resources).filter((r) => r.type === 'Microsoft.KeyVault/vaults');
    expect(vaults.map((v) => v.body.properties?.tenantId)).toEqual([TENANT]);
    expect(run.output()).toMatch(/REDACTED/);
    expect(leaks(run.output())).toEqual([]);
  }, 120_000);

  test('plan afterwards: no changes, still without a token in sight', async () => {
    const run = runCli(cli, azure('plan', '--detailed-exitcode'), { env: env() });
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('No changes');
    expect(leaks(run.output())).toEqual([]);
  }, 60_000);

  test('a token for another audience is refused by the emulator: a clear error, no token printed', async () => {
    audience = 'https://management.usgovcloudapi.net';
    try {
      const run = runCli(cli, azure('plan'), { env: env() });
      expect(await run.exit).toBe(1);
      expect(run.output()).toContain('InvalidAuthenticationTokenAudience');
      expect(run.output()).not.toMatch(/\n\s+at /);
      expect(leaks(run.output())).toEqual([]);
    } finally {
      audience = emulator.url;
    }
  }, 60_000);

  test('a wrong client secret: Entra refuses, the CLI says no credential worked, neither secret is printed', async () => {
    const wrong = `wrong-${randomBytes(8).toString('hex')}`;
    const run = runCli(cli, azure('plan'), { env: env({ AZURE_CLIENT_SECRET: wrong }) });
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/no Azure credential worked/);
    expect(run.output()).toContain('AADSTS7000215');
    expect(run.output()).not.toContain(wrong);
    expect(leaks(run.output())).toEqual([]);
  }, 60_000);
});

describe('emulator-only options with --target azure', () => {
  const options = (extra: Record<string, unknown>) => ({
    command: 'apply' as const,
    configPath: path.join(work, 'none.yaml'),
    environment: 'dev',
    allowDestroy: [],
    parallelism: 2,
    whatIf: false,
    target: 'azure' as const,
    credential: { getToken: async () => null },
    ...extra,
  });
  beforeAll(() => writeFileSync(path.join(work, 'none.yaml'), testConfigYaml()));

  test('--state-dir and --time-scale are refused, not ignored; nothing is asked of Azure', async () => {
    let asked = 0;
    const credential = {
      getToken: async () => {
        asked++;
        return null;
      },
    };
    const both = await runApply(
      options({ stateDir: '/tmp/x', timeScale: 0.01, credential }),
      recordingLogger(),
    );
    expect(both.exitCode).toBe(1);
    expect(both.diagnostics[0]).toMatchObject({
      code: 'target.local-only',
      message:
        '--state-dir and --time-scale are for --target local (the emulator); --target azure does not use them',
      hint: 'drop --state-dir and --time-scale, or use --target local',
    });
    const one = await runApply(options({ timeScale: 0.01, credential }), recordingLogger());
    expect(one.message).toBe(
      '--time-scale is for --target local (the emulator); --target azure does not use it',
    );
    expect(asked).toBe(0);
  });

  test('an --endpoint that is not https is refused with --target azure', async () => {
    const result = await runApply(options({ endpoint: 'http://127.0.0.1:4780' }), recordingLogger());
    expect(result.exitCode).toBe(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'target.endpoint',
      message: expect.stringContaining("--endpoint 'http://127.0.0.1:4780' is not an https URL"),
    });
  });
});
