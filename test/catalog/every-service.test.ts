// Every add-on of the catalog, switched on alone (with what it requires and its required options) in each
// architecture and each network mode it supports: the config layer accepts the file and the planner turns it
// into a plan without errors or cycles, with valid names, subnets inside the address space that do not overlap,
// and the service itself created after everything it waits for.
import { catalog } from '../../src/core/catalog/index.js';
import { buildPlan } from '../../src/core/plan.js';
import type { Architecture, NetworkMode } from '../../src/core/types.js';
import { emptyObserved } from '../core/fixtures.js';
import { firstAction, planProblems } from './support/invariants.js';
import {
  ARCHITECTURES,
  MODES,
  SUBSCRIPTION,
  addOns,
  flagsFor,
  parseProject,
  projectYaml,
  requiredOptions,
} from './support/project.js';

const cases: [Architecture, NetworkMode, string][] = ARCHITECTURES.flatMap((architecture) =>
  MODES.flatMap((mode) =>
    addOns(architecture, mode).map((id) => [architecture, mode, id] as [Architecture, NetworkMode, string]),
  ),
);

describe('every service enabled alone', () => {
  it('covers every non-baseline service in standalone and hub-spoke where it is available', () => {
    const standalone = new Set(cases.filter(([, m]) => m === 'standalone').map(([, , id]) => id));
    const hubSpoke = new Set(cases.filter(([, m]) => m === 'hub-spoke').map(([, , id]) => id));
    for (const s of catalog.services) {
      if (s.baseline.length === 2) continue;
      expect({ id: s.id, standalone: standalone.has(s.id) }).toEqual({
        id: s.id,
        standalone: !s.modes || s.modes.includes('standalone'),
      });
      expect({ id: s.id, hubSpoke: hubSpoke.has(s.id) }).toEqual({
        id: s.id,
        hubSpoke: !s.modes || s.modes.includes('hub-spoke'),
      });
    }
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)('%s, %s: %s', (architecture, mode, id) => {
    const { flags, on } = flagsFor([id], architecture);
    const text = projectYaml({ architecture, mode, flags, services: requiredOptions(on) });
    const config = parseProject(text);
    const { plan, desired } = buildPlan(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });

    expect(planProblems(plan, desired, config, 'dev')).toEqual([]);
    const action = plan.actions.find((a) => a.service === id);
    expect(action?.action).toBe(firstAction(desired, id));
    for (const a of plan.actions)
      expect(`${a.service}: ${a.action}`).toBe(`${a.service}: ${firstAction(desired, a.service)}`);
    // Everything it requires is in the plan too, and comes first.
    const position = new Map(plan.actions.map((a, i) => [a.service, i]));
    for (const needed of on)
      expect({ needed, planned: position.has(needed) }).toEqual({ needed, planned: true });
    for (const dep of action!.dependsOn) expect(position.get(dep)!).toBeLessThan(position.get(id)!);
  });
});

describe('the invariants catch a broken plan', () => {
  it('reports an action before its dependency, a bad name, overlapping and outside subnets', () => {
    const { flags, on } = flagsFor(['containerApps'], 'genai-1');
    const config = parseProject(
      projectYaml({ architecture: 'genai-1', mode: 'standalone', flags, services: requiredOptions(on) }),
    );
    const { plan, desired } = buildPlan(config, 'dev', catalog, emptyObserved(SUBSCRIPTION), {
      allowDestroy: [],
    });
    const broken = { ...plan, actions: [...plan.actions].reverse() };
    const registry = desired.services.find((s) => s.id === 'containerRegistry')!.resources[0];
    const badDesired = {
      ...desired,
      services: desired.services.map((s) =>
        s.id === 'containerRegistry'
          ? { ...s, resources: [{ ...registry, name: 'acr-With-Hyphens' }, ...s.resources.slice(1)] }
          : s,
      ),
      subnets: [
        ...desired.subnets,
        { ...desired.subnets[0], name: 'copy' },
        { ...desired.subnets[0], name: 'far', prefix: '10.9.0.0/24' },
      ],
    };
    const problems = planProblems(broken, badDesired, config, 'dev').join('\n');
    expect(problems).toMatch(/depends on resourceGroups, which comes later/);
    expect(problems).toMatch(/acr-With-Hyphens/);
    expect(problems).toMatch(/overlap/);
    expect(problems).toMatch(/far 10\.9\.0\.0\/24 is outside/);
  });
});
