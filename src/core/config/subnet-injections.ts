// Subnets a service's resource injects compute into, read from the catalog bodies, and the address ranges
// such an injection supports. Foundry's agent injection (`networkInjections` of a Cognitive Services account,
// scenario `agent`) supports 172.16.0.0/12 and 192.168.0.0/16 in every region where Foundry Agent Service runs,
// and a class A range (10.0.0.0/8) only in the regions Microsoft lists for it (the "Class A" column of
// learn.microsoft.com/azure/foundry/agents/concepts/limits-quotas-regions, which adds Central US and North
// Central US to the GA list of foundry-samples' 15-private-network-standard-agent-setup). When Microsoft adds
// a region, add it here: until then the config refuses class A there.
import type { Catalog, NetworkMode, ResourceSpec } from '../types.js';

export interface InjectionRule {
  /** The body property that injects into a subnet: an array of entries naming the subnet by `subnetArmId`. */
  property: string;
  /** What it is, for messages. */
  title: string;
  /** Regions where a class A (10.0.0.0/8) subnet works for it; elsewhere only 172.16/12 and 192.168/16 do. */
  classARegions: string[];
}

export const INJECTION_RULES: InjectionRule[] = [
  {
    property: 'networkInjections',
    title: 'Foundry agent subnet injection',
    classARegions: [
      'australiaeast',
      'brazilsouth',
      'canadaeast',
      'centralus',
      'eastus',
      'eastus2',
      'francecentral',
      'germanywestcentral',
      'italynorth',
      'japaneast',
      'northcentralus',
      'southafricanorth',
      'southcentralus',
      'southindia',
      'spaincentral',
      'swedencentral',
      'uaenorth',
      'uksouth',
      'westeurope',
      'westus',
      'westus3',
    ],
  },
];

export interface Injection {
  service: string;
  /** Resource key within the service. */
  resource: string;
  /** Logical subnet name (`aca2`). */
  subnet: string;
  rule: InjectionRule;
}

const SUBNET_PLACEHOLDER = /^\{\{subnetId:([A-Za-z0-9_-]+)\}\}$/;

/** Every injection the given services' resources make in this network mode, from their bodies. */
export function subnetInjections(services: string[], catalog: Catalog, mode: NetworkMode): Injection[] {
  const out: Injection[] = [];
  for (const def of catalog.services) {
    if (!services.includes(def.id)) continue;
    for (const spec of def.resources) {
      if (spec.modes && !spec.modes.includes(mode)) continue;
      for (const rule of INJECTION_RULES) {
        for (const subnet of injectedSubnets(spec, rule.property))
          out.push({ service: def.id, resource: spec.key, subnet, rule });
      }
    }
  }
  return out;
}

/** Subnet names `{{subnetId:…}}` under `property` in the body or in any optional part of it. */
function injectedSubnets(spec: ResourceSpec, property: string): string[] {
  const bodies = [spec.body, ...(spec.bodyWhenOption ?? []).flatMap((part) => [part.set, part.unset])].filter(
    (b): b is Record<string, unknown> => !!b,
  );
  const names = new Set<string>();
  for (const body of bodies) {
    const entries = (body.properties as Record<string, unknown> | undefined)?.[property];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      const id = (entry as { subnetArmId?: unknown })?.subnetArmId;
      const m = typeof id === 'string' ? SUBNET_PLACEHOLDER.exec(id) : null;
      if (m) names.add(m[1]);
    }
  }
  return [...names];
}
