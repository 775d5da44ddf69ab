// Where the templates and starters live, found by walking the tree so a new file is checked without edits here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared schemas folder next to the project; absent outside this project's CI. */
export const sharedRoot = path.resolve(projectRoot, '..', 'shared');

function yamlFilesUnder(relativeDir: string): string[] {
  const dir = path.join(projectRoot, relativeDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(relativeDir, name).split(path.sep).join('/'))
    .sort();
}

/** GitHub workflow files, as paths relative to the project root. */
export function workflowFiles(): string[] {
  return [...yamlFilesUnder('.github/workflows'), ...yamlFilesUnder('examples/github')];
}

/** Azure Pipelines YAML (templates, pipelines and starters), as paths relative to the project root. */
export function azurePipelineFiles(): string[] {
  return [...yamlFilesUnder('pipelines'), ...yamlFilesUnder('examples/azure-devops')];
}

export function readProjectFile(relativePath: string): string {
  return fs.readFileSync(path.join(projectRoot, relativePath), 'utf8');
}
