// The starters plan the environments dev, stage and prod of the configs their READMEs point to
// (examples/genai-1 and examples/esml): those configs must be valid and have exactly what the starters name.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { projectRoot, readProjectFile } from './template-files.js';

interface Diagnostic {
  severity: string;
  message: string;
  location?: { line: number; column: number };
}
type ParseConfig = (
  text: string,
  file: string,
  catalog: unknown,
) => { config?: { environments: Record<string, unknown> }; diagnostics: Diagnostic[] };

const configs = ['examples/genai-1/aifactory.yaml', 'examples/esml/aifactory.yaml'];
const modules = ['src/core/catalog/index.ts', 'src/core/config/index.ts'];
const missing = [...configs, ...modules].filter((f) => !fs.existsSync(path.join(projectRoot, f)));
if (missing.length > 0) {
  console.warn(`Skipping the starter config checks: ${missing.join(', ')} not there yet.`);
}
const maybe = missing.length === 0 ? test : test.skip;

/** Environments the GitHub starters pass in `environments:` (JSON list) and the ADO starters list by name. */
function starterEnvironments(): string[] {
  const pr = parse(readProjectFile('examples/github/aifactory-pr.yml')) as {
    jobs: Record<string, { with?: { environments?: string } }>;
  };
  const fromGithub = JSON.parse(pr.jobs.plan.with?.environments ?? '[]') as string[];
  const ado = readProjectFile('examples/azure-devops/azure-pipelines.yml');
  const fromAdo = [...ado.matchAll(/^\s+- name: (\S+)$/gm)].map((m) => m[1]);
  expect(new Set(fromAdo)).toEqual(new Set(fromGithub));
  return fromGithub;
}

maybe.each(configs)('%s is valid and has every environment the starters plan', async (file) => {
  // Loaded at run time so this file compiles before those modules land.
  const load = (module: string) => import(pathToFileURL(path.join(projectRoot, module)).href);
  const { catalog } = (await load(modules[0])) as { catalog: unknown };
  const { parseConfig } = (await load(modules[1])) as { parseConfig: ParseConfig };
  const result = parseConfig(readProjectFile(file), file, catalog);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${file}:${d.location?.line}:${d.location?.column} ${d.message}`)).toEqual([]);
  expect(Object.keys(result.config?.environments ?? {})).toEqual(
    expect.arrayContaining(starterEnvironments()),
  );
});
