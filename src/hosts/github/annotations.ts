// Config diagnostics as GitHub annotations on the file and line, so they show in the PR's "Files changed".
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic } from '../../core/types.js';
import { pathForAnnotation } from '../shared/locations.js';
import type { ReportedMessages } from '../shared/reported.js';

export interface Annotator {
  error(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
}

export function diagnosticText(d: Diagnostic): string {
  return d.hint ? `${d.message} (${d.hint})` : d.message;
}

/**
 * Annotates every diagnostic the run did not already log (`reported`), so each problem shows once: the
 * application layer logs most of them itself; failures before planning may only be in the result.
 */
export function annotateDiagnostics(
  diagnostics: Diagnostic[],
  annotator: Annotator,
  ctx: { cwd: string; repositoryRoot?: string; reported?: ReportedMessages },
): number {
  let count = 0;
  for (const d of diagnostics) {
    if (ctx.reported?.has(d.message)) continue;
    const props: AnnotationProperties = { title: `aifactory-flags: ${d.code}` };
    if (d.location) {
      props.file = pathForAnnotation(d.location.file, ctx.cwd, ctx.repositoryRoot);
      props.startLine = d.location.line;
      props.startColumn = d.location.column;
    }
    const text = diagnosticText(d);
    if (d.severity === 'error') annotator.error(text, props);
    else if (d.severity === 'warning') annotator.warning(text, props);
    else annotator.notice(text, props);
    count++;
  }
  return count;
}
