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

describe("a delete's simulated time on the emulator adds up to the plan's estimate", () => {
  // Wall-clock ratios are the benchmark's (npm run bench: the delete-heavy plan); here the emulator's own
  // per-type seconds are summed over what each delete removes, one after another as the cleanup runs.
  const registry = buildRegistry(catalog);
  let lab: Lab;
  afterAll(async () => {
    await lab?.close();
  });

  test('switching the capability host and Azure OpenAI off: each delete simulates its estimate plus 1 s a side step', async () => {
    lab = await startLab({ timeScale: 0 });
    const on = testConfig({ foundryCapabilityHost: true, azureOpenAI: true });
    const first = await livePlan(lab.ctx, on);
    expect(
      (await applyPlan(lab.ctx, first.plan, first.desired, { parallelism: 8, logger: recordingLogger() })).ok,
    ).toBe(true);

    // What the host implied stays on: only the two services are deleted.
    const off = testConfig({
      foundryCapabilityHost: false,
      azureOpenAI: false,
      cosmosDb: true,
      aiSearch: true,
    });
    const { plan, observed } = await livePlan(lab.ctx, off, 'dev', ['azureOpenAI']);
    const deletes = plan.actions.filter((a) => a.action === 'delete');
    expect(deletes.map((a) => a.service).sort()).toEqual(['azureOpenAI', 'foundryCapabilityHost']);
    const found = new Map(observed.resources.map((r) => [r.id.toLowerCase(), r]));
    for (const action of deletes) {
      const removed = action
        .cleanup!.filter((s) => s.step !== 'purgeSoftDeleted' && s.step !== 'waitSubnetRelease')
        .flatMap((s) => s.resourceIds)
        .map((id) => found.get(id.toLowerCase()))
        .filter((r) => r !== undefined);
      expect(removed.length).toBeGreaterThan(0);
      const simulated = removed.reduce((sum, r) => sum + registry.timing(r.type, r.tags).deletion, 0);
      expect(simulated).toBeGreaterThanOrEqual(action.estimatedSeconds);
      expect(simulated).toBeLessThanOrEqual(action.estimatedSeconds + removed.length);
    }
  }, 60_000);
});
