import fc from 'fast-check';
import { walkGraph, GraphError, type WalkEvent, type WalkNode } from '../../src/core/executor.js';

const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A random DAG: node i may depend on any node before it; input order shuffled so order is not a hint. */
const dagArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    deps: fc.tuple(
      ...Array.from({ length: n }, (_, i) => fc.subarray(Array.from({ length: i }, (_, j) => j))),
    ),
    fails: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    delays: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    order: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: n, maxLength: n },
    ),
    parallelism: fc.integer({ min: 1, max: 5 }),
  }),
);

describe('walkGraph', () => {
  test('random DAGs: every node ends once, never before its deps, never above the bound', async () => {
    await fc.assert(
      fc.asyncProperty(dagArb, async ({ deps, fails, delays, order, parallelism }) => {
        const nodes: WalkNode[] = order.map((i) => ({ id: `n${i}`, dependsOn: deps[i].map((j) => `n${j}`) }));
        const finished = new Set<string>();
        const started: string[] = [];
        let running = 0;
        let maxRunning = 0;
        const events: WalkEvent[] = [];
        const result = await walkGraph(
          nodes,
          async (id) => {
            const i = Number(id.slice(1));
            for (const d of deps[i]) expect(finished.has(`n${d}`)).toBe(true);
            started.push(id);
            running++;
            maxRunning = Math.max(maxRunning, running);
            await tick(delays[i]);
            running--;
            finished.add(id);
            if (fails[i]) throw new Error(`boom ${id}`);
            return i;
          },
          { parallelism, onEvent: (e) => events.push(e), estimate: () => 1 },
        );
        expect(maxRunning).toBeLessThanOrEqual(parallelism);
        expect(result.peakParallelism).toBeLessThanOrEqual(parallelism);
        expect(result.nodes.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
        expect(new Set(started).size).toBe(started.length);
        // Exactly one terminal event per node.
        const terminal = events.filter((e) => e.kind !== 'start').map((e) => e.id);
        expect(terminal.sort()).toEqual(nodes.map((n) => n.id).sort());
        for (const r of result.nodes) {
          const i = Number(r.id.slice(1));
          const depResults = deps[i].map((d) => result.nodes.find((x) => x.id === `n${d}`)!);
          if (depResults.every((d) => d.outcome === 'succeeded')) {
            expect(r.outcome).toBe(fails[i] ? 'failed' : 'succeeded');
          } else {
            expect(r.outcome).toBe('skipped');
            expect(r.skippedBecause!.length).toBeGreaterThan(0);
            for (const cause of r.skippedBecause!) {
              expect(result.nodes.find((x) => x.id === cause)!.outcome).toBe('failed');
            }
          }
        }
        expect(result.ok).toBe(result.nodes.every((r) => r.outcome === 'succeeded'));
      }),
      { numRuns: 150 },
    );
  });

  test('a node starts as soon as its own deps finish, not when its level finishes', async () => {
    // a(slow) and b(fast) are independent; c depends on b only. c must start before a ends.
    const log: string[] = [];
    let releaseA!: () => void;
    const aDone = new Promise<void>((r) => (releaseA = r));
    await walkGraph(
      [
        { id: 'a', dependsOn: [] },
        { id: 'b', dependsOn: [] },
        { id: 'c', dependsOn: ['b'] },
      ],
      async (id) => {
        log.push(`start ${id}`);
        if (id === 'a') await aDone;
        if (id === 'c') releaseA();
        log.push(`end ${id}`);
      },
      { parallelism: 4 },
    );
    expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a'));
  });

  test('a failure skips its dependents naming it, independent branches go on', async () => {
    const result = await walkGraph(
      [
        { id: 'rg', dependsOn: [] },
        { id: 'kv', dependsOn: ['rg'] },
        { id: 'search', dependsOn: ['rg'] },
        { id: 'foundry', dependsOn: ['kv', 'search'] },
        { id: 'hub', dependsOn: ['foundry'] },
      ],
      async (id) => {
        if (id === 'kv') throw new Error('vault failed');
        return id;
      },
      { parallelism: 2 },
    );
    const by = Object.fromEntries(result.nodes.map((r) => [r.id, r]));
    expect(by.rg.outcome).toBe('succeeded');
    expect(by.kv.outcome).toBe('failed');
    expect((by.kv.error as Error).message).toBe('vault failed');
    expect(by.search.outcome).toBe('succeeded');
    expect(by.foundry).toMatchObject({ outcome: 'skipped', skippedBecause: ['kv'] });
    expect(by.hub).toMatchObject({ outcome: 'skipped', skippedBecause: ['kv'] });
    expect(result.ok).toBe(false);
  });

  test('a synchronous throw from run counts as a failure', async () => {
    const result = await walkGraph(
      [{ id: 'x', dependsOn: [] }],
      (() => {
        throw new Error('sync');
      }) as unknown as (id: string) => Promise<void>,
      { parallelism: 1 },
    );
    expect(result.nodes[0].outcome).toBe('failed');
  });

  test('progress events carry done/total, elapsed and an ETA from the estimates (injected clock)', async () => {
    let clock = 0;
    const events: WalkEvent[] = [];
    await walkGraph(
      [
        { id: 'a', dependsOn: [] },
        { id: 'b', dependsOn: ['a'] },
      ],
      async (id) => {
        clock += id === 'a' ? 10_000 : 20_000;
      },
      {
        parallelism: 1,
        now: () => clock,
        estimate: (id) => (id === 'a' ? 10 : 20),
        onEvent: (e) => events.push(e),
      },
    );
    const finishes = events.filter((e) => e.kind === 'finish');
    expect(finishes[0]).toMatchObject({
      id: 'a',
      seconds: 10,
      elapsed: 10,
      done: 1,
      total: 2,
      etaSeconds: 20,
    });
    expect(finishes[1]).toMatchObject({
      id: 'b',
      seconds: 20,
      elapsed: 30,
      done: 2,
      total: 2,
      etaSeconds: 0,
    });
  });

  test('a throwing progress listener does not break the walk', async () => {
    const result = await walkGraph([{ id: 'a', dependsOn: [] }], async () => 1, {
      parallelism: 1,
      onEvent: () => {
        throw new Error('listener');
      },
    });
    expect(result.ok).toBe(true);
  });

  test('an empty graph finishes at once', async () => {
    const result = await walkGraph([], async () => 1, { parallelism: 3 });
    expect(result).toMatchObject({ ok: true, nodes: [] });
  });

  test('cycles, unknown dependencies and duplicates are rejected before anything runs', async () => {
    let calls = 0;
    const run = async () => ++calls;
    await expect(
      walkGraph(
        [
          { id: 'a', dependsOn: ['b'] },
          { id: 'b', dependsOn: ['a'] },
        ],
        run,
        { parallelism: 1 },
      ),
    ).rejects.toThrow(/cycle among: a, b/);
    await expect(walkGraph([{ id: 'a', dependsOn: ['zz'] }], run, { parallelism: 1 })).rejects.toThrow(
      GraphError,
    );
    await expect(
      walkGraph(
        [
          { id: 'a', dependsOn: [] },
          { id: 'a', dependsOn: [] },
        ],
        run,
        { parallelism: 1 },
      ),
    ).rejects.toThrow(/twice/);
    expect(calls).toBe(0);
  });
});
