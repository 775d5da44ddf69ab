// The emulator's delete durations add up to the catalog's: a service's main resource carries its
// deletionSeconds, what goes around it (children, endpoints, DNS records) is quick. So deleting a service here
// takes what the plan estimates — the critical path stays the lower bound and the ETA holds — instead of every
// child of the capability host taking the host's whole 600 s.
import { applyPlan } from '../../src/azure/apply.js';
import { catalog } from '../../src/core/catalog/index.js';
import { buildRegistry } from '../../src/emulator/registry.js';
import { livePlan, recordingLogger, startLab, testConfig, type Lab } from './helpers.js';

describe('per-type durations from the catalog', () => {
  const registry = buildRegistry(catalog);
  const def = (id: string) => catalog.services.find((s) => s.id === id)!;

  test("a child-only service's main resource carries its seconds; its other children are quick", () => {
    const host = def('foundryCapabilityHost');
    expect(registry.timing('Microsoft.CognitiveServices/accounts/projects/capabilityHosts')).toEqual({
      provisioning: host.provisioningSeconds,
      deletion: host.deletionSeconds,
    });
    expect(registry.timing('Microsoft.CognitiveServices/accounts/projects/connections').deletion).toBe(1);
    expect(registry.timing('Microsoft.CognitiveServices/accounts/projects').deletion).toBe(1);
    expect(registry.timing('Microsoft.Network/privateEndpoints').deletion).toBe(1);
  });

  test('services sharing a main type keep their own seconds, found by the service tag', () => {
    for (const id of ['aiFoundry', 'azureOpenAI']) {
      expect(registry.timing('Microsoft.CognitiveServices/accounts', { 'aifactory-service': id })).toEqual({
        provisioning: def(id).provisioningSeconds,
        deletion: def(id).deletionSeconds,
      });
    }
    // Untagged (not ours): the slowest of them.
    expect(registry.timing('Microsoft.CognitiveServices/accounts').deletion).toBe(
      Math.max(def('aiFoundry').deletionSeconds, def('azureOpenAI').deletionSeconds),
    );
  });
});

describe('a delete on the emulator takes what the plan estimates', () => {
  let lab: Lab;
  const scale = 0.008;
  afterAll(async () => {
    await lab?.close();
  });

  test('switching the capability host and Azure OpenAI off: each delete is within 30% above its estimate', async () => {
    lab = await startLab({ timeScale: 0 });
    const on = testConfig({ foundryCapabilityHost: true, azureOpenAI: true });
    const first = await livePlan(lab.ctx, on);
    expect(
      (await applyPlan(lab.ctx, first.plan, first.desired, { parallelism: 8, logger: recordingLogger() })).ok,
    ).toBe(true);

    await lab.restart({ timeScale: scale });
    // What the host implied stays on: only the two services are deleted.
    const off = testConfig({
      foundryCapabilityHost: false,
      azureOpenAI: false,
      cosmosDb: true,
      aiSearch: true,
    });
    const { plan, desired } = await livePlan(lab.ctx, off, 'dev', ['azureOpenAI']);
    const deletes = plan.actions.filter((a) => a.action === 'delete').map((a) => a.service);
    expect(deletes.sort()).toEqual(['azureOpenAI', 'foundryCapabilityHost']);
    const result = await applyPlan(lab.ctx, plan, desired, {
      parallelism: 8,
      logger: recordingLogger(),
      timeScale: scale,
    });
    expect(result.ok).toBe(true);
    for (const service of deletes) {
      const estimate = plan.actions.find((a) => a.service === service)!.estimatedSeconds * scale;
      const took = result.outcomes.find((o) => o.service === service)!.seconds;
      expect(took / estimate).toBeGreaterThanOrEqual(0.95);
      expect(took / estimate).toBeLessThanOrEqual(1.3);
    }
    // The whole apply: no slower than its critical path allows.
    expect(result.seconds / (plan.estimatedSeconds * scale)).toBeLessThanOrEqual(1.3);
  }, 60_000);
});
