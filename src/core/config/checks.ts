// Checks across keys and environments: baseline services switched off, requires/implies between
// services, network modes, overlapping address spaces, class A ranges where a subnet injection refuses them.
import type { Catalog, Diagnostic, ProjectConfig, ServiceDefinition, SourceLocation } from '../types.js';
import { isClassAPrivate, overlaps, parseCidr } from '../cidr.js';
import { environmentFlags } from './environments.js';
import { subnetInjections } from './subnet-injections.js';

export function checkConfig(config: ProjectConfig, catalog: Catalog): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  const envNames = Object.keys(config.environments);

  // One finding per line and message, naming every environment it holds in.
  const grouped = new Map<string, { d: Diagnostic; envs: string[] }>();
  const add = (d: Diagnostic, env: string): void => {
    const id = `${d.code}|${d.location?.line}|${d.location?.column}|${d.message}`;
    const entry = grouped.get(id);
    if (entry) entry.envs.push(env);
    else grouped.set(id, { d, envs: [env] });
  };

  /** Where a flag for `id` was written for this environment (its override, else the base). */
  const flagLocation = (env: string, id: string): SourceLocation | undefined =>
    config.locations[`environments.${env}.flags.${id}`] ??
    config.locations[`flags.${id}`] ??
    config.locations[`environments.${env}.flags`] ??
    config.locations['flags'];

  for (const env of envNames) {
    const flags = environmentFlags(config, env);
    const on = servicesOn(config, flags, catalog);

    for (const [id, value] of Object.entries(flags)) {
      const service = byId.get(id);
      if (!service) continue;
      if (!value && service.baseline.includes(config.architecture)) {
        add(
          {
            severity: 'error',
            code: 'flags.baseline-off',
            message: `${id} is a baseline service of ${config.architecture} and cannot be switched off`,
            location: flagLocation(env, id),
            hint: `remove the ${id}: false line; baseline services are always on`,
          },
          env,
        );
      }
      const by = on.get(id) ?? [];
      if (!value && by.length > 0) {
        add(
          {
            severity: 'warning',
            code: 'flags.implied-off',
            message: `${id}: false has no effect: ${by.join(', ')} ${by.length === 1 ? 'implies' : 'imply'} ${id}`,
            location: flagLocation(env, id),
            hint: `remove the ${id}: false line, or switch off ${by.join(', ')}`,
          },
          env,
        );
      }
    }

    for (const id of on.keys()) {
      const service = byId.get(id);
      if (!service) continue;
      for (const required of service.requires) {
        if (on.has(required)) continue;
        const explicitlyOff = flags[required] === false;
        add(
          {
            severity: 'error',
            code: 'flags.requires',
            message: `${id} requires ${required}, which is ${explicitlyOff ? 'switched off' : 'not on'}`,
            location: flagLocation(env, id),
            hint: `set ${required}: true, or switch ${id} off`,
          },
          env,
        );
      }
      if (service.modes && !service.modes.includes(config.network.mode)) {
        add(
          {
            severity: 'error',
            code: 'flags.mode',
            message: `${id} is not available in network mode ${config.network.mode} (only ${service.modes.join(', ')})`,
            location: flagLocation(env, id),
            hint: `switch ${id} off, or change network.mode`,
          },
          env,
        );
      }
    }

    diagnostics.push(...classAInjections(config, env, [...on.keys()], catalog));

    for (const id of on.keys()) {
      for (const option of byId.get(id)?.options ?? []) {
        if (!option.required || config.services[id]?.[option.name] !== undefined) continue;
        add(
          {
            severity: 'error',
            code: 'config.missing-option',
            message: `${id} needs services.${id}.${option.name}`,
            location: flagLocation(env, id),
            hint: option.description,
          },
          env,
        );
      }
    }
  }

  for (const { d, envs } of grouped.values()) {
    const where =
      envs.length === envNames.length && envNames.length > 1 ? 'every environment' : envs.join(', ');
    diagnostics.push({
      ...d,
      message: `${d.message} (in ${envs.length === 1 ? `environment ${where}` : where})`,
    });
  }
  diagnostics.push(...overlappingAddressSpaces(config));
  return diagnostics;
}

/** Every service on in an environment, with the services that imply it (empty for flags and baseline). */
export function servicesOn(
  config: ProjectConfig,
  flags: Record<string, boolean>,
  catalog: Catalog,
): Map<string, string[]> {
  const on = new Map<string, string[]>();
  const queue: ServiceDefinition[] = [];
  const byId = new Map(catalog.services.map((s) => [s.id, s]));
  for (const service of catalog.services) {
    if (service.baseline.includes(config.architecture) || flags[service.id] === true) {
      on.set(service.id, []);
      queue.push(service);
    }
  }
  while (queue.length > 0) {
    const service = queue.shift() as ServiceDefinition;
    for (const implied of service.implies) {
      const existing = on.get(implied);
      if (existing === undefined) {
        on.set(implied, [service.id]);
        const next = byId.get(implied);
        if (next) queue.push(next);
      } else if (existing.length > 0) {
        if (!existing.includes(service.id)) existing.push(service.id);
      }
    }
  }
  return on;
}

/**
 * A class A address space (10.0.0.0/8) where an enabled resource injects into one of its subnets in a region
 * where that injection supports no class A range. An error, not a warning: Azure refuses the resource (the
 * Foundry account, baseline of genai-1, always injects its agents), and by then the VNet and its subnets exist
 * and never move, so the address space could only change by deleting them.
 */
function classAInjections(config: ProjectConfig, env: string, on: string[], catalog: Catalog): Diagnostic[] {
  const e = config.environments[env];
  const cidr = parseCidr(e.addressSpace);
  if (!cidr || !isClassAPrivate(cidr)) return [];
  const region = e.location ?? config.project.location;
  const refused = subnetInjections(on, catalog, config.network.mode).filter(
    (i) => !i.rule.classARegions.includes(region),
  );
  const byRule = new Map<string, typeof refused>();
  for (const i of refused) byRule.set(i.rule.title, [...(byRule.get(i.rule.title) ?? []), i]);
  return [...byRule.values()].map((injections) => {
    const rule = injections[0].rule;
    const who = injections.map((i) => `${i.service} (${i.resource} → subnet ${i.subnet})`).join(', ');
    return {
      severity: 'error' as const,
      code: 'network.class-a-injection',
      message: `environments.${env}.addressSpace ${e.addressSpace} is a class A range (10.0.0.0/8), which ${rule.title} does not support in ${region}: ${who}`,
      location: config.locations[`environments.${env}.addressSpace`],
      hint: `use a range in 172.16.0.0/12 or 192.168.0.0/16 (supported in every region); class A works only in ${rule.classARegions.join(', ')}`,
    };
  });
}

function overlappingAddressSpaces(config: ProjectConfig): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen: { env: string; text: string; line?: number }[] = [];
  for (const [env, e] of Object.entries(config.environments)) {
    const cidr = parseCidr(e.addressSpace);
    if (!cidr) continue;
    const path = `environments.${env}.addressSpace`;
    const clash = seen.find((s) => overlaps(parseCidr(s.text)!, cidr));
    if (clash) {
      diagnostics.push({
        severity: 'error',
        code: 'network.overlap',
        message: `${path} ${e.addressSpace} overlaps environments.${clash.env}.addressSpace ${clash.text}${clash.line ? ` (line ${clash.line})` : ''}`,
        location: config.locations[path],
        hint: 'give every environment its own address range, e.g. 172.16.0.0/22, 172.17.0.0/22, 172.18.0.0/22',
      });
    }
    seen.push({ env, text: e.addressSpace, line: config.locations[path]?.line });
  }
  return diagnostics;
}
