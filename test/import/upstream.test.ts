// Imports the real files of today's AI Factory pipelines (../shared/fixtures/aifactory-upstream) with the
// real catalog: every flag is known, placeholders are reported with their lines, nothing is guessed.
import fs from 'node:fs';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { importEnv, importVariables } from '../../src/core/import/index.js';

const dir = new URL('../../../shared/fixtures/aifactory-upstream/', import.meta.url);
const present = fs.existsSync(dir);
if (!present) {
  console.warn(
    `skipped: the real upstream files are not here (${dir.pathname}); CI has them under ../shared`,
  );
}

describe.each([
  ['variables.yaml', importVariables],
  ['env.template', importEnv],
])(
  present ? 'import of the real upstream %s' : 'import of the real upstream %s (skipped: ../shared missing)',
  (file, importer) => {
    const run = () => importer(fs.readFileSync(new URL(file, dir), 'utf8'), file, catalog);
    const maybe = present ? test : test.skip;

    maybe('every flag of the file is a service of the catalog or a known non-service setting', () => {
      const { report } = run();
      expect(report.filter((d) => d.code === 'import.unknown-flag')).toEqual([]);
    });

    maybe('every setting that stays behind gets its own reason, none the generic one', () => {
      const { report } = run();
      // Every key of today's files is known to the AI Factory: none may be waved off as unknown.
      const generic = report.filter((d) => d.message.includes('not a setting aifactory-flags uses'));
      expect(generic.map((d) => `${d.location?.line}: ${d.message}`)).toEqual([]);
    });

    maybe('every setting is either carried over or reported with its line', () => {
      const { yaml, report } = run();
      const text = fs.readFileSync(new URL(file, dir), 'utf8');
      const keys = [...text.matchAll(/^ {0,2}([A-Za-z_][A-Za-z0-9_]*)\s*[:=]/gm)]
        .map((m) => m[1])
        .filter((k) => k !== 'variables');
      expect(keys.length).toBeGreaterThan(150);
      const missing = keys.filter(
        (key) =>
          !report.some((d) => d.message.includes(key)) &&
          !new RegExp(`#.*\\b${key} \\(line \\d+\\)`).test(yaml),
      );
      expect(missing).toEqual([]);
    });

    maybe('placeholders are errors at their lines, and become TODOs the validator points at', () => {
      const { yaml, report } = run();
      const placeholders = report.filter((d) => d.code === 'import.placeholder' && d.severity === 'error');
      expect(placeholders.length).toBe(3); // the three subscription ids
      for (const d of placeholders) expect(d.location?.line).toBeGreaterThan(0);
      const parsed = parseConfig(yaml, 'aifactory.yaml', catalog);
      const todoLines = yaml
        .split('\n')
        .flatMap((l, i) => (l.includes(': "<todo>"') || l.includes('version: "<todo>"') ? [i + 1] : []));
      const errorLines = parsed.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.location?.line);
      for (const line of todoLines) expect(errorLines).toContain(line);
    });

    maybe('the location, prefix, scale set and project number are carried over', () => {
      const { yaml } = run();
      expect(yaml).toMatch(/^ {2}location: eastus2 #/m);
      expect(yaml).toMatch(/^ {2}scaleSet: "001" #/m);
      expect(yaml).toMatch(/^ {2}number: 1 #/m);
    });
  },
);
