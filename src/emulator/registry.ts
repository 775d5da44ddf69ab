// The resource types the emulator knows: every type of the service catalog at its catalog api-version, the
// platform types the core generates around services, and ARM's own (resource groups, deployments, locks, tags).
// Unknown types and api-versions are refused with ARM's codes, so a body Azure would reject fails here too.
import { catalog as defaultCatalog } from '../core/catalog/index.js';
import type { Catalog } from '../core/types.js';

export interface TypeInfo {
  type: string;
  apiVersions: string[];
  /** Simulated seconds to create or update, before the time scale. */
  provisioningSeconds: number;
  deletionSeconds: number;
}

const DEFAULT_SECONDS = 5;

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

  add(type: string, apiVersions: string[], seconds?: { provisioning?: number; deletion?: number }): void {
    const key = type.toLowerCase();
    const existing = this.types.get(key);
    if (existing) {
      for (const v of apiVersions) if (!existing.apiVersions.includes(v)) existing.apiVersions.push(v);
      existing.apiVersions.sort().reverse();
      if (seconds?.provisioning !== undefined) {
        existing.provisioningSeconds = Math.max(existing.provisioningSeconds, seconds.provisioning);
      }
      if (seconds?.deletion !== undefined) {
        existing.deletionSeconds = Math.max(existing.deletionSeconds, seconds.deletion);
      }
      return;
    }
    this.types.set(key, {
      type,
      apiVersions: [...new Set(apiVersions)].sort().reverse(),
      provisioningSeconds: seconds?.provisioning ?? DEFAULT_SECONDS,
      deletionSeconds: seconds?.deletion ?? DEFAULT_SECONDS,
    });
    this.namespaces.add(type.split('/')[0].toLowerCase());
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
      // The slowest resource of a service is its main one; the catalog times the whole service.
      for (const resource of service.resources) {
        registry.add(resource.type, [resource.apiVersion, ...(FALLBACK[resource.type] ?? [])], {
          provisioning: service.provisioningSeconds,
          deletion: service.deletionSeconds,
        });
      }
    }
    for (const [type, version] of Object.entries(catalog.platformApiVersions ?? {})) {
      registry.add(type, [version, ...(FALLBACK[type] ?? [])]);
    }
  }
  if (!catalog) for (const [type, versions] of Object.entries(FALLBACK)) registry.add(type, versions);
  return registry;
}
