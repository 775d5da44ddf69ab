// The local Azure Resource Manager emulator: an HTTP server on loopback that the real @azure/arm-resources and
// @azure/arm-resourcesdeployments clients talk to unchanged (see client-options.ts for how they connect).
import type { AddressInfo } from 'node:net';
import type { Catalog } from '../core/types.js';
import { Deployments } from './deployments.js';
import { FaultInjector, parseFaults } from './faults.js';
import { buildRegistry } from './registry.js';
import { createEmulatorServer, type Authenticate, type ServerContext } from './server.js';
import { lockStateDir } from './state-lock.js';
import { Store } from './store.js';
import { World } from './world.js';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the emulator accepts any bearer token, so it never listens beyond loopback by default. */
  host?: string;
  /** Where the state is persisted (created when missing). */
  stateDir: string;
  /** Multiplies the typical provisioning seconds of each resource type (default 0.01). */
  timeScale?: number;
  /** Fault injection, e.g. `429=0.1,500=0.05,fail=1:Microsoft.Search/searchServices,latency=20,retryAfter=0`. */
  faults?: string;
  /** Seed of the fault draws (default 1). */
  seed?: number;
  /** Known types, api-versions and typical seconds (default: the tool's service catalog; null: a small built-in table). */
  catalog?: Catalog | null;
  /** Items per page of list calls before a nextLink (default 1000). */
  pageSize?: number;
  /**
   * Serve https with this key and certificate (PEM), as Azure does: the SDK then sends real bearer tokens, and
   * clients must trust the certificate (NODE_EXTRA_CA_CERTS).
   */
  tls?: { key: string; cert: string };
  /** Checks each bearer token (default: any token is accepted, as on loopback); see server.ts. */
  authenticate?: Authenticate;
  /** What holds the state dir, as a second process will read it (default: this process's command line). */
  command?: string;
  /**
   * Schedules the write of changes made between requests (default setImmediate). Tests pass one that never
   * runs, standing for a process killed before it could: what a client was answered must be on disk anyway.
   */
  deferWrites?: (write: () => void) => void;
}

export interface EmulatorStats {
  requests: number;
  byOperation: Record<string, number>;
  /** Most deployments that were running at the same time. */
  peakConcurrentDeployments: number;
  /** Request faults injected, by `<fault> <operation>` (e.g. `drop resources/listByResourceGroup`). */
  faults: Record<string, number>;
}

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
  stats(): EmulatorStats;
}

export const DEFAULT_TIME_SCALE = 0.01;

export async function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  const faults = new FaultInjector(parseFaults(opts.faults), opts.seed ?? 1);
  const timeScale = opts.timeScale ?? DEFAULT_TIME_SCALE;
  if (!Number.isFinite(timeScale) || timeScale < 0) {
    throw new Error(`time scale must be a number ≥ 0 (got ${String(opts.timeScale)})`);
  }
  Store.ensureDir(opts.stateDir);
  // One emulator per state dir: the world, and the apply lock in it, live in this process's memory.
  const lock = lockStateDir(opts.stateDir, opts.command);
  let store: Store;
  try {
    store = Store.open(opts.stateDir, opts.deferWrites);
  } catch (e) {
    lock.release();
    throw e;
  }
  const world = new World({
    store,
    registry: buildRegistry(opts.catalog),
    faults,
    timeScale,
    pageSize: opts.pageSize ?? 1000,
  });
  const deployments = new Deployments(world);
  resumePending(world);
  deployments.resume();
  const ctx: ServerContext = {
    world,
    deployments,
    counts: new Map(),
    faulted: new Map(),
    total: { requests: 0 },
  };
  const server = createEmulatorServer(ctx, {
    ...(opts.tls ? { tls: opts.tls } : {}),
    ...(opts.authenticate ? { authenticate: opts.authenticate } : {}),
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((e: NodeJS.ErrnoException) => {
    world.stopTimers();
    store.close();
    lock.release();
    throw new Error(`the emulator cannot listen on ${host}:${opts.port ?? 0} (${e.code ?? e.message})`);
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `${opts.tls ? 'https' : 'http'}://${urlHost}:${address.port}`,
    stats: () => ({
      requests: ctx.total.requests,
      byOperation: Object.fromEntries([...ctx.counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
      peakConcurrentDeployments: deployments.peakRunning,
      faults: Object.fromEntries([...ctx.faulted.entries()].sort(([a], [b]) => a.localeCompare(b))),
    }),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        world.stopTimers();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => {
        store.close();
        lock.release();
      });
      return closed;
    },
  };
}

/**
 * Work that was in flight when the emulator stopped completes on start: resources being created or updated
 * are done, deletions finish, and their operations report success. Running deployments resume separately.
 */
function resumePending(world: World): void {
  const state = world.store.state;
  for (const r of Object.values(state.resources)) {
    if (
      r.provisioningState === 'Creating' ||
      r.provisioningState === 'Updating' ||
      r.provisioningState === 'Accepted'
    ) {
      r.provisioningState = 'Succeeded';
    }
  }
  for (const r of Object.values(state.resources)) {
    if (r.provisioningState === 'Deleting')
      for (const x of world.resourcesWithin(r.id)) world.removeWithSoftDelete(x);
  }
  for (const [k, g] of Object.entries(state.resourceGroups)) {
    if (g.provisioningState === 'Deleting') {
      for (const x of world.resourcesWithin(g.id)) world.removeWithSoftDelete(x);
      delete state.resourceGroups[k];
    }
  }
  const deploymentOps = new Set(Object.values(state.deployments).map((d) => d.asyncOperationId));
  for (const op of Object.values(state.operations)) {
    if ((op.status === 'InProgress' || op.status === 'Running') && !deploymentOps.has(op.id))
      world.finishOperation(op);
  }
  world.store.changed();
}

export { parseFaults } from './faults.js';
export { StateDirLockedError } from './state-lock.js';
export { buildRegistry } from './registry.js';
