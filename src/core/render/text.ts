// The plan for a terminal: one line per service with Terraform's action symbols, what it waits for, blocked
// deletions with how to allow them, then the summary sentence.
import type { Plan } from '../types.js';
import { paint, padEnd } from './ansi.js';
import {
  LABELS,
  SYMBOLS,
  changeLine,
  formatDuration,
  held,
  howToAllow,
  rows,
  summaryLine,
} from './common.js';
import { diagnosticLine } from './diagnostics.js';

export function renderText(plan: Plan, opts: { color: boolean }): string {
  const c = paint(opts.color);
  const out: string[] = [];
  out.push(
    c.bold(`aifactory plan: ${plan.project} · ${plan.environment}`) +
      c.dim(` (subscription ${plan.subscriptionId}, ${plan.location})`),
    '',
  );

  const table = rows(plan);
  if (table.length > 0) {
    const widths = {
      service: Math.max(7, ...table.map((r) => r.service.length)),
      action: Math.max(6, ...table.map((r) => LABELS[r.shown].length)),
      est: Math.max(4, ...table.map((r) => formatDuration(r.estimatedSeconds).length)),
    };
    out.push(
      c.dim(
        `    ${padEnd('Service', widths.service)}  ${padEnd('Action', widths.action)}  ${padEnd('Est.', widths.est)}  Reason`,
      ),
    );
    for (const r of table) {
      const line =
        `  ${c.action(r.shown, SYMBOLS[r.shown])} ${padEnd(r.service, widths.service)}  ` +
        `${padEnd(c.action(r.shown, LABELS[r.shown]), widths.action)}  ` +
        `${padEnd(held(r.shown) ? '' : formatDuration(r.estimatedSeconds), widths.est)}  ${r.reason}`;
      out.push(line.trimEnd());
      if (r.dependsOn.length > 0 && r.shown !== 'noop') {
        out.push(c.dim(`    ${' '.repeat(widths.service)}  waits for ${r.dependsOn.join(', ')}`));
      }
      // What the cleanup leaves behind (soft-deleted, recoverable) or purges: the plan says so up front.
      for (const step of r.action?.cleanup ?? [])
        if (step.note) out.push(c.dim(`    ${' '.repeat(widths.service)}  ${step.note}`));
      // What-if's property changes, under the service they belong to.
      for (const change of r.action?.changes ?? []) {
        const line = changeLine(change);
        out.push(
          `      ${c.action(change.kind === 'modify' ? 'update' : change.kind, line.slice(0, 1))}${line.slice(1)}`,
        );
      }
    }
    out.push('');
  }

  if (plan.blocked.length > 0) {
    out.push(
      c.action(
        'blocked',
        plan.blocked.length === 1
          ? 'Blocked: 1 deletion needs an explicit allow'
          : `Blocked: ${plan.blocked.length} deletions need an explicit allow`,
      ),
    );
    for (const b of plan.blocked) out.push(`  ! ${b.service}: ${b.reason}`);
    out.push('  To allow, use one of:');
    for (const way of howToAllow(
      plan.blocked.map((b) => b.service),
      plan.environment,
    ))
      out.push(`    ${way}`);
    out.push('');
  }

  if (plan.conflicts.length > 0) {
    out.push(
      c.red(
        `Conflicts: ${plan.conflicts.length} resource${plan.conflicts.length > 1 ? 's' : ''} in the way (not created by aifactory-flags, never changed)`,
      ),
    );
    for (const k of plan.conflicts) out.push(`  ${k.service}: ${k.resourceId}`, `    ${k.reason}`);
    out.push('');
  }

  if (plan.diagnostics.length > 0) {
    out.push(c.bold('Diagnostics:'));
    for (const d of plan.diagnostics) {
      const line = `  ${diagnosticLine(d)}`;
      out.push(d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line);
    }
    out.push('');
  }

  out.push(c.bold(summaryLine(plan)));
  if (plan.estimatedSeconds > 0) {
    out.push(
      `Estimated duration: ${formatDuration(plan.estimatedSeconds)}` +
        (plan.criticalPath.length > 0 ? ` (critical path: ${plan.criticalPath.join(' → ')})` : ''),
    );
  }
  out.push(c.dim(`Fingerprint: ${plan.fingerprint}`));
  return out.join('\n') + '\n';
}
