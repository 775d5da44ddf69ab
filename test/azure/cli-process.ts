// Runs the CLI as its own process, the way a user or a CI step does: the CLI is bundled with esbuild (types
// stripped, packages left to node_modules) into build/, once per test file under its own name.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from './helpers.js';

export async function bundleCli(name: string): Promise<string> {
  const outfile = path.join(repoRoot, 'build', 'test-cli', `aifactory-${name}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, 'src/hosts/cli/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

export interface CliRun {
  child: ChildProcess;
  /** stdout and stderr as they came, interleaved. */
  output: () => string;
  stdout: () => string;
  exit: Promise<number | null>;
}

export function runCli(
  cli: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): CliRun {
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  let out = '';
  child.stdout!.on('data', (d) => {
    text += String(d);
    out += String(d);
  });
  child.stderr!.on('data', (d) => (text += String(d)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, stdout: () => out, exit };
}

export async function until(check: () => boolean, timeoutMs: number, what = 'a condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
