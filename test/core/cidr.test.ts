import { contains, formatCidr, isClassAPrivate, overlaps, parseCidr, size } from '../../src/core/cidr.js';

describe('CIDR arithmetic', () => {
  test('parses and formats a round trip', () => {
    const c = parseCidr('172.16.4.0/22');
    expect(c).toBeDefined();
    expect(formatCidr(c!)).toBe('172.16.4.0/22');
    expect(size(c!)).toBe(1024);
  });

  test.each(['10.0.0.0', '10.0.0.0/33', '256.0.0.0/8', '10.0.0.1/24', 'ten/8', ''])('rejects %p', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });

  test('overlap and containment', () => {
    const space = parseCidr('10.10.0.0/16')!;
    const a = parseCidr('10.10.0.0/25')!;
    const b = parseCidr('10.10.0.128/25')!;
    const c = parseCidr('10.10.0.0/24')!;
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(a, c)).toBe(true);
    expect(contains(space, c)).toBe(true);
    expect(contains(a, c)).toBe(false);
    expect(isClassAPrivate(space)).toBe(true);
    expect(isClassAPrivate(parseCidr('172.16.0.0/12')!)).toBe(false);
  });

  test('the whole IPv4 space', () => {
    const all = parseCidr('0.0.0.0/0')!;
    expect(size(all)).toBe(2 ** 32);
    expect(contains(all, parseCidr('255.255.255.255/32')!)).toBe(true);
  });
});
