// Today's settings → a draft of aifactory.yaml, and a report of every setting not carried over and why.
// Nothing is guessed: a placeholder or an invalid value becomes a reported TODO in the output.
import type { Catalog, Diagnostic, NetworkMode } from '../types.js';
import { parseCidr, formatCidr } from '../cidr.js';
import { servicesOn } from '../config/checks.js';
import { regionByName, serviceByFlagName, suggestRegion, suggestService } from '../config/lookup.js';
import { GUID_PATTERN, PREFIX_PATTERN } from '../config/spec.js';
import type { ProjectConfig } from '../types.js';
import type { Draft, DraftDeployment, DraftEnvironment, Field, Origin } from './draft.js';
import {
  ENVIRONMENTS,
  OPTION_SETTINGS,
  isPlaceholder,
  normaliseKey,
  reasonNotCarried,
  roleOf,
  type Env,
  type Role,
} from './settings.js';
import type { Setting } from './sources.js';
import { Report, invalid, missing, notOn, origin, placeholder, setOption } from './report.js';
import { appRuntimes, bingCustomSearchSku, containerAppImage, vmAdminUsername } from './app-options.js';

export interface NonServiceFlag {
  names: string[];
  reason: string;
}

export function convert(
  settings: Setting[],
  source: string,
  catalog: Catalog,
  nonServiceFlags: NonServiceFlag[],
): { draft: Draft; report: Diagnostic[] } {
  const report = new Report();
  const byRole = new Map<Role, Setting>();
  const flags = new Map<string, { value: boolean; setting: Setting }>();
  const firstSeen = new Map<string, Setting>();
  const nonService = new Map<string, string>();
  for (const f of nonServiceFlags) for (const n of f.names) nonService.set(normaliseKey(n), f.reason);

  for (const s of settings) {
    const norm = normaliseKey(s.key);
    const earlier = firstSeen.get(s.key);
    if (earlier && earlier.value === s.value) {
      report.add(
        'note',
        'import.duplicate',
        `${s.key} is set again with the same value (first at line ${earlier.location.line})`,
        s.location,
      );
      continue;
    }
    if (earlier) {
      report.add(
        'error',
        'import.duplicate',
        `${s.key} is set a second time with another value (first '${earlier.value}' at line ${earlier.location.line}); which one counts is unclear`,
        s.location,
        'remove one of them and import again',
      );
      continue;
    }
    firstSeen.set(s.key, s);

    const role = roleOf(s.key);
    if (role) {
      // Today's files spell some settings two ways (ADMIN_AISEARCH_TIER, ADMIN_AI_SEARCH_TIER).
      const other = byRole.get(role);
      if (other && other.value.trim() !== s.value.trim()) {
        report.add(
          'error',
          'import.contradiction',
          `${s.key} '${s.value}' contradicts ${other.key} '${other.value}' (line ${other.location.line}); both set the same thing`,
          s.location,
          'make them agree and import again',
        );
      } else if (other) {
        report.add(
          'note',
          'import.duplicate',
          `${s.key} says the same as ${other.key} (line ${other.location.line})`,
          s.location,
        );
      } else byRole.set(role, s);
      continue;
    }
    const service = serviceByFlagName(catalog, s.key);
    if (service) {
      const value = flagValue(s, report);
      if (value === undefined) continue;
      const id = service.service.id;
      const other = flags.get(id);
      if (other && other.value !== value) {
        report.add(
          'error',
          'import.contradiction',
          `${s.key}: ${s.value} contradicts ${other.setting.key}: ${other.setting.value} (line ${other.setting.location.line}); both switch ${id}`,
          s.location,
          'make them agree and import again',
        );
        continue;
      }
      if (!other) flags.set(id, { value, setting: s });
      continue;
    }
    const reason = nonService.get(norm) ?? reasonNotCarried(s.key);
    if (reason) {
      report.add('note', 'import.not-carried', `${s.key} not carried over: ${reason}`, s.location);
      continue;
    }
    if (/^enable/.test(norm)) {
      const guess = suggestService(catalog, s.key);
      report.add(
        'error',
        'import.unknown-flag',
        `unknown flag '${s.key}': no service of the catalog has this name`,
        s.location,
        `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the services and their flag names`,
      );
      continue;
    }
    report.add(
      'note',
      'import.not-carried',
      `${s.key} not carried over: not a setting aifactory-flags uses`,
      s.location,
    );
  }

  const get = (role: Role) => byRole.get(role);
  const mode = networkMode(get, report);
  const draft: Draft = {
    source,
    location: location(get('location'), get('locationShort'), catalog, report),
    prefix: prefix(get('prefix'), report),
    scaleSet: scaleSet(get('scaleSet'), report),
    number: projectNumber(get('projectNumber'), report),
    tags: {},
    mode,
    environments: {} as Record<Env, DraftEnvironment>,
    flagsOn: [],
    flagsOff: [],
    searchSku: searchSku(get('searchSku'), catalog, report),
    semanticSearch: choice(
      get('semanticSearch'),
      optionChoices(catalog, 'aiSearch', 'semanticSearch'),
      report,
    ),
    deployments: deployments(get, report),
    diagnosticsLevel: diagnosticsLevel(get('diagnosticLevel'), catalog, report),
    serviceOptions: {},
  };
  const costCenter = get('costCenter');
  if (costCenter) {
    if (isPlaceholder(costCenter.value) || costCenter.value === '') {
      placeholder(costCenter, report, 'warning');
    } else draft.tags.costCenter = { value: costCenter.value, from: origin(costCenter) };
  }
  const tenant = get('tenantId');
  const tenantField: Field<string> = tenant ? guid(tenant, report, 'warning') : {};
  for (const env of ENVIRONMENTS) {
    draft.environments[env] = {
      subscriptionId: subscription(env, get(`subscription.${env}`), report),
      tenantId: tenantField,
      addressSpace: {},
      network: environmentNetwork(env, mode.value ?? 'standalone', get, report),
    };
  }
  addressSpaces(draft, get, report);
  cosmosKind(flags, get('cosmosKind'), report);
  projectRegistry(flags, get('useCommonAcr'), report);
  requiredWithoutFlag(flags, catalog, report);
  const on = flagsOn(flags, catalog);
  optionSettings(draft, byRole, on, catalog, report);
  amlCompute(draft, get, on, report);
  appServiceEnvironment(draft, get, on, catalog, report);
  appRuntimes(draft, get, on, catalog, report);
  vmAdminUsername(draft, get, on, catalog, report);
  containerAppImage(draft, get, on, report);
  bingCustomSearchSku(get, report);
  applyFlags(draft, flags, catalog, report);
  // A setting read by no value of the draft and named by no finding would vanish silently: say so.
  const accounted = new Set<string>();
  JSON.stringify(draft, (k, v: unknown) => {
    if (k === 'from' || k === 'also') for (const o of [v].flat() as Origin[]) if (o) accounted.add(o.key);
    return v;
  });
  for (const d of report.items) if (d.location) accounted.add(`line:${d.location.line}`);
  for (const s of byRole.values()) {
    if (accounted.has(s.key) || accounted.has(`line:${s.location.line}`)) continue;
    report.add(
      'note',
      'import.not-carried',
      `${s.key} not carried over: it only matters together with a setting that is off or absent here`,
      s.location,
    );
  }
  return { draft, report: report.items };
}

function flagValue(s: Setting, report: Report): boolean | undefined {
  if (/^\s*true\s*$/i.test(s.value)) return true;
  if (/^\s*false\s*$/i.test(s.value)) return false;
  if (isPlaceholder(s.value)) {
    report.add(
      'error',
      'import.placeholder',
      `${s.key} is the placeholder '${s.value}', not true or false`,
      s.location,
      `set ${s.key} to "true" or "false"`,
    );
  } else {
    report.add(
      'error',
      'import.bad-value',
      `${s.key} is '${s.value}', not true or false`,
      s.location,
      `set ${s.key} to "true" or "false"`,
    );
  }
  return undefined;
}

function location(
  s: Setting | undefined,
  short: Setting | undefined,
  catalog: Catalog,
  report: Report,
): Field<string> {
  if (!s) return missing('Azure region', 'admin_location / AIFACTORY_LOCATION', report);
  if (isPlaceholder(s.value) || s.value === '') return placeholder(s, report);
  const region = regionByName(catalog, s.value.trim().toLowerCase());
  if (!region) {
    const guess = suggestRegion(catalog, s.value);
    return invalid(
      s,
      'is not an Azure region the catalog knows',
      report,
      guess ? `did you mean '${guess}'?` : undefined,
    );
  }
  if (short && short.value !== region.short) {
    report.add(
      'warning',
      'import.names-change',
      `${short.key} '${short.value}' is not carried over: resource names use the catalog's short name '${region.short}' for ${region.name}`,
      short.location,
      'names of existing resources may differ; plan first and check the names',
    );
  } else if (short) {
    report.add(
      'note',
      'import.not-carried',
      `${short.key} not carried over: it follows from the region`,
      short.location,
    );
  }
  return { value: region.name, from: origin(s) };
}

function prefix(s: Setting | undefined, report: Report): Field<string> {
  if (!s) return missing('prefix', 'admin_aifactoryPrefixRG / AIFACTORY_PREFIX', report);
  if (isPlaceholder(s.value) || s.value === '') return placeholder(s, report);
  const cleaned = s.value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (!new RegExp(PREFIX_PATTERN).test(cleaned)) {
    return invalid(
      s,
      'cannot be a prefix: aifactory.yaml needs 2 to 6 lower-case letters or digits, starting with a letter',
      report,
      'choose a shorter prefix',
    );
  }
  if (cleaned !== s.value) {
    report.add(
      'warning',
      'import.names-change',
      `${s.key} '${s.value}' becomes prefix '${cleaned}': prefixes are letters and digits only`,
      s.location,
      'resource names change with it; plan first and check the names',
    );
  }
  return { value: cleaned, from: origin(s) };
}

function scaleSet(s: Setting | undefined, report: Report): Field<string> {
  if (!s) {
    report.add('note', 'import.default', 'no scale-set suffix found; aifactory.yaml uses "001"');
    return {};
  }
  if (isPlaceholder(s.value)) return placeholder(s, report);
  const m = /^-?(\d{1,3})$/.exec(s.value.trim());
  if (!m) return invalid(s, 'is not a scale-set suffix like -001', report);
  return { value: m[1].padStart(3, '0'), from: origin(s) };
}

function projectNumber(s: Setting | undefined, report: Report): Field<number> {
  if (!s) return missing('project number', 'project_number_000 / PROJECT_NUMBER', report);
  if (isPlaceholder(s.value) || s.value === '') return placeholder(s, report);
  const n = /^\d{1,3}$/.test(s.value.trim()) ? Number(s.value) : NaN;
  if (!(n >= 1 && n <= 999)) return invalid(s, 'is not a project number from 001 to 999', report);
  return { value: n, from: origin(s) };
}

function guid(s: Setting, report: Report, severity: 'error' | 'warning' = 'error'): Field<string> {
  if (isPlaceholder(s.value) || s.value === '') return placeholder(s, report, severity);
  if (!new RegExp(GUID_PATTERN).test(s.value.trim())) {
    if (severity === 'warning') {
      report.add(
        'warning',
        'import.bad-value',
        `${s.key} '${s.value}' is not a GUID and was not carried over`,
        s.location,
      );
      return {};
    }
    return invalid(s, 'is not a GUID', report);
  }
  return { value: s.value.trim().toLowerCase(), from: origin(s) };
}

function subscription(env: Env, s: Setting | undefined, report: Report): Field<string> {
  if (!s)
    return missing(
      `subscription id for ${env}`,
      `${env === 'stage' ? 'test' : env}_sub_id / ${env.toUpperCase()}_SUBSCRIPTION_ID`,
      report,
    );
  return guid(s, report);
}

function networkMode(get: (r: Role) => Setting | undefined, report: Report): Field<NetworkMode> {
  const central = get('centralDns');
  const vnetName = get('vnetName');
  const byoVnet = vnetName && vnetName.value.trim() !== '' && !isPlaceholder(vnetName.value);
  if (central && /^\s*true\s*$/i.test(central.value)) {
    return { value: 'hub-spoke', from: origin(central) };
  }
  if (byoVnet) {
    report.add(
      'warning',
      'import.mode',
      `${vnetName.key} names the platform's VNet but DNS zones are not central: imported as network mode hybrid (own private DNS zones)`,
      vnetName.location,
      'use hub-spoke or vwan if the zones live in the hub',
    );
    return { value: 'hybrid', from: origin(vnetName) };
  }
  if (central)
    report.add(
      'note',
      'import.mode',
      `${central.key} is false: imported as network mode standalone`,
      central.location,
    );
  return { value: 'standalone', ...(central ? { from: origin(central) } : {}) };
}

/** Today's names may hold `<network_env>`, replaced by each environment's network_env_* value. */
function perEnvironment(
  s: Setting | undefined,
  env: Env,
  get: (r: Role) => Setting | undefined,
  report: Report,
  what: string,
): Field<string> {
  if (!s || s.value.trim() === '') {
    report.add(
      'error',
      'import.missing',
      `network mode needs ${what} for ${env}, and the file has none`,
      s?.location,
      `set environments.${env}.network in aifactory.yaml`,
    );
    return { todo: `${what} for ${env}` };
  }
  let value = s.value.trim();
  if (value.includes('<network_env>')) {
    const envValue = get(`networkEnv.${env}`);
    if (!envValue) return placeholder(s, report);
    value = value.replace(/<network_env>/g, envValue.value);
  }
  if (isPlaceholder(value)) return placeholder(s, report);
  return { value, from: origin(s) };
}

function environmentNetwork(
  env: Env,
  mode: NetworkMode,
  get: (r: Role) => Setting | undefined,
  report: Report,
): DraftEnvironment['network'] {
  if (mode === 'standalone') return undefined;
  const network: NonNullable<DraftEnvironment['network']> = {
    vnetResourceGroup: perEnvironment(
      get('vnetResourceGroup'),
      env,
      get,
      report,
      "the platform VNet's resource group (vnetResourceGroup_param)",
    ),
    vnetName: perEnvironment(
      get('vnetName'),
      env,
      get,
      report,
      "the platform VNet's name (vnetNameFull_param)",
    ),
  };
  if (mode !== 'hybrid') {
    const sub = get('dnsSubscription');
    network.dnsZonesSubscriptionId = sub
      ? guid(sub, report)
      : missing('DNS zones subscription', 'privDnsSubscription_param', report);
    network.dnsZonesResourceGroup = perEnvironment(
      get('dnsResourceGroup'),
      env,
      get,
      report,
      'the central DNS zones resource group (privDnsResourceGroup_param)',
    );
  }
  return network;
}

/**
 * Today's files give one VNet range for every environment and a per-environment number (XX) that places
 * each environment's subnets. Only a range that itself holds XX (e.g. 172.16.XX.0/22) yields a range per
 * environment; otherwise the range cannot be carried over without guessing, and is reported.
 */
function addressSpaces(draft: Draft, get: (r: Role) => Setting | undefined, report: Report): void {
  const vnet = get('vnetCidr');
  if (!vnet || isPlaceholder(vnet.value.replace(/XX/g, '0'))) {
    for (const env of ENVIRONMENTS)
      draft.environments[env].addressSpace = vnet
        ? placeholder(vnet, report)
        : missing(`address space for ${env}`, 'common_vnet_cidr / COMMON_VNET_CIDR', report);
    return;
  }
  if (!vnet.value.includes('XX')) {
    const ranges = ENVIRONMENTS.map((e) => `${e} ${get(`cidrRange.${e}`)?.value ?? '?'}`).join(', ');
    report.add(
      'error',
      'import.address-space',
      `${vnet.key} '${vnet.value}' is one range for every environment; aifactory.yaml needs a separate range per environment for the project's subnets, and they must not overlap`,
      vnet.location,
      `choose a free range per environment (today's per-environment numbers: ${ranges}) and fill in environments.<env>.addressSpace`,
    );
    for (const env of ENVIRONMENTS) {
      draft.environments[env].addressSpace = {
        todo: `one range for ${env} (today: ${vnet.key} ${vnet.value}, ${get(`cidrRange.${env}`)?.key ?? 'no XX number'} ${get(`cidrRange.${env}`)?.value ?? ''})`.trim(),
        from: origin(vnet),
      };
    }
    return;
  }
  for (const env of ENVIRONMENTS) {
    const range = get(`cidrRange.${env}`);
    if (!range || !/^\d{1,3}$/.test(range.value.trim())) {
      draft.environments[env].addressSpace = range
        ? invalid(range, 'is not a number from 0 to 255', report)
        : missing(`XX number for ${env}`, `${env}_cidr_range`, report);
      continue;
    }
    const text = vnet.value.replace(/XX/g, String(Number(range.value)));
    const cidr = parseCidr(text);
    draft.environments[env].addressSpace = cidr
      ? { value: formatCidr(cidr), from: origin(vnet), also: [origin(range)] }
      : invalid(vnet, `gives '${text}' for ${env}, which is not a valid CIDR`, report);
  }
}

function optionChoices(catalog: Catalog, service: string, option: string): string[] {
  return (
    catalog.services.find((x) => x.id === service)?.options?.find((o) => o.name === option)?.choices ?? []
  );
}

function searchSku(s: Setting | undefined, catalog: Catalog, report: Report): Field<string> {
  if (!s) return {};
  const v = s.value.trim().toLowerCase();
  if (v === 'free') {
    report.add(
      'warning',
      'import.not-carried',
      `${s.key} 'free' not carried over: the free tier has no private endpoints; aifactory.yaml uses 'basic'`,
      s.location,
    );
    return {};
  }
  return choice(s, optionChoices(catalog, 'aiSearch', 'sku'), report);
}

function choice(s: Setting | undefined, choices: string[], report: Report): Field<string> {
  if (!s) return {};
  if (isPlaceholder(s.value)) return placeholder(s, report, 'warning');
  const v = s.value.trim();
  const match = choices.find((c) => c.toLowerCase() === v.toLowerCase());
  if (!match) {
    report.add(
      'warning',
      'import.bad-value',
      `${s.key} '${s.value}' is not one of ${choices.join(', ')}; not carried over`,
      s.location,
    );
    return {};
  }
  return { value: match, from: origin(s) };
}

/** Model deployments: only models whose name the file states; versions only where it states them. */
function deployments(get: (r: Role) => Setting | undefined, report: Report): DraftDeployment[] {
  // Every setting read for the deployment being built, so its comment names them all.
  let read: Origin[] = [];
  const take = (role: Role): Setting | undefined => {
    const s = get(role);
    if (s) read.push(origin(s));
    return s;
  };
  const on = (role: Role) => {
    const s = get(role);
    return s && /^\s*true\s*$/i.test(s.value) ? s : undefined;
  };
  const num = (role: Role): number | undefined => {
    const s = take(role);
    const n = s ? Number(s.value) : NaN;
    return Number.isInteger(n) && n > 0 ? n : undefined;
  };
  const text = (role: Role): string | undefined => {
    const v = take(role)?.value.trim();
    return v && !isPlaceholder(v) ? v : undefined;
  };
  const result: DraftDeployment[] = [];
  const add = (deploy: Setting, d: Omit<DraftDeployment, 'from' | 'also'>) => {
    if (!d.version) {
      report.add(
        'error',
        'import.missing',
        `${deploy.key}: the file names no version of ${d.model}; aifactory.yaml gets a TODO there`,
        deploy.location,
        `look up the version of ${d.model} in your region and set it in services.aiFoundry.deployments`,
      );
    }
    result.push({ ...d, from: origin(deploy), also: read.filter((o) => o.key !== deploy.key) });
  };
  const gptX = on('model.gptX.deploy');
  if (gptX) {
    read = [];
    const name = text('model.gptX.name');
    if (!name) {
      report.add(
        'warning',
        'import.not-carried',
        `${gptX.key} is on but the model name is missing; deployment not carried over`,
        gptX.location,
      );
    } else {
      const version = text('model.gptX.version');
      const sku = text('model.gptX.sku') ?? text('model.default.sku');
      add(gptX, { name, model: name, version, sku, capacity: num('model.gptX.capacity') });
    }
  }
  const gpt4o = on('model.gpt4o.deploy');
  if (gpt4o) {
    read = [];
    const version = text('model.gpt4o.version');
    add(gpt4o, {
      name: 'gpt-4o',
      model: 'gpt-4o',
      version,
      sku: text('model.default.sku'),
      capacity: num('model.gpt.capacity'),
    });
  }
  const embeddings: [Role, string][] = [
    ['model.ada002.deploy', 'text-embedding-ada-002'],
    ['model.embedLarge.deploy', 'text-embedding-3-large'],
    ['model.embedSmall.deploy', 'text-embedding-3-small'],
  ];
  for (const [role, model] of embeddings) {
    const s = on(role);
    if (!s) continue;
    read = [];
    add(s, { name: model, model, sku: text('model.default.sku'), capacity: num('model.embedding.capacity') });
  }
  const mini = on('model.gpt54mini.deploy');
  if (mini) {
    report.add(
      'warning',
      'import.not-carried',
      `${mini.key} not carried over: the file does not name the model, only a version; add it to services.aiFoundry.deployments by hand`,
      mini.location,
    );
  }
  const names = new Set(result.map((d) => d.name.toLowerCase()));
  if (names.size < result.length) {
    report.add(
      'error',
      'import.contradiction',
      'two model deployments get the same name',
      result[0].from.location,
      'rename one in services.aiFoundry.deployments',
    );
  }
  return result;
}

/** Today's "shared registry or one per project": false means the project's own containerRegistry. */
function projectRegistry(
  flags: Map<string, { value: boolean; setting: Setting }>,
  s: Setting | undefined,
  report: Report,
): void {
  if (!s) return;
  if (/^\s*false\s*$/i.test(s.value)) {
    if (!flags.has('containerRegistry')) flags.set('containerRegistry', { value: true, setting: s });
    return;
  }
  report.add(
    'note',
    'import.not-carried',
    `${s.key} '${s.value}' not carried over: the scale set's shared registry belongs to the platform; containerRegistry gives the project its own (Azure ML needs one)`,
    s.location,
  );
}

/** Today's Cosmos DB switch plus its kind; the catalog has one service per API. */
function cosmosKind(
  flags: Map<string, { value: boolean; setting: Setting }>,
  s: Setting | undefined,
  report: Report,
): void {
  if (!s) return;
  const kind = s.value.trim().toLowerCase();
  const cosmos = flags.get('cosmosDb');
  if (kind === 'mongodb') {
    if (!cosmos?.value) return;
    flags.delete('cosmosDb');
    flags.set('cosmosDbMongo', cosmos);
    report.add(
      'note',
      'import.derived',
      `${cosmos.setting.key} with ${s.key} MongoDB is the service cosmosDbMongo`,
      s.location,
    );
  } else if (kind === 'globaldocumentdb') {
    if (cosmos?.value)
      report.add(
        'note',
        'import.derived',
        `${s.key} GlobalDocumentDB is the NoSQL API of cosmosDb`,
        s.location,
      );
  } else {
    report.add(
      'error',
      'import.bad-value',
      `${s.key} '${s.value}' is neither GlobalDocumentDB nor MongoDB`,
      s.location,
      'set it to GlobalDocumentDB or MongoDB',
    );
  }
}

/**
 * A service that today's files cannot switch on (it has no flag there: the App Service plan, the project's
 * registry) but that a service they switch on requires: today's pipelines create it along, so it is switched on
 * here too, with a note. One that the file switches off stays off (reported as a contradiction).
 */
function requiredWithoutFlag(
  flags: Map<string, { value: boolean; setting: Setting }>,
  catalog: Catalog,
  report: Report,
): void {
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  for (let grew = true; grew;) {
    grew = false;
    for (const [id, f] of [...flags]) {
      if (!f.value) continue;
      for (const required of byId.get(id)?.requires ?? []) {
        const def = byId.get(required);
        if (!def || flags.has(required) || def.aliases.length > 0) continue;
        if (def.baseline.includes(IMPORT_ARCHITECTURE)) continue;
        flags.set(required, { value: true, setting: f.setting });
        report.add(
          'note',
          'import.derived',
          `${f.setting.key} switches on ${id}, which requires ${required}: switched on too (today's files have no flag for it; their pipelines create it with ${id})`,
          f.setting.location,
        );
        grew = true;
      }
    }
  }
}

/** The services on after the imported flags (baseline of genai-1, flags, what they imply). */
function flagsOn(flags: Map<string, { value: boolean; setting: Setting }>, catalog: Catalog): Set<string> {
  const values: Record<string, boolean> = {};
  for (const [id, f] of flags) values[id] = f.value;
  const config = { architecture: IMPORT_ARCHITECTURE, flags: values } as unknown as ProjectConfig;
  return new Set(servicesOn(config, values, catalog).keys());
}

const IMPORT_ARCHITECTURE = 'genai-1';

/** Settings that are options of a service (customer-managed key, Elastic): carried when the service is on. */
function optionSettings(
  draft: Draft,
  byRole: Map<Role, Setting>,
  on: Set<string>,
  catalog: Catalog,
  report: Report,
): void {
  for (const [role, s] of byRole) {
    if (!role.startsWith('option.')) continue;
    const target = OPTION_SETTINGS[role.slice('option.'.length)];
    if (!target) continue;
    if (!on.has(target.service)) {
      notOn(s, target.service, report);
      continue;
    }
    const value = s.value.trim();
    const option = catalog.services
      .find((d) => d.id === target.service)
      ?.options?.find((o) => o.name === target.option);
    if (option?.type === 'boolean') {
      const flag = /^true$/i.test(value) ? true : /^false$/i.test(value) ? false : undefined;
      if (flag === undefined) {
        invalid(s, 'is not true or false', report);
        continue;
      }
      // Only what differs from the catalog's default is written.
      const want = target.negate ? !flag : flag;
      const byDefault = option.default ?? false;
      if (want === byDefault) {
        report.add(
          'note',
          'import.default',
          `${s.key} '${value}' is the catalog's default (services.${target.service}.${target.option}: ${String(byDefault)})`,
          s.location,
        );
      } else setOption(draft, target.service, target.option, { value: want, from: origin(s) });
      continue;
    }
    if (value === '') {
      report.add(
        'note',
        'import.default',
        `${s.key} is empty: services.${target.service}.${target.option} keeps the catalog's default`,
        s.location,
      );
      continue;
    }
    if (isPlaceholder(value)) {
      setOption(draft, target.service, target.option, placeholder(s, report));
      continue;
    }
    setOption(draft, target.service, target.option, { value, from: origin(s) });
  }
}

/** diagnosticSettingLevel → diagnostics.level, one of the catalog's levels. */
function diagnosticsLevel(s: Setting | undefined, catalog: Catalog, report: Report): Field<string> {
  if (!s) return {};
  const levels = Object.keys(catalog.diagnosticLevels ?? {});
  const value = s.value.trim().toLowerCase();
  if (levels.includes(value)) return { value, from: origin(s) };
  report.add(
    'warning',
    'import.bad-value',
    `${s.key} '${s.value}' is not one of ${levels.join(', ')}; not carried over (the default is ${catalog.defaultDiagnosticLevel ?? 'gold'})`,
    s.location,
  );
  return {};
}

/**
 * Today's admin compute of Azure ML: a training cluster and a compute instance, sized for dev and for test/prod.
 * Service options hold for every environment, so the dev sizes are carried and different test/prod ones reported.
 */
function amlCompute(
  draft: Draft,
  get: (r: Role) => Setting | undefined,
  on: Set<string>,
  report: Report,
): void {
  const settings = (['clusterSku', 'clusterMaxNodes', 'instanceSku'] as const).flatMap((what) =>
    (['dev', 'testProd'] as const).map((env) => ({ what, env, s: get(`aml.${what}.${env}`) })),
  );
  const present = settings.filter((x) => x.s);
  if (present.length === 0) return;
  if (!on.has('azureML')) {
    for (const { s } of present) notOn(s!, 'azureML', report);
    return;
  }
  const dev = (what: string) => get(`aml.${what}.dev`);
  for (const { what, s } of present.filter((x) => x.env === 'testProd')) {
    const same = dev(what)?.value.trim() === s!.value.trim();
    report.add(
      same ? 'note' : 'warning',
      'import.per-environment',
      same
        ? `${s!.key} says the same as the dev setting`
        : `${s!.key} '${s!.value}' not carried over: services.azureML options hold for every environment, and aifactory.yaml takes the dev value${dev(what) ? ` (${dev(what)!.value})` : ''}`,
      s!.location,
      same
        ? undefined
        : 'switch sizes per environment by editing aifactory.yaml before promoting, if test and prod need other sizes',
    );
  }
  const clusterSku = dev('clusterSku');
  const maxNodes = dev('clusterMaxNodes');
  if (clusterSku || maxNodes) {
    const max = maxNodes ? Number(maxNodes.value) : 3;
    if (maxNodes && !(Number.isInteger(max) && max > 0))
      invalid(maxNodes, 'is not a whole number of nodes', report);
    else {
      const read = [clusterSku, maxNodes].filter((x): x is Setting => !!x).map(origin);
      setOption(draft, 'azureML', 'computeClusters', {
        value: [
          {
            name: 'cpu-cluster',
            vmSize: clusterSku?.value.trim() ?? 'Standard_DS3_v2',
            minNodes: 0,
            maxNodes: max,
            idleTimeBeforeScaleDown: 'PT120S',
          },
        ],
        from: read[0],
        also: read.slice(1),
      });
    }
  }
  const instanceSku = dev('instanceSku');
  if (instanceSku) {
    setOption(draft, 'azureML', 'computeInstances', {
      value: [{ name: 'ci-admin', vmSize: instanceSku.value.trim(), idleTimeBeforeShutdown: 'PT60M' }],
      from: origin(instanceSku),
    });
  }
}

/** Services that take a bring-your-own App Service Environment (`appServiceEnvironmentId`). */
function aseServices(catalog: Catalog): string[] {
  return catalog.services.filter((s) => s.options?.some((o) => o.name === ASE_OPTION)).map((s) => s.id);
}
const ASE_OPTION = 'appServiceEnvironmentId';

/** byoASEv3 + byoAseFullResourceId → appServiceEnvironmentId on every App Service that is on. */
function appServiceEnvironment(
  draft: Draft,
  get: (r: Role) => Setting | undefined,
  on: Set<string>,
  catalog: Catalog,
  report: Report,
): void {
  const byo = get('byoAse');
  const id = get('byoAseId');
  if (!byo && !id) return;
  const enabled = byo && /^\s*true\s*$/i.test(byo.value);
  if (!enabled) {
    if (id)
      report.add(
        'note',
        'import.not-carried',
        `${id.key} not carried over: ${byo ? `${byo.key} is '${byo.value}'` : 'no byoASEv3 switches the BYO App Service Environment on'}`,
        id.location,
      );
    if (byo)
      report.add(
        'note',
        'import.default',
        `${byo.key} is '${byo.value}': App Services run on their own plans`,
        byo.location,
      );
    return;
  }
  const targets = aseServices(catalog).filter((s) => on.has(s));
  if (targets.length === 0) {
    report.add(
      'note',
      'import.not-carried',
      `${byo.key} not carried over: none of ${aseServices(catalog).join(', ')} is on in the imported file`,
      byo.location,
    );
    return;
  }
  if (!id || id.value.trim() === '' || isPlaceholder(id.value)) {
    const field: Field<string> = id
      ? placeholder(id, report)
      : missing('App Service Environment id', 'byoAseFullResourceId / BYO_ASE_FULL_RESOURCE_ID', report);
    for (const t of targets) setOption(draft, t, ASE_OPTION, { ...field, also: [origin(byo)] });
    return;
  }
  // Today's file asks for the id without its leading slash.
  const value = `/${id.value.trim().replace(/^\/+/, '')}`;
  if (
    !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Web\/hostingEnvironments\/[^/]+$/i.test(
      value,
    )
  ) {
    const field = invalid<string>(
      id,
      'is not the resource id of an App Service Environment (…/providers/Microsoft.Web/hostingEnvironments/<name>)',
      report,
    );
    for (const t of targets) setOption(draft, t, ASE_OPTION, field);
    return;
  }
  for (const t of targets) setOption(draft, t, ASE_OPTION, { value, from: origin(id), also: [origin(byo)] });
}

function applyFlags(
  draft: Draft,
  flags: Map<string, { value: boolean; setting: Setting }>,
  catalog: Catalog,
  report: Report,
): void {
  const architecture = 'genai-1';
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  const values: Record<string, boolean> = {};
  for (const [id, f] of flags) values[id] = f.value;
  // The same computation parseConfig uses, so the import and the config agree on what is on.
  const config = { architecture, flags: values } as unknown as ProjectConfig;
  const on = servicesOn(config, values, catalog);
  const mode = draft.mode.value ?? 'standalone';

  for (const [id, f] of flags) {
    const service = byId.get(id);
    if (!service) continue;
    const s = f.setting;
    if (service.baseline.includes(architecture)) {
      if (f.value) {
        report.add(
          'note',
          'import.not-carried',
          `${s.key} not carried over: ${id} is always on in ${architecture}`,
          s.location,
        );
      } else {
        report.add(
          'warning',
          'import.baseline',
          `${s.key}: false not carried over: ${id} is a baseline service of ${architecture} and always on`,
          s.location,
          'the plan will create it if it is missing',
        );
      }
      continue;
    }
    if (!f.value) {
      const by = on.get(id) ?? [];
      if (by.length > 0) {
        report.add(
          'warning',
          'import.implied',
          `${s.key}: false not carried over: ${by.join(', ')} needs ${id}, so it stays on (today's pipelines do the same silently)`,
          s.location,
        );
      } else draft.flagsOff.push({ id, from: origin(s) });
      continue;
    }
    if (service.modes && !service.modes.includes(mode)) {
      report.add(
        'error',
        'import.mode',
        `${s.key} switches on ${id}, which is not available in network mode ${mode} (only ${service.modes.join(', ')})`,
        s.location,
      );
    }
    for (const required of service.requires) {
      if (on.has(required)) continue;
      const off = flags.get(required);
      report.add(
        'error',
        'import.contradiction',
        `${s.key} switches on ${id}, which requires ${required}, but ${off ? `${off.setting.key} (line ${off.setting.location.line}) switches it off` : 'nothing switches it on'}`,
        s.location,
        `switch on ${required} (${service.id} needs it) or switch off ${id}`,
      );
    }
    for (const option of service.options ?? []) {
      if (!option.required || draft.serviceOptions[id]?.[option.name]) continue;
      report.add(
        'error',
        'import.missing',
        `${s.key} switches on ${id}, which needs services.${id}.${option.name}; today's files do not hold it`,
        s.location,
        `add services.${id}.${option.name} to aifactory.yaml: ${option.description}`,
      );
    }
    draft.flagsOn.push({ id, from: origin(s) });
  }
}
