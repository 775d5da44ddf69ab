// `npm run package:ado`: packages the Azure DevOps extension (.vsix) with tfx-cli, offline, then opens the
// archive and checks it holds the task (task.json with the right id) and its bundle.
// Usage: node scripts/package-ado.mjs [--output-path DIR] [--publisher NAME] [other tfx options …]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const TASK_DIR = 'ado-extension/tasks/AIFactoryFlagsV1';

/** Entries of a zip archive by name → content reader, from its central directory. */
export function readZip(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive (no end of central directory record)');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, () => {
      const localName = buffer.readUInt16LE(localOffset + 26);
      const localExtra = buffer.readUInt16LE(localOffset + 28);
      const start = localOffset + 30 + localName + localExtra;
      const data = buffer.subarray(start, start + compressedSize);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function parseArgs(argv) {
  const passThrough = [];
  let outputPath = join(root, 'tmp', 'vsix');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--output-path') outputPath = resolve(argv[++i] ?? '');
    else passThrough.push(argv[i]);
  }
  return { outputPath, passThrough };
}

function main() {
  const { outputPath, passThrough } = parseArgs(process.argv.slice(2));
  const bundle = join(root, TASK_DIR, 'dist', 'index.js');
  if (!existsSync(bundle))
    throw new Error(`${TASK_DIR}/dist/index.js is missing: run 'npm run build' first.`);
  mkdirSync(outputPath, { recursive: true });
  const before = new Set(readdirSync(outputPath));

  const tfx = join(dirname(require.resolve('tfx-cli/package.json')), '_build', 'tfx-cli.js');
  const args = [
    tfx,
    'extension',
    'create',
    '--manifest-globs',
    'vss-extension.json',
    '--output-path',
    outputPath,
    '--no-prompt',
    ...passThrough,
  ];
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TFX_TRACE: '' },
  });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`tfx extension create failed (exit ${r.status}).`);
  // tfx only warns when a task contribution points at no task.json; that would ship an empty extension.
  if (/does not have a task\.json/.test(`${r.stdout}${r.stderr}`))
    throw new Error('tfx could not find the task folder named by the contribution in vss-extension.json.');

  const created = readdirSync(outputPath)
    .filter((f) => f.endsWith('.vsix'))
    .map((f) => ({ f, t: statSync(join(outputPath, f)).mtimeMs, fresh: !before.has(f) }))
    .sort((a, b) => b.t - a.t);
  if (created.length === 0) throw new Error(`tfx reported success but no .vsix is in ${outputPath}.`);
  const vsix = join(outputPath, created[0].f);

  const entries = readZip(readFileSync(vsix));
  const expected = ['extension.vsixmanifest', `${TASK_DIR}/task.json`, `${TASK_DIR}/dist/index.js`];
  const missing = expected.filter((name) => !entries.has(name));
  if (missing.length > 0)
    throw new Error(`${vsix} lacks ${missing.join(', ')}; it holds: ${[...entries.keys()].join(', ')}`);
  const packaged = JSON.parse(entries.get(`${TASK_DIR}/task.json`)().toString('utf8'));
  const source = JSON.parse(readFileSync(join(root, TASK_DIR, 'task.json'), 'utf8'));
  if (packaged.id !== source.id)
    throw new Error(`the packaged task.json has id ${packaged.id}, the source ${source.id}.`);
  const packagedBundle = entries.get(`${TASK_DIR}/dist/index.js`)();
  if (!packagedBundle.equals(readFileSync(bundle)))
    throw new Error('the packaged bundle differs from the built one.');
  console.log(
    `ok: ${vsix} holds task.json (id ${packaged.id}, version ${Object.values(packaged.version).join('.')}) and dist/index.js`,
  );
}

// Run only as a script: tests import readZip.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`package:ado failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
