// Small builders that keep the service files readable: the recurring shapes (private endpoint, diagnostics,
// role between services, cleanup orders) written once.
import type {
  CleanupStep,
  DiagnosticsSpec,
  PrivateEndpointSpec,
  RoleAssignmentSpec,
  SubnetSpec,
} from '../types.js';
import type { BuiltInRole } from './roles.js';

export function endpoint(resource: string, groupId: string, ...dnsZones: string[]): PrivateEndpointSpec {
  return { resource, groupId, dnsZones };
}

/** Every log category (gold); `levels` says what silver and bronze send where it is not the audit group. */
export function allLogs(
  resource: string,
  metrics = true,
  levels?: DiagnosticsSpec['levels'],
): DiagnosticsSpec {
  return { resource, logs: 'allLogs', metrics, ...(levels ? { levels } : {}) };
}

/** `principal` service's managed identity gets `role` on `scope` service (optionally one of its resources). */
export function serviceRole(
  role: BuiltInRole,
  principal: string,
  scope: string,
  resource?: string,
): RoleAssignmentSpec {
  return {
    ...role,
    principal: { kind: 'serviceIdentity', service: principal },
    scope: resource ? { service: scope, resource } : { service: scope },
  };
}

/** The project's user-assigned identity gets `role` on `scope`. */
export function projectIdentityRole(role: BuiltInRole, scope: string, resource?: string): RoleAssignmentSpec {
  return {
    ...role,
    principal: { kind: 'projectIdentity' },
    scope: resource ? { service: scope, resource } : { service: scope },
  };
}

/** The subnet most private endpoints share. */
export const genaiSubnet: SubnetSpec = { name: 'genai', prefixLength: 25 };

/** Foundation services a private, monitored service waits for when they are on. */
export const privateServiceUses = ['resourceGroups', 'network', 'privateDnsZones', 'logAnalytics'];

/** Removal orders. Role assignments and diagnostics go first so nothing dangles; endpoints before the resource. */
export const cleanup = {
  plain: ['roleAssignments', 'diagnosticSettings', 'resource'] as CleanupStep[],
  private: [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'resource',
  ] as CleanupStep[],
  privateWithChildren: [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'childResources',
    'resource',
  ] as CleanupStep[],
  /** Cognitive Services, Key Vault, AML, APIM: the name stays blocked until the soft-deleted object is purged. */
  privateSoftDeleted: [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'childResources',
    'resource',
    'purgeSoftDeleted',
  ] as CleanupStep[],
  /** VNet-injected services: Azure frees the delegated subnet only minutes after the resource is gone. */
  injected: [
    'roleAssignments',
    'diagnosticSettings',
    'childResources',
    'resource',
    'waitSubnetRelease',
  ] as CleanupStep[],
  injectedPrivate: [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'childResources',
    'resource',
    'waitSubnetRelease',
  ] as CleanupStep[],
};

/** Public network access off: every service is reached through its private endpoint. */
export const privateOnly = { publicNetworkAccess: 'Disabled' };

/** Standard Cognitive Services account body for a kind (Speech, Vision, Document Intelligence, …). */
export function cognitiveAccountBody(
  kind: string,
  sku: string,
  customSubDomainName: string,
): Record<string, unknown> {
  return {
    location: '{{location}}',
    kind,
    sku: { name: sku },
    identity: { type: 'SystemAssigned' },
    properties: {
      customSubDomainName,
      publicNetworkAccess: 'Disabled',
      disableLocalAuth: true,
      networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
    },
  };
}
