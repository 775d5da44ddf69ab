// Services made only of child resources (the Foundry capability host under the Foundry project) cannot be seen
// by a list call: the scope names them, the observer fetches them, and the planner judges them by presence.
import { buildPlan } from '../../src/core/plan.js';
import { observeScope } from '../../src/core/scope.js';
import type { Catalog } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig, observedFromDesired } from './fixtures.js';

function withChildOnlyService(): Catalog {
  const catalog = miniCatalog();
  catalog.services.push({
    ...catalog.services.find((s) => s.id === 'aiSearch')!,
    id: 'searchLink',
    title: 'search link',
    privateEndpoints: [],
    roleAssignments: [],
    requires: ['aiSearch'],
    resources: [
      {
        key: 'link',
        type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
        apiVersion: '2023-11-01',
        resourceGroup: 'project',
        parent: 'search',
        parentService: 'aiSearch',
        name: {
          pattern: 'spl-{project}',
          minLength: 1,
          maxLength: 60,
          allowed: '[-a-z0-9]+',
          allowedText: 'x',
          uniqueness: 'parent',
        },
        body: { properties: { groupId: 'blob' } },
      },
    ],
  });
  return catalog;
}

test('the scope lists the resources a list call cannot see, and only those', () => {
  const config = miniConfig({ flags: { aiSearch: true, searchLink: true } });
  const scope = observeScope(config, 'dev', withChildOnlyService());
  expect(scope.resources).toEqual([
    {
      id: expect.stringMatching(/\/searchServices\/srch-[^/]+\/sharedPrivateLinkResources\/spl-prj001$/),
      type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
      apiVersion: '2023-11-01',
      service: 'searchLink',
    },
  ]);
  expect(observeScope(miniConfig(), 'dev', miniCatalog()).resources).toEqual([]);
});

test('such a service is a create until the observer reports it, then a noop', () => {
  const catalog = withChildOnlyService();
  const config = miniConfig({ flags: { aiSearch: true, searchLink: true } });
  const first = buildPlan(config, 'dev', catalog, emptyObserved(), { allowDestroy: [] });
  const observed = observedFromDesired(first.desired);
  const before = buildPlan(config, 'dev', catalog, observed, { allowDestroy: [] }).plan;
  expect(before.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}`)).toEqual([
    'searchLink:create',
  ]);
  const [link] = observeScope(config, 'dev', catalog).resources!;
  observed.resources.push({ id: link.id, type: link.type, name: 'spl-prj001', resourceGroup: 'x', tags: {} });
  const after = buildPlan(config, 'dev', catalog, observed, { allowDestroy: [] }).plan;
  expect(after.summary).toMatchObject({ create: 0, update: 0, delete: 0 });
});
