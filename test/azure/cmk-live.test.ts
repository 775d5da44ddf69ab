// Customer-managed keys end to end on the emulator, over the real SDK: the many-addons example with CMK on. The
// Foundry, Azure OpenAI, registry and Azure ML bodies need the project identity's client id and the key's URI and
// version, which exist only after apply: the desired state keeps them as {{live:…}} placeholders, the executor
// fills them in from the live identity and key right before each deploy, what-if reports them as known after
// apply until they exist, and a re-plan is a no-op (the hash is over the placeholder).
import { applyPlan } from '../../src/azure/apply.js';
import { deployService, readLiveValue } from '../../src/azure/deploy.js';
import { whatIfService } from '../../src/azure/what-if.js';
import { KNOWN_AFTER_APPLY } from '../../src/core/render/common.js';
import { parseLateRef, type LateRef } from '../../src/core/resources/late-values.js';
import type { DesiredResource, DesiredState, ProjectConfig } from '../../src/core/types.js';
import { livePlan, loadExample, recordingLogger, startLab, type Lab } from './helpers.js';

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

const KEY_NAME = 'cmk-ctso';
const withCmk = (text: string) =>
  text
    .replace(/^flags:\n/m, 'flags:\n  customerManagedKey: true\n')
    .concat(`  customerManagedKey:\n    keyName: ${KEY_NAME}\n`);

function late(text: string): LateRef {
  const [kind, ...rest] = text.split(':');
  const ref = parseLateRef(kind, rest.join(':'));
  if ('error' in ref) throw new Error(ref.error);
  return ref;
}

function resourceOf(desired: DesiredState, service: string, type: string): DesiredResource {
  const r = desired.services.find((s) => s.id === service)?.resources.find((x) => x.type === type);
  if (!r) throw new Error(`${service} has no ${type}`);
  return r;
}

const ACCOUNT = 'Microsoft.CognitiveServices/accounts';
const REGISTRY = 'Microsoft.ContainerRegistry/registries';
const WORKSPACE = 'Microsoft.MachineLearningServices/workspaces';
const IDENTITY = 'Microsoft.ManagedIdentity/userAssignedIdentities';
const KEY = 'Microsoft.KeyVault/vaults/keys';

describe('customer-managed keys with values known only after apply (many-addons, emulator)', () => {
  let lab: Lab;
  let config: ProjectConfig;
  let desired: DesiredState;
  const live = async (r: DesiredResource) =>
    (await lab.ctx.request('GET', r.id, r.apiVersion)).body as LiveResource;

  beforeAll(async () => {
    config = loadExample('many-addons', withCmk);
    lab = await startLab({ subscriptionId: config.environments.dev.subscriptionId });
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('the plan keeps the placeholders; apply fills them from the live identity and key; a re-plan is a no-op', async () => {
    const first = await livePlan(lab.ctx, config);
    expect(first.plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first.plan.blocked).toEqual([]);
    desired = first.desired;
    const foundry = resourceOf(desired, 'aiFoundry', ACCOUNT);
    expect(JSON.stringify(foundry.body)).toContain(
      '{{live:customerManagedKey.key:properties.keyUriWithVersion|lastSegment}}',
    );

    const result = await applyPlan(lab.ctx, first.plan, desired, {
      parallelism: 8,
      logger: recordingLogger(),
    });
    expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);

    const identity = await live(resourceOf(desired, 'managedIdentity', IDENTITY));
    const key = await live(resourceOf(desired, 'customerManagedKey', KEY));
    const clientId = identity.properties.clientId as string;
    const keyUri = key.properties.keyUri as string;
    const keyUriWithVersion = key.properties.keyUriWithVersion as string;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyUriWithVersion).toMatch(new RegExp(`^${keyUri}/[0-9a-f]{32}$`));
    const version = keyUriWithVersion.split('/').pop();
    const vault = resourceOf(desired, 'keyVault', 'Microsoft.KeyVault/vaults');

    for (const service of ['aiFoundry', 'azureOpenAI']) {
      const account = await live(resourceOf(desired, service, ACCOUNT));
      expect(account.properties.encryption).toEqual({
        keySource: 'Microsoft.KeyVault',
        keyVaultProperties: {
          keyName: KEY_NAME,
          keyVersion: version,
          keyVaultUri: `https://${vault.name}.vault.azure.net`,
          identityClientId: clientId,
        },
      });
      expect(account.identity.type).toBe('SystemAssigned, UserAssigned');
      expect(Object.keys(account.identity.userAssignedIdentities ?? {})).toEqual([identity.id]);
    }
    const registry = await live(resourceOf(desired, 'containerRegistry', REGISTRY));
    expect(registry.properties.encryption).toEqual({
      status: 'enabled',
      keyVaultProperties: { identity: clientId, keyIdentifier: keyUri },
    });
    expect(registry.tags['aifactory-created-with']).toBe('properties.encryption.status=enabled');
    const workspace = await live(resourceOf(desired, 'azureML', WORKSPACE));
    expect(workspace.properties.encryption).toEqual({
      status: 'Enabled',
      identity: { userAssignedIdentity: identity.id },
      keyVaultProperties: { keyVaultArmId: vault.id, keyIdentifier: keyUriWithVersion },
    });
    expect(workspace.identity.type).toBe('SystemAssigned,UserAssigned');
    // What the deployment records keep is concrete too: no placeholder ever reaches ARM.
    expect(JSON.stringify([registry, workspace])).not.toContain('{{');

    const again = await livePlan(lab.ctx, config);
    expect(again.plan.actions.filter((a) => a.action !== 'noop').map((a) => [a.service, a.drift])).toEqual(
      [],
    );
    expect(again.desired.services.find((s) => s.id === 'aiFoundry')!.resources[0].hash).toBe(foundry.hash);
  });

  test('what-if fills the live values in: the deployed services report no change', async () => {
    for (const service of ['aiFoundry', 'azureOpenAI', 'containerRegistry', 'azureML'])
      expect(await whatIfService(lab.ctx, desired, service)).toEqual([]);
  });

  test('a property the live resource does not have: LiveValueUnknown naming the resource and the path', async () => {
    const identity = resourceOf(desired, 'managedIdentity', IDENTITY);
    await expect(
      readLiveValue(lab.ctx, desired, late('live:managedIdentity.identity:properties.nothing')),
    ).rejects.toMatchObject({
      info: {
        code: 'LiveValueUnknown',
        message: `${identity.id} has no properties.nothing, which {{live:managedIdentity.identity:properties.nothing}} needs`,
        hint: expect.stringContaining('re-run in a minute'),
      },
    });
    await expect(
      readLiveValue(lab.ctx, desired, late('live:nothing.here:properties.x')),
    ).rejects.toMatchObject({
      info: {
        code: 'LiveValueUnknown',
        message: expect.stringContaining("names 'nothing.here', which is no resource of the desired state"),
        hint: "switch 'nothing' on, or fix the catalog entry that names 'nothing.here'",
      },
    });
  });

  test('the key gone: what-if says known after apply, and the deploy fails before writing anything', async () => {
    const keyResource = resourceOf(desired, 'customerManagedKey', KEY);
    const account = resourceOf(desired, 'aiFoundry', ACCOUNT);
    const before = await live(account);
    await lab.ctx.resources.resources.beginDeleteByIdAndWait(keyResource.id, keyResource.apiVersion);

    const changes = await whatIfService(lab.ctx, desired, 'aiFoundry');
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          resource: account.name,
          path: 'properties.encryption.keyVaultProperties.keyVersion',
          kind: 'create',
          after: KNOWN_AFTER_APPLY,
        },
      ]),
    );

    const log: string[] = [];
    await expect(
      deployService(lab.ctx, desired, 'aiFoundry', { log: (l) => log.push(l), lateValues: new Map() }),
    ).rejects.toMatchObject({
      info: {
        code: 'LiveValueUnknown',
        message: `{{live:customerManagedKey.key:properties.keyUriWithVersion|lastSegment}} needs properties.keyUriWithVersion of ${keyResource.id}, which does not exist`,
        hint: expect.stringContaining("'customerManagedKey' creates it"),
      },
    });
    expect(log.some((l) => l.startsWith('deployment '))).toBe(false);
    expect((await live(account)).properties.encryption).toEqual(before.properties.encryption);

    // The plan sees the key missing (the customer-managed key service is judged by every resource it has).
    const { plan } = await livePlan(lab.ctx, config);
    expect(plan.actions.find((a) => a.service === 'customerManagedKey')).toMatchObject({
      action: 'update',
      drift: [`${keyResource.name} (${KEY}) is missing`],
    });
  });
});
