// Subnet allocation inside an environment's address space. Unlike today's pipelines (which append after the
// highest used address and never fill gaps) an existing subnet never moves, freed ranges are reused and a full
// range says exactly how much is missing.
import { formatCidr, contains, last, overlaps, parseCidr, size, type Cidr } from './cidr.js';
import type { Diagnostic, ObservedSubnet, SourceLocation, SubnetAllocation } from './types.js';

export interface SubnetRequest {
  name: string;
  prefixLength: number;
  delegation?: string;
  services: string[];
}

export interface SubnetResult {
  subnets: SubnetAllocation[];
  diagnostics: Diagnostic[];
  /** Requested subnets that found no room (named in the one `subnets.full` error). */
  unplaced: string[];
}

/** Where the address space is written and what a user can switch off, for the words of a full range. */
export interface SubnetContext {
  /** `environments.dev.addressSpace` */
  path?: string;
  location?: SourceLocation;
  /**
   * The flags whose switching off removes a service, e.g. `containerApps` for itself, the capability host for
   * what it implies; empty for one that cannot be switched off (a baseline service).
   */
  switchOff?: (service: string) => string[];
}

/** The smallest subnet Azure accepts is a /29 (Azure keeps 5 addresses of every subnet). */
export const SMALLEST_SUBNET_PREFIX = 29;

interface Placed {
  name: string;
  cidr: Cidr;
}

/**
 * Places every requested subnet. Existing subnets of ours (same name, not foreign) keep their prefix; every
 * existing range (ours, requested or not, and foreign ones) is taken; new subnets go largest first (ties by
 * name), each at the lowest free address aligned to its size. Subnets no longer requested are not returned:
 * the planner deletes them. The result is sorted by address.
 */
export function allocateSubnets(
  addressSpace: string,
  requests: SubnetRequest[],
  existing: ObservedSubnet[],
  context: SubnetContext = {},
): SubnetResult {
  const diagnostics: Diagnostic[] = [];
  const space = parseCidr(addressSpace);
  if (!space) {
    diagnostics.push(invalidSpace(addressSpace));
    return { subnets: [], diagnostics, unplaced: [] };
  }

  const merged = mergeRequests(requests, diagnostics);
  const taken: Placed[] = [];
  const existingByName = new Map<string, { subnet: ObservedSubnet; cidr: Cidr }>();
  for (const subnet of existing) {
    const cidr = parseCidr(subnet.addressPrefix);
    if (!cidr) {
      diagnostics.push({
        severity: 'error',
        code: 'subnets.existing-invalid',
        message: `The existing subnet ${subnet.name} has the address prefix "${subnet.addressPrefix}", which is not an IPv4 CIDR; new subnets cannot be placed around it.`,
        hint: 'Check the VNet in the Azure portal (IPv6-only or multi-prefix subnets are not supported) or the observed-state file.',
      });
      continue;
    }
    taken.push({ name: subnet.name, cidr });
    if (!existingByName.has(subnet.name)) existingByName.set(subnet.name, { subnet, cidr });
  }

  const subnets: SubnetAllocation[] = [];
  const toPlace: SubnetRequest[] = [];
  for (const request of merged) {
    if (!validSize(request, diagnostics)) continue;
    const found = existingByName.get(request.name);
    if (!found) {
      toPlace.push(request);
      continue;
    }
    if (found.subnet.foreign) {
      diagnostics.push({
        severity: 'error',
        code: 'subnets.name-taken',
        message: `The VNet already has a subnet named ${request.name} (${found.subnet.addressPrefix}) that aifactory-flags did not create; it is needed by ${listServices(request.services)}.`,
        hint: 'Rename or remove the other subnet, or use a VNet where this name is free. aifactory-flags never changes subnets it does not own.',
      });
      continue;
    }
    if (found.cidr.prefix !== request.prefixLength) {
      diagnostics.push({
        severity: 'warning',
        code: 'subnets.size-changed',
        message: `Subnet ${request.name} stays ${formatCidr(found.cidr)}: an existing subnet never moves or resizes, although /${request.prefixLength} is now asked for.`,
        hint: `To resize it, switch off ${listServices(request.services)} (the subnet is then deleted), apply, and switch them on again.`,
      });
    }
    if (!contains(space, found.cidr)) {
      diagnostics.push({
        severity: 'warning',
        code: 'subnets.outside-space',
        message: `Subnet ${request.name} (${formatCidr(found.cidr)}) lies outside the address space ${formatCidr(space)}; it is kept where it is.`,
        hint: 'Check addressSpace of this environment in aifactory.yaml: it should cover the VNet’s existing subnets.',
      });
    }
    subnets.push(allocation(request, found.cidr, 'existing'));
  }

  const largestFirst = [...toPlace].sort(
    (a, b) => a.prefixLength - b.prefixLength || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const missing: SubnetRequest[] = [];
  for (const request of largestFirst) {
    const cidr = lowestFree(
      space,
      request.prefixLength,
      taken.map((t) => t.cidr),
    );
    if (!cidr) {
      missing.push(request);
      continue;
    }
    taken.push({ name: request.name, cidr });
    subnets.push(allocation(request, cidr, 'new'));
  }
  if (missing.length > 0 && !quiet.has(context))
    diagnostics.push(fullDiagnostic({ space, missing, taken, merged, existing, context }));

  subnets.sort((a, b) => parseCidr(a.prefix)!.base - parseCidr(b.prefix)!.base);
  return { subnets, diagnostics, unplaced: missing.map((r) => r.name) };
}

/** The lowest block of `prefixLength` inside `space`, aligned to its size, that overlaps nothing taken. */
export function lowestFree(space: Cidr, prefixLength: number, taken: Cidr[]): Cidr | undefined {
  if (prefixLength < space.prefix || prefixLength > 32) return undefined;
  const blockSize = 2 ** (32 - prefixLength);
  const end = last(space);
  let base = space.base;
  while (base + blockSize - 1 <= end) {
    const candidate = { base, prefix: prefixLength };
    let blockedUntil = -1;
    for (const range of taken)
      if (overlaps(candidate, range)) blockedUntil = Math.max(blockedUntil, last(range));
    if (blockedUntil < 0) return candidate;
    base = Math.ceil((blockedUntil + 1) / blockSize) * blockSize;
  }
  return undefined;
}

/** Free addresses of `space` and its largest free aligned block, given what is taken. */
export function freeSpace(space: Cidr, taken: Cidr[]): { addresses: number; largest?: Cidr } {
  const inside = taken
    .filter((t) => overlaps(space, t))
    .map((t) => ({ start: Math.max(t.base, space.base), end: Math.min(last(t), last(space)) }))
    .sort((a, b) => a.start - b.start);
  const gaps: { start: number; end: number }[] = [];
  let cursor = space.base;
  for (const r of inside) {
    if (r.start > cursor) gaps.push({ start: cursor, end: r.start - 1 });
    cursor = Math.max(cursor, r.end + 1);
  }
  if (cursor <= last(space)) gaps.push({ start: cursor, end: last(space) });
  let largest: Cidr | undefined;
  for (const gap of gaps) {
    const block = largestAlignedBlock(gap.start, gap.end);
    if (!largest || block.prefix < largest.prefix) largest = block;
  }
  return { addresses: gaps.reduce((sum, g) => sum + (g.end - g.start + 1), 0), largest };
}

function largestAlignedBlock(start: number, end: number): Cidr {
  let best: Cidr = { base: start, prefix: 32 };
  for (let prefix = 31; prefix >= 0; prefix--) {
    const blockSize = 2 ** (32 - prefix);
    const base = Math.ceil(start / blockSize) * blockSize;
    if (base + blockSize - 1 > end) break;
    best = { base, prefix };
  }
  return best;
}

function mergeRequests(requests: SubnetRequest[], diagnostics: Diagnostic[]): SubnetRequest[] {
  const byName = new Map<string, SubnetRequest>();
  for (const request of requests) {
    const seen = byName.get(request.name);
    if (!seen) {
      byName.set(request.name, { ...request, services: [...new Set(request.services)] });
      continue;
    }
    if (seen.prefixLength !== request.prefixLength) {
      const larger = Math.min(seen.prefixLength, request.prefixLength);
      diagnostics.push({
        severity: 'warning',
        code: 'subnets.size-conflict',
        message: `Subnet ${request.name} is asked for as /${seen.prefixLength} (${listServices(seen.services)}) and as /${request.prefixLength} (${listServices(request.services)}); the larger, /${larger}, is used.`,
      });
      seen.prefixLength = larger;
    }
    if (request.delegation !== undefined && seen.delegation === undefined) {
      seen.delegation = request.delegation;
    } else if (request.delegation !== undefined && request.delegation !== seen.delegation) {
      diagnostics.push({
        severity: 'error',
        code: 'subnets.delegation-conflict',
        message: `Subnet ${request.name} is delegated to ${seen.delegation} for ${listServices(seen.services)} but to ${request.delegation} for ${listServices(request.services)}; a subnet has one delegation.`,
        hint: 'Switch off one of these services in this environment.',
      });
    }
    for (const service of request.services) if (!seen.services.includes(service)) seen.services.push(service);
  }
  return [...byName.values()];
}

function validSize(request: SubnetRequest, diagnostics: Diagnostic[]): boolean {
  const p = request.prefixLength;
  if (Number.isInteger(p) && p >= 0 && p <= SMALLEST_SUBNET_PREFIX) return true;
  diagnostics.push({
    severity: 'error',
    code: 'subnets.invalid-size',
    message: `Subnet ${request.name} asks for /${p}, which Azure cannot create: the prefix length must be a whole number up to /${SMALLEST_SUBNET_PREFIX}.`,
  });
  return false;
}

function allocation(request: SubnetRequest, cidr: Cidr, origin: 'existing' | 'new'): SubnetAllocation {
  const result: SubnetAllocation = {
    name: request.name,
    prefix: formatCidr(cidr),
    origin,
    services: [...request.services],
  };
  if (request.delegation !== undefined) result.delegation = request.delegation;
  return result;
}

interface Full {
  space: Cidr;
  missing: SubnetRequest[];
  taken: Placed[];
  /** Every request, placed or not. */
  merged: SubnetRequest[];
  existing: ObservedSubnet[];
  context: SubnetContext;
}

/**
 * One error for a full range, at the address space: what does not fit, how much all the subnets need against
 * the space, how much is free, the smallest address space that holds them all (existing subnets where they
 * are), and the add-ons whose switching off would free a subnet that does not fit — never a baseline service.
 */
function fullDiagnostic({ space, missing, taken, merged, existing, context }: Full): Diagnostic {
  const addresses = (r: SubnetRequest) => 2 ** (32 - r.prefixLength);
  const missingTotal = missing.reduce((sum, r) => sum + addresses(r), 0);
  const wantedTotal = merged.reduce((sum, r) => sum + addresses(r), 0);
  const free = freeSpace(
    space,
    taken.map((t) => t.cidr),
  );
  const list = missing.map((r) => `${r.name} (/${r.prefixLength}, ${addresses(r)} addresses)`);
  const largest = free.largest
    ? `; the largest free aligned block is ${formatCidr(free.largest)} (${size(free.largest)} addresses)`
    : '';
  const what = context.path
    ? `${context.path} ${formatCidr(space)}`
    : `The address space ${formatCidr(space)}`;
  const ways: string[] = [];
  const larger = smallestSpaceThatFits(space, merged, existing);
  ways.push(
    larger
      ? `give the environment a larger addressSpace, e.g. ${formatCidr(larger)} (${size(larger)} addresses; existing subnets keep their place)`
      : 'give the environment a larger addressSpace (existing subnets keep their place)',
  );
  const switchOff = switchOffSuggestion(space, merged, existing, context);
  if (switchOff) ways.push(switchOff);
  return {
    severity: 'error',
    code: 'subnets.full',
    message:
      `${what} has no room for subnet${missing.length > 1 ? 's' : ''} ${list.join(', ')}: ` +
      `the enabled services need ${wantedTotal} addresses in all (${missingTotal} of them still to place), ` +
      `${free.addresses} of ${size(space)} are free${largest}.`,
    ...(context.location ? { location: context.location } : {}),
    hint: `${ways.join(', or ')}.`.replace(/^./, (c) => c.toUpperCase()),
  };
}

/** The context of trial allocations: whether something fits, without explaining why not. */
const QUIET: SubnetContext = {};
const quiet = new WeakSet<SubnetContext>([QUIET]);

function fits(space: Cidr, requests: SubnetRequest[], existing: ObservedSubnet[]): boolean {
  return allocateSubnets(formatCidr(space), requests, existing, QUIET).unplaced.length === 0;
}

/**
 * The smallest range around `space` (same start, fewer prefix bits) in which every request fits, existing
 * subnets where they are; undefined when none up to a /8 does.
 */
function smallestSpaceThatFits(
  space: Cidr,
  requests: SubnetRequest[],
  existing: ObservedSubnet[],
): Cidr | undefined {
  for (let prefix = space.prefix - 1; prefix >= 8; prefix--) {
    const mask = (0xffffffff << (32 - prefix)) >>> 0;
    const candidate = { base: (space.base & mask) >>> 0, prefix };
    if (fits(candidate, requests, existing)) return candidate;
  }
  return undefined;
}

/**
 * What to switch off so that everything else fits in `space`: one add-on whose subnet alone makes the room
 * (each such one, as alternatives), else all add-ons with subnets together when that is enough; a subnet that
 * a service which cannot be switched off (baseline) needs is never offered.
 */
function switchOffSuggestion(
  space: Cidr,
  requests: SubnetRequest[],
  existing: ObservedSubnet[],
  context: SubnetContext,
): string | undefined {
  if (!context.switchOff) return undefined;
  const removable = requests
    .map((r) => ({ r, flags: r.services.map((s) => context.switchOff!(s)) }))
    // A subnet stays while any of its services stays: it is freed only if every one of them can go.
    .filter((x) => x.flags.every((f) => f.length > 0))
    .map((x) => ({ r: x.r, flags: [...new Set(x.flags.flat())] }));
  const fitsWithout = (names: Set<string>) =>
    fits(
      space,
      requests.filter((r) => !names.has(r.name)),
      existing.filter((e) => e.foreign || !names.has(e.name)),
    );
  const alone = removable.filter((x) => fitsWithout(new Set([x.r.name])));
  if (alone.length > 0)
    return `switch off ${alone.map((x) => `${x.flags.join(' and ')} (subnet ${x.r.name})`).join(' or ')}`;
  if (removable.length > 0 && fitsWithout(new Set(removable.map((x) => x.r.name))))
    return `switch off ${[...new Set(removable.flatMap((x) => x.flags))].join(', ')}`;
  return undefined;
}

function invalidSpace(text: string): Diagnostic {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
  let hint = 'Write an IPv4 range such as 10.10.0.0/16.';
  if (m && Number(m[2]) <= 32 && m[1].split('.').every((o) => Number(o) <= 255)) {
    const octets = m[1].split('.').map(Number);
    const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    const prefix = Number(m[2]);
    const maskBits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    hint = `The host bits must be zero: did you mean ${formatCidr({ base: (address & maskBits) >>> 0, prefix })}?`;
  }
  return {
    severity: 'error',
    code: 'subnets.address-space',
    message: `The address space "${text}" is not a valid IPv4 CIDR range, so no subnets can be allocated.`,
    hint,
  };
}

function listServices(services: string[]): string {
  if (services.length === 0) return 'no service';
  return services.join(', ');
}
