// Benchmarks of issue 3 (figures printed, not asserted). Runs the compiled code in build/:
//   npx tsc -p tsconfig.build.json && node scripts/bench-apply.mjs
// 1. Apply of examples/many-addons (dev) on the local emulator: wall time ÷ the plan's critical path (goal
//    ≤ 1.10) and the speed-up over --parallelism 1 (how today's pipelines run); then a delete-heavy plan (every
//    add-on switched off at once): wall ÷ critical path again.
// 2. ARM requests issued by one plan against the number of resource groups it covers, and after an
//    out-of-band change of one resource.
// 3. Peak memory of plan + apply in a process of its own, with the emulator in another process (its memory is
//    reported apart, not counted).
// `--memory` runs only benchmark 3's measured process; `--serve-emulator DIR SCALE` is the emulator it talks to.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(script), '..');
const load = (p) => import(path.join(root, 'build', p));
const [
  { readConfigFile },
  { catalogApiVersions },
  { createArmContext },
  { observe },
  { applyPlan },
  { catalog },
  { buildPlan },
  { observeScope },
  { startEmulator },
] = await Promise.all([
  load('app/files.js'),
  load('app/observe.js'),
  load('azure/clients.js'),
  load('azure/observe.js'),
  load('azure/apply.js'),
  load('core/catalog/index.js'),
  load('core/plan.js'),
  load('core/scope.js'),
  load('emulator/index.js'),
]);

const CONFIG = path.join(root, 'examples/many-addons/aifactory.yaml');
const ENV = 'dev';
const TENANT = '00000000-0000-4000-8000-000000000000';
const TARGET_CRITICAL_SECONDS = Number(process.env.BENCH_CRITICAL_SECONDS ?? 6);
const PARALLELISM = Number(process.env.BENCH_PARALLELISM ?? 16);
const quiet = { info() {}, warn() {}, error() {}, debug() {}, startGroup() {}, endGroup() {} };

const [mode, ...modeArgs] = process.argv.slice(2);
if (mode === '--serve-emulator') await serveEmulator(modeArgs[0], Number(modeArgs[1]));

const read = readConfigFile(CONFIG, catalog);
const errors = read.diagnostics.filter((d) => d.severity === 'error');
if (!read.config || errors.length > 0) {
  console.error(
    `bench-apply: ${CONFIG} does not validate:\n${errors.map((d) => `  ${d.message}`).join('\n')}`,
  );
  process.exit(1);
}
const config = read.config;
const subscriptionId = config.environments[ENV].subscriptionId;
const scope = observeScope(config, ENV, catalog);

if (mode === '--memory') {
  await measuredPlanAndApply();
} else {
  await benchmark1();
  await benchmark2();
  await benchmark3();
}

/** An emulator on `stateDir` (kept when `keep`), and an ARM context on it. */
async function lab(
  timeScale,
  stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-bench-')),
  keep = false,
) {
  const emulator = await startEmulator({ stateDir, timeScale, catalog });
  const ctx = createArmContext({
    target: 'local',
    endpoint: emulator.url,
    subscriptionId,
    apiVersions: catalogApiVersions(catalog),
  });
  return {
    ctx,
    emulator,
    stateDir,
    close: async () => {
      await emulator.close();
      if (!keep) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

function livePlan(ctx, cfg, allowDestroy = []) {
  return observe(ctx, scope).then((observed) =>
    buildPlan(cfg, ENV, catalog, observed, { allowDestroy, tenantId: TENANT }),
  );
}

async function timedApply(ctx, plan, desired, parallelism, timeScale) {
  const blocking = plan.diagnostics.filter((d) => d.severity === 'error');
  if (blocking.length > 0)
    throw new Error(`the plan has errors: ${blocking.map((d) => d.message).join('; ')}`);
  const started = performance.now();
  const result = await applyPlan(ctx, plan, desired, { parallelism, logger: quiet, timeScale });
  const wall = (performance.now() - started) / 1000;
  if (!result.ok) {
    const failed = result.outcomes.filter((o) => o.status === 'failed');
    throw new Error(
      `apply failed: ${failed.map((o) => `${o.service}: ${o.error?.code} ${o.error?.message}`).join('; ')}`,
    );
  }
  return wall;
}

async function planAndApply(timeScale, parallelism) {
  const l = await lab(timeScale);
  try {
    const { plan, desired } = await livePlan(l.ctx, config);
    const wall = await timedApply(l.ctx, plan, desired, parallelism, timeScale);
    return { plan, wall, peakConcurrentDeployments: l.emulator.stats().peakConcurrentDeployments };
  } finally {
    await l.close();
  }
}

async function benchmark1() {
  // The plan's critical path in Azure seconds decides the time scale that keeps the run short.
  const probe = await lab(0);
  const probePlan = (await livePlan(probe.ctx, config)).plan;
  await probe.close();
  const timeScale = TARGET_CRITICAL_SECONDS / probePlan.estimatedSeconds;
  const services = probePlan.actions.filter((a) => a.action !== 'noop').length;
  console.log(
    `Benchmark 1 — apply of examples/many-addons (${ENV}): ${services} services, ` +
      `critical path ${Math.round(probePlan.estimatedSeconds)} s on Azure (${probePlan.criticalPath.join(' → ')})`,
  );
  console.log(
    `  time scale ${timeScale.toFixed(5)}: critical path here = ${TARGET_CRITICAL_SECONDS.toFixed(2)} s`,
  );
  const fast = await planAndApply(timeScale, PARALLELISM);
  const critical = fast.plan.estimatedSeconds * timeScale;
  console.log(
    `  --parallelism ${PARALLELISM}: wall ${fast.wall.toFixed(2)} s, wall ÷ critical path = ${(fast.wall / critical).toFixed(3)} (goal ≤ 1.10), peak concurrent deployments ${fast.peakConcurrentDeployments}`,
  );
  const serial = await planAndApply(timeScale, 1);
  console.log(
    `  --parallelism 1:  wall ${serial.wall.toFixed(2)} s → speed-up ×${(serial.wall / fast.wall).toFixed(2)}`,
  );
  await deleteHeavy();
}

/** Every add-on of the example switched off at once: the plan is mostly deletes, each in its cleanup order. */
async function deleteHeavy() {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-bench-'));
  const off = { ...config, flags: Object.fromEntries(Object.keys(config.flags).map((f) => [f, false])) };
  try {
    let l = await lab(0, stateDir, true);
    const on = await livePlan(l.ctx, config);
    await timedApply(l.ctx, on.plan, on.desired, PARALLELISM, 0);
    const probe = (await livePlan(l.ctx, off, ['all'])).plan;
    await l.close();
    const timeScale = TARGET_CRITICAL_SECONDS / probe.estimatedSeconds;
    l = await lab(timeScale, stateDir, true);
    const { plan, desired } = await livePlan(l.ctx, off, ['all']);
    const wall = await timedApply(l.ctx, plan, desired, PARALLELISM, timeScale);
    await l.close();
    const count = (kind) => plan.actions.filter((a) => a.action === kind).length;
    console.log(
      `  delete-heavy (every add-on off): ${count('delete')} deletes, ${count('update')} updates, critical path ` +
        `${Math.round(plan.estimatedSeconds)} s on Azure (${plan.criticalPath.join(' → ')})`,
    );
    console.log(
      `  --parallelism ${PARALLELISM}: wall ${wall.toFixed(2)} s, wall ÷ critical path = ${(wall / (plan.estimatedSeconds * timeScale)).toFixed(3)} (goal ≤ 1.10)`,
    );
  } finally {
    rmSync(stateDir, { recursive: true, force: true });
  }
}

// Benchmark 2: requests of one observe (the ARM part of a plan) as the number of resource groups grows.
async function benchmark2() {
  console.log('\nBenchmark 2 — ARM requests of one plan against the resource groups it covers');
  const l = await lab(0);
  try {
    const { plan, desired } = await livePlan(l.ctx, config);
    await applyPlan(l.ctx, plan, desired, { parallelism: PARALLELISM, logger: quiet });
    const identityApi = catalogApiVersions(catalog)['Microsoft.ManagedIdentity/userAssignedIdentities'];
    const cost = async (s) => {
      const before = { total: l.ctx.stats.total, ops: { ...l.ctx.stats.byOperation } };
      await observe(l.ctx, s);
      const delta = (k) => (l.ctx.stats.byOperation[k] ?? 0) - (before.ops[k] ?? 0);
      return {
        groups: s.resourceGroups.length,
        requests: l.ctx.stats.total - before.total,
        resourceLists: delta('GET listResourcesByGroup'),
      };
    };
    const extra = [];
    const rows = [];
    for (const add of [0, 2, 6, 14, 30]) {
      while (extra.length < add) {
        const name = `bench-extra-rg-${extra.length + 1}`;
        await l.ctx.resources.resourceGroups.createOrUpdate(name, { location: scope.location });
        await l.ctx.resources.resources.beginCreateOrUpdateByIdAndWait(
          `/subscriptions/${subscriptionId}/resourceGroups/${name}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-${extra.length + 1}`,
          identityApi,
          // Tagged as ours: the worst case for the observer.
          { location: scope.location, tags: { ...desired.ownershipTags, 'aifactory-service': 'bench' } },
        );
        extra.push(name);
      }
      rows.push(await cost({ ...scope, resourceGroups: [...scope.resourceGroups, ...extra] }));
    }
    for (const r of rows) {
      const constant = r.requests - r.resourceLists;
      console.log(
        `  ${String(r.groups).padStart(3)} resource groups: ${String(r.requests).padStart(3)} requests per plan ` +
          `= ${r.resourceLists} resource lists + ${constant} constant (resource group list, deployment records in ` +
          `the project and common groups, VNet, soft-deleted vaults and accounts, subscription-level resources)`,
      );
    }
    const slope = (rows.at(-1).requests - rows[0].requests) / (rows.at(-1).groups - rows[0].groups);
    console.log(
      `  → ${slope.toFixed(2)} requests per additional resource group (its resource list), plus ${rows[0].requests - rows[0].resourceLists} constant`,
    );

    // A change outside the tool (a portal edit keeping the tags): the observer GETs that resource, and only it.
    const storage = desired.services
      .find((s) => s.id === 'storage')
      .resources.find((r) => r.type === 'Microsoft.Storage/storageAccounts');
    const live = await l.ctx.resources.resources.getById(storage.id, storage.apiVersion);
    await l.ctx.resources.resources.beginUpdateByIdAndWait(storage.id, storage.apiVersion, {
      properties: { publicNetworkAccess: 'Enabled' },
      tags: live.tags,
    });
    const after = await cost(scope);
    const unchanged = rows[0];
    console.log(
      `  after an out-of-band change of one storage account: ${after.requests} requests per plan ` +
        `(${after.requests - unchanged.requests} more than unchanged: the GET of its key properties)`,
    );
  } finally {
    await l.close();
  }
}

/** Benchmark 3 in a fresh process, so earlier runs do not count, against an emulator in yet another process. */
async function benchmark3() {
  const child = spawn(process.execPath, [script, '--memory'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`benchmark 3 failed (exit ${code})`);
  const { planAndApply: measured, emulator } = JSON.parse(out.trim().split('\n').at(-1));
  console.log(
    `\nBenchmark 3 — peak memory of one plan + apply of examples/many-addons (dev), the emulator in another process:\n` +
      `  plan + apply (the tool):  max RSS ${measured.maxRssMb.toFixed(1)} MB, peak heap ${measured.peakHeapMb.toFixed(1)} MB\n` +
      `  the emulator (not counted above): max RSS ${emulator.maxRssMb.toFixed(1)} MB, peak heap ${emulator.peakHeapMb.toFixed(1)} MB`,
  );
}

/** The measured process of benchmark 3: starts the emulator process, plans and applies, reports both peaks. */
async function measuredPlanAndApply() {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-bench-'));
  const emulator = spawn(process.execPath, [script, '--serve-emulator', stateDir, '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  emulator.stdout.on('data', (d) => (out += String(d)));
  while (!out.includes('\n')) await new Promise((r) => setTimeout(r, 10));
  const url = out.split('\n')[0];
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 25);
  try {
    const ctx = createArmContext({
      target: 'local',
      endpoint: url,
      subscriptionId,
      apiVersions: catalogApiVersions(catalog),
    });
    const { plan, desired } = await livePlan(ctx, config);
    await timedApply(ctx, plan, desired, PARALLELISM, 0);
  } finally {
    clearInterval(sampler);
    emulator.kill('SIGTERM');
    await new Promise((resolve) => emulator.on('exit', resolve));
    rmSync(stateDir, { recursive: true, force: true });
  }
  const emulatorPeak = JSON.parse(out.trim().split('\n').at(-1));
  console.log(
    JSON.stringify({
      planAndApply: { maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 1048576 },
      emulator: emulatorPeak,
    }),
  );
}

/** The emulator of benchmark 3, in its own process: prints its URL, and its peaks when told to stop. */
async function serveEmulator(stateDir, timeScale) {
  const emulator = await startEmulator({ stateDir, timeScale, catalog });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 25);
  console.log(emulator.url);
  process.once('SIGTERM', async () => {
    clearInterval(sampler);
    await emulator.close();
    console.log(
      JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peak / 1048576 }),
    );
    process.exit(0);
  });
  await new Promise(() => {});
}
