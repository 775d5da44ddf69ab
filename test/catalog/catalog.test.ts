// The catalog is data; these tests are its type checker: schema, referential integrity, real-looking facts,
// the edges today's pipelines hard-code, and coverage of today's flag names.
import * as fs from 'node:fs';
import { Ajv } from 'ajv';
import { catalog, findRegion, findServiceByFlagName, getService } from '../../src/core/catalog/index.js';
import { findNonServiceFlag, nonServiceFlags } from '../../src/core/catalog/non-service-flags.js';
import { previewApiVersions } from '../../src/core/catalog/platform.js';
import { buildName, checkNameRule, type NameContext } from '../../src/core/names.js';
import type { CleanupStep, RoleAssignmentSpec, ServiceDefinition } from '../../src/core/types.js';

const services = catalog.services;
const ids = new Set(services.map((s) => s.id));
const byId = (id: string): ServiceDefinition => {
  const s = getService(catalog, id);
  if (!s) throw new Error(`no service ${id}`);
  return s;
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}/g;
const DOCUMENTED_PLACEHOLDERS = new Set([
  'location',
  'tenantId',
  'subscriptionId',
  'addressSpace',
  'name',
  'id',
  'subnetId',
  'subnetName',
  'vnetId',
  'identityId',
  'principalId',
  'param',
  'item',
]);

/** Every placeholder in a body, keys included: [kind, argument]. */
function placeholders(value: unknown): [string, string | undefined][] {
  const found: [string, string | undefined][] = [];
  const scan = (text: string) => {
    for (const m of text.matchAll(PLACEHOLDER)) found.push([m[1], m[2]?.trim()]);
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') scan(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        scan(k);
        walk(inner);
      }
    }
  };
  walk(value);
  return found;
}

function allRoleAssignments(): { owner: string; spec: RoleAssignmentSpec }[] {
  return [
    ...services.flatMap((s) => s.roleAssignments.map((spec) => ({ owner: s.id, spec }))),
    ...Object.entries(catalog.personas ?? {}).flatMap(([p, list]) =>
      list.map((spec) => ({ owner: `persona ${p}`, spec })),
    ),
  ];
}

describe('catalog schema', () => {
  const schema = JSON.parse(
    fs.readFileSync(new URL('../../schema/catalog.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('validates against schema/catalog.schema.json', () => {
    const ok = validate(JSON.parse(JSON.stringify(catalog)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects unknown keys and bad values (the schema is strict)', () => {
    const copy = JSON.parse(JSON.stringify(catalog));
    copy.services[0].colour = 'blue';
    copy.services[1].resources[0].apiVersion = '2024-1-1';
    copy.services[2].identity = 'both';
    expect(validate(copy)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
    expect(messages).toMatch(/additional properties/);
    expect(messages).toMatch(/apiVersion/);
    expect(messages).toMatch(/identity/);
  });
});

describe('catalog integrity', () => {
  it('has unique service ids', () => {
    expect(ids.size).toBe(services.length);
  });

  it('names only existing services in requires, implies, uses and parentService', () => {
    const dangling: string[] = [];
    for (const s of services) {
      for (const [edge, targets] of [
        ['requires', s.requires],
        ['implies', s.implies],
        ['uses', s.uses],
      ] as const) {
        for (const t of targets) if (!ids.has(t)) dangling.push(`${s.id}.${edge} → ${t}`);
        if (targets.includes(s.id)) dangling.push(`${s.id}.${edge} names itself`);
      }
    }
    expect(dangling).toEqual([]);
  });

  it('has aliases that are unique across services and never another service id', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const norm = (n: string) => n.toLowerCase().replace(/[_-]/g, '');
    for (const s of services) seen.set(norm(s.id), s.id);
    for (const s of services) {
      for (const alias of s.aliases) {
        const owner = seen.get(norm(alias));
        if (owner && owner !== s.id) clashes.push(`${alias} (${s.id}) clashes with ${owner}`);
        seen.set(norm(alias), s.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no cycle in requires + implies + uses', () => {
    const edges = new Map(services.map((s) => [s.id, [...s.requires, ...s.implies, ...s.uses]]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (id: string, path: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' → '));
        return;
      }
      state.set(id, 'visiting');
      for (const next of edges.get(id) ?? []) visit(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const s of services) visit(s.id, []);
    expect(cycles).toEqual([]);
  });

  it('refers inside a service only to resource keys that exist', () => {
    const problems: string[] = [];
    for (const s of services) {
      const keys = new Set(s.resources.map((r) => r.key));
      if (keys.size !== s.resources.length) problems.push(`${s.id}: duplicate resource keys`);
      for (const p of s.privateEndpoints)
        if (!keys.has(p.resource)) problems.push(`${s.id}: endpoint on ${p.resource}`);
      for (const d of s.diagnostics)
        if (!keys.has(d.resource)) problems.push(`${s.id}: diagnostics on ${d.resource}`);
      for (const r of s.resources) {
        if (r.parent && !r.parentService && !keys.has(r.parent))
          problems.push(`${s.id}.${r.key}: parent ${r.parent}`);
        if (r.parentService) {
          const other = getService(catalog, r.parentService);
          if (!other?.resources.some((x) => x.key === r.parent)) {
            problems.push(`${s.id}.${r.key}: parent ${r.parentService}.${r.parent}`);
          }
          if (!s.requires.includes(r.parentService))
            problems.push(`${s.id}: parentService ${r.parentService} not required`);
        }
        const scope = r.deployScope;
        if (scope?.kind === 'extension') {
          const target = getService(catalog, scope.service);
          if (!target || (scope.resource && !target.resources.some((x) => x.key === scope.resource))) {
            problems.push(`${s.id}.${r.key}: extension of ${scope.service}.${scope.resource}`);
          }
          if (!s.requires.includes(scope.service)) problems.push(`${s.id}: extension target not required`);
        }
      }
    }
    for (const { owner, spec } of allRoleAssignments()) {
      const scope = getService(catalog, spec.scope.service);
      if (!scope) problems.push(`${owner}: role scope ${spec.scope.service}`);
      else if (spec.scope.resource && !scope.resources.some((r) => r.key === spec.scope.resource)) {
        problems.push(`${owner}: role scope ${spec.scope.service}.${spec.scope.resource}`);
      }
      if (spec.principal.kind === 'serviceIdentity') {
        const principal = getService(catalog, spec.principal.service);
        if (!principal) problems.push(`${owner}: principal ${spec.principal.service}`);
        else if (principal.identity !== 'systemAssigned') {
          problems.push(`${owner}: principal ${principal.id} has no system-assigned identity`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('orders every cross-service reference: bodies need requires/implies, role assignments at least uses', () => {
    const problems: string[] = [];
    for (const s of services) {
      const mustExist = new Set([s.id, ...s.requires, ...s.implies]);
      const ordered = new Set([...mustExist, ...s.uses]);
      for (const r of s.resources) {
        for (const [kind, arg] of placeholders(r.body)) {
          if ((kind === 'name' || kind === 'id') && arg) {
            const [svc, key] = arg.split('.');
            if (!mustExist.has(svc))
              problems.push(`${s.id}.${r.key}: {{${kind}:${arg}}} but ${svc} is not required`);
            if (!getService(catalog, svc)?.resources.some((x) => x.key === key)) {
              problems.push(`${s.id}.${r.key}: {{${kind}:${arg}}} names no resource`);
            }
          }
          if (kind === 'principalId' && arg && !mustExist.has(arg))
            problems.push(`${s.id}: principalId:${arg} not required`);
          if (kind === 'identityId' && !mustExist.has('managedIdentity') && s.id !== 'managedIdentity') {
            // The project identity is baseline everywhere; still, say it.
            if (!s.uses.includes('managedIdentity'))
              problems.push(`${s.id}: uses {{identityId}} without managedIdentity`);
          }
        }
      }
      for (const spec of s.roleAssignments) {
        const others = [spec.scope.service];
        if (spec.principal.kind === 'serviceIdentity') others.push(spec.principal.service);
        for (const o of others)
          if (!ordered.has(o))
            problems.push(`${s.id}: role '${spec.role}' refers to ${o}, not in requires/uses`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses only the documented body placeholders, and {{item:…}} only in forEach resources', () => {
    const problems: string[] = [];
    for (const s of services) {
      for (const r of s.resources) {
        for (const [kind] of placeholders(r.body)) {
          if (!DOCUMENTED_PLACEHOLDERS.has(kind)) problems.push(`${s.id}.${r.key}: {{${kind}}}`);
          if (kind === 'item' && !r.forEach) problems.push(`${s.id}.${r.key}: {{item}} without forEach`);
        }
        if (r.forEach && !r.name.pattern.includes('{item}'))
          problems.push(`${s.id}.${r.key}: forEach name lacks {item}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('asks every subnet name with one size and delegation, and uses subnets only it declares', () => {
    const sizes = new Map<string, string>();
    const problems: string[] = [];
    for (const s of services) {
      for (const n of s.subnets) {
        const sig = `/${n.prefixLength} ${n.delegation ?? ''}`;
        const before = sizes.get(n.name);
        if (before && before !== sig) problems.push(`${n.name}: ${before} vs ${sig} (${s.id})`);
        sizes.set(n.name, sig);
      }
      const declared = new Set(s.subnets.map((n) => n.name));
      for (const r of s.resources) {
        for (const [kind, arg] of placeholders(r.body)) {
          if ((kind === 'subnetId' || kind === 'subnetName') && arg && !declared.has(arg)) {
            problems.push(`${s.id}.${r.key}: subnet ${arg} not declared`);
          }
        }
      }
      if (s.privateEndpoints.length > 0 && !declared.has('genai'))
        problems.push(`${s.id}: endpoints without genai subnet`);
    }
    expect(problems).toEqual([]);
  });

  it('gives role assignments real-looking GUIDs and one name per GUID', () => {
    const names = new Map<string, string>();
    const problems: string[] = [];
    for (const { owner, spec } of allRoleAssignments()) {
      if (!GUID.test(spec.roleDefinitionId)) problems.push(`${owner}: ${spec.role} ${spec.roleDefinitionId}`);
      const before = names.get(spec.roleDefinitionId);
      if (before && before !== spec.role)
        problems.push(`${spec.roleDefinitionId}: ${before} vs ${spec.role}`);
      names.set(spec.roleDefinitionId, spec.role);
    }
    expect(problems).toEqual([]);
    expect(names.get('ba92f5b4-2d11-453d-a403-e96b0029c9fe')).toBe('Storage Blob Data Contributor');
    expect(names.get('4633458b-17de-408a-b874-0445c86b69e6')).toBe('Key Vault Secrets User');
    expect(names.get('7f951dda-4ed3-4680-a7ca-43fe172d538d')).toBe('AcrPull');
  });

  it('uses GA api-versions, previews only where no GA version exists', () => {
    const problems: string[] = [];
    const check = (where: string, type: string, version: string) => {
      if (!API_VERSION.test(version)) problems.push(`${where}: ${type}@${version} is not an api-version`);
      if (version.endsWith('-preview') && !previewApiVersions[type])
        problems.push(`${where}: ${type}@${version} is a preview`);
    };
    for (const s of services) for (const r of s.resources) check(`${s.id}.${r.key}`, r.type, r.apiVersion);
    for (const [type, version] of Object.entries(catalog.platformApiVersions))
      check('platform', type, version);
    expect(problems).toEqual([]);
    for (const type of [
      'Microsoft.Resources/resourceGroups',
      'Microsoft.Resources/deployments',
      'Microsoft.Authorization/locks',
      'Microsoft.Network/privateEndpoints',
      'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
      'Microsoft.Network/privateDnsZones',
      'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
      'Microsoft.Network/privateDnsZones/A',
      'Microsoft.Network/virtualNetworks/subnets',
      'Microsoft.Network/networkSecurityGroups',
      'Microsoft.Authorization/roleAssignments',
      'Microsoft.Insights/diagnosticSettings',
    ]) {
      expect(catalog.platformApiVersions[type]).toMatch(API_VERSION);
    }
  });

  it('writes no private endpoint, role assignment or diagnostic setting into a body (the core generates them)', () => {
    const generated = [
      'Microsoft.Network/privateEndpoints',
      'Microsoft.Authorization/roleAssignments',
      'Microsoft.Insights/diagnosticSettings',
    ];
    for (const s of services) for (const r of s.resources) expect(generated).not.toContain(r.type);
  });

  it('keeps public network access off wherever the body sets it, except where Azure refuses it at creation', () => {
    const open: string[] = [];
    for (const s of services) {
      for (const r of s.resources) {
        const props = (r.body.properties ?? {}) as Record<string, unknown>;
        const value =
          props.publicNetworkAccess ??
          (props.network as Record<string, unknown> | undefined)?.publicNetworkAccess;
        if (typeof value === 'string' && value.toLowerCase() !== 'disabled') open.push(`${s.id}.${r.key}`);
      }
    }
    expect(open).toEqual(['apiManagement.service']);
  });

  it('lists cleanup steps in the one valid order, purging exactly the soft-deleting services', () => {
    const order: CleanupStep[] = [
      'roleAssignments',
      'diagnosticSettings',
      'privateEndpoints',
      'dnsRecords',
      'childResources',
      'resource',
      'purgeSoftDeleted',
      'waitSubnetRelease',
    ];
    for (const s of services) {
      const positions = s.cleanup.map((step) => order.indexOf(step));
      expect({ id: s.id, sorted: [...positions].sort((a, b) => a - b) }).toEqual({
        id: s.id,
        sorted: positions,
      });
      expect({ id: s.id, purge: s.cleanup.includes('purgeSoftDeleted') }).toEqual({
        id: s.id,
        purge: !!s.softDelete,
      });
      if (s.privateEndpoints.length > 0) expect(s.cleanup).toContain('privateEndpoints');
      if (s.roleAssignments.length > 0) expect(s.cleanup).toContain('roleAssignments');
      if (s.diagnostics.length > 0) expect(s.cleanup).toContain('diagnosticSettings');
    }
  });

  it('marks the services that hold data as data-bearing', () => {
    for (const id of [
      'storage',
      'storage2',
      'keyVault',
      'aiSearch',
      'cosmosDb',
      'azureSql',
      'postgreSql',
      'dataLake',
      'containerRegistry',
      'azureML',
    ]) {
      expect({ id, dataBearing: byId(id).dataBearing }).toEqual({ id, dataBearing: true });
    }
    for (const id of ['aiFoundry', 'containerApps', 'aksForAzureML', 'dashboard']) {
      expect({ id, dataBearing: byId(id).dataBearing }).toEqual({ id, dataBearing: false });
    }
  });

  it('models soft delete: Key Vault 90 days with purge protection, Cognitive Services 48 h, AML 14 days, APIM', () => {
    expect(byId('keyVault').softDelete).toEqual({
      kind: 'keyVault',
      retentionDays: 90,
      purgeProtection: true,
    });
    expect(byId('aiFoundry').softDelete).toEqual({
      kind: 'cognitiveServices',
      retentionDays: 2,
      purgeProtection: false,
    });
    expect(byId('azureML').softDelete?.retentionDays).toBe(14);
    expect(byId('apiManagement').softDelete?.kind).toBe('apiManagement');
  });
});

describe('architectures', () => {
  for (const arch of ['genai-1', 'esml'] as const) {
    const baseline = services.filter((s) => s.baseline.includes(arch));

    it(`${arch}: the baseline contains its required services (closed under requires and implies)`, () => {
      const inBaseline = new Set(baseline.map((s) => s.id));
      const missing = baseline.flatMap((s) =>
        [...s.requires, ...s.implies].filter((r) => !inBaseline.has(r)).map((r) => `${s.id} → ${r}`),
      );
      expect(missing).toEqual([]);
      expect(baseline.length).toBeGreaterThan(5);
    });
  }

  it('genai-1 has the GenAI-1 baseline of issue 2', () => {
    const expected = [
      'resourceGroups',
      'managedIdentity',
      'network',
      'privateDnsZones',
      'logAnalytics',
      'appInsights',
      'keyVault',
      'storage',
      'storage2',
      'aiFoundry',
      'aiSearch',
      'dashboard',
    ];
    expect(
      services
        .filter((s) => s.baseline.includes('genai-1'))
        .map((s) => s.id)
        .sort(),
    ).toEqual([...expected].sort());
  });

  it('esml covers Azure ML, the data lake, Data Factory and the foundation both share', () => {
    const esml = services.filter((s) => s.baseline.includes('esml')).map((s) => s.id);
    for (const id of [
      'azureML',
      'dataLake',
      'dataFactory',
      'resourceGroups',
      'network',
      'privateDnsZones',
      'keyVault',
      'storage',
      'logAnalytics',
      'appInsights',
    ]) {
      expect(esml).toContain(id);
    }
  });
});

describe("edges today's pipelines hard-code", () => {
  it('capability host implies Cosmos DB and AI Search', () => {
    expect(byId('foundryCapabilityHost').implies).toEqual(expect.arrayContaining(['cosmosDb', 'aiSearch']));
  });

  it('AKS for AML requires AML, so its deletion comes first', () => {
    expect(byId('aksForAzureML').requires).toContain('azureML');
    // Delete order = reverse of dependency order: a dependent of azureML is deleted before it.
    const dependents = services
      .filter((s) => [...s.requires, ...s.uses].includes('azureML'))
      .map((s) => s.id);
    expect(dependents).toContain('aksForAzureML');
  });

  it('AML requires storage, Key Vault, registry and Application Insights', () => {
    expect(byId('azureML').requires).toEqual(
      expect.arrayContaining(['storage', 'keyVault', 'containerRegistry', 'appInsights']),
    );
  });

  it('Container Apps need the registry and their delegated aca subnet', () => {
    const aca = byId('containerApps');
    expect(aca.requires).toContain('containerRegistry');
    expect(aca.subnets).toContainEqual({
      name: 'aca',
      prefixLength: 23,
      delegation: 'Microsoft.App/environments',
    });
  });

  it('Web, Function and Logic Apps need the webapp subnet, or a BYO App Service Environment', () => {
    for (const id of ['webApp', 'functionApp', 'logicApps']) {
      const s = byId(id);
      expect(s.subnets).toContainEqual({
        name: 'webapp',
        prefixLength: 27,
        delegation: 'Microsoft.Web/serverFarms',
        unlessOption: 'appServiceEnvironmentId',
      });
      expect(s.options?.map((o) => o.name)).toContain('appServiceEnvironmentId');
      const site = s.resources.find((r) => r.type === 'Microsoft.Web/sites')!;
      expect(site.bodyWhenOption?.map((p) => p.option)).toContain('appServiceEnvironmentId');
    }
  });

  it('customer-managed keys require Key Vault, which has purge protection and soft delete on', () => {
    expect(byId('customerManagedKey').requires).toContain('keyVault');
    const vault = byId('keyVault');
    expect(vault.softDelete?.purgeProtection).toBe(true);
    const props = vault.resources[0].body.properties as Record<string, unknown>;
    expect(props.enablePurgeProtection).toBe(true);
    expect(props.enableSoftDelete).toBe(true);
  });

  it('Databricks gets public and private /26 subnets delegated to Microsoft.Databricks/workspaces', () => {
    const subnets = byId('databricks').subnets.filter((n) => n.name.startsWith('dbx'));
    expect(subnets).toEqual([
      { name: 'dbxpub', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
      { name: 'dbxpriv', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
    ]);
  });

  it('Foundry is an AIServices account with project management, a default project and forEach model deployments', () => {
    const foundry = byId('aiFoundry');
    const account = foundry.resources.find((r) => r.key === 'account')!;
    expect(account.body.kind).toBe('AIServices');
    expect((account.body.properties as Record<string, unknown>).allowProjectManagement).toBe(true);
    expect(
      foundry.resources.find((r) => r.type === 'Microsoft.CognitiveServices/accounts/projects')?.parent,
    ).toBe('account');
    expect(
      foundry.resources.find((r) => r.type === 'Microsoft.CognitiveServices/accounts/deployments')?.forEach,
    ).toBe('deployments');
    expect(foundry.privateEndpoints[0].dnsZones).toEqual([
      'privatelink.cognitiveservices.azure.com',
      'privatelink.openai.azure.com',
      'privatelink.services.ai.azure.com',
    ]);
  });

  it('the data lake has a hierarchical namespace', () => {
    expect((byId('dataLake').resources[0].body.properties as Record<string, unknown>).isHnsEnabled).toBe(
      true,
    );
  });
});

describe('names', () => {
  const envs = [...new Set(Object.values(catalog.environmentNames))];
  // The longest values a real project gives each token.
  const context = (location: string, loc: string, env: string): NameContext => ({
    prefix: 'contoso',
    project: 'prj999',
    projectNumber: '999',
    env,
    location,
    loc,
    scaleSet: '001',
    salt: 'abcde',
  });

  it('has name rules without problems (known tokens, salt on global names)', () => {
    const problems = services.flatMap((s) => s.resources.flatMap((r) => checkNameRule(r.name, r.type)));
    expect(problems).toEqual([]);
  });

  it('builds a valid name for every resource, region and environment', () => {
    const problems = new Set<string>();
    for (const region of catalog.regions) {
      for (const env of envs) {
        for (const s of services) {
          for (const r of s.resources) {
            const built = buildName(
              r.name,
              context(region.name, region.short, env),
              // forEach entries and option-named resources (the CMK key) take a user's name as {item}.
              r.forEach || r.nameOption ? 'gpt-4o-mini' : undefined,
              r.type,
            );
            if (built.problem) problems.add(`${s.id}.${r.key}: ${built.problem}`);
          }
        }
      }
    }
    expect([...problems]).toEqual([]);
  });
});

describe('regions', () => {
  it('lists every public region once with a unique short code of at most 4 characters', () => {
    expect(catalog.regions.length).toBeGreaterThanOrEqual(55);
    expect(new Set(catalog.regions.map((r) => r.name)).size).toBe(catalog.regions.length);
    expect(new Set(catalog.regions.map((r) => r.short)).size).toBe(catalog.regions.length);
    for (const r of catalog.regions) expect(r.short.length).toBeLessThanOrEqual(4);
  });

  it('uses the AI Factory codes for the common regions', () => {
    expect(findRegion(catalog, 'swedencentral')?.short).toBe('sdc');
    expect(findRegion(catalog, 'eastus2')?.short).toBe('eus2');
    expect(findRegion(catalog, 'westeurope')?.short).toBe('weu');
  });

  it('finds regions by name, display name or code, and nothing for an unknown region', () => {
    expect(findRegion(catalog, 'Sweden Central')?.name).toBe('swedencentral');
    expect(findRegion(catalog, 'SDC')?.name).toBe('swedencentral');
    expect(findRegion(catalog, ' SwedenCentral ')?.name).toBe('swedencentral');
    expect(findRegion(catalog, 'atlantis')).toBeUndefined();
    expect(findRegion(catalog, '')).toBeUndefined();
  });
});

describe('lookups', () => {
  it('getService finds by id and returns undefined otherwise', () => {
    expect(getService(catalog, 'aiSearch')?.title).toBe('Azure AI Search');
    expect(getService(catalog, 'aisearch')).toBeUndefined();
  });

  it('findServiceByFlagName: id is canonical, aliases and other spellings are not', () => {
    expect(findServiceByFlagName(catalog, 'aiSearch')).toEqual({
      service: byId('aiSearch'),
      canonical: true,
    });
    expect(findServiceByFlagName(catalog, 'enableAISearch')).toEqual({
      service: byId('aiSearch'),
      canonical: false,
    });
    expect(findServiceByFlagName(catalog, 'ENABLE_AI_SEARCH')).toEqual({
      service: byId('aiSearch'),
      canonical: false,
    });
    expect(findServiceByFlagName(catalog, 'enableaisearch')?.service.id).toBe('aiSearch');
    expect(findServiceByFlagName(catalog, 'AISEARCH')).toEqual({
      service: byId('aiSearch'),
      canonical: false,
    });
  });

  it('findServiceByFlagName returns undefined for unknown and empty names', () => {
    expect(findServiceByFlagName(catalog, 'enableQuantumComputer')).toBeUndefined();
    expect(findServiceByFlagName(catalog, '')).toBeUndefined();
    expect(findServiceByFlagName(catalog, '___')).toBeUndefined();
  });
});

describe('personas', () => {
  it('has the dataScientists, developers and readers personas with roles on existing services', () => {
    expect(Object.keys(catalog.personas ?? {})).toEqual(['dataScientists', 'developers', 'readers']);
    for (const [persona, grants] of Object.entries(catalog.personas ?? {})) {
      expect(grants.length).toBeGreaterThan(0);
      for (const g of grants) {
        expect(g.principal).toEqual({ kind: 'persona', persona });
        expect(ids.has(g.scope.service)).toBe(true);
      }
    }
  });
});

describe("flag names of today's pipelines", () => {
  const upstream = new URL('../../../shared/fixtures/aifactory-upstream/', import.meta.url);
  const present = fs.existsSync(upstream);
  const serviceFlag = /^(enable|add|serviceSettingDeploy|cmk$)|^(ENABLE_|ADD_|SERVICE_SETTING_DEPLOY_|CMK$)/;

  const flagsOf = (file: string, pattern: RegExp): string[] => {
    const text = fs.readFileSync(new URL(file, upstream), 'utf8');
    const names = new Set<string>();
    for (const line of text.split('\n')) {
      const m = pattern.exec(line);
      if (m && serviceFlag.test(m[1])) names.add(m[1]);
    }
    return [...names];
  };

  const unmapped = (names: string[]) =>
    names.filter((n) => !findServiceByFlagName(catalog, n) && !findNonServiceFlag(n));

  (present ? it : it.skip)('maps every enable*/add*/serviceSettingDeploy* flag of variables.yaml', () => {
    const names = flagsOf('variables.yaml', /^\s+([A-Za-z][A-Za-z0-9_]*):/);
    expect(names.length).toBeGreaterThan(30);
    expect(unmapped(names)).toEqual([]);
  });

  (present ? it : it.skip)('maps every ENABLE_*/ADD_*/SERVICE_SETTING_DEPLOY_* flag of env.template', () => {
    const names = flagsOf('env.template', /^([A-Z][A-Z0-9_]*)=/);
    expect(names.length).toBeGreaterThan(25);
    expect(unmapped(names)).toEqual([]);
  });

  if (!present) {
    it('skips the upstream flag files: ../shared/fixtures/aifactory-upstream is not there', () => {
      console.warn(
        'catalog test: ../shared/fixtures/aifactory-upstream not found; skipped the upstream flag coverage tests',
      );
    });
  }

  it('never lists a service flag as a non-service flag, and gives every exception a reason', () => {
    for (const f of nonServiceFlags) {
      expect(f.reason.length).toBeGreaterThan(10);
      for (const n of f.names)
        expect({ n, service: findServiceByFlagName(catalog, n)?.service.id }).toEqual({
          n,
          service: undefined,
        });
    }
    expect(findNonServiceFlag('ENABLE_RETRIES')?.names).toContain('enableRetries');
    expect(findNonServiceFlag('enableAISearch')).toBeUndefined();
  });
});
