import fc from 'fast-check';
import {
  buildName,
  checkName,
  checkNameRule,
  computeSalt,
  formatProjectNumber,
  itemBudget,
  nameContext,
  nameInputs,
  nameProblem,
  nameSources,
  type NameContext,
} from '../../src/core/names.js';
import type { NameRule } from '../../src/core/types.js';
import { nameCatalog, type NameCatalog, type RuleUnderTest } from './catalog-rules.js';

const storageRule: NameRule = {
  pattern: 'st{prefix}{project}{loc}{env}{salt}',
  minLength: 3,
  maxLength: 24,
  allowed: '[a-z0-9]+',
  allowedText: 'lower-case letters and digits only',
  lowercase: true,
  stripHyphens: true,
  uniqueness: 'global',
};

const ctx: NameContext = nameContext({
  prefix: 'acme',
  projectNumber: 1,
  env: 'dev',
  location: 'swedencentral',
  loc: 'sdc',
  scaleSet: '001',
  salt: 'abcde',
});

describe('computeSalt', () => {
  it('is 5 characters of [a-z0-9] starting with a letter', () => {
    for (let i = 0; i < 2000; i++) expect(computeSalt('sub', String(i))).toMatch(/^[a-z][a-z0-9]{4}$/);
  });

  it('is deterministic', () => {
    expect(computeSalt('11111111-1111-1111-1111-111111111111', 'acme-common-rg')).toBe(
      computeSalt('11111111-1111-1111-1111-111111111111', 'acme-common-rg'),
    );
  });

  it('separates its parts, so moving a character between parts changes it', () => {
    expect(computeSalt('ab', 'c')).not.toBe(computeSalt('a', 'bc'));
    expect(computeSalt('abc')).not.toBe(computeSalt('ab', 'c'));
    expect(computeSalt()).toMatch(/^[a-z][a-z0-9]{4}$/);
  });

  it('spreads values like a uniform random choice (birthday bound) with every first letter equally likely', () => {
    const n = 20000;
    const salts = Array.from({ length: n }, (_, i) => computeSalt('prj', String(i), 'dev'));
    // 26·36⁴ values: a uniform choice gives n²/2/43.7M ≈ 4.6 expected collisions for 20000 salts.
    const collisions = n - new Set(salts).size;
    expect(collisions).toBeLessThan(15);
    const counts = new Map<string, number>();
    for (const s of salts) counts.set(s[0], (counts.get(s[0]) ?? 0) + 1);
    expect(counts.size).toBe(26);
    // Expected 769 each, standard deviation ≈ 27: ±120 is far outside chance for a fair hash.
    for (const count of counts.values()) expect(Math.abs(count - n / 26)).toBeLessThan(120);
    const rest = new Map<string, number>();
    for (const s of salts) for (const ch of s.slice(1)) rest.set(ch, (rest.get(ch) ?? 0) + 1);
    expect(rest.size).toBe(36);
  });
});

describe('nameContext', () => {
  it('pads the project number the way today’s pipelines do', () => {
    expect(formatProjectNumber(1)).toBe('001');
    expect(formatProjectNumber(42)).toBe('042');
    expect(formatProjectNumber(999)).toBe('999');
    expect(ctx.project).toBe('prj001');
    expect(ctx.projectNumber).toBe('001');
  });
});

describe('buildName', () => {
  it('fills every token', () => {
    const rule: NameRule = {
      ...storageRule,
      pattern: '{prefix}|{project}|{projectNumber}|{env}|{location}|{loc}|{scaleSet}|{salt}|{item}',
      maxLength: 200,
      allowed: '.+',
      lowercase: false,
      stripHyphens: false,
    };
    expect(buildName(rule, ctx, 'gpt-4o')).toEqual({
      name: 'acme|prj001|001|dev|swedencentral|sdc|001|abcde|gpt-4o',
    });
  });

  it('strips hyphens and lower-cases when the rule says so', () => {
    const rule: NameRule = { ...storageRule, pattern: 'ST-{prefix}-{project}-{salt}' };
    expect(buildName(rule, { ...ctx, prefix: 'ACME' })).toEqual({ name: 'stacmeprj001abcde' });
  });

  it('keeps hyphens and case otherwise', () => {
    const rule: NameRule = {
      ...storageRule,
      pattern: 'KV-{project}',
      allowed: '[A-Za-z0-9-]+',
      lowercase: false,
      stripHyphens: false,
    };
    expect(buildName(rule, ctx)).toEqual({ name: 'KV-prj001' });
  });

  it('says how long a name is and what the limit for the type is', () => {
    const result = buildName(
      storageRule,
      { ...ctx, loc: 'eus2', env: 'prod', prefix: 'acmeai' },
      undefined,
      'Microsoft.Storage/storageAccounts',
    );
    expect(result.name).toBe('stacmeaiprj001eus2prodabcde');
    expect(result.code).toBe('names.too-long');
    expect(result.problem).toBe(
      '"stacmeaiprj001eus2prodabcde" is 27 characters, the limit for Microsoft.Storage/storageAccounts is 24',
    );
  });

  it('reports the limit without a type too', () => {
    expect(buildName({ ...storageRule, maxLength: 5 }, ctx).problem).toMatch(
      /is 23 characters, the limit is 5$/,
    );
  });

  it('reports a name below the minimum', () => {
    const result = buildName(
      { ...storageRule, pattern: '{item}', minLength: 3 },
      ctx,
      'a',
      'Microsoft.Storage/storageAccounts',
    );
    expect(result).toEqual({
      name: 'a',
      code: 'names.too-short',
      problem: '"a" is 1 character, the minimum for Microsoft.Storage/storageAccounts is 3',
    });
  });

  it.each([
    ['St{project}', { lowercase: false }, 'it has upper-case letters'],
    ['st-{project}', { stripHyphens: false }, "it contains '-'"],
    ['st_{project}', {}, "it contains '_'"],
  ])('explains a charset failure of %s', (pattern, extra, hint) => {
    const result = buildName(
      { ...storageRule, ...extra, pattern },
      ctx,
      undefined,
      'Microsoft.Storage/storageAccounts',
    );
    expect(result.code).toBe('names.invalid-characters');
    expect(result.problem).toContain(
      'is not a valid name for Microsoft.Storage/storageAccounts: lower-case letters and digits only',
    );
    expect(result.problem).toContain(hint);
  });

  it('explains a bad first character and double hyphens', () => {
    const vault: NameRule = {
      pattern: '{item}',
      minLength: 3,
      maxLength: 24,
      allowed: '[a-zA-Z](?!.*--)[a-zA-Z0-9-]*[a-zA-Z0-9]',
      allowedText: 'letters, digits and single hyphens, starting with a letter',
      uniqueness: 'global',
    };
    expect(buildName(vault, ctx, '1kv-abc').problem).toContain("it starts with '1'");
    expect(buildName(vault, ctx, 'kv--abc').problem).toContain("it contains '--'");
    expect(buildName(vault, ctx, 'kv-abc-').problem).toContain("it ends with '-'");
    expect(buildName(vault, ctx, 'kv-abc')).toEqual({ name: 'kv-abc' });
  });

  it('rejects unknown tokens and lists the known ones', () => {
    const result = buildName({ ...storageRule, pattern: 'st{projet}{region}' }, ctx);
    expect(result.code).toBe('names.unknown-token');
    expect(result.problem).toContain('unknown tokens {projet}, {region}');
    expect(result.problem).toContain('{project}');
  });

  it('needs an item for {item} but not for {suffix}', () => {
    const withItem = buildName({ ...storageRule, pattern: 'st{item}' }, ctx);
    expect(withItem.code).toBe('names.missing-item');
    expect(withItem.problem).toContain('needs {item}');
    expect(buildName({ ...storageRule, pattern: 'st{project}{suffix}' }, ctx)).toEqual({ name: 'stprj001' });
    expect(buildName({ ...storageRule, pattern: 'st{project}{suffix}' }, ctx, '2')).toEqual({
      name: 'stprj0012',
    });
  });

  it('is anchored: a rule matching only part of the name rejects it', () => {
    expect(checkName({ ...storageRule, allowed: '[a-z]+' }, 'abc1')?.code).toBe('names.invalid-characters');
    expect(checkName({ ...storageRule, minLength: 1, allowed: 'a|b' }, 'ab')?.code).toBe(
      'names.invalid-characters',
    );
    expect(checkName({ ...storageRule, minLength: 1, allowed: 'a|b' }, 'aaa')?.code).toBe(
      'names.invalid-characters',
    );
    expect(checkName({ ...storageRule, minLength: 1, allowed: 'a|b' }, 'b')).toBeUndefined();
  });
});

describe('nameProblem: which name, why, where, and what to change', () => {
  const config = {
    environments: { dev: { location: undefined }, eu: { location: 'westeurope' } },
  } as unknown as Parameters<typeof nameSources>[0];
  const locations = {
    'environments.dev': { file: 'a.yaml', line: 12, column: 3 },
    'project.prefix': { file: 'a.yaml', line: 5, column: 3 },
    'project.location': { file: 'a.yaml', line: 7, column: 3 },
    'environments.eu.location': { file: 'a.yaml', line: 20, column: 5 },
  };
  const problem = (rule: NameRule, env = 'dev', item?: string) =>
    nameProblem({
      subject: 'svc: the name of T (k)',
      rule,
      built: buildName(rule, ctx, item, 'T'),
      ctx,
      where: nameSources(config, env, item ? { label: 'the entry name' } : undefined),
      item,
      locations,
    });

  it('lists the inputs in the pattern, each once, and knows where each is written', () => {
    expect(nameInputs('{prefix}-{env}-{loc}-{prefix}{salt}', ctx, nameSources(config, 'eu'))).toEqual([
      {
        token: 'prefix',
        path: 'project.prefix',
        label: "project.prefix 'acme'",
        text: 'acme',
        resizable: true,
      },
      {
        token: 'env',
        path: 'environments.eu',
        label: "the environment name 'eu', spelled 'dev' in names",
        text: 'dev',
        resizable: true,
      },
      {
        token: 'loc',
        path: 'environments.eu.location',
        label: "the location code 'sdc' of swedencentral",
        text: 'sdc',
        resizable: true,
      },
    ]);
  });

  it('too long: each input that alone can make room, with the length that fits', () => {
    const d = problem({ ...storageRule, maxLength: 18 }); // stacmeprj001sdcdevabcde: 23
    expect(d.location).toEqual(locations['environments.dev']);
    expect(d.message).toBe(
      "svc: the name of T (k) cannot be used: \"stacmeprj001sdcdevabcde\" is 23 characters, the limit for T is 18; it is made of project.prefix 'acme' (4), the project number 'prj001' (6), the location code 'sdc' of swedencentral (3), the environment name 'dev' (3) and a 5-character salt",
    );
    expect(d.hint).toBe(
      "shorten project.prefix 'acme', the location code 'sdc' of swedencentral and the environment name 'dev': the name is 5 characters over the limit",
    );
    expect(problem({ ...storageRule, maxLength: 21 }).hint).toBe(
      'use an environment name of at most 1 character or a project.prefix of at most 2 characters',
    );
  });

  it('points at what the name holds: no environment in it, the prefix; nothing to change, the catalog', () => {
    const d = problem({ ...storageRule, pattern: 'st{prefix}{salt}', maxLength: 9 });
    expect(d.location).toEqual(locations['project.prefix']);
    expect(d.hint).toBe('use a project.prefix of at most 2 characters');
    const fixed = problem({ ...storageRule, pattern: 'st{projectNumber}{scaleSet}{salt}', maxLength: 10 });
    expect(fixed.hint).toBe(
      'no input of aifactory.yaml is in this name: the catalog rule for this type needs a fix',
    );
    expect(fixed.location).toBeUndefined();
  });

  it('a name with characters the type refuses names what to change', () => {
    const d = problem({ ...storageRule, pattern: 'st{item}{salt}', stripHyphens: false }, 'dev', 'my_model');
    expect(d.message).toContain("it is made of the entry name 'my_model' (8) and a 5-character salt");
    expect(d.hint).toBe("change the entry name 'my_model'");
  });
});

describe('itemBudget', () => {
  it('says how long an item may be for the name to fit', () => {
    const rule: NameRule = {
      ...storageRule,
      pattern: 'ca-{item}-{projectNumber}-{env}',
      maxLength: 32,
      lowercase: false,
      stripHyphens: false,
      allowed: '.+',
    };
    expect(itemBudget(rule, ctx)).toBe(32 - 'ca--001-dev'.length);
    const name = 'x'.repeat(itemBudget(rule, ctx));
    expect(buildName(rule, ctx, name).problem).toBeUndefined();
    expect(buildName(rule, ctx, `${name}x`).code).toBe('names.too-long');
  });
});

describe('checkNameRule', () => {
  it('accepts a sound rule', () => {
    expect(checkNameRule(storageRule)).toEqual([]);
  });

  it('requires {salt} in globally unique names', () => {
    expect(
      checkNameRule({ ...storageRule, pattern: 'st{project}' }, 'Microsoft.Storage/storageAccounts'),
    ).toEqual([
      'Microsoft.Storage/storageAccounts: names must be globally unique but "st{project}" has no {salt}',
    ]);
    expect(checkNameRule({ ...storageRule, pattern: 'st{project}', uniqueness: 'resourceGroup' })).toEqual(
      [],
    );
  });

  it('finds unknown tokens, contradicting limits and a broken regular expression', () => {
    const problems = checkNameRule({
      ...storageRule,
      pattern: 'st{salt}{nope}',
      minLength: 30,
      allowed: '[a-z',
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('unknown token {nope}');
    expect(problems[1]).toContain('minLength 30 is above maxLength 24');
    expect(problems[2]).toContain('allowed is not a regular expression');
  });
});

// ───────────── every generated name valid, for every project, region and environment ─────────────

/** What users can enter (config: prefix 2–6 lower-case letters/digits starting with a letter). */
const projectArbitrary = fc.record({
  prefix: fc.stringMatching(/^[a-z][a-z0-9]{1,5}$/),
  number: fc.integer({ min: 1, max: 999 }),
  scaleSet: fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0')),
});
type Project = { prefix: string; number: number; scaleSet: string };

/**
 * Short entry names for forEach resources: an item is user input, its own length and charset are checked when
 * the name is built (and `itemBudget` tells the config how long it may be).
 */
const ITEMS = ['a1', 'gpt-4o'];

function contextFor(p: Project, env: string, region: { name: string; short: string }): NameContext {
  return nameContext({
    prefix: p.prefix,
    projectNumber: p.number,
    env,
    location: region.name,
    loc: region.short,
    scaleSet: p.scaleSet,
    salt: computeSalt(p.prefix, String(p.number), p.scaleSet, env, region.name),
  });
}

function failuresFor(names: NameCatalog, p: Project): string[] {
  const failures: string[] = [];
  for (const region of names.regions) {
    for (const env of names.envSpellings) {
      const c = contextFor(p, env, region);
      for (const r of names.rules) {
        for (const item of r.forEach ? ITEMS : [undefined]) {
          const built = buildName(r.rule, c, item, r.type);
          if (built.problem)
            failures.push(`${r.service}.${r.key} (${region.name}, ${env}): ${built.problem}`);
        }
      }
    }
  }
  return failures;
}

function describeRule(r: RuleUnderTest): string {
  return `${r.service}.${r.key} "${r.rule.pattern}" (max ${r.rule.maxLength})`;
}

describe('names of the catalog', () => {
  const names: NameCatalog = nameCatalog();

  it('has no rule that is wrong on its own (unknown token, globally unique without {salt})', () => {
    const problems = names.rules.flatMap((r) => checkNameRule(r.rule, `${r.service}.${r.key} (${r.type})`));
    expect(problems).toEqual([]);
  });

  it('fits for the longest inputs a user can give, in every region and environment', () => {
    // Worst case: the longest prefix, a 3-digit project and scale set, every region and env spelling.
    const failures = failuresFor(names, { prefix: 'abcdef', number: 999, scaleSet: '999' });
    const rules = [...new Set(failures.map((f) => f.split(' (')[0]))];
    expect({
      rulesThatCannotFit: rules.map((k) =>
        describeRule(names.rules.find((r) => `${r.service}.${r.key}` === k)!),
      ),
      examples: failures.slice(0, 5),
    }).toEqual({
      rulesThatCannotFit: [],
      examples: [],
    });
  });

  it('leaves room for an item name of at least 8 characters in every forEach rule, for the longest inputs', () => {
    const tight: string[] = [];
    for (const r of names.rules.filter((x) => x.forEach)) {
      for (const region of names.regions) {
        for (const env of names.envSpellings) {
          const budget = itemBudget(
            r.rule,
            contextFor({ prefix: 'abcdef', number: 999, scaleSet: '999' }, env, region),
          );
          if (budget < 8)
            tight.push(`${describeRule(r)}: ${budget} characters for {item} in ${region.name}/${env}`);
        }
      }
    }
    expect(tight).toEqual([]);
  });

  it('property: every generated name is valid for random projects, all regions and all environments', () => {
    fc.assert(
      fc.property(projectArbitrary, (p) => {
        expect(failuresFor(names, p)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('property: names are deterministic and distinct per project and environment', () => {
    // Names must differ where they share a namespace. Global names: across everything. Subscription-wide names
    // (resource groups): across projects (not for common ones, shared by the projects of a scale set), scale sets
    // and environments, which may share a subscription. Names unique per resource group are then apart too,
    // because their resource groups are; names unique per parent are apart because their parents are.
    const identity = (r: RuleUnderTest, p: Project, env: string) =>
      [
        r.scope === 'common' ? '' : p.number,
        p.scaleSet,
        env,
        r.rule.uniqueness === 'global' ? p.prefix : '',
      ].join('/');
    fc.assert(
      fc.property(projectArbitrary, projectArbitrary, fc.nat(), fc.nat(), (a, b, ea, eb) => {
        const region = names.regions[0];
        const envA = names.envSpellings[ea % names.envSpellings.length];
        const envB = names.envSpellings[eb % names.envSpellings.length];
        for (const r of names.rules) {
          if (r.rule.uniqueness === 'parent' || r.rule.uniqueness === 'resourceGroup' || r.forEach) continue;
          const first = buildName(r.rule, contextFor(a, envA, region), undefined, r.type).name;
          expect(buildName(r.rule, contextFor(a, envA, region), undefined, r.type).name).toBe(first);
          if (identity(r, a, envA) === identity(r, b, envB)) continue;
          const other = buildName(r.rule, contextFor(b, envB, region), undefined, r.type).name;
          if (other === first) {
            throw new Error(
              `${describeRule(r)} gives "${first}" for ${identity(r, a, envA)} and ${identity(r, b, envB)}`,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
