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

test('one line per start and finish with elapsed, done/total and ETA; details grouped when a service ends', () => {
  const { lines, logger } = recorder();
  const p = createProgressReporter(logger, () => 'create');
  p.onEvent({ kind: 'start', id: 'keyVault', at: 0, running: 1, done: 0, total: 3 });
  p.detail('keyVault', 'deployment aifactory-keyVault-dev');
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
  expect(lines).toEqual([
    'info → keyVault: create started (1 running, 0/3 done)',
    'info ✓ keyVault: create finished in 31s · 1/3 done · elapsed 31s · ETA 1m30s',
    'group keyVault: details',
    'info deployment aifactory-keyVault-dev',
    'endgroup',
  ]);
});

test('failures carry the ARM code and hint; skips name the failed dependency', () => {
  const { lines, logger } = recorder();
  const p = createProgressReporter(logger, () => 'delete');
  const error = new ArmOperationError({ code: 'ScopeLocked', message: 'locked', hint: 'remove the lock' });
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
  expect(lines[0]).toBe('error ✗ cosmosDb: delete failed after 3s: ScopeLocked: locked');
  expect(lines[1]).toBe('error   hint: remove the lock');
  expect(lines[3]).toBe('warn ⊘ foundryCapabilityHost: skipped because cosmosDb failed (2/2 done)');
});
