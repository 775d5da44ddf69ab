// Azure's naming rules per resource type (length, charset, uniqueness scope), as published in "Naming rules and
// restrictions for Azure resources" and the ARM template reference. `allowed` is a regex source that the name
// checker anchors; the pattern is ours (today's AI Factory spelling where one exists).
import type { NameRule } from '../types.js';

type Rule = Omit<NameRule, 'pattern'>;

function rule(base: Rule): (pattern: string) => NameRule {
  return (pattern) => ({ pattern, ...base });
}

/** Alphanumerics and hyphens, starting and ending with an alphanumeric. */
const ALNUM_HYPHEN = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const ALNUM_HYPHEN_TEXT = 'letters, digits and hyphens; starts and ends with a letter or digit';

export const nameRules = {
  resourceGroup: rule({
    minLength: 1,
    maxLength: 90,
    allowed: '[-\\w.()]*[-\\w()]',
    allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
    uniqueness: 'subscription',
  }),
  userAssignedIdentity: rule({
    minLength: 3,
    maxLength: 128,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
    allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  // virtualNetworks, networkSecurityGroups, networkInterfaces, bastionHosts, publicIPAddresses share this rule.
  network: (maxLength: number) =>
    rule({
      minLength: maxLength === 64 ? 2 : 1,
      maxLength,
      allowed: '[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?',
      allowedText:
        'letters, digits, underscores, periods and hyphens; starts with a letter or digit, ends with a letter, digit or underscore',
      uniqueness: 'resourceGroup',
    }),
  logAnalytics: rule({
    minLength: 4,
    maxLength: 63,
    allowed: ALNUM_HYPHEN,
    allowedText: ALNUM_HYPHEN_TEXT,
    uniqueness: 'resourceGroup',
  }),
  appInsights: rule({
    minLength: 1,
    maxLength: 260,
    allowed: '[^%&\\\\?/]*[^%&\\\\?/. ]',
    allowedText: 'any characters except % & \\ ? /; not ending in a space or period',
    uniqueness: 'resourceGroup',
  }),
  keyVault: rule({
    minLength: 3,
    maxLength: 24,
    allowed: '[a-zA-Z](-?[a-zA-Z0-9])*',
    allowedText: 'letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
    uniqueness: 'global',
  }),
  keyVaultKey: rule({
    minLength: 1,
    maxLength: 127,
    allowed: '[a-zA-Z0-9-]+',
    allowedText: 'letters, digits and hyphens',
    uniqueness: 'parent',
  }),
  storage: rule({
    minLength: 3,
    maxLength: 24,
    allowed: '[a-z0-9]+',
    allowedText: 'lower-case letters and digits only',
    lowercase: true,
    stripHyphens: true,
    uniqueness: 'global',
  }),
  blobContainer: rule({
    minLength: 3,
    maxLength: 63,
    allowed: '[a-z0-9](-?[a-z0-9])*',
    allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
    lowercase: true,
    uniqueness: 'parent',
  }),
  // Cognitive Services accounts get a custom subdomain equal to their name, hence global.
  cognitiveServicesAccount: rule({
    minLength: 2,
    maxLength: 64,
    allowed: ALNUM_HYPHEN,
    allowedText: ALNUM_HYPHEN_TEXT,
    uniqueness: 'global',
  }),
  cognitiveServicesChild: rule({
    minLength: 2,
    maxLength: 64,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
    allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
    uniqueness: 'parent',
  }),
  search: rule({
    minLength: 2,
    maxLength: 60,
    allowed: '[a-z0-9](-?[a-z0-9])*',
    allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
    lowercase: true,
    uniqueness: 'global',
  }),
  searchSharedPrivateLink: rule({
    minLength: 1,
    maxLength: 60,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
    allowedText: 'letters, digits, underscores, periods and hyphens',
    uniqueness: 'parent',
  }),
  // The GA api-version (2026-04-01) allows 3 to 24 characters; the earlier previews allowed 160.
  dashboard: rule({
    minLength: 3,
    maxLength: 24,
    allowed: '[a-zA-Z0-9-]+',
    allowedText: 'letters, digits and hyphens',
    uniqueness: 'resourceGroup',
  }),
  cosmos: rule({
    minLength: 3,
    maxLength: 44,
    allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
    allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
    lowercase: true,
    uniqueness: 'global',
  }),
  containerRegistry: rule({
    minLength: 5,
    maxLength: 50,
    allowed: '[a-z0-9]+',
    allowedText: 'letters and digits only',
    lowercase: true,
    stripHyphens: true,
    uniqueness: 'global',
  }),
  containerAppsEnvironment: rule({
    minLength: 2,
    maxLength: 60,
    allowed: '[a-z]([a-z0-9-]*[a-z0-9])?',
    allowedText: 'lower-case letters, digits and hyphens; starts with a letter, ends with a letter or digit',
    lowercase: true,
    uniqueness: 'resourceGroup',
  }),
  containerApp: rule({
    minLength: 2,
    maxLength: 32,
    allowed: '[a-z]([a-z0-9]|-(?!-))*[a-z0-9]',
    allowedText:
      'lower-case letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
    lowercase: true,
    uniqueness: 'resourceGroup',
  }),
  aks: rule({
    minLength: 1,
    maxLength: 63,
    allowed: '[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?',
    allowedText: 'letters, digits, underscores and hyphens; starts and ends with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  machineLearningWorkspace: rule({
    minLength: 3,
    maxLength: 33,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
    allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  machineLearningCompute: rule({
    minLength: 2,
    maxLength: 16,
    allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
    allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
    uniqueness: 'parent',
  }),
  // A compute instance's name is part of its regional DNS name: unique in the region, 3 to 24 characters.
  machineLearningComputeInstance: rule({
    minLength: 3,
    maxLength: 24,
    allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
    allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
    uniqueness: 'global',
  }),
  capabilityHost: rule({
    minLength: 3,
    maxLength: 33,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
    allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
    uniqueness: 'parent',
  }),
  // sites (web, function and logic apps) get <name>.azurewebsites.net, hence global.
  site: rule({
    minLength: 2,
    maxLength: 60,
    allowed: ALNUM_HYPHEN,
    allowedText: ALNUM_HYPHEN_TEXT,
    uniqueness: 'global',
  }),
  appServicePlan: rule({
    minLength: 1,
    maxLength: 60,
    allowed: '[a-zA-Z0-9-]+',
    allowedText: 'letters, digits and hyphens',
    uniqueness: 'resourceGroup',
  }),
  botService: rule({
    minLength: 2,
    maxLength: 64,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
    allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
    uniqueness: 'global',
  }),
  // Linux VM names are limited to 64; the computer (host) name inside is limited to 64 as well.
  virtualMachine: rule({
    minLength: 1,
    maxLength: 64,
    allowed: '[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?',
    allowedText: 'letters, digits, hyphens and periods; starts and ends with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  postgresFlexible: rule({
    minLength: 3,
    maxLength: 63,
    allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
    allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
    lowercase: true,
    uniqueness: 'global',
  }),
  sqlServer: rule({
    minLength: 1,
    maxLength: 63,
    allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
    allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
    lowercase: true,
    uniqueness: 'global',
  }),
  sqlDatabase: rule({
    minLength: 1,
    maxLength: 128,
    allowed: '[^<>*%&:\\\\/?]*[^<>*%&:\\\\/?. ]',
    allowedText: 'any characters except < > * % & : \\ / ?; not ending in a period or space',
    uniqueness: 'parent',
  }),
  managedRedis: rule({
    minLength: 1,
    maxLength: 60,
    allowed: '[A-Za-z0-9]+(-[A-Za-z0-9]+)*',
    allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
    uniqueness: 'global',
  }),
  elasticMonitor: rule({
    minLength: 1,
    maxLength: 32,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
    allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  dataFactory: rule({
    minLength: 3,
    maxLength: 63,
    allowed: '[a-zA-Z0-9](-?[a-zA-Z0-9])*',
    allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
    uniqueness: 'global',
  }),
  databricks: rule({
    minLength: 3,
    maxLength: 64,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
    allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
    uniqueness: 'resourceGroup',
  }),
  eventHubsNamespace: rule({
    minLength: 6,
    maxLength: 50,
    allowed: '[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]',
    allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
    uniqueness: 'global',
  }),
  apiManagement: rule({
    minLength: 1,
    maxLength: 50,
    allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
    allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
    uniqueness: 'global',
  }),
  // Backends, APIs and operations of an API Management instance: 1 to 80 characters, none of *#&+:<>?.
  apiManagementChild: rule({
    minLength: 1,
    maxLength: 80,
    allowed: '[a-zA-Z0-9][a-zA-Z0-9-]*',
    allowedText: 'letters, digits and hyphens, starting with a letter or digit',
    uniqueness: 'parent',
  }),
  bingAccount: rule({
    minLength: 2,
    maxLength: 64,
    allowed: ALNUM_HYPHEN,
    allowedText: ALNUM_HYPHEN_TEXT,
    uniqueness: 'resourceGroup',
  }),
  fixedName: (name: string): NameRule => ({
    pattern: name,
    minLength: name.length,
    maxLength: name.length,
    allowed: name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    allowedText: `exactly '${name}' (a name Azure requires)`,
    uniqueness: 'parent',
  }),
};
