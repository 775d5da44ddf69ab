// The name rules the property tests check: the real catalog's once `src/core/catalog/index.ts` has landed,
// otherwise a small local stand-in, so these tests run before and after the catalog exists.
import type { Catalog, NameRule, RegionInfo } from '../../src/core/types.js';
import { checkNameRule } from '../../src/core/names.js';

export interface RuleUnderTest {
  service: string;
  key: string;
  type: string;
  rule: NameRule;
  /** Common resources are shared by every project of a scale set and environment. */
  scope: 'project' | 'common';
  /** forEach resources take the entry's name as {item}. */
  forEach?: string;
}

export interface NameCatalog {
  source: 'catalog' | 'local';
  regions: RegionInfo[];
  /** Azure spellings of environment names (dev, test, prod …). */
  envSpellings: string[];
  rules: RuleUnderTest[];
}

export async function loadNameCatalog(): Promise<NameCatalog> {
  const path = '../../src/core/catalog/index.js';
  let catalog: Catalog | undefined;
  try {
    catalog = ((await import(path)) as { catalog: Catalog }).catalog;
  } catch {
    catalog = undefined;
  }
  if (!catalog) return localCatalog();
  return {
    source: 'catalog',
    regions: catalog.regions,
    envSpellings: [...new Set(['dev', 'test', 'prod', ...Object.values(catalog.environmentNames)])],
    rules: rulesOf(catalog),
  };
}

export function rulesOf(catalog: Catalog): RuleUnderTest[] {
  return catalog.services.flatMap((s) =>
    s.resources.map((r) => ({
      service: s.id,
      key: r.key,
      type: r.type,
      rule: r.name,
      scope: r.resourceGroup,
      forEach: r.forEach,
    })),
  );
}

/** Every rule of a catalog that is wrong on its own: unknown tokens, or globally unique without {salt}. */
export function ruleProblems(catalog: Catalog): string[] {
  return rulesOf(catalog).flatMap((r) => checkNameRule(r.rule, `${r.service}.${r.key} (${r.type})`));
}

const storage: NameRule = {
  pattern: 'st{prefix}{projectNumber}{loc}{env}{salt}',
  minLength: 3,
  maxLength: 24,
  allowed: '[a-z0-9]+',
  allowedText: 'lower-case letters and digits only',
  lowercase: true,
  stripHyphens: true,
  uniqueness: 'global',
};

const keyVault: NameRule = {
  pattern: 'kv-{projectNumber}-{loc}-{env}-{salt}',
  minLength: 3,
  maxLength: 24,
  allowed: '[a-zA-Z](?!.*--)[a-zA-Z0-9-]*[a-zA-Z0-9]',
  allowedText: 'letters, digits and single hyphens, starting with a letter and ending with a letter or digit',
  uniqueness: 'global',
};

const resourceGroup: NameRule = {
  pattern: '{prefix}-{project}-{loc}-{env}-{scaleSet}-rg',
  minLength: 1,
  maxLength: 90,
  allowed: '[-\\w._()]*[-\\w_()]',
  allowedText: 'letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
  uniqueness: 'subscription',
};

const deployment: NameRule = {
  pattern: '{item}',
  minLength: 2,
  maxLength: 64,
  allowed: '[a-zA-Z0-9][a-zA-Z0-9._-]*',
  allowedText: 'letters, digits, periods, underscores and hyphens, starting with a letter or digit',
  uniqueness: 'parent',
};

function localCatalog(): NameCatalog {
  return {
    source: 'local',
    regions: [
      { name: 'swedencentral', short: 'sdc', displayName: 'Sweden Central' },
      { name: 'eastus2', short: 'eus2', displayName: 'East US 2' },
      { name: 'westeurope', short: 'weu', displayName: 'West Europe' },
      { name: 'northeurope', short: 'neu', displayName: 'North Europe' },
      { name: 'southcentralus', short: 'scus', displayName: 'South Central US' },
    ],
    envSpellings: ['dev', 'test', 'prod'],
    rules: [
      {
        service: 'resourceGroups',
        key: 'project',
        type: 'Microsoft.Resources/resourceGroups',
        rule: resourceGroup,
        scope: 'project',
      },
      {
        service: 'storage',
        key: 'account',
        type: 'Microsoft.Storage/storageAccounts',
        rule: storage,
        scope: 'project',
      },
      {
        service: 'keyVault',
        key: 'vault',
        type: 'Microsoft.KeyVault/vaults',
        rule: keyVault,
        scope: 'project',
      },
      {
        service: 'aiFoundry',
        key: 'deployment',
        type: 'Microsoft.CognitiveServices/accounts/deployments',
        rule: deployment,
        scope: 'project',
        forEach: 'deployments',
      },
    ],
  };
}
