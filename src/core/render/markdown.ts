// The plan for job summaries and pull-request comments. GitHub rejects comments over 65,536 characters, so when
// the full text is too long the least useful parts go first — per-service details, then the graph, then rows
// of long lists — while the heading, the summary table and the blocked section always stay.
import type { Diagnostic, Plan, PlanAction, PropertyChange } from '../types.js';
import {
  LABELS,
  SYMBOLS,
  changePath,
  changeValue,
  conflictCount,
  formatDuration,
  held,
  hasChanges,
  howToAllow,
  isChangeNote,
  rows,
  summaryLine,
  type Row,
} from './common.js';
import { renderMermaid } from './mermaid.js';

export const DEFAULT_MARKDOWN_LIMIT = 65_536;

export interface MarkdownOptions {
  maxLength?: number;
  /** Where the untrimmed plan is (the run summary); linked when something had to be left out. */
  detailsUrl?: string;
  title?: string;
}

export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_LIMIT;
  const parts = buildParts(plan, opts);
  const full = assemble(parts, {
    details: parts.details.length,
    graph: true,
    changeRows: Infinity,
    listItems: Infinity,
  });
  if (full.length <= maxLength) return full;

  // Keep the graph and as many service details (in plan order) as fit.
  const fits = (text: string) => text.length <= maxLength;
  let text = assemble(parts, { details: 0, graph: true, changeRows: Infinity, listItems: Infinity }, true);
  if (fits(text)) {
    const n = largest(parts.details.length, (k) =>
      fits(assemble(parts, { details: k, graph: true, changeRows: Infinity, listItems: Infinity }, true)),
    );
    return assemble(parts, { details: n, graph: true, changeRows: Infinity, listItems: Infinity }, true);
  }
  // Without details and graph; then shorten long lists (diagnostics, unchanged, conflicts), then the change rows.
  text = assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: Infinity }, true);
  if (fits(text)) return text;
  const items = largest(parts.maxListItems, (k) =>
    fits(assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: k }, true)),
  );
  text = assemble(parts, { details: 0, graph: false, changeRows: Infinity, listItems: items }, true);
  if (fits(text)) return text;
  const changeRows = largest(parts.changeRows.length, (k) =>
    fits(assemble(parts, { details: 0, graph: false, changeRows: k, listItems: 0 }, true)),
  );
  return assemble(parts, { details: 0, graph: false, changeRows, listItems: 0 }, true);
}

interface Parts {
  plan: Plan;
  opts: MarkdownOptions;
  head: string;
  blocked: string;
  changeRows: string[];
  unchanged: string[];
  conflicts: string[];
  diagnostics: string[];
  maxListItems: number;
  graph: string;
  details: string[];
}

interface Budget {
  details: number;
  graph: boolean;
  changeRows: number;
  listItems: number;
}

function buildParts(plan: Plan, opts: MarkdownOptions): Parts {
  const table = rows(plan);
  const changed = table.filter((r) => r.shown !== 'noop');
  const unchanged = table.filter((r) => r.shown === 'noop').map((r) => `\`${r.service}\``);
  const conflicts = plan.conflicts.map(
    (c) => `- \`${c.service}\`: \`${c.resourceId}\` — ${inline(c.reason)}`,
  );
  const diagnostics = plan.diagnostics.map((d) => `- ${inline(diagnosticMarkdown(d))}`);
  return {
    plan,
    opts,
    head: head(plan, opts),
    blocked: blockedSection(plan),
    changeRows: changed.map(changeRow),
    unchanged,
    conflicts,
    diagnostics,
    maxListItems: Math.max(unchanged.length, conflicts.length, diagnostics.length),
    graph:
      table.length > 0
        ? ['### Plan graph', '', '```mermaid', renderMermaid(plan).trimEnd(), '```'].join('\n')
        : '',
    details: changed.filter((r) => r.action).map((r) => serviceDetails(r, r.action!)),
  };
}

function assemble(p: Parts, b: Budget, trimmed = false): string {
  const out: string[] = [p.head];
  if (p.blocked) out.push(p.blocked);
  if (p.changeRows.length > 0) {
    const shown = p.changeRows.slice(0, b.changeRows);
    const more = p.changeRows.length - shown.length;
    out.push(
      [
        '### Changes',
        '',
        '| | Service | Action | Reason | Waits for | Est. |',
        '|:-:|---|---|---|---|--:|',
        ...shown,
        ...(more > 0 ? [`| | … ${more} more | | | | |`] : []),
      ].join('\n'),
    );
  }
  if (p.unchanged.length > 0) {
    out.push(`**No change (${p.unchanged.length}):** ${limitList(p.unchanged, b.listItems).join(', ')}`);
  }
  if (p.conflicts.length > 0) {
    out.push(
      [
        `### Conflicts (${p.conflicts.length})`,
        '',
        'Resources with names this plan needs that aifactory-flags did not create; they are never changed.',
        '',
        ...limitList(p.conflicts, b.listItems),
      ].join('\n'),
    );
  }
  if (p.diagnostics.length > 0) {
    out.push(['### Diagnostics', '', ...limitList(p.diagnostics, b.listItems)].join('\n'));
  }
  if (b.graph && p.graph) out.push(p.graph);
  const details = p.details.slice(0, b.details);
  if (details.length > 0) out.push(['### Details', '', ...details].join('\n'));
  if (trimmed) out.push(trimNote(p, b));
  return out.join('\n\n') + '\n';
}

function head(plan: Plan, opts: MarkdownOptions): string {
  const s = plan.summary;
  // The Conflict column only when there is one: the usual table stays as it always was.
  const conflict = conflictCount(plan);
  const lines = [
    `## ${inline(opts.title ?? `aifactory plan: ${plan.project} · ${plan.environment}`)}`,
    '',
    `**${summaryLine(plan)}**`,
    '',
    `| Create | Update | Delete | No change | Blocked |${conflict > 0 ? ' Conflict |' : ''}`,
    `|--:|--:|--:|--:|--:|${conflict > 0 ? '--:|' : ''}`,
    `| ${s.create} | ${s.update} | ${s.delete} | ${s.noop} | ${s.blocked} |${conflict > 0 ? ` ${conflict} |` : ''}`,
    '',
  ];
  const meta: string[] = [];
  if (hasChanges(plan)) {
    const path =
      plan.criticalPath.length > 0
        ? ` (critical path: ${plan.criticalPath.map((n) => `\`${n}\``).join(' → ')})`
        : '';
    meta.push(`Estimated duration: **${formatDuration(plan.estimatedSeconds)}**${path}`);
  }
  meta.push(
    `Subscription \`${plan.subscriptionId}\` · location \`${plan.location}\` · fingerprint \`${plan.fingerprint}\``,
  );
  return [...lines, meta.join('  \n')].join('\n');
}

function blockedSection(plan: Plan): string {
  if (plan.blocked.length === 0) return '';
  const services = plan.blocked.map((b) => b.service);
  return [
    `### Blocked (${plan.blocked.length})`,
    '',
    'These deletions need an explicit allow; nothing is applied while any is blocked.',
    '',
    ...plan.blocked.map((b) => `- \`${b.service}\`: ${inline(b.reason)}`),
    '',
    'To allow, use one of:',
    '',
    ...howToAllow(services, plan.environment).map((w) => {
      const at = w.indexOf(': ');
      return `- ${w.slice(0, at)}: \`${w.slice(at + 2)}\``;
    }),
  ].join('\n');
}

function changeRow(r: Row): string {
  const waits = r.dependsOn.map((d) => `\`${d}\``).join(', ');
  const est = held(r.shown) ? '' : formatDuration(r.estimatedSeconds);
  return `| ${SYMBOLS[r.shown]} | \`${r.service}\` | ${LABELS[r.shown]} | ${cell(r.reason)} | ${waits} | ${est} |`;
}

function serviceDetails(r: Row, action: PlanAction): string {
  const count = `${action.resources.length} resource${action.resources.length === 1 ? '' : 's'}`;
  const out = [
    `<details><summary><code>${SYMBOLS[r.shown]} ${html(r.service)}</code> ${html(action.title)} — ${LABELS[r.shown]}, ${count}</summary>`,
    '',
  ];
  if (action.resources.length > 0) {
    out.push('| Type | Name | API version |', '|---|---|---|');
    for (const res of action.resources)
      out.push(`| \`${res.type}\` | \`${cell(res.name)}\` | \`${res.apiVersion}\` |`);
    out.push('');
  }
  if (action.cleanup && action.cleanup.length > 0) {
    out.push('Cleanup, in order:', '');
    action.cleanup.forEach((step, i) => {
      const ids =
        step.resourceIds.length > 0
          ? step.resourceIds.map((id) => `\`${lastSegments(id)}\``).join(', ')
          : '—';
      out.push(`${i + 1}. ${step.step}: ${ids}${step.note ? ` — ${inline(step.note)}` : ''}`);
    });
    out.push('');
  }
  if (action.changes && action.changes.length > 0) out.push(...changesTable(action.changes), '');
  if (action.drift && action.drift.length > 0) {
    out.push('Drift:', '', ...action.drift.map((d) => `- ${inline(d)}`), '');
  }
  out.push('</details>', '');
  return out.join('\n');
}

function changesTable(changes: PropertyChange[]): string[] {
  // A resource column only when what-if said which resource (a service deploys several).
  const withResource = changes.some((c) => c.resource);
  const lead = (c: PropertyChange) =>
    withResource ? `| ${c.resource ? `\`${cell(c.resource)}\`` : ''} ` : '';
  const property = (c: PropertyChange) => (c.path === '' ? changePath(c) : `\`${cell(c.path)}\``);
  return [
    'Property changes (what-if):',
    '',
    `${withResource ? '| Resource ' : ''}| Property | Change | Before | After |`,
    `${withResource ? '|---' : ''}|---|---|---|---|`,
    ...changes.map(
      (c) => `${lead(c)}| ${property(c)} | ${c.kind} | ${value(c.before)} | ${value(c.after)} |`,
    ),
  ];
}

function trimNote(p: Parts, b: Budget): string {
  const left: string[] = [];
  const droppedDetails = p.details.length - Math.min(b.details, p.details.length);
  if (droppedDetails > 0) left.push(`details of ${droppedDetails} service${droppedDetails > 1 ? 's' : ''}`);
  if (!b.graph && p.graph) left.push('the plan graph');
  if (b.listItems < p.maxListItems) left.push('long lists');
  if (b.changeRows < p.changeRows.length) left.push(`${p.changeRows.length - b.changeRows} rows of changes`);
  const where = p.opts.detailsUrl
    ? `[Full plan in the run summary](${p.opts.detailsUrl}).`
    : 'The full plan is in the run summary.';
  return `> Shortened to fit: left out ${left.join(', ') || 'nothing'}. ${where}`;
}

/** The largest k in 0..n with ok(k), assuming ok is true up to some k and false after. */
function largest(n: number, ok: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ok(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function limitList(items: string[], n: number): string[] {
  if (items.length <= n) return items;
  return [...items.slice(0, n), `… ${items.length - n} more`];
}

function diagnosticMarkdown(d: Diagnostic): string {
  const severity = d.severity === 'note' ? 'note' : `**${d.severity}**`;
  const where = d.location ? ` ${d.location.file}:${d.location.line}:${d.location.column}:` : '';
  const hint = d.hint ? ` — ${d.hint}` : '';
  return `${severity} \`${d.code}\`${where} ${d.message}${hint}`;
}

function value(v: unknown): string {
  if (v === undefined) return '';
  if (isChangeNote(v)) return `_${cell(v)}_`;
  return `\`${cell(changeValue(v)).replace(/`/g, "'")}\``;
}

function lastSegments(id: string): string {
  const parts = id.split('/');
  return parts.length > 2 ? parts.slice(-2).join('/') : id;
}

/** Table cells: no pipes or line breaks. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Running text: one line. */
function inline(s: string): string {
  return s.replace(/\r?\n/g, ' ');
}

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
