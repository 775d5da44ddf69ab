// parseConfig: YAML text → ProjectConfig, or every problem found, each with file:line:column.
import { LineCounter, parseDocument } from 'yaml';
import type { Catalog, ConfigResult, Diagnostic } from '../types.js';
import { buildConfig, type RawConfig } from './build.js';
import { checkConfig } from './checks.js';
import { configSpec } from './spec.js';
import { walk, type WalkContext } from './yaml-walk.js';

export function parseConfig(text: string, file: string, catalog: Catalog): ConfigResult {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by the walker, which can name the line of the first one.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  for (const e of doc.errors) {
    diagnostics.push({
      severity: 'error',
      code: 'config.yaml-syntax',
      message: `YAML syntax error: ${e.message}`,
      location: at(e.pos[0]),
      hint: 'fix the YAML syntax first (indentation with spaces, closing brackets and quotes)',
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  if (doc.contents === null) {
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'config.empty',
          message: 'the file is empty',
          location: { file, line: 1, column: 1 },
          hint: 'start from examples/genai-1/aifactory.yaml',
        },
      ],
    };
  }

  const ctx: WalkContext = { file, doc, lineCounter, diagnostics, keyLocations: {}, valueLocations: {} };
  const raw = walk(ctx, doc.contents, configSpec, '') as RawConfig | undefined;
  if (raw === undefined) return { diagnostics };
  const config = buildConfig(raw, ctx, catalog);
  diagnostics.push(...checkConfig(config, catalog));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { config, diagnostics };
}
