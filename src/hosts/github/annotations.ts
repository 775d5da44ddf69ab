// Config diagnostics as GitHub annotations on the file and line, so they show in the PR's "Files changed".
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic } from '../../core/types.js';
import { pathForAnnotation } from '../shared/locations.js';

export interface Annotator {
  error(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
}

export function annotationKey(message: string, file: string, line: number, column: number): string {
  return `${file}:${line}:${column}:${message}`;
}

export function diagnosticText(d: Diagnostic): string {
  return d.hint ? `${d.message} (${d.hint})` : d.message;
}

/**
 * Annotates every diagnostic, skipping those the logger already annotated during the run (`seen` holds
 * their keys), so each problem shows once.
 */
export function annotateDiagnostics(
  diagnostics: Diagnostic[],
  annotator: Annotator,
  ctx: { cwd: string; repositoryRoot?: string; seen?: Set<string> },
): number {
  let count = 0;
  for (const d of diagnostics) {
    const props: AnnotationProperties = { title: `aifactory-flags: ${d.code}` };
    if (d.location) {
      props.file = pathForAnnotation(d.location.file, ctx.cwd, ctx.repositoryRoot);
      props.startLine = d.location.line;
      props.startColumn = d.location.column;
      const seen = ctx.seen;
      if (
        seen &&
        [d.message, diagnosticText(d)].some((m) =>
          seen.has(annotationKey(m, props.file!, d.location!.line, d.location!.column)),
        )
      )
        continue;
    }
    const text = diagnosticText(d);
    if (d.severity === 'error') annotator.error(text, props);
    else if (d.severity === 'warning') annotator.warning(text, props);
    else annotator.notice(text, props);
    count++;
  }
  return count;
}
