// Writes the run's Markdown to a file both hosts can point at (GitHub's summary-file output; the file the
// Azure DevOps task uploads as the run's summary).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name safe on every OS, distinct per config and environment so parallel jobs never collide. */
export function summaryFileName(configPath: string, environment: string | undefined): string {
  const base = configPath.replace(/\\/g, '/').split('/').pop() ?? 'aifactory.yaml';
  const stem = `${base.replace(/\.ya?ml$/i, '')}-${environment ?? 'all'}`.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `aifactory-summary-${stem}.md`;
}

export function writeSummaryFile(
  dir: string,
  configPath: string,
  environment: string | undefined,
  markdown: string,
): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, summaryFileName(configPath, environment));
  writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return file;
}
