// The job summary (GITHUB_STEP_SUMMARY): the plan Markdown with its Mermaid graph, and after an apply the
// outcome per service with durations and ARM's errors. The Markdown is the core's (RunResult.markdown);
// the Action appends it to the summary and keeps a copy in a file for the `summary-file` output.
import { writeSummaryFile } from '../shared/summary-file.js';

export interface SummaryWriter {
  addRaw(text: string, addEOL?: boolean): { write(): Promise<unknown> };
}

/** Returns the path of the Markdown file (the `summary-file` output). */
export async function publishSummary(
  summary: SummaryWriter,
  env: Record<string, string | undefined>,
  where: { cwd: string; configPath: string; environment?: string },
  markdown: string,
): Promise<string> {
  const file = writeSummaryFile(env.RUNNER_TEMP || where.cwd, where.configPath, where.environment, markdown);
  // Without a runner (a local try-out) there is no step summary; the file is still written.
  if (env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown, true).write();
  return file;
}
