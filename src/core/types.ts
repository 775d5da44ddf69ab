// The contracts between the parts of the tool. Every other module builds on these shapes;
// change them only together with every module that uses them.

// ───────────────────────────── diagnostics ─────────────────────────────

/** Where in a source file something was found (1-based line and column). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** One problem with the user's input: an error stops everything, a warning or note does not. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'note';
  /** Stable machine code, e.g. `config.unknown-key`, `flags.requires`, `names.too-long`. */
  code: string;
  message: string;
  location?: SourceLocation;
  /** What to do about it, e.g. "did you mean 'aiSearch'?" or "valid choices: dev, stage, prod". */
  hint?: string;
}

// ───────────────────────────── service catalog ─────────────────────────────

export type Architecture = 'genai-1' | 'esml';
export type NetworkMode = 'standalone' | 'hub-spoke' | 'vwan' | 'hybrid';
export type EnvironmentName = string; // 'dev' | 'stage' | 'prod' by convention, any key of `environments`
export type ResourceGroupRole = 'project' | 'common';

/**
 * How a resource name is built and checked. `pattern` uses tokens:
 * {prefix} {project} (prj001) {projectNumber} (001) {env} (dev|test|prod, Azure spelling)
 * {location} (full region name) {loc} (short region code) {scaleSet} (001) {salt} (5 chars) {suffix} (free text from the resource spec).
 * Names that drop separators (storage, registry) use a charset without '-'.
 */
export interface NameRule {
  pattern: string;
  minLength: number;
  maxLength: number;
  /** Regular expression (source, anchored by the checker) every character must satisfy as a whole name. */
  allowed: string;
  /** Human wording of `allowed`, used in error messages. */
  allowedText: string;
  /** Lower-case the result before checking (storage, registry, search...). */
  lowercase?: boolean;
  /** Strip '-' from the pattern's output (storage accounts, registries). */
  stripHyphens?: boolean;
  /** Where the name must be unique: decides whether the salt is needed. */
  uniqueness: 'global' | 'subscription' | 'resourceGroup' | 'parent';
}

/** A role assignment a service needs, as data: who gets which built-in role on what. */
export interface RoleAssignmentSpec {
  /** Built-in role name, for humans, e.g. "Storage Blob Data Contributor". */
  role: string;
  /** Built-in role definition GUID (the same in every tenant). */
  roleDefinitionId: string;
  /**
   * Principal: this service's managed identity, another service's identity, the project identity, or a persona
   * group. `serviceIdentity.resource` names the resource (key) whose system-assigned identity it is, e.g. the
   * Foundry project's (`aiFoundry`, `project`) rather than the account's; absent: the service's first resource
   * with an identity.
   */
  principal:
    | { kind: 'serviceIdentity'; service: string; resource?: string }
    | { kind: 'projectIdentity' }
    | { kind: 'persona'; persona: string };
  /** Scope: a resource of a service (`service`, optional resource `key`, default the first resource). */
  scope: { service: string; resource?: string };
  /**
   * A Cosmos DB data-plane role instead of an Azure RBAC one: a `databaseAccounts/sqlRoleAssignments` child of
   * the scope account, `roleDefinitionId` naming the account's SQL role definition (e.g.
   * `00000000-0000-0000-0000-000000000002`, Cosmos DB Built-in Data Contributor), granted on the account or on
   * `path` below it (e.g. `/dbs/enterprise_memory`).
   */
  cosmosSql?: { path?: string };
  /**
   * Resource keys of the owning service that are created only once this assignment exists (the Foundry
   * capability host needs its project's roles on Cosmos DB, storage and AI Search first).
   */
  before?: string[];
  /** Resource keys of the owning service this assignment waits for (what the capability host creates). */
  after?: string[];
}

export interface PrivateEndpointSpec {
  /** Resource key (within the service) the endpoint points at. */
  resource: string;
  /** Private link group id, e.g. `blob`, `vault`, `account`, `searchService`, `amlworkspace`, `Sql`. */
  groupId: string;
  /** Private DNS zones that get the A-records, e.g. `privatelink.blob.core.windows.net`. */
  dnsZones: string[];
}

export interface SubnetSpec {
  /** Logical subnet name shared between services (e.g. `genai`, `aks`, `aca`, `webapp`, `dbxpub`). */
  name: string;
  /** Prefix length, e.g. 25 for a /25. */
  prefixLength: number;
  delegation?: string;
  /**
   * Not requested when this option of the service (`services.<id>.<option>`) is set, e.g. no `webapp` subnet
   * when the apps run in a bring-your-own App Service Environment.
   */
  unlessOption?: string;
}

export interface DiagnosticsSpec {
  /** Resource key the settings attach to. */
  resource: string;
  /** `allLogs` category group, or explicit categories. */
  logs: 'allLogs' | 'audit' | string[];
  metrics: boolean;
  /**
   * What this resource sends at a diagnostic-settings level (gold, silver, bronze) where it differs from the
   * level's default: the log categories today's AI Factory picks for the type, or a category group.
   */
  levels?: Record<string, 'allLogs' | 'audit' | string[]>;
}

export interface SoftDeleteSpec {
  /** What the deleted object becomes and how it is purged/recovered. */
  kind: 'keyVault' | 'cognitiveServices' | 'machineLearningWorkspace' | 'apiManagement';
  retentionDays: number;
  /** True when purge protection can be on (then the name is blocked for `retentionDays`; recover on re-create). */
  purgeProtection: boolean;
}

/** One ARM resource a service consists of. Values in `body` may hold placeholders (see desired-state builder). */
export interface ResourceSpec {
  /** Unique within the service, e.g. `account`, `project`, `workspace`. */
  key: string;
  type: string; // e.g. Microsoft.KeyVault/vaults
  apiVersion: string; // GA api-version
  resourceGroup: ResourceGroupRole;
  name: NameRule;
  /** Key of the parent resource within the same service for child types (e.g. Foundry project under account). */
  parent?: string;
  /**
   * ARM body without name/type/apiVersion: location, kind, sku, identity, properties, … Strings may contain
   * placeholders `{{location}}`, `{{tenantId}}`, `{{subscriptionId}}`, `{{name:svc.key}}`, `{{id:svc.key}}`,
   * `{{addressSpace}}` (the environment's address space), `{{subnetId:subnetName}}`, `{{subnetName:subnetName}}` (the subnet's Azure name, for APIs that take a name, e.g.
   * Databricks), `{{vnetId}}`, `{{identityId}}`, `{{param:path}}` (from the service's config options),
   * `{{option:svc.path}}` (another service's option).
   * Placeholders also work in object keys (`userAssignedIdentities: { '{{identityId}}': {} }`).
   * A whole-string placeholder keeps the referenced value's JSON type.
   * `{{principalId:svc}}` (the managed identity's principal id of service `svc`) and `{{principalId:svc.key}}`
   * (the system-assigned identity of resource `key` of `svc`, e.g. `aiFoundry.project`) are the placeholders
   * that stay unresolved in the desired state: known only after that identity exists, the executor fills them
   * in from the live resource right before deploying (like Terraform's "known after apply").
   * `{{live:svc.key:path}}` does the same for any property of another resource as ARM returns it (the project
   * identity's `properties.clientId`, a vault key's `properties.keyUriWithVersion`); `|lastSegment` after the
   * path keeps the text after its last '/' (a key's version). The resource waits for the one it names; the
   * body hash is computed over the placeholder.
   */
  body: Record<string, unknown>;
  /** Properties compared for drift besides the tag hash (dot paths into the body). */
  keyProperties?: string[];
  /** Only in these network modes (e.g. VNet only in standalone). Absent: every mode. */
  modes?: NetworkMode[];
  /**
   * One resource per entry of the list option `services.<serviceId>.<forEach>` in the config (e.g. model
   * deployments of Foundry). Placeholders `{{item:path}}` read the entry; the name rule's `{item}` token is
   * the entry's `name`.
   */
  forEach?: string;
  /**
   * Where the resource is deployed when not inside `resourceGroup`: at subscription scope (resource groups,
   * Defender plans) or as an extension resource of another service's resource (resource-level Defender).
   * Absent: in `resourceGroup`.
   */
  deployScope?: { kind: 'subscription' } | { kind: 'extension'; service: string; resource?: string };
  /**
   * `parent` names a resource of this other service (e.g. the capability host under aiFoundry's project, the
   * AKS compute under azureML's workspace). The other service must be in `requires`.
   */
  parentService?: string;
  /**
   * Parts of the body that depend on whether an option of the service (`services.<id>.<option>`) is set (a
   * value other than absent, null or ''): `set` or `unset` is deep-merged into `body` (objects merge, anything
   * else replaces) before placeholders are resolved. E.g. an App Service plan inside a BYO App Service
   * Environment, or VNet integration only without one.
   */
  bodyWhenOption?: {
    option: string;
    /**
     * The option counts as set only while its value is one of these (a Function App's worker runtime follows
     * the language of its runtime stack: `values: ['NODE|20', 'NODE|22']`).
     */
    values?: string[];
    set?: Record<string, unknown>;
    unset?: Record<string, unknown>;
  }[];
  /**
   * Parts of the body that exist only while another service is on (and, with `option`, while that service's
   * option is set and not false), deep-merged like `bodyWhenOption`: e.g. the encryption settings a storage
   * account gets when customer-managed keys are on. `waitsFor` names resources (`svc.key`) the resource must
   * then wait for (the key whose unwrap role has been granted). `unlessOption`: not while that option of the
   * other service is true (customerManagedKey.disableForFoundry keeps Foundry on Microsoft-managed keys).
   */
  bodyWhenService?: {
    service: string;
    option?: string;
    unlessOption?: string;
    set: Record<string, unknown>;
    waitsFor?: string[];
  }[];
  /**
   * Dot paths of the body Azure takes only when the resource is created (whether a registry or an ML workspace
   * is encrypted with a customer-managed key). Their values are written into the resource's
   * `aifactory-created-with` tag; an existing resource whose tag says otherwise cannot be updated to them: the
   * planner re-creates it (delete, then create) where its name is free right after the delete, blocked unless
   * destroying the service is allowed, and refuses where it is not (a soft-deleted ML workspace keeps its name).
   */
  createOnly?: string[];
  /** For `forEach` resources: parts merged into the body when the entry sets `field` (an optional setting). */
  bodyWhenItem?: { field: string; set: Record<string, unknown> }[];
  /**
   * Resources (`svc.key`) this one waits for besides those its body refers to by id, e.g. an API Management
   * policy that names a backend (by name, which makes no dependency of its own).
   */
  waitsFor?: string[];
  /**
   * The name is the value of this option of the service (e.g. the customer-managed key's `keyName`), checked
   * against `name`'s rule; the rule's `{item}` token stands for it.
   */
  nameOption?: string;
}

/** A config option of a service (`services.<id>.<name>` in aifactory.yaml), read by `{{param:…}}` and `forEach`. */
export interface ServiceOption {
  name: string;
  description: string;
  type: 'string' | 'number' | 'boolean' | 'list' | 'object';
  /** Used when the config does not set the option; absent together with `required: true`. */
  default?: unknown;
  required?: boolean;
  /** Allowed values for string options. */
  choices?: string[];
  /**
   * For string options without choices: a regular expression (source, anchored by the checker) the whole value
   * must match, and `patternText`, its human wording for the error (a VM's admin user name).
   */
  pattern?: string;
  patternText?: string;
}

/**
 * What a diagnostic-settings level (today's `diagnosticSettingLevel`: gold, silver, bronze) sends to Log Analytics
 * by default; a resource's `DiagnosticsSpec.levels` says where it differs. Never more than the resource's own
 * `logs`, which stay the most it sends.
 */
export interface DiagnosticLevel {
  logs: 'allLogs' | 'audit' | 'none';
  metrics: boolean;
  description: string;
}

/** A step of a service's removal, in order. The executor runs them as data; nothing is special-cased in code. */
export type CleanupStep =
  | 'roleAssignments'
  | 'diagnosticSettings'
  | 'privateEndpoints'
  | 'dnsRecords'
  | 'childResources'
  | 'resource'
  | 'purgeSoftDeleted'
  | 'waitSubnetRelease';

export interface ServiceDefinition {
  id: string; // camelCase canonical flag name, e.g. `aiSearch`
  title: string;
  description: string;
  category: 'foundation' | 'ai' | 'hosting' | 'data' | 'integration' | 'security' | 'operations';
  /** Names users of today's pipelines write: `enableAISearch`, `ENABLE_AI_SEARCH`, … */
  aliases: string[];
  scope: ResourceGroupRole;
  /** Always on for these architectures (cannot be switched off by a flag). */
  baseline: Architecture[];
  resources: ResourceSpec[];
  privateEndpoints: PrivateEndpointSpec[];
  subnets: SubnetSpec[];
  identity: 'systemAssigned' | 'userAssigned' | 'none';
  roleAssignments: RoleAssignmentSpec[];
  diagnostics: DiagnosticsSpec[];
  /** Holds user data: deleting it needs an explicit allow. */
  dataBearing: boolean;
  softDelete?: SoftDeleteSpec;
  /** Typical provisioning time on Azure, seconds (create of the whole service). */
  provisioningSeconds: number;
  /** Typical deletion time, seconds. */
  deletionSeconds: number;
  /** Must be on; enabling this without them is a validation error naming both. */
  requires: string[];
  /** Switched on automatically (shown in the plan with the reason). */
  implies: string[];
  /** Ordering only: when both are on, this one waits for them on create (and goes first on delete). */
  uses: string[];
  /** Removal steps in order. */
  cleanup: CleanupStep[];
  /** Only available in these network modes; absent: all. */
  modes?: NetworkMode[];
  /** Free-form notes shown in docs/catalog.md. */
  notes?: string[];
  /** Config options the service reads (`services.<id>.<name>`), with defaults. */
  options?: ServiceOption[];
  /**
   * Settings of another service's resource (`resource`: `svc.key`) this service cannot work without, e.g. the
   * vault's purge protection for customer-managed keys: checked on the desired body and on what Azure reports
   * for the existing resource; a mismatch is an error naming `reason`.
   */
  requiresSettings?: { resource: string; path: string; value: unknown; reason: string }[];
}

export interface RegionInfo {
  name: string; // swedencentral
  short: string; // sdc (used in names)
  displayName: string;
}

export interface Catalog {
  version: number;
  services: ServiceDefinition[];
  regions: RegionInfo[];
  /** Azure spelling of environment names in resource names: stage → test. */
  environmentNames: Record<string, string>;
  /** Built-in roles per persona (access groups), applied to services present in the environment. */
  personas?: Record<string, RoleAssignmentSpec[]>;
  /**
   * GA api-versions of the resource types the core generates around services (resource groups, private
   * endpoints and their DNS zone groups, private DNS zones and VNet links, subnets, role assignments,
   * diagnostic settings, deployments, locks), keyed by ARM type.
   */
  platformApiVersions: Record<string, string>;
  /** Diagnostic-settings levels by name (gold, silver, bronze); `defaultDiagnosticLevel` names the default. */
  diagnosticLevels?: Record<string, DiagnosticLevel>;
  defaultDiagnosticLevel?: string;
}

// ───────────────────────────── config (aifactory.yaml) ─────────────────────────────

export interface EnvironmentConfig {
  name: EnvironmentName;
  subscriptionId: string;
  tenantId?: string;
  addressSpace: string; // CIDR
  location?: string; // overrides project.location
  flags: Record<string, boolean>; // canonical ids only, after alias resolution
  allowDestroy: string[]; // service ids or 'all'
  /**
   * Services (or 'all') whose soft-deleted leftovers (Cognitive Services accounts) are purged when the service
   * is deleted; otherwise they stay recoverable under their name for the retention days.
   */
  purgeSoftDeleted?: string[];
  /** Entra group object ids by persona. */
  personas: Record<string, string[]>;
  /** Diagnostic-settings level of this environment, overriding the project's (`diagnostics.level`). */
  diagnostics?: { level: string };
  /** hub-spoke/vwan/hybrid: the platform's VNet and central DNS. */
  network?: {
    vnetResourceGroup?: string;
    vnetName?: string;
    dnsZonesSubscriptionId?: string;
    dnsZonesResourceGroup?: string;
  };
}

export interface ProjectConfig {
  version: 1;
  /** Path of the file it came from, for messages. */
  file: string;
  architecture: Architecture;
  project: {
    number: number;
    prefix: string;
    scaleSet: string;
    location: string;
    tags: Record<string, string>;
  };
  network: { mode: NetworkMode };
  /** Diagnostic-settings level of every environment (gold, silver, bronze); absent: the catalog's default. */
  diagnostics?: { level: string };
  environments: Record<EnvironmentName, EnvironmentConfig>;
  /** Base flags (canonical ids), before per-environment overrides. */
  flags: Record<string, boolean>;
  protect: string[];
  /** Service options, e.g. model deployments of Foundry: `services.aiFoundry.deployments`. */
  services: Record<string, Record<string, unknown>>;
  /** Where each key was found (dot path → location), so later checks can point at the line. */
  locations: Record<string, SourceLocation>;
}

export interface ConfigResult {
  config?: ProjectConfig;
  diagnostics: Diagnostic[];
}

// ───────────────────────────── desired state ─────────────────────────────

export type EnableReason =
  | { kind: 'baseline'; architecture: Architecture }
  | { kind: 'flag'; environment: boolean } // environment: set by the environment's override
  | { kind: 'implied'; by: string[] };

/** One concrete ARM resource with every value computed: no template expressions left. */
export interface DesiredResource {
  service: string;
  key: string;
  id: string; // full ARM id
  type: string;
  apiVersion: string;
  name: string;
  resourceGroup: string;
  subscriptionId: string;
  /** Full ARM body (location, kind, sku, identity, properties, tags) ready to be put in a template. */
  body: Record<string, unknown>;
  /** Resource ids this resource needs to exist first (within or across services). */
  dependsOn: string[];
  /** Hash of the body, written as the `aifactory-hash` tag. */
  hash: string;
  /** Extension resources (role assignments, diagnostic settings) hang off another resource's id. */
  scope?: string;
  /** Cleanup role, so deletion can follow the catalog's cleanup order. */
  role: 'main' | 'child' | 'privateEndpoint' | 'dnsZone' | 'roleAssignment' | 'diagnosticSettings' | 'subnet';
}

export interface DesiredService {
  id: string;
  reason: EnableReason;
  resources: DesiredResource[];
}

export interface SubnetAllocation {
  name: string;
  prefix: string; // CIDR
  delegation?: string;
  /** `existing` never moves; `new` was allocated by this run. */
  origin: 'existing' | 'new';
  services: string[];
}

export interface DesiredState {
  project: string; // prj001
  environment: EnvironmentName;
  subscriptionId: string;
  location: string;
  resourceGroups: { role: ResourceGroupRole; name: string; id: string; managed: boolean }[];
  services: DesiredService[];
  subnets: SubnetAllocation[];
  /** Ownership tags written on every resource (plus `aifactory-service` and `aifactory-hash` per resource). */
  ownershipTags: Record<string, string>;
  diagnostics: Diagnostic[];
}

// ───────────────────────────── observed state ─────────────────────────────

/** What the observer must look at for one project environment; derived from the config alone. */
export interface ObserveScope {
  subscriptionId: string;
  project: string;
  environment: EnvironmentName;
  location: string;
  /** One list call each. */
  resourceGroups: string[];
  /**
   * Where this tool's deployment records are read for the child and extension resources a list call cannot
   * see (one list call each, a constant: the project's and the common resource group). Absent: the first of
   * `resourceGroups`.
   */
  recordGroups?: string[];
  /** The VNet whose subnets the allocator must avoid (ours in standalone, the platform's otherwise). */
  vnet?: { resourceGroup: string; name: string };
  /**
   * Resources a list by resource group does not return (children, extension and subscription-level resources)
   * of services that have no top-level resource of their own, e.g. the Foundry capability host: the observer
   * GETs each (404 = absent) and reports the ones that exist in `ObservedState.resources`, so such a service
   * can be a no-op instead of a create on every run. Also the subscription-level resources of every catalog
   * service that could exist for this project environment, on or off (the Defender for AI pricing), so a
   * switched-off one can be deleted. `service`: whose deployment record proves the resource is this tool's
   * (such resources carry no tags); without that record the observer reports it untagged, i.e. foreign.
   */
  resources?: { id: string; type: string; apiVersion: string; service?: string }[];
  /**
   * The catalog's key properties (`ResourceSpec.keyProperties`) by ARM type: the observer reports their live
   * values of this tool's top-level resources in `ObservedResource.properties` (a flat map by dot path), from
   * the list call for `sku.*`/`kind`, and from a GET for the rest — only when the resource changed after this
   * tool last deployed it.
   */
  keyProperties?: Record<string, string[]>;
}

/** What exists in Azure (or the emulator) for one project environment. Produced by the Azure layer or read from a file. */
export interface ObservedResource {
  id: string;
  type: string;
  name: string;
  resourceGroup: string;
  location?: string;
  tags: Record<string, string>;
  provisioningState?: string;
  /** Only the properties the planner compares (keyProperties); may be absent. */
  properties?: Record<string, unknown>;
}

export interface ObservedSubnet {
  name: string;
  addressPrefix: string;
  /** True when the subnet was not created by this tool (platform's or another project's). */
  foreign: boolean;
}

export interface ObservedSoftDeleted {
  type: string; // Microsoft.KeyVault/vaults | Microsoft.CognitiveServices/accounts | …
  name: string;
  location: string;
  purgeProtection: boolean;
}

export interface ObservedState {
  schemaVersion: 1;
  subscriptionId: string;
  /** Resource groups looked at, and whether they exist. */
  resourceGroups: { name: string; exists: boolean; tags?: Record<string, string> }[];
  resources: ObservedResource[];
  /** Subnets of the VNet the project lives in (ours and everybody else's). */
  subnets: ObservedSubnet[];
  softDeleted: ObservedSoftDeleted[];
  /**
   * The tenant the target reported (the emulator's constant, or the `tid` of the ARM token on Azure): used for
   * bodies that need one (Key Vault) when neither the config nor the host gives a tenant.
   */
  tenantId?: string;
}

// ───────────────────────────── plan ─────────────────────────────

export type ActionKind = 'create' | 'update' | 'delete' | 'noop';

export interface PlanResource {
  id: string;
  type: string;
  name: string;
  apiVersion: string;
}

export interface PropertyChange {
  /** Name of the resource of the service it belongs to (a service deploys several). */
  resource?: string;
  /** ARM what-if's dotted path (`properties.sku.name`, array elements as `[0]`); empty: the whole resource. */
  path: string;
  before?: unknown;
  after?: unknown;
  kind: 'create' | 'modify' | 'delete';
}

export interface PlanAction {
  service: string;
  title: string;
  action: ActionKind;
  reason: string;
  /** Services whose actions must finish first; each appears earlier in `actions`. */
  dependsOn: string[];
  estimatedSeconds: number;
  protected: boolean;
  dataBearing: boolean;
  resources: PlanResource[];
  /**
   * For deletes, and updates that remove what the service no longer wants: the ordered cleanup, as resource ids
   * per step. `note`: what else to know about a step (what stays soft-deleted, for how long, and how it comes back).
   */
  cleanup?: { step: CleanupStep; resourceIds: string[]; note?: string }[];
  /** Property-level changes (what-if), when asked for. */
  changes?: PropertyChange[];
  /** Why an update: which resources drifted and how. */
  drift?: string[];
  /**
   * Ids of resources with this service's names that are not this tool's (see the plan's `conflicts` for why):
   * the service cannot be applied while they are there.
   */
  conflicts?: string[];
}

export interface BlockedAction {
  service: string;
  action: 'delete';
  reason: string;
}

export interface Conflict {
  service: string;
  resourceId: string;
  reason: string;
}

export interface Plan {
  schemaVersion: 1;
  tool: { name: 'aifactory-flags'; version: string };
  project: string;
  environment: EnvironmentName;
  subscriptionId: string;
  location: string;
  fingerprint: string; // sha256:…
  /** Hashes of the inputs, so a stale plan can say what changed. */
  inputs: { config: string; observed: string; options: string };
  /**
   * What will happen, each service counted once: `blocked` (a delete waiting for an explicit allow) and
   * `conflict` (a resource with its name is someone else's) before its action. `conflict` is absent in plans
   * made before it was counted.
   */
  summary: {
    create: number;
    update: number;
    delete: number;
    noop: number;
    blocked: number;
    conflict?: number;
  };
  /** Critical path of the plan by typical seconds: the lower bound of an apply. */
  estimatedSeconds: number;
  criticalPath: string[];
  actions: PlanAction[];
  blocked: BlockedAction[];
  conflicts: Conflict[];
  subnets: SubnetAllocation[];
  diagnostics: Diagnostic[];
}

export interface PlanOptions {
  /** Service ids or 'all' allowed to be destroyed (CLI/host input), merged with the environment's config. */
  allowDestroy: string[];
  /** Tenant for bodies that need it (Key Vault), when the config has none. */
  tenantId?: string;
}
