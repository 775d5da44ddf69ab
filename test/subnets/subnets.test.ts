import fc from 'fast-check';
import { last, parseCidr, size, type Cidr } from '../../src/core/cidr.js';
import { allocateSubnets, freeSpace, lowestFree, type SubnetRequest } from '../../src/core/subnets.js';
import type { ObservedSubnet, SubnetAllocation } from '../../src/core/types.js';

const req = (
  name: string,
  prefixLength: number,
  services: string[] = [name],
  delegation?: string,
): SubnetRequest =>
  delegation ? { name, prefixLength, services, delegation } : { name, prefixLength, services };
const ours = (name: string, addressPrefix: string): ObservedSubnet => ({
  name,
  addressPrefix,
  foreign: false,
});
const foreign = (name: string, addressPrefix: string): ObservedSubnet => ({
  name,
  addressPrefix,
  foreign: true,
});
const prefixes = (subnets: SubnetAllocation[]) => Object.fromEntries(subnets.map((s) => [s.name, s.prefix]));

describe('allocateSubnets', () => {
  it('places today’s AI Factory subnets largest first, aligned, from the bottom of the space', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.10.0.0/16',
      [
        req('genai', 25, ['aiFoundry', 'aiSearch']),
        req('aks', 26, ['aks']),
        req('aca', 23, ['containerApps'], 'Microsoft.App/environments'),
        req('webapp', 27, ['webApp'], 'Microsoft.Web/serverFarms'),
      ],
      [],
    );
    expect(diagnostics).toEqual([]);
    expect(subnets).toEqual([
      {
        name: 'aca',
        prefix: '10.10.0.0/23',
        origin: 'new',
        services: ['containerApps'],
        delegation: 'Microsoft.App/environments',
      },
      { name: 'genai', prefix: '10.10.2.0/25', origin: 'new', services: ['aiFoundry', 'aiSearch'] },
      { name: 'aks', prefix: '10.10.2.128/26', origin: 'new', services: ['aks'] },
      {
        name: 'webapp',
        prefix: '10.10.2.192/27',
        origin: 'new',
        services: ['webApp'],
        delegation: 'Microsoft.Web/serverFarms',
      },
    ]);
  });

  it('does not depend on the order of the requests', () => {
    const a = allocateSubnets('10.0.0.0/20', [req('x', 26), req('y', 26), req('z', 24)], []);
    const b = allocateSubnets('10.0.0.0/20', [req('z', 24), req('y', 26), req('x', 26)], []);
    expect(a).toEqual(b);
    expect(prefixes(a.subnets)).toEqual({ z: '10.0.0.0/24', x: '10.0.1.0/26', y: '10.0.1.64/26' });
  });

  it('keeps an existing subnet where it is and places new ones around it', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/22',
      [req('genai', 25), req('aks', 24)],
      [ours('genai', '10.0.1.0/25')],
    );
    expect(diagnostics).toEqual([]);
    expect(subnets).toEqual([
      { name: 'aks', prefix: '10.0.0.0/24', origin: 'new', services: ['aks'] },
      { name: 'genai', prefix: '10.0.1.0/25', origin: 'existing', services: ['genai'] },
    ]);
  });

  it('keeps an existing subnet’s size when the request changed, with a warning', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/22',
      [req('genai', 24, ['aiFoundry'])],
      [ours('genai', '10.0.0.0/25')],
    );
    expect(prefixes(subnets)).toEqual({ genai: '10.0.0.0/25' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', code: 'subnets.size-changed' });
    expect(diagnostics[0].message).toContain('stays 10.0.0.0/25');
    expect(diagnostics[0].message).toContain('/24 is now asked for');
    expect(diagnostics[0].hint).toContain('switch off aiFoundry');
  });

  it('keeps an existing subnet outside the address space, with a warning', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [req('genai', 25)],
      [ours('genai', '10.9.0.0/25')],
    );
    expect(prefixes(subnets)).toEqual({ genai: '10.9.0.0/25' });
    expect(diagnostics.map((d) => d.code)).toEqual(['subnets.outside-space']);
  });

  it('avoids foreign subnets and subnets of ours that are no longer requested', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [req('genai', 26)],
      [foreign('platform', '10.0.0.0/26'), ours('old', '10.0.0.64/26')],
    );
    expect(diagnostics).toEqual([]);
    expect(subnets).toEqual([{ name: 'genai', prefix: '10.0.0.128/26', origin: 'new', services: ['genai'] }]);
  });

  it('reuses a freed gap', () => {
    const first = allocateSubnets('10.0.0.0/24', [req('a', 26), req('b', 26), req('c', 26)], []);
    expect(prefixes(first.subnets)).toEqual({ a: '10.0.0.0/26', b: '10.0.0.64/26', c: '10.0.0.128/26' });
    // b was deleted; d, of the same size, gets its range back instead of going after c.
    const second = allocateSubnets(
      '10.0.0.0/24',
      [req('a', 26), req('c', 26), req('d', 26)],
      [ours('a', '10.0.0.0/26'), ours('c', '10.0.0.128/26')],
    );
    expect(prefixes(second.subnets)).toEqual({ a: '10.0.0.0/26', d: '10.0.0.64/26', c: '10.0.0.128/26' });
  });

  it('fills a smaller gap with smaller subnets and puts a larger one where it is aligned', () => {
    const { subnets } = allocateSubnets(
      '10.0.0.0/24',
      [req('big', 25), req('small', 27)],
      [foreign('f', '10.0.0.32/27')],
    );
    expect(prefixes(subnets)).toEqual({ big: '10.0.0.128/25', small: '10.0.0.0/27' });
  });

  it('merges requests with the same name: services joined, the larger size, one delegation', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [
        req('genai', 26, ['aiFoundry']),
        req('genai', 25, ['aiSearch', 'aiFoundry']),
        req('genai', 26, ['storage'], 'Microsoft.App/environments'),
      ],
      [],
    );
    expect(subnets).toEqual([
      {
        name: 'genai',
        prefix: '10.0.0.0/25',
        origin: 'new',
        services: ['aiFoundry', 'aiSearch', 'storage'],
        delegation: 'Microsoft.App/environments',
      },
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['subnets.size-conflict', 'subnets.size-conflict']);
    expect(diagnostics[0].message).toContain('the larger, /25, is used');
  });

  it('reports two delegations for one subnet as an error', () => {
    const { diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [
        req('x', 27, ['containerApps'], 'Microsoft.App/environments'),
        req('x', 27, ['webApp'], 'Microsoft.Web/serverFarms'),
      ],
      [],
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'subnets.delegation-conflict' });
    expect(diagnostics[0].message).toContain('Microsoft.App/environments for containerApps');
    expect(diagnostics[0].message).toContain('Microsoft.Web/serverFarms for webApp');
  });

  it('says how much is needed and how much is free when the range is full', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [
        req('genai', 25, ['aiFoundry']),
        req('aca', 23, ['containerApps']),
        req('aks', 26, ['aks']),
        req('w', 28, ['webApp']),
      ],
      [foreign('platform', '10.0.0.192/27')],
    );
    expect(prefixes(subnets)).toEqual({ genai: '10.0.0.0/25', aks: '10.0.0.128/26', w: '10.0.0.224/28' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'subnets.full' });
    expect(diagnostics[0].message).toBe(
      'The address space 10.0.0.0/24 has no room for subnet aca (/23, 512 addresses): the enabled services need ' +
        '720 addresses in all (512 of them still to place), 16 of 256 are free; the largest free aligned block is ' +
        '10.0.0.240/28 (16 addresses).',
    );
    // Without a word on what can be switched off, only the address space is suggested: the smallest that holds
    // every subnet, the platform's where it is.
    expect(diagnostics[0].hint).toBe(
      'Give the environment a larger addressSpace, e.g. 10.0.0.0/22 (1024 addresses; existing subnets keep their place).',
    );
    expect(diagnostics[0].location).toBeUndefined();
  });

  it('lists every subnet that does not fit, and says when nothing is free', () => {
    const result = allocateSubnets('10.0.0.0/26', [req('a', 26), req('b', 27), req('c', 28)], []);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].message).toContain(
      'subnets b (/27, 32 addresses), c (/28, 16 addresses): the enabled services need 112 addresses in all (48 of them still to place), 0 of 64 are free.',
    );
    expect(result.unplaced).toEqual(['b', 'c']);
  });

  describe('a full range: one error at the address space, suggesting only what the user can do', () => {
    const at = { file: 'aifactory.yaml', line: 14, column: 5 };
    const flags: Record<string, string[]> = {
      aiFoundry: [], // baseline: cannot be switched off
      containerApps: ['containerApps'],
      aks: ['aks'],
      cosmosDb: ['foundryCapabilityHost'], // implied
    };
    const context = {
      path: 'environments.dev.addressSpace',
      location: at,
      switchOff: (s: string) => flags[s],
    };

    it('names the key and its location, and an add-on whose subnet alone makes room', () => {
      const { diagnostics } = allocateSubnets(
        '172.16.0.0/23',
        [req('genai', 25, ['aiFoundry']), req('aca2', 24, ['aiFoundry']), req('aca', 24, ['containerApps'])],
        [],
        context,
      );
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0].location).toEqual(at);
      expect(diagnostics[0].message).toMatch(
        /^environments\.dev\.addressSpace 172\.16\.0\.0\/23 has no room for subnet genai /,
      );
      expect(diagnostics[0].hint).toBe(
        'Give the environment a larger addressSpace, e.g. 172.16.0.0/22 (1024 addresses; existing subnets keep their place), or switch off containerApps (subnet aca).',
      );
    });

    it('never offers a baseline service, even when its subnet is the one that does not fit', () => {
      const { diagnostics } = allocateSubnets(
        '172.16.0.0/24',
        [req('genai', 25, ['aiFoundry']), req('aca2', 23, ['aiFoundry'])],
        [],
        context,
      );
      expect(diagnostics[0].hint).not.toMatch(/switch off/);
      expect(diagnostics[0].hint).toContain('e.g. 172.16.0.0/22');
    });

    it('offers each add-on that alone makes room, or all of them together when none alone does', () => {
      const alternatives = allocateSubnets(
        '172.16.0.0/24',
        [req('genai', 25, ['aiFoundry']), req('aks', 25, ['aks']), req('aca', 25, ['containerApps'])],
        [],
        context,
      );
      expect(alternatives.diagnostics[0].hint).toContain(
        'or switch off aks (subnet aks) or containerApps (subnet aca).',
      );
      const together = allocateSubnets(
        '172.16.0.0/24',
        [
          req('genai', 25, ['aiFoundry']),
          req('aks', 25, ['aks']),
          req('aca', 25, ['containerApps']),
          req('db', 25, ['cosmosDb']),
        ],
        [],
        context,
      );
      expect(together.diagnostics[0].hint).toContain(
        'or switch off aks, containerApps, foundryCapabilityHost.',
      );
    });

    it('a subnet shared with a baseline service is not freed by switching off the add-on', () => {
      const { diagnostics } = allocateSubnets(
        '172.16.0.0/25',
        [req('genai', 25, ['aiFoundry', 'containerApps']), req('aca', 26, ['containerApps'])],
        [],
        context,
      );
      expect(diagnostics[0].hint).toContain('or switch off containerApps (subnet aca).');
      const shared = allocateSubnets(
        '172.16.0.0/25',
        [req('genai', 24, ['aiFoundry', 'containerApps'])],
        [],
        context,
      );
      expect(shared.diagnostics[0].hint).not.toMatch(/switch off/);
    });
  });

  it.each([['10.0.0.0/33'], ['10.0.0/16'], ['banana'], ['256.0.0.0/8'], ['']])(
    'rejects the address space %p',
    (space) => {
      const { subnets, diagnostics } = allocateSubnets(space, [req('a', 26)], []);
      expect(subnets).toEqual([]);
      expect(diagnostics).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'subnets.address-space',
          hint: 'Write an IPv4 range such as 10.10.0.0/16.',
        }),
      ]);
    },
  );

  it('suggests the network address when host bits are set', () => {
    const { diagnostics } = allocateSubnets('10.10.1.0/16', [], []);
    expect(diagnostics[0].code).toBe('subnets.address-space');
    expect(diagnostics[0].hint).toContain('did you mean 10.10.0.0/16?');
  });

  it.each([30, 32, -1, 24.5])('rejects a request for /%p', (prefixLength) => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [req('a', prefixLength), req('b', 26)],
      [],
    );
    expect(prefixes(subnets)).toEqual({ b: '10.0.0.0/26' });
    expect(diagnostics.map((d) => d.code)).toEqual(['subnets.invalid-size']);
  });

  it('reports a request larger than the whole space as not fitting', () => {
    const { diagnostics } = allocateSubnets('10.0.0.0/24', [req('huge', 16)], []);
    expect(diagnostics[0].code).toBe('subnets.full');
  });

  it('refuses to take over a foreign subnet with a requested name', () => {
    const { subnets, diagnostics } = allocateSubnets(
      '10.0.0.0/24',
      [req('genai', 26, ['aiFoundry'])],
      [foreign('genai', '10.0.0.0/26')],
    );
    expect(subnets).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'subnets.name-taken' })]);
    expect(diagnostics[0].message).toContain('needed by aiFoundry');
  });

  it('reports an existing subnet it cannot read', () => {
    const { diagnostics } = allocateSubnets('10.0.0.0/24', [req('a', 26)], [foreign('v6', 'fd00::/64')]);
    expect(diagnostics.map((d) => d.code)).toEqual(['subnets.existing-invalid']);
    expect(diagnostics[0].message).toContain('fd00::/64');
  });

  it('returns nothing for no requests', () => {
    expect(allocateSubnets('10.0.0.0/16', [], [ours('old', '10.0.0.0/24')])).toEqual({
      subnets: [],
      diagnostics: [],
      unplaced: [],
    });
  });
});

describe('freeSpace and lowestFree', () => {
  const space = parseCidr('10.0.0.0/24')!;
  it('counts free addresses and finds the largest aligned block', () => {
    const taken = [parseCidr('10.0.0.0/26')!, parseCidr('10.0.0.96/27')!];
    const free = freeSpace(space, taken);
    expect(free.addresses).toBe(256 - 64 - 32);
    expect(free.largest).toEqual(parseCidr('10.0.0.128/25'));
  });
  it('clips ranges that reach outside the space and handles a full space', () => {
    expect(freeSpace(space, [parseCidr('10.0.0.0/16')!])).toEqual({ addresses: 0, largest: undefined });
    expect(freeSpace(space, [])).toEqual({ addresses: 256, largest: space });
  });
  it('finds an unaligned gap’s aligned part', () => {
    // free: .1-.255 → largest aligned block is .128/25
    expect(freeSpace(space, [parseCidr('10.0.0.0/32')!]).largest).toEqual(parseCidr('10.0.0.128/25'));
    expect(lowestFree(space, 26, [parseCidr('10.0.0.0/32')!])).toEqual(parseCidr('10.0.0.64/26'));
  });
});

// ───────────── properties: random add/remove sequences ─────────────

const SPACES = ['10.10.0.0/16', '192.168.0.0/22', '172.16.4.0/23', '10.0.0.0/24'];
const CATALOG: SubnetRequest[] = [
  req('genai', 25),
  req('aks', 26),
  req('aks2', 24),
  req('aca', 23, ['containerApps'], 'Microsoft.App/environments'),
  req('aca2', 23, ['containerApps2'], 'Microsoft.App/environments'),
  req('webapp', 27, ['webApp'], 'Microsoft.Web/serverFarms'),
  req('dbxpub', 26),
  req('dbxpriv', 26),
  req('vm', 28),
  req('bastion', 26),
];

const scenario = fc.record({
  space: fc.constantFrom(...SPACES),
  /** Foreign subnets: index of an aligned slot of the given size. */
  foreign: fc.array(fc.record({ prefix: fc.integer({ min: 24, max: 28 }), slot: fc.nat() }), {
    maxLength: 3,
  }),
  /** Each step: which catalog subnets are requested. */
  steps: fc.array(fc.array(fc.boolean(), { minLength: CATALOG.length, maxLength: CATALOG.length }), {
    minLength: 1,
    maxLength: 8,
  }),
});

function foreignSubnets(space: Cidr, specs: { prefix: number; slot: number }[]): ObservedSubnet[] {
  const out: ObservedSubnet[] = [];
  const placed: Cidr[] = [];
  specs.forEach((f, i) => {
    if (f.prefix < space.prefix) return;
    const slots = size(space) / 2 ** (32 - f.prefix);
    const cidr = { base: space.base + (f.slot % slots) * 2 ** (32 - f.prefix), prefix: f.prefix };
    if (placed.some((p) => p.base <= last(cidr) && cidr.base <= last(p))) return;
    placed.push(cidr);
    out.push(foreign(`platform${i}`, `${cidrText(cidr)}`));
  });
  return out;
}

function cidrText(c: Cidr): string {
  const a = c.base;
  return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}/${c.prefix}`;
}

describe('allocateSubnets properties', () => {
  it('random add/remove sequences: inside, aligned, never overlapping, never moving, deterministic', () => {
    fc.assert(
      fc.property(scenario, ({ space: spaceText, foreign: foreignSpecs, steps }) => {
        const space = parseCidr(spaceText)!;
        const platform = foreignSubnets(space, foreignSpecs);
        let ours: SubnetAllocation[] = [];
        for (const step of steps) {
          const requests = CATALOG.filter((_, i) => step[i]);
          const existing = [
            ...platform,
            ...ours.map((s) => ({ name: s.name, addressPrefix: s.prefix, foreign: false })),
          ];
          const result = allocateSubnets(spaceText, requests, existing);
          expect(allocateSubnets(spaceText, [...requests].reverse(), [...existing].reverse())).toEqual(
            result,
          );

          const cidrs = result.subnets.map((s) => parseCidr(s.prefix)!);
          const all = [...cidrs, ...platform.map((p) => parseCidr(p.addressPrefix)!)];
          for (let i = 0; i < all.length; i++)
            for (let j = i + 1; j < all.length; j++)
              expect(all[i].base > last(all[j]) || all[j].base > last(all[i])).toBe(true);
          for (const [i, s] of result.subnets.entries()) {
            const c = cidrs[i];
            expect(c.base).toBeGreaterThanOrEqual(space.base);
            expect(last(c)).toBeLessThanOrEqual(last(space));
            expect(c.base % size(c)).toBe(0);
            const before = ours.find((o) => o.name === s.name);
            if (before) {
              expect(s.prefix).toBe(before.prefix);
              expect(s.origin).toBe('existing');
            } else {
              expect(s.origin).toBe('new');
              expect(c.prefix).toBe(CATALOG.find((r) => r.name === s.name)!.prefixLength);
            }
          }
          // Every request is either placed or named in the one `subnets.full` error.
          const placedNames = new Set(result.subnets.map((s) => s.name));
          const missing = requests.filter((r) => !placedNames.has(r.name));
          const full = result.diagnostics.filter((d) => d.code === 'subnets.full');
          expect(full).toHaveLength(missing.length > 0 ? 1 : 0);
          for (const r of missing) expect(full[0].message).toContain(`${r.name} (/${r.prefixLength}`);
          expect([...result.unplaced].sort()).toEqual(missing.map((r) => r.name).sort());
          expect(result.diagnostics.filter((d) => d.code !== 'subnets.full')).toEqual([]);
          // Subnets not requested any more are deleted by the planner before the next step.
          ours = result.subnets;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every new subnet sits at the lowest aligned free address (so freed gaps are reused)', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ space: spaceText, foreign: foreignSpecs, steps }, pick) => {
        const space = parseCidr(spaceText)!;
        const platform = foreignSubnets(space, foreignSpecs);
        // Allocate everything of the first step, then delete one subnet and ask for a fresh one of its size.
        const first = allocateSubnets(
          spaceText,
          CATALOG.filter((_, i) => steps[0][i]),
          platform,
        );
        fc.pre(first.subnets.length > 0);
        const removed = first.subnets[pick % first.subnets.length];
        const kept = first.subnets.filter((s) => s !== removed);
        const existing = [
          ...platform,
          ...kept.map((s) => ({ name: s.name, addressPrefix: s.prefix, foreign: false })),
        ];
        const removedCidr = parseCidr(removed.prefix)!;
        const again = allocateSubnets(
          spaceText,
          [...kept.map((s) => req(s.name, parseCidr(s.prefix)!.prefix)), req('fresh', removedCidr.prefix)],
          existing,
        );
        const fresh = again.subnets.find((s) => s.name === 'fresh');
        expect(fresh).toBeDefined();
        const freshCidr = parseCidr(fresh!.prefix)!;
        // Brute force: the first aligned block of that size overlapping nothing.
        const takenRanges = existing.map((e) => parseCidr(e.addressPrefix)!);
        const blockSize = size(freshCidr);
        let expected: number | undefined;
        for (let base = space.base; base + blockSize - 1 <= last(space); base += blockSize) {
          if (takenRanges.every((t) => base > last(t) || t.base > base + blockSize - 1)) {
            expected = base;
            break;
          }
        }
        expect(freshCidr.base).toBe(expected);
        expect(freshCidr.base).toBeLessThanOrEqual(removedCidr.base);
      }),
      { numRuns: 300 },
    );
  });
});
