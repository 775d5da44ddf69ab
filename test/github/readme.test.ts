// The README documents every input and output of action.yml (issue: "document each in the README"), with the
// default action.yml really has; docs/github-action.md lists them all too. A new or renamed input that is not
// documented, or a documented one that no longer exists, fails here.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const action = parse(read('action.yml')) as {
  inputs: Record<string, { default?: string; required?: boolean; description?: string }>;
  outputs: Record<string, { description?: string }>;
};

/** The rows of the Markdown table right under `heading` (cells trimmed), without its header and rule. */
function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.trim() === heading);
  if (at < 0) throw new Error(`no heading '${heading}'`);
  const rows: string[][] = [];
  let i = at + 1;
  while (i < lines.length && !lines[i].startsWith('|')) {
    if (lines[i].startsWith('#')) throw new Error(`no table under '${heading}'`);
    i++;
  }
  for (; i < lines.length && lines[i].startsWith('|'); i++)
    rows.push(
      lines[i]
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  return rows.slice(2);
}

/** `name` → name; a cell of several names (`create` / `update`) gives each. */
const namesIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('README.md documents the Action', () => {
  const readme = read('README.md');
  const inputs = tableUnder(readme, '### GitHub Action inputs');
  const outputs = tableUnder(readme, '### GitHub Action outputs');

  test('every input, in the order of action.yml, with its real default and a meaning', () => {
    expect(inputs.map(([name]) => namesIn(name)[0])).toEqual(Object.keys(action.inputs));
    for (const [name, defaultCell, meaning] of inputs) {
      const spec = action.inputs[namesIn(name)[0]];
      const expected =
        spec.required && spec.default === undefined
          ? '(required)'
          : spec.default
            ? `\`${spec.default}\``
            : '';
      expect({ name, default: defaultCell }).toEqual({ name, default: expected });
      expect({ name, meaning: meaning.length > 10 }).toEqual({ name, meaning: true });
    }
  });

  test('every output, in the order of action.yml, with what it holds', () => {
    expect(outputs.map(([name]) => namesIn(name)[0])).toEqual(Object.keys(action.outputs));
    for (const [name, value] of outputs)
      expect({ name, value: value.length > 10 }).toEqual({ name, value: true });
  });

  test('the table parser really reads tables: a missing heading and a heading without a table are errors', () => {
    expect(() => tableUnder('# a\n', '### GitHub Action inputs')).toThrow(
      "no heading '### GitHub Action inputs'",
    );
    expect(() => tableUnder('### x\ntext\n## next\n| a |\n', '### x')).toThrow("no table under '### x'");
    expect(tableUnder('### x\n\n| a | b |\n| - | - |\n| `c` | d |\n\nafter\n', '### x')).toEqual([
      ['`c`', 'd'],
    ]);
  });
});

test('docs/github-action.md lists every input and output of action.yml, and nothing else', () => {
  const docs = read('docs/github-action.md');
  const inputs = tableUnder(docs, '## Inputs').flatMap(([name]) => namesIn(name));
  const outputs = tableUnder(docs, '## Outputs').flatMap(([name]) => namesIn(name));
  expect([...inputs].sort()).toEqual(Object.keys(action.inputs).sort());
  expect([...outputs].sort()).toEqual(Object.keys(action.outputs).sort());
});
