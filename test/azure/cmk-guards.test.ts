// Customer-managed keys on the emulator, where a plan must not trust what it cannot see: the key's role deleted
// outside the tool is re-created (the service is judged by every resource it has, each read back by a GET), a
// registry created without a key is re-created to take one (Azure reads it only at creation) — blocked until
// destroying it is allowed — and the emulator refuses the bodies Azure would refuse.
import { applyPlan } from '../../src/azure/apply.js';
import type { ArmContext } from '../../src/azure/clients.js';
import { isNotFound, toArmError } from '../../src/azure/errors.js';
import type { DesiredResource, DesiredState, Plan, ProjectConfig } from '../../src/core/types.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

/** What the tests read of a resource as ARM returns it. */
interface LiveResource {
  id: string;
  location?: string;
  kind?: string;
  sku?: unknown;
  identity: { type: string; userAssignedIdentities?: Record<string, unknown> };
  tags: Record<string, string>;
  properties: Record<string, unknown> & {
    encryption?: Record<string, unknown> & { status?: string; keyVaultProperties?: Record<string, string> };
    clientId?: string;
    keyUri?: string;
    keyUriWithVersion?: string;
  };
}

const CMK = 'services:\n  customerManagedKey:\n    keyName: cmk-prj';
const ROLE = 'Microsoft.Authorization/roleAssignments';
const REGISTRY = 'Microsoft.ContainerRegistry/registries';

async function exists(ctx: ArmContext, r: DesiredResource): Promise<boolean> {
  try {
    await ctx.resources.resources.getById(r.id, r.apiVersion);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function apply(lab: Lab, config: ProjectConfig, allowDestroy: string[] = []) {
  const { plan, desired } = await livePlan(lab.ctx, config, 'dev', allowDestroy);
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(plan.blocked).toEqual([]);
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 6, logger: recordingLogger() });
  expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);
  return { plan, desired };
}

const changes = (plan: Plan) =>
  plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`);

function resourceOf(desired: DesiredState, service: string, pick: (r: DesiredResource) => boolean) {
  const r = desired.services.find((s) => s.id === service)?.resources.find(pick);
  if (!r) throw new Error(`${service} has no such resource`);
  return r;
}

describe("the key's role assignment deleted outside the tool", () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('the plan updates customerManagedKey to re-create it, and the apply converges', async () => {
    const config = testConfig({ customerManagedKey: true }, CMK);
    const { desired } = await apply(lab, config);
    const role = resourceOf(desired, 'customerManagedKey', (r) => r.type === ROLE);
    await lab.ctx.resources.resources.beginDeleteByIdAndWait(role.id, role.apiVersion);
    expect(await exists(lab.ctx, role)).toBe(false);

    const { plan } = await livePlan(lab.ctx, config);
    expect(changes(plan)).toEqual(['customerManagedKey:update']);
    expect(plan.actions.find((a) => a.service === 'customerManagedKey')!.drift).toEqual([
      `${role.name} (${ROLE}) is missing`,
    ]);

    await apply(lab, config);
    expect(await exists(lab.ctx, role)).toBe(true);
    expect(changes((await livePlan(lab.ctx, config)).plan)).toEqual([]);
  });
});

describe('a registry created without a customer-managed key', () => {
  let lab: Lab;
  const plain = testConfig({ containerRegistry: true });
  const encrypted = testConfig({ containerRegistry: true, customerManagedKey: true }, CMK);
  let before: DesiredState;
  beforeAll(async () => {
    lab = await startLab();
    before = (await apply(lab, plain)).desired;
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('switching CMK on re-creates it: the update deletes it with its endpoint and roles, blocked until allowed', async () => {
    const registry = resourceOf(before, 'containerRegistry', (r) => r.type === REGISTRY);
    const endpoint = resourceOf(before, 'containerRegistry', (r) => r.role === 'privateEndpoint');
    const role = resourceOf(before, 'containerRegistry', (r) => r.type === ROLE);
    const diagnostics = resourceOf(before, 'containerRegistry', (r) => r.role === 'diagnosticSettings');
    const { plan } = await livePlan(lab.ctx, encrypted);
    const action = plan.actions.find((a) => a.service === 'containerRegistry')!;
    expect(action.action).toBe('update');
    expect(action.reason).toContain(`re-creates ${registry.name}`);
    expect(action.drift).toContain(
      `${registry.name}: was created with none of them, desired properties.encryption.status=enabled; Azure takes these settings only when it is created, so it must be re-created`,
    );
    expect(action.cleanup).toEqual([
      { step: 'roleAssignments', resourceIds: [role.id] },
      { step: 'diagnosticSettings', resourceIds: [diagnostics.id] },
      { step: 'privateEndpoints', resourceIds: [endpoint.id] },
      {
        step: 'resource',
        resourceIds: [registry.id],
        note: 're-created by this update: Azure takes its properties.encryption.status only when it is created',
      },
    ]);
    expect(plan.blocked).toEqual([
      {
        service: 'containerRegistry',
        action: 'delete',
        reason: expect.stringMatching(
          new RegExp(
            `^re-creating ${registry.name}: Container registry holds data: .*--allow-destroy containerRegistry`,
          ),
        ),
      },
    ]);
  });

  test('the emulator refuses to switch the key on in place, like Azure', async () => {
    const registry = resourceOf(before, 'containerRegistry', (r) => r.type === REGISTRY);
    const live = (await lab.ctx.request('GET', registry.id, registry.apiVersion)).body as LiveResource;
    const body = {
      ...live,
      properties: {
        ...live.properties,
        encryption: {
          status: 'enabled',
          keyVaultProperties: { keyIdentifier: 'https://x.vault.azure.net/keys/k' },
        },
      },
    };
    const error = await lab.ctx
      .request('PUT', registry.id, registry.apiVersion, body)
      .catch((e: unknown) => e);
    expect(toArmError(error)).toMatchObject({
      code: 'BadRequest',
      message: expect.stringContaining('takes a customer-managed key only when it is created'),
    });
  });

  test('allowed, the apply re-creates it encrypted; its endpoint and role come back; a re-plan is a no-op', async () => {
    const { desired } = await apply(lab, encrypted, ['containerRegistry']);
    const registry = resourceOf(desired, 'containerRegistry', (r) => r.type === REGISTRY);
    const live = (await lab.ctx.request('GET', registry.id, registry.apiVersion)).body as LiveResource;
    expect(live.properties.encryption?.status).toBe('enabled');
    expect(live.tags['aifactory-created-with']).toBe('properties.encryption.status=enabled');
    for (const r of desired.services.find((s) => s.id === 'containerRegistry')!.resources)
      expect(await exists(lab.ctx, r)).toBe(true);
    expect(changes((await livePlan(lab.ctx, encrypted)).plan)).toEqual([]);
  });

  test('what the key settings of a Cognitive Services account must name, the emulator checks', async () => {
    const { desired } = await apply(
      lab,
      testConfig({ containerRegistry: true, customerManagedKey: true }, CMK),
    );
    const account = resourceOf(
      desired,
      'aiFoundry',
      (r) => r.type === 'Microsoft.CognitiveServices/accounts',
    );
    const key = resourceOf(desired, 'customerManagedKey', (r) => r.type === 'Microsoft.KeyVault/vaults/keys');
    const live = (await lab.ctx.request('GET', account.id, account.apiVersion)).body as LiveResource;
    const kv = live.properties.encryption?.keyVaultProperties as Record<string, string>;
    const put = (keyVaultProperties: Record<string, unknown>, identity = live.identity) =>
      lab.ctx
        .request('PUT', account.id, account.apiVersion, {
          location: live.location,
          kind: live.kind,
          sku: live.sku,
          identity,
          tags: live.tags,
          properties: {
            ...live.properties,
            encryption: { keySource: 'Microsoft.KeyVault', keyVaultProperties },
          },
        })
        .then(
          () => undefined,
          (e: unknown) => toArmError(e).message,
        );
    const { keyVersion: _v, ...withoutVersion } = kv;
    expect(await put(withoutVersion)).toContain("'keyVaultProperties.keyVersion' is required");
    expect(await put({ ...kv, keyVersion: '0'.repeat(32) })).toContain(`has no version '${'0'.repeat(32)}'`);
    expect(await put({ ...kv, keyName: 'other' })).toContain('was not found in its vault');
    expect(await put(kv, { type: 'SystemAssigned' })).toContain(
      `no user-assigned identity with client id '${kv.identityClientId}' is attached`,
    );
    expect(await put(kv)).toBeUndefined();
    // A PUT of the existing key changes nothing and makes no new version.
    const keyBefore = (await lab.ctx.request('GET', key.id, key.apiVersion)).body as LiveResource;
    await lab.ctx.request('PUT', key.id, key.apiVersion, key.body);
    const keyAfter = (await lab.ctx.request('GET', key.id, key.apiVersion)).body as LiveResource;
    expect(keyAfter.properties.keyUriWithVersion).toBe(keyBefore.properties.keyUriWithVersion);
  });
});
