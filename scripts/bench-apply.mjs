// Benchmarks of issue 3 (figures printed, not asserted). Runs the compiled code in build/:
//   npx tsc -p tsconfig.build.json && node scripts/bench-apply.mjs
// 1. Apply of examples/many-addons (dev) on the local emulator: wall time ÷ the plan's critical path (goal
//    ≤ 1.10) and the speed-up over --parallelism 1 (how today's pipelines run).
// 2. ARM requests issued by one plan against the number of resource groups it covers.
// 3. Peak memory of plan + apply.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 25);

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

async function lab(timeScale) {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-bench-'));
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
    close: async () => {
      await emulator.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

async function planAndApply(timeScale, parallelism) {
  const l = await lab(timeScale);
  try {
    const observed = await observe(l.ctx, scope);
    const { plan, desired } = buildPlan(config, ENV, catalog, observed, {
      allowDestroy: [],
      tenantId: TENANT,
    });
    const blocking = plan.diagnostics.filter((d) => d.severity === 'error');
    if (blocking.length > 0)
      throw new Error(`the plan has errors: ${blocking.map((d) => d.message).join('; ')}`);
    const started = performance.now();
    const result = await applyPlan(l.ctx, plan, desired, { parallelism, logger: quiet, timeScale });
    const wall = (performance.now() - started) / 1000;
    if (!result.ok) {
      const failed = result.outcomes.filter((o) => o.status === 'failed');
      throw new Error(
        `apply failed: ${failed.map((o) => `${o.service}: ${o.error?.code} ${o.error?.message}`).join('; ')}`,
      );
    }
    return { plan, wall, peakConcurrentDeployments: l.emulator.stats().peakConcurrentDeployments };
  } finally {
    await l.close();
  }
}

// The plan's critical path in Azure seconds decides the time scale that keeps the run short.
const probe = await lab(0);
const probePlan = buildPlan(config, ENV, catalog, await observe(probe.ctx, scope), {
  allowDestroy: [],
  tenantId: TENANT,
}).plan;
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

// Benchmark 2: requests of one observe (the ARM part of a plan) as the number of resource groups grows.
console.log('\nBenchmark 2 — ARM requests of one plan against the resource groups it covers');
{
  const l = await lab(0);
  try {
    const first = await observe(l.ctx, scope);
    const { plan, desired } = buildPlan(config, ENV, catalog, first, { allowDestroy: [], tenantId: TENANT });
    await applyPlan(l.ctx, plan, desired, { parallelism: PARALLELISM, logger: quiet });
    const identityApi = catalogApiVersions(catalog)['Microsoft.ManagedIdentity/userAssignedIdentities'];
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
      const s = { ...scope, resourceGroups: [...scope.resourceGroups, ...extra] };
      const before = { total: l.ctx.stats.total, ops: { ...l.ctx.stats.byOperation } };
      await observe(l.ctx, s);
      const delta = (k) => (l.ctx.stats.byOperation[k] ?? 0) - (before.ops[k] ?? 0);
      rows.push({
        groups: s.resourceGroups.length,
        requests: l.ctx.stats.total - before.total,
        resourceLists: delta('GET listResourcesByGroup'),
      });
    }
    for (const r of rows) {
      const constant = r.requests - r.resourceLists;
      console.log(
        `  ${String(r.groups).padStart(3)} resource groups: ${String(r.requests).padStart(3)} requests per plan ` +
          `= ${r.resourceLists} resource lists + ${constant} constant (resource group list, deployment records in ` +
          `the project and common groups, VNet, soft-deleted vaults and accounts)`,
      );
    }
    const slope = (rows.at(-1).requests - rows[0].requests) / (rows.at(-1).groups - rows[0].groups);
    console.log(
      `  → ${slope.toFixed(2)} requests per additional resource group (its resource list), plus ${rows[0].requests - rows[0].resourceLists} constant`,
    );
  } finally {
    await l.close();
  }
}

clearInterval(sampler);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `\nBenchmark 3 — peak memory of plan + apply (this process, all runs above): max RSS ${rssMb.toFixed(1)} MB, peak heap ${(peakHeap / 1048576).toFixed(1)} MB`,
);
