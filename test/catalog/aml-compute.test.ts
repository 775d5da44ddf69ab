// Azure ML "+ compute": training clusters and compute instances as entries of services.azureML, like Foundry's
// model deployments: one workspaces/computes child per entry, in the workspace's managed network (no subnet,
// no public IP), with today's AI Factory admin cluster as the default.
import { catalog } from '../../src/core/catalog/index.js';
import { buildDesiredState } from '../../src/core/desired.js';
import type { DesiredResource, DesiredState } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';
import { configOf, planOf } from './support/plan.js';
import { SUBSCRIPTION, TENANT } from './support/project.js';

const COMPUTE = 'Microsoft.MachineLearningServices/workspaces/computes';

function computes(desired: DesiredState): DesiredResource[] {
  return desired.services
    .find((s) => s.id === 'azureML')!
    .resources.filter((r) => r.type === COMPUTE && r.role === 'child');
}

describe('Azure ML compute clusters and instances', () => {
  it("by default one training cluster, today's admin cluster for dev: Standard_DS3_v2, 0 to 3 nodes", () => {
    const { desired } = planOf({ architecture: 'esml' });
    const workspace = desired.services.find((s) => s.id === 'azureML')!.resources[0];
    const [cluster] = computes(desired);
    expect(cluster.id).toBe(`${workspace.id}/computes/cpu-cluster`);
    expect(cluster.apiVersion).toBe('2025-06-01');
    expect(cluster.dependsOn).toContain(workspace.id);
    expect(cluster.body).toEqual({
      location: 'swedencentral',
      properties: {
        computeType: 'AmlCompute',
        description: 'Training cluster (aifactory-flags)',
        properties: {
          vmSize: 'Standard_DS3_v2',
          vmPriority: 'Dedicated',
          osType: 'Linux',
          scaleSettings: { minNodeCount: 0, maxNodeCount: 3, nodeIdleTimeBeforeScaleDown: 'PT120S' },
          enableNodePublicIp: false,
          remoteLoginPortPublicAccess: 'Disabled',
        },
      },
    });
  });

  it('entries from the config: clusters and instances, an instance assigned to a user only when one is named', () => {
    const { desired } = planOf({
      architecture: 'esml',
      services: {
        azureML: {
          computeClusters: [
            {
              name: 'gpu',
              vmSize: 'Standard_NC6s_v3',
              minNodes: 0,
              maxNodes: 5,
              idleTimeBeforeScaleDown: 'PT300S',
            },
          ],
          computeInstances: [
            {
              name: 'ci-ada',
              vmSize: 'Standard_DS11_v2',
              idleTimeBeforeShutdown: 'PT60M',
              assignedUser: '0b1e2d3c-4a5b-4c6d-8e7f-901234567890',
            },
            { name: 'ci-shared', vmSize: 'Standard_DS11_v2', idleTimeBeforeShutdown: 'PT30M' },
          ],
        },
      },
    });
    const all = computes(desired);
    expect(all.map((r) => r.name.split('/').pop())).toEqual([
      'gpu',
      expect.stringMatching(/^ci-ada-[a-z0-9]{5}$/),
      expect.stringMatching(/^ci-shared-[a-z0-9]{5}$/),
    ]);
    const [gpu, ada, shared] = all;
    expect(
      (gpu.body.properties as { properties: { scaleSettings: unknown } }).properties.scaleSettings,
    ).toEqual({
      minNodeCount: 0,
      maxNodeCount: 5,
      nodeIdleTimeBeforeScaleDown: 'PT300S',
    });
    expect(ada.body.properties).toEqual({
      computeType: 'ComputeInstance',
      description: 'Compute instance (aifactory-flags)',
      properties: {
        vmSize: 'Standard_DS11_v2',
        enableNodePublicIp: false,
        idleTimeBeforeShutdown: 'PT60M',
        computeInstanceAuthorizationType: 'personal',
        personalComputeInstanceSettings: {
          assignedUser: { objectId: '0b1e2d3c-4a5b-4c6d-8e7f-901234567890', tenantId: TENANT },
        },
      },
    });
    expect(
      (shared.body.properties as { properties: Record<string, unknown> }).properties
        .personalComputeInstanceSettings,
    ).toBeUndefined();
  });

  it('an entry without a VM size: an error naming the entry and the option', () => {
    const config = configOf({
      architecture: 'esml',
      services: { azureML: { computeClusters: [{ name: 'cpu', minNodes: 0, maxNodes: 2 }] } },
    });
    const desired = buildDesiredState(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining("entry 'cpu' of services.azureML.computeClusters has no 'vmSize'"),
      }),
    );
  });

  it('a compute instance name too long for its regional DNS name: a names error', () => {
    const config = configOf({
      architecture: 'esml',
      services: {
        azureML: {
          computeInstances: [
            { name: 'an-instance-name-far-too-long', vmSize: 'x', idleTimeBeforeShutdown: 'PT1H' },
          ],
        },
      },
    });
    const desired = buildDesiredState(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'names.invalid',
        message: expect.stringContaining('24'),
      }),
    );
  });
});
