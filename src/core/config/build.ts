// Turns the walked (structurally valid) values into a ProjectConfig: catalog look-ups (flags, regions,
// service ids), CIDR parsing, network requirements per mode, and defaults.
import type {
  Architecture,
  Catalog,
  EnvironmentConfig,
  NetworkMode,
  ProjectConfig,
  ServiceDefinition,
  SourceLocation,
} from '../types.js';
import { formatCidr, hostMask, parseCidr } from '../cidr.js';
import { suggest } from '../suggest.js';
import {
  DEFAULT_ARCHITECTURE,
  DEFAULT_DEPLOYMENT,
  DEFAULT_NETWORK_MODE,
  DEFAULT_SCALE_SET,
  defaultServiceOptions,
} from './defaults.js';
import { resolveFlags } from './flags.js';
import {
  catalogOptionNames,
  regionByName,
  serviceByFlagName,
  suggestRegion,
  suggestService,
} from './lookup.js';
import { serviceOptionSpecs } from './spec.js';
import { purgeableServices, whyNotPurgeable } from '../soft-delete.js';
import type { RawFlag, WalkContext } from './yaml-walk.js';

type EnvironmentNetwork = NonNullable<EnvironmentConfig['network']>;

interface FlatDeployment {
  name: string;
  model: string;
  format?: string;
  version: string;
  sku?: string;
  capacity?: number;
}

interface RawEnvironment {
  subscriptionId?: string;
  tenantId?: string;
  addressSpace?: string;
  location?: string;
  flags?: RawFlag[];
  allowDestroy?: string[];
  purgeSoftDeleted?: string[];
  personas?: Record<string, string[]>;
  network?: EnvironmentNetwork;
  diagnostics?: { level?: string };
}

export interface RawConfig {
  version?: number;
  architecture?: Architecture;
  project?: {
    number?: number;
    prefix?: string;
    scaleSet?: string;
    location?: string;
    tags?: Record<string, string>;
  };
  network?: { mode?: NetworkMode };
  diagnostics?: { level?: string };
  environments?: Record<string, RawEnvironment>;
  flags?: RawFlag[];
  protect?: string[];
  services?: Record<string, Record<string, unknown>>;
}

class Builder {
  constructor(
    readonly ctx: WalkContext,
    readonly catalog: Catalog,
  ) {}

  error(code: string, message: string, location: SourceLocation | undefined, hint?: string): void {
    this.ctx.diagnostics.push({ severity: 'error', code, message, location, hint });
  }

  key(path: string): SourceLocation | undefined {
    return this.ctx.keyLocations[path];
  }

  value(path: string): SourceLocation | undefined {
    return this.ctx.valueLocations[path] ?? this.ctx.keyLocations[path];
  }

  region(name: string | undefined, path: string): void {
    if (name === undefined || regionByName(this.catalog, name)) return;
    const guess = suggestRegion(this.catalog, name);
    this.error(
      'config.unknown-region',
      `${path} '${name}' is not an Azure region the catalog knows`,
      this.value(path),
      `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of regions`,
    );
  }

  /** `protect` and `allowDestroy` entries: service ids (and 'all' where allowed). */
  serviceList(list: string[] | undefined, path: string, allowAll: boolean): string[] {
    const result: string[] = [];
    (list ?? []).forEach((name, index) => {
      if (allowAll && name === 'all') return result.push(name);
      const found = serviceByFlagName(this.catalog, name);
      if (found?.canonical) return result.push(name);
      const guess = found ? found.service.id : suggestService(this.catalog, name);
      this.error(
        'config.unknown-service',
        `${path} lists '${name}', which is not a service id`,
        this.key(`${path}.${index}`),
        `${guess ? `did you mean '${guess}'? ` : ''}${allowAll ? "use a service id or 'all'; " : ''}run \`aifactory catalog\` for the list of services`,
      );
    });
    return result;
  }

  /** `purgeSoftDeleted`: service ids or 'all'; a service whose leftovers cannot be purged is an error. */
  purgeList(list: string[] | undefined, path: string): string[] {
    const known = this.serviceList(list, path, true);
    const purgeable = purgeableServices(this.catalog.services);
    (list ?? []).forEach((name, index) => {
      const def = known.includes(name) ? serviceByFlagName(this.catalog, name)?.service : undefined;
      const why = def && whyNotPurgeable(def);
      if (why)
        this.error(
          'config.not-purgeable',
          `${path} lists '${name}': ${why}`,
          this.value(`${path}.${index}`),
          `services whose leftovers can be purged: ${purgeable.join(', ')} (or 'all')`,
        );
    });
    return known;
  }

  addressSpace(text: string | undefined, path: string): string | undefined {
    if (text === undefined) return undefined;
    const parsed = parseCidr(text);
    if (parsed && parsed.prefix >= 8 && parsed.prefix <= 29) return formatCidr(parsed);
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
    const octets = m ? m.slice(1, 5).map(Number) : [];
    const prefix = m ? Number(m[5]) : NaN;
    let why = 'is not a valid IPv4 CIDR';
    let hint = 'write an IPv4 range such as 172.16.0.0/22';
    if (m && octets.some((o) => o > 255)) why = 'has an address part above 255';
    else if (m && prefix > 32) why = 'has a prefix length above 32';
    else if (parsed || (m && prefix >= 0)) {
      if (prefix < 8 || prefix > 29) {
        why = `has the prefix length /${prefix}; a VNet address space must be /8 to /29`;
      } else {
        const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
        const base = (address & ~hostMask(prefix)) >>> 0;
        why = 'has host bits set (the address is not the start of its range)';
        hint = `did you mean ${formatCidr({ base, prefix })}?`;
      }
    }
    this.error('config.bad-cidr', `${path} '${text}' ${why}`, this.value(path), hint);
    return undefined;
  }

  network(env: RawEnvironment, name: string, mode: NetworkMode): EnvironmentNetwork | undefined {
    const path = `environments.${name}.network`;
    if (mode === 'standalone') {
      if (env.network) {
        this.ctx.diagnostics.push({
          severity: 'warning',
          code: 'config.unused-network',
          message: `${path} is ignored in network mode standalone, where the project creates its own VNet and DNS zones`,
          location: this.key(path),
          hint: 'remove it, or set network.mode to hub-spoke, vwan or hybrid',
        });
      }
      return undefined;
    }
    const needed: (keyof EnvironmentNetwork)[] = ['vnetResourceGroup', 'vnetName'];
    if (mode !== 'hybrid') needed.push('dnsZonesSubscriptionId', 'dnsZonesResourceGroup');
    const missing = needed.filter((k) => !env.network?.[k]);
    if (missing.length > 0) {
      this.error(
        'config.missing-key',
        `environments.${name} needs ${env.network ? path : 'a network section'} with ${missing.join(', ')} in network mode ${mode}`,
        this.key(env.network ? path : `environments.${name}`),
        mode === 'hybrid'
          ? "the platform's VNet (resource group and name) the project's subnets go into"
          : "the platform's VNet, and the subscription and resource group of the central private DNS zones",
      );
    }
    return env.network;
  }

  services(
    raw: Record<string, Record<string, unknown>> | undefined,
  ): Record<string, Record<string, unknown>> {
    const result = defaultServiceOptions(this.catalog);
    for (const [id, options] of Object.entries(raw ?? {})) {
      const path = `services.${id}`;
      const found = serviceByFlagName(this.catalog, id);
      if (!found?.canonical) {
        const guess = found ? found.service.id : suggestService(this.catalog, id);
        this.error(
          'config.unknown-service',
          `${path}: '${id}' is not a service id`,
          this.key(path),
          `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services`,
        );
        continue;
      }
      if (serviceOptionSpecs[id]) {
        if (Array.isArray(options.deployments)) {
          options.deployments = this.deployments(
            options.deployments as FlatDeployment[],
            `${path}.deployments`,
          );
        }
      } else {
        this.catalogOptions(found.service, options, path);
      }
      result[id] = { ...(result[id] ?? {}), ...options };
    }
    return result;
  }

  /** Checks options against the service's catalog entry: names, types, choices. */
  catalogOptions(service: ServiceDefinition, options: Record<string, unknown>, path: string): void {
    const known = catalogOptionNames(service);
    for (const [name, value] of Object.entries(options)) {
      const optionPath = `${path}.${name}`;
      if (!known.includes(name)) {
        const guess = suggest(name, known);
        this.error(
          'config.unknown-key',
          `unknown option '${name}' for service ${service.id}`,
          this.key(optionPath),
          known.length === 0
            ? `${service.id} takes no options`
            : `${guess ? `did you mean '${guess}'? ` : ''}valid options: ${known.join(', ')}`,
        );
        continue;
      }
      const option = service.options?.find((o) => o.name === name);
      if (!option) continue;
      const actual = Array.isArray(value) ? 'list' : value === null ? 'nothing' : typeof value;
      if (actual !== option.type) {
        const wording: Record<string, string> = { list: 'a list', object: 'a mapping', nothing: 'nothing' };
        this.error(
          'config.wrong-type',
          `${optionPath} must be ${wording[option.type] ?? `a ${option.type}`}, found ${wording[actual] ?? JSON.stringify(value)}`,
          this.value(optionPath),
          option.description,
        );
      } else if (option.choices && !option.choices.includes(String(value))) {
        const guess = suggest(String(value), option.choices);
        this.error(
          'config.bad-value',
          `${optionPath} is '${String(value)}', which is not one of the choices`,
          this.value(optionPath),
          `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${option.choices.join(', ')}`,
        );
      } else if (option.pattern && !new RegExp(`^(?:${option.pattern})$`).test(String(value))) {
        this.error(
          'config.bad-value',
          `${optionPath} is '${String(value)}', which is not ${option.patternText ?? `a value matching ${option.pattern}`}`,
          this.value(optionPath),
          option.description,
        );
      }
    }
  }

  /** The flat form users write → the ARM-shaped entries the catalog reads ({{item:model.name}}). */
  deployments(list: FlatDeployment[], path: string): unknown[] {
    const seen = new Map<string, number>();
    return list.map((d, i) => {
      const first = seen.get(d.name.toLowerCase());
      if (first !== undefined) {
        this.error(
          'config.duplicate-item',
          `${path} has two deployments named '${d.name}'`,
          this.value(`${path}.${i}.name`),
          `deployment names must be unique; the first is item ${first + 1}`,
        );
      } else seen.set(d.name.toLowerCase(), i);
      return {
        name: d.name,
        model: { format: d.format ?? DEFAULT_DEPLOYMENT.format, name: d.model, version: d.version },
        sku: { name: d.sku ?? DEFAULT_DEPLOYMENT.sku, capacity: d.capacity ?? DEFAULT_DEPLOYMENT.capacity },
      };
    });
  }

  /** `diagnostics.level`: one of the catalog's diagnostic levels (gold, silver, bronze). */
  diagnostics(raw: { level?: string } | undefined, path: string): { level: string } | undefined {
    if (raw?.level === undefined) return undefined;
    const known = Object.keys(this.catalog.diagnosticLevels ?? {});
    if (known.includes(raw.level)) return { level: raw.level };
    const guess = suggest(raw.level, known);
    this.error(
      'config.bad-value',
      `${path}.level is '${raw.level}', which is not a diagnostic level`,
      this.value(`${path}.level`),
      `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${known.join(', ')}`,
    );
    return undefined;
  }

  personas(raw: Record<string, string[]> | undefined, path: string): Record<string, string[]> {
    const known = Object.keys(this.catalog.personas ?? {});
    const result: Record<string, string[]> = {};
    for (const [persona, ids] of Object.entries(raw ?? {})) {
      if (known.length > 0 && !known.includes(persona)) {
        const guess = suggest(persona, known);
        this.error(
          'config.unknown-persona',
          `${path}: unknown persona '${persona}'`,
          this.key(`${path}.${persona}`),
          `${guess ? `did you mean '${guess}'? ` : ''}valid personas: ${known.join(', ')}`,
        );
        continue;
      }
      result[persona] = ids;
    }
    return result;
  }
}

/** `{ key: value }` when the value is there, else nothing: keeps absent settings out of the config. */
function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

export function buildConfig(raw: RawConfig, ctx: WalkContext, catalog: Catalog): ProjectConfig {
  const b = new Builder(ctx, catalog);
  const mode = raw.network?.mode ?? DEFAULT_NETWORK_MODE;
  const flagLocations: Record<string, SourceLocation> = {};
  const resolve = (flags: RawFlag[] | undefined, path: string): Record<string, boolean> => {
    const r = resolveFlags(flags ?? [], path, catalog, ctx.keyLocations, ctx.valueLocations, ctx.diagnostics);
    Object.assign(flagLocations, r.locations);
    return r.flags;
  };

  b.region(raw.project?.location, 'project.location');
  const environments: Record<string, EnvironmentConfig> = {};
  for (const [name, env] of Object.entries(raw.environments ?? {})) {
    const path = `environments.${name}`;
    b.region(env.location, `${path}.location`);
    const environment: EnvironmentConfig = {
      name,
      subscriptionId: env.subscriptionId ?? '',
      addressSpace: b.addressSpace(env.addressSpace, `${path}.addressSpace`) ?? '',
      flags: resolve(env.flags, `${path}.flags`),
      allowDestroy: b.serviceList(env.allowDestroy, `${path}.allowDestroy`, true),
      personas: b.personas(env.personas, `${path}.personas`),
    };
    const purge = b.purgeList(env.purgeSoftDeleted, `${path}.purgeSoftDeleted`);
    if (purge.length > 0) environment.purgeSoftDeleted = purge;
    if (env.tenantId) environment.tenantId = env.tenantId;
    if (env.location) environment.location = env.location;
    const network = b.network(env, name, mode);
    if (network) environment.network = network;
    const diagnostics = b.diagnostics(env.diagnostics, `${path}.diagnostics`);
    if (diagnostics) environment.diagnostics = diagnostics;
    environments[name] = environment;
  }

  return {
    version: 1,
    file: ctx.file,
    architecture: raw.architecture ?? DEFAULT_ARCHITECTURE,
    project: {
      number: raw.project?.number ?? 0,
      prefix: raw.project?.prefix ?? '',
      scaleSet: raw.project?.scaleSet ?? DEFAULT_SCALE_SET,
      location: raw.project?.location ?? '',
      tags: raw.project?.tags ?? {},
    },
    network: { mode },
    ...optional('diagnostics', b.diagnostics(raw.diagnostics, 'diagnostics')),
    environments,
    flags: resolve(raw.flags, 'flags'),
    protect: b.serviceList(raw.protect, 'protect', false),
    services: b.services(raw.services),
    locations: { ...ctx.keyLocations, ...flagLocations },
  };
}
