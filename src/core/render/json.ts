// The plan as JSON that diffs well: 2-space indent, trailing newline and a key order that does not depend on
// how the object was built (known keys in reading order, others alphabetically after them).
import type { Plan } from '../types.js';

const TOP_LEVEL = [
  'schemaVersion',
  'tool',
  'project',
  'environment',
  'subscriptionId',
  'location',
  'fingerprint',
  'inputs',
  'summary',
  'estimatedSeconds',
  'criticalPath',
  'actions',
  'blocked',
  'conflicts',
  'subnets',
  'diagnostics',
];

const NESTED = [
  // tool, inputs, summary
  'name',
  'version',
  'config',
  'observed',
  'options',
  'create',
  'update',
  'delete',
  'noop',
  'blocked',
  'conflict',
  // actions, blocked, conflicts
  'service',
  'title',
  'action',
  'reason',
  'dependsOn',
  'estimatedSeconds',
  'protected',
  'dataBearing',
  'resourceId',
  // resources, cleanup, changes
  'id',
  'type',
  'apiVersion',
  'resources',
  'cleanup',
  'step',
  'resourceIds',
  'changes',
  'resource',
  'path',
  'kind',
  'before',
  'after',
  'drift',
  'conflicts',
  // subnets
  'prefix',
  'delegation',
  'origin',
  'services',
  // diagnostics
  'severity',
  'code',
  'message',
  'location',
  'file',
  'line',
  'column',
  'hint',
];

const TOP_RANK = new Map(TOP_LEVEL.map((k, i) => [k, i]));
const NESTED_RANK = new Map(NESTED.map((k, i) => [k, i]));

export function renderJson(plan: Plan): string {
  return JSON.stringify(canonical(plan), null, 2) + '\n';
}

/** Same content, keys in a fixed order, undefined members dropped. */
export function canonical(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const rank = depth === 0 ? TOP_RANK : NESTED_RANK;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v, depth + 1)]));
}
