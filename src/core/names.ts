// Resource names: built from a catalog pattern, then checked against Azure's rules for the type, so a name
// that cannot fit fails at validate time with a precise message instead of at deploy time.
import { createHash } from 'node:crypto';
import type { NameRule } from './types.js';

/** The values of the tokens a name pattern may use. */
export interface NameContext {
  prefix: string;
  /** `prj001` */
  project: string;
  /** `001` */
  projectNumber: string;
  /** Azure spelling of the environment: dev | test | prod */
  env: string;
  /** Full region name, e.g. `swedencentral` */
  location: string;
  /** Short region code, e.g. `sdc` */
  loc: string;
  /** `001` */
  scaleSet: string;
  /** 5 characters from `computeSalt` */
  salt: string;
}

export type NameProblemCode =
  | 'names.unknown-token'
  | 'names.missing-item'
  | 'names.too-long'
  | 'names.too-short'
  | 'names.invalid-characters';

export interface NameProblem {
  code: NameProblemCode;
  message: string;
}

export interface BuiltName {
  name: string;
  /** Why the name breaks the rule; absent when the name is valid. */
  problem?: string;
  code?: NameProblemCode;
}

/** Tokens filled from the context. `{item}` (and its synonym `{suffix}`) come from the `item` argument. */
export const NAME_TOKENS = [
  'prefix',
  'project',
  'projectNumber',
  'env',
  'location',
  'loc',
  'scaleSet',
  'salt',
  'item',
  'suffix',
] as const;

const TOKEN = /\{([A-Za-z]+)\}/g;
const SALT_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = LETTERS + '0123456789';

/**
 * A short, stable, well-spread value that makes globally unique names unique: 5 characters [a-z0-9], the first
 * a letter (several resource types must start with one). The same parts always give the same salt; the parts
 * are length-prefixed so ('ab', 'c') and ('a', 'bc') differ. 26·36⁴ ≈ 43.7 million values.
 */
export function computeSalt(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part};`);
  // 64 bits of the digest, reduced: the bias of the modulo is below 1e-11, far under anything observable.
  let value = hash.digest().readBigUInt64BE(0);
  let salt = '';
  for (let i = 0; i < SALT_LENGTH; i++) {
    const alphabet = i === 0 ? LETTERS : ALPHANUMERIC;
    const base = BigInt(alphabet.length);
    salt += alphabet[Number(value % base)];
    value /= base;
  }
  return salt;
}

/** `1` → `001`: the project number as today's AI Factory writes it in names. */
export function formatProjectNumber(n: number): string {
  return String(n).padStart(3, '0');
}

/** Builds the full context from config values, with the padding conventions of today's pipelines. */
export function nameContext(input: {
  prefix: string;
  projectNumber: number;
  env: string;
  location: string;
  loc: string;
  scaleSet: string;
  salt: string;
}): NameContext {
  const projectNumber = formatProjectNumber(input.projectNumber);
  return {
    prefix: input.prefix,
    project: `prj${projectNumber}`,
    projectNumber,
    env: input.env,
    location: input.location,
    loc: input.loc,
    scaleSet: input.scaleSet,
    salt: input.salt,
  };
}

/**
 * Fills the pattern's tokens, applies `stripHyphens` and `lowercase`, then checks the result. `resourceType`
 * only makes messages name the type ("… the limit for Microsoft.Storage/storageAccounts is 24").
 */
export function buildName(rule: NameRule, ctx: NameContext, item?: string, resourceType?: string): BuiltName {
  const unknown: string[] = [];
  let missingItem = false;
  let name = rule.pattern.replace(TOKEN, (whole, token: string) => {
    switch (token) {
      case 'item':
        if (item === undefined) missingItem = true;
        return item ?? '';
      case 'suffix':
        return item ?? '';
      case 'prefix':
      case 'project':
      case 'projectNumber':
      case 'env':
      case 'location':
      case 'loc':
      case 'scaleSet':
      case 'salt':
        return ctx[token];
      default:
        unknown.push(whole);
        return whole;
    }
  });
  if (rule.stripHyphens) name = name.replace(/-/g, '');
  if (rule.lowercase) name = name.toLowerCase();
  const subject = resourceType ? ` for ${resourceType}` : '';
  if (unknown.length > 0) {
    return {
      name,
      code: 'names.unknown-token',
      problem:
        `the name pattern "${rule.pattern}"${subject} uses unknown token${unknown.length > 1 ? 's' : ''} ` +
        `${unknown.join(', ')}; known tokens: ${NAME_TOKENS.map((t) => `{${t}}`).join(' ')}`,
    };
  }
  if (missingItem) {
    return {
      name,
      code: 'names.missing-item',
      problem: `the name pattern "${rule.pattern}"${subject} needs {item} (the entry's name) but none was given`,
    };
  }
  const problem = checkName(rule, name, resourceType);
  return problem ? { name, problem: problem.message, code: problem.code } : { name };
}

/**
 * How many characters a `{item}` (a user-chosen entry name, e.g. a container app) may have so the whole name
 * stays within the rule's maximum, for config validation that wants to say "at most N characters" up front.
 */
export function itemBudget(rule: NameRule, ctx: NameContext): number {
  const withoutItem = buildName({ ...rule, pattern: rule.pattern.replace(/\{(item|suffix)\}/g, '') }, ctx);
  return rule.maxLength - withoutItem.name.length;
}

/** Checks a finished name against the rule's length and charset; undefined when it is valid. */
export function checkName(rule: NameRule, name: string, resourceType?: string): NameProblem | undefined {
  const limitOf = resourceType ? `the limit for ${resourceType}` : 'the limit';
  const chars = (n: number) => `${n} character${n === 1 ? '' : 's'}`;
  if (name.length > rule.maxLength) {
    return {
      code: 'names.too-long',
      message: `"${name}" is ${chars(name.length)}, ${limitOf} is ${rule.maxLength}`,
    };
  }
  if (name.length < rule.minLength) {
    return {
      code: 'names.too-short',
      message: `"${name}" is ${chars(name.length)}, the minimum${resourceType ? ` for ${resourceType}` : ''} is ${rule.minLength}`,
    };
  }
  if (!allowedPattern(rule.allowed).test(name)) {
    const why = charsetHint(rule, name);
    return {
      code: 'names.invalid-characters',
      message: `"${name}" is not a valid name${resourceType ? ` for ${resourceType}` : ''}: ${rule.allowedText}${why ? ` (${why})` : ''}`,
    };
  }
  return undefined;
}

/**
 * Problems with a rule itself, found without any input: unknown tokens, a globally unique type whose pattern
 * lacks `{salt}` (two tenants with the same prefix and project would collide), or limits that contradict.
 */
export function checkNameRule(rule: NameRule, resourceType?: string): string[] {
  const subject = resourceType ? `${resourceType}: ` : '';
  const problems: string[] = [];
  const tokens = [...rule.pattern.matchAll(TOKEN)].map((m) => m[1]);
  for (const token of tokens) {
    if (!(NAME_TOKENS as readonly string[]).includes(token)) {
      problems.push(`${subject}unknown token {${token}} in "${rule.pattern}"`);
    }
  }
  if (rule.uniqueness === 'global' && !tokens.includes('salt')) {
    problems.push(`${subject}names must be globally unique but "${rule.pattern}" has no {salt}`);
  }
  if (rule.minLength > rule.maxLength) {
    problems.push(`${subject}minLength ${rule.minLength} is above maxLength ${rule.maxLength}`);
  }
  try {
    allowedPattern(rule.allowed);
  } catch (e) {
    problems.push(`${subject}allowed is not a regular expression: ${(e as Error).message}`);
  }
  return problems;
}

const compiled = new Map<string, RegExp>();

function allowedPattern(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(`^(?:${source})$`);
    compiled.set(source, re);
  }
  return re;
}

/** A guess at the most likely reason a name fails the charset, for the message; undefined when unsure. */
function charsetHint(rule: NameRule, name: string): string | undefined {
  const re = allowedPattern(rule.allowed);
  if (name !== name.toLowerCase() && re.test(name.toLowerCase())) return 'it has upper-case letters';
  if (/--/.test(name) && re.test(name.replace(/-+/g, '-'))) return "it contains '--'";
  if (/^[^A-Za-z]/.test(name) && re.test(`a${name.slice(1)}`)) return `it starts with '${name[0]}'`;
  if (/[^A-Za-z0-9]$/.test(name) && re.test(`${name.slice(0, -1)}a`))
    return `it ends with '${name[name.length - 1]}'`;
  if (name.includes('-') && re.test(name.replace(/-/g, ''))) return "it contains '-'";
  const odd = [...new Set(name.replace(/[A-Za-z0-9-]/g, ''))];
  if (odd.length > 0) return `it contains ${odd.map((c) => `'${c}'`).join(', ')}`;
  return undefined;
}
