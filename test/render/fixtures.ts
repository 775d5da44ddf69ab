// Synthetic plans for the renderer tests: built by hand, so these tests do not wait for the planner.
import type { ApplyResult } from '../../src/app/types.js';
import type { Plan, PlanAction } from '../../src/core/types.js';

const SUB = '11111111-1111-1111-1111-111111111111';
const RG = `/subscriptions/${SUB}/resourceGroups/acme-prj001-sdc-dev-001-rg`;

function action(
  service: string,
  kind: PlanAction['action'],
  dependsOn: string[],
  seconds: number,
  extra: Partial<PlanAction> = {},
): PlanAction {
  return {
    service,
    title: service[0].toUpperCase() + service.slice(1),
    action: kind,
    reason:
      kind === 'noop'
        ? 'exists and matches'
        : kind === 'delete'
          ? `flag ${service} is off`
          : `flag ${service} is on`,
    dependsOn,
    estimatedSeconds: seconds,
    protected: false,
    dataBearing: false,
    resources: [],
    ...extra,
  };
}

export function samplePlan(): Plan {
  const actions: PlanAction[] = [
    action('resourceGroups', 'noop', [], 0),
    action('logAnalytics', 'noop', [], 0),
    action('keyVault', 'update', ['resourceGroups'], 30, {
      reason: 'drift: publicNetworkAccess changed outside the tool',
      protected: true,
      resources: [
        {
          id: `${RG}/providers/Microsoft.KeyVault/vaults/kv-001-sdc-dev-abcde`,
          type: 'Microsoft.KeyVault/vaults',
          name: 'kv-001-sdc-dev-abcde',
          apiVersion: '2023-07-01',
        },
      ],
      changes: [
        { path: 'properties.publicNetworkAccess', before: 'Enabled', after: 'Disabled', kind: 'modify' },
      ],
      drift: ['kv-001-sdc-dev-abcde: properties.publicNetworkAccess is "Enabled", expected "Disabled"'],
    }),
    action('aiSearch', 'create', ['resourceGroups'], 300, {
      reason: 'implied by foundryCapabilityHost',
      resources: [
        {
          id: `${RG}/providers/Microsoft.Search/searchServices/srch-acme-prj001`,
          type: 'Microsoft.Search/searchServices',
          name: 'srch-acme-prj001',
          apiVersion: '2025-05-01',
        },
      ],
    }),
    action('cosmosDb', 'create', ['resourceGroups'], 420, { dataBearing: true }),
    action('foundryCapabilityHost', 'create', ['aiSearch', 'cosmosDb'], 120),
    action('containerRegistry', 'delete', [], 60, {
      cleanup: [
        {
          step: 'privateEndpoints',
          resourceIds: [`${RG}/providers/Microsoft.Network/privateEndpoints/pe-acr`],
        },
        { step: 'resource', resourceIds: [`${RG}/providers/Microsoft.ContainerRegistry/registries/acracme`] },
      ],
    }),
    action('azureML', 'delete', [], 200, { dataBearing: true }),
    // Its account's name is held by someone else's account: neither applied nor counted as a change.
    action('storage2', 'update', [], 30, {
      reason: "baseline of genai-1; in conflict: 1 resource with its names is someone else's",
      conflicts: [`${RG}/providers/Microsoft.Storage/storageAccounts/stacme2`],
      drift: ["stacme2 (Microsoft.Storage/storageAccounts) is someone else's resource, not this project's"],
    }),
  ];
  return {
    schemaVersion: 1,
    tool: { name: 'aifactory-flags', version: '1.0.0' },
    project: 'prj001',
    environment: 'dev',
    subscriptionId: SUB,
    location: 'swedencentral',
    fingerprint: 'sha256:0123456789abcdef',
    inputs: { config: 'sha256:c', observed: 'sha256:o', options: 'sha256:p' },
    summary: { create: 3, update: 1, delete: 1, noop: 2, blocked: 1, conflict: 1 },
    estimatedSeconds: 540,
    criticalPath: ['cosmosDb', 'foundryCapabilityHost'],
    actions,
    blocked: [
      {
        service: 'azureML',
        action: 'delete',
        reason: 'azureML holds data (workspace, models); deleting it needs an explicit allow',
      },
    ],
    conflicts: [
      {
        service: 'storage2',
        resourceId: `${RG}/providers/Microsoft.Storage/storageAccounts/stacme2`,
        reason: 'exists without the aifactory-managed-by tag',
      },
    ],
    subnets: [{ name: 'genai', prefix: '10.10.0.0/25', origin: 'existing', services: ['aiFoundry'] }],
    diagnostics: [
      {
        severity: 'warning',
        code: 'subnets.size-changed',
        message: 'Subnet genai stays 10.10.0.0/25',
        hint: 'switch off and on',
        location: { file: 'aifactory.yaml', line: 3, column: 5 },
      },
    ],
  };
}

export function emptyPlan(): Plan {
  return {
    ...samplePlan(),
    summary: { create: 0, update: 0, delete: 0, noop: 1, blocked: 0, conflict: 0 },
    actions: [action('resourceGroups', 'noop', [], 0)],
    blocked: [],
    conflicts: [],
    diagnostics: [],
    estimatedSeconds: 0,
    criticalPath: [],
  };
}

/** n services in a chain of layers, each with a few resources and changes: far over GitHub's comment limit in full. */
export function hugePlan(n: number): Plan {
  const actions: PlanAction[] = [];
  for (let i = 0; i < n; i++) {
    const kind: PlanAction['action'] =
      i % 10 === 9 ? 'noop' : i % 7 === 3 ? 'update' : i % 11 === 5 ? 'delete' : 'create';
    const deps = i === 0 ? [] : [`service${Math.floor((i - 1) / 3)}`];
    actions.push(
      action(`service${i}`, kind, deps, 30 + (i % 5) * 60, {
        reason: `reason number ${i} with a little text to make the row longer than trivial`,
        resources: Array.from({ length: 4 }, (_, k) => ({
          id: `${RG}/providers/Microsoft.Example/things/thing-${i}-${k}`,
          type: 'Microsoft.Example/things',
          name: `thing-${i}-${k}-with-a-long-name`,
          apiVersion: '2024-01-01',
        })),
        changes:
          kind === 'update'
            ? [{ path: 'properties.a.b.c', before: { x: 'y'.repeat(60) }, after: 'z', kind: 'modify' }]
            : undefined,
      }),
    );
  }
  const count = (k: PlanAction['action']) => actions.filter((a) => a.action === k).length;
  return {
    ...samplePlan(),
    summary: {
      create: count('create'),
      update: count('update'),
      delete: count('delete') - 1, // service16's delete is blocked
      noop: count('noop'),
      blocked: 1,
      conflict: 0,
    },
    actions,
    blocked: [{ service: 'service16', action: 'delete', reason: 'holds data' }],
    conflicts: [],
    criticalPath: ['service0', 'service1', 'service4'],
    diagnostics: Array.from({ length: 50 }, (_, i) => ({
      severity: 'note' as const,
      code: 'test.note',
      message: `note ${i} `.repeat(10),
    })),
  };
}

export function sampleApply(): ApplyResult {
  return {
    ok: false,
    seconds: 905,
    outcomes: [
      { service: 'resourceGroups', action: 'noop', status: 'noop', seconds: 0 },
      { service: 'keyVault', action: 'update', status: 'succeeded', seconds: 28 },
      {
        service: 'cosmosDb',
        action: 'create',
        status: 'failed',
        seconds: 612,
        error: {
          code: 'RequestDisallowedByPolicy',
          message: 'Resource was disallowed by policy "deny-public-cosmos".',
          hint: 'Ask the platform team for an exemption or set publicNetworkAccess to Disabled.',
        },
      },
      {
        service: 'foundryCapabilityHost',
        action: 'create',
        status: 'skipped',
        seconds: 0,
        skippedBecause: ['cosmosDb'],
      },
      { service: 'containerRegistry', action: 'delete', status: 'succeeded', seconds: 61 },
    ],
  };
}
