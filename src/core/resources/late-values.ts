// Values known only after apply: the principal id of a managed identity (`{{principalId:svc}}`,
// `{{principalId:svc.key}}`) and any property of another live resource (`{{live:svc.key:path}}`, e.g. the
// project identity's client id or the version of the customer-managed key). They stay placeholders in the
// desired state — its hash is computed over the placeholder, so a plan is stable — and the executor fills them
// in from the live resource right before it deploys (like Terraform's "known after apply").
//
// Grammar: `{{live:<service>[.<resource key>]:<dot path>[|<transform>]}}`; the transforms are data below.

/** Cuts a live value before use: a key's version is the last segment of its versioned URI. */
export const LATE_TRANSFORMS: Record<string, (value: string) => string> = {
  lastSegment: (value) => value.replace(/\/+$/, '').split('/').pop() ?? value,
};

export interface LateRef {
  /** Canonical text without braces, e.g. `live:managedIdentity.identity:properties.clientId`: the cache key. */
  key: string;
  kind: 'principalId' | 'live';
  /** `svc` (the service's first resource, or for principalId its identity) or `svc.key`. */
  ref: string;
  /** `live`: dot path into the resource as ARM returns it (`properties.clientId`). */
  path?: string;
  /** `live`: the name of a `LATE_TRANSFORMS` entry applied to the value. */
  transform?: string;
}

const LATE_TOKEN = /\{\{\s*(principalId|live):([^}]*?)\s*\}\}/g;
const WHOLE_LATE_TOKEN = /^\{\{\s*(principalId|live):([^}]*?)\s*\}\}$/;
const REF = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/;
const PATH = /^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*$/;

/** Reads the argument of a late placeholder; an error says what is wrong with it. */
export function parseLateRef(kind: string, arg: string | undefined): LateRef | { error: string } {
  const text = (arg ?? '').trim();
  if (kind === 'principalId') {
    if (!REF.test(text))
      return { error: 'needs a service or resource, e.g. {{principalId:aiFoundry.project}}' };
    return { key: `principalId:${text}`, kind: 'principalId', ref: text };
  }
  if (kind !== 'live') return { error: `'${kind}' is no late placeholder` };
  const example = 'e.g. {{live:managedIdentity.identity:properties.clientId}}';
  const first = text.indexOf(':');
  if (first < 0) return { error: `needs a resource and a property path, ${example}` };
  const ref = text.slice(0, first).trim();
  const [rawPath, transform, ...extra] = text
    .slice(first + 1)
    .split('|')
    .map((s) => s.trim());
  if (!REF.test(ref)) return { error: `'${ref}' names no resource (svc or svc.key), ${example}` };
  if (!PATH.test(rawPath ?? '')) return { error: `'${rawPath ?? ''}' is no property path, ${example}` };
  if (extra.length > 0 || (transform !== undefined && !(transform in LATE_TRANSFORMS)))
    return {
      error: `unknown transform '${[transform, ...extra].join('|')}'; known: ${Object.keys(LATE_TRANSFORMS).join(', ')}`,
    };
  return {
    key: `live:${ref}:${rawPath}${transform ? `|${transform}` : ''}`,
    kind: 'live',
    ref,
    path: rawPath,
    ...(transform ? { transform } : {}),
  };
}

function refOf(kind: string, arg: string): LateRef | undefined {
  const parsed = parseLateRef(kind, arg);
  return 'error' in parsed ? undefined : parsed;
}

/** Whether a value holds a late placeholder anywhere (strings, keys, nested). */
export function hasLateValue(value: unknown): boolean {
  return lateRefs(value).length > 0;
}

/** The late placeholders in a value, each once, in the order they first appear (object keys too). */
export function lateRefs(value: unknown): LateRef[] {
  const found = new Map<string, LateRef>();
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      for (const m of v.matchAll(LATE_TOKEN)) {
        const ref = refOf(m[1], m[2]);
        if (ref && !found.has(ref.key)) found.set(ref.key, ref);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object')
      for (const [k, inner] of Object.entries(v)) {
        visit(k);
        visit(inner);
      }
  };
  visit(value);
  return [...found.values()];
}

/** Dot paths (arrays as `[i]`, like what-if) of the values that hold a late placeholder, with the placeholders. */
export function lateValuePaths(value: unknown, prefix = ''): { path: string; refs: LateRef[] }[] {
  if (typeof value === 'string') {
    const refs = lateRefs(value);
    return refs.length > 0 ? [{ path: prefix, refs }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => lateValuePaths(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => {
      const path = prefix ? `${prefix}.${k}` : k;
      const inKey = lateRefs(k);
      return [...(inKey.length > 0 ? [{ path, refs: inKey }] : []), ...lateValuePaths(v, path)];
    });
  return [];
}

/** Raised when a value for a placeholder was not given: the caller reads every one first. */
export class LateValueMissing extends Error {
  constructor(readonly ref: LateRef) {
    super(`no value for {{${ref.key}}}: it is known only after the resource it names exists`);
    this.name = 'LateValueMissing';
  }
}

/**
 * Replaces late placeholders with the values read from live resources (`values` by `LateRef.key`). A whole-string
 * placeholder takes the value's JSON type; inside a longer string the value is written as text.
 */
export function fillLateValues(value: unknown, values: Record<string, unknown>): unknown {
  const lookup = (kind: string, arg: string): unknown => {
    const ref = refOf(kind, arg);
    if (!ref) return undefined; // not ours to fill: left as written
    if (!(ref.key in values)) throw new LateValueMissing(ref);
    return values[ref.key];
  };
  const fillString = (text: string): unknown => {
    const whole = WHOLE_LATE_TOKEN.exec(text);
    if (whole) {
      const v = lookup(whole[1], whole[2]);
      return v === undefined ? text : v;
    }
    return text.replace(LATE_TOKEN, (token, kind: string, arg: string) => {
      const v = lookup(kind, arg);
      if (v === undefined) return token;
      if (v !== null && typeof v === 'object')
        throw new Error(`{{${kind}:${arg}}} is an object and cannot be part of a longer string`);
      return String(v);
    });
  };
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return fillString(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, inner]) => {
          const key = fillString(k);
          return [typeof key === 'string' ? key : String(key), walk(inner)];
        }),
      );
    return v;
  };
  return walk(value);
}

/** Applies a live reference's transform to the value read; an error when the value cannot take it. */
export function transformLateValue(ref: LateRef, value: unknown): unknown {
  if (!ref.transform) return value;
  if (typeof value !== 'string')
    throw new Error(
      `{{${ref.key}}}: ${ref.transform} needs text, but ${ref.path} is ${JSON.stringify(value)}`,
    );
  return LATE_TRANSFORMS[ref.transform](value);
}
