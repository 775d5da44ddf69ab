// One emulator per state directory. The emulated Azure (and the apply lock inside it) lives in the memory of the
// process that serves it; two processes serving one state dir would each take "the" apply lock and overwrite
// each other's state file. So the first emulator to open a directory holds an exclusive lock file there, naming
// its pid, host, command and start time; any other fails at once naming it. A lock left by a process that is
// gone (same host, pid not running) is taken over.
import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export const STATE_LOCK_FILE = 'emulator.lock';

export interface StateLockRecord {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
  /** Tells two holders in one process apart (a second emulator on the same dir in this process is refused too). */
  token: string;
}

export class StateDirLockedError extends Error {
  override name = 'StateDirLockedError';
  readonly code = 'StateDirLocked';
  constructor(
    readonly dir: string,
    readonly holder: StateLockRecord,
  ) {
    super(
      `the emulator state dir ${dir} is in use by pid ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt})`,
    );
  }
  get hint(): string {
    const stale =
      this.holder.host === os.hostname()
        ? ''
        : `; if that process is gone, delete ${join(this.dir, STATE_LOCK_FILE)}`;
    return `wait for it to finish, use the emulator it serves with --endpoint URL, or pick another --state-dir${stale}`;
  }
}

export interface StateLock {
  record: StateLockRecord;
  /** Removes the lock file when it is still ours. */
  release(): void;
}

/** The command line of this process, for the lock's reader: `aifactory apply --env dev …`. */
export function describeProcess(): string {
  const script = process.argv[1] ? process.argv[1].split(/[\\/]/).pop() : 'node';
  const args = process.argv.slice(2).join(' ');
  const name = /aifactory|index\.js|cli/i.test(script ?? '') ? 'aifactory' : (script ?? 'node');
  return `${name}${args ? ` ${args}` : ''}`.slice(0, 200);
}

/** Takes the state dir's lock or throws StateDirLockedError naming the holder. The directory must exist. */
export function lockStateDir(dir: string, command = describeProcess()): StateLock {
  const file = join(dir, STATE_LOCK_FILE);
  const record: StateLockRecord = {
    pid: process.pid,
    host: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  // Written whole to a temp file, then hard-linked into place: link fails when the lock exists, so the lock file
  // appears atomically and complete, or not at all.
  const temp = join(dir, `${STATE_LOCK_FILE}.${process.pid}.${record.token}.tmp`);
  writeFileSync(temp, `${JSON.stringify(record)}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(temp, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readHolder(file);
      if (attempt > 0 || (holder && isAlive(holder)))
        throw new StateDirLockedError(dir, holder ?? unreadable(file));
      // Gone (a crashed run on this host) or unreadable: take it over, once.
      removeIfSame(file, holder);
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const current = readHolder(file);
    if (current?.token === record.token) removeIfSame(file, current);
  };
  // A process that ends without closing the emulator (an uncaught error) still frees the directory.
  process.on('exit', release);
  return { record, release };
}

function unreadable(file: string): StateLockRecord {
  return {
    pid: 0,
    host: 'an unknown host',
    command: `unreadable lock file ${file}`,
    startedAt: 'unknown',
    token: '',
  };
}

function readHolder(file: string): StateLockRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<StateLockRecord>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return {
      pid: parsed.pid,
      host: parsed.host,
      command: String(parsed.command ?? 'unknown'),
      startedAt: String(parsed.startedAt ?? 'unknown'),
      token: String(parsed.token ?? ''),
    };
  } catch {
    return undefined;
  }
}

/** Whether the holder may still be running: always on another host (its pids are not ours to check). */
function isAlive(holder: StateLockRecord): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfSame(file: string, expected: StateLockRecord | undefined): void {
  const current = readHolder(file);
  if (expected && current && current.token !== expected.token) return;
  try {
    unlinkSync(file);
  } catch {
    // someone else removed it first
  }
}
