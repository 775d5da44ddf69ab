// Turns the walker's events into the lines a person watches during an apply: one live line when a service
// starts, and when it ends one collapsible group per service, titled with its outcome and time and the overall
// done/total with an ETA, holding everything logged for that service. Services run in parallel and log groups
// can neither nest nor interleave (GitHub, Azure DevOps), so a service's lines are kept until it ends and its
// group is written whole.
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
  const lines = new Map<string, { text: string; level: 'info' | 'error' }[]>();
  const add = (service: string, text: string, level: 'info' | 'error' = 'info') => {
    const list = lines.get(service) ?? [];
    list.push({ text, level });
    lines.set(service, list);
  };
  const writeGroup = (service: string, title: string) => {
    logger.startGroup(title);
    for (const l of lines.get(service) ?? []) {
      if (l.level === 'error') logger.error(l.text);
      else logger.info(l.text);
    }
    logger.endGroup();
    lines.delete(service);
  };
  return {
    detail: (service, line) => add(service, line),
    onEvent(e) {
      if (e.kind === 'start') {
        logger.info(`→ ${e.id}: ${describe(e.id)} started (${e.running} running, ${e.done}/${e.total} done)`);
        add(e.id, `${describe(e.id)} started with ${e.running} running, ${e.done}/${e.total} done`);
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
        writeGroup(e.id, `✓ ${e.id}: ${describe(e.id)} finished in ${formatSeconds(e.seconds)} · ${overall}`);
        return;
      }
      const info = toArmError(e.error);
      add(e.id, `✗ ${e.id}: ${describe(e.id)} failed: ${info.code}: ${info.message}`, 'error');
      if (info.hint) add(e.id, `  hint: ${info.hint}`, 'error');
      writeGroup(
        e.id,
        `✗ ${e.id}: ${describe(e.id)} failed after ${formatSeconds(e.seconds)}: ${info.code} · ${overall}`,
      );
    },
  };
}
