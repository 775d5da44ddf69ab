// Access by persona: the Entra groups an environment lists under `personas` get the catalog's built-in roles on
// the services that are on — as role assignments with deterministic names, only in that environment, added and
// removed with the services they grant access to.
import { catalog } from '../../src/core/catalog/index.js';
import { personas } from '../../src/core/catalog/personas.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildPlan } from '../../src/core/plan.js';
import { observeScope } from '../../src/core/scope.js';
import type { DesiredResource, DesiredState, ProjectConfig } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';
import { observedAfterApply } from './support/observed-after-apply.js';
import { actionOf } from './support/plan.js';
import { SUBSCRIPTION, flagsFor, parseProject, projectYaml, requiredOptions } from './support/project.js';

const DATA_SCIENTISTS = ['0a0a0a0a-0000-4000-8000-000000000001', '0a0a0a0a-0000-4000-8000-000000000002'];
const READERS = ['0b0b0b0b-0000-4000-8000-000000000003'];
const DEVELOPERS = ['0c0c0c0c-0000-4000-8000-000000000004'];
const ALL_GROUPS = [...DATA_SCIENTISTS, ...READERS, ...DEVELOPERS];

function project(
  on: string[],
  devPersonas: Record<string, string[]> = { dataScientists: DATA_SCIENTISTS, readers: READERS },
): ProjectConfig {
  const { flags, on: all } = flagsFor(on, 'genai-1');
  return parseProject(
    projectYaml({
      architecture: 'genai-1',
      mode: 'standalone',
      flags,
      services: requiredOptions(all),
      environments: {
        dev: { addressSpace: '172.16.0.0/20', personas: devPersonas },
        prod: {
          addressSpace: '172.20.0.0/20',
          subscriptionId: '33333333-3333-3333-3333-333333333333',
          personas: { developers: DEVELOPERS },
        },
      },
    }),
  );
}

function plan(
  config: ProjectConfig,
  env = 'dev',
  observed = emptyObserved(SUBSCRIPTION),
  allow: string[] = [],
) {
  return buildPlan(config, env, catalog, observed, { allowDestroy: allow });
}

/** Role assignments to groups: service → "role on resource for group". */
function groupGrants(desired: DesiredState): DesiredResource[] {
  return desired.services
    .flatMap((s) => s.resources)
    .filter(
      (r) =>
        r.role === 'roleAssignment' &&
        (r.body.properties as { principalType?: string }).principalType === 'Group',
    );
}

const describeGrant = (r: DesiredResource) => {
  const p = r.body.properties as { roleDefinitionId: string; principalId: string };
  return `${r.service} ${p.roleDefinitionId.split('/').pop()} ${p.principalId}`;
};

describe('persona role assignments', () => {
  const config = project(['azureML', 'cosmosDb']);
  const dev = plan(config).desired;

  it('gives every listed group of a persona each of its roles on the services that are on, and nothing else', () => {
    const on = new Set(dev.services.map((s) => s.id));
    const expected = Object.entries({ dataScientists: DATA_SCIENTISTS, readers: READERS }).flatMap(
      ([persona, groups]) =>
        personas[persona]
          .filter((g) => on.has(g.scope.service))
          .flatMap((g) => groups.map((group) => `${g.scope.service} ${g.roleDefinitionId} ${group}`)),
    );
    expect(groupGrants(dev).map(describeGrant).sort()).toEqual([...new Set(expected)].sort());
    // Grants on services that are off (azureOpenAI, dataLake, …) are simply absent.
    expect(groupGrants(dev).some((r) => !on.has(r.service))).toBe(false);
  });

  it('scopes each assignment to the service resource with the built-in role id, to a group', () => {
    for (const r of groupGrants(dev)) {
      const target = dev.services.find((s) => s.id === r.service)!.resources.find((x) => x.id === r.scope);
      expect(target).toBeDefined();
      expect(r.body.properties).toMatchObject({
        roleDefinitionId: expect.stringMatching(
          new RegExp(
            `^/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/[0-9a-f-]{36}$`,
          ),
        ),
        principalType: 'Group',
      });
      expect(r.name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(r.dependsOn).toContain(r.scope);
    }
    const aml = groupGrants(dev)
      .filter((r) => r.service === 'azureML')
      .map(describeGrant);
    expect(aml).toContain(`azureML f6c7c914-8db3-469d-8ca1-694a8f32e121 ${DATA_SCIENTISTS[0]}`); // AzureML Data Scientist
    expect(aml).toContain(`azureML acdd72a7-3385-48ef-bd42-f606fba81ae7 ${READERS[0]}`); // Reader
  });

  it('names them deterministically: the same GUIDs on every plan, whatever else changes', () => {
    const again = plan(project(['azureML', 'cosmosDb'])).desired;
    expect(groupGrants(again).map((r) => r.id)).toEqual(groupGrants(dev).map((r) => r.id));
    const more = plan(project(['azureML', 'cosmosDb', 'speech', 'containerApps'])).desired;
    const ids = new Set(groupGrants(more).map((r) => r.id));
    for (const r of groupGrants(dev)) expect(ids.has(r.id)).toBe(true);
    const reordered = plan(
      project(['azureML', 'cosmosDb'], { readers: READERS, dataScientists: [...DATA_SCIENTISTS].reverse() }),
    ).desired;
    expect(
      groupGrants(reordered)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      groupGrants(dev)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('exist only in the environment that lists the groups', () => {
    const prod = plan(config, 'prod', emptyObserved('33333333-3333-3333-3333-333333333333')).desired;
    const principals = new Set(
      groupGrants(prod).map((r) => (r.body.properties as { principalId: string }).principalId),
    );
    expect([...principals]).toEqual(DEVELOPERS);
    const devPrincipals = new Set(
      groupGrants(dev).map((r) => (r.body.properties as { principalId: string }).principalId),
    );
    expect(devPrincipals.has(DEVELOPERS[0])).toBe(false);
    for (const id of groupGrants(prod).map((r) => r.id))
      expect(groupGrants(dev).some((r) => r.id === id)).toBe(false);
  });

  it('come with a service that is switched on: part of its create', () => {
    const before = plan(project(['cosmosDb']));
    const observed = observedAfterApply(before.desired, observeScope(config, 'dev', catalog));
    const after = plan(config, 'dev', observed);
    const create = actionOf(after.plan, 'azureML');
    expect(create.action).toBe('create');
    const ids = new Set(create.resources.map((r) => r.id));
    for (const r of groupGrants(after.desired).filter((x) => x.service === 'azureML'))
      expect(ids.has(r.id)).toBe(true);
  });

  it('go with a service that is switched off: removed first in its delete', () => {
    const withSpeech = project(['azureML', 'cosmosDb', 'speech']);
    const before = plan(withSpeech);
    const observed = observedAfterApply(before.desired, observeScope(config, 'dev', catalog));
    const after = plan(config, 'dev', observed, ['all']);
    const remove = actionOf(after.plan, 'speech');
    expect(remove.action).toBe('delete');
    const grants = groupGrants(before.desired).filter((r) => r.service === 'speech');
    expect(grants.length).toBe(DATA_SCIENTISTS.length); // Cognitive Services User for each data scientist group
    expect(remove.cleanup?.[0]).toEqual({
      step: 'roleAssignments',
      resourceIds: expect.arrayContaining(grants.map((r) => r.id)),
    });
    // What survives keeps its assignments: none of the remaining services' grants is touched.
    for (const r of groupGrants(after.desired)) expect(r.service).not.toBe('speech');
  });

  it('a group taken off a persona changes the services it had roles on (update), nothing else', () => {
    const before = plan(config);
    const observed = observedAfterApply(before.desired, observeScope(config, 'dev', catalog));
    const fewer = project(['azureML', 'cosmosDb'], { dataScientists: DATA_SCIENTISTS, readers: [] });
    const after = plan(fewer, 'dev', observed).plan;
    const readerServices = new Set(
      groupGrants(before.desired)
        .filter((r) => (r.body.properties as { principalId: string }).principalId === READERS[0])
        .map((r) => r.service),
    );
    const changed = after.actions.filter((a) => a.action !== 'noop');
    expect(changed.map((a) => a.service).sort()).toEqual([...readerServices].sort());
    expect(changed.every((a) => a.action === 'update')).toBe(true);
  });

  it('an unknown persona is a config error with a did-you-mean and the valid personas', () => {
    const text = projectYaml({
      architecture: 'genai-1',
      mode: 'standalone',
      environments: { dev: { addressSpace: '172.16.0.0/20', personas: { dataScientist: ALL_GROUPS } } },
    });
    const errors = parseConfig(text, 'aifactory.yaml', catalog).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'config.unknown-persona',
        hint: expect.stringMatching(/did you mean 'dataScientists'\?.*dataScientists, developers, readers/),
      }),
    ]);
  });
});
