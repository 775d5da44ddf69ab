// Random projects over the real catalog: any subset of add-ons (closed under requires, options filled), any
// architecture, network mode, prefix, number, scale set and region plans without errors or cycles, with valid
// names and non-overlapping subnets inside the address space. And without an apply: what subset A left in Azure,
// planned as subset B, deletes exactly A\B, dependents first, blocked exactly where data or protect says so.
import fc from 'fast-check';
import { catalog } from '../../src/core/catalog/index.js';
import { buildPlan } from '../../src/core/plan.js';
import type { ObservedState } from '../../src/core/types.js';
import { observeScope } from '../../src/core/scope.js';
import { emptyObserved } from '../core/fixtures.js';
import { observedAfterApply } from './support/observed-after-apply.js';
import {
  FOREIGN_SUBNET_NAME,
  foreignSubnets,
  projectBase,
  randomProject,
  serviceOptions,
  specFor,
} from './support/arbitraries.js';
import { deleteProblems, firstAction, planProblems } from './support/invariants.js';
import { SUBSCRIPTION, addOns, flagsFor, parseProject, projectYaml } from './support/project.js';

function withSubnets(observed: ObservedState, subnets: ObservedState['subnets']): ObservedState {
  return { ...observed, subnets: [...subnets, ...observed.subnets] };
}

describe('random combinations of add-ons', () => {
  it('plan from nothing: no errors, no cycle, valid names, subnets inside the space and apart', () => {
    fc.assert(
      fc.property(randomProject, ({ spec, env, picked, foreignSubnets: foreign }) => {
        const config = parseProject(projectYaml(spec));
        const observed = withSubnets(emptyObserved(SUBSCRIPTION), foreign);
        const { plan, desired } = buildPlan(config, env, catalog, observed, { allowDestroy: [] });
        expect(planProblems(plan, desired, config, env, observed)).toEqual([]);
        for (const id of picked)
          expect(plan.actions.find((a) => a.service === id)?.action).toBe(firstAction(desired, id));
        for (const a of plan.actions)
          expect(`${a.service}: ${a.action}`).toBe(`${a.service}: ${firstAction(desired, a.service)}`);
      }),
      { numRuns: 60 },
    );
  });

  const switchover = projectBase.chain((base) => {
    const pool = addOns(base.architecture, base.mode);
    return fc.record({
      base: fc.constant(base),
      a: fc.subarray(pool),
      b: fc.subarray(pool),
      protect: fc.subarray(pool, { maxLength: 4 }),
      allow: fc.oneof(
        fc.constant<string[]>([]),
        fc.constant<string[]>(['all']),
        fc.subarray(pool, { maxLength: 6 }),
      ),
      options: serviceOptions(catalog.services.map((s) => s.id)),
    });
  });

  it('plan from what subset A left, as subset B: deletes A\\B dependents first, blocked exactly where it must be', () => {
    fc.assert(
      fc.property(switchover, ({ base, a, b, protect, allow, options }) => {
        const foreign = foreignSubnets(base);
        const build = (picked: string[]) => {
          const on = flagsFor(picked, base.architecture).on;
          const mine = Object.fromEntries(Object.entries(options).filter(([id]) => on.includes(id)));
          return parseProject(projectYaml({ ...specFor(base, picked, mine), protect }));
        };
        const configA = build(a);
        const before = buildPlan(
          configA,
          base.env,
          catalog,
          withSubnets(emptyObserved(SUBSCRIPTION), foreign),
          {
            allowDestroy: [],
          },
        );
        expect(planProblems(before.plan, before.desired, configA, base.env)).toEqual([]);

        const configB = build(b);
        const observed = withSubnets(
          observedAfterApply(before.desired, observeScope(configB, base.env, catalog)),
          foreign,
        );
        const { plan, desired } = buildPlan(configB, base.env, catalog, observed, { allowDestroy: allow });
        expect(planProblems(plan, desired, configB, base.env, observed)).toEqual([]);
        expect(deleteProblems(plan, before.desired, desired, configB, allow)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('a re-plan of what was just applied changes nothing', () => {
    fc.assert(
      fc.property(randomProject, ({ spec, env }) => {
        const config = parseProject(projectYaml(spec));
        const first = buildPlan(config, env, catalog, emptyObserved(SUBSCRIPTION), { allowDestroy: [] });
        const observed = observedAfterApply(first.desired, observeScope(config, env, catalog));
        const again = buildPlan(config, env, catalog, observed, { allowDestroy: [] });
        expect(
          again.plan.actions.filter((x) => x.action !== 'noop').map((x) => `${x.service}: ${x.action}`),
        ).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('a foreign subnet never carries our naming pattern', () => {
    fc.assert(
      fc.property(projectBase, (base) => {
        for (const s of foreignSubnets({ ...base, foreign: true, mode: 'hub-spoke' }))
          expect(s.name).not.toMatch(/^snt-prj\d+-/);
      }),
    );
    expect(FOREIGN_SUBNET_NAME).not.toMatch(/^snt-/);
  });
});

describe('a foreign subnet under one of our names', () => {
  it('is the subnets.name-taken error, naming the subnet and the services that need it', () => {
    const spec = specFor(
      {
        architecture: 'genai-1',
        mode: 'hub-spoke',
        prefix: 'acme',
        number: 999,
        scaleSet: '001',
        location: 'swedencentral',
        env: 'dev',
        addressSpace: '172.16.0.0/20',
        foreign: true,
      },
      [],
      {},
    );
    const config = parseProject(projectYaml(spec));
    const observed = withSubnets(emptyObserved(SUBSCRIPTION), [
      { name: 'snt-prj999-genai', addressPrefix: '172.16.0.0/24', foreign: true },
    ]);
    const { plan } = buildPlan(config, 'dev', catalog, observed, { allowDestroy: [] });
    expect(plan.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'subnets.name-taken',
        message: expect.stringContaining('snt-prj999-genai'),
      }),
    );
  });
});
