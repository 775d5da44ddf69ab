// Customer-managed keys over the real catalog: the key the tool creates, the encryption settings of every
// service it encrypts (only while CMK is on; values known only after apply as {{live:…}} placeholders), the
// order role → key → encrypted resource, re-creation of what takes a key only at creation, and the errors a
// user sees when the key name is missing or the vault has no purge protection.
import { catalog } from '../../src/core/catalog/index.js';
import { buildDesiredState } from '../../src/core/desired.js';
import { buildDeployments } from '../../src/azure/template.js';
import { buildPlan } from '../../src/core/plan.js';
import { planRecreation } from '../../src/core/planning/recreate.js';
import { observeScope } from '../../src/core/scope.js';
import type { Catalog, DesiredResource, DesiredState } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';
import { observedAfterApply } from './support/observed-after-apply.js';
import { actionOf, configErrors, configOf, planOf, positionOf } from './support/plan.js';
import { SUBSCRIPTION, projectYaml } from './support/project.js';

const KEY_TYPE = 'Microsoft.KeyVault/vaults/keys';

function resourceOf(desired: DesiredState, service: string, type: string): DesiredResource {
  const found = desired.services.find((s) => s.id === service)?.resources.find((r) => r.type === type);
  if (!found) throw new Error(`${service} has no ${type}`);
  return found;
}

const storageType = 'Microsoft.Storage/storageAccounts';
const cosmosType = 'Microsoft.DocumentDB/databaseAccounts';

describe('customer-managed keys: the key', () => {
  const { desired } = planOf({
    on: ['customerManagedKey'],
    services: { customerManagedKey: { keyName: 'cmk-prj' } },
  });
  const key = resourceOf(desired, 'customerManagedKey', KEY_TYPE);
  const vault = resourceOf(desired, 'keyVault', 'Microsoft.KeyVault/vaults');

  it('is created by the tool in the project Key Vault, named by keyName: RSA 2048, wrap and unwrap only', () => {
    expect(key.id).toBe(`${vault.id}/keys/cmk-prj`);
    expect(key.apiVersion).toBe('2024-11-01');
    expect(key.body).toEqual({
      properties: {
        kty: 'RSA',
        keySize: 2048,
        keyOps: ['wrapKey', 'unwrapKey'],
        attributes: { enabled: true, exportable: false },
      },
    });
  });

  it("waits for the project identity's Key Vault Crypto Service Encryption User role on the vault", () => {
    const role = desired.services
      .find((s) => s.id === 'customerManagedKey')!
      .resources.find((r) => r.role === 'roleAssignment')!;
    expect(role.scope).toBe(vault.id);
    expect((role.body.properties as { roleDefinitionId: string }).roleDefinitionId).toMatch(
      /\/e147488a-f6f5-4113-8e2d-b22465e65bf6$/,
    );
    expect(key.dependsOn).toContain(role.id);
    // In the service's ARM template the role comes first too.
    const [deployment] = buildDeployments('customerManagedKey', 'dev', desired.project, [
      ...desired.services.find((s) => s.id === 'customerManagedKey')!.resources,
    ]);
    const template = deployment.template as unknown as {
      resources: { name: string; type: string; dependsOn?: string[] }[];
    };
    const keyInTemplate = template.resources.find((r) => r.type === KEY_TYPE)!;
    expect(JSON.stringify(keyInTemplate.dependsOn)).toContain(role.name);
  });
});

describe('customer-managed keys: what they encrypt (only while on)', () => {
  const on = planOf({
    on: ['customerManagedKey', 'cosmosDb', 'cosmosDbMongo'],
    services: { customerManagedKey: { keyName: 'cmk-prj' } },
  });
  const off = planOf({ on: ['cosmosDb', 'cosmosDbMongo'] });
  const key = resourceOf(on.desired, 'customerManagedKey', KEY_TYPE);
  const identity = resourceOf(
    on.desired,
    'managedIdentity',
    'Microsoft.ManagedIdentity/userAssignedIdentities',
  );
  const vault = resourceOf(on.desired, 'keyVault', 'Microsoft.KeyVault/vaults');
  const vaultUri = `https://${vault.name}.vault.azure.net`;

  it.each(['storage', 'storage2'])(
    '%s: Key Vault encryption with the project identity, versionless key',
    (id) => {
      const account = resourceOf(on.desired, id, storageType);
      expect(account.body.identity).toEqual({
        type: 'SystemAssigned,UserAssigned',
        userAssignedIdentities: { [identity.id]: {} },
      });
      expect((account.body.properties as Record<string, unknown>).encryption).toEqual({
        keySource: 'Microsoft.Keyvault',
        keyvaultproperties: { keyname: 'cmk-prj', keyvaulturi: vaultUri },
        identity: { userAssignedIdentity: identity.id },
        services: {
          blob: { enabled: true, keyType: 'Account' },
          file: { enabled: true, keyType: 'Account' },
        },
      });
      expect(account.dependsOn).toContain(key.id);
      const plain = resourceOf(off.desired, id, storageType);
      expect((plain.body.properties as Record<string, unknown>).encryption).toBeUndefined();
      expect(plain.body.identity).toEqual({ type: 'SystemAssigned' });
      expect(plain.dependsOn.some((d) => d.includes('/keys/'))).toBe(false);
    },
  );

  it.each(['cosmosDb', 'cosmosDbMongo'])(
    '%s: versionless keyVaultKeyUri and the project identity as default',
    (id) => {
      const account = resourceOf(on.desired, id, cosmosType);
      expect(account.body.properties).toMatchObject({
        keyVaultKeyUri: `${vaultUri}/keys/cmk-prj`,
        defaultIdentity: `UserAssignedIdentity=${identity.id}`,
      });
      expect(account.body.identity).toEqual({
        type: 'SystemAssigned,UserAssigned',
        userAssignedIdentities: { [identity.id]: {} },
      });
      expect(account.dependsOn).toContain(key.id);
      const plain = resourceOf(off.desired, id, cosmosType).body.properties as Record<string, unknown>;
      expect(plain.keyVaultKeyUri).toBeUndefined();
      expect(plain.defaultIdentity).toBeUndefined();
    },
  );

  it('the data lake (esml) is encrypted like the storage accounts', () => {
    const { desired } = planOf({
      architecture: 'esml',
      on: ['customerManagedKey'],
      services: { customerManagedKey: { keyName: 'cmk-prj' } },
    });
    const lake = resourceOf(desired, 'dataLake', storageType);
    expect((lake.body.properties as { encryption: { keySource: string } }).encryption.keySource).toBe(
      'Microsoft.Keyvault',
    );
  });

  it('a pinned key version goes to the storage accounts; the default follows rotation', () => {
    const pinned = planOf({
      on: ['customerManagedKey'],
      services: {
        customerManagedKey: { keyName: 'cmk-prj', keyVersion: '0123456789abcdef0123456789abcdef' },
      },
    });
    const encryption = (
      resourceOf(pinned.desired, 'storage', storageType).body.properties as {
        encryption: { keyvaultproperties: Record<string, string> };
      }
    ).encryption;
    expect(encryption.keyvaultproperties.keyversion).toBe('0123456789abcdef0123456789abcdef');
  });

  it('AI Search enforcement only on request (Foundry creates indexes without a key)', () => {
    const search = (services: Record<string, unknown>) =>
      resourceOf(
        planOf({ on: ['customerManagedKey'], services: { customerManagedKey: services } }).desired,
        'aiSearch',
        'Microsoft.Search/searchServices',
      ).body.properties as Record<string, unknown>;
    expect(search({ keyName: 'k' }).encryptionWithCmk).toBeUndefined();
    expect(search({ keyName: 'k', enforceOnAISearch: true }).encryptionWithCmk).toEqual({
      enforcement: 'Enabled',
    });
  });

  it('plan order: customerManagedKey (role, then key) before every service it encrypts', () => {
    for (const id of ['storage', 'storage2', 'cosmosDb', 'cosmosDbMongo']) {
      expect(actionOf(on.plan, id).dependsOn).toContain('customerManagedKey');
      expect(positionOf(on.plan, 'customerManagedKey')).toBeLessThan(positionOf(on.plan, id));
    }
  });

  it('switching it off is blocked unless allowed: the encrypted data needs the role', () => {
    expect(actionOf(on.plan, 'customerManagedKey')).toMatchObject({ dataBearing: true });
  });
});

describe('customer-managed keys: bad input', () => {
  it('keyName missing: an error at the flag, with file:line:column', () => {
    const text = projectYaml({ architecture: 'genai-1', mode: 'standalone', flags: ['customerManagedKey'] });
    const line = text.split('\n').findIndex((l) => l.includes('customerManagedKey: true')) + 1;
    expect(configErrors(text)).toEqual([
      expect.objectContaining({
        code: 'config.missing-option',
        message: expect.stringContaining('customerManagedKey needs services.customerManagedKey.keyName'),
        location: { file: 'aifactory.yaml', line, column: 3 },
      }),
    ]);
  });

  it('a key name Key Vault refuses is a names error', () => {
    const config = configOf({
      on: ['customerManagedKey'],
      services: { customerManagedKey: { keyName: 'cmk_prj' } },
    });
    const desired = buildDesiredState(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'names.invalid',
        message: expect.stringContaining('cmk_prj'),
      }),
    );
  });

  it('purge protection off on the vault the catalog would deploy: an error naming the reason', () => {
    const withoutPurgeProtection: Catalog = {
      ...catalog,
      services: catalog.services.map((s) =>
        s.id !== 'keyVault'
          ? s
          : {
              ...s,
              resources: s.resources.map((r) => ({
                ...r,
                body: {
                  ...r.body,
                  properties: { ...(r.body.properties as object), enablePurgeProtection: false },
                },
              })),
            },
      ),
    };
    const config = configOf({ on: ['customerManagedKey'] });
    const desired = buildDesiredState(config, 'dev', withoutPurgeProtection, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'catalog.requirement',
        message: expect.stringMatching(
          /^customerManagedKey needs properties\.enablePurgeProtection = true on keyVault\.vault, but the catalog deploys false: a key in a vault that can be purged/,
        ),
      }),
    );
  });

  it('an existing vault that reports purge protection off: an error naming the vault', () => {
    const config = configOf({ on: ['customerManagedKey'] });
    const first = buildDesiredState(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    const vault = resourceOf(first, 'keyVault', 'Microsoft.KeyVault/vaults');
    const observed = {
      ...emptyObserved(SUBSCRIPTION),
      resources: [
        {
          id: vault.id,
          type: vault.type,
          name: vault.name,
          resourceGroup: vault.resourceGroup,
          tags: {},
          properties: { enablePurgeProtection: false, enableSoftDelete: true },
        },
      ],
    };
    const desired = buildDesiredState(config, 'dev', catalog, observed, { allowDestroy: [] });
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'catalog.requirement',
        message: expect.stringContaining(`the existing ${vault.name} reports false`),
      }),
    );
    // Without CMK the same vault is no problem.
    const plain = buildDesiredState(configOf({}), 'dev', catalog, observed, { allowDestroy: [] });
    expect(plain.diagnostics.filter((d) => d.code === 'catalog.requirement')).toEqual([]);
  });
});

describe('customer-managed keys: services whose settings are known only after apply', () => {
  const on = planOf({
    on: [
      'customerManagedKey',
      'azureOpenAI',
      'speech',
      'vision',
      'documentIntelligence',
      'contentSafety',
      'containerRegistry',
      'azureML',
    ],
    services: { customerManagedKey: { keyName: 'cmk-prj' } },
  });
  const off = planOf({
    on: [
      'azureOpenAI',
      'speech',
      'vision',
      'documentIntelligence',
      'contentSafety',
      'containerRegistry',
      'azureML',
    ],
  });
  const key = resourceOf(on.desired, 'customerManagedKey', KEY_TYPE);
  const identity = resourceOf(
    on.desired,
    'managedIdentity',
    'Microsoft.ManagedIdentity/userAssignedIdentities',
  );
  const vault = resourceOf(on.desired, 'keyVault', 'Microsoft.KeyVault/vaults');
  const clientId = '{{live:managedIdentity.identity:properties.clientId}}';
  const accountType = 'Microsoft.CognitiveServices/accounts';

  it.each(['aiFoundry', 'azureOpenAI', 'speech', 'vision', 'documentIntelligence', 'contentSafety'])(
    '%s: Key Vault encryption by key name and live version, the live client id, the identity attached',
    (id) => {
      const account = resourceOf(on.desired, id, accountType);
      expect((account.body.properties as Record<string, unknown>).encryption).toEqual({
        keySource: 'Microsoft.KeyVault',
        keyVaultProperties: {
          keyName: 'cmk-prj',
          keyVersion: '{{live:customerManagedKey.key:properties.keyUriWithVersion|lastSegment}}',
          keyVaultUri: `https://${vault.name}.vault.azure.net`,
          identityClientId: clientId,
        },
      });
      expect(account.body.identity).toEqual({
        type: 'SystemAssigned, UserAssigned',
        userAssignedIdentities: { [identity.id]: {} },
      });
      // It waits for the key (and so for the unwrap role) and for the identity whose client id it reads.
      expect(account.dependsOn).toEqual(expect.arrayContaining([key.id, identity.id]));
      expect(actionOf(on.plan, id).dependsOn).toEqual(
        expect.arrayContaining(['customerManagedKey', 'managedIdentity']),
      );
      const plain = resourceOf(off.desired, id, accountType);
      expect((plain.body.properties as Record<string, unknown>).encryption).toBeUndefined();
      expect(plain.body.identity).toEqual({ type: 'SystemAssigned' });
      expect(plain.dependsOn.some((d) => d.includes('/keys/'))).toBe(false);
    },
  );

  it('the project registry: versionless live key URI and client id; created-with tag; set only at creation', () => {
    const registry = resourceOf(on.desired, 'containerRegistry', 'Microsoft.ContainerRegistry/registries');
    expect((registry.body.properties as Record<string, unknown>).encryption).toEqual({
      status: 'enabled',
      keyVaultProperties: {
        identity: clientId,
        keyIdentifier: '{{live:customerManagedKey.key:properties.keyUri}}',
      },
    });
    expect(registry.body.identity).toEqual({
      type: 'SystemAssigned, UserAssigned',
      userAssignedIdentities: { [identity.id]: {} },
    });
    expect((registry.body.tags as Record<string, string>)['aifactory-created-with']).toBe(
      'properties.encryption.status=enabled',
    );
    const plain = resourceOf(off.desired, 'containerRegistry', 'Microsoft.ContainerRegistry/registries');
    expect((plain.body.tags as Record<string, string>)['aifactory-created-with']).toBeUndefined();
    expect((plain.body.properties as Record<string, unknown>).encryption).toBeUndefined();
  });

  it('Azure ML: vault id, the live versioned key identifier and the identity by id', () => {
    const workspace = resourceOf(on.desired, 'azureML', 'Microsoft.MachineLearningServices/workspaces');
    expect((workspace.body.properties as Record<string, unknown>).encryption).toEqual({
      status: 'Enabled',
      identity: { userAssignedIdentity: identity.id },
      keyVaultProperties: {
        keyVaultArmId: vault.id,
        keyIdentifier: '{{live:customerManagedKey.key:properties.keyUriWithVersion}}',
      },
    });
    expect(workspace.body.identity).toEqual({
      type: 'SystemAssigned,UserAssigned',
      userAssignedIdentities: { [identity.id]: {} },
    });
    expect((workspace.body.tags as Record<string, string>)['aifactory-created-with']).toBe(
      'properties.encryption.status=Enabled',
    );
  });

  it("the shared (common) registry holds every project's images: never a project's key", () => {
    const { desired } = planOf({
      on: ['customerManagedKey', 'containerRegistryCommon'],
      services: { customerManagedKey: { keyName: 'cmk-prj' } },
    });
    const shared = resourceOf(desired, 'containerRegistryCommon', 'Microsoft.ContainerRegistry/registries');
    expect((shared.body.properties as Record<string, unknown>).encryption).toBeUndefined();
  });

  it('a pinned keyVersion replaces the live version everywhere', () => {
    const version = '0123456789abcdef0123456789abcdef';
    const { desired } = planOf({
      on: ['customerManagedKey', 'containerRegistry', 'azureML'],
      services: { customerManagedKey: { keyName: 'cmk-prj', keyVersion: version } },
    });
    const body = (service: string, type: string) =>
      JSON.stringify(resourceOf(desired, service, type).body.properties);
    expect(body('aiFoundry', accountType)).toContain(`"keyVersion":"${version}"`);
    expect(body('containerRegistry', 'Microsoft.ContainerRegistry/registries')).toContain(
      `"keyIdentifier":"{{live:customerManagedKey.key:properties.keyUri}}/${version}"`,
    );
    expect(body('azureML', 'Microsoft.MachineLearningServices/workspaces')).toContain(
      `"keyIdentifier":"{{live:customerManagedKey.key:properties.keyUri}}/${version}"`,
    );
    expect(body('aiFoundry', accountType)).not.toContain('lastSegment');
  });

  it('the ARM template keeps the placeholders until the executor fills them in', () => {
    const account = resourceOf(on.desired, 'aiFoundry', accountType);
    const [deployment] = buildDeployments('aiFoundry', 'dev', on.desired.project, [account]);
    const [entry] = deployment.template.resources as { properties: { encryption: unknown } }[];
    expect(JSON.stringify(entry.properties.encryption)).toContain(clientId);
  });
});

describe('customer-managed keys: re-planning what exists', () => {
  const services = { customerManagedKey: { keyName: 'cmk-prj' } };
  const base = ['containerRegistry', 'azureML'];
  const before = planOf({ on: base });
  const applied = (input: Parameters<typeof planOf>[0]) =>
    observedAfterApply(planOf(input).desired, observeScope(configOf(input), 'dev', catalog));

  it('a re-plan of what was applied with CMK on is a no-op: the placeholders are never drift', () => {
    const input = { on: ['customerManagedKey', ...base], services };
    const { plan } = planOf({ ...input, observed: applied(input) });
    expect(plan.actions.filter((a) => a.action !== 'noop').map((a) => a.service)).toEqual([]);
  });

  it('a key property holding a placeholder is not compared with the live value', () => {
    const input = { on: ['customerManagedKey', ...base], services };
    const observed = applied(input);
    const account = resourceOf(planOf(input).desired, 'aiFoundry', 'Microsoft.CognitiveServices/accounts');
    const withLive = {
      ...observed,
      resources: observed.resources.map((r) =>
        r.id === account.id
          ? {
              ...r,
              properties: {
                'properties.publicNetworkAccess': 'Disabled',
                'properties.encryption.keyVaultProperties.keyVersion': 'f00d',
              },
            }
          : r,
      ),
    };
    const catalogWithKeyVersion = {
      ...catalog,
      services: catalog.services.map((s) =>
        s.id !== 'aiFoundry'
          ? s
          : {
              ...s,
              resources: s.resources.map((r) =>
                r.key === 'account'
                  ? {
                      ...r,
                      keyProperties: [
                        ...(r.keyProperties ?? []),
                        'properties.encryption.keyVaultProperties.keyVersion',
                      ],
                    }
                  : r,
              ),
            },
      ),
    };
    const config = configOf(input);
    const { plan } = buildPlan(config, 'dev', catalogWithKeyVersion, withLive, { allowDestroy: [] });
    expect(actionOf(plan, 'aiFoundry').action).toBe('noop');
  });

  it('CMK on for an existing registry and workspace: the registry is re-created when allowed; the workspace never', () => {
    const observed = observedAfterApply(before.desired, observeScope(before.config, 'dev', catalog));
    const registry = resourceOf(
      before.desired,
      'containerRegistry',
      'Microsoft.ContainerRegistry/registries',
    );
    const workspace = resourceOf(before.desired, 'azureML', 'Microsoft.MachineLearningServices/workspaces');

    const guarded = planOf({ on: ['customerManagedKey', ...base], services, observed });
    expect(guarded.plan.blocked.map((b) => b.service).sort()).toEqual(['azureML', 'containerRegistry']);
    expect(guarded.plan.blocked.find((b) => b.service === 'azureML')!.reason).toBe(
      `Azure Machine Learning: ${workspace.name} must be re-created to take settings Azure reads only at creation, but a deleted machineLearningWorkspace stays soft-deleted for 14 day(s) and keeps its name; this tool does not purge it: delete it and purge it yourself (az ml workspace delete --permanently-delete), then plan again and it is created anew`,
    );

    const allowed = planOf({
      on: ['customerManagedKey', ...base],
      services,
      observed,
      allowDestroy: ['all'],
    });
    // Nothing allows what cannot be done: the workspace stays blocked, the registry is re-created.
    expect(allowed.plan.blocked.map((b) => b.service)).toEqual(['azureML']);
    const update = actionOf(allowed.plan, 'containerRegistry');
    expect(update.action).toBe('update');
    expect(update.cleanup?.find((c) => c.step === 'resource')?.resourceIds).toEqual([registry.id]);
    // Azure ML's push role sits on the registry: it is deployed again after the registry is re-created.
    const ml = actionOf(allowed.plan, 'azureML');
    expect(ml.dependsOn).toContain('containerRegistry');
    expect(ml.drift).toContain(
      `its resources on ${registry.name} are deployed again once containerRegistry re-creates it`,
    );
    expect(update.cleanup?.find((c) => c.step === 'roleAssignments')?.resourceIds).toEqual(
      expect.arrayContaining(
        allowed.desired.services
          .find((s) => s.id === 'azureML')!
          .resources.filter((r) => r.role === 'roleAssignment' && r.scope === registry.id)
          .map((r) => r.id),
      ),
    );
  });

  it('CMK off for an encrypted registry re-creates it too (a registry keeps its key for good)', () => {
    const input = { on: ['customerManagedKey', 'containerRegistry'], services };
    const observed = applied(input);
    const { plan } = planOf({ on: ['containerRegistry'], observed, allowDestroy: ['all'] });
    expect(actionOf(plan, 'customerManagedKey').action).toBe('delete');
    const update = actionOf(plan, 'containerRegistry');
    expect(update.action).toBe('update');
    expect(update.drift).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          'was created with properties.encryption.status=enabled, desired none of them',
        ),
      ]),
    );
    expect(plan.blocked).toEqual([]);
  });
});

describe('customer-managed keys: Foundry kept on Microsoft-managed keys', () => {
  it("disableForFoundry (today's cmkDisableForFoundry) leaves Foundry alone, pinned version or not", () => {
    const { desired } = planOf({
      on: ['customerManagedKey', 'azureOpenAI'],
      services: {
        customerManagedKey: {
          keyName: 'cmk-prj',
          disableForFoundry: true,
          keyVersion: '0123456789abcdef0123456789abcdef',
        },
      },
    });
    const foundry = resourceOf(desired, 'aiFoundry', 'Microsoft.CognitiveServices/accounts');
    expect((foundry.body.properties as Record<string, unknown>).encryption).toBeUndefined();
    expect(foundry.body.identity).toEqual({ type: 'SystemAssigned' });
    expect(foundry.dependsOn.some((d) => d.includes('/keys/'))).toBe(false);
    // The other Cognitive Services accounts are still encrypted.
    const openAI = resourceOf(desired, 'azureOpenAI', 'Microsoft.CognitiveServices/accounts');
    expect((openAI.body.properties as { encryption: { keySource: string } }).encryption.keySource).toBe(
      'Microsoft.KeyVault',
    );
  });
});

describe('re-creation where the name is soft-deleted after the delete', () => {
  // No catalog resource with create-only settings is purgeable today: a Speech account that had one shows the rule.
  const { desired, config } = planOf({ on: ['speech'] });
  const account = resourceOf(desired, 'speech', 'Microsoft.CognitiveServices/accounts');
  const speech = catalog.services.find((s) => s.id === 'speech')!;
  const def = {
    ...speech,
    resources: speech.resources.map((r) => ({ ...r, createOnly: ['properties.encryption.keySource'] })),
  };
  const observedIds = new Set(desired.services.flatMap((s) => s.resources).map((r) => r.id.toLowerCase()));
  const recreation = (purgeSoftDeleted?: string[]) =>
    planRecreation({
      def,
      recreate: [account],
      desired,
      env: 'dev',
      envConfig: { ...config.environments.dev, ...(purgeSoftDeleted ? { purgeSoftDeleted } : {}) },
      observedIds,
    });

  it('purgeable but not asked to: refused, naming the setting that would allow it', () => {
    expect(recreation().impossible).toBe(
      `Azure AI Speech: ${account.name} must be re-created to take settings Azure reads only at creation, but a deleted cognitiveServices stays soft-deleted for 2 day(s) and keeps its name; add 'speech' to environments.dev.purgeSoftDeleted so the delete purges it`,
    );
  });

  it('purge asked for: the delete purges it before the deploy creates it anew', () => {
    const { impossible, steps } = recreation(['speech']);
    expect(impossible).toBeUndefined();
    expect(steps.map((s) => s.step)).toEqual([
      'diagnosticSettings',
      'privateEndpoints',
      'resource',
      'purgeSoftDeleted',
    ]);
    expect(steps.find((s) => s.step === 'purgeSoftDeleted')!.resourceIds).toEqual([account.id]);
  });
});
