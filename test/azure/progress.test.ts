import type { Logger } from '../../src/app/types.js';
import { createProgressReporter, formatSeconds } from '../../src/azure/progress.js';
import { ArmOperationError } from '../../src/azure/errors.js';

function recorder() {
  const lines: string[] = [];
  const logger: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    startGroup: (n) => lines.push(`group ${n}`),
    endGroup: () => lines.push('endgroup'),
  };
  return { lines, logger };
}

test('durations read like a person would say them', () => {
  expect(formatSeconds(5.4)).toBe('5s');
  expect(formatSeconds(125)).toBe('2m05s');
  expect(formatSeconds(3725)).toBe('1h02m');
});

test('a live line when a service starts; when it ends, one group titled with its outcome, time, done/total and ETA, holding its lines', () => {
  const { lines, logger } = recorder();
  const p = createProgressReporter(logger, () => 'create');
  p.onEvent({ kind: 'start', id: 'keyVault', at: 0, running: 1, done: 0, total: 3 });
  p.onEvent({ kind: 'start', id: 'storage', at: 0, running: 2, done: 0, total: 3 });
  p.detail('keyVault', 'deployment aifactory-keyVault-dev');
  p.detail('storage', 'deployment aifactory-storage-dev');
  p.onEvent({
    kind: 'finish',
    id: 'keyVault',
    outcome: 'succeeded',
    at: 0,
    seconds: 31,
    elapsed: 31,
    done: 1,
    total: 3,
    etaSeconds: 90,
  });
  // A service with no detail lines still gets its group.
  p.onEvent({ kind: 'start', id: 'monitoring', at: 0, running: 2, done: 1, total: 3 });
  p.onEvent({
    kind: 'finish',
    id: 'monitoring',
    outcome: 'succeeded',
    at: 0,
    seconds: 2,
    elapsed: 33,
    done: 2,
    total: 3,
    etaSeconds: 20,
  });
  expect(lines).toEqual([
    'info → keyVault: create started (1 running, 0/3 done)',
    'info → storage: create started (2 running, 0/3 done)',
    'group ✓ keyVault: create finished in 31s · 1/3 done · elapsed 31s · ETA 1m30s',
    'info create started with 1 running, 0/3 done',
    'info deployment aifactory-keyVault-dev',
    'endgroup',
    'info → monitoring: create started (2 running, 1/3 done)',
    'group ✓ monitoring: create finished in 2s · 2/3 done · elapsed 33s · ETA 20s',
    'info create started with 2 running, 1/3 done',
    'endgroup',
  ]);
  // Groups never interleave: storage, still running, has written nothing but its live line.
  expect(lines.filter((l) => l.includes('aifactory-storage-dev'))).toEqual([]);
});

test("a failure's group carries the ARM code in its title and the message and hint as errors; skips name the failed dependency", () => {
  const { lines, logger } = recorder();
  const p = createProgressReporter(logger, () => 'delete');
  const error = new ArmOperationError({ code: 'ScopeLocked', message: 'locked', hint: 'remove the lock' });
  p.onEvent({ kind: 'start', id: 'cosmosDb', at: 0, running: 1, done: 0, total: 2 });
  p.detail('cosmosDb', 'deleting private endpoint pe-cosmos');
  p.onEvent({
    kind: 'finish',
    id: 'cosmosDb',
    outcome: 'failed',
    at: 0,
    seconds: 3,
    elapsed: 3,
    done: 1,
    total: 2,
    error,
  });
  p.onEvent({ kind: 'skip', id: 'foundryCapabilityHost', because: ['cosmosDb'], at: 0, done: 2, total: 2 });
  expect(lines).toEqual([
    'info → cosmosDb: delete started (1 running, 0/2 done)',
    'group ✗ cosmosDb: delete failed after 3s: ScopeLocked · 1/2 done · elapsed 3s',
    'info delete started with 1 running, 0/2 done',
    'info deleting private endpoint pe-cosmos',
    'error ✗ cosmosDb: delete failed: ScopeLocked: locked',
    'error   hint: remove the lock',
    'endgroup',
    'warn ⊘ foundryCapabilityHost: skipped because cosmosDb failed (2/2 done)',
  ]);
});
