// Import of today's flag files: Azure DevOps variables.yaml and GitHub .env → aifactory.yaml + a report of
// every setting not carried over and why (with its line).
import type { Catalog, Diagnostic } from '../types.js';
import { nonServiceFlags as catalogNonServiceFlags } from '../catalog/non-service-flags.js';
import { convert, type NonServiceFlag } from './convert.js';
import { emitYaml } from './emit.js';
import { readEnvFile, readVariablesYaml, type SourceResult } from './sources.js';

export interface ImportResult {
  /** The new aifactory.yaml, with comments. Empty when the input could not be read at all. */
  yaml: string;
  /** Each setting not carried over and why; errors for placeholders, unknown flags, contradictions. */
  report: Diagnostic[];
}

export type { NonServiceFlag };

export function importVariables(
  text: string,
  file: string,
  catalog: Catalog,
  nonServiceFlags: NonServiceFlag[] = catalogNonServiceFlags,
): ImportResult {
  return finish(readVariablesYaml(text, file), file, catalog, nonServiceFlags);
}

export function importEnv(
  text: string,
  file: string,
  catalog: Catalog,
  nonServiceFlags: NonServiceFlag[] = catalogNonServiceFlags,
): ImportResult {
  return finish(readEnvFile(text, file), file, catalog, nonServiceFlags);
}

function finish(
  source: SourceResult,
  file: string,
  catalog: Catalog,
  nonServiceFlags: NonServiceFlag[],
): ImportResult {
  if (source.diagnostics.some((d) => d.severity === 'error') && source.settings.length === 0) {
    return { yaml: '', report: source.diagnostics };
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  const { draft, report } = convert(source.settings, name, catalog, nonServiceFlags);
  return { yaml: emitYaml(draft), report: [...source.diagnostics, ...report] };
}
