// The resource types the emulator knows: every type of the service catalog at its catalog api-version, the
// platform types the core generates around services, and ARM's own (resource groups, deployments, locks, tags).
// Unknown types and api-versions are refused with ARM's codes, so a body Azure would reject fails here too.
import { catalog as defaultCatalog } from '../core/catalog/index.js';
import type { Catalog, ResourceSpec, ServiceDefinition } from '../core/types.js';

export interface TypeInfo {
  type: string;
  apiVersions: string[];
  /** Simulated seconds to create or update, before the time scale. */
  provisioningSeconds: number;
  deletionSeconds: number;
  /**
   * The seconds of the type as the main resource of one service (by service id), where services that share the
   * type differ (a Foundry account and a Speech account are both Cognitive Services accounts). Read through the
   * resource's `aifactory-service` tag; the type's own figures (the slowest such service) otherwise.
   */
  byService?: Record<string, Timing>;
}

export interface Timing {
  provisioning: number;
  deletion: number;
}

/** Provisioning of a type nobody times (platform types, children): deployments spread their slowest type anyway. */
const DEFAULT_SECONDS = 5;
/**
 * Deleting what goes around a service's main resource (its children, endpoints, DNS records, role assignments):
 * the catalog's `deletionSeconds` is the service's whole delete, carried by its main resource.
 */
const SMALL_DELETE_SECONDS = 1;
const SERVICE_TAG = 'aifactory-service';

/** ARM's own types: always known, whatever the catalog says. */
const RESOURCES_API_VERSIONS = [
  '2025-04-01',
  '2025-03-01',
  '2024-11-01',
  '2024-07-01',
  '2024-03-01',
  '2023-07-01',
  '2022-09-01',
  '2021-04-01',
  '2021-01-01',
  '2020-10-01',
  '2020-06-01',
  '2019-10-01',
];

const BUILT_IN: Record<string, string[]> = {
  'Microsoft.Resources/resourceGroups': RESOURCES_API_VERSIONS,
  'Microsoft.Resources/deployments': RESOURCES_API_VERSIONS,
  'Microsoft.Resources/tags': RESOURCES_API_VERSIONS,
  'Microsoft.Authorization/locks': ['2020-05-01', '2017-04-01', '2016-09-01'],
};

/**
 * The types the core generates and other GA api-versions Azure serves for them: older versions accepted
 * besides the catalog's own, and the whole table when the emulator runs without a catalog.
 */
const FALLBACK: Record<string, string[]> = {
  'Microsoft.Authorization/roleAssignments': ['2022-04-01', '2020-04-01-preview'],
  'Microsoft.Insights/diagnosticSettings': ['2021-05-01-preview', '2017-05-01-preview'],
  'Microsoft.Insights/components': ['2020-02-02'],
  'Microsoft.OperationalInsights/workspaces': ['2023-09-01', '2022-10-01'],
  'Microsoft.ManagedIdentity/userAssignedIdentities': ['2023-01-31'],
  'Microsoft.KeyVault/vaults': ['2024-11-01', '2023-07-01', '2022-07-01'],
  'Microsoft.Storage/storageAccounts': ['2024-01-01', '2023-05-01', '2023-01-01', '2022-09-01'],
  'Microsoft.Search/searchServices': ['2025-05-01', '2024-06-01-preview', '2023-11-01', '2022-09-01'],
  'Microsoft.CognitiveServices/accounts': ['2025-06-01', '2024-10-01', '2023-05-01'],
  'Microsoft.CognitiveServices/accounts/projects': ['2025-06-01'],
  'Microsoft.CognitiveServices/accounts/deployments': ['2025-06-01', '2024-10-01', '2023-05-01'],
  'Microsoft.ContainerRegistry/registries': ['2023-07-01', '2023-01-01-preview'],
  'Microsoft.DocumentDB/databaseAccounts': ['2024-11-15', '2024-08-15', '2024-05-15'],
  'Microsoft.Network/virtualNetworks': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
  'Microsoft.Network/virtualNetworks/subnets': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
  'Microsoft.Network/networkSecurityGroups': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
  'Microsoft.Network/privateEndpoints': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
  'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': ['2024-05-01', '2024-01-01', '2023-11-01'],
  'Microsoft.Network/privateDnsZones': ['2024-06-01', '2020-06-01'],
  'Microsoft.Network/privateDnsZones/virtualNetworkLinks': ['2024-06-01', '2020-06-01'],
  'Microsoft.Network/privateDnsZones/A': ['2024-06-01', '2020-06-01'],
};

/** Deleted-object collections are served with their live type's api-versions. */
const SOFT_DELETE_ALIASES: Record<string, string> = {
  'microsoft.keyvault/deletedvaults': 'microsoft.keyvault/vaults',
  'microsoft.keyvault/locations/deletedvaults': 'microsoft.keyvault/vaults',
  'microsoft.cognitiveservices/deletedaccounts': 'microsoft.cognitiveservices/accounts',
  'microsoft.cognitiveservices/locations/resourcegroups/deletedaccounts':
    'microsoft.cognitiveservices/accounts',
};

export class TypeRegistry {
  private readonly types = new Map<string, TypeInfo>();
  private readonly namespaces = new Set<string>();

  /** Known type and versions; seconds given are kept when slower than what the type already has. */
  add(
    type: string,
    apiVersions: string[],
    seconds?: { provisioning?: number; deletion?: number },
    service?: string,
  ): void {
    const key = type.toLowerCase();
    let info = this.types.get(key);
    if (!info) {
      info = {
        type,
        apiVersions: [],
        provisioningSeconds: seconds?.provisioning ?? DEFAULT_SECONDS,
        deletionSeconds: seconds?.deletion ?? SMALL_DELETE_SECONDS,
      };
      this.types.set(key, info);
      this.namespaces.add(type.split('/')[0].toLowerCase());
    } else {
      if (seconds?.provisioning !== undefined)
        info.provisioningSeconds = Math.max(info.provisioningSeconds, seconds.provisioning);
      if (seconds?.deletion !== undefined)
        info.deletionSeconds = Math.max(info.deletionSeconds, seconds.deletion);
    }
    info.apiVersions = [...new Set([...info.apiVersions, ...apiVersions])].sort().reverse();
    if (service && seconds?.provisioning !== undefined && seconds.deletion !== undefined)
      (info.byService ??= {})[service] = { provisioning: seconds.provisioning, deletion: seconds.deletion };
  }

  /** Simulated seconds of one resource of `type`: its service's (by tag) when the type is that service's main one. */
  timing(type: string, tags?: unknown): Timing {
    const info = this.get(type);
    if (!info) return { provisioning: DEFAULT_SECONDS, deletion: SMALL_DELETE_SECONDS };
    const service =
      typeof tags === 'object' && tags !== null
        ? Object.entries(tags as Record<string, unknown>).find(([k]) => k.toLowerCase() === SERVICE_TAG)?.[1]
        : undefined;
    const own = typeof service === 'string' ? info.byService?.[service] : undefined;
    return own ?? { provisioning: info.provisioningSeconds, deletion: info.deletionSeconds };
  }

  get(type: string): TypeInfo | undefined {
    const key = type.toLowerCase();
    return this.types.get(SOFT_DELETE_ALIASES[key] ?? key);
  }

  hasNamespace(namespace: string): boolean {
    return this.namespaces.has(namespace.toLowerCase());
  }

  list(): TypeInfo[] {
    return [...this.types.values()];
  }
}

/**
 * Builds the registry from a catalog (all service and platform types, default: the tool's own catalog) plus
 * ARM's own types. `null` uses the small built-in table instead (for tests of the emulator itself).
 */
export function buildRegistry(catalog: Catalog | null = defaultCatalog): TypeRegistry {
  const registry = new TypeRegistry();
  for (const [type, versions] of Object.entries(BUILT_IN)) {
    registry.add(type, versions, { provisioning: type.endsWith('/resourceGroups') ? 0 : 1, deletion: 1 });
  }
  if (catalog) {
    for (const service of catalog.services) {
      const main = mainResources(service);
      for (const resource of service.resources) {
        const versions = [resource.apiVersion, ...(FALLBACK[resource.type] ?? [])];
        const timing = main.get(resource);
        if (timing) registry.add(resource.type, versions, timing, service.id);
        else registry.add(resource.type, versions);
      }
    }
    for (const [type, version] of Object.entries(catalog.platformApiVersions ?? {})) {
      registry.add(type, [version, ...(FALLBACK[type] ?? [])]);
    }
  }
  if (!catalog) for (const [type, versions] of Object.entries(FALLBACK)) registry.add(type, versions);
  return registry;
}

/**
 * Where a service's catalog seconds go, so that creating or deleting the service here takes what the plan
 * estimates. Its top-level resources carry them (they are deployed along one chain and deleted side by side in
 * one cleanup step); everything around them — children, extension resources, endpoints, DNS records — is quick.
 * A service made only of children of another service's resources (a capability host and its connections)
 * carries them on its last resource, the one the others exist for; when that type repeats (three shared private
 * links), the deletion is shared among them, as the executor deletes children one after the other.
 */
function mainResources(service: ServiceDefinition): Map<ResourceSpec, Timing> {
  const own = service.resources.filter((r) => r.deployScope?.kind !== 'extension');
  const topLevel = own.filter((r) => !r.parent);
  const out = new Map<ResourceSpec, Timing>();
  if (topLevel.length > 0) {
    for (const r of topLevel)
      out.set(r, { provisioning: service.provisioningSeconds, deletion: service.deletionSeconds });
    return out;
  }
  const last = own.at(-1) ?? service.resources.at(-1);
  if (!last) return out;
  const same = service.resources.filter((r) => r.type.toLowerCase() === last.type.toLowerCase());
  for (const r of same)
    out.set(r, {
      provisioning: service.provisioningSeconds,
      deletion: service.deletionSeconds / same.length,
    });
  return out;
}
