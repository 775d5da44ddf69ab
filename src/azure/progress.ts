// Turns the walker's events into the lines a person watches during an apply: one line when a service
// starts, one when it ends (with its time), and the overall done/total with an ETA. Services run in
// parallel, so their detailed logs are buffered and printed as one collapsible group when each finishes.
import type { Logger } from '../app/types.js';
import type { WalkEvent } from '../core/executor.js';
import { toArmError } from './errors.js';

export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export interface ProgressReporter {
  onEvent(e: WalkEvent): void;
  /** Detail lines of one service, printed in its group when it ends. */
  detail(service: string, line: string): void;
}

export function createProgressReporter(
  logger: Logger,
  describe: (service: string) => string,
): ProgressReporter {
  const details = new Map<string, string[]>();
  const flush = (service: string) => {
    const lines = details.get(service);
    if (!lines || lines.length === 0) return;
    logger.startGroup(`${service}: details`);
    for (const l of lines) logger.info(l);
    logger.endGroup();
    details.delete(service);
  };
  return {
    detail(service, line) {
      const list = details.get(service) ?? [];
      list.push(line);
      details.set(service, list);
    },
    onEvent(e) {
      if (e.kind === 'start') {
        logger.info(`→ ${e.id}: ${describe(e.id)} started (${e.running} running, ${e.done}/${e.total} done)`);
        return;
      }
      if (e.kind === 'skip') {
        logger.warn(`⊘ ${e.id}: skipped because ${e.because.join(', ')} failed (${e.done}/${e.total} done)`);
        return;
      }
      const overall = `${e.done}/${e.total} done · elapsed ${formatSeconds(e.elapsed)}${
        e.etaSeconds !== undefined && e.done < e.total ? ` · ETA ${formatSeconds(e.etaSeconds)}` : ''
      }`;
      if (e.outcome === 'succeeded') {
        logger.info(`✓ ${e.id}: ${describe(e.id)} finished in ${formatSeconds(e.seconds)} · ${overall}`);
      } else {
        const info = toArmError(e.error);
        logger.error(
          `✗ ${e.id}: ${describe(e.id)} failed after ${formatSeconds(e.seconds)}: ${info.code}: ${info.message}`,
        );
        if (info.hint) logger.error(`  hint: ${info.hint}`);
        logger.info(`  ${overall}`);
      }
      flush(e.id);
    },
  };
}
