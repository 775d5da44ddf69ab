// What today's settings mean to aifactory.yaml: the ones carried over (by role), and why the others are not.
// Both spellings are listed; look-ups ignore case and underscores (admin_location = ADMIN_LOCATION).

export type Role =
  | 'location'
  | 'locationShort'
  | 'prefix'
  | 'scaleSet'
  | 'projectNumber'
  | 'tenantId'
  | 'costCenter'
  | 'vnetCidr'
  | 'centralDns'
  | 'dnsSubscription'
  | 'dnsResourceGroup'
  | 'vnetResourceGroup'
  | 'vnetName'
  | 'searchSku'
  | 'semanticSearch'
  | 'cosmosKind'
  | 'useCommonAcr'
  | 'diagnosticLevel'
  | 'byoAse'
  | 'byoAseId'
  | 'webAppRuntime'
  | 'webAppRuntimeVersion'
  | 'functionRuntime'
  | 'functionVersion'
  | 'vmAdminUsername'
  | 'containerAppImage'
  | 'bingCustomSearchSku'
  | `subscription.${Env}`
  | `cidrRange.${Env}`
  | `networkEnv.${Env}`
  | `model.${string}`
  | `option.${string}`
  | `aml.${string}`;

export type Env = 'dev' | 'stage' | 'prod';
export const ENVIRONMENTS: Env[] = ['dev', 'stage', 'prod'];

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/_/g, '');
}

const ROLES: [Role, string[]][] = [
  ['location', ['admin_location', 'AIFACTORY_LOCATION']],
  ['locationShort', ['admin_locationSuffix', 'AIFACTORY_LOCATION_SHORT']],
  ['prefix', ['admin_aifactoryPrefixRG', 'AIFACTORY_PREFIX']],
  ['scaleSet', ['admin_aifactorySuffixRG', 'AIFACTORY_SUFFIX']],
  ['projectNumber', ['project_number_000', 'PROJECT_NUMBER']],
  ['tenantId', ['tenantId', 'TENANT_ID']],
  ['costCenter', ['tag_costcenter', 'TAG_COSTCENTER']],
  ['vnetCidr', ['common_vnet_cidr', 'COMMON_VNET_CIDR']],
  ['centralDns', ['centralDnsZoneByPolicyInHub', 'CENTRAL_DNS_ZONE_BY_POLICY_IN_HUB']],
  ['dnsSubscription', ['privDnsSubscription_param', 'PRIV_DNS_SUBSCRIPTION_PARAM']],
  ['dnsResourceGroup', ['privDnsResourceGroup_param', 'PRIV_DNS_RESOURCE_GROUP_PARAM']],
  ['vnetResourceGroup', ['vnetResourceGroup_param', 'VNET_RESOURCE_GROUP_PARAM']],
  ['vnetName', ['vnetNameFull_param', 'VNET_NAME_FULL_PARAM']],
  ['searchSku', ['admin_aiSearchTier', 'ADMIN_AISEARCH_TIER', 'ADMIN_AI_SEARCH_TIER']],
  ['semanticSearch', ['admin_semanticSearchTier', 'AISEARCH_SEMANTIC_TIER', 'ADMIN_SEMANTIC_SEARCH_TIER']],
  ['cosmosKind', ['cosmosKind', 'COSMOS_KIND']],
  [
    'useCommonAcr',
    ['useCommonACR', 'USE_COMMON_ACR_FOR_PROJECTS', 'useCommonACR_override', 'USE_COMMON_ACR_OVERRIDE'],
  ],
  ['subscription.dev', ['dev_sub_id', 'DEV_SUBSCRIPTION_ID']],
  ['subscription.stage', ['test_sub_id', 'STAGE_SUBSCRIPTION_ID']],
  ['subscription.prod', ['prod_sub_id', 'PROD_SUBSCRIPTION_ID']],
  ['cidrRange.dev', ['dev_cidr_range', 'DEV_CIDR_RANGE']],
  ['cidrRange.stage', ['test_cidr_range', 'STAGE_CIDR_RANGE']],
  ['cidrRange.prod', ['prod_cidr_range', 'PROD_CIDR_RANGE']],
  ['networkEnv.dev', ['network_env_dev', 'DEV_NETWORK_ENV']],
  ['networkEnv.stage', ['network_env_stage', 'STAGE_NETWORK_ENV']],
  ['networkEnv.prod', ['network_env_prod', 'PROD_NETWORK_ENV']],
  ['diagnosticLevel', ['diagnosticSettingLevel', 'DIAGNOSTIC_SETTING_LEVEL']],
  ['byoAse', ['byoASEv3', 'BYO_ASEV3']],
  ['byoAseId', ['byoAseFullResourceId', 'BYO_ASE_FULL_RESOURCE_ID']],
  // Options of the project's apps and VMs that need more than one setting or a translation (app-options.ts).
  ['webAppRuntime', ['webAppRuntime', 'WEBAPP_RUNTIME']],
  ['webAppRuntimeVersion', ['webAppRuntimeVersion', 'WEBAPP_RUNTIME_VERSION']],
  ['functionRuntime', ['functionRuntime', 'FUNCTION_RUNTIME']],
  ['functionVersion', ['functionVersion', 'FUNCTION_VERSION']],
  ['vmAdminUsername', ['adminUsername', 'ADMIN_USERNAME']],
  ['containerAppImage', ['aca_w_registry_image', 'ACA_W_REGISTRY_IMAGE']],
  ['bingCustomSearchSku', ['bingCustomSearchSku', 'BING_CUSTOM_SEARCH_SKU']],
  // Options of services (OPTION_SETTINGS says which), carried when their service is on.
  ['option.cmkKeyName', ['cmkKeyName', 'CMK_KEY_NAME']],
  ['option.cmkKeyVersion', ['cmkKeyVersion', 'CMK_KEY_VERSION']],
  ['option.cmkDisableForAISearch', ['cmkDisableForAISearch', 'CMK_DISABLE_FOR_AI_SEARCH']],
  ['option.cmkDisableForFoundry', ['cmkDisableForFoundry', 'CMK_DISABLE_FOR_FOUNDRY']],
  ['option.elasticEmail', ['elasticEmail', 'ELASTIC_EMAIL']],
  ['option.elasticFirstName', ['elasticFirstName', 'ELASTIC_FIRST_NAME']],
  ['option.elasticLastName', ['elasticLastName', 'ELASTIC_LAST_NAME']],
  ['option.elasticCompanyName', ['elasticCompanyName', 'ELASTIC_COMPANY_NAME']],
  // Today's admin compute of Azure ML, one value for dev and one for test and prod.
  ['aml.clusterSku.dev', ['admin_aml_cluster_sku_dev_override']],
  ['aml.clusterSku.testProd', ['admin_aml_cluster_sku_testProd_override']],
  ['aml.clusterMaxNodes.dev', ['admin_aml_cluster_maxNodes_dev_override']],
  ['aml.clusterMaxNodes.testProd', ['admin_aml_cluster_maxNodes_testProd_override']],
  ['aml.instanceSku.dev', ['admin_aml_computeInstance_dev_sku_override']],
  ['aml.instanceSku.testProd', ['admin_aml_computeInstance_testProd_sku_override']],
  // Model deployments of Foundry: a switch per model plus shared version/capacity/sku settings.
  ['model.gptX.deploy', ['deployModel_gpt_X', 'DEPLOY_MODEL_GPT_X']],
  ['model.gptX.name', ['modelGPTXName', 'MODEL_GPTX_NAME']],
  ['model.gptX.version', ['modelGPTXVersion', 'MODEL_GPTX_VERSION']],
  ['model.gptX.sku', ['modelGPTXSku', 'MODEL_GPTX_SKU']],
  ['model.gptX.capacity', ['modelGPTXCapacity', 'MODEL_GPTX_CAPACITY']],
  ['model.ada002.deploy', ['deployModel_text_embedding_ada_002', 'DEPLOY_MODEL_TEXT_EMBEDDING_ADA_002']],
  ['model.embedLarge.deploy', ['deployModel_text_embedding_3_large', 'DEPLOY_MODEL_TEXT_EMBEDDING_3_LARGE']],
  ['model.embedSmall.deploy', ['deployModel_text_embedding_3_small', 'DEPLOY_MODEL_TEXT_EMBEDDING_3_SMALL']],
  ['model.embedding.capacity', ['default_embedding_capacity', 'DEFAULT_EMBEDDING_CAPACITY']],
  ['model.gpt4o.deploy', ['deployModel_gpt_4o', 'DEPLOY_MODEL_GPT_4O']],
  ['model.gpt4o.version', ['default_gpt_4o_version', 'DEFAULT_GPT_4O_VERSION']],
  ['model.gpt54mini.deploy', ['deployModel_gpt_54_mini', 'DEPLOY_MODEL_GPT_54_MINI']],
  ['model.gpt54mini.version', ['default_gpt_54_mini_version', 'DEFAULT_GPT_54_MINI_VERSION']],
  ['model.gpt.capacity', ['default_gpt_capacity', 'DEFAULT_GPT_CAPACITY']],
  ['model.default.sku', ['default_model_sku', 'DEFAULT_MODEL_SKU']],
];

const ROLE_BY_KEY = new Map<string, Role>(
  ROLES.flatMap(([role, keys]) => keys.map((k) => [normaliseKey(k), role])),
);

export function roleOf(key: string): Role | undefined {
  return ROLE_BY_KEY.get(normaliseKey(key));
}

/**
 * Settings that are options of a catalog service (`services.<service>.<option>`): carried over when the service
 * is on. `negate`: today's setting says the opposite (cmkDisableForAISearch → enforceOnAISearch).
 */
export const OPTION_SETTINGS: Record<string, { service: string; option: string; negate?: boolean }> = {
  cmkKeyName: { service: 'customerManagedKey', option: 'keyName' },
  cmkKeyVersion: { service: 'customerManagedKey', option: 'keyVersion' },
  cmkDisableForAISearch: { service: 'customerManagedKey', option: 'enforceOnAISearch', negate: true },
  cmkDisableForFoundry: { service: 'customerManagedKey', option: 'disableForFoundry' },
  elasticEmail: { service: 'elastic', option: 'emailAddress' },
  elasticFirstName: { service: 'elastic', option: 'firstName' },
  elasticLastName: { service: 'elastic', option: 'lastName' },
  elasticCompanyName: { service: 'elastic', option: 'companyName' },
};

/** Why settings of today's pipelines that are not services have no place in aifactory.yaml (first match wins). */
const REASONS: [RegExp, string][] = [
  [
    /^azuremachinelearningspoid$|^tenantazuremloid$/,
    "the object id of the first-party 'Azure Machine Learning' service principal, which today's Bicep makes Contributor on the project resource group for the AI Foundry hub; the catalog's Foundry is an AI Services account with projects (no hub), and aifactory-flags grants roles only to the managed identities it creates and to the personas' groups",
  ],
  [
    /^databricksoid$/,
    "the object id of the first-party AzureDatabricks service principal, which today's Bicep gives a Key Vault access policy (get and list secrets) for Key Vault-backed secret scopes; the catalog's Key Vault uses Azure RBAC, not access policies, and aifactory-flags grants roles only to the identities it creates and the personas' groups (grant AzureDatabricks Key Vault Secrets User yourself if a secret scope needs it)",
  ],
  [
    /^databricksprivate$/,
    'Databricks is always private in aifactory-flags: public network access is off (requiredNsgRules NoAzureDatabricksRules, no public IPs) and the workspace UI and API are reached through its databricks_ui_api private endpoint',
  ],
  [
    /^byocontributorroleid$/,
    "the role (Contributor by default) today's pipelines give project members on the whole project resource group; aifactory-flags gives each persona (environments.<env>.personas) the catalog's built-in roles on each service instead, and no role on the resource group",
  ],
  [
    /^disablecontributoraccessforusers$/,
    "switches off the Contributor role today's pipelines give project members on the project resource group; aifactory-flags never gives it: personas get only the catalog's built-in roles on each service",
  ],
  [
    /^disablerbacadminonrgforusers$/,
    "switches off the Role Based Access Control Administrator role today's pipelines give project members on the project resource group; aifactory-flags never gives it: the plan grants the personas' roles from the catalog",
  ],
  [
    /^adminhybridbenefit$/,
    "Azure Hybrid Benefit (licenseType Windows_Server) brings a Windows licence to a Windows VM; the catalog's VMs run the Ubuntu Data Science VM image (SSH login), which has no Windows licence to bring",
  ],
  [
    /^cleanfoundrycaphost$/,
    "a clean-up step of today's pipelines (delete the Foundry capability host before a redeployment, or leave it when the project goes); aifactory-flags deletes it when foundryCapabilityHost is switched off, before the services it uses, and leaves an unchanged one alone on every other run",
  ],
  [
    /^foundrydeploymenttype$/,
    "chooses which of today's Bicep module sets deploys Foundry (1 the product group's templates, 2 Azure Verified Modules, 3 the first with the second as fallback); aifactory-flags deploys Foundry from its own catalog entry",
  ],
  [
    /^policyexemption/,
    "policy exemptions on the platform VNet's resource group that keep deployIfNotExists remediation off the agent subnet while Foundry injects into it; Azure Policy and its exemptions are the platform team's, and aifactory-flags creates none",
  ],
  [
    /^runnetworkingvar$|^runjob1networking$/,
    "skips today's networking step on re-runs to save time; aifactory-flags plans the subnets with everything else: existing ones stay untouched (no-op) and only what a newly enabled service needs is added",
  ],
  [
    /^adminprojecttype$|^projecttype$/,
    "today's project type (the GitHub template calls it no longer used); aifactory.yaml's architecture (genai-1 or esml) chooses the baseline, and the import writes genai-1",
  ],
  [
    /^aifactorycommononlydevenvironment$/,
    "a set-up switch of today's common (platform) pipelines: create only the dev common environment, or dev, stage and prod; aifactory.yaml lists the project's environments itself (the import writes dev, stage and prod)",
  ],
  [
    /keyvaultsoftdelete/,
    "the catalog's Key Vault keeps deleted vaults 90 days with purge protection on (customer-managed keys need it)",
  ],
  [
    /seeding|inputkeyvault|kvfw|kvname|kvs?name|spid|spsecret|spoid|serviceprincip|sp(id|secret|oid)key/,
    "today's pipelines read service-principal secrets from a seeding Key Vault; aifactory-flags signs in with OIDC (GitHub) or the pipeline's service connection (Azure DevOps)",
  ],
  [
    /serviceconnection/,
    'Azure DevOps service connections are inputs of the pipeline task (azureSubscription), not of aifactory.yaml',
  ],
  [/^github/, 'GitHub repository set-up, not part of the project config'],
  [
    /^debug|^enableretries|^retry|^maxretry/,
    "switches of today's pipeline steps; aifactory-flags plans what changed and a re-run converges",
  ],
  [
    /aifactoryversion|aifactorybranch|^tagrepository|^tagcostcetercommon|^tags$|^tagsproject$/,
    "today's pipeline version and repository tags; the tool writes its own aifactory-* ownership tags",
  ],
  [
    /^enabledeletefordisabledresources$|^deleteall|^deletekeyvaultalso$/,
    'aifactory-flags always removes a switched-off service in the plan, and blocks deleting data-bearing or protected ones unless allowDestroy / --allow-destroy allows it',
  ],
  [
    /^update|^add(?!bastion)/,
    "re-create/update switches of today's pipelines: aifactory-flags updates what drifted and keeps existing names",
  ],
  [
    /^amlstudiouiprivate$/,
    "Azure ML is always private in aifactory-flags: the workspace's public network access is off and studio is reached through its private endpoint",
  ],
  [/^aksenableprivatecluster$/, "the catalog's AKS clusters are always private (private API server)"],
  [
    /^aksoutboundtype$|^aksazurefirewallprivateip$/,
    "the catalog's AKS clusters send outbound traffic through their load balancer; user-defined routing through a firewall is not an option of aifactory.yaml",
  ],
  [/^aksprivatednszone$/, "the catalog's AKS clusters use the system-managed private DNS zone"],
  [
    /^postgresadminemails$/,
    "PostgreSQL's Entra administrators are not set by aifactory-flags: the server takes Entra authentication only; add administrators (flexibleServers/administrators) once it exists",
  ],
  [
    /^byoaseappserviceplanresourceid$/,
    "aifactory-flags creates the project's own App Service plan inside the App Service Environment (appServicePlan)",
  ],
  [
    /^asesku|^aseskucode$|^aseskuworkers$/,
    'the App Service Environment is brought by the platform (appServiceEnvironmentId), not created: plans inside it use Isolated v2 (I1v2)',
  ],
  [
    /^disablesubnetjoinaction$/,
    "a permission switch of today's pipelines (Network Contributor for subnet joins): aifactory-flags joins subnets with the rights of the pipeline's identity",
  ],
  [
    /subnet|networkenv/,
    "bring-your-own subnets are not imported: aifactory-flags allocates the project's subnets inside environments.<env>.addressSpace (an existing subnet never moves)",
  ],
  [
    /^acrdedicated$|^acrsku$|^acradminuserenabled$/,
    "the project's registry (containerRegistry) is always Premium with the admin user off; useCommonACR decides shared or dedicated",
  ],
  [
    /^disableagentnetworkinjection$/,
    "the catalog always injects Foundry's agents into the project's aca2 subnet (the standard agent setup)",
  ],
  [
    /^elastictype$/,
    "the catalog's elastic service is Elastic Cloud (an Elastic monitor billed through Azure Marketplace); self-managed Elasticsearch on AKS is not a catalog service",
  ],
  [
    /^elasticsku$/,
    "the catalog's elastic service always uses the Elastic Cloud consumption plan (ess-consumption-2024_Monthly)",
  ],
  [
    /^elasticdeploymentsize$/,
    "an Elastic Cloud deployment's size is chosen in Elastic Cloud, not through Azure",
  ],
  [
    /^foundryapimanagementresourceid$/,
    "links an existing API Management instance; the apiManagement service creates the project's own AI gateway instead",
  ],
  [
    /public|whitelist|ipfw|perimeter/,
    'public network access settings: aifactory-flags keeps every service private (hybrid mode adds public access beside private endpoints)',
  ],
  [
    /persona|groups|admins|members|useadgroups/,
    "Entra groups map to personas by hand: set environments.<env>.personas with the groups' object ids",
  ],
  [
    /^(admin)?aks/,
    'AKS node sizes, counts and versions are not options of aifactory.yaml yet: the catalog deploys three Standard_D4s_v5 system nodes',
  ],
  [
    /suffix|prefix|salt|vnetnamebase|vnetresourcegroupbase|lakename|lakecontainer|commonresourcegroup|datalakename|kvnamefromcommon/,
    'aifactory-flags names resources by its own rules (prefix, project, region, environment, salt)',
  ],
];

export function reasonNotCarried(key: string): string | undefined {
  const k = normaliseKey(key);
  for (const [pattern, reason] of REASONS) if (pattern.test(k)) return reason;
  return undefined;
}

/** Values written to be replaced: <todo>…, TODO, xxx, `...` elisions, <optional>… */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return /<[^<>]*>/.test(v) || /^todo\b|\btodo$/i.test(v) || /^x{3,}/i.test(v) || /\.\.\./.test(v);
}
