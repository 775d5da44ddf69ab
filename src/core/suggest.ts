// "Did you mean …?" for near-miss names: the closest choice by edit distance, when it is close enough
// to be a typo rather than a different word.

/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours (a common typo). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[rows - 1][cols - 1];
}

/** Words without case, separators or an `enable` prefix, so `ENABLE_AI_SEARCH` is near `aiSearch`. */
function normalise(s: string): string {
  return s.toLowerCase().replace(/[-_\s.]/g, '');
}

/**
 * The choice closest to `input`, or undefined when none is close: at most a third of the longer word
 * may differ (at least one edit allowed). Case and separators do not count. Ties go to the earlier choice.
 */
export function suggest(input: string, choices: string[]): string | undefined {
  const wanted = normalise(input);
  if (wanted === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const candidate = normalise(choice);
    const distance = candidate === wanted ? 0 : editDistance(wanted, candidate);
    const allowed = Math.max(1, Math.floor(Math.max(wanted.length, candidate.length) / 3));
    if (distance <= allowed && distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;
  // A choice that contains the whole input (or the other way round) is a good guess for abbreviations.
  if (wanted.length >= 4) {
    return choices.find((c) => {
      const n = normalise(c);
      return n.length >= 4 && (n.includes(wanted) || wanted.includes(n));
    });
  }
  return undefined;
}
