// Fault injection for tests and benchmarks: `429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0`,
// a rate may be limited to one resource type with `:Type` (`fail=1:Microsoft.Search/searchServices`). Request
// faults hit writes and polls; `reads=1` lets them hit plain reads too (lists, GETs), as on Azure.
// Draws are keyed by the request (method, path, how often it was seen) rather than by arrival order, so the same
// seed gives the same faults even when concurrent requests interleave differently.

export type FaultKind = '429' | '500' | '503' | 'drop' | 'fail';

export interface FaultRule {
  kind: FaultKind;
  rate: number;
  /** Lower-case resource type the rule is limited to. */
  type?: string;
}

export interface FaultSpec {
  rules: FaultRule[];
  latencyMs: number;
  retryAfterSeconds: number;
  /** Request faults hit plain reads too (lists, GETs), not only writes and polls: `reads=1`. */
  reads: boolean;
}

const KINDS: FaultKind[] = ['429', '500', '503', 'drop', 'fail'];

export function parseFaults(spec: string | undefined): FaultSpec {
  const result: FaultSpec = { rules: [], latencyMs: 0, retryAfterSeconds: 1, reads: false };
  if (!spec || spec.trim() === '') return result;
  for (const raw of spec.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const eq = entry.indexOf('=');
    if (eq < 0)
      throw new Error(`fault '${entry}' has no value: write KIND=RATE, e.g. 429=0.1 (${describe()})`);
    const key = entry.slice(0, eq).trim();
    const rest = entry.slice(eq + 1).trim();
    const colon = rest.indexOf(':');
    const valueText = colon < 0 ? rest : rest.slice(0, colon);
    const type = colon < 0 ? undefined : rest.slice(colon + 1).trim();
    const value = Number(valueText);
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`fault '${entry}': '${valueText}' is not a non-negative number`);
    }
    if (key === 'reads') {
      if (value !== 0 && value !== 1)
        throw new Error(`fault '${entry}': reads is 1 (reads are faulted too) or 0`);
      result.reads = value === 1;
    } else if (key === 'latency') result.latencyMs = value;
    else if (key === 'retryAfter') result.retryAfterSeconds = Math.round(value);
    else if ((KINDS as string[]).includes(key)) {
      if (value > 1) throw new Error(`fault '${entry}': a rate is between 0 and 1`);
      if (type !== undefined && !/^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(type)) {
        throw new Error(
          `fault '${entry}': '${type}' is not a resource type such as Microsoft.Search/searchServices`,
        );
      }
      result.rules.push({ kind: key as FaultKind, rate: value, type: type?.toLowerCase() });
    } else {
      throw new Error(`unknown fault '${key}' in '${entry}' (${describe()})`);
    }
  }
  return result;
}

function describe(): string {
  return 'valid: 429, 500, 503, fail, drop (rates 0..1, optional :ResourceType), latency=MS, retryAfter=SECONDS, reads=1';
}

/** 32-bit FNV-1a, to turn a request key into a PRNG seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG, good enough for fault draws. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private readonly seen = new Map<string, number>();

  constructor(
    readonly spec: FaultSpec,
    private readonly seed: number,
  ) {}

  get active(): boolean {
    return this.spec.rules.length > 0;
  }

  /** One uniform draw for this key; repeated keys draw afresh each time (deterministically). */
  draw(key: string): number {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return mulberry32(hash(`${this.seed}:${key}:${n}`))();
  }

  private applies(rule: FaultRule, types: string[]): boolean {
    return rule.type === undefined || types.some((t) => t.toLowerCase() === rule.type);
  }

  /** A request-level fault (429/500/503/drop) for a mutating call or a poll, or undefined. */
  requestFault(key: string, types: string[]): Exclude<FaultKind, 'fail'> | undefined {
    const rules = this.spec.rules.filter((r) => r.kind !== 'fail' && this.applies(r, types));
    if (rules.length === 0) return undefined;
    const r = this.draw(key);
    let acc = 0;
    for (const rule of rules) {
      acc += rule.rate;
      if (r < acc) return rule.kind as Exclude<FaultKind, 'fail'>;
    }
    return undefined;
  }

  /** Whether the provisioning of one resource of `type` inside a deployment fails. */
  shouldFail(key: string, type: string): boolean {
    const rules = this.spec.rules.filter((r) => r.kind === 'fail' && this.applies(r, [type]));
    if (rules.length === 0) return false;
    const rate = Math.min(
      1,
      rules.reduce((s, r) => s + r.rate, 0),
    );
    return this.draw(key) < rate;
  }
}
