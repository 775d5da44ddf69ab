// Cold start of the GitHub Action bundle: process start to its first log line, against `node -e 0`
// (process start to exit), as a ratio. Median of several runs; run alone or from `npm run bench`.
// Usage: node scripts/bench-action.mjs [--runs N] [--json]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(root, 'dist', 'action', 'index.js');

/** Milliseconds from spawn until the first stdout line (or exit, when `untilExit`); settles after exit. */
function time(args, env, untilExit) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstLine;
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      if (firstLine === undefined && buffered.includes('\n')) firstLine = process.hrtime.bigint();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const end = untilExit ? process.hrtime.bigint() : firstLine;
      if (end === undefined) return reject(new Error(`the bundle exited (${code}) without a log line`));
      resolvePromise(Number(end - start) / 1e6);
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchActionColdStart({ runs = 7 } = {}) {
  if (!existsSync(BUNDLE)) throw new Error('dist/action/index.js is missing: run `npm run build` first.');
  const work = mkdtempSync(join(tmpdir(), 'aif-bench-'));
  try {
    // A validate on the local target: inputs are read and the first line is written before any file I/O.
    const env = {
      PATH: process.env.PATH,
      INPUT_COMMAND: 'validate',
      INPUT_TARGET: 'local',
      INPUT_CONFIG: 'aifactory.yaml',
      'INPUT_WORKING-DIRECTORY': work,
      RUNNER_TEMP: work,
    };
    const bundle = [];
    const baseline = [];
    await time(['-e', '0'], env, true); // warm the file cache for both
    await time([BUNDLE], env, false);
    for (let i = 0; i < runs; i++) {
      baseline.push(await time(['-e', '0'], env, true));
      bundle.push(await time([BUNDLE], env, false));
    }
    const bundleMs = median(bundle);
    const nodeMs = median(baseline);
    return {
      name: 'action cold start',
      runs,
      bundleMs: Math.round(bundleMs),
      nodeMs: Math.round(nodeMs),
      ratio: Number((bundleMs / nodeMs).toFixed(2)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  benchActionColdStart({ runs })
    .then((r) => {
      if (args.includes('--json')) console.log(JSON.stringify(r));
      else
        console.log(
          `${r.name}: ${r.bundleMs} ms to first log line vs ${r.nodeMs} ms for node -e 0 → ×${r.ratio} (median of ${r.runs})`,
        );
    })
    .catch((error) => {
      console.error(`bench-action failed: ${error.message}`);
      process.exit(1);
    });
}
