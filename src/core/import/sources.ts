// Reads today's two settings files into one list of settings with their lines: the Azure DevOps
// variables file (`variables:` as a mapping or as a list of {name, value}) and the GitHub `.env` file.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic, SourceLocation } from '../types.js';

export interface Setting {
  /** As written, e.g. `enableAISearch` or `ENABLE_AI_SEARCH`. */
  key: string;
  /** Always text: both files spell booleans and numbers as text or as YAML scalars. */
  value: string;
  /** Where the value is (the key's line). */
  location: SourceLocation;
}

export interface SourceResult {
  settings: Setting[];
  diagnostics: Diagnostic[];
}

export function readVariablesYaml(text: string, file: string): SourceResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (node: Node | null | undefined): SourceLocation => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  const diagnostics: Diagnostic[] = doc.errors.map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      severity: 'error',
      code: 'import.yaml-syntax',
      message: `YAML syntax error: ${e.message}`,
      location: { file, line: pos.line, column: pos.col },
    };
  });
  if (diagnostics.length > 0) return { settings: [], diagnostics };

  const root = doc.contents;
  const variables = isMap(root) ? (root.get('variables', true) as Node | undefined) : undefined;
  if (!isMap(root) || variables === undefined) {
    diagnostics.push({
      severity: 'error',
      code: 'import.not-variables',
      message: 'no top-level `variables:` section: this is not an Azure DevOps variables file',
      location: at(root as Node | null),
      hint: "pass the variables.yaml of today's Azure DevOps pipelines, or a GitHub .env file with --format env",
    });
    return { settings: [], diagnostics };
  }
  const settings: Setting[] = [];
  const scalarText = (node: unknown): string | undefined =>
    isScalar(node) ? (node.value === null ? '' : String(node.value)) : undefined;

  if (isMap(variables)) {
    for (const pair of variables.items) {
      const key = scalarText(pair.key);
      const value = scalarText(pair.value);
      if (key === undefined) continue;
      if (value === undefined) {
        diagnostics.push(unreadable(key, at(pair.key as Node)));
        continue;
      }
      settings.push({ key, value, location: at(pair.key as Node) });
    }
  } else if (isSeq(variables)) {
    // The list form: `- name: x` / `value: y`; groups and templates cannot be read from one file.
    for (const item of variables.items) {
      if (!isMap(item)) continue;
      const key = scalarText(item.get('name', true));
      const value = scalarText(item.get('value', true));
      if (key === undefined) {
        diagnostics.push({
          severity: 'note',
          code: 'import.not-carried',
          message: 'a variable group or template reference cannot be imported from this file',
          location: at(item),
          hint: 'import the file it refers to separately',
        });
        continue;
      }
      if (value === undefined) {
        diagnostics.push(unreadable(key, at(item)));
        continue;
      }
      settings.push({ key, value, location: at(item.get('name', true) as Node) });
    }
  }
  return { settings, diagnostics };
}

function unreadable(key: string, location: SourceLocation): Diagnostic {
  return {
    severity: 'warning',
    code: 'import.unreadable',
    message: `${key}: the value is not a single value and was not carried over`,
    location,
  };
}

const ENV_LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

export function readEnvFile(text: string, file: string): SourceResult {
  const settings: Setting[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(#|$)/.test(line)) return;
    const location = { file, line: index + 1, column: line.search(/\S/) + 1 };
    const m = ENV_LINE.exec(line);
    if (!m) {
      diagnostics.push({
        severity: 'warning',
        code: 'import.unreadable',
        message: 'line not understood: expected NAME="value"',
        location,
      });
      return;
    }
    const value = envValue(m[2]);
    if (value === undefined) {
      diagnostics.push({
        severity: 'warning',
        code: 'import.unreadable',
        message: `${m[1]}: the quoted value does not end on this line; not carried over`,
        location,
      });
      return;
    }
    settings.push({ key: m[1], value, location });
  });
  return { settings, diagnostics };
}

/** The value of NAME=…: "double" (with \" escapes), 'single', or bare up to a ` #` comment. */
function envValue(rest: string): string | undefined {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let out = '';
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i];
      if (quote === '"' && c === '\\' && i + 1 < rest.length) {
        out += rest[++i];
      } else if (c === quote) {
        return out;
      } else out += c;
    }
    return undefined;
  }
  return rest.replace(/\s+#.*$/, '').trim();
}
