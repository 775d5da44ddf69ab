// What an apply did, per service: outcome and duration; failures with ARM's error code, message and what to do;
// skipped services with the dependency that failed.
import type { ApplyResult, ServiceOutcome } from '../../app/types.js';
import type { Plan } from '../types.js';
import { paint, padEnd, type Paint } from './ansi.js';
import { LABELS, formatDuration } from './common.js';

const STATUS_SYMBOL: Record<ServiceOutcome['status'], string> = {
  succeeded: '✓',
  failed: '✗',
  skipped: '-',
  noop: '=',
};

export function renderApplyText(result: ApplyResult, opts: { color: boolean }): string {
  const c = paint(opts.color);
  const out: string[] = [];
  const width = Math.max(7, ...result.outcomes.map((o) => o.service.length));
  for (const o of result.outcomes) {
    const duration = o.status === 'succeeded' || o.status === 'failed' ? formatDuration(o.seconds) : '';
    const line = `  ${colourStatus(c, o.status, STATUS_SYMBOL[o.status])} ${padEnd(o.service, width)}  ${padEnd(LABELS[o.action], 9)}  ${padEnd(colourStatus(c, o.status, o.status), 9)}  ${duration}`;
    out.push(line.trimEnd());
    if (o.error) {
      out.push(c.red(`      ${o.error.code}: ${o.error.message}`));
      if (o.error.hint) out.push(`      hint: ${o.error.hint}`);
    }
    if (o.status === 'skipped' && o.skippedBecause && o.skippedBecause.length > 0) {
      out.push(c.dim(`      skipped because ${o.skippedBecause.join(', ')} failed`));
    }
  }
  if (out.length > 0) out.push('');
  out.push(c.bold(applySummary(result)));
  return out.join('\n') + '\n';
}

export function renderApplyMarkdown(plan: Plan, result: ApplyResult): string {
  const counts = countStatuses(result);
  const byService = new Map(plan.actions.map((a) => [a.service, a]));
  const out = [
    `## aifactory apply: ${plan.project} · ${plan.environment} — ${result.ok ? 'succeeded' : 'failed'}`,
    '',
    `**${applySummary(result)}**`,
    '',
    '| Succeeded | Failed | Skipped | No change | Duration | Estimated |',
    '|--:|--:|--:|--:|--:|--:|',
    `| ${counts.succeeded} | ${counts.failed} | ${counts.skipped} | ${counts.noop} | ${formatDuration(result.seconds)} | ${formatDuration(plan.estimatedSeconds)} |`,
    '',
  ];
  const changed = result.outcomes.filter((o) => o.status !== 'noop');
  if (changed.length > 0) {
    out.push('| | Service | Action | Outcome | Duration | Details |', '|:-:|---|---|---|--:|---|');
    for (const o of changed) {
      const est = byService.get(o.service)?.estimatedSeconds;
      const duration =
        o.status === 'skipped'
          ? ''
          : `${formatDuration(o.seconds)}${est !== undefined ? ` (est. ${formatDuration(est)})` : ''}`;
      out.push(
        `| ${STATUS_SYMBOL[o.status]} | \`${o.service}\` | ${LABELS[o.action]} | ${o.status} | ${duration} | ${cell(details(o))} |`,
      );
    }
    out.push('');
  }
  const failures = result.outcomes.filter((o) => o.status === 'failed' && o.error);
  if (failures.length > 0) {
    out.push('### Failures', '');
    for (const o of failures) {
      out.push(
        `- \`${o.service}\` (${LABELS[o.action]}): \`${o.error!.code}\` — ${inline(o.error!.message)}`,
      );
      if (o.error!.hint) out.push(`  - What to do: ${inline(o.error!.hint)}`);
    }
    out.push(
      '',
      'Re-running the apply after fixing the cause continues where this one stopped: what exists and matches is left alone.',
      '',
    );
  }
  const noop = result.outcomes.filter((o) => o.status === 'noop').map((o) => `\`${o.service}\``);
  if (noop.length > 0) out.push(`**No change (${noop.length}):** ${noop.join(', ')}`, '');
  return out.join('\n').trimEnd() + '\n';
}

export function applySummary(result: ApplyResult): string {
  const n = countStatuses(result);
  const parts = [
    `${n.succeeded} succeeded`,
    `${n.failed} failed`,
    `${n.skipped} skipped`,
    `${n.noop} unchanged`,
  ];
  return `Apply ${result.ok ? 'complete' : 'failed'}: ${parts.join(', ')} in ${formatDuration(result.seconds)}.`;
}

function countStatuses(result: ApplyResult): Record<ServiceOutcome['status'], number> {
  const counts = { succeeded: 0, failed: 0, skipped: 0, noop: 0 };
  for (const o of result.outcomes) counts[o.status]++;
  return counts;
}

function details(o: ServiceOutcome): string {
  if (o.status === 'failed' && o.error) return `\`${o.error.code}\`: ${o.error.message}`;
  if (o.status === 'skipped') {
    return o.skippedBecause && o.skippedBecause.length > 0
      ? `skipped because ${o.skippedBecause.map((s) => `\`${s}\``).join(', ')} failed`
      : 'skipped';
  }
  return '';
}

function colourStatus(c: Paint, status: ServiceOutcome['status'], s: string): string {
  switch (status) {
    case 'succeeded':
      return c.green(s);
    case 'failed':
      return c.red(s);
    case 'skipped':
      return c.yellow(s);
    default:
      return c.dim(s);
  }
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function inline(s: string): string {
  return s.replace(/\r?\n/g, ' ');
}
