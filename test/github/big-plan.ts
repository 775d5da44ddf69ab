// A synthetic plan far larger than a GitHub comment allows: many services, each with many resources.
import type { Plan, PlanAction } from '../../src/core/types.js';

export function bigPlan(services: number, resourcesPerService: number): Plan {
  const sub = '11111111-1111-1111-1111-111111111111';
  const rg = `/subscriptions/${sub}/resourceGroups/acme-esml-project001-sdc-dev-001-rg`;
  const actions: PlanAction[] = Array.from({ length: services }, (_, i) => ({
    service: `svc${i}`,
    title: `Service number ${i}`,
    action: 'create',
    reason: `flag svc${i} is on in dev`,
    dependsOn: i > 0 ? [`svc${i - 1}`] : [],
    estimatedSeconds: 60,
    protected: false,
    dataBearing: false,
    resources: Array.from({ length: resourcesPerService }, (_, j) => ({
      id: `${rg}/providers/Microsoft.Network/privateEndpoints/pe-svc${i}-resource-with-a-long-name-${j}`,
      type: 'Microsoft.Network/privateEndpoints',
      name: `pe-svc${i}-resource-with-a-long-name-${j}`,
      apiVersion: '2024-05-01',
    })),
  }));
  return {
    schemaVersion: 1,
    tool: { name: 'aifactory-flags', version: '1.0.0' },
    project: 'prj001',
    environment: 'dev',
    subscriptionId: sub,
    location: 'swedencentral',
    fingerprint: `sha256:${'a'.repeat(64)}`,
    inputs: { config: 'c', observed: 'o', options: 'p' },
    summary: { create: services, update: 0, delete: 0, noop: 0, blocked: 0 },
    estimatedSeconds: services * 60,
    criticalPath: actions.map((a) => a.service),
    actions,
    blocked: [],
    conflicts: [],
    subnets: [],
    diagnostics: [],
  };
}
