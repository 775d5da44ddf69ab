// Builds aifactory.yaml text for a chosen architecture, network mode, project and set of services, and parses it
// through the real config layer, so the catalog-wide tests exercise parseConfig as a user's file would.
import { stringify } from 'yaml';
import { catalog, getService } from '../../../src/core/catalog/index.js';
import { formatDiagnostic, parseConfig } from '../../../src/core/config/index.js';
import type { Architecture, NetworkMode, ProjectConfig, ServiceDefinition } from '../../../src/core/types.js';

export const ARCHITECTURES: Architecture[] = ['genai-1', 'esml'];
export const MODES: NetworkMode[] = ['standalone', 'hub-spoke', 'vwan', 'hybrid'];
export const SUBSCRIPTION = '11111111-1111-1111-1111-111111111111';
export const TENANT = '99999999-9999-9999-9999-999999999999';

/**
 * Values for options a service cannot run without. A new required option fails `requiredOptions` with its
 * name, so whoever adds one also says here what a real value looks like.
 */
const REQUIRED_OPTION_VALUES: Record<string, Record<string, unknown>> = {
  botService: { msaAppId: '5c0ffee0-1234-4abc-8def-0123456789ab' },
  virtualMachine: {
    sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx0aWZhY3Rvcnl0ZXN0a2V5MDEyMzQ1Njc4OTA user@host',
  },
  adminVirtualMachine: {
    sshPublicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx0aWZhY3Rvcnl0ZXN0a2V5MDEyMzQ1Njc4OTA user@host',
  },
  elastic: {
    firstName: 'Ada',
    lastName: 'Lovelace',
    companyName: 'Contoso',
    emailAddress: 'ada@contoso.com',
  },
  apiManagement: { publisherEmail: 'api@contoso.com', publisherName: 'Contoso' },
  customerManagedKey: { keyName: 'cmk-storage' },
};

export function service(id: string): ServiceDefinition {
  const s = getService(catalog, id);
  if (!s) throw new Error(`no service '${id}' in the catalog`);
  return s;
}

export function isBaseline(id: string, architecture: Architecture): boolean {
  return service(id).baseline.includes(architecture);
}

export function availableIn(id: string, mode: NetworkMode): boolean {
  const modes = service(id).modes;
  return !modes || modes.includes(mode);
}

/** Services a user switches on with a flag in this architecture and mode. */
export function addOns(architecture: Architecture, mode: NetworkMode): string[] {
  return catalog.services
    .filter((s) => !s.baseline.includes(architecture) && availableIn(s.id, mode))
    .map((s) => s.id);
}

/**
 * The flags a user writes to switch `ids` on: the services themselves and, transitively, what they and the
 * services they imply require (baseline services need no flag). `implied` is what comes along without a flag.
 */
export function flagsFor(
  ids: string[],
  architecture: Architecture,
): { flags: string[]; implied: string[]; on: string[] } {
  const on = new Set([
    ...ids,
    ...catalog.services.filter((s) => s.baseline.includes(architecture)).map((s) => s.id),
  ]);
  for (let grew = true; grew;) {
    grew = false;
    for (const id of [...on]) {
      for (const next of [...service(id).requires, ...service(id).implies]) {
        if (!on.has(next)) {
          on.add(next);
          grew = true;
        }
      }
    }
  }
  const impliedTargets = new Set([...on].flatMap((id) => service(id).implies));
  const requiredTargets = new Set([...on].flatMap((id) => service(id).requires));
  const flagged = (id: string) =>
    !isBaseline(id, architecture) &&
    (ids.includes(id) || (requiredTargets.has(id) && !impliedTargets.has(id)));
  const order = (keep: (id: string) => boolean) =>
    catalog.services.map((s) => s.id).filter((id) => on.has(id) && keep(id));
  return {
    flags: order(flagged),
    implied: order((id) => !isBaseline(id, architecture) && !flagged(id)),
    on: order(() => true),
  };
}

/** The options `services.<id>` needs for each service in `ids` (required ones only). */
export function requiredOptions(ids: string[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const id of ids) {
    for (const option of service(id).options ?? []) {
      if (!option.required) continue;
      const value = REQUIRED_OPTION_VALUES[id]?.[option.name];
      if (value === undefined) {
        throw new Error(
          `${id}.${option.name} is required: add a realistic value to REQUIRED_OPTION_VALUES in test/catalog/support/project.ts`,
        );
      }
      out[id] ??= {};
      out[id][option.name] = value;
    }
  }
  return out;
}

export interface EnvironmentSpec {
  addressSpace: string;
  subscriptionId?: string;
  flags?: Record<string, boolean>;
  personas?: Record<string, string[]>;
  allowDestroy?: string[];
}

export interface ProjectSpec {
  architecture: Architecture;
  mode: NetworkMode;
  prefix?: string;
  number?: number;
  scaleSet?: string;
  location?: string;
  flags?: string[];
  services?: Record<string, Record<string, unknown>>;
  protect?: string[];
  /** Default: one environment `dev` on 172.16.0.0/20. */
  environments?: Record<string, EnvironmentSpec>;
}

/** The platform network of an environment outside standalone mode (hybrid keeps its own DNS zones). */
function platformNetwork(env: string, mode: NetworkMode): Record<string, string> | undefined {
  if (mode === 'standalone') return undefined;
  const vnet = { vnetResourceGroup: `rg-platform-network-${env}`, vnetName: `vnet-platform-${env}` };
  if (mode === 'hybrid') return vnet;
  return {
    ...vnet,
    dnsZonesSubscriptionId: '22222222-2222-2222-2222-222222222222',
    dnsZonesResourceGroup: 'rg-platform-dns',
  };
}

export function projectYaml(spec: ProjectSpec): string {
  const environments = spec.environments ?? { dev: { addressSpace: '172.16.0.0/20' } };
  const doc: Record<string, unknown> = {
    version: 1,
    architecture: spec.architecture,
    project: {
      number: spec.number ?? 1,
      prefix: spec.prefix ?? 'acme',
      scaleSet: spec.scaleSet ?? '001',
      location: spec.location ?? 'swedencentral',
      tags: { costCenter: '4711' },
    },
    network: { mode: spec.mode },
    environments: Object.fromEntries(
      Object.entries(environments).map(([name, e]) => {
        const network = platformNetwork(name, spec.mode);
        return [
          name,
          {
            subscriptionId: e.subscriptionId ?? SUBSCRIPTION,
            tenantId: TENANT,
            addressSpace: e.addressSpace,
            ...(e.flags ? { flags: e.flags } : {}),
            ...(e.personas ? { personas: e.personas } : {}),
            ...(e.allowDestroy ? { allowDestroy: e.allowDestroy } : {}),
            ...(network ? { network } : {}),
          },
        ];
      }),
    ),
  };
  if (spec.flags && spec.flags.length > 0) doc.flags = Object.fromEntries(spec.flags.map((f) => [f, true]));
  if (spec.protect && spec.protect.length > 0) doc.protect = spec.protect;
  if (spec.services && Object.keys(spec.services).length > 0) doc.services = spec.services;
  // Quote strings YAML would read as numbers (scaleSet '001').
  return stringify(doc, { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });
}

/** Parses the YAML with the real config layer; any error diagnostic fails with every message formatted. */
export function parseProject(text: string): ProjectConfig {
  const result = parseConfig(text, 'aifactory.yaml', catalog);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !result.config) {
    throw new Error(`config errors:\n${errors.map(formatDiagnostic).join('\n')}\n--- file ---\n${text}`);
  }
  return result.config;
}
