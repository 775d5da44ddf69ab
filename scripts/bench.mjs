// Plan benchmark: time to plan 900 project-environments (300 projects × dev, stage, prod) from synthetic
// observed states — a third nothing exists yet, a third up to date, a third drifted with one add-on switched
// off. Runs the compiled code in build/ (`npx tsc -p tsconfig.build.json` first). Figures are printed, never
// asserted: they depend on the machine.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const BUILD = new URL('../build/', import.meta.url);
if (!existsSync(new URL('core/plan.js', BUILD))) {
  console.error(
    'build/core/plan.js is missing: run `npx tsc -p tsconfig.build.json` first (npm run bench does).',
  );
  process.exit(1);
}
const { buildPlan } = await import(new URL('core/plan.js', BUILD).href);
const { catalog } = await import(new URL('core/catalog/index.js', BUILD).href);

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 300);
const ENVS = ['dev', 'stage', 'prod'];
const TENANT = '99999999-9999-4999-8999-999999999999';

function configFor(n) {
  const environments = {};
  ENVS.forEach((env, i) => {
    environments[env] = {
      name: env,
      subscriptionId: `${String(i + 1).repeat(8)}-0000-4000-8000-${String(n).padStart(12, '0')}`,
      tenantId: TENANT,
      addressSpace: `172.${16 + i}.0.0/20`,
      flags: env === 'prod' ? { containerApps: true } : {},
      allowDestroy: [],
      personas: { dataScientists: [`aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`] },
    };
  });
  return {
    version: 1,
    file: 'aifactory.yaml',
    architecture: 'genai-1',
    project: {
      number: n,
      prefix: 'acme',
      scaleSet: '001',
      location: 'swedencentral',
      tags: { costCenter: '4711' },
    },
    network: { mode: 'standalone' },
    environments,
    flags: { foundryCapabilityHost: true, containerRegistry: true, azureOpenAI: n % 2 === 0 },
    protect: [],
    services: {},
    locations: {},
  };
}

const empty = (subscriptionId) => ({
  schemaVersion: 1,
  subscriptionId,
  resourceGroups: [],
  resources: [],
  subnets: [],
  softDeleted: [],
});

const trackedType = (r) =>
  r.type === 'Microsoft.Resources/resourceGroups' ||
  (!r.scope && /\/resourceGroups\/[^/]+\/providers\//i.test(r.id) && r.type.split('/').length === 2);

/** What Azure holds after applying `desired`: every top-level resource with its tags, plus the subnets. */
function observedFrom(desired) {
  // Services with no top-level resource are fetched one by one by the observer (ObserveScope.resources).
  const fetched = desired.services
    .filter((s) => !s.resources.some(trackedType))
    .flatMap((s) => s.resources.filter((r) => r.role === 'main' || r.role === 'child'));
  const all = [...desired.services.flatMap((s) => s.resources).filter(trackedType), ...fetched];
  return {
    schemaVersion: 1,
    subscriptionId: desired.subscriptionId,
    resourceGroups: all
      .filter((r) => r.type === 'Microsoft.Resources/resourceGroups')
      .map((r) => ({ name: r.name, exists: true, tags: r.body.tags })),
    resources: all
      .filter((r) => r.type !== 'Microsoft.Resources/resourceGroups')
      .map((r) => ({
        id: r.id,
        type: r.type,
        name: r.name,
        resourceGroup: r.resourceGroup,
        tags: { ...r.body.tags },
      })),
    subnets: desired.subnets.map((s) => ({ name: s.name, addressPrefix: s.prefix, foreign: false })),
    softDeleted: [],
  };
}

// Inputs first (not timed).
const cases = [];
for (let n = 1; n <= PROJECTS; n++) {
  const config = configFor(n);
  ENVS.forEach((env, i) => {
    const kind = (n + i) % 3;
    let observed = empty(config.environments[env].subscriptionId);
    let planConfig = config;
    if (kind > 0) {
      const { desired } = buildPlan(config, env, catalog, observed, { allowDestroy: [] });
      observed = observedFrom(desired);
      if (kind === 2) {
        // Drift: one resource changed by hand, and the container registry (with prod's container apps) off.
        observed.resources[observed.resources.length - 1].tags['aifactory-hash'] = 'changed';
        planConfig = {
          ...config,
          flags: { ...config.flags, containerRegistry: false },
          environments: { ...config.environments, prod: { ...config.environments.prod, flags: {} } },
        };
      }
    }
    cases.push({ config: planConfig, env, observed, kind });
  });
}

// Warm-up (JIT), then the measured run.
for (const c of cases.slice(0, 30)) buildPlan(c.config, c.env, catalog, c.observed, { allowDestroy: [] });
const times = [];
const counts = { create: 0, update: 0, delete: 0, noop: 0, blocked: 0 };
let errors = 0;
const started = performance.now();
for (const c of cases) {
  const t = performance.now();
  const { plan } = buildPlan(c.config, c.env, catalog, c.observed, { allowDestroy: [] });
  times.push(performance.now() - t);
  for (const k of Object.keys(counts)) counts[k] += plan.summary[k];
  errors += plan.diagnostics.filter((d) => d.severity === 'error').length;
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const p95 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(2)} ms`;

console.log(
  `Plan benchmark: ${cases.length} project-environments (${PROJECTS} projects × ${ENVS.length} environments)`,
);
console.log(`  inputs: 1/3 nothing exists, 1/3 up to date, 1/3 drifted with one add-on switched off`);
console.log(`  per plan: mean ${ms(mean)}, p95 ${ms(p95)}, max ${ms(times[times.length - 1])}`);
console.log(`  total:    ${(total / 1000).toFixed(2)} s`);
console.log(
  `  actions:  ${counts.create} create, ${counts.update} update, ${counts.delete} delete, ${counts.noop} noop, ${counts.blocked} blocked`,
);
if (errors > 0)
  console.log(
    `  note: ${errors} error diagnostics in the plans (the synthetic config does not fit the catalog)`,
  );
