// The plan as a graph: Mermaid for Markdown (job summaries, PR comments, `aifactory graph --format mermaid`)
// and Graphviz DOT. Edges run in execution order (from what must finish first to what waits for it); the
// critical path is drawn thick.
import type { Plan } from '../types.js';
import { LABELS, SYMBOLS, formatDuration, held, rows, type Row, type ShownAction } from './common.js';

const COLOURS: Record<ShownAction, { fill: string; stroke: string; text: string }> = {
  create: { fill: '#dafbe1', stroke: '#1a7f37', text: '#0f5323' },
  update: { fill: '#fff8c5', stroke: '#9a6700', text: '#4d2d00' },
  delete: { fill: '#ffebe9', stroke: '#cf222e', text: '#82071e' },
  noop: { fill: '#f6f8fa', stroke: '#8c959f', text: '#57606a' },
  blocked: { fill: '#ffebe9', stroke: '#82071e', text: '#82071e' },
  conflict: { fill: '#fbefff', stroke: '#8250df', text: '#512a97' },
};

const ORDER: ShownAction[] = ['create', 'update', 'delete', 'noop', 'blocked', 'conflict'];

export function renderMermaid(plan: Plan): string {
  const table = rows(plan);
  const ids = nodeIds(table);
  const critical = criticalEdges(plan);
  const out = ['flowchart LR'];
  for (const r of table) out.push(`  ${ids.get(r.service)}["${mermaidText(label(r))}"]:::${r.shown}`);
  for (const r of table) {
    for (const dep of r.dependsOn) {
      const from = ids.get(dep);
      if (!from) continue;
      const arrow = critical.has(`${dep}\u0000${r.service}`) ? '==>' : '-->';
      out.push(`  ${from} ${arrow} ${ids.get(r.service)}`);
    }
  }
  for (const kind of ORDER) {
    const c = COLOURS[kind];
    out.push(`  classDef ${kind} fill:${c.fill},stroke:${c.stroke},color:${c.text}`);
  }
  return out.join('\n') + '\n';
}

export function renderDot(plan: Plan): string {
  const table = rows(plan);
  const critical = criticalEdges(plan);
  const out = [
    'digraph plan {',
    '  rankdir=LR;',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica"];',
    `  label="${dotText(`${plan.project} · ${plan.environment}`)}";`,
  ];
  for (const r of table) {
    const c = COLOURS[r.shown];
    out.push(
      `  "${dotText(r.service)}" [label="${dotText(label(r, '\n'))}", fillcolor="${c.fill}", color="${c.stroke}", fontcolor="${c.text}"];`,
    );
  }
  const known = new Set(table.map((r) => r.service));
  for (const r of table) {
    for (const dep of r.dependsOn) {
      if (!known.has(dep)) continue;
      const bold = critical.has(`${dep}\u0000${r.service}`) ? ' [penwidth=3]' : '';
      out.push(`  "${dotText(dep)}" -> "${dotText(r.service)}"${bold};`);
    }
  }
  out.push('}');
  return out.join('\n') + '\n';
}

function label(r: Row, newline = '<br/>'): string {
  const est = held(r.shown) ? '' : ` · ${formatDuration(r.estimatedSeconds)}`;
  return `${SYMBOLS[r.shown]} ${r.service}${newline}${LABELS[r.shown]}${est}`;
}

/** Mermaid ids must be plain words; service ids are camelCase already, the index keeps them unique. */
function nodeIds(table: Row[]): Map<string, string> {
  const ids = new Map<string, string>();
  table.forEach((r, i) => {
    if (!ids.has(r.service)) ids.set(r.service, `${r.service.replace(/[^A-Za-z0-9_]/g, '_')}_${i}`);
  });
  return ids;
}

function criticalEdges(plan: Plan): Set<string> {
  const edges = new Set<string>();
  for (let i = 0; i + 1 < plan.criticalPath.length; i++)
    edges.add(`${plan.criticalPath[i]}\u0000${plan.criticalPath[i + 1]}`);
  return edges;
}

/** Inside a quoted Mermaid label, quotes and angle brackets (other than our <br/>) need entity codes. */
function mermaidText(s: string): string {
  return s
    .replace(/"/g, '#quot;')
    .replace(/<(?!br\/>)/g, '#lt;')
    .replace(/(?<!<br\/)>/g, '#gt;');
}

function dotText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
