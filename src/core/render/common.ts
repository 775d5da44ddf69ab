// What every plan renderer shares: how an action is shown, durations, and how to allow a blocked deletion.
import type { ActionKind, Plan, PlanAction, PropertyChange } from '../types.js';

/**
 * The action a renderer shows for a service: a planned delete that is blocked shows as `blocked`, a service
 * whose names are held by someone else's resources as `conflict` — neither happens.
 */
export type ShownAction = ActionKind | 'blocked' | 'conflict';

export const SYMBOLS: Record<ShownAction, string> = {
  create: '+',
  update: '~',
  delete: '-',
  noop: '=',
  blocked: '!',
  conflict: '×',
};

export const LABELS: Record<ShownAction, string> = {
  create: 'create',
  update: 'update',
  delete: 'delete',
  noop: 'no change',
  blocked: 'blocked',
  conflict: 'conflict',
};

/** True when the row's action will not run (nothing to time). */
export const held = (shown: ShownAction) => shown === 'noop' || shown === 'blocked' || shown === 'conflict';

/** One row per service: every action of the plan, then blocked services the actions do not list. */
export interface Row {
  service: string;
  title: string;
  shown: ShownAction;
  reason: string;
  dependsOn: string[];
  estimatedSeconds: number;
  action?: PlanAction;
}

export function rows(plan: Plan): Row[] {
  const blocked = new Map(plan.blocked.map((b) => [b.service, b]));
  const conflicts = conflictReasons(plan);
  const out: Row[] = plan.actions.map((a) => ({
    service: a.service,
    title: a.title,
    shown: blocked.has(a.service) ? 'blocked' : conflicts.has(a.service) ? 'conflict' : a.action,
    reason: blocked.get(a.service)?.reason ?? conflicts.get(a.service)?.join('; ') ?? a.reason,
    dependsOn: a.dependsOn,
    estimatedSeconds: a.estimatedSeconds,
    action: a,
  }));
  const listed = new Set(plan.actions.map((a) => a.service));
  for (const b of plan.blocked) {
    if (listed.has(b.service)) continue;
    out.push({
      service: b.service,
      title: b.service,
      shown: 'blocked',
      reason: b.reason,
      dependsOn: [],
      estimatedSeconds: 0,
    });
  }
  return out;
}

/** The conflicts' reasons by service (from the plan's `conflicts`, so plans made before rows showed them work). */
function conflictReasons(plan: Plan): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of plan.conflicts) out.set(c.service, [...(out.get(c.service) ?? []), c.reason]);
  return out;
}

/** Services in conflict: the summary's count, or for plans made before it was counted, the conflicts'. */
export function conflictCount(plan: Plan): number {
  return plan.summary.conflict ?? conflictReasons(plan).size;
}

export function hasChanges(plan: Plan): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}

/**
 * Terraform's summary sentence, counting what will happen: `Plan: 12 to create, 1 to update, 1 to delete,
 * 2 blocked, 1 in conflict.` A blocked delete or a service in conflict is not counted as a change.
 */
export function summaryLine(plan: Plan): string {
  const s = plan.summary;
  const conflict = conflictCount(plan);
  if (!hasChanges(plan) && s.blocked === 0 && conflict === 0)
    return 'No changes. The environment matches the configuration.';
  const blocked = s.blocked > 0 ? `, ${s.blocked} blocked` : '';
  const conflicts = conflict > 0 ? `, ${conflict} in conflict` : '';
  return `Plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete${blocked}${conflicts}.`;
}

/** `45s`, `12m 30s`, `1h 5m`: rounded the way a person reads an estimate. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest === 0 ? `${m}m` : `${m}m ${rest}s`;
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** The ways to allow deleting `services`, in the words of each place a user can say it. */
export function howToAllow(services: string[], environment: string): string[] {
  const list = services.join(',');
  return [
    `CLI: --allow-destroy ${list}`,
    `GitHub Action input: allow-destroy: ${list}`,
    `Azure DevOps task input: allowDestroy: ${list}`,
    `aifactory.yaml: environments.${environment}.allowDestroy: [${services.join(', ')}]`,
  ];
}

/** What-if's value for a property only apply can know (the principal id of an identity still to create). */
export const KNOWN_AFTER_APPLY = '(known after apply)';

export const CHANGE_SYMBOLS: Record<PropertyChange['kind'], string> = {
  create: '+',
  modify: '~',
  delete: '-',
};

/** The tool's own notes in place of a value ("(known after apply)") read as words, not as JSON strings. */
export function isChangeNote(v: unknown): v is string {
  return typeof v === 'string' && /^\(.*\)$/.test(v);
}

/** A before/after value as one short line: JSON, cut at `max` characters. */
export function changeValue(v: unknown, max = 80): string {
  if (v === undefined) return '';
  if (isChangeNote(v)) return v;
  const text = JSON.stringify(v) ?? String(v);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Which property: the ARM what-if path, or the whole resource when the path is empty. */
export function changePath(c: PropertyChange): string {
  return c.path === '' ? '(whole resource)' : c.path;
}

/** `~ srch-x properties.sku.name: "basic" → "standard"`, `+ pe-y (whole resource)`. */
export function changeLine(c: PropertyChange): string {
  const where = `${CHANGE_SYMBOLS[c.kind]} ${c.resource ? `${c.resource} ` : ''}${changePath(c)}`;
  if (c.kind === 'modify') {
    const before = changeValue(c.before);
    const after = changeValue(c.after);
    return before || after ? `${where}: ${before || 'null'} → ${after || 'null'}` : where;
  }
  const v = changeValue(c.kind === 'create' ? c.after : c.before);
  return v ? `${where}: ${v}` : where;
}
