// The import's findings, and the helpers every converter uses to turn a setting into a draft value or a
// reported TODO: nothing is carried silently, nothing is dropped without a line in the report.
import type { Diagnostic, SourceLocation } from '../types.js';
import type { Draft, Field, Origin } from './draft.js';
import type { Setting } from './sources.js';

export class Report {
  readonly items: Diagnostic[] = [];
  add(
    severity: Diagnostic['severity'],
    code: string,
    message: string,
    location?: SourceLocation,
    hint?: string,
  ): void {
    this.items.push({ severity, code, message, location, hint });
  }
}

export const origin = (s: Setting): Origin => ({ key: s.key, location: s.location });

export function placeholder<T>(
  s: Setting,
  report: Report,
  severity: 'error' | 'warning' = 'error',
): Field<T> {
  const what = s.value === '' ? 'empty' : `the placeholder '${s.value}'`;
  report.add(
    severity,
    'import.placeholder',
    `${s.key} is ${what}${severity === 'error' ? '; aifactory.yaml gets a TODO there' : ' and was not carried over'}`,
    s.location,
    `fill in ${s.key} and import again, or edit aifactory.yaml`,
  );
  return { todo: `${s.key} is ${what} in ${s.location.file}:${s.location.line}`, from: origin(s) };
}

export function missing<T>(what: string, keys: string, report: Report): Field<T> {
  report.add(
    'error',
    'import.missing',
    `no ${what} found (${keys}); aifactory.yaml gets a TODO there`,
    undefined,
    `add ${what} to aifactory.yaml`,
  );
  return { todo: `no ${what} in the imported file` };
}

export function invalid<T>(s: Setting, why: string, report: Report, hint?: string): Field<T> {
  report.add('error', 'import.bad-value', `${s.key} '${s.value}' ${why}`, s.location, hint);
  return { todo: `${s.key} '${s.value}' ${why}`, from: origin(s) };
}

export function setOption(draft: Draft, service: string, option: string, field: Field<unknown>): void {
  (draft.serviceOptions[service] ??= {})[option] = field;
}

/** `services`: the service (or services, joined with 'and') the setting is an option of. */
export const notOn = (s: Setting, service: string, report: Report) =>
  report.add(
    'note',
    'import.not-carried',
    `${s.key} not carried over: it is an option of ${service}, which ${service.includes(' and ') ? 'are' : 'is'} off in the imported file`,
    s.location,
  );
