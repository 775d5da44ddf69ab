// Why a reviewed plan no longer matches the plan made now, in words: which input changed, then what that
// changed in the plan — services whose action, reason or resources differ, drift found, conflicts that came or
// went, blocked deletes, subnets — one short line each, the details capped so a stale-plan error stays readable.
import type { Plan, PlanAction } from '../types.js';

/** Detail lines shown before "and N more". */
export const MAX_DETAILS = 12;

export function comparePlans(reviewed: Plan, current: Plan): string[] {
  if (reviewed.fingerprint === current.fingerprint) return [];
  const inputs = inputLines(reviewed, current);
  const details = [
    ...serviceLines(reviewed, current),
    ...conflictLines(reviewed, current),
    ...blockedLines(reviewed, current),
    ...subnetLines(reviewed, current),
  ];
  if (inputs.length === 0 && details.length === 0)
    return ['the fingerprint differs (the catalog version or another input changed)'];
  const shown = details.length > MAX_DETAILS ? details.slice(0, MAX_DETAILS - 1) : details;
  const more = details.length - shown.length;
  return [...inputs, ...shown, ...(more > 0 ? [`and ${more} more`] : [])];
}

function inputLines(reviewed: Plan, current: Plan): string[] {
  const lines: string[] = [];
  if (reviewed.tool.version !== current.tool.version)
    lines.push(`the tool version changed: ${reviewed.tool.version} → ${current.tool.version}`);
  if (reviewed.project !== current.project || reviewed.environment !== current.environment)
    lines.push(
      `the plan is for ${reviewed.project}/${reviewed.environment}, not ${current.project}/${current.environment}`,
    );
  if (reviewed.inputs.config !== current.inputs.config)
    lines.push('the config changed since the plan was made');
  if (reviewed.inputs.observed !== current.inputs.observed)
    lines.push(
      'Azure changed since the plan was made (resources, tags, subnets or soft-deleted items differ)',
    );
  if (reviewed.inputs.options !== current.inputs.options)
    lines.push('the options changed (e.g. --allow-destroy)');
  return lines;
}

/** Per service: a different action; else a different reason, different resources, or drift found. */
function serviceLines(reviewed: Plan, current: Plan): string[] {
  const lines: string[] = [];
  const before = new Map(reviewed.actions.map((a) => [a.service, a]));
  const after = new Map(current.actions.map((a) => [a.service, a]));
  for (const [service, a] of after) {
    const b = before.get(service);
    if (!b) {
      lines.push(`${service}: not in the reviewed plan, now ${a.action}`);
      continue;
    }
    if (b.action !== a.action) {
      lines.push(`${service}: was ${b.action}, now ${a.action}${firstNew(b.drift, a.drift, ': ')}`);
      continue;
    }
    const resources = resourceChange(b, a);
    if (resources) lines.push(`${service}: ${resources}`);
    const drift = firstNew(b.drift, a.drift, '');
    if (drift) lines.push(`${service}: drift found: ${drift}`);
    else if (!resources && b.reason !== a.reason)
      lines.push(`${service}: the reason changed: "${b.reason}" → "${a.reason}"`);
  }
  for (const [service, b] of before)
    if (!after.has(service)) lines.push(`${service}: was ${b.action}, now not in the plan`);
  return lines;
}

/** The first drift line of `now` that `was` did not have (with "and N more"), prefixed; '' when none. */
function firstNew(was: string[] | undefined, now: string[] | undefined, prefix: string): string {
  const known = new Set(was ?? []);
  const fresh = (now ?? []).filter((d) => !known.has(d));
  if (fresh.length === 0) return '';
  return `${prefix}${fresh[0]}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ''}`;
}

function resourceChange(b: PlanAction, a: PlanAction): string | undefined {
  const names = (x: PlanAction) => new Map(x.resources.map((r) => [r.id.toLowerCase(), r.name]));
  const was = names(b);
  const now = names(a);
  const added = [...now].filter(([id]) => !was.has(id)).map(([, name]) => name);
  const removed = [...was].filter(([id]) => !now.has(id)).map(([, name]) => name);
  if (added.length === 0 && removed.length === 0) return undefined;
  const list = (sign: string, items: string[]) =>
    items.length === 0
      ? []
      : [`${sign} ${items.slice(0, 2).join(', ')}${items.length > 2 ? ` and ${items.length - 2} more` : ''}`];
  return `resources differ: ${[...list('+', added), ...list('−', removed)].join('; ')}`;
}

function conflictLines(reviewed: Plan, current: Plan): string[] {
  const key = (c: { service: string; resourceId: string }) =>
    `${c.service}\u0000${c.resourceId.toLowerCase()}`;
  const was = new Set(reviewed.conflicts.map(key));
  const now = new Set(current.conflicts.map(key));
  const name = (id: string) => id.split('/').pop();
  return [
    ...current.conflicts
      .filter((c) => !was.has(key(c)))
      .map((c) => `${c.service}: new conflict: ${name(c.resourceId)} is not this project's`),
    ...reviewed.conflicts
      .filter((c) => !now.has(key(c)))
      .map((c) => `${c.service}: conflict gone: ${name(c.resourceId)}`),
  ];
}

function blockedLines(reviewed: Plan, current: Plan): string[] {
  const was = new Set(reviewed.blocked.map((b) => b.service));
  const now = new Set(current.blocked.map((b) => b.service));
  return [
    ...current.blocked
      .filter((b) => !was.has(b.service))
      .map((b) => `${b.service}: the delete is now blocked`),
    ...reviewed.blocked
      .filter((b) => !now.has(b.service))
      .map((b) => `${b.service}: the delete is no longer blocked`),
  ];
}

function subnetLines(reviewed: Plan, current: Plan): string[] {
  const was = new Map(reviewed.subnets.map((s) => [s.name, s.prefix]));
  const now = new Map(current.subnets.map((s) => [s.name, s.prefix]));
  const lines: string[] = [];
  for (const [name, prefix] of now) {
    const old = was.get(name);
    if (old === undefined) lines.push(`subnet ${name}: new, ${prefix}`);
    else if (old !== prefix) lines.push(`subnet ${name}: ${old} → ${prefix}`);
  }
  for (const [name, prefix] of was) if (!now.has(name)) lines.push(`subnet ${name}: gone (was ${prefix})`);
  return lines;
}
