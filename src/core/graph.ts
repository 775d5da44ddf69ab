// The dependency graph as data: create order, delete order, cycles and the critical path.
// Every result is deterministic for the same input, so two hosts given the same config print the same plan.

/** node → the nodes it depends on (they must be created before it). */
export type Deps = Map<string, string[]>;

export type TopoResult = { order: string[] } | { cycle: string[] };

/**
 * Create order (dependencies first) by Kahn's algorithm; when several nodes are ready, the one earliest in
 * `nodes` goes first. Edges to nodes not in `nodes` are ignored (a service that is off is no prerequisite).
 * On a cycle, returns its exact members as `a → b → … → a` (a depends on b, …, the last depends on a),
 * starting at the member that comes first in `nodes`.
 */
export function topoOrder(nodes: string[], deps: Deps): TopoResult {
  return kahn(nodes, (n) => deps.get(n) ?? []);
}

/**
 * Delete order: dependents first (a node goes only after everything that depends on it has gone); ties broken
 * by input order. A cycle is reported in the same direction as `topoOrder` does.
 */
export function reverseTopoOrder(nodes: string[], deps: Deps): TopoResult {
  const result = topoOrder(nodes, deps);
  if ('cycle' in result) return result;
  const dependents = reverseDeps(deps);
  return kahn(nodes, (n) => dependents.get(n) ?? []);
}

/** The graph with every edge turned around: node → the nodes that depend on it (in `deps` key order). */
export function reverseDeps(deps: Deps): Deps {
  const out: Deps = new Map();
  for (const [node, needs] of deps) {
    for (const need of needs) {
      const list = out.get(need) ?? [];
      if (!list.includes(node)) list.push(node);
      out.set(need, list);
    }
  }
  return out;
}

/** Every node that depends on `id`, directly or through others (not `id` itself unless on a cycle). */
export function transitiveDependents(id: string, deps: Deps): string[] {
  return reachable(id, reverseDeps(deps));
}

/** Every node `id` depends on, directly or through others. */
export function transitiveDependencies(id: string, deps: Deps): string[] {
  return reachable(id, deps);
}

/**
 * The longest chain of dependent nodes by `seconds`: the lower bound of the time to run `order` with unbounded
 * parallelism. `order` must be a topological order (dependencies first); the path is returned in that
 * direction. Ties go to the node earliest in `order`.
 */
export function criticalPath(
  order: string[],
  deps: Deps,
  seconds: (n: string) => number,
): { seconds: number; path: string[] } {
  const position = new Map(order.map((n, i) => [n, i]));
  const finish = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  for (const node of order) {
    let best: string | undefined;
    let bestFinish = 0;
    for (const need of deps.get(node) ?? []) {
      const f = finish.get(need);
      if (f === undefined) continue; // not in the order, or (with a bad order) not yet placed
      if (
        best === undefined ||
        f > bestFinish ||
        (f === bestFinish && position.get(need)! < position.get(best)!)
      ) {
        best = need;
        bestFinish = f;
      }
    }
    finish.set(node, bestFinish + Math.max(0, seconds(node)));
    via.set(node, best);
  }
  let end: string | undefined;
  let total = 0;
  for (const node of order) {
    const f = finish.get(node)!;
    if (end === undefined || f > total) {
      end = node;
      total = f;
    }
  }
  const path: string[] = [];
  for (let n = end; n !== undefined; n = via.get(n)) path.push(n);
  return { seconds: total, path: path.reverse() };
}

/** Formats a cycle from `topoOrder` for messages: `a → b → a`. */
export function formatCycle(cycle: string[]): string {
  return cycle.join(' → ');
}

function kahn(nodes: string[], needsOf: (n: string) => string[]): TopoResult {
  const unique = [...new Set(nodes)];
  const index = new Map(unique.map((n, i) => [n, i]));
  const remaining = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const node of unique) {
    const needs = [...new Set(needsOf(node))].filter((d) => index.has(d));
    remaining.set(node, needs.length);
    for (const need of needs) {
      const list = dependents.get(need) ?? [];
      list.push(node);
      dependents.set(need, list);
    }
  }
  const ready = new MinHeap();
  for (const node of unique) if (remaining.get(node) === 0) ready.push(index.get(node)!);
  const order: string[] = [];
  while (ready.size > 0) {
    const node = unique[ready.pop()];
    order.push(node);
    for (const dependent of dependents.get(node) ?? []) {
      const left = remaining.get(dependent)! - 1;
      remaining.set(dependent, left);
      if (left === 0) ready.push(index.get(dependent)!);
    }
  }
  if (order.length === unique.length) return { order };
  const stuck = new Set(unique.filter((n) => remaining.get(n)! > 0));
  return { cycle: findCycle(unique, stuck, (n) => needsOf(n).filter((d) => stuck.has(d))) };
}

/**
 * Every node left over by Kahn either sits on a cycle or depends on one, so walking "depends on" edges inside
 * the left-over set must come back to a node already seen. The walk starts at the earliest left-over node
 * and always takes its earliest left-over dependency, which keeps the reported cycle deterministic.
 */
function findCycle(nodes: string[], stuck: Set<string>, needsOf: (n: string) => string[]): string[] {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const byInputOrder = (a: string, b: string) => index.get(a)! - index.get(b)!;
  const start = nodes.find((n) => stuck.has(n))!;
  const seenAt = new Map<string, number>();
  const walk: string[] = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, walk.length);
    walk.push(current);
    current = [...needsOf(current)].sort(byInputOrder)[0];
  }
  const cycle = walk.slice(seenAt.get(current)!);
  // Rotate so the cycle starts at its member earliest in the input: the same cycle always reads the same.
  const first = cycle.reduce((a, b) => (index.get(b)! < index.get(a)! ? b : a));
  const at = cycle.indexOf(first);
  const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
  return [...rotated, rotated[0]];
}

function reachable(id: string, edges: Deps): string[] {
  const seen = new Set<string>();
  const queue = [...(edges.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(edges.get(next) ?? []));
  }
  return [...seen];
}

/** A binary min-heap of input positions: the ready node earliest in the input comes out first. */
class MinHeap {
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): number {
    const a = this.items;
    const top = a[0];
    const lastItem = a.pop()!;
    if (a.length > 0) {
      a[0] = lastItem;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < a.length && a[l] < a[smallest]) smallest = l;
        if (r < a.length && a[r] < a[smallest]) smallest = r;
        if (smallest === i) break;
        [a[smallest], a[i]] = [a[i], a[smallest]];
        i = smallest;
      }
    }
    return top;
  }
}
