// Resolves flags as written (ids, or today's names such as enableAISearch / ENABLE_AI_SEARCH, with
// booleans or "true"/"False" strings) to canonical service ids with booleans.
import type { Catalog, Diagnostic, SourceLocation } from '../types.js';
import { serviceByFlagName, suggestService } from './lookup.js';
import type { RawFlag } from './yaml-walk.js';

export interface ResolvedFlags {
  flags: Record<string, boolean>;
  /** Canonical path (…flags.<id>) → where the flag was written. */
  locations: Record<string, SourceLocation>;
}

export function resolveFlags(
  raw: RawFlag[],
  sectionPath: string,
  catalog: Catalog,
  keyLocations: Record<string, SourceLocation>,
  valueLocations: Record<string, SourceLocation>,
  diagnostics: Diagnostic[],
): ResolvedFlags {
  const flags: Record<string, boolean> = {};
  const locations: Record<string, SourceLocation> = {};
  const writtenAs: Record<string, string> = {};
  for (const entry of raw) {
    const keyLocation = keyLocations[entry.path];
    const found = serviceByFlagName(catalog, entry.name);
    if (!found) {
      const guess = suggestService(catalog, entry.name);
      diagnostics.push({
        severity: 'error',
        code: 'flags.unknown',
        message: `unknown flag '${entry.name}' in ${sectionPath}: no service has this name`,
        location: keyLocation,
        hint: `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services and their flag names`,
      });
      continue;
    }
    const id = found.service.id;
    const value = toBoolean(entry.value);
    if (value === undefined) {
      diagnostics.push({
        severity: 'error',
        code: 'flags.bad-value',
        message: `flag '${entry.name}' must be true or false, found ${describeValue(entry.value)}`,
        location: valueLocations[entry.path] ?? keyLocation,
        hint: `write ${id}: true or ${id}: false`,
      });
      continue;
    }
    const canonicalPath = `${sectionPath}.${id}`;
    if (flags[id] !== undefined) {
      const first = locations[canonicalPath];
      diagnostics.push({
        severity: 'error',
        code: 'flags.duplicate',
        message: `'${entry.name}' sets the flag '${id}' a second time in ${sectionPath} (first as '${writtenAs[id]}' at line ${first?.line})`,
        location: keyLocation,
        hint: `keep one ${id}: entry`,
      });
      continue;
    }
    const isText = typeof entry.value === 'string';
    if (!found.canonical || isText) {
      const why = [
        found.canonical ? undefined : `'${entry.name}' is today's pipeline name of the flag '${id}'`,
        isText ? `the value is the text "${String(entry.value)}", not a boolean` : undefined,
      ].filter(Boolean);
      diagnostics.push({
        severity: 'note',
        code: 'flags.legacy-spelling',
        message: `${why.join('; ')}`,
        location: keyLocation,
        hint: `write ${id}: ${value}`,
      });
    }
    flags[id] = value;
    writtenAs[id] = entry.name;
    locations[canonicalPath] = keyLocation;
  }
  return { flags, locations };
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (/^true$/i.test(value.trim())) return true;
    if (/^false$/i.test(value.trim())) return false;
  }
  return undefined;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `the text '${value}'`;
  if (typeof value === 'object' && 'notScalar' in value) return String(value.notScalar);
  return String(value);
}
