// One line per diagnostic, in the form compilers use so terminals and editors link to the place:
// file:line:col: error: message (hint)
import type { Diagnostic } from '../types.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
  const hint = d.hint ? ` (${d.hint})` : '';
  return `${where}${d.severity}: ${d.message}${hint}`;
}
