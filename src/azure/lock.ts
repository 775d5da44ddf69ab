// One apply at a time per project environment. ARM has no compare-and-swap for a plain marker (resource
// group tags and deployments take no If-Match), so the lock uses Fischer's timed mutual exclusion: read the
// marker; if it is free (absent, expired or ours) write our record; wait longer than any competitor's
// read→write gap; read again — only the run whose record survived holds the lock. Two runs that both saw
// the marker free both write, and the later write wins for both readers. The marker lives outside the
// resources it protects (see arm-lock-store.ts), so a deployment can never overwrite it.

export interface LockRecord {
  /** Who holds it, for the message the loser sees: user@host, or the CI run's URL. */
  holder: string;
  runId: string;
  acquiredAt: string; // ISO
  expiresAt: string; // ISO
}

export interface LockStore {
  /** Where the marker lives, for messages (e.g. the deployment's id). */
  readonly location: string;
  read(): Promise<LockRecord | undefined>;
  write(record: LockRecord): Promise<void>;
  clear(): Promise<void>;
}

export class LockHeldError extends Error {
  override name = 'LockHeldError';
  readonly code = 'ApplyLocked';
  constructor(
    readonly record: LockRecord,
    readonly location: string,
  ) {
    super(
      `another apply holds the lock of this environment: ${record.holder} (run ${record.runId}, since ` +
        `${record.acquiredAt}, expires ${record.expiresAt})`,
    );
  }
  get hint(): string {
    return (
      `wait for that run to finish; if it crashed, the lock expires at ${this.record.expiresAt}, or re-run with ` +
      `--force-unlock (lock marker: ${this.location})`
    );
  }
}

export interface LockOptions {
  holder: string;
  runId: string;
  /** How long the lock lives without renewal. */
  ttlMs?: number;
  /** The wait between write and verify; must exceed the slowest read→write of a competitor. */
  settleMs?: number;
  forceUnlock?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told about a taken-over expired lock or a forced unlock. */
  onNote?: (message: string) => void;
}

export interface LockHandle {
  record: LockRecord;
  /** Pushes the expiry out; fails with LockHeldError when someone took the lock over meanwhile. */
  renew(): Promise<void>;
  /** Removes the marker when it is still ours. */
  release(): Promise<void>;
}

export const DEFAULT_LOCK_TTL_MS = 30 * 60_000;
export const DEFAULT_SETTLE_MS = 3_000;

export async function acquireLock(store: LockStore, opts: LockOptions): Promise<LockHandle> {
  const now = opts.now ?? Date.now;
  const wait = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const ttl = opts.ttlMs ?? DEFAULT_LOCK_TTL_MS;
  const settle = opts.settleMs ?? DEFAULT_SETTLE_MS;

  if (opts.forceUnlock) {
    const old = await store.read();
    if (old) opts.onNote?.(`--force-unlock: removed the lock of ${old.holder} (run ${old.runId})`);
    await store.clear();
  }

  const readAt = now();
  const current = await store.read();
  if (current && current.runId !== opts.runId) {
    if (Date.parse(current.expiresAt) > now()) throw new LockHeldError(current, store.location);
    opts.onNote?.(
      `taking over the expired lock of ${current.holder} (run ${current.runId}, expired ${current.expiresAt})`,
    );
  }

  const record = (): LockRecord => ({
    holder: opts.holder,
    runId: opts.runId,
    acquiredAt: new Date(now()).toISOString(),
    expiresAt: new Date(now() + ttl).toISOString(),
  });
  const mine = record();
  await store.write(mine);
  // A competitor's read→write takes about as long as ours did: wait comfortably longer than that.
  await wait(Math.max(settle, 2 * (now() - readAt)));
  const after = await store.read();
  if (!after || after.runId !== opts.runId) {
    // Someone wrote after us: they hold it. (Absent: they released already or force-unlocked; still not ours.)
    throw new LockHeldError(
      after ?? { ...mine, holder: 'a concurrent run that released it again' },
      store.location,
    );
  }

  let held = mine;
  return {
    get record() {
      return held;
    },
    async renew() {
      const seen = await store.read();
      if (!seen || seen.runId !== opts.runId) throw new LockHeldError(seen ?? held, store.location);
      held = { ...record(), acquiredAt: held.acquiredAt };
      await store.write(held);
    },
    async release() {
      const seen = await store.read();
      if (seen && seen.runId === opts.runId) await store.clear();
    },
  };
}

/** A store in memory, for tests and for targets that need no cross-process lock. */
export class MemoryLockStore implements LockStore {
  readonly location = 'memory';
  private value: LockRecord | undefined;
  async read() {
    return this.value ? { ...this.value } : undefined;
  }
  async write(record: LockRecord) {
    this.value = { ...record };
  }
  async clear() {
    this.value = undefined;
  }
}
