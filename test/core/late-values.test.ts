// Values known only after apply as data: `{{principalId:…}}` and `{{live:svc.key:path[|transform]}}` are read,
// listed and filled in by one module; the desired state keeps them as written (its hash is over the placeholder),
// makes the resource wait for the one they name, and reports a bad one as a desired.placeholder error.
import { buildDesiredState } from '../../src/core/desired.js';
import {
  LateValueMissing,
  fillLateValues,
  lateRefs,
  lateValuePaths,
  parseLateRef,
  transformLateValue,
} from '../../src/core/resources/late-values.js';
import type { Catalog, DesiredState } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig } from './fixtures.js';

describe('late placeholders', () => {
  test('a live reference names a resource, a property path and optionally a transform', () => {
    expect(parseLateRef('live', 'managedIdentity.identity:properties.clientId')).toEqual({
      key: 'live:managedIdentity.identity:properties.clientId',
      kind: 'live',
      ref: 'managedIdentity.identity',
      path: 'properties.clientId',
    });
    expect(
      parseLateRef('live', ' customerManagedKey.key : properties.keyUriWithVersion | lastSegment '),
    ).toEqual({
      key: 'live:customerManagedKey.key:properties.keyUriWithVersion|lastSegment',
      kind: 'live',
      ref: 'customerManagedKey.key',
      path: 'properties.keyUriWithVersion',
      transform: 'lastSegment',
    });
    expect(parseLateRef('principalId', 'aiFoundry.project')).toEqual({
      key: 'principalId:aiFoundry.project',
      kind: 'principalId',
      ref: 'aiFoundry.project',
    });
  });

  test.each([
    ['managedIdentity.identity', /needs a resource and a property path/],
    ['a.b.c:properties.x', /'a\.b\.c' names no resource/],
    ['svc.key:', /'' is no property path/],
    ['svc.key:properties..x', /is no property path/],
    ['svc.key:properties.x|upper', /unknown transform 'upper'; known: lastSegment/],
    ['svc.key:properties.x|lastSegment|lastSegment', /unknown transform/],
  ])('{{live:%s}} is refused with a reason', (arg, message) => {
    expect(parseLateRef('live', arg)).toEqual({ error: expect.stringMatching(message) });
  });

  test('listed once each, in order, from values, nested objects, arrays and keys', () => {
    const body = {
      identity: { userAssignedIdentities: { '{{live:a.b:id}}': {} } },
      list: ['{{principalId:x}}', 'x={{live:a.b:properties.c}};y={{live:a.b:properties.c}}'],
      other: '{{name:a.b}}',
    };
    expect(lateRefs(body).map((r) => r.key)).toEqual([
      'live:a.b:id',
      'principalId:x',
      'live:a.b:properties.c',
    ]);
    expect(lateValuePaths(body).map((p) => p.path)).toEqual([
      'identity.userAssignedIdentities.{{live:a.b:id}}',
      'list[0]',
      'list[1]',
    ]);
  });

  test('filled in: a whole string keeps the JSON type, a longer string gets the text; a missing value throws', () => {
    const body = {
      n: '{{live:a.b:properties.size}}',
      s: 'v/{{live:a.b:properties.size}}',
      keep: '{{name:x.y}}',
    };
    expect(fillLateValues(body, { 'live:a.b:properties.size': 2048 })).toEqual({
      n: 2048,
      s: 'v/2048',
      keep: '{{name:x.y}}',
    });
    expect(() => fillLateValues(body, {})).toThrow(LateValueMissing);
    expect(() => fillLateValues({ s: 'x{{live:a.b:p}}' }, { 'live:a.b:p': { an: 'object' } })).toThrow(
      /is an object and cannot be part of a longer string/,
    );
  });

  test('lastSegment keeps what follows the last slash (a key version); other kinds of value are refused', () => {
    const ref = parseLateRef('live', 'k.key:properties.keyUriWithVersion|lastSegment');
    if ('error' in ref) throw new Error(ref.error);
    expect(transformLateValue(ref, 'https://v.vault.azure.net/keys/k/0123abcd')).toBe('0123abcd');
    expect(() => transformLateValue(ref, 42)).toThrow(/lastSegment needs text/);
  });
});

describe('late placeholders in the desired state', () => {
  /** The mini catalog with `body` merged into Azure ML's workspace body. */
  function withWorkspaceBody(extra: Record<string, unknown>): Catalog {
    const catalog = miniCatalog();
    const ml = catalog.services.find((s) => s.id === 'azureML')!;
    ml.resources[0] = { ...ml.resources[0], body: { ...ml.resources[0].body, ...extra } };
    return catalog;
  }
  const build = (catalog: Catalog): DesiredState =>
    buildDesiredState(miniConfig({ flags: { azureML: true } }), 'dev', catalog, emptyObserved(), {
      allowDestroy: [],
    });
  const workspaceOf = (d: DesiredState) => d.services.find((s) => s.id === 'azureML')!.resources[0];

  test('kept as written; the resource waits for the one it names; the hash is over the placeholder', () => {
    const token = '{{live:managedIdentity.identity:properties.clientId}}';
    const desired = build(withWorkspaceBody({ clientId: token }));
    expect(desired.diagnostics).toEqual([]);
    const workspace = workspaceOf(desired);
    const identity = desired.services.find((s) => s.id === 'managedIdentity')!.resources[0];
    expect(workspace.body.clientId).toBe(token);
    expect(workspace.dependsOn).toContain(identity.id);
    expect(workspaceOf(build(withWorkspaceBody({ clientId: token }))).hash).toBe(workspace.hash);
    const other = workspaceOf(build(withWorkspaceBody({ clientId: '{{live:managedIdentity.identity:id}}' })));
    expect(other.hash).not.toBe(workspace.hash);
  });

  test.each([
    ['{{live:cosmosDb.account:properties.x}}', "refers to 'cosmosDb', which is off in environment 'dev'"],
    ['{{live:keyVault.nothing:properties.x}}', "'keyVault.nothing' is no resource of keyVault"],
    ['{{live:keyVault.vault:properties.x|upper}}', "unknown transform 'upper'"],
  ])('%s is a desired.placeholder error naming the resource', (token, message) => {
    const desired = build(withWorkspaceBody({ value: token }));
    expect(desired.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'desired.placeholder',
        message: expect.stringContaining(`azureML: resource 'workspace'`),
      }),
    );
    expect(desired.diagnostics.find((d) => d.code === 'desired.placeholder')!.message).toContain(message);
  });
});
