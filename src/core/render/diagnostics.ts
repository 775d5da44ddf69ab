// Diagnostics as lines, shared by the text and Markdown renderers.
import type { Diagnostic } from '../types.js';

export function diagnosticLine(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${d.severity} ${d.code}: ${d.message}${hint}`;
}
