// The emulator's world, kept in memory and persisted as one JSON file in the state directory. Writes are
// atomic (temp file + rename) so a killed process leaves either the old or the new state, never half of one.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { keyOf } from './ids.js';

export type ProvisioningState =
  'Accepted' | 'Creating' | 'Updating' | 'Deleting' | 'Succeeded' | 'Failed' | 'Running';

export interface StoredResourceGroup {
  id: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
  managedBy?: string;
  provisioningState: ProvisioningState;
}

export interface StoredResource {
  id: string;
  name: string;
  type: string;
  apiVersion: string;
  /** Everything else the client sent: location, tags, sku, kind, identity, properties… */
  body: Record<string, unknown>;
  provisioningState: ProvisioningState;
  createdAt: string;
  changedAt: string;
}

export interface SoftDeleted {
  /** Id of the deleted object, e.g. …/locations/{loc}/deletedVaults/{name}. */
  id: string;
  kind: 'keyVault' | 'cognitiveServices';
  name: string;
  location: string;
  /** The live resource as it was when deleted, restored on recover. */
  resource: StoredResource;
  deletionDate: string;
  scheduledPurgeDate: string;
  purgeProtection: boolean;
}

export interface DeploymentOperationRecord {
  operationId: string;
  provisioningOperation: 'Create' | 'Read' | 'Action';
  provisioningState: string;
  timestamp: string;
  duration: string;
  statusCode?: string;
  statusMessage?: unknown;
  targetResource: { id: string; resourceName: string; resourceType: string; apiVersion: string };
}

export interface StoredDeployment {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup?: string;
  location?: string;
  tags?: Record<string, string>;
  template: { resources: Record<string, unknown>[] } & Record<string, unknown>;
  parameters?: unknown;
  mode: string;
  provisioningState: string;
  timestamp: string;
  startedAt: string;
  duration: string;
  correlationId: string;
  templateHash: string;
  outputResources: { id: string }[];
  error?: unknown;
  operations: DeploymentOperationRecord[];
  asyncOperationId?: string;
}

/** A long-running operation clients poll (Azure-AsyncOperation or Location). */
export interface AsyncOperation {
  id: string;
  status: 'InProgress' | 'Running' | 'Succeeded' | 'Failed' | 'Canceled';
  startTime: string;
  endTime?: string;
  error?: { code: string; message: string; details?: unknown[] };
  /** HTTP status of a failed Location poll. */
  errorStatus?: number;
  /** Body a finished Location poll returns (what-if results). */
  result?: unknown;
  /** Resource types involved, so faults limited to a type also hit its polls. */
  types: string[];
  /** Stable key for deterministic fault draws. */
  key: string;
}

export interface WorldState {
  schemaVersion: 1;
  resourceGroups: Record<string, StoredResourceGroup>;
  resources: Record<string, StoredResource>;
  deployments: Record<string, StoredDeployment>;
  softDeleted: Record<string, SoftDeleted>;
  operations: Record<string, AsyncOperation>;
  /** Counter for operation ids, persisted so ids never repeat across restarts. */
  sequence: number;
}

const STATE_FILE = 'arm-state.json';
const MAX_FINISHED_OPERATIONS = 2000;

function emptyState(): WorldState {
  return {
    schemaVersion: 1,
    resourceGroups: {},
    resources: {},
    deployments: {},
    softDeleted: {},
    operations: {},
    sequence: 0,
  };
}

export class Store {
  state: WorldState;
  private readonly file: string;
  private scheduled = false;
  private dirty = false;
  private closed = false;

  private constructor(
    readonly dir: string,
    state: WorldState,
    private readonly defer: (write: () => void) => void,
  ) {
    this.file = join(dir, STATE_FILE);
    this.state = state;
  }

  /** Creates the state directory; throws an Error naming it when it can't be. */
  static ensureDir(dir: string): void {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new Error(
        `emulator state directory '${dir}' cannot be created (${(e as NodeJS.ErrnoException).code ?? String(e)}): choose another --state-dir or fix its permissions`,
      );
    }
  }

  /**
   * Opens (or creates) the state in `dir`; throws an Error naming the directory when it can't be used. The
   * caller holds the directory's lock (state-lock.ts). `defer` schedules the write of changes made outside a
   * request (provisioning finishing on a timer); tests replace it to stand for a process that dies first.
   */
  static open(dir: string, defer: (write: () => void) => void = setImmediate): Store {
    Store.ensureDir(dir);
    const file = join(dir, STATE_FILE);
    let state = emptyState();
    if (existsSync(file)) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (e) {
        throw new Error(
          `emulator state file '${file}' cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}): fix its permissions or choose another --state-dir`,
        );
      }
      try {
        const parsed = JSON.parse(text) as WorldState;
        if (parsed.schemaVersion !== 1)
          throw new Error(`unknown schemaVersion ${String(parsed.schemaVersion)}`);
        state = { ...emptyState(), ...parsed };
      } catch (e) {
        throw new Error(
          `emulator state file '${file}' is not valid emulator state (${(e as Error).message}): delete it to start from an empty world, or choose another --state-dir`,
        );
      }
    }
    const store = new Store(dir, state, defer);
    try {
      store.writeNow();
    } catch (e) {
      throw new Error(
        `emulator state directory '${dir}' is not writable (${(e as NodeJS.ErrnoException).code ?? String(e)}): choose another --state-dir or fix its permissions`,
      );
    }
    return store;
  }

  nextId(prefix: string): string {
    this.state.sequence += 1;
    return `${prefix}${this.state.sequence.toString(36).padStart(6, '0')}`;
  }

  /**
   * Records that the state changed. Changes made in the same tick are written once, soon; an answer to a client
   * calls `flush()` first, so nothing a client was told is lost when the process dies right after.
   */
  changed(): void {
    this.dirty = true;
    if (this.scheduled || this.closed) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      if (!this.closed && this.dirty) this.writeSafely();
    });
  }

  /** Writes pending changes now (before an answer goes out). */
  flush(): void {
    if (this.dirty && !this.closed) this.writeSafely();
  }

  private writeSafely(): void {
    try {
      this.writeNow();
    } catch (e) {
      // The server keeps serving from memory; the next change tries again.
      process.stderr.write(`emulator: cannot write state to ${this.file}: ${(e as Error).message}\n`);
    }
  }

  writeNow(): void {
    this.pruneOperations();
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, this.file);
    this.dirty = false;
  }

  close(): void {
    if (this.closed) return;
    this.writeSafely();
    this.closed = true;
  }

  private pruneOperations(): void {
    const ops = Object.values(this.state.operations);
    const finished = ops.filter((o) => o.endTime !== undefined);
    if (finished.length <= MAX_FINISHED_OPERATIONS) return;
    finished.sort((a, b) => (a.endTime as string).localeCompare(b.endTime as string));
    for (const op of finished.slice(0, finished.length - MAX_FINISHED_OPERATIONS))
      delete this.state.operations[op.id];
  }

  // ── lookups ──
  group(subscriptionId: string, name: string): StoredResourceGroup | undefined {
    return this.state.resourceGroups[keyOf(`/subscriptions/${subscriptionId}/resourceGroups/${name}`)];
  }

  resource(id: string): StoredResource | undefined {
    return this.state.resources[keyOf(id)];
  }

  putResource(r: StoredResource): void {
    this.state.resources[keyOf(r.id)] = r;
    this.changed();
  }

  removeResource(id: string): void {
    delete this.state.resources[keyOf(id)];
    this.changed();
  }
}
