// The fingerprint of a plan: a hash of everything it was computed from, so an apply can refuse a plan that no
// longer matches reality, and say which input changed. Only stable, host-independent values go in: no paths,
// no times, no order that depends on how Azure happened to list things.
import { canonicalJson, sha256Hex } from './hash.js';
import type { Catalog, ObservedState, PlanOptions, ProjectConfig } from './types.js';
import { TOOL_VERSION } from './version.js';

export interface PlanInputs {
  config: string;
  observed: string;
  options: string;
}

const digest = (value: unknown) => `sha256:${sha256Hex(canonicalJson(value))}`;

/** The config without where it came from: moving or re-indenting the file changes nothing. */
export function normalizeConfig(config: ProjectConfig, env: string): unknown {
  const { file: _file, locations: _locations, ...rest } = config;
  return { config: rest, environment: env };
}

/** Only what the planner reads from the observed state, in a canonical order. */
export function normalizeObserved(observed: ObservedState): unknown {
  const byKey = <T>(items: T[], key: (t: T) => string) =>
    [...items].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  return {
    subscriptionId: observed.subscriptionId?.toLowerCase(),
    resourceGroups: byKey(observed.resourceGroups ?? [], (g) => g.name.toLowerCase()).map((g) => ({
      name: g.name.toLowerCase(),
      exists: g.exists,
      tags: ownTags(g.tags),
    })),
    resources: byKey(observed.resources ?? [], (r) => r.id.toLowerCase()).map((r) => ({
      id: r.id.toLowerCase(),
      type: r.type.toLowerCase(),
      tags: ownTags(r.tags),
      provisioningState: r.provisioningState,
      properties: r.properties,
    })),
    subnets: byKey(observed.subnets ?? [], (s) => s.name.toLowerCase()).map((s) => ({
      name: s.name.toLowerCase(),
      addressPrefix: s.addressPrefix,
      foreign: s.foreign,
    })),
    softDeleted: byKey(observed.softDeleted ?? [], (s) => `${s.type.toLowerCase()}/${s.name.toLowerCase()}`),
  };
}

/** The tags this tool reads (`aifactory-*`), keys lower-cased: other tags do not change a plan. */
function ownTags(tags: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!tags) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags))
    if (k.toLowerCase().startsWith('aifactory-')) out[k.toLowerCase()] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

export function normalizeOptions(options: PlanOptions): unknown {
  return { allowDestroy: [...new Set(options.allowDestroy ?? [])].sort(), tenantId: options.tenantId };
}

export function planInputs(
  config: ProjectConfig,
  env: string,
  observed: ObservedState,
  options: PlanOptions,
): PlanInputs {
  return {
    config: digest(normalizeConfig(config, env)),
    observed: digest(normalizeObserved(observed)),
    options: digest(normalizeOptions(options)),
  };
}

export function planFingerprint(inputs: PlanInputs, catalog: Catalog): string {
  return digest({ tool: TOOL_VERSION, catalog: catalog.version, inputs });
}
