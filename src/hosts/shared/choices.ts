// Checking a host input against its valid choices, with a "did you mean" for a near miss. Hosts read
// free text (a YAML string in a workflow, a pickList that a pipeline can still override with any text).

/** Edit distance (insert, delete, substitute), case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[t.length];
}

/** The nearest choice when it is close enough to be a typo (at most a third of the word wrong). */
export function nearestChoice(input: string, choices: readonly string[]): string | undefined {
  let best: { choice: string; d: number } | undefined;
  for (const choice of choices) {
    const d = distance(input, choice);
    if (!best || d < best.d) best = { choice, d };
  }
  if (!best) return undefined;
  return best.d <= Math.max(1, Math.floor(best.choice.length / 3)) ? best.choice : undefined;
}

/** The problem with `value` as one of `choices`, or undefined when it is one (case-insensitively). */
export function choiceProblem(
  inputName: string,
  value: string,
  choices: readonly string[],
): string | undefined {
  if (choices.includes(value.toLowerCase())) return undefined;
  const near = nearestChoice(value, choices);
  const hint = near ? ` Did you mean '${near}'?` : '';
  return `Input '${inputName}' is '${value}', which is not a valid choice. Valid choices: ${choices.join(', ')}.${hint}`;
}
