// What an enabled service created but no longer wants is removed by its update: listed in the plan in cleanup
// order, guarded like a delete where it holds data, and never touching what is foreign or still wanted.
import { buildPlan } from '../../src/core/plan.js';
import type {
  ObservedResource,
  ObservedState,
  Plan,
  PlanOptions,
  ProjectConfig,
} from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig, observedFromDesired } from './fixtures.js';

const none: PlanOptions = { allowDestroy: [] };
const plan = (config: ProjectConfig, observed: ObservedState, options = none) =>
  buildPlan(config, 'dev', miniCatalog(), observed, options);
const action = (p: Plan, service: string) => p.actions.find((a) => a.service === service)!;
const withCosmos = () => miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });

function appliedWithDatabase(tags?: Record<string, string>) {
  const config = withCosmos();
  const { desired } = plan(config, emptyObserved());
  const observed = observedFromDesired(desired);
  const account = desired.services
    .find((s) => s.id === 'cosmosDb')!
    .resources.find((r) => r.key === 'account')!;
  // A database the tool deployed once (its deployment record names it), no longer in the config.
  const database: ObservedResource = {
    id: `${account.id}/sqlDatabases/old`,
    type: 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases',
    name: 'old',
    resourceGroup: account.resourceGroup,
    tags: tags ?? { ...(account.body.tags as Record<string, string>) },
    provisioningState: 'Succeeded',
  };
  observed.resources.push(database);
  return { config, observed, database };
}

test('a child of a data-bearing service no longer wanted: the update removes it, blocked until allowed', () => {
  const { config, observed, database } = appliedWithDatabase();
  const blocked = plan(config, observed).plan;
  const cosmos = action(blocked, 'cosmosDb');
  expect(cosmos.action).toBe('update');
  expect(cosmos.reason).toContain('removes 1 resource no longer wanted');
  expect(cosmos.drift).toEqual([
    expect.stringContaining('old (Microsoft.DocumentDB/databaseAccounts/sqlDatabases)'),
  ]);
  expect(cosmos.cleanup).toEqual([{ step: 'childResources', resourceIds: [database.id] }]);
  expect(blocked.blocked).toEqual([
    { service: 'cosmosDb', action: 'delete', reason: expect.stringContaining('--allow-destroy cosmosDb') },
  ]);
  expect(blocked.summary.blocked).toBe(1);
  const allowed = plan(config, observed, { allowDestroy: ['cosmosDb'] }).plan;
  expect(allowed.blocked).toEqual([]);
  expect(action(allowed, 'cosmosDb').cleanup).toEqual(cosmos.cleanup);
});

test('foreign or other-environment resources are never orphans', () => {
  const { config, observed } = appliedWithDatabase({ 'aifactory-managed-by': 'someone-else' });
  expect(action(plan(config, observed).plan, 'cosmosDb').action).toBe('noop');
  const other = appliedWithDatabase({
    'aifactory-managed-by': 'aifactory-flags',
    'aifactory-project': 'prj001',
    'aifactory-environment': 'prod',
    'aifactory-service': 'cosmosDb',
  });
  expect(action(plan(other.config, other.observed).plan, 'cosmosDb').action).toBe('noop');
});

test('a subnet of ours no service asks for is released by the network update; foreign ones stay', () => {
  const config = withCosmos();
  const observed = observedFromDesired(plan(config, emptyObserved()).desired);
  observed.subnets.push(
    { name: 'snt-prj001-old', addressPrefix: '10.0.200.0/24', foreign: false },
    { name: 'snt-platform-x', addressPrefix: '10.0.201.0/24', foreign: true },
  );
  const network = action(plan(config, observed).plan, 'network');
  expect(network.action).toBe('update');
  expect(network.cleanup).toEqual([
    { step: 'waitSubnetRelease', resourceIds: [expect.stringMatching(/\/subnets\/snt-prj001-old$/)] },
  ]);
});

test('a subnet a deleted service releases is not released twice, and the network waits for that delete', () => {
  const prod = withCosmos();
  const observed = observedFromDesired(plan(prod, emptyObserved()).desired);
  const after = miniConfig({ flags: { aiSearch: true, cosmosDb: true } });
  after.environments.dev.allowDestroy = ['all'];
  const p = plan(after, observed).plan;
  const released = p.actions.flatMap((a) =>
    (a.cleanup ?? []).filter((s) => s.step === 'waitSubnetRelease').map(() => a.service),
  );
  expect(new Set(released).size).toBe(released.length);
  const network = action(p, 'network');
  if (network.action !== 'noop') {
    for (const d of p.actions.filter(
      (a) => a.action === 'delete' && a.cleanup?.some((s) => s.step === 'waitSubnetRelease'),
    ))
      expect(network.dependsOn).toContain(d.service);
  }
});
