// Build: TypeScript → build/, then one self-contained ESM bundle per host with @vercel/ncc.
// Deterministic (no cache, no minify, no source maps) so CI can rebuild and compare with the committed dist/.
// Usage: node scripts/build.mjs [--only action,cli,ado]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');

export const BUNDLES = [
  { name: 'action', entry: 'build/hosts/github/main.js', out: 'dist/action' },
  { name: 'cli', entry: 'build/hosts/cli/index.js', out: 'dist/cli' },
  { name: 'ado', entry: 'build/hosts/ado/main.js', out: 'ado-extension/tasks/AIFactoryFlagsV1/dist' },
];

function parseOnly(argv) {
  const i = argv.indexOf('--only');
  if (i < 0) return undefined;
  const names = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !BUNDLES.some((b) => b.name === n));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(
      `--only takes a comma-separated list of: ${BUNDLES.map((b) => b.name).join(', ')} (got '${argv[i + 1] ?? ''}')`,
    );
  }
  return names;
}

function compileTypeScript() {
  rmSync(join(root, 'build'), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    throw new Error('TypeScript compilation failed (tsc -p tsconfig.build.json); see the errors above.');
}

/** Empties the output folder but keeps files that are not build output (none today; a guard for later). */
function cleanOut(dir) {
  if (!existsSync(dir)) return mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
}

async function bundle({ name, entry, out }) {
  const input = join(root, entry);
  if (!existsSync(input))
    throw new Error(
      `Bundle '${name}': entry ${entry} does not exist after tsc (is src/${entry.slice(6, -3)}.ts there?)`,
    );
  const { code, assets } = await ncc(input, {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022',
  });
  const outDir = join(root, out);
  cleanOut(outDir);
  // A shebang means an executable (the CLI's bin); git records the mode, so keep it stable.
  writeFileSync(join(outDir, 'index.js'), code, { mode: code.startsWith('#!') ? 0o755 : 0o644 });
  for (const [file, asset] of Object.entries(assets).sort(([a], [b]) => a.localeCompare(b))) {
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, asset.source, { mode: asset.permissions });
  }
  // The task folder is installed on the agent without the repository's package.json: tell Node the
  // bundle is an ES module.
  if (!existsSync(join(outDir, 'package.json')))
    writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const kb = Math.round(code.length / 1024);
  console.log(`${name}: ${entry} → ${out}/index.js (${kb} KiB, ${Object.keys(assets).length} asset(s))`);
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  compileTypeScript();
  for (const b of BUNDLES) {
    if (only && !only.includes(b.name)) continue;
    await bundle(b);
  }
}

main().catch((error) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
