// IPv4 CIDR arithmetic for address spaces and subnets. Addresses are unsigned 32-bit numbers.

export interface Cidr {
  /** Network address (host bits zero). */
  base: number;
  prefix: number;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; undefined when malformed or when host bits are set (Azure rejects those). */
export function parseCidr(text: string): Cidr | undefined {
  const m = CIDR_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  if ((address & hostMask(prefix)) !== 0) return undefined;
  return { base: address, prefix };
}

export function hostMask(prefix: number): number {
  return prefix === 0 ? 0xffffffff : (2 ** (32 - prefix) - 1) >>> 0;
}

export function size(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** Last address in the range, inclusive. */
export function last(c: Cidr): number {
  return c.base + size(c) - 1;
}

export function formatCidr(c: Cidr): string {
  const a = c.base;
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}/${c.prefix}`;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= last(b) && b.base <= last(a);
}

export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && last(inner) <= last(outer);
}

/** True for 10.0.0.0/8 (class A private range), which Foundry agent subnet injection does not support. */
export function isClassAPrivate(c: Cidr): boolean {
  return c.base >>> 24 === 10;
}
