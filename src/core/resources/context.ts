// Everything a resource of one project environment is built from, computed once: subscription, location,
// name tokens, resource groups, the VNet, ownership tags. Derived from the config alone (no observed state),
// so the observer's scope and the desired state always agree on names.
import {
  buildName,
  computeSalt,
  formatProjectNumber,
  nameContext,
  nameProblem,
  nameSources,
  type NameContext,
} from '../names.js';
import type {
  Catalog,
  Diagnostic,
  EnvironmentConfig,
  NameRule,
  NetworkMode,
  ProjectConfig,
  ResourceGroupRole,
  ResourceSpec,
} from '../types.js';

export const MANAGED_BY = 'aifactory-flags';
export const TAG_MANAGED_BY = 'aifactory-managed-by';
export const TAG_PROJECT = 'aifactory-project';
export const TAG_ENVIRONMENT = 'aifactory-environment';
export const TAG_SERVICE = 'aifactory-service';
export const TAG_HASH = 'aifactory-hash';

export const RESOURCE_GROUP_TYPE = 'Microsoft.Resources/resourceGroups';
export const VNET_TYPE = 'Microsoft.Network/virtualNetworks';

export interface ResourceGroupInfo {
  role: ResourceGroupRole;
  name: string;
  id: string;
  /** Created and owned by this tool (else the platform's: never created, never deleted). */
  managed: boolean;
}

export interface VnetInfo {
  id: string;
  name: string;
  resourceGroup: string;
  /** Our own VNet (standalone): created by the `network` service. */
  ours: boolean;
}

export interface BuildContext {
  config: ProjectConfig;
  env: string;
  envConfig: EnvironmentConfig;
  catalog: Catalog;
  mode: NetworkMode;
  subscriptionId: string;
  tenantId?: string;
  location: string;
  /** prj001 */
  project: string;
  names: NameContext;
  resourceGroups: Record<ResourceGroupRole, ResourceGroupInfo>;
  vnet?: VnetInfo;
  ownershipTags: Record<string, string>;
  diagnostics: Diagnostic[];
}

// Resource group names as today's AI Factory pipelines spell them; used when the catalog has no rule for them.
const RESOURCE_GROUP_RULE: Omit<NameRule, 'pattern'> = {
  minLength: 1,
  maxLength: 90,
  allowed: '[-\\w.()]*[-\\w()]',
  allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
  uniqueness: 'subscription',
};
const DEFAULT_RG_PATTERNS: Record<ResourceGroupRole, string> = {
  project: '{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg',
  common: '{prefix}-esml-common-{loc}-{env}-{scaleSet}',
};

export function resourceGroupId(subscriptionId: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
}

export function modeAllows(spec: { modes?: NetworkMode[] }, mode: NetworkMode): boolean {
  return !spec.modes || spec.modes.includes(mode);
}

/** The catalog's resource spec for a resource group of the given role, when it has one. */
export function resourceGroupSpec(catalog: Catalog, role: ResourceGroupRole): ResourceSpec | undefined {
  const service = catalog.services.find((s) => s.id === 'resourceGroups');
  return service?.resources.find((r) => r.type === RESOURCE_GROUP_TYPE && r.resourceGroup === role);
}

export function createContext(
  config: ProjectConfig,
  env: string,
  catalog: Catalog,
  overrides: { tenantId?: string } = {},
): BuildContext {
  const diagnostics: Diagnostic[] = [];
  const envConfig = config.environments[env];
  if (!envConfig) throw new Error(`environment '${env}' is not in the config`);
  const location = envConfig.location ?? config.project.location;
  const region = catalog.regions.find((r) => r.name === location.toLowerCase());
  if (!region) {
    diagnostics.push({
      severity: 'error',
      code: 'config.unknown-region',
      message: `location '${location}' is not a region the catalog knows`,
      hint: 'use an Azure region name such as swedencentral',
    });
  }
  const project = `prj${formatProjectNumber(config.project.number)}`;
  const azureEnv = catalog.environmentNames[env] ?? env;
  const salt = computeSalt(
    envConfig.subscriptionId,
    config.project.prefix,
    project,
    env,
    config.project.scaleSet,
  );
  const names = nameContext({
    prefix: config.project.prefix,
    projectNumber: config.project.number,
    env: azureEnv,
    location,
    loc: region?.short ?? location,
    scaleSet: config.project.scaleSet,
    salt,
  });
  const mode = config.network.mode;
  const subscriptionId = envConfig.subscriptionId;

  const resourceGroups = {} as Record<ResourceGroupRole, ResourceGroupInfo>;
  for (const role of ['project', 'common'] as const) {
    const spec = resourceGroupSpec(catalog, role);
    const rule: NameRule = spec?.name ?? { ...RESOURCE_GROUP_RULE, pattern: DEFAULT_RG_PATTERNS[role] };
    const built = buildName(rule, names, undefined, RESOURCE_GROUP_TYPE);
    if (built.problem) {
      diagnostics.push(
        nameProblem({
          subject: `resourceGroups: the ${role} resource group name`,
          rule,
          built,
          ctx: names,
          where: nameSources(config, env),
          locations: config.locations,
        }),
      );
    }
    // The project RG is always ours; the common RG only where the catalog creates it in this mode (standalone).
    const managed = role === 'project' ? true : spec ? modeAllows(spec, mode) : mode === 'standalone';
    resourceGroups[role] = {
      role,
      name: built.name,
      id: resourceGroupId(subscriptionId, built.name),
      managed,
    };
  }

  const ownershipTags = {
    [TAG_MANAGED_BY]: MANAGED_BY,
    [TAG_PROJECT]: project,
    [TAG_ENVIRONMENT]: env,
  };
  const ctx: BuildContext = {
    config,
    env,
    envConfig,
    catalog,
    mode,
    subscriptionId,
    tenantId: envConfig.tenantId ?? overrides.tenantId,
    location,
    project,
    names,
    resourceGroups,
    ownershipTags,
    diagnostics,
  };
  ctx.vnet = vnetOf(ctx);
  return ctx;
}

/**
 * The VNet the project's subnets live in: ours when the `network` service creates one in this mode, else the
 * platform's, named in the environment's network settings (default: the common resource group).
 */
function vnetOf(ctx: BuildContext): VnetInfo | undefined {
  const network = ctx.catalog.services.find((s) => s.id === 'network');
  const spec = network?.resources.find((r) => r.type === VNET_TYPE && modeAllows(r, ctx.mode));
  if (spec) {
    const rg = ctx.resourceGroups[spec.resourceGroup];
    const built = buildName(spec.name, ctx.names, undefined, VNET_TYPE);
    // A bad VNet name is reported with the network service's other names by the desired-state builder.
    return {
      id: `${rg.id}/providers/${VNET_TYPE}/${built.name}`,
      name: built.name,
      resourceGroup: rg.name,
      ours: true,
    };
  }
  const byo = ctx.envConfig.network;
  if (byo?.vnetName) {
    const resourceGroup = byo.vnetResourceGroup ?? ctx.resourceGroups.common.name;
    return {
      id: `${resourceGroupId(ctx.subscriptionId, resourceGroup)}/providers/${VNET_TYPE}/${byo.vnetName}`,
      name: byo.vnetName,
      resourceGroup,
      ours: false,
    };
  }
  return undefined;
}

/** Azure's name of a logical subnet (`genai`) for this project: subnets of many projects share one VNet. */
export function subnetAzureName(ctx: BuildContext, logical: string): string {
  return `snt-${ctx.project}-${logical}`;
}

/** The GA api-version the catalog fixes for a type the core generates; a missing one is a catalog error. */
export function platformApiVersion(ctx: BuildContext, type: string): string {
  const version = ctx.catalog.platformApiVersions?.[type];
  if (version) return version;
  const code = 'catalog.api-version';
  if (!ctx.diagnostics.some((d) => d.code === code && d.message.includes(type))) {
    ctx.diagnostics.push({
      severity: 'error',
      code,
      message: `the catalog has no api-version for ${type} (platformApiVersions)`,
      hint: 'add the GA api-version of this type to the catalog',
    });
  }
  return '';
}
