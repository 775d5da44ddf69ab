// Private networking around services: a private endpoint per catalog entry in the project's genai subnet, its
// DNS zone group (the A-records), and — where the project owns DNS (standalone, hybrid) — the private DNS
// zones and their VNet links. In hub-spoke and vWAN the zones are the hub's: we point at them, create none.
import type { Diagnostic, ServiceDefinition } from '../types.js';
import { platformApiVersion, resourceGroupId, subnetAzureName, type BuildContext } from './context.js';
import type { NamedResource } from './catalog-resources.js';
import { childId, resourceId, type Draft } from './draft.js';

export const PRIVATE_ENDPOINT_TYPE = 'Microsoft.Network/privateEndpoints';
export const ZONE_GROUP_TYPE = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';
export const DNS_ZONE_TYPE = 'Microsoft.Network/privateDnsZones';
export const VNET_LINK_TYPE = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
export const DNS_SERVICE = 'privateDnsZones';
/** The logical subnet private endpoints live in. */
export const ENDPOINT_SUBNET = 'genai';

const PE_NAME_MAX = 64;
const PE_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;

/** True when this project environment creates its own private DNS zones. */
export function ownsDnsZones(ctx: BuildContext, enabled: Set<string>): boolean {
  return (ctx.mode === 'standalone' || ctx.mode === 'hybrid') && enabled.has(DNS_SERVICE);
}

export interface EndpointInputs {
  ctx: BuildContext;
  services: ServiceDefinition[];
  named: Map<string, NamedResource[]>;
  enabled: Set<string>;
  /** Azure subnet names that were allocated. */
  subnets: Set<string>;
  diagnostics: Diagnostic[];
  /** Services that are off but whose endpoints stay (a blocked delete): the zones they write into stay. */
  zonesAlsoFor?: ServiceDefinition[];
}

/** Every DNS zone the enabled services' endpoints need, sorted, without duplicates. */
export function neededZones(services: ServiceDefinition[]): string[] {
  return [...new Set(services.flatMap((s) => s.privateEndpoints.flatMap((p) => p.dnsZones)))].sort();
}

export function dnsZoneId(
  ctx: BuildContext,
  enabled: Set<string>,
  zone: string,
  diagnostics: Diagnostic[],
): string | undefined {
  if (ownsDnsZones(ctx, enabled)) {
    const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE)!;
    return resourceId(ctx.resourceGroups[dns.scope].id, DNS_ZONE_TYPE, zone);
  }
  const central = ctx.envConfig.network;
  if (!central?.dnsZonesResourceGroup) {
    if (!diagnostics.some((d) => d.code === 'config.central-dns')) {
      diagnostics.push({
        severity: 'error',
        code: 'config.central-dns',
        message: `environment '${ctx.env}': private endpoints need DNS zones, and in network mode '${ctx.mode}' they are the hub's`,
        hint: `set environments.${ctx.env}.network.dnsZonesResourceGroup (and dnsZonesSubscriptionId when the zones live in another subscription)`,
        location: ctx.config.locations?.[`environments.${ctx.env}`],
      });
    }
    return undefined;
  }
  const subscription = central.dnsZonesSubscriptionId ?? ctx.subscriptionId;
  return resourceId(resourceGroupId(subscription, central.dnsZonesResourceGroup), DNS_ZONE_TYPE, zone);
}

export function endpointResources(input: EndpointInputs): Draft[] {
  const { ctx, services, named, enabled, diagnostics } = input;
  const drafts: Draft[] = [];
  const anyEndpoint = services.some((s) => s.privateEndpoints.length > 0);
  if (!anyEndpoint) return drafts;

  const subnetName = subnetAzureName(ctx, ENDPOINT_SUBNET);
  const subnetId =
    ctx.vnet && input.subnets.has(subnetName) ? `${ctx.vnet.id}/subnets/${subnetName}` : undefined;
  if (!subnetId) {
    diagnostics.push({
      severity: 'error',
      code: 'desired.endpoint-subnet',
      message: ctx.vnet
        ? `private endpoints need the '${ENDPOINT_SUBNET}' subnet, which no enabled service asks for`
        : `private endpoints need a VNet: in network mode '${ctx.mode}' set environments.${ctx.env}.network.vnetName (and vnetResourceGroup)`,
    });
  }

  const owned = ownsDnsZones(ctx, enabled);
  if (owned)
    drafts.push(
      ...zoneResources(ctx, enabled, neededZones([...services, ...(input.zonesAlsoFor ?? [])]), diagnostics),
    );

  const peApi = platformApiVersion(ctx, PRIVATE_ENDPOINT_TYPE);
  const groupApi = platformApiVersion(ctx, ZONE_GROUP_TYPE);
  for (const service of services) {
    for (const pe of service.privateEndpoints) {
      const target = named.get(service.id)?.find((r) => r.spec.key === pe.resource);
      if (!target) {
        diagnostics.push({
          severity: 'error',
          code: 'catalog.endpoint-target',
          message: `${service.id}: a private endpoint points at resource '${pe.resource}', which the service does not create in network mode '${ctx.mode}'`,
        });
        continue;
      }
      const name = endpointName(target.name, pe.groupId);
      if (!PE_NAME.test(name)) {
        diagnostics.push({
          severity: 'error',
          code: 'names.invalid',
          message: `${service.id}: the private endpoint name "${name}" is not valid for ${PRIVATE_ENDPOINT_TYPE}: letters, digits, underscores, periods and hyphens, starting with a letter or digit`,
        });
      }
      const rg = ctx.resourceGroups.project;
      const id = resourceId(rg.id, PRIVATE_ENDPOINT_TYPE, name);
      const dependsOn = [target.id];
      if (subnetId) dependsOn.push(subnetId);
      drafts.push({
        service: service.id,
        key: `pe:${pe.resource}:${pe.groupId}`,
        id,
        type: PRIVATE_ENDPOINT_TYPE,
        apiVersion: peApi,
        name,
        resourceGroup: rg.name,
        subscriptionId: ctx.subscriptionId,
        body: {
          location: ctx.location,
          properties: {
            subnet: { id: subnetId ?? '' },
            privateLinkServiceConnections: [
              { name, properties: { privateLinkServiceId: target.id, groupIds: [pe.groupId] } },
            ],
          },
        },
        dependsOn,
        role: 'privateEndpoint',
      });
      const zoneIds = pe.dnsZones
        .map((zone) => ({ zone, id: dnsZoneId(ctx, enabled, zone, diagnostics) }))
        .filter((z): z is { zone: string; id: string } => z.id !== undefined);
      if (zoneIds.length === 0) continue;
      drafts.push({
        service: service.id,
        key: `pe:${pe.resource}:${pe.groupId}:dns`,
        id: childId(id, ZONE_GROUP_TYPE, 'default'),
        type: ZONE_GROUP_TYPE,
        apiVersion: groupApi,
        name: `${name}/default`,
        resourceGroup: rg.name,
        subscriptionId: ctx.subscriptionId,
        body: {
          properties: {
            privateDnsZoneConfigs: zoneIds.map((z) => ({
              name: z.zone.replace(/\./g, '-'),
              properties: { privateDnsZoneId: z.id },
            })),
          },
        },
        dependsOn: [id, ...(owned ? zoneIds.map((z) => z.id) : [])],
        role: 'dnsZone',
      });
    }
  }
  return drafts;
}

/** `pe-<target>-<group>`, the target part shortened when the whole would pass the type's 64 characters. */
export function endpointName(targetName: string, groupId: string): string {
  const suffix = `-${groupId.toLowerCase()}`;
  const room = PE_NAME_MAX - 'pe-'.length - suffix.length;
  return `pe-${targetName.slice(0, room).replace(/[-.]+$/, '')}${suffix}`;
}

function zoneResources(
  ctx: BuildContext,
  enabled: Set<string>,
  zones: string[],
  diagnostics: Diagnostic[],
): Draft[] {
  const drafts: Draft[] = [];
  const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE)!;
  const rg = ctx.resourceGroups[dns.scope];
  const zoneApi = platformApiVersion(ctx, DNS_ZONE_TYPE);
  const linkApi = platformApiVersion(ctx, VNET_LINK_TYPE);
  for (const zone of zones) {
    const id = dnsZoneId(ctx, enabled, zone, diagnostics)!;
    const dependsOn = rg.managed ? [rg.id] : [];
    drafts.push({
      service: DNS_SERVICE,
      key: `zone:${zone}`,
      id,
      type: DNS_ZONE_TYPE,
      apiVersion: zoneApi,
      name: zone,
      resourceGroup: rg.name,
      subscriptionId: ctx.subscriptionId,
      body: { location: 'global', properties: {} },
      dependsOn,
      role: 'dnsZone',
    });
    if (!ctx.vnet) continue;
    const linkName = `link-${ctx.vnet.name}`.slice(0, 80);
    drafts.push({
      service: DNS_SERVICE,
      key: `zone:${zone}:link`,
      id: childId(id, VNET_LINK_TYPE, linkName),
      type: VNET_LINK_TYPE,
      apiVersion: linkApi,
      name: `${zone}/${linkName}`,
      resourceGroup: rg.name,
      subscriptionId: ctx.subscriptionId,
      body: {
        location: 'global',
        properties: { virtualNetwork: { id: ctx.vnet.id }, registrationEnabled: false },
      },
      dependsOn: ctx.vnet.ours ? [id, ctx.vnet.id] : [id],
      role: 'dnsZone',
    });
  }
  return drafts;
}
