// Placeholders in catalog bodies (`{{name:keyVault.vault}}`, `{{subnetId:genai}}`, …), resolved to concrete
// values so the executor deploys fully concrete templates. The late placeholders (`{{principalId:…}}`,
// `{{live:…}}`, see late-values.ts) are left as they are: their values exist only after apply.

export interface Resolution {
  value?: unknown;
  /** A resource id the value refers to: the resource then depends on it. */
  dependsOn?: string;
  /** Leave the token untouched in the output. */
  keep?: boolean;
  error?: string;
}

export type Resolver = (kind: string, arg: string | undefined) => Resolution;

const TOKEN = /\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}$/;

export interface ResolvedBody {
  body: Record<string, unknown>;
  dependsOn: string[];
  errors: string[];
}

export function resolvePlaceholders(body: Record<string, unknown>, resolve: Resolver): ResolvedBody {
  const dependsOn = new Set<string>();
  const errors: string[] = [];

  const apply = (token: string, kind: string, arg: string | undefined): Resolution => {
    const r = resolve(kind, arg?.trim() || undefined);
    if (r.error) errors.push(`${token}: ${r.error}`);
    if (r.dependsOn) dependsOn.add(r.dependsOn);
    return r;
  };

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = WHOLE.exec(value);
      if (whole) {
        const r = apply(value, whole[1], whole[2]);
        // A whole-string placeholder keeps the value's JSON type (a number stays a number).
        return r.keep || r.error ? value : r.value;
      }
      if (!value.includes('{{')) return value;
      return value.replace(TOKEN, (token, kind: string, arg: string | undefined) => {
        const r = apply(token, kind, arg);
        if (r.keep || r.error) return token;
        if (r.value !== null && typeof r.value === 'object') {
          errors.push(`${token}: is an object and cannot be part of a longer string`);
          return token;
        }
        return String(r.value);
      });
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      // Keys too: ARM keys user-assigned identities by their resource id (`{ "{{identityId}}": {} }`).
      for (const [k, v] of Object.entries(value)) {
        const key = k.includes('{{') ? walk(k) : k;
        out[typeof key === 'string' ? key : k] = walk(v);
      }
      return out;
    }
    return value;
  };

  return { body: walk(body) as Record<string, unknown>, dependsOn: [...dependsOn], errors };
}

/** Reads a dot path (`a.b.0.c`) from a value; undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
