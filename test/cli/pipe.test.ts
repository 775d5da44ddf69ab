// `aifactory … | head`: the reader closes stdout after a few lines. The CLI, bundled and run as a separate
// process with real pipes, must end quietly with its own exit code instead of dying on EPIPE with a stack trace.
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { pipeWriter } from '../../src/hosts/cli/pipe.js';
import { bundleCli } from '../azure/cli-process.js';
import { repoRoot } from '../azure/helpers.js';

let cli: string;
beforeAll(async () => {
  cli = await bundleCli('pipe');
});

/**
 * Runs the CLI with its stdout (and stderr, when asked) closed by the reader before it writes anything, as
 * `aifactory catalog | true` does: every write fails with EPIPE.
 */
function closedEarly(args: string[], closeStderr = false): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    if (closeStderr) child.stderr.destroy();
    let stderr = '';
    if (!closeStderr) child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

test.each([[['catalog', '--format', 'json']], [['catalog']], [['--help']]])(
  'aifactory %j with stdout closed: exits 0 without a stack trace',
  async (args) => {
    const r = await closedEarly(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  },
  30_000,
);

test('aifactory catalog --format json | head -c 100: the reader leaves after its first bytes', async () => {
  const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    // bash reports the CLI's own exit code (PIPESTATUS), not head's.
    const child = spawn(
      'bash',
      ['-c', '"$0" "$1" catalog --format json | head -c 100; exit "${PIPESTATUS[0]}"', process.execPath, cli],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  expect(r.stdout).toHaveLength(100);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 30_000);

test('an error still exits 1 and says why on stderr when nobody reads stdout', async () => {
  const r = await closedEarly(['catalog', '--format', 'yaml']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
}, 30_000);

test("with stderr closed as well (`2>&1 | head`), the exit code is still the command's", async () => {
  expect((await closedEarly(['catalog', '--format', 'yaml'], true)).code).toBe(1);
  expect((await closedEarly(['catalog'], true)).code).toBe(0);
}, 30_000);

test('pipeWriter drops output after the reader closed, and rethrows other stream errors', () => {
  const stream = new PassThrough();
  const written: string[] = [];
  stream.on('data', (d) => written.push(String(d)));
  const write = pipeWriter(stream);
  write('a');
  stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  write('b');
  expect(written).toEqual(['a']);
  expect(() => stream.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow(
    'disk full',
  );
});
