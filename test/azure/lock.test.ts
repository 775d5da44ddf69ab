import {
  acquireLock,
  LockHeldError,
  MemoryLockStore,
  type LockRecord,
  type LockStore,
} from '../../src/azure/lock.js';

const noSleep = async () => {};

describe('apply lock', () => {
  test('a free lock is acquired, renewed and released', async () => {
    const store = new MemoryLockStore();
    let clock = 1_000_000;
    const lock = await acquireLock(store, {
      holder: 'alice@laptop',
      runId: 'r1',
      ttlMs: 60_000,
      now: () => clock,
      sleep: noSleep,
    });
    expect((await store.read())!.holder).toBe('alice@laptop');
    clock += 30_000;
    await lock.renew();
    expect(Date.parse((await store.read())!.expiresAt)).toBe(clock + 60_000);
    await lock.release();
    expect(await store.read()).toBeUndefined();
  });

  test('a second run fails fast naming the holder', async () => {
    const store = new MemoryLockStore();
    await acquireLock(store, { holder: 'alice@laptop', runId: 'r1', sleep: noSleep });
    const err = await acquireLock(store, { holder: 'bob@ci', runId: 'r2', sleep: noSleep }).catch((e) => e);
    expect(err).toBeInstanceOf(LockHeldError);
    expect(err.message).toContain('alice@laptop');
    expect(err.hint).toContain('--force-unlock');
  });

  test('an expired lock (a crashed run) is taken over with a note', async () => {
    const store = new MemoryLockStore();
    let clock = 0;
    await acquireLock(store, {
      holder: 'crashed',
      runId: 'r1',
      ttlMs: 1000,
      now: () => clock,
      sleep: noSleep,
    });
    clock = 5000;
    const notes: string[] = [];
    const lock = await acquireLock(store, {
      holder: 'next',
      runId: 'r2',
      now: () => clock,
      sleep: noSleep,
      onNote: (n) => notes.push(n),
    });
    expect(lock.record.holder).toBe('next');
    expect(notes.join()).toMatch(/expired lock of crashed/);
  });

  test('--force-unlock removes a live lock', async () => {
    const store = new MemoryLockStore();
    await acquireLock(store, { holder: 'stuck', runId: 'r1', sleep: noSleep });
    const notes: string[] = [];
    const lock = await acquireLock(store, {
      holder: 'me',
      runId: 'r2',
      forceUnlock: true,
      sleep: noSleep,
      onNote: (n) => notes.push(n),
    });
    expect(lock.record.holder).toBe('me');
    expect(notes[0]).toContain('stuck');
  });

  test('two runs that both saw the lock free: only the later writer holds it', async () => {
    // Both read "free", both write; the settle wait lets the first see the second's record.
    let value: LockRecord | undefined;
    let reads = 0;
    const gate: { release?: () => void } = {};
    const bothRead = new Promise<void>((r) => (gate.release = r));
    const store: LockStore = {
      location: 'test',
      async read() {
        reads++;
        if (reads === 2) gate.release!();
        if (reads <= 2) await bothRead;
        return value && { ...value };
      },
      async write(r) {
        value = { ...r };
      },
      async clear() {
        value = undefined;
      },
    };
    const settle = () => new Promise<void>((r) => setTimeout(r, 20));
    const results = await Promise.allSettled([
      acquireLock(store, { holder: 'a', runId: 'ra', sleep: settle }),
      acquireLock(store, { holder: 'b', runId: 'rb', sleep: settle }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(LockHeldError);
  });

  test('renew fails when the lock was taken over meanwhile; release leaves a foreign lock alone', async () => {
    const store = new MemoryLockStore();
    const mine = await acquireLock(store, { holder: 'me', runId: 'r1', sleep: noSleep });
    await acquireLock(store, { holder: 'other', runId: 'r2', forceUnlock: true, sleep: noSleep });
    await expect(mine.renew()).rejects.toBeInstanceOf(LockHeldError);
    await mine.release();
    expect((await store.read())!.holder).toBe('other');
  });
});
