// Walks a dependency graph the way Terraform's walker does: a node starts the moment every node it depends
// on has succeeded (not level by level), at most `parallelism` at once; a failure skips only the nodes that
// (transitively) depend on it, and independent branches go on. Pure: no timers, the clock is injectable.

export interface WalkNode {
  id: string;
  dependsOn: string[];
}

export type WalkOutcome = 'succeeded' | 'failed' | 'skipped';

export type WalkEvent =
  | { kind: 'start'; id: string; at: number; running: number; done: number; total: number }
  | {
      kind: 'finish';
      id: string;
      outcome: 'succeeded' | 'failed';
      at: number;
      /** Seconds this node took. */
      seconds: number;
      /** Seconds since the walk started. */
      elapsed: number;
      done: number;
      total: number;
      /** Seconds still expected, from the estimates of what is left; undefined without estimates. */
      etaSeconds?: number;
      error?: unknown;
    }
  | { kind: 'skip'; id: string; because: string[]; at: number; done: number; total: number };

export interface WalkNodeResult<T> {
  id: string;
  outcome: WalkOutcome;
  value?: T;
  error?: unknown;
  /** For skipped nodes: the failed node(s) upstream that caused the skip. */
  skippedBecause?: string[];
  /** Clock readings (ms) when it started and ended; absent for skipped nodes. */
  startedAt?: number;
  endedAt?: number;
  seconds: number;
}

export interface WalkResult<T> {
  ok: boolean;
  /** Every node, in input order. */
  nodes: WalkNodeResult<T>[];
  seconds: number;
  /** Most nodes that ran at the same time. */
  peakParallelism: number;
}

export interface WalkOptions {
  parallelism: number;
  onEvent?: (e: WalkEvent) => void;
  /** Milliseconds; defaults to Date.now. */
  now?: () => number;
  /** Expected seconds of a node, for the ETA. */
  estimate?: (id: string) => number;
}

/** Rejected before anything runs: the graph itself is wrong (a programming error upstream). */
export class GraphError extends Error {
  override name = 'GraphError';
}

export async function walkGraph<T>(
  nodes: WalkNode[],
  run: (id: string) => Promise<T>,
  opts: WalkOptions,
): Promise<WalkResult<T>> {
  const now = opts.now ?? Date.now;
  const parallelism = Math.max(1, Math.floor(opts.parallelism) || 1);
  checkGraph(nodes);

  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const dependents = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) for (const d of new Set(n.dependsOn)) dependents.get(d)!.push(n.id);
  const waitingOn = new Map(nodes.map((n) => [n.id, new Set(n.dependsOn)]));
  const results = new Map<string, WalkNodeResult<T>>();
  const skipCauses = new Map<string, Set<string>>();
  const ready: string[] = nodes.filter((n) => n.dependsOn.length === 0).map((n) => n.id);
  const running = new Map<string, number>(); // id → start time
  const total = nodes.length;
  const startedAt = now();
  let peak = 0;

  const emit = (e: WalkEvent) => {
    try {
      opts.onEvent?.(e);
    } catch {
      // A broken progress listener must not break the walk.
    }
  };

  const eta = (at: number): number | undefined => {
    if (!opts.estimate) return undefined;
    return remainingCriticalPath(nodes, results, running, at, opts.estimate, parallelism);
  };

  const skipDownstream = (failed: string, causes: Set<string>, at: number) => {
    const queue = [...dependents.get(failed)!];
    while (queue.length > 0) {
      const id = queue.shift()!;
      const set = skipCauses.get(id) ?? new Set<string>();
      for (const c of causes) set.add(c);
      skipCauses.set(id, set);
      if (results.has(id)) continue;
      results.set(id, { id, outcome: 'skipped', skippedBecause: [...set], seconds: 0 });
      emit({ kind: 'skip', id, because: [...set], at, done: results.size, total });
      queue.push(...dependents.get(id)!);
    }
  };

  await new Promise<void>((resolve) => {
    const pump = () => {
      // Input order among ready nodes keeps runs deterministic.
      ready.sort((a, b) => index.get(a)! - index.get(b)!);
      while (running.size < parallelism && ready.length > 0) {
        const id = ready.shift()!;
        if (results.has(id)) continue;
        const at = now();
        running.set(id, at);
        peak = Math.max(peak, running.size);
        emit({ kind: 'start', id, at, running: running.size, done: results.size, total });
        let promise: Promise<T>;
        try {
          promise = Promise.resolve(run(id));
        } catch (error) {
          promise = Promise.reject(error);
        }
        promise.then(
          (value) => finish(id, 'succeeded', value, undefined),
          (error: unknown) => finish(id, 'failed', undefined, error),
        );
      }
      if (running.size === 0 && results.size === total) resolve();
    };

    const finish = (id: string, outcome: 'succeeded' | 'failed', value: T | undefined, error: unknown) => {
      const began = running.get(id)!;
      running.delete(id);
      const at = now();
      const seconds = (at - began) / 1000;
      const result: WalkNodeResult<T> = { id, outcome, startedAt: began, endedAt: at, seconds };
      if (outcome === 'succeeded') result.value = value;
      else result.error = error;
      results.set(id, result);
      if (outcome === 'succeeded') {
        for (const d of dependents.get(id)!) {
          const waits = waitingOn.get(d)!;
          waits.delete(id);
          if (waits.size === 0 && !results.has(d)) ready.push(d);
        }
      } else {
        skipDownstream(id, new Set([id]), at);
      }
      emit({
        kind: 'finish',
        id,
        outcome,
        at,
        seconds,
        elapsed: (at - startedAt) / 1000,
        done: results.size,
        total,
        etaSeconds: eta(at),
        ...(outcome === 'failed' ? { error } : {}),
      });
      pump();
    };

    pump();
  });

  const ordered = nodes.map((n) => results.get(n.id)!);
  return {
    ok: ordered.every((r) => r.outcome === 'succeeded'),
    nodes: ordered,
    seconds: (now() - startedAt) / 1000,
    peakParallelism: peak,
  };
}

function checkGraph(nodes: WalkNode[]): void {
  const ids = new Set<string>();
  for (const n of nodes) {
    if (ids.has(n.id)) throw new GraphError(`node '${n.id}' appears twice`);
    ids.add(n.id);
  }
  for (const n of nodes)
    for (const d of n.dependsOn)
      if (!ids.has(d)) throw new GraphError(`node '${n.id}' depends on '${d}', which is not in the graph`);
  // Kahn's algorithm: whatever never becomes free sits on a cycle (or behind one).
  const indegree = new Map(nodes.map((n) => [n.id, new Set(n.dependsOn).size]));
  const dependents = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const n of nodes) for (const d of new Set(n.dependsOn)) dependents.get(d)!.push(n.id);
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  let seen = 0;
  while (queue.length > 0) {
    const id = queue.shift()!;
    seen++;
    for (const d of dependents.get(id)!) {
      const left = indegree.get(d)! - 1;
      indegree.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  if (seen < nodes.length) {
    const stuck = nodes.filter((n) => indegree.get(n.id)! > 0).map((n) => n.id);
    throw new GraphError(`the graph has a cycle among: ${stuck.join(', ')}`);
  }
}

/**
 * Seconds still expected: the longer of the remaining critical path (running nodes count with what is left
 * of their estimate) and the remaining work spread over the allowed parallelism.
 */
function remainingCriticalPath<T>(
  nodes: WalkNode[],
  results: Map<string, WalkNodeResult<T>>,
  running: Map<string, number>,
  at: number,
  estimate: (id: string) => number,
  parallelism: number,
): number {
  const left = new Map<string, number>();
  for (const n of nodes) {
    if (results.has(n.id)) continue;
    const est = Math.max(0, estimate(n.id) || 0);
    const began = running.get(n.id);
    left.set(n.id, began === undefined ? est : Math.max(0, est - (at - began) / 1000));
  }
  const finishAt = new Map<string, number>();
  // Nodes are checked acyclic; memoised DFS over the unfinished ones.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const visit = (id: string): number => {
    const known = finishAt.get(id);
    if (known !== undefined) return known;
    let start = 0;
    for (const d of byId.get(id)!.dependsOn) if (left.has(d)) start = Math.max(start, visit(d));
    const end = start + left.get(id)!;
    finishAt.set(id, end);
    return end;
  };
  let longest = 0;
  let sum = 0;
  for (const id of left.keys()) {
    longest = Math.max(longest, visit(id));
    sum += left.get(id)!;
  }
  return Math.max(longest, sum / parallelism);
}
