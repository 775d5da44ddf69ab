// `npm run package:ado` offline: tfx builds the .vsix and the script checks it; here we also open the
// archive and check what an agent will install: task.json, the bundle, its chunks and the ESM marker.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireBundle, TASK_BUNDLE } from '../github/runner.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/package-ado.mjs', import.meta.url));
const TASK = 'ado-extension/tasks/AIFactoryFlagsV1';

function runScript(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('package:ado builds a .vsix with the task, under the publisher given on the command line', async () => {
  requireBundle(TASK_BUNDLE);
  const out = mkdtempSync(join(tmpdir(), 'aif-vsix-'));
  try {
    const r = await runScript(['--output-path', out, '--publisher', 'contoso-test']);
    expect(r.out).toContain('ok: ');
    expect(r.code).toBe(0);
    const [vsix] = readdirSync(out).filter((f) => f.endsWith('.vsix'));
    expect(vsix).toBe('contoso-test.aifactory-flags-1.0.0.vsix');
    const { readZip } = (await import(SCRIPT)) as { readZip(b: Buffer): Map<string, () => Buffer> };
    const entries = readZip(readFileSync(join(out, vsix)));
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        `${TASK}/task.json`,
        `${TASK}/dist/index.js`,
        `${TASK}/dist/package.json`,
        'ado-extension/images/icon.png',
        'ado-extension/overview.md',
      ]),
    );
    expect(JSON.parse(entries.get(`${TASK}/dist/package.json`)!().toString()).type).toBe('module');
    const manifest = entries.get('extension.vsixmanifest')!().toString();
    expect(manifest).toContain('Publisher="contoso-test"');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
