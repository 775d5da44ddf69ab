// The name rules the property tests check: the real catalog's, imported directly, so a catalog that fails to
// load fails these tests instead of silently testing something else.
import { catalog } from '../../src/core/catalog/index.js';
import type { Catalog, NameRule, RegionInfo } from '../../src/core/types.js';
import { checkNameRule } from '../../src/core/names.js';

export interface RuleUnderTest {
  service: string;
  key: string;
  type: string;
  rule: NameRule;
  /** Common resources are shared by every project of a scale set and environment. */
  scope: 'project' | 'common';
  /** The option whose entries' names (forEach) or whose value (nameOption) fill {item}. */
  forEach?: string;
}

export interface NameCatalog {
  regions: RegionInfo[];
  /** Azure spellings of environment names (dev, test, prod …). */
  envSpellings: string[];
  rules: RuleUnderTest[];
}

export function nameCatalog(): NameCatalog {
  return {
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
      forEach: r.forEach ?? r.nameOption,
    })),
  );
}

/** Every rule of a catalog that is wrong on its own: unknown tokens, or globally unique without {salt}. */
export function ruleProblems(catalog: Catalog): string[] {
  return rulesOf(catalog).flatMap((r) => checkNameRule(r.rule, `${r.service}.${r.key} (${r.type})`));
}
