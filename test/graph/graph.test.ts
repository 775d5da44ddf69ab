import fc from 'fast-check';
import {
  criticalPath,
  formatCycle,
  reverseDeps,
  reverseTopoOrder,
  topoOrder,
  transitiveDependencies,
  transitiveDependents,
  type Deps,
} from '../../src/core/graph.js';

const deps = (entries: Record<string, string[]>): Deps => new Map(Object.entries(entries));

function orderOf(result: ReturnType<typeof topoOrder>): string[] {
  if (!('order' in result)) throw new Error(`unexpected cycle ${result.cycle.join(' → ')}`);
  return result.order;
}

function cycleOf(result: ReturnType<typeof topoOrder>): string[] {
  if (!('cycle' in result)) throw new Error(`expected a cycle, got order ${result.order.join(', ')}`);
  return result.cycle;
}

describe('topoOrder', () => {
  const baseline = deps({
    resourceGroups: [],
    managedIdentity: ['resourceGroups'],
    network: ['resourceGroups'],
    logAnalytics: ['resourceGroups'],
    appInsights: ['logAnalytics'],
    keyVault: ['network', 'managedIdentity'],
    storage: ['network'],
    aiFoundry: ['keyVault', 'storage', 'appInsights'],
  });

  it('puts dependencies first and breaks ties by input order', () => {
    const nodes = [
      'aiFoundry',
      'storage',
      'keyVault',
      'appInsights',
      'logAnalytics',
      'network',
      'managedIdentity',
      'resourceGroups',
    ];
    expect(orderOf(topoOrder(nodes, baseline))).toEqual([
      'resourceGroups',
      'logAnalytics', // ready together with network and managedIdentity, earliest in the input
      'appInsights', // becomes ready and precedes network in the input
      'network',
      'storage',
      'managedIdentity',
      'keyVault',
      'aiFoundry',
    ]);
  });

  it('keeps the input order when there are no edges', () => {
    expect(orderOf(topoOrder(['c', 'a', 'b'], new Map()))).toEqual(['c', 'a', 'b']);
  });

  it('ignores edges to nodes that are not in the graph', () => {
    expect(orderOf(topoOrder(['b', 'a'], deps({ a: ['off'], b: ['a'] })))).toEqual(['a', 'b']);
  });

  it('lists duplicate nodes once', () => {
    expect(orderOf(topoOrder(['a', 'b', 'a'], deps({ b: ['a', 'a'] })))).toEqual(['a', 'b']);
  });

  it('returns an empty order for an empty graph', () => {
    expect(orderOf(topoOrder([], new Map()))).toEqual([]);
  });

  it('reports a self-dependency as a cycle of one', () => {
    expect(cycleOf(topoOrder(['a', 'b'], deps({ b: ['b'] })))).toEqual(['b', 'b']);
  });

  it('reports a cycle of two', () => {
    expect(cycleOf(topoOrder(['x', 'a', 'b'], deps({ a: ['b'], b: ['a'] })))).toEqual(['a', 'b', 'a']);
  });

  it('names only the members of the cycle, not the nodes that merely depend on it', () => {
    const graph = deps({ top: ['a'], a: ['b'], b: ['c'], c: ['a'], other: [] });
    const cycle = cycleOf(topoOrder(['top', 'other', 'a', 'b', 'c'], graph));
    expect(cycle).toEqual(['a', 'b', 'c', 'a']);
    expect(formatCycle(cycle)).toBe('a → b → c → a');
  });

  it('starts the cycle at the member earliest in the input', () => {
    const graph = deps({ a: ['b'], b: ['c'], c: ['a'] });
    expect(cycleOf(topoOrder(['c', 'b', 'a'], graph))).toEqual(['c', 'a', 'b', 'c']);
  });

  it.each([1, 2, 3, 5, 8, 20])(
    'finds the exact members of a cycle of length %i inside a larger graph',
    (n) => {
      const members = Array.from({ length: n }, (_, i) => `m${i}`);
      const graph: Deps = new Map();
      members.forEach((m, i) => graph.set(m, [members[(i + 1) % n]]));
      graph.set('root', []);
      graph.set('leaf', ['m0', 'root']);
      const result = cycleOf(topoOrder(['root', 'leaf', ...members], graph));
      expect(result).toEqual([...members, 'm0']);
    },
  );

  it('property: any DAG yields an order with every dependency first, deterministically', () => {
    fc.assert(
      fc.property(dagArbitrary(), ({ nodes, graph }) => {
        const first = orderOf(topoOrder(nodes, graph));
        expect(orderOf(topoOrder(nodes, graph))).toEqual(first);
        expect([...first].sort()).toEqual([...nodes].sort());
        const at = new Map(first.map((n, i) => [n, i]));
        for (const [node, needs] of graph)
          for (const need of needs) expect(at.get(need)!).toBeLessThan(at.get(node)!);
      }),
    );
  });

  it('property: adding a back edge yields a cycle whose consecutive members are real edges', () => {
    fc.assert(
      fc.property(dagArbitrary(), fc.nat(), ({ nodes, graph }, pick) => {
        const edges = [...graph].flatMap(([n, needs]) => needs.map((d) => [n, d] as const));
        fc.pre(edges.length > 0);
        const [from, to] = edges[pick % edges.length];
        const withBack = new Map([...graph].map(([k, v]) => [k, [...v]]));
        withBack.get(to)!.push(from);
        const cycle = cycleOf(topoOrder(nodes, withBack));
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        expect(new Set(cycle.slice(1)).size).toBe(cycle.length - 1);
        for (let i = 0; i + 1 < cycle.length; i++) expect(withBack.get(cycle[i])).toContain(cycle[i + 1]);
      }),
    );
  });
});

describe('reverseTopoOrder (delete order)', () => {
  it('puts dependents first and breaks ties by input order', () => {
    const graph = deps({
      aksForAzureML: ['azureML'],
      azureML: ['storage', 'keyVault'],
      storage: [],
      keyVault: [],
    });
    expect(orderOf(reverseTopoOrder(['storage', 'keyVault', 'azureML', 'aksForAzureML'], graph))).toEqual([
      'aksForAzureML',
      'azureML',
      'storage',
      'keyVault',
    ]);
  });

  it('reports a cycle the same way as the create order does', () => {
    const graph = deps({ a: ['b'], b: ['a'] });
    expect(reverseTopoOrder(['a', 'b'], graph)).toEqual(topoOrder(['a', 'b'], graph));
  });

  it('property: every dependent comes before what it depends on', () => {
    fc.assert(
      fc.property(dagArbitrary(), ({ nodes, graph }) => {
        const order = orderOf(reverseTopoOrder(nodes, graph));
        const at = new Map(order.map((n, i) => [n, i]));
        for (const [node, needs] of graph)
          for (const need of needs) expect(at.get(node)!).toBeLessThan(at.get(need)!);
      }),
    );
  });
});

describe('transitive closure', () => {
  const graph = deps({ a: [], b: ['a'], c: ['b'], d: ['a'], e: [] });

  it('lists every direct and indirect dependent', () => {
    expect(transitiveDependents('a', graph).sort()).toEqual(['b', 'c', 'd']);
    expect(transitiveDependents('c', graph)).toEqual([]);
    expect(transitiveDependents('unknown', graph)).toEqual([]);
  });

  it('lists every direct and indirect dependency', () => {
    expect(transitiveDependencies('c', graph).sort()).toEqual(['a', 'b']);
    expect(transitiveDependencies('a', graph)).toEqual([]);
  });

  it('terminates on cycles', () => {
    const cyclic = deps({ a: ['b'], b: ['a'] });
    expect(transitiveDependents('a', cyclic).sort()).toEqual(['a', 'b']);
  });

  it('reverses edges without duplicates', () => {
    expect(reverseDeps(deps({ b: ['a', 'a'], c: ['a'] }))).toEqual(new Map([['a', ['b', 'c']]]));
  });
});

describe('criticalPath', () => {
  it('finds the longest chain by seconds, not by number of nodes', () => {
    const graph = deps({ rg: [], a: ['rg'], b: ['a'], c: ['b'], slow: ['rg'], end: ['c', 'slow'] });
    const secs: Record<string, number> = { rg: 5, a: 10, b: 10, c: 10, slow: 100, end: 1 };
    const order = orderOf(topoOrder(Object.keys(secs), graph));
    expect(criticalPath(order, graph, (n) => secs[n])).toEqual({ seconds: 106, path: ['rg', 'slow', 'end'] });
  });

  it('breaks ties by order', () => {
    const graph = deps({ a: [], b: [], c: ['b', 'a'] });
    expect(criticalPath(['a', 'b', 'c'], graph, () => 10)).toEqual({ seconds: 20, path: ['a', 'c'] });
  });

  it('handles independent nodes and an empty graph', () => {
    expect(criticalPath(['a', 'b'], new Map(), (n) => (n === 'b' ? 7 : 3))).toEqual({
      seconds: 7,
      path: ['b'],
    });
    expect(criticalPath([], new Map(), () => 1)).toEqual({ seconds: 0, path: [] });
  });

  it('property: the path is a chain of real edges and its seconds add up; no node finishes later', () => {
    fc.assert(
      fc.property(
        dagArbitrary(),
        fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 12, maxLength: 12 }),
        ({ nodes, graph }, secs) => {
          const seconds = (n: string) => secs[Number(n.slice(1)) % secs.length];
          const order = orderOf(topoOrder(nodes, graph));
          const result = criticalPath(order, graph, seconds);
          expect(result.path.reduce((sum, n) => sum + seconds(n), 0)).toBe(result.seconds);
          for (let i = 0; i + 1 < result.path.length; i++)
            expect(graph.get(result.path[i + 1])).toContain(result.path[i]);
          // Brute force: the longest path ending at each node.
          const longest = new Map<string, number>();
          for (const n of order)
            longest.set(n, seconds(n) + Math.max(0, ...(graph.get(n) ?? []).map((d) => longest.get(d)!)));
          expect(result.seconds).toBe(Math.max(0, ...longest.values()));
        },
      ),
    );
  });
});

/** Random DAGs: node i may depend only on nodes with a smaller index; nodes shuffled for the input order. */
function dagArbitrary() {
  return fc
    .integer({ min: 1, max: 12 })
    .chain((n) =>
      fc.record({
        edges: fc.array(fc.array(fc.boolean(), { minLength: n, maxLength: n }), {
          minLength: n,
          maxLength: n,
        }),
        shuffle: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
      }),
    )
    .map(({ edges, shuffle }) => {
      const graph: Deps = new Map();
      edges.forEach((row, i) =>
        graph.set(
          `n${i}`,
          row.slice(0, i).flatMap((on, j) => (on ? [`n${j}`] : [])),
        ),
      );
      return { nodes: shuffle.map((i) => `n${i}`), graph };
    });
}
