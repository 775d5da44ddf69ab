// Checking a host input against its valid choices, with a "did you mean" for a near miss. Hosts read
// free text (a YAML string in a workflow, a pickList that a pipeline can still override with any text).
import { suggest } from '../../core/suggest.js';

/** The problem with `value` as one of `choices`, or undefined when it is one (case-insensitively). */
export function choiceProblem(
  inputName: string,
  value: string,
  choices: readonly string[],
): string | undefined {
  if (choices.includes(value.toLowerCase())) return undefined;
  const near = suggest(value, [...choices]);
  const hint = near ? ` Did you mean '${near}'?` : '';
  return `Input '${inputName}' is '${value}', which is not a valid choice. Valid choices: ${choices.join(', ')}.${hint}`;
}
