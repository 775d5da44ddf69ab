// Shared set-up of the emulator tests: an emulator on a free port with a temp state dir, and the real SDK
// clients pointed at it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResourceManagementClient } from '@azure/arm-resources';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator/index.js';
import { localClientOptions, useLocalAuth } from '../../src/emulator/client-options.js';
import { buildRegistry } from '../../src/emulator/registry.js';

export const SUB = '00000000-0000-0000-0000-000000000001';
export const TENANT = '11111111-2222-3333-4444-555555555555';
export const POLL = { updateIntervalInMs: 5 };

export const credential = {
  getToken: async () => ({ token: 'fake', expiresOnTimestamp: Date.now() + 3600e3 }),
};

/** The api-version the emulator accepts for a type (the newest it knows). */
export function apiVersionOf(type: string, catalog?: EmulatorOptions['catalog']): string {
  const info = buildRegistry(catalog ?? undefined).get(type);
  if (!info) throw new Error(`test uses a type the emulator does not know: ${type}`);
  return info.apiVersions[0];
}

export interface Harness {
  emulator: RunningEmulator;
  stateDir: string;
  resources: ResourceManagementClient;
  deployments: DeploymentsClient;
  close(options?: { keepState?: boolean }): Promise<void>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aifactory-emulator-'));
}

export function clientsFor(url: string): {
  resources: ResourceManagementClient;
  deployments: DeploymentsClient;
} {
  const options = localClientOptions(url);
  return {
    resources: useLocalAuth(new ResourceManagementClient(credential, SUB, options), credential),
    deployments: useLocalAuth(new DeploymentsClient(credential, SUB, options), credential),
  };
}

export async function startHarness(opts: Partial<EmulatorOptions> = {}): Promise<Harness> {
  const stateDir = opts.stateDir ?? tempDir();
  const emulator = await startEmulator({ timeScale: 0.001, ...opts, stateDir });
  const { resources, deployments } = clientsFor(emulator.url);
  return {
    emulator,
    stateDir,
    resources,
    deployments,
    close: async (options = {}) => {
      await emulator.close();
      if (!options.keepState) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

export function rgId(rg: string): string {
  return `/subscriptions/${SUB}/resourceGroups/${rg}`;
}

/** The ARM error code of a failed SDK call (both SDK generations). */
export async function errorOf(
  promise: Promise<unknown>,
): Promise<{ code?: string; statusCode?: number; message: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as {
      code?: string;
      statusCode?: number;
      message: string;
      details?: { error?: { code?: string } };
    };
    const code = err.details?.error?.code ?? err.code;
    return { code, statusCode: err.statusCode, message: err.message };
  }
  throw new Error('expected the call to fail, it succeeded');
}

export async function raw(
  url: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = { authorization: 'Bearer x' },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary ARM JSON
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}
