// Where the project's code runs: registry, Container Apps, AKS, App Service (web, functions), bots, VMs, Bastion.
import type { ServiceDefinition, ServiceOption, SubnetSpec } from '../../types.js';
import {
  allLogs,
  cleanup,
  endpoint,
  genaiSubnet,
  privateServiceUses,
  projectIdentityRole,
  serviceRole,
} from '../define.js';
import { CMK_AT_CREATION, registryCmk } from '../cmk.js';
import {
  DEFAULT_STACK,
  DEFAULT_WORKER_RUNTIME,
  FUNCTIONS_EXTENSION_VERSION,
  FUNCTION_STACKS,
  WEB_APP_STACKS,
} from './app-runtimes.js';
import { diagnosticLevels as levels } from '../diagnostic-levels.js';
import { nameRules } from '../name-rules.js';
import { roles } from '../roles.js';

const WEB_API = '2024-04-01';
const SITES_ZONE = 'privatelink.azurewebsites.net';
/** The option naming a bring-your-own App Service Environment v3 (web, function and logic apps, their plans). */
export const ASE_OPTION = 'appServiceEnvironmentId';

/**
 * App Service VNet integration: one delegated subnet shared by the project's web, function and logic apps; not
 * needed when they run in a bring-your-own App Service Environment (it lives in its own subnet).
 */
export const webappSubnet: SubnetSpec = {
  name: 'webapp',
  prefixLength: 27,
  delegation: 'Microsoft.Web/serverFarms',
  unlessOption: ASE_OPTION,
};

/** A plan inside a BYO App Service Environment v3: the ASE's Isolated v2 tier, placed by hostingEnvironmentProfile. */
export const planInAse = {
  option: ASE_OPTION,
  set: {
    sku: { name: 'I1v2', tier: 'IsolatedV2', capacity: 1 },
    properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } },
  },
};

/** A site: in the BYO App Service Environment when one is named, else VNet-integrated through the webapp subnet. */
export const siteNetworking = {
  option: ASE_OPTION,
  set: { properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } } },
  unset: { properties: { virtualNetworkSubnetId: '{{subnetId:webapp}}', vnetRouteAllEnabled: true } },
};

function registry(id: 'containerRegistry' | 'containerRegistryCommon'): ServiceDefinition {
  const common = id === 'containerRegistryCommon';
  return {
    id,
    title: common ? 'Shared container registry (common)' : 'Container registry',
    description: common
      ? 'A Premium container registry in the common resource group, shared by the projects of the scale set.'
      : "The project's Premium container registry (Premium: private endpoints and customer-managed keys).",
    category: 'hosting',
    aliases: [],
    scope: common ? 'common' : 'project',
    baseline: common ? [] : ['esml'],
    resources: [
      {
        key: 'registry',
        type: 'Microsoft.ContainerRegistry/registries',
        apiVersion: '2025-04-01',
        resourceGroup: common ? 'common' : 'project',
        name: nameRules.containerRegistry(
          common ? 'acrcommon{loc}{salt}{env}' : 'acr{project}{loc}{salt}{env}',
        ),
        body: {
          location: '{{location}}',
          sku: { name: 'Premium' },
          identity: { type: 'SystemAssigned' },
          properties: {
            adminUserEnabled: false,
            anonymousPullEnabled: false,
            publicNetworkAccess: 'Disabled',
            networkRuleBypassOptions: 'AzureServices',
            zoneRedundancy: 'Disabled',
          },
        },
        // The shared registry holds every project's images: no project's key encrypts it.
        ...(common ? {} : { bodyWhenService: registryCmk, createOnly: CMK_AT_CREATION }),
        keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
      },
    ],
    privateEndpoints: [endpoint('registry', 'registry', 'privatelink.azurecr.io')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [projectIdentityRole(roles.acrPull, id)],
    diagnostics: [allLogs('registry', true, levels.containerRegistry)],
    dataBearing: true,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'managedIdentity'],
    cleanup: cleanup.private,
    modes: common ? ['standalone'] : undefined,
    notes: common
      ? ["Outside standalone mode the shared registry is the platform's (acr_dedicated: false today)."]
      : undefined,
  };
}

const appsOption: ServiceOption = {
  name: 'apps',
  type: 'list',
  default: [],
  description:
    'Container apps, each { name, image, cpu, memory, targetPort }, e.g. { name: api, image: mcr.microsoft.com/azuredocs/containerapps-helloworld:latest, cpu: 0.5, memory: 1Gi, targetPort: 80 }.',
};

const containerApps: ServiceDefinition = {
  id: 'containerApps',
  title: 'Container Apps',
  description:
    'An internal Container Apps environment injected into its delegated subnet, and the apps listed in services.containerApps.apps; images come from the project registry.',
  category: 'hosting',
  aliases: ['enableContainerApps', 'ENABLE_CONTAINER_APPS', 'serviceSettingDeployContainerApps'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'environment',
      type: 'Microsoft.App/managedEnvironments',
      apiVersion: '2025-01-01',
      resourceGroup: 'project',
      name: nameRules.containerAppsEnvironment('cae-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        properties: {
          vnetConfiguration: { internal: true, infrastructureSubnetId: '{{subnetId:aca}}' },
          workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }],
          zoneRedundant: false,
          appLogsConfiguration: { destination: 'azure-monitor' },
        },
      },
      keyProperties: ['properties.vnetConfiguration.internal'],
    },
    {
      key: 'app',
      type: 'Microsoft.App/containerApps',
      apiVersion: '2025-01-01',
      resourceGroup: 'project',
      forEach: 'apps',
      name: nameRules.containerApp('ca-{item}-{projectNumber}-{env}'),
      body: {
        location: '{{location}}',
        identity: { type: 'UserAssigned', userAssignedIdentities: { '{{identityId}}': {} } },
        properties: {
          environmentId: '{{id:containerApps.environment}}',
          workloadProfileName: 'Consumption',
          configuration: {
            activeRevisionsMode: 'Single',
            ingress: { external: false, targetPort: '{{item:targetPort}}', transport: 'auto' },
            registries: [
              { server: '{{name:containerRegistry.registry}}.azurecr.io', identity: '{{identityId}}' },
            ],
          },
          template: {
            containers: [
              {
                name: '{{item:name}}',
                image: '{{item:image}}',
                resources: { cpu: '{{item:cpu}}', memory: '{{item:memory}}' },
              },
            ],
            scale: { minReplicas: 1, maxReplicas: 3 },
          },
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [{ name: 'aca', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
  identity: 'userAssigned',
  roleAssignments: [],
  diagnostics: [allLogs('environment', true, levels.containerAppsEnvironment)],
  dataBearing: false,
  provisioningSeconds: 720,
  deletionSeconds: 600,
  requires: ['containerRegistry', 'managedIdentity'],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.injected,
  options: [appsOption],
  notes: [
    'Apps pull with the project identity, which holds AcrPull on the registry before any app exists.',
    'The userAssignedIdentities key is the {{identityId}} placeholder: the desired-state builder resolves keys too.',
  ],
};

const aks: ServiceDefinition = {
  id: 'aks',
  title: 'Azure Kubernetes Service',
  description: 'A private AKS cluster for general container workloads, independent of Azure ML.',
  category: 'hosting',
  aliases: ['enableAKS', 'ENABLE_AKS'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'cluster',
      type: 'Microsoft.ContainerService/managedClusters',
      apiVersion: '2025-05-01',
      resourceGroup: 'project',
      name: nameRules.aks('aks-{project}-{loc}-{env}-{salt}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Base', tier: 'Standard' },
        identity: { type: 'SystemAssigned' },
        properties: {
          dnsPrefix: '{{name:aks.cluster}}',
          enableRBAC: true,
          disableLocalAccounts: true,
          aadProfile: { managed: true, enableAzureRBAC: true },
          apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
          networkProfile: {
            networkPlugin: 'azure',
            networkPluginMode: 'overlay',
            outboundType: 'loadBalancer',
          },
          agentPoolProfiles: [
            {
              name: 'system',
              mode: 'System',
              count: 3,
              vmSize: 'Standard_D4s_v5',
              osType: 'Linux',
              type: 'VirtualMachineScaleSets',
              vnetSubnetID: '{{subnetId:aks2}}',
            },
          ],
        },
      },
      keyProperties: ['properties.agentPoolProfiles'],
    },
  ],
  privateEndpoints: [],
  subnets: [{ name: 'aks2', prefixLength: 24 }],
  identity: 'systemAssigned',
  roleAssignments: [serviceRole(roles.acrPull, 'aks', 'containerRegistry')],
  diagnostics: [allLogs('cluster')],
  dataBearing: false,
  provisioningSeconds: 600,
  deletionSeconds: 420,
  requires: [],
  implies: [],
  uses: [...privateServiceUses, 'containerRegistry'],
  cleanup: ['roleAssignments', 'diagnosticSettings', 'resource', 'waitSubnetRelease'],
  notes: ['Private API server with a system-managed private DNS zone (privatelink.<region>.azmk8s.io).'],
};

export const aseOption: ServiceOption = {
  name: ASE_OPTION,
  type: 'string',
  description:
    "Resource id of a BYO App Service Environment v3 (today's byoASEv3). When set, the App Service plans run inside it (Isolated v2, hostingEnvironmentProfile), the apps get no VNet integration and the webapp subnet is not allocated. Set the same id on appServicePlan and on each app that runs there.",
};

const appServicePlan: ServiceDefinition = {
  id: 'appServicePlan',
  title: 'App Service plan',
  description: 'The Linux plan (Premium v3) the web and function apps run on.',
  category: 'hosting',
  aliases: [],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'plan',
      type: 'Microsoft.Web/serverfarms',
      apiVersion: WEB_API,
      resourceGroup: 'project',
      name: nameRules.appServicePlan('asp-{project}-{loc}-{env}'),
      body: {
        location: '{{location}}',
        kind: 'linux',
        sku: { name: 'P0v3', tier: 'Premium0V3', capacity: 1 },
        properties: { reserved: true, zoneRedundant: false },
      },
      bodyWhenOption: [planInAse],
      keyProperties: ['sku.name'],
    },
  ],
  privateEndpoints: [],
  subnets: [],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [{ resource: 'plan', logs: [], metrics: true }],
  dataBearing: false,
  provisioningSeconds: 60,
  deletionSeconds: 30,
  requires: [],
  implies: [],
  uses: ['resourceGroups', 'logAnalytics'],
  cleanup: ['diagnosticSettings', 'resource'],
  options: [aseOption],
};

/** The option choosing a site's language runtime: its `siteConfig.linuxFxVersion`. */
function runtimeStackOption(stacks: string[], today: string): ServiceOption {
  return {
    name: 'runtimeStack',
    type: 'string',
    default: DEFAULT_STACK,
    choices: stacks,
    description: `The language runtime, as siteConfig.linuxFxVersion (LANGUAGE|version); today's ${today}.`,
  };
}

/** A Function App's app settings for one worker runtime (the host, the worker, its storage by identity). */
function functionAppSettings(workerRuntime: string): { name: string; value: string }[] {
  return [
    { name: 'FUNCTIONS_EXTENSION_VERSION', value: FUNCTIONS_EXTENSION_VERSION },
    { name: 'FUNCTIONS_WORKER_RUNTIME', value: workerRuntime },
    { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
  ];
}

/** The app settings that follow a Function App's stack: one body part per worker runtime but the default. */
const workerRuntimeParts = Object.entries(FUNCTION_STACKS)
  .filter(([worker]) => worker !== DEFAULT_WORKER_RUNTIME)
  .map(([worker, stacks]) => ({
    option: 'runtimeStack',
    values: stacks,
    set: { properties: { siteConfig: { appSettings: functionAppSettings(worker) } } },
  }));

function site(input: {
  id: 'webApp' | 'functionApp';
  title: string;
  description: string;
  aliases: string[];
  kind: string;
  prefix: string;
  stacks: string[];
  appSettings: { name: string; value: string }[];
}): ServiceDefinition {
  const functions = input.id === 'functionApp';
  return {
    id: input.id,
    title: input.title,
    description: input.description,
    category: 'hosting',
    aliases: input.aliases,
    scope: 'project',
    baseline: [],
    resources: [
      {
        key: 'site',
        type: 'Microsoft.Web/sites',
        apiVersion: WEB_API,
        resourceGroup: 'project',
        name: nameRules.site(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
        body: {
          location: '{{location}}',
          kind: input.kind,
          identity: { type: 'SystemAssigned' },
          properties: {
            serverFarmId: '{{id:appServicePlan.plan}}',
            httpsOnly: true,
            publicNetworkAccess: 'Disabled',
            siteConfig: {
              linuxFxVersion: '{{param:runtimeStack}}',
              alwaysOn: true,
              ftpsState: 'Disabled',
              minTlsVersion: '1.2',
              appSettings: input.appSettings,
            },
          },
        },
        bodyWhenOption: [siteNetworking, ...(functions ? workerRuntimeParts : [])],
        keyProperties: ['properties.publicNetworkAccess', 'properties.siteConfig.linuxFxVersion'],
      },
    ],
    privateEndpoints: [endpoint('site', 'sites', SITES_ZONE)],
    subnets: [genaiSubnet, webappSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
      serviceRole(roles.keyVaultSecretsUser, input.id, 'keyVault'),
      ...(functions
        ? [
            serviceRole(roles.storageBlobDataOwner, input.id, 'storage'),
            serviceRole(roles.storageQueueDataContributor, input.id, 'storage'),
            serviceRole(roles.storageTableDataContributor, input.id, 'storage'),
          ]
        : []),
      serviceRole(roles.monitoringMetricsPublisher, input.id, 'appInsights'),
    ],
    diagnostics: [allLogs('site', true, functions ? levels.functionApp : levels.webApp)],
    dataBearing: false,
    provisioningSeconds: 120,
    deletionSeconds: 60,
    requires: functions ? ['appServicePlan', 'storage'] : ['appServicePlan'],
    implies: [],
    uses: [...privateServiceUses, 'keyVault', 'appInsights', ...(functions ? [] : ['storage'])],
    cleanup: cleanup.injectedPrivate,
    options: [
      aseOption,
      runtimeStackOption(
        input.stacks,
        functions ? 'functionRuntime and functionVersion' : 'webAppRuntime and webAppRuntimeVersion',
      ),
    ],
    notes: [
      ...(functions
        ? [
            `FUNCTIONS_WORKER_RUNTIME follows the language of runtimeStack (python, node, dotnet-isolated, java, powershell); FUNCTIONS_EXTENSION_VERSION is ${FUNCTIONS_EXTENSION_VERSION}, the Functions host every Linux stack runs on.`,
          ]
        : []),
      'Outbound through the webapp subnet (/27, delegated to Microsoft.Web/serverFarms), inbound through the private endpoint; with a BYO App Service Environment (appServiceEnvironmentId) the app runs inside it: no VNet integration, no webapp subnet.',
    ],
  };
}

const webApp = site({
  id: 'webApp',
  title: 'Web App',
  description: "A Linux web app (Python 3.11 by default, runtimeStack) for the project's UI or API.",
  aliases: ['enableWebApp', 'ENABLE_WEBAPP', 'ENABLE_WEB_APP'],
  kind: 'app,linux',
  prefix: 'app',
  stacks: WEB_APP_STACKS,
  appSettings: [],
});

const functionApp = site({
  id: 'functionApp',
  title: 'Function App',
  description:
    'A Linux function app on the project plan; its runtime storage is the project storage account, reached with its identity.',
  aliases: ['enableFunction', 'ENABLE_FUNCTION', 'serviceSettingDeployFunction'],
  kind: 'functionapp,linux',
  prefix: 'func',
  stacks: Object.values(FUNCTION_STACKS).flat(),
  appSettings: functionAppSettings(DEFAULT_WORKER_RUNTIME),
});

const botService: ServiceDefinition = {
  id: 'botService',
  title: 'Azure Bot Service',
  description:
    'A bot registration (single-tenant, managed identity) that channels such as Teams use to reach Foundry agents.',
  category: 'hosting',
  aliases: ['enableBotService', 'ENABLE_BOT_SERVICE'],
  scope: 'project',
  baseline: [],
  resources: [
    {
      key: 'bot',
      type: 'Microsoft.BotService/botServices',
      apiVersion: '2022-09-15',
      resourceGroup: 'project',
      name: nameRules.botService('bot-{project}-{loc}-{env}-{salt}'),
      body: {
        location: 'global',
        kind: 'azurebot',
        sku: { name: 'S1' },
        properties: {
          displayName: '{{name:botService.bot}}',
          endpoint: '',
          msaAppType: 'UserAssignedMSI',
          msaAppId: '{{param:msaAppId}}',
          msaAppTenantId: '{{tenantId}}',
          msaAppMSIResourceId: '{{identityId}}',
          publicNetworkAccess: 'Disabled',
          disableLocalAuth: true,
        },
      },
    },
  ],
  privateEndpoints: [
    endpoint('bot', 'Bot', 'privatelink.directline.botframework.com'),
    endpoint('bot', 'Token', 'privatelink.token.botframework.com'),
  ],
  subnets: [genaiSubnet],
  identity: 'userAssigned',
  roleAssignments: [],
  diagnostics: [allLogs('bot', true, levels.everyLog)],
  dataBearing: false,
  provisioningSeconds: 60,
  deletionSeconds: 30,
  requires: ['managedIdentity'],
  implies: [],
  uses: privateServiceUses,
  cleanup: cleanup.private,
  options: [
    {
      name: 'msaAppId',
      type: 'string',
      required: true,
      description: 'Client id of the project managed identity the bot authenticates as.',
    },
  ],
};

/** The names Azure refuses as a VM's admin user (OSProfile.adminUsername, "Disallowed values"). */
const RESERVED_ADMIN_NAMES = (
  'administrator admin user user1 test user2 test1 user3 admin1 1 123 a actuser adm admin2 aspnet backup ' +
  'console david guest john owner root server sql support support_388945a0 sys test2 test3 user4 user5'
).split(' ');

const adminUsernameOption: ServiceOption = {
  name: 'adminUsername',
  type: 'string',
  default: 'esmladmin',
  pattern: `(?!(?:${RESERVED_ADMIN_NAMES.join('|')})$)[a-z_][a-z0-9_-]{0,63}`,
  patternText:
    "a Linux user name (1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or '_') other than the names Azure reserves (admin, administrator, root, user, test, …)",
  description:
    "The VM's admin user, who logs in with sshPublicKey (today's adminUsername). Azure takes it only when the VM is created: changing it re-creates the VM.",
};

function vm(id: 'virtualMachine' | 'adminVirtualMachine'): ServiceDefinition {
  const admin = id === 'adminVirtualMachine';
  const rg = admin ? 'common' : 'project';
  return {
    id,
    title: admin ? 'Admin VM (common)' : 'Data science VM',
    description: admin
      ? 'A jump-box VM in the common resource group for the platform team, reached through Bastion.'
      : 'An Ubuntu Data Science VM in the project subnet, reached through Bastion with Entra ID login.',
    category: 'hosting',
    aliases: admin
      ? ['enableAdminVM', 'ENABLE_ADMIN_VM']
      : ['serviceSettingDeployProjectVM', 'SERVICE_SETTING_DEPLOY_PROJECT_VM'],
    scope: rg,
    baseline: [],
    resources: [
      {
        key: 'nic',
        type: 'Microsoft.Network/networkInterfaces',
        apiVersion: '2024-05-01',
        resourceGroup: rg,
        name: nameRules.network(80)(admin ? 'nic-admin-{loc}-{env}' : 'nic-dsvm-{project}-{env}'),
        body: {
          location: '{{location}}',
          properties: {
            ipConfigurations: [
              {
                name: 'ipconfig1',
                properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: '{{subnetId:genai}}' } },
              },
            ],
          },
        },
      },
      {
        key: 'vm',
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion: '2024-07-01',
        resourceGroup: rg,
        name: nameRules.virtualMachine(admin ? 'vm-admin-{loc}-{env}' : 'dsvm-{project}-{env}'),
        body: {
          location: '{{location}}',
          identity: { type: 'SystemAssigned' },
          properties: {
            hardwareProfile: { vmSize: 'Standard_D4s_v5' },
            storageProfile: {
              imageReference: {
                publisher: 'microsoft-dsvm',
                offer: 'ubuntu-2204',
                sku: '2204-gen2',
                version: 'latest',
              },
              osDisk: {
                createOption: 'FromImage',
                managedDisk: { storageAccountType: 'Premium_LRS' },
                deleteOption: 'Delete',
              },
            },
            osProfile: {
              computerName: admin ? 'vm-admin' : 'dsvm',
              adminUsername: '{{param:adminUsername}}',
              linuxConfiguration: {
                disablePasswordAuthentication: true,
                ssh: {
                  publicKeys: [
                    {
                      path: '/home/{{param:adminUsername}}/.ssh/authorized_keys',
                      keyData: '{{param:sshPublicKey}}',
                    },
                  ],
                },
              },
            },
            networkProfile: {
              networkInterfaces: [{ id: `{{id:${id}.nic}}`, properties: { deleteOption: 'Delete' } }],
            },
            securityProfile: {
              securityType: 'TrustedLaunch',
              uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
            },
          },
        },
        keyProperties: ['properties.hardwareProfile.vmSize'],
        createOnly: ['properties.osProfile.adminUsername'],
      },
    ],
    privateEndpoints: [],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 180,
    deletionSeconds: 120,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'network', 'bastion'],
    cleanup: ['roleAssignments', 'resource'],
    options: [
      {
        name: 'sshPublicKey',
        type: 'string',
        required: true,
        description: 'SSH public key of the admin user, adminUsername (password login is off).',
      },
      adminUsernameOption,
    ],
    notes: ['The OS disk and the NIC go with the VM (deleteOption: Delete).'],
  };
}

const bastion: ServiceDefinition = {
  id: 'bastion',
  title: 'Azure Bastion',
  description:
    'Browser and native-client access to the VMs without public IPs on them; lives in the common resource group.',
  category: 'hosting',
  aliases: ['addBastionHost', 'ADD_BASTION_HOST'],
  scope: 'common',
  baseline: [],
  resources: [
    {
      key: 'publicIp',
      type: 'Microsoft.Network/publicIPAddresses',
      apiVersion: '2024-05-01',
      resourceGroup: 'common',
      name: nameRules.network(80)('pip-bastion-{loc}-{env}-{scaleSet}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
      },
    },
    {
      key: 'bastion',
      type: 'Microsoft.Network/bastionHosts',
      apiVersion: '2024-05-01',
      resourceGroup: 'common',
      name: nameRules.network(80)('bastion-{loc}-{env}-{scaleSet}'),
      body: {
        location: '{{location}}',
        sku: { name: 'Standard' },
        properties: {
          enableTunneling: true,
          ipConfigurations: [
            {
              name: 'ipconfig1',
              properties: {
                subnet: { id: '{{subnetId:AzureBastionSubnet}}' },
                publicIPAddress: { id: '{{id:bastion.publicIp}}' },
              },
            },
          ],
        },
      },
    },
  ],
  privateEndpoints: [],
  subnets: [{ name: 'AzureBastionSubnet', prefixLength: 26 }],
  identity: 'none',
  roleAssignments: [],
  diagnostics: [allLogs('bastion', true, levels.everyLog)],
  dataBearing: false,
  provisioningSeconds: 600,
  deletionSeconds: 300,
  requires: [],
  implies: [],
  uses: ['resourceGroups', 'network', 'logAnalytics'],
  cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
  modes: ['standalone', 'hybrid'],
  notes: [
    'Azure requires the subnet to be named exactly AzureBastionSubnet (at least /26): it is the one subnet not prefixed with the project.',
    "In hub-spoke and vWAN mode Bastion is the hub's.",
  ],
};

export const hostingServices: ServiceDefinition[] = [
  registry('containerRegistry'),
  registry('containerRegistryCommon'),
  containerApps,
  aks,
  appServicePlan,
  webApp,
  functionApp,
  botService,
  vm('virtualMachine'),
  vm('adminVirtualMachine'),
  bastion,
];
