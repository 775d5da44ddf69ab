// Subnets: each enabled service's needs merged by logical name (many services share `genai`), given a range by
// the allocator, and turned into subnet resources of the VNet with their delegation and the project's NSG.
import type { SubnetRequest } from '../subnets.js';
import type { Diagnostic, ServiceDefinition, SubnetAllocation } from '../types.js';
import { optionIsSet } from './catalog-resources.js';
import { platformApiVersion, subnetAzureName, type BuildContext } from './context.js';
import type { Draft } from './draft.js';

export const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';

export function subnetRequests(
  ctx: BuildContext,
  services: ServiceDefinition[],
  diagnostics: Diagnostic[],
): SubnetRequest[] {
  const byName = new Map<string, SubnetRequest>();
  for (const service of services) {
    for (const need of service.subnets) {
      if (need.unlessOption && optionIsSet(ctx, service, need.unlessOption)) continue;
      const name = subnetAzureName(ctx, need.name);
      const known = byName.get(name);
      if (!known) {
        byName.set(name, {
          name,
          prefixLength: need.prefixLength,
          delegation: need.delegation,
          services: [service.id],
        });
        continue;
      }
      // Shared subnet: the largest size asked for wins; two different delegations cannot share one subnet.
      known.prefixLength = Math.min(known.prefixLength, need.prefixLength);
      if (need.delegation && known.delegation && need.delegation !== known.delegation) {
        diagnostics.push({
          severity: 'error',
          code: 'catalog.subnet-delegation',
          message: `subnet '${need.name}' is delegated to ${known.delegation} by ${known.services.join(', ')} and to ${need.delegation} by ${service.id}`,
        });
      }
      known.delegation ??= need.delegation;
      known.services.push(service.id);
    }
  }
  return [...byName.values()];
}

/** The ARM `properties` of each allocated subnet: range, delegation, the project's NSG. */
export function subnetBodies(
  allocations: SubnetAllocation[],
  nsgId: string | undefined,
): { name: string; properties: Record<string, unknown> }[] {
  return allocations.map((allocation) => {
    const properties: Record<string, unknown> = { addressPrefix: allocation.prefix };
    if (allocation.delegation) {
      properties.delegations = [{ name: 'delegation', properties: { serviceName: allocation.delegation } }];
    }
    if (nsgId) properties.networkSecurityGroup = { id: nsgId };
    return { name: allocation.name, properties };
  });
}

/** Our own VNet's body with its subnets inline (standalone): it then waits for the NSG they name. */
export function withInlineSubnets(
  vnet: Draft,
  subnets: { name: string; properties: Record<string, unknown> }[],
  nsgId: string | undefined,
): void {
  const properties = { ...((vnet.body.properties as Record<string, unknown> | undefined) ?? {}) };
  properties.subnets = subnets;
  vnet.body = { ...vnet.body, properties };
  if (nsgId && subnets.length > 0 && !vnet.dependsOn.includes(nsgId))
    vnet.dependsOn = [...vnet.dependsOn, nsgId];
}

/** Subnets as child resources of a VNet this tool never PUTs (the platform's, in hub-spoke and vWAN). */
export function subnetResources(
  ctx: BuildContext,
  allocations: SubnetAllocation[],
  owner: string,
  nsgId: string | undefined,
): Draft[] {
  const vnet = ctx.vnet;
  if (!vnet) return [];
  const apiVersion = platformApiVersion(ctx, SUBNET_TYPE);
  const drafts: Draft[] = [];
  let previous: string | undefined;
  for (const allocation of allocations) {
    const id = `${vnet.id}/subnets/${allocation.name}`;
    const { properties } = subnetBodies([allocation], nsgId)[0];
    const dependsOn: string[] = [];
    if (vnet.ours) dependsOn.push(vnet.id);
    if (nsgId) dependsOn.push(nsgId);
    // ARM refuses concurrent writes to one VNet's subnets (AnotherOperationInProgress): chain them.
    if (previous) dependsOn.push(previous);
    drafts.push({
      service: owner,
      key: `subnet:${allocation.name}`,
      id,
      type: SUBNET_TYPE,
      apiVersion,
      name: `${vnet.name}/${allocation.name}`,
      resourceGroup: vnet.resourceGroup,
      subscriptionId: ctx.subscriptionId,
      body: { properties },
      dependsOn,
      role: 'subnet',
    });
    previous = id;
  }
  return drafts;
}
