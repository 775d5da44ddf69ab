// Where the tenant for Key Vault bodies comes from when the config names none: the emulator's own tenant
// locally, the `tid` of the ARM token on Azure; a snapshot file has none, so plan keeps asking for it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { openArmSession, tenantOfCredential, tenantOfToken } from '../../src/app/observe.js';
import { run } from '../../src/app/run.js';
import type { RunOptions } from '../../src/app/types.js';
import { targetTenant } from '../../src/azure/observe.js';
import { catalog } from '../../src/core/catalog/index.js';
import { buildPlan } from '../../src/core/plan.js';
import { LOCAL_TENANT_ID } from '../../src/core/scope.js';
import { livePlan, recordingLogger, repoRoot, startLab, testConfigYaml, type Lab } from './helpers.js';
import { parseConfig } from '../../src/core/config/index.js';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const jwt = (claims: object) =>
  ['{"alg":"none"}', JSON.stringify(claims), ''].map((p) => Buffer.from(p).toString('base64url')).join('.');

function fakeCredential(claims: object): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    getToken: async (scope: string | string[]): Promise<AccessToken> => {
      scopes.push(...[scope].flat());
      return { token: jwt(claims), expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}

const example = path.join(repoRoot, 'examples', 'genai-1', 'aifactory.yaml');
const planOptions = (extra: Partial<RunOptions>): RunOptions => ({
  command: 'plan',
  configPath: example,
  environment: 'dev',
  allowDestroy: [],
  parallelism: 4,
  whatIf: false,
  target: 'local',
  ...extra,
});

describe('target local', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('observe reports the emulator tenant; Key Vault bodies use it when the config has none', async () => {
    const yaml = testConfigYaml().replace(/ {4}tenantId: .*\n/, '');
    const config = parseConfig(yaml, 'aifactory.yaml', catalog).config!;
    const { plan, desired, observed } = await livePlan(lab.ctx, config);
    expect(observed.tenantId).toBe(LOCAL_TENANT_ID);
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const vault = desired.services.find((s) => s.id === 'keyVault')!.resources[0];
    expect((vault.body.properties as { tenantId: string }).tenantId).toBe(LOCAL_TENANT_ID);
    // The host's tenant still wins over the target's.
    const given = buildPlan(config, 'dev', catalog, observed, { allowDestroy: [], tenantId: TID }).desired;
    const vault2 = given.services.find((s) => s.id === 'keyVault')!.resources[0];
    expect((vault2.body.properties as { tenantId: string }).tenantId).toBe(TID);
  });

  test('aifactory plan of examples/genai-1 (dev) works without --tenant-id on the embedded emulator', async () => {
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-tenant-'));
    try {
      const result = await run(planOptions({ stateDir }), recordingLogger());
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.exitCode).not.toBe(1);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});

test('target file without a tenant keeps the error that asks for one', async () => {
  const result = await run(planOptions({ target: 'file' }), recordingLogger());
  expect(result.exitCode).toBe(1);
  expect(result.diagnostics.map((d) => d.code)).toContain('desired.tenant');
});

describe('target azure', () => {
  test('the tenant is the tid claim of the ARM token the credential returns', async () => {
    const credential = fakeCredential({ tid: TID, aud: 'https://management.azure.com' });
    expect(await tenantOfCredential(credential)).toBe(TID);
    expect(credential.scopes).toEqual(['https://management.azure.com/.default']);
    const session = await openArmSession(
      planOptions({ target: 'azure', credential }),
      '11111111-1111-1111-1111-111111111111',
      catalog,
    );
    expect(await targetTenant(session.ctx)).toBe(TID);
    await session.close();
  });

  test('a token without tid, or not a JWT, gives no tenant (the config or --tenant-id must)', async () => {
    expect(await tenantOfCredential(fakeCredential({ oid: 'x' }))).toBeUndefined();
    expect(tenantOfToken('not-a-jwt')).toBeUndefined();
    expect(tenantOfToken('a.%%%.c')).toBeUndefined();
    const failing: TokenCredential = {
      getToken: async () => {
        throw new Error('CredentialUnavailableError: no login');
      },
    };
    const session = await openArmSession(
      planOptions({ target: 'azure', credential: failing }),
      '11111111-1111-1111-1111-111111111111',
      catalog,
    );
    expect(await targetTenant(session.ctx)).toBeUndefined();
  });
});
