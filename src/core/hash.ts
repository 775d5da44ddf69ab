// Stable hashing: the same value always gives the same text and hash, on every host and Node version, so two
// machines planning the same input write byte-identical plans.
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level and `undefined` members dropped. Arrays keep their order:
 * order in a list is meaning (a cleanup sequence, a list of address prefixes).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sortKeys(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash written as the `aifactory-hash` tag: 16 hex characters (64 bits) of the canonical JSON's sha256. */
export function shortHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}

/**
 * A GUID-shaped value derived from the parts (role assignment names must be GUIDs and must not change between
 * runs, or every plan would recreate them). Version 5 and RFC 4122 variant bits are set so it parses as a
 * well-formed UUID everywhere.
 */
export function deterministicGuid(...parts: string[]): string {
  const hex = sha256Hex(parts.map((p) => `${p.length}:${p}`).join(';'));
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}
