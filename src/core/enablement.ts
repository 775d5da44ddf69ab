// Which services are on in one environment, and why: the architecture's baseline, the flags (the environment's
// override wins over the base), and everything those imply, transitively. The reason travels into the plan so
// a user sees that Cosmos DB is there because the capability host needs it.
import type { Catalog, Diagnostic, EnableReason, ProjectConfig, ServiceDefinition } from './types.js';

export interface EnabledService {
  id: string;
  reason: EnableReason;
}

export interface Enablement {
  /** In catalog order. */
  services: EnabledService[];
  diagnostics: Diagnostic[];
}

/** Base flags overlaid by the environment's flags, with where each value came from. */
function effectiveFlags(
  config: ProjectConfig,
  env: string,
): Map<string, { on: boolean; environment: boolean }> {
  const flags = new Map<string, { on: boolean; environment: boolean }>();
  for (const [id, on] of Object.entries(config.flags ?? {})) flags.set(id, { on, environment: false });
  for (const [id, on] of Object.entries(config.environments[env]?.flags ?? {}))
    flags.set(id, { on, environment: true });
  return flags;
}

export function availableInMode(def: ServiceDefinition, config: ProjectConfig): boolean {
  return !def.modes || def.modes.includes(config.network.mode);
}

/**
 * Computes the services that are on. The config is assumed valid (parseConfig reports unknown flags and
 * `requires` violations with their lines); this still guards, so a broken caller gets a diagnostic, not a
 * plan that silently lacks a service.
 */
export function enabledServices(config: ProjectConfig, env: string, catalog: Catalog): Enablement {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  const reasons = new Map<string, EnableReason>();
  const flags = effectiveFlags(config, env);

  for (const def of catalog.services) {
    if (def.baseline.includes(config.architecture))
      reasons.set(def.id, { kind: 'baseline', architecture: config.architecture });
  }
  for (const [id, flag] of flags) {
    if (!flag.on || reasons.has(id)) continue;
    if (!byId.has(id)) {
      diagnostics.push({
        severity: 'error',
        code: 'flags.unknown',
        message: `flag '${id}' names no service of the catalog`,
        hint: 'run `aifactory catalog` for the list of services',
      });
      continue;
    }
    reasons.set(id, { kind: 'flag', environment: flag.environment });
  }

  // Implied services, to a fixed point; a service implied by several lists all of them (sorted by catalog order).
  const implied = new Map<string, Set<string>>();
  let queue = [...reasons.keys()];
  while (queue.length > 0) {
    const next: string[] = [];
    for (const id of queue) {
      for (const target of byId.get(id)?.implies ?? []) {
        if (!byId.has(target)) continue;
        const by = implied.get(target) ?? new Set<string>();
        by.add(id);
        implied.set(target, by);
        if (!reasons.has(target)) {
          reasons.set(target, { kind: 'implied', by: [] });
          next.push(target);
        }
      }
    }
    queue = next;
  }
  const order = new Map(catalog.services.map((s, i) => [s.id, i]));
  for (const [target, by] of implied) {
    const reason = reasons.get(target);
    if (reason?.kind === 'implied') {
      reason.by = [...by].filter((b) => reasons.has(b)).sort((a, b) => order.get(a)! - order.get(b)!);
    }
  }

  const services: EnabledService[] = [];
  for (const def of catalog.services) {
    const reason = reasons.get(def.id);
    if (!reason) continue;
    if (!availableInMode(def, config)) {
      // Baseline services that do not apply in this landing-zone mode are simply absent (e.g. the private DNS
      // zones are the hub's in hub-spoke); a service switched on by a flag is a mistake worth saying.
      if (reason.kind === 'flag') {
        diagnostics.push({
          severity: 'error',
          code: 'flags.mode',
          message: `'${def.id}' is not available in network mode '${config.network.mode}'`,
          hint: `it is available in: ${def.modes!.join(', ')}; switch the flag off or change network.mode`,
        });
      }
      continue;
    }
    services.push({ id: def.id, reason });
  }

  const on = new Set(services.map((s) => s.id));
  for (const s of services) {
    for (const needed of byId.get(s.id)!.requires) {
      if (!on.has(needed)) {
        diagnostics.push({
          severity: 'error',
          code: 'flags.requires',
          message: `'${s.id}' requires '${needed}', which is off in '${env}'`,
          hint: `set flags.${needed}: true, or switch '${s.id}' off`,
        });
      }
    }
  }
  return { services, diagnostics };
}

/** Human wording of a reason, for the plan. */
export function describeReason(reason: EnableReason, env: string): string {
  switch (reason.kind) {
    case 'baseline':
      return `baseline of ${reason.architecture}`;
    case 'flag':
      return reason.environment ? `flag on in environment '${env}'` : 'flag on';
    case 'implied':
      return `implied by ${reason.by.join(', ')}`;
  }
}

/**
 * The flags whose switching off removes `service`: its own flag, or for an implied service the flags behind
 * every service that implies it (it stays while any of them is on). Empty when it cannot be switched off (a
 * baseline service, or one implied by a baseline service).
 */
export function flagsToSwitchOff(
  services: EnabledService[],
  service: string,
  seen = new Set<string>(),
): string[] {
  const reason = services.find((s) => s.id === service)?.reason;
  if (!reason || reason.kind === 'baseline' || seen.has(service)) return [];
  if (reason.kind === 'flag') return [service];
  const next = new Set([...seen, service]);
  const behind = reason.by.map((by) => flagsToSwitchOff(services, by, next));
  if (reason.by.length === 0 || behind.some((flags) => flags.length === 0)) return [];
  return [...new Set(behind.flat())];
}
