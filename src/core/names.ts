// Resource names: built from a catalog pattern, then checked against Azure's rules for the type, so a name
// that cannot fit fails at validate time with a precise message instead of at deploy time.
import { createHash } from 'node:crypto';
import type { Diagnostic, NameRule, ProjectConfig, SourceLocation } from './types.js';

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

// ───────────────────────── explaining a name that cannot be used ─────────────────────────

/** One input of aifactory.yaml a name is built from. */
export interface NameInput {
  token: string;
  /** Dot path of its key in aifactory.yaml, for file:line:column. */
  path?: string;
  /** How a person calls it, with its value. */
  label: string;
  /** Its text in the name. */
  text: string;
  /** Whether another value can have another length (a fixed-width number cannot). */
  resizable: boolean;
}

/** Where the inputs of one environment's names are written. */
export interface NameSources {
  /** The environment's key (`preprod1`); `ctx.env` is its Azure spelling (stage → test). */
  env: string;
  /** `environments.<env>.location` when the environment sets one, else `project.location`. */
  locationPath: string;
  /** The entry a `{item}` comes from (a model deployment's name), when there is one. */
  item?: { label: string; path?: string };
}

/** Where an environment's name inputs are written in `config`; `item` for names of list entries. */
export function nameSources(config: ProjectConfig, env: string, item?: NameSources['item']): NameSources {
  const locationPath = config.environments[env]?.location
    ? `environments.${env}.location`
    : 'project.location';
  return { env, locationPath, ...(item ? { item } : {}) };
}

/** The inputs a pattern takes, in the order it uses them; the salt and literal text are not inputs. */
export function nameInputs(
  pattern: string,
  ctx: NameContext,
  where: NameSources,
  item?: string,
): NameInput[] {
  const inputs: NameInput[] = [];
  for (const [, token] of pattern.matchAll(TOKEN)) {
    if (inputs.some((i) => i.token === token)) continue;
    const input = nameInput(token, ctx, where, item);
    if (input) inputs.push(input);
  }
  return inputs;
}

function nameInput(
  token: string,
  ctx: NameContext,
  where: NameSources,
  item?: string,
): NameInput | undefined {
  const spelled = ctx.env === where.env ? '' : `, spelled '${ctx.env}' in names`;
  switch (token) {
    case 'prefix':
      return {
        token,
        path: 'project.prefix',
        label: `project.prefix '${ctx.prefix}'`,
        text: ctx.prefix,
        resizable: true,
      };
    case 'project':
    case 'projectNumber':
      return {
        token,
        path: 'project.number',
        label: `the project number '${ctx[token]}'`,
        text: ctx[token],
        resizable: false,
      };
    case 'env':
      return {
        token,
        path: `environments.${where.env}`,
        label: `the environment name '${where.env}'${spelled}`,
        text: ctx.env,
        resizable: true,
      };
    case 'location':
      return {
        token,
        path: where.locationPath,
        label: `the location '${ctx.location}'`,
        text: ctx.location,
        resizable: true,
      };
    case 'loc':
      return {
        token,
        path: where.locationPath,
        label: `the location code '${ctx.loc}' of ${ctx.location}`,
        text: ctx.loc,
        resizable: true,
      };
    case 'scaleSet':
      return {
        token,
        path: 'project.scaleSet',
        label: `project.scaleSet '${ctx.scaleSet}'`,
        text: ctx.scaleSet,
        resizable: false,
      };
    case 'item':
    case 'suffix':
      return item === undefined
        ? undefined
        : {
            token,
            path: where.item?.path,
            label: `${where.item?.label ?? 'the entry name'} '${item}'`,
            text: item,
            resizable: true,
          };
    default:
      return undefined;
  }
}

/** Which input a message about the name points at: the one a user is most likely to change. */
const POINT_AT = [
  'env',
  'item',
  'suffix',
  'prefix',
  'loc',
  'location',
  'project',
  'projectNumber',
  'scaleSet',
];

/**
 * The validate-time error for a built name that breaks its rule: where (the config key of the input most
 * likely to change), which name, its length and limit, which inputs make it up, and what to change — only
 * inputs that are in this name, each with the length that would fit.
 */
export function nameProblem(input: {
  /** `keyVault: the name of Microsoft.KeyVault/vaults (vault)` */
  subject: string;
  rule: NameRule;
  built: BuiltName;
  ctx: NameContext;
  where: NameSources;
  item?: string;
  locations?: Record<string, SourceLocation>;
}): Diagnostic {
  const { rule, built } = input;
  const inputs = nameInputs(rule.pattern, input.ctx, input.where, input.item);
  const salt = rule.pattern.includes('{salt}') ? [`a ${input.ctx.salt.length}-character salt`] : [];
  const parts = [...inputs.map((i) => `${i.label} (${i.text.length})`), ...salt];
  const made = parts.length > 0 ? `; it is made of ${listWords(parts)}` : '';
  const target = [...inputs].sort((a, b) => POINT_AT.indexOf(a.token) - POINT_AT.indexOf(b.token))[0];
  const location = target?.path ? input.locations?.[target.path] : undefined;
  return {
    severity: 'error',
    code: 'names.invalid',
    message: `${input.subject} cannot be used: ${built.problem}${made}`,
    ...(location ? { location } : {}),
    hint: nameHint(rule, built, inputs),
  };
}

function nameHint(rule: NameRule, built: BuiltName, inputs: NameInput[]): string {
  const resizable = inputs.filter((i) => i.resizable);
  if (resizable.length === 0)
    return 'no input of aifactory.yaml is in this name: the catalog rule for this type needs a fix';
  if (built.code === 'names.too-long') {
    const over = built.name.length - rule.maxLength;
    const ways = [...resizable]
      .sort((a, b) => POINT_AT.indexOf(a.token) - POINT_AT.indexOf(b.token))
      .map((i) => ({ i, fits: i.text.length - over }))
      .filter(({ i, fits }) => fits >= (SHORTEST[i.token] ?? 1))
      .map(
        ({ i, fits }) =>
          `${shorter(i)}${i.token === 'loc' ? '' : ' of'} at most ${fits} character${fits === 1 ? '' : 's'}`,
      );
    if (ways.length > 0) return `use ${listWords(ways, 'or')}`;
    return `shorten ${listWords(resizable.map((i) => i.label))}: the name is ${over} character${over === 1 ? '' : 's'} over the limit`;
  }
  return `change ${listWords(
    resizable.map((i) => i.label),
    'or',
  )}`;
}

/** The shortest value an input can have (a prefix has 2 characters, region codes at least 2). */
const SHORTEST: Record<string, number> = { prefix: 2, loc: 2 };

function shorter(i: NameInput): string {
  switch (i.token) {
    case 'env':
      return 'an environment name';
    case 'prefix':
      return 'a project.prefix';
    case 'location':
      return 'a location name';
    case 'loc':
      return 'a location whose short code has';
    default:
      return i.label.replace(/ '.*$/, '');
  }
}

function listWords(items: string[], last = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
