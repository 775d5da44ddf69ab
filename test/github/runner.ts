// Runs a built bundle the way the GitHub runner or the Azure DevOps agent does: a child process with the
// inputs in INPUT_* variables and the step files in the environment. Asynchronous, so stand-in servers in
// the test process keep answering while the child runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ACTION_BUNDLE = fileURLToPath(new URL('../../dist/action/index.js', import.meta.url));
export const TASK_BUNDLE = fileURLToPath(
  new URL('../../ado-extension/tasks/AIFactoryFlagsV1/dist/index.js', import.meta.url),
);
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function requireBundle(path: string): void {
  if (!existsSync(path))
    throw new Error(`${path} is missing: run 'npm run build' first (CI builds before testing).`);
}

/** The runner's spelling of an input variable: INPUT_ + name upper-cased, spaces → '_' (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(
  node: string,
  script: string,
  env: Record<string, string>,
  cwd: string,
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // Only what a runner or agent would pass: no jest or npm variables leaking into the child.
    const child = spawn(node, [script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Outputs from a GITHUB_OUTPUT file: `name<<delimiter\nvalue\ndelimiter` blocks (and plain name=value lines). */
export function parseGithubOutput(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

/** The Node 24 binary CI provides (AIFACTORY_NODE24), or undefined with the reason it is skipped. */
export function node24(): { path?: string; skipReason?: string } {
  const path = process.env.AIFACTORY_NODE24;
  if (!path)
    return {
      skipReason: 'AIFACTORY_NODE24 is not set: the Node 24 run of the bundle is skipped (CI sets it).',
    };
  if (!existsSync(path))
    return { skipReason: `AIFACTORY_NODE24=${path} does not exist: the Node 24 run is skipped.` };
  return { path };
}
