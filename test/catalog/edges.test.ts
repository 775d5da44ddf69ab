// The edges today's pipelines hard-code, as behaviour of the config layer and the planner over the real catalog
// (test/catalog/catalog.test.ts checks the same edges as data).
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildPlan } from '../../src/core/plan.js';
import { observeScope } from '../../src/core/scope.js';
import type { DesiredState } from '../../src/core/types.js';
import { observedAfterApply } from './support/observed-after-apply.js';
import { actionOf, configErrors, configOf, planOf, positionOf } from './support/plan.js';
import { SUBSCRIPTION, projectYaml } from './support/project.js';
import { emptyObserved } from '../core/fixtures.js';

function resource(desired: DesiredState, service: string, type: string) {
  const found = desired.services.find((s) => s.id === service)?.resources.find((r) => r.type === type);
  if (!found) throw new Error(`${service} has no ${type}`);
  return found;
}

function subnet(desired: DesiredState, logical: string) {
  return desired.subnets.find((s) => s.name.endsWith(`-${logical}`));
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('capability host ⇒ Cosmos DB + AI Search', () => {
  it('in esml (AI Search not baseline) both come along, implied by foundryCapabilityHost, and are created first', () => {
    const { plan } = planOf({ architecture: 'esml', on: ['foundryCapabilityHost'] });
    for (const id of ['cosmosDb', 'aiSearch']) {
      expect(actionOf(plan, id)).toMatchObject({
        action: 'create',
        reason: 'implied by foundryCapabilityHost',
      });
      expect(actionOf(plan, 'foundryCapabilityHost').dependsOn).toContain(id);
      expect(positionOf(plan, id)).toBeLessThan(positionOf(plan, 'foundryCapabilityHost'));
    }
  });

  it('switching an implied service off is a warning at its line, and it stays on', () => {
    const text = projectYaml({
      architecture: 'esml',
      mode: 'standalone',
      flags: ['aiFoundry', 'foundryCapabilityHost'],
    }).replace('foundryCapabilityHost: true', 'foundryCapabilityHost: true\n  cosmosDb: false');
    const result = parseConfig(text, 'aifactory.yaml', catalog);
    expect(result.diagnostics.filter((d) => d.severity !== 'note')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'flags.implied-off',
        location: expect.objectContaining({ line: lineOf(text, 'cosmosDb: false') }),
      }),
    ]);
    const { plan } = buildPlan(result.config!, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    expect(actionOf(plan, 'cosmosDb')).toMatchObject({
      action: 'create',
      reason: 'implied by foundryCapabilityHost',
    });
  });
});

describe('AKS for Azure ML requires Azure ML', () => {
  it('without azureML: a config error naming both, at the flag', () => {
    const text = projectYaml({ architecture: 'genai-1', mode: 'standalone', flags: ['aksForAzureML'] });
    const errors = configErrors(text);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'flags.requires',
        message: expect.stringMatching(/aksForAzureML requires azureML/),
        location: expect.objectContaining({ line: lineOf(text, 'aksForAzureML') }),
      }),
    ]);
  });

  it('deleting both together deletes aksForAzureML first, and azureML waits for it', () => {
    const before = planOf({ on: ['aksForAzureML'] });
    expect(actionOf(before.plan, 'aksForAzureML').dependsOn).toContain('azureML');
    const config = configOf({});
    const observed = observedAfterApply(before.desired, observeScope(config, 'dev', catalog));
    const { plan } = buildPlan(config, 'dev', catalog, observed, { allowDestroy: ['all'] });
    expect(actionOf(plan, 'aksForAzureML').action).toBe('delete');
    expect(actionOf(plan, 'azureML').action).toBe('delete');
    expect(positionOf(plan, 'aksForAzureML')).toBeLessThan(positionOf(plan, 'azureML'));
    expect(actionOf(plan, 'azureML').dependsOn).toContain('aksForAzureML');
    expect(plan.blocked).toEqual([]);
  });
});

describe("Azure ML's four requirements", () => {
  it('waits for storage, Key Vault, the registry and Application Insights', () => {
    const { plan } = planOf({ on: ['azureML'] });
    const aml = actionOf(plan, 'azureML');
    for (const id of ['storage', 'keyVault', 'containerRegistry', 'appInsights']) {
      expect(aml.dependsOn).toContain(id);
      expect(positionOf(plan, id)).toBeLessThan(positionOf(plan, 'azureML'));
    }
  });

  it('the workspace body refers to all four', () => {
    const { desired } = planOf({ on: ['azureML'] });
    const workspace = resource(desired, 'azureML', 'Microsoft.MachineLearningServices/workspaces');
    const ids = ['storage', 'keyVault', 'containerRegistry', 'appInsights'].map(
      (id) => desired.services.find((s) => s.id === id)!.resources.find((r) => r.role === 'main')!.id,
    );
    for (const id of ids) expect(workspace.dependsOn).toContain(id);
  });

  it('with the registry switched off: a config error naming azureML and containerRegistry', () => {
    const text = projectYaml({ architecture: 'genai-1', mode: 'standalone', flags: ['azureML'] });
    expect(configErrors(text)).toEqual([
      expect.objectContaining({
        code: 'flags.requires',
        message: expect.stringMatching(/azureML requires containerRegistry/),
      }),
    ]);
  });
});

describe('Container Apps need the registry and their delegated subnet', () => {
  it('the environment sits in the aca subnet delegated to Microsoft.App/environments, after the registry', () => {
    const { plan, desired } = planOf({ on: ['containerApps'] });
    expect(actionOf(plan, 'containerApps').dependsOn).toContain('containerRegistry');
    const aca = subnet(desired, 'aca');
    expect(aca).toMatchObject({ delegation: 'Microsoft.App/environments', services: ['containerApps'] });
    expect(aca!.prefix).toMatch(/\/23$/);
    const environment = resource(desired, 'containerApps', 'Microsoft.App/managedEnvironments');
    const infra = (environment.body.properties as { vnetConfiguration: { infrastructureSubnetId: string } })
      .vnetConfiguration.infrastructureSubnetId;
    expect(infra).toMatch(new RegExp(`/subnets/${aca!.name}$`));
    // Standalone: the subnet is part of our VNet's body (a VNet PUT without it would delete it).
    const vnet = desired.services
      .flatMap((s) => s.resources)
      .find((r) => r.type === 'Microsoft.Network/virtualNetworks' && infra.startsWith(`${r.id}/subnets/`))!;
    const inline = (vnet.body.properties as { subnets: { name: string }[] }).subnets.find(
      (s) => s.name === aca!.name,
    );
    expect(inline).toMatchObject({
      properties: { delegations: [{ properties: { serviceName: 'Microsoft.App/environments' } }] },
    });
  });

  it('without the registry: a config error naming both', () => {
    const text = projectYaml({ architecture: 'genai-1', mode: 'standalone', flags: ['containerApps'] });
    expect(configErrors(text)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/containerApps requires containerRegistry/) }),
    ]);
  });
});

describe('Web, Function and Logic Apps need the webapp subnet', () => {
  for (const id of ['webApp', 'functionApp', 'logicApps']) {
    it(`${id}: VNet integration through the webapp subnet delegated to Microsoft.Web/serverFarms`, () => {
      const { desired } = planOf({ on: [id] });
      const webapp = subnet(desired, 'webapp');
      expect(webapp).toMatchObject({ delegation: 'Microsoft.Web/serverFarms' });
      expect(webapp!.services).toContain(id);
      const site = resource(desired, id, 'Microsoft.Web/sites');
      const props = site.body.properties as { virtualNetworkSubnetId: string };
      expect(props.virtualNetworkSubnetId).toMatch(new RegExp(`/subnets/${webapp!.name}$`));
    });
  }

  it('web and function apps share one webapp subnet', () => {
    const { desired } = planOf({ on: ['webApp', 'functionApp', 'logicApps'] });
    const webapps = desired.subnets.filter((s) => s.name.endsWith('-webapp'));
    expect(webapps).toHaveLength(1);
    expect(webapps[0].services).toEqual(expect.arrayContaining(['webApp', 'functionApp', 'logicApps']));
  });

  // A BYO App Service Environment (appServiceEnvironmentId): the webapp subnet is `unlessOption`, the plan and
  // site bodies carry `bodyWhenOption` parts.
  const ase =
    '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-ase/providers/Microsoft.Web/hostingEnvironments/ase-shared';
  for (const id of ['webApp', 'functionApp', 'logicApps']) {
    it(`${id} with a BYO App Service Environment: no webapp subnet, the site runs in the ASE`, () => {
      const { desired } = planOf({
        on: [id],
        services: {
          [id]: { appServiceEnvironmentId: ase },
          appServicePlan: { appServiceEnvironmentId: ase },
        },
      });
      expect(subnet(desired, 'webapp')).toBeUndefined();
      expect(JSON.stringify(desired.services.flatMap((s) => s.resources).map((r) => r.body))).toContain(ase);
      const service = id === 'logicApps' ? 'logicApps' : 'appServicePlan';
      const plan = resource(desired, service, 'Microsoft.Web/serverfarms');
      expect(plan.body).toMatchObject({
        sku: { name: 'I1v2', tier: 'IsolatedV2' },
        properties: { hostingEnvironmentProfile: { id: ase } },
      });
      const site = resource(desired, id, 'Microsoft.Web/sites');
      expect(site.body.properties).toMatchObject({ hostingEnvironmentProfile: { id: ase } });
      expect(site.body.properties).not.toHaveProperty('virtualNetworkSubnetId');
      expect(site.body.properties).not.toHaveProperty('vnetRouteAllEnabled');
    });

    it(`${id} without one (or with an empty id): VNet integration through the webapp subnet`, () => {
      for (const options of [{}, { appServiceEnvironmentId: '' }]) {
        const { desired } = planOf({ on: [id], services: { [id]: options } });
        const webapp = subnet(desired, 'webapp');
        expect(webapp).toMatchObject({ delegation: 'Microsoft.Web/serverFarms' });
        const site = resource(desired, id, 'Microsoft.Web/sites');
        expect(site.body.properties).toMatchObject({
          virtualNetworkSubnetId: expect.stringMatching(new RegExp(`/subnets/${webapp!.name}$`)),
          vnetRouteAllEnabled: true,
        });
        expect(site.body.properties).not.toHaveProperty('hostingEnvironmentProfile');
        const service = id === 'logicApps' ? 'logicApps' : 'appServicePlan';
        const plan = resource(desired, service, 'Microsoft.Web/serverfarms');
        expect(plan.body.properties).not.toHaveProperty('hostingEnvironmentProfile');
        expect((plan.body.sku as { name: string }).name).not.toBe('I1v2');
      }
    });
  }

  it('moving the apps into an ASE releases the webapp subnet (the update removes it)', () => {
    const first = planOf({ on: ['webApp'], mode: 'hub-spoke' });
    const observed = observedAfterApply(first.desired);
    const then = planOf({
      on: ['webApp'],
      mode: 'hub-spoke',
      services: {
        webApp: { appServiceEnvironmentId: ase },
        appServicePlan: { appServiceEnvironmentId: ase },
      },
      observed,
    });
    expect(subnet(then.desired, 'webapp')).toBeUndefined();
    const webapp = subnet(first.desired, 'webapp')!.name;
    const removed = then.plan.actions.flatMap((a) => a.cleanup ?? []).flatMap((c) => c.resourceIds);
    expect(removed.some((rid) => rid.endsWith(`/subnets/${webapp}`))).toBe(true);
    expect(actionOf(then.plan, 'appServicePlan').action).toBe('update');
    expect(actionOf(then.plan, 'webApp').action).toBe('update');
  });
});

describe('customer-managed keys require Key Vault with purge protection', () => {
  it('the vault CMK waits for has purge protection and soft delete on; the project identity gets the crypto role', () => {
    const { plan, desired } = planOf({ on: ['customerManagedKey'] });
    expect(actionOf(plan, 'customerManagedKey').dependsOn).toContain('keyVault');
    const vault = resource(desired, 'keyVault', 'Microsoft.KeyVault/vaults');
    expect(vault.body.properties).toMatchObject({ enablePurgeProtection: true, enableSoftDelete: true });
    const grants = desired.services
      .find((s) => s.id === 'customerManagedKey')!
      .resources.filter((r) => r.role === 'roleAssignment');
    expect(grants.length).toBe(1); // the project identity: every encrypted service unwraps with it
    for (const g of grants) {
      expect(g.scope).toBe(vault.id);
      expect((g.body.properties as { roleDefinitionId: string }).roleDefinitionId).toMatch(
        /\/e147488a-f6f5-4113-8e2d-b22465e65bf6$/,
      );
    }
  });

  it('with keyVault switched off: a config error (a baseline service cannot be off)', () => {
    const text = projectYaml({
      architecture: 'genai-1',
      mode: 'standalone',
      flags: ['customerManagedKey'],
      services: { customerManagedKey: { keyName: 'cmk' } },
    }).replace('customerManagedKey: true', 'customerManagedKey: true\n  keyVault: false');
    expect(configErrors(text).map((d) => d.code)).toEqual(['flags.baseline-off']);
  });
});

describe('services without a top-level resource of their own converge', () => {
  it('customerManagedKey (a key in the vault and a role assignment) is a noop on the re-plan after its apply', () => {
    const first = planOf({ on: ['customerManagedKey'] });
    const observed = observedAfterApply(first.desired, observeScope(first.config, 'dev', catalog));
    const again = buildPlan(first.config, 'dev', catalog, observed, { allowDestroy: [] }).plan;
    expect(actionOf(again, 'customerManagedKey').action).toBe('noop');
  });

  it('customerManagedKey is a create when its key is gone', () => {
    const first = planOf({ on: ['customerManagedKey'] });
    const observed = observedAfterApply(first.desired, observeScope(first.config, 'dev', catalog));
    const own = first.desired.services.find((s) => s.id === 'customerManagedKey')!.resources;
    const without = (ids: string[]) => ({
      ...observed,
      resources: observed.resources.filter((r) => !ids.includes(r.id)),
    });
    const all = buildPlan(first.config, 'dev', catalog, without(own.map((g) => g.id)), {
      allowDestroy: [],
    }).plan;
    expect(actionOf(all, 'customerManagedKey').action).toBe('create');
  });

  for (const mode of ['hub-spoke', 'vwan'] as const) {
    it(`privateDnsZones in ${mode} (no resources: the zones are the hub’s) is a noop from the first plan on`, () => {
      const first = planOf({ mode });
      expect(actionOf(first.plan, 'privateDnsZones')).toMatchObject({
        action: 'noop',
        reason: 'nothing of its own to deploy in this network mode',
      });
      const observed = observedAfterApply(first.desired, observeScope(first.config, 'dev', catalog));
      const again = buildPlan(first.config, 'dev', catalog, observed, { allowDestroy: [] }).plan;
      expect(actionOf(again, 'privateDnsZones').action).toBe('noop');
    });
  }

  it('defenderForAI (subscription level) switched off is deleted, guarded: it affects the whole subscription', () => {
    const first = planOf({ on: ['defenderForAI'] });
    const config = configOf({});
    const scope = observeScope(config, 'dev', catalog);
    const pricing = `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Security/pricings/AI`;
    expect(scope.resources).toContainEqual(
      expect.objectContaining({ id: pricing, service: 'defenderForAI' }),
    );
    const observed = observedAfterApply(first.desired, scope);
    const allowed = buildPlan(config, 'dev', catalog, observed, { allowDestroy: ['defenderForAI'] }).plan;
    expect(actionOf(allowed, 'defenderForAI')).toMatchObject({
      action: 'delete',
      cleanup: [{ step: 'resource', resourceIds: [pricing] }],
    });
    expect(allowed.blocked).toEqual([]);
    const guarded = buildPlan(config, 'dev', catalog, observed, { allowDestroy: [] }).plan;
    expect(guarded.blocked).toEqual([
      expect.objectContaining({
        service: 'defenderForAI',
        reason: expect.stringContaining('whole subscription'),
      }),
    ]);
  });

  it('a Defender plan Azure holds without our deployment record (the platform team’s) is never deleted', () => {
    const config = configOf({});
    const observed = {
      ...emptyObserved(SUBSCRIPTION),
      resources: [
        {
          id: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Security/pricings/AI`,
          type: 'Microsoft.Security/pricings',
          name: 'AI',
          resourceGroup: '',
          tags: {},
          properties: { pricingTier: 'Standard' },
        },
      ],
    };
    const { plan } = buildPlan(config, 'dev', catalog, observed, { allowDestroy: ['all'] });
    expect(plan.actions.find((a) => a.service === 'defenderForAI')).toBeUndefined();
  });

  it('defenderForAI on, the subscription’s plan at Free: an update; at Standard already: a noop', () => {
    const config = configOf({ on: ['defenderForAI'] });
    const at = (tier: string) => ({
      ...emptyObserved(SUBSCRIPTION),
      resources: [
        {
          id: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Security/pricings/AI`,
          type: 'Microsoft.Security/pricings',
          name: 'AI',
          resourceGroup: '',
          tags: {},
          properties: { pricingTier: tier },
        },
      ],
    });
    const free = buildPlan(config, 'dev', catalog, at('Free'), { allowDestroy: [] }).plan;
    expect(actionOf(free, 'defenderForAI')).toMatchObject({
      action: 'update',
      drift: ['AI: properties.pricingTier is "Free", desired "Standard"'],
    });
    const standard = buildPlan(config, 'dev', catalog, at('Standard'), { allowDestroy: [] }).plan;
    expect(actionOf(standard, 'defenderForAI').action).toBe('noop');
  });
});
