// Reads an Azure DevOps task's stdout the way the agent does: every `##vso[command props]message` line.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { commandFromString } = require('azure-pipelines-task-lib/taskcommand.js') as {
  commandFromString(line: string): { command: string; properties: Record<string, string>; message: string };
};

export interface VsoCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export function vsoCommands(stdout: string): VsoCommand[] {
  return stdout
    .split(/\r?\n/)
    .filter((l) => l.includes('##vso['))
    .map((l) => commandFromString(l.slice(l.indexOf('##vso['))));
}

/** Output variables the task set (`task.setvariable … isOutput=true`), by name. */
export function outputVariables(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of vsoCommands(stdout)) {
    if (c.command === 'task.setvariable' && c.properties.isOutput === 'true')
      out[c.properties.variable] = c.message;
  }
  return out;
}

/** The task's result from its last `task.complete` line (a task run exits 0 even when it failed). */
export function taskResult(stdout: string): { result?: string; message?: string } {
  const complete = vsoCommands(stdout).filter((c) => c.command === 'task.complete');
  const last = complete.at(-1);
  return { result: last?.properties.result, message: last?.message };
}
