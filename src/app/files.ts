// Reading and writing the files a run works with. Every failure comes back as a diagnostic that names the
// file and says what to do — never an exception with a stack trace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalog as defaultCatalog } from '../core/catalog/index.js';
import { parseConfig } from '../core/config/index.js';
import { renderJson } from '../core/render/index.js';
import type { Catalog, ConfigResult, Diagnostic, ObservedState, Plan } from '../core/types.js';

const error = (code: string, message: string, hint?: string): Diagnostic => ({
  severity: 'error',
  code,
  message,
  ...(hint ? { hint } : {}),
});

function readText(file: string, what: string, hint: string): { text?: string; diagnostics: Diagnostic[] } {
  try {
    return { text: readFileSync(file, 'utf8'), diagnostics: [] };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === 'ENOENT'
        ? 'does not exist'
        : err.code === 'EISDIR'
          ? 'is a directory'
          : err.message.split('\n')[0];
    return { diagnostics: [error(`${what}.read`, `cannot read ${file}: ${reason}`, hint)] };
  }
}

/** Reads and validates aifactory.yaml; diagnostics carry `file:line:column` where they have one. */
export function readConfigFile(file: string, catalog: Catalog = defaultCatalog): ConfigResult {
  const read = readText(file, 'config', 'pass --config with the path of your aifactory.yaml');
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  return parseConfig(read.text, file, catalog);
}

/** Nothing exists yet: the observed state of a project environment before its first apply. */
export function emptyObservedState(subscriptionId: string): ObservedState {
  return {
    schemaVersion: 1,
    subscriptionId,
    resourceGroups: [],
    resources: [],
    subnets: [],
    softDeleted: [],
  };
}

/** Reads an observed-state snapshot (`--observed FILE`), checking the shape the planner relies on. */
export function readObservedFile(file: string): { observed?: ObservedState; diagnostics: Diagnostic[] } {
  const read = readText(file, 'observed', 'pass --observed with the path of an observed-state JSON file');
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (e) {
    return { diagnostics: [error('observed.json', `${file} is not valid JSON: ${(e as Error).message}`)] };
  }
  const problems = observedProblems(data);
  if (problems.length > 0) {
    return {
      diagnostics: [
        error(
          'observed.shape',
          `${file} is not an observed state: ${problems.join('; ')}`,
          'docs/plan.md describes the format (schemaVersion 1, resourceGroups, resources, subnets, softDeleted)',
        ),
      ],
    };
  }
  const o = data as Partial<ObservedState>;
  return {
    observed: {
      schemaVersion: 1,
      subscriptionId: o.subscriptionId ?? '',
      resourceGroups: o.resourceGroups ?? [],
      resources: (o.resources ?? []).map((r) => ({ ...r, tags: r.tags ?? {} })),
      subnets: o.subnets ?? [],
      softDeleted: o.softDeleted ?? [],
    },
    diagnostics: [],
  };
}

function observedProblems(data: unknown): string[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return ['the top level must be an object'];
  const o = data as Record<string, unknown>;
  const problems: string[] = [];
  if (o.schemaVersion !== 1) problems.push('schemaVersion must be 1');
  for (const key of ['resourceGroups', 'resources', 'subnets', 'softDeleted']) {
    if (o[key] !== undefined && !Array.isArray(o[key])) problems.push(`${key} must be a list`);
  }
  (Array.isArray(o.resources) ? o.resources : []).forEach((r, i) => {
    const res = r as Record<string, unknown>;
    for (const key of ['id', 'type', 'name']) {
      if (typeof res?.[key] !== 'string') problems.push(`resources[${i}].${key} must be a string`);
    }
  });
  (Array.isArray(o.resourceGroups) ? o.resourceGroups : []).forEach((g, i) => {
    const rg = g as Record<string, unknown>;
    if (typeof rg?.name !== 'string') problems.push(`resourceGroups[${i}].name must be a string`);
    if (typeof rg?.exists !== 'boolean') problems.push(`resourceGroups[${i}].exists must be true or false`);
  });
  (Array.isArray(o.subnets) ? o.subnets : []).forEach((s, i) => {
    const sn = s as Record<string, unknown>;
    if (typeof sn?.name !== 'string' || typeof sn?.addressPrefix !== 'string') {
      problems.push(`subnets[${i}] needs name and addressPrefix`);
    }
  });
  return problems.slice(0, 5);
}

/** Writes the plan JSON (stable key order, trailing newline); creates the directory when needed. */
export function writePlanFile(file: string, plan: Plan): Diagnostic[] {
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, renderJson(plan));
    return [];
  } catch (e) {
    return [error('plan.write', `cannot write the plan to ${file}: ${(e as Error).message.split('\n')[0]}`)];
  }
}

/** Reads a plan written by `aifactory plan --out`. */
export function readPlanFile(file: string): { plan?: Plan; diagnostics: Diagnostic[] } {
  const read = readText(file, 'plan', 'pass the file `aifactory plan --out` wrote');
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  try {
    const plan = JSON.parse(read.text) as Plan;
    if (plan?.schemaVersion !== 1 || typeof plan.fingerprint !== 'string' || !Array.isArray(plan.actions)) {
      return {
        diagnostics: [error('plan.invalid', `${file} is not a plan written by aifactory plan --out`)],
      };
    }
    return { plan, diagnostics: [] };
  } catch (e) {
    return { diagnostics: [error('plan.invalid', `${file} is not valid JSON: ${(e as Error).message}`)] };
  }
}
