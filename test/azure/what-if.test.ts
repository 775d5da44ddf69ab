// plan --what-if: the real SDK asks the emulator's what-if for each update's own deployments; the answer is
// on the plan's actions as property changes, in every renderer, and the fingerprint does not move.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { WhatIfChange } from '@azure/arm-resourcesdeployments';
import { run } from '../../src/app/run.js';
import { whatIfPlan, whatIfService, toPropertyChanges } from '../../src/azure/what-if.js';
import { renderJson, renderMarkdown, renderText, KNOWN_AFTER_APPLY } from '../../src/core/render/index.js';
import type { DesiredResource, DesiredState, Plan } from '../../src/core/types.js';
import { diff } from '../../src/emulator/deployments.js';
import { cli } from '../cli/helpers.js';
import {
  applyOptions,
  livePlan,
  recordingLogger,
  startLab,
  testConfig,
  testConfigYaml,
  writeConfig,
  type Lab,
} from './helpers.js';

const SEARCH_OPTIONS = 'services:\n  aiSearch:\n    semanticSearch: standard\n    sku: standard2\n';
const schema = JSON.parse(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8'));
const validatePlan = new Ajv({ allErrors: true }).compile(schema);

let lab: Lab;
let configFile: string;
beforeAll(async () => {
  lab = await startLab();
  configFile = writeConfig(lab, testConfigYaml());
  const applied = await run(applyOptions(lab, configFile), recordingLogger());
  expect(applied.ok).toBe(true);
  // The config moves on: AI Search gets another tier and semantic search.
  writeConfig(lab, testConfigYaml({}, SEARCH_OPTIONS));
});
afterAll(async () => {
  await lab?.close();
});

const planOptions = (extra: Partial<Parameters<typeof run>[0]> = {}) => ({
  ...applyOptions(lab, configFile),
  command: 'plan' as const,
  ...extra,
});

describe('plan --what-if against the emulator', () => {
  let plain: Plan;
  let withWhatIf: Plan;
  beforeAll(async () => {
    plain = (await run(planOptions(), recordingLogger())).plan!;
    const result = await run(planOptions({ whatIf: true }), recordingLogger());
    expect(result.exitCode).toBe(2);
    withWhatIf = result.plan!;
  });

  test('the changed service is an update with the property paths, before and after', () => {
    const search = withWhatIf.actions.find((a) => a.service === 'aiSearch')!;
    expect(search.action).toBe('update');
    const name = search.resources.find((r) => r.type === 'Microsoft.Search/searchServices')!.name;
    expect(search.changes).toEqual(
      expect.arrayContaining([
        { resource: name, path: 'sku.name', kind: 'modify', before: 'basic', after: 'standard2' },
        {
          resource: name,
          path: 'properties.semanticSearch',
          kind: 'modify',
          before: 'free',
          after: 'standard',
        },
      ]),
    );
    // The hash tag moves with every body change; it is bookkeeping, not shown.
    expect(search.changes!.some((c) => c.path.includes('aifactory-hash'))).toBe(false);
    // Its role assignments and diagnostic setting (principal ids filled from the live identity) do not change.
    expect(search.changes!.every((c) => c.resource === name)).toBe(true);
  });

  test('no-op services carry no changes; the plan without what-if carries none at all', () => {
    for (const a of withWhatIf.actions.filter((x) => x.action === 'noop')) expect(a.changes).toBeUndefined();
    expect(plain.actions.some((a) => a.changes !== undefined)).toBe(false);
  });

  test('what-if describes, it does not decide: same fingerprint, same actions', () => {
    expect(withWhatIf.fingerprint).toBe(plain.fingerprint);
    expect(withWhatIf.actions.map((a) => [a.service, a.action])).toEqual(
      plain.actions.map((a) => [a.service, a.action]),
    );
  });

  test('every renderer shows the changes; the JSON validates against the plan schema', () => {
    const text = renderText(withWhatIf, { color: false });
    expect(text).toMatch(/^ {6}~ srch-\S+ sku\.name: "basic" → "standard2"$/m);
    expect(text).toMatch(/^ {6}~ srch-\S+ properties\.semanticSearch: "free" → "standard"$/m);
    const md = renderMarkdown(withWhatIf);
    expect(md).toContain('| Resource | Property | Change | Before | After |');
    expect(md).toMatch(/\| `srch-[^`]+` \| `sku\.name` \| modify \| `"basic"` \| `"standard2"` \|/);
    const json = JSON.parse(renderJson(withWhatIf)) as Plan;
    expect(json.actions.find((a) => a.service === 'aiSearch')!.changes).toHaveLength(2);
    expect(validatePlan(json)).toBe(true);
    expect(validatePlan.errors ?? []).toEqual([]);
  });
});

describe('errors', () => {
  test('--what-if with a snapshot target fails before anything is read', async () => {
    const log = recordingLogger();
    const result = await run(planOptions({ whatIf: true, target: 'file' }), log);
    expect(result.exitCode).toBe(1);
    expect(result.plan).toBeUndefined();
    expect(result.message).toBe('--what-if needs a live target: --target local|azure');
    expect(log.lines.join('\n')).toContain('drop --observed/--target file, or drop --what-if');
  });

  test('a service whose what-if ARM rejects gets a warning; the plan stands without its changes', async () => {
    const { plan, desired } = await livePlan(lab.ctx, testConfig({}, SEARCH_OPTIONS));
    const broken = withResources(desired, 'aiSearch', (rs) =>
      rs.map((r) => (r.type === 'Microsoft.Search/searchServices' ? { ...r, apiVersion: '1999-01-01' } : r)),
    );
    const result = await whatIfPlan(lab.ctx, plan, broken, { parallelism: 2 });
    expect(result.plan.actions.find((a) => a.service === 'aiSearch')!.changes).toBeUndefined();
    expect(result.plan.fingerprint).toBe(plan.fingerprint);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'plan.what-if' });
    expect(result.diagnostics[0].message).toMatch(/^aiSearch: what-if failed \(\w+: .*1999-01-01/);
  });
});

test('a principal id of an identity still to create is known after apply, never sent as a placeholder', async () => {
  const { desired } = await livePlan(lab.ctx, testConfig({}, SEARCH_OPTIONS));
  const search = desired.services.find((s) => s.id === 'aiSearch')!;
  const role = search.resources.find((r) => r.type === 'Microsoft.Authorization/roleAssignments')!;
  const ghostRoleName = '0d7bfa14-64a9-4c05-a0a6-0a1c1e8c5d01';
  const ghostRole: DesiredResource = {
    ...role,
    key: 'ghost-role',
    name: ghostRoleName,
    id: role.id.replace(role.name, ghostRoleName),
    body: {
      ...role.body,
      properties: {
        ...(role.body.properties as Record<string, unknown>),
        principalId: '{{principalId:ghost}}',
      },
    },
  };
  const identity = desired.services
    .find((s) => s.id === 'managedIdentity')!
    .resources.find((r) => r.type === 'Microsoft.ManagedIdentity/userAssignedIdentities')!;
  const ghostIdentity: DesiredResource = {
    ...identity,
    service: 'ghost',
    name: 'id-ghost',
    id: identity.id.replace(identity.name, 'id-ghost'),
  };
  const changed: DesiredState = {
    ...withResources(desired, 'aiSearch', (rs) => [...rs, ghostRole]),
  };
  changed.services.push({ id: 'ghost', reason: search.reason, resources: [ghostIdentity] });
  const changes = await whatIfService(lab.ctx, changed, 'aiSearch');
  const ghost = changes.filter((c) => c.resource === ghostRoleName);
  // Had the template carried the role assignment, the emulator would have answered Create for the whole resource.
  expect(ghost).toEqual([
    { resource: ghostRoleName, path: 'properties.principalId', kind: 'create', after: KNOWN_AFTER_APPLY },
  ]);
  expect(renderText(planWith('aiSearch', changes), { color: false })).toContain(
    `+ ${ghostRoleName} properties.principalId: (known after apply)`,
  );
});

test('CLI: plan --what-if prints the property change under the service; --observed with it fails clearly', async () => {
  const out = await cli([
    'plan',
    '--config',
    configFile,
    '--env',
    'dev',
    '--target',
    'local',
    '--endpoint',
    lab.url,
    '--what-if',
  ]);
  expect(out.code).toBe(0);
  expect(out.stdout).toMatch(/~ aiSearch +update/);
  expect(out.stdout).toMatch(/^ {6}~ srch-\S+ properties\.semanticSearch: "free" → "standard"$/m);

  const snapshot = writeConfig(lab, '{}', 'observed.json');
  const bad = await cli([
    'plan',
    '--config',
    configFile,
    '--env',
    'dev',
    '--observed',
    snapshot,
    '--what-if',
  ]);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('--what-if needs a live target: --target local|azure');
  expect(bad.stdout).toBe('');
});

test('apply without a reviewed plan prints the what-if changes before it applies', async () => {
  const log = recordingLogger();
  const result = await run(applyOptions(lab, configFile, { whatIf: true }), log);
  expect(result.ok).toBe(true);
  expect(log.lines.join('\n')).toMatch(/~ srch-\S+ sku\.name: "basic" → "standard2"/);
  // Applied: the next what-if has nothing left to say.
  const again = await run(planOptions({ whatIf: true }), recordingLogger());
  expect(again.exitCode).toBe(0);
  expect(again.plan!.actions.every((a) => a.changes === undefined)).toBe(true);
});

describe('mapping ARM what-if results', () => {
  const change = (c: Partial<WhatIfChange>): WhatIfChange => ({
    changeType: 'Modify',
    resourceId: '/x',
    ...c,
  });

  test('arrays become indexed paths; NoEffect and the hash tag are dropped', () => {
    expect(
      toPropertyChanges(
        change({
          delta: [
            {
              path: 'properties.addressSpace.addressPrefixes',
              propertyChangeType: 'Array',
              children: [
                { path: '0', propertyChangeType: 'Delete', before: '10.0.0.0/16' },
                { path: '0', propertyChangeType: 'Create', after: '10.0.0.0/15' },
              ],
            },
            {
              path: 'properties.subnets',
              propertyChangeType: 'Array',
              children: [
                {
                  path: '1',
                  propertyChangeType: 'Modify',
                  children: [{ path: 'name', propertyChangeType: 'Modify', before: 'a', after: 'b' }],
                },
              ],
            },
            { path: 'properties.provisioningState', propertyChangeType: 'NoEffect', after: 'Succeeded' },
            { path: 'tags.aifactory-hash', propertyChangeType: 'Modify', before: 'x', after: 'y' },
          ],
        }),
        'vnet',
      ),
    ).toEqual([
      {
        resource: 'vnet',
        path: 'properties.addressSpace.addressPrefixes[0]',
        kind: 'delete',
        before: '10.0.0.0/16',
      },
      {
        resource: 'vnet',
        path: 'properties.addressSpace.addressPrefixes[0]',
        kind: 'create',
        after: '10.0.0.0/15',
      },
      { resource: 'vnet', path: 'properties.subnets[1].name', kind: 'modify', before: 'a', after: 'b' },
    ]);
  });

  test('whole-resource answers: create, delete, redeploy, unsupported; nothing for NoChange and Ignore', () => {
    expect(toPropertyChanges(change({ changeType: 'Create' }), 'pe')).toEqual([
      { resource: 'pe', path: '', kind: 'create' },
    ]);
    expect(toPropertyChanges(change({ changeType: 'Delete' }), 'pe')).toEqual([
      { resource: 'pe', path: '', kind: 'delete' },
    ]);
    expect(toPropertyChanges(change({ changeType: 'Deploy' }), 'x')[0].after).toMatch(/redeployed/);
    expect(
      toPropertyChanges(change({ changeType: 'Unsupported', unsupportedReason: 'nested template' }), 'x')[0]
        .after,
    ).toBe('(what-if does not support this resource: nested template)');
    expect(toPropertyChanges(change({ changeType: 'NoChange' }), 'x')).toEqual([]);
    expect(toPropertyChanges(change({ changeType: 'Ignore' }), 'x')).toEqual([]);
    const text = renderText(planWith('x', [{ resource: 'pe', path: '', kind: 'create' }]), { color: false });
    expect(text).toContain('+ pe (whole resource)');
  });

  test("the emulator's delta has ARM's shape: dotted leaf paths, arrays as Array with indexed children", () => {
    expect(
      diff(
        { sku: { name: 'basic' }, properties: { prefixes: ['a', 'b'], rules: [{ n: 1, v: 'x' }] } },
        { sku: { name: 'standard' }, properties: { prefixes: ['a', 'c', 'b'], rules: [{ n: 1, v: 'y' }] } },
        '',
      ),
    ).toEqual([
      {
        path: 'properties.prefixes',
        propertyChangeType: 'Array',
        children: [{ path: '1', propertyChangeType: 'Create', after: 'c' }],
      },
      {
        path: 'properties.rules',
        propertyChangeType: 'Array',
        children: [
          {
            path: '0',
            propertyChangeType: 'Modify',
            children: [{ path: 'v', propertyChangeType: 'Modify', before: 'x', after: 'y' }],
          },
        ],
      },
      { path: 'sku.name', propertyChangeType: 'Modify', before: 'basic', after: 'standard' },
    ]);
  });
});

function withResources(
  desired: DesiredState,
  service: string,
  edit: (rs: DesiredResource[]) => DesiredResource[],
): DesiredState {
  return {
    ...desired,
    services: desired.services.map((s) => (s.id === service ? { ...s, resources: edit(s.resources) } : s)),
  };
}

/** A one-action plan to render a list of changes. */
function planWith(service: string, changes: Plan['actions'][number]['changes']): Plan {
  return {
    schemaVersion: 1,
    tool: { name: 'aifactory-flags', version: '0' },
    project: 'prj007',
    environment: 'dev',
    subscriptionId: 's',
    location: 'swedencentral',
    fingerprint: 'sha256:0',
    inputs: { config: '', observed: '', options: '' },
    summary: { create: 0, update: 1, delete: 0, noop: 0, blocked: 0 },
    estimatedSeconds: 0,
    criticalPath: [],
    actions: [
      {
        service,
        title: service,
        action: 'update',
        reason: 'r',
        dependsOn: [],
        estimatedSeconds: 0,
        protected: false,
        dataBearing: false,
        resources: [],
        changes,
      },
    ],
    blocked: [],
    conflicts: [],
    subnets: [],
    diagnostics: [],
  } as unknown as Plan;
}
