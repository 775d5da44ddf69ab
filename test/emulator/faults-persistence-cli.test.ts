// Fault injection (deterministic with a seed), persistence across restarts, an unusable state dir, request
// statistics, and the `aifactory emulator` command.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator/index.js';
import { parseFaults } from '../../src/emulator/faults.js';
import { emulatorCommand, serveEmulator } from '../../src/hosts/cli/commands/emulator.js';
import type { CliIO } from '../../src/hosts/cli/command.js';
import { startHarness, clientsFor, errorOf, raw, tempDir, POLL, SUB, apiVersionOf, rgId } from './helpers.js';

const sv = apiVersionOf('Microsoft.Storage/storageAccounts');
const storageBody = { location: 'swedencentral', sku: { name: 'Standard_LRS' }, kind: 'StorageV2' };
const template = (resources: object[]) => ({ contentVersion: '1.0.0.0', resources });

describe('fault injection', () => {
  async function statuses(faults: string, seed: number): Promise<number[]> {
    const h = await startHarness({ faults, seed });
    try {
      const out: number[] = [];
      for (let i = 0; i < 30; i++) {
        const res = await raw(
          h.emulator.url,
          'PUT',
          `/subscriptions/${SUB}/resourcegroups/rg-${i % 5}?api-version=2024-03-01`,
          { location: 'swedencentral' },
        );
        out.push(res.status);
      }
      return out;
    } finally {
      await h.close();
    }
  }

  test('the same seed gives the same faults; another seed gives others', async () => {
    const a = await statuses('429=0.3,500=0.2', 7);
    const b = await statuses('429=0.3,500=0.2', 7);
    const c = await statuses('429=0.3,500=0.2', 8);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toEqual(expect.arrayContaining([429, 500]));
    expect(a.some((s) => s < 300)).toBe(true);
  });

  test('429 carries Retry-After; reads are not faulted unless reads=1', async () => {
    const h = await startHarness({ faults: '429=1,retryAfter=0' });
    try {
      const res = await raw(
        h.emulator.url,
        'PUT',
        `/subscriptions/${SUB}/resourcegroups/rg-x?api-version=2024-03-01`,
        { location: 'swedencentral' },
      );
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('0');
      expect(res.body.error.code).toBe('TooManyRequests');
      const read = await raw(
        h.emulator.url,
        'GET',
        `/subscriptions/${SUB}/resourcegroups?api-version=2024-03-01`,
      );
      expect(read.status).toBe(200);
      // The SDK retries three times, then gives up with the 429.
      expect(
        await errorOf(h.resources.resourceGroups.createOrUpdate('rg-y', { location: 'swedencentral' })),
      ).toMatchObject({ statusCode: 429 });
      expect(h.emulator.stats().byOperation['resourceGroups/createOrUpdate']).toBe(1 + 4);
      expect(h.emulator.stats().faults).toEqual({ '429 resourceGroups/createOrUpdate': 1 + 4 });
    } finally {
      await h.close();
    }
    const reads = await startHarness({ faults: '429=1,retryAfter=0,reads=1' });
    try {
      const read = await raw(
        reads.emulator.url,
        'GET',
        `/subscriptions/${SUB}/resourcegroups?api-version=2024-03-01`,
      );
      expect(read.status).toBe(429);
      expect(reads.emulator.stats().faults).toEqual({ '429 resourceGroups/list': 1 });
    } finally {
      await reads.close();
    }
    expect(() => parseFaults('reads=2')).toThrow(/reads is 1 \(reads are faulted too\) or 0/);
    expect(parseFaults('reads=0').reads).toBe(false);
  });

  test('the SDK gets through a storm of 429/500/503 and polls that fail, by retrying', async () => {
    const h = await startHarness({ faults: '429=0.2,500=0.1,503=0.1,retryAfter=0', seed: 3 });
    try {
      await h.resources.resourceGroups.createOrUpdate('rg-storm', { location: 'swedencentral' });
      for (let i = 0; i < 5; i++) {
        const d = await h.deployments.deployments
          .createOrUpdate(
            'rg-storm',
            `d${i}`,
            {
              properties: {
                mode: 'Incremental',
                template: template([
                  {
                    type: 'Microsoft.Storage/storageAccounts',
                    apiVersion: sv,
                    name: `ststorm${i}`,
                    ...storageBody,
                  },
                ]),
              },
            },
            POLL,
          )
          .pollUntilDone();
        expect(d.properties?.provisioningState).toBe('Succeeded');
      }
      const stats = h.emulator.stats();
      expect(stats.byOperation['deployments/createOrUpdate']).toBeGreaterThanOrEqual(5);
    } finally {
      await h.close();
    }
  });

  test('latency delays answers without changing them', async () => {
    const h = await startHarness({ faults: 'latency=5' });
    try {
      expect(
        (await h.resources.resourceGroups.createOrUpdate('rg-lat', { location: 'swedencentral' })).name,
      ).toBe('rg-lat');
    } finally {
      await h.close();
    }
  });

  test('dropped connections surface as network errors', async () => {
    const h = await startHarness({ faults: 'drop=1' });
    try {
      const e = await errorOf(
        h.resources.resourceGroups.createOrUpdate('rg-drop', { location: 'swedencentral' }),
      );
      expect(e.message).toMatch(/socket hang up|ECONNRESET|other side closed/i);
    } finally {
      await h.close();
    }
  });

  test('fail=1:<type> fails exactly the deployments that contain that type', async () => {
    const h = await startHarness({ faults: 'fail=1:Microsoft.Search/searchServices' });
    try {
      await h.resources.resourceGroups.createOrUpdate('rg-fail', { location: 'swedencentral' });
      const search = {
        type: 'Microsoft.Search/searchServices',
        apiVersion: apiVersionOf('Microsoft.Search/searchServices'),
        name: 'srch-fail',
        location: 'swedencentral',
        sku: { name: 'basic' },
      };
      const storage = {
        type: 'Microsoft.Storage/storageAccounts',
        apiVersion: sv,
        name: 'stfine',
        ...storageBody,
      };
      const run = (name: string, resources: object[]) =>
        h.deployments.deployments
          .createOrUpdate(
            'rg-fail',
            name,
            { properties: { mode: 'Incremental', template: template(resources) } },
            POLL,
          )
          .pollUntilDone();
      const [bad, good] = await Promise.allSettled([run('search', [search]), run('storage', [storage])]);
      expect(bad.status).toBe('rejected');
      expect(good.status).toBe('fulfilled');
      const ops = [];
      for await (const op of h.deployments.deploymentOperations.list('rg-fail', 'search')) ops.push(op);
      expect(ops[0].properties?.statusMessage?.error?.code).toBe('ResourceDeploymentFailure');
      const live = await h.resources.resources.getById(
        `${rgId('rg-fail')}/providers/Microsoft.Search/searchServices/srch-fail`,
        search.apiVersion,
      );
      expect(live.properties).toMatchObject({ provisioningState: 'Failed' });
    } finally {
      await h.close();
    }
  });

  test('fault specs are checked', () => {
    expect(
      parseFaults('429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0'),
    ).toMatchObject({ latencyMs: 50, retryAfterSeconds: 0 });
    expect(() => parseFaults('429')).toThrow(/no value/);
    expect(() => parseFaults('418=0.1')).toThrow(/unknown fault '418'.*valid: 429/);
    expect(() => parseFaults('429=2')).toThrow(/between 0 and 1/);
    expect(() => parseFaults('fail=1:search')).toThrow(/not a resource type/);
    expect(() => parseFaults('500=abc')).toThrow(/not a non-negative number/);
  });
});

describe('persistence', () => {
  test('state survives a restart on the same state dir', async () => {
    const first = await startHarness();
    await first.resources.resourceGroups.createOrUpdate('rg-keep', {
      location: 'swedencentral',
      tags: { a: '1' },
    });
    const id = `${rgId('rg-keep')}/providers/Microsoft.Storage/storageAccounts/stkeep`;
    await first.resources.resources.beginCreateOrUpdateByIdAndWait(id, sv, storageBody, POLL);
    await first.resources.resources.beginDeleteByIdAndWait(
      id.replace('Microsoft.Storage/storageAccounts/stkeep', 'Microsoft.Storage/storageAccounts/none'),
      sv,
      POLL,
    );
    await first.close({ keepState: true });
    const second = await startHarness({ stateDir: first.stateDir });
    try {
      expect((await second.resources.resourceGroups.get('rg-keep')).tags).toEqual({ a: '1' });
      expect((await second.resources.resources.getById(id, sv)).properties).toMatchObject({
        provisioningState: 'Succeeded',
      });
    } finally {
      await second.close();
    }
  });

  test('work in flight when the emulator stops completes on restart', async () => {
    const first = await startHarness({ timeScale: 1 });
    await first.resources.resourceGroups.createOrUpdate('rg-inflight', { location: 'swedencentral' });
    const poller = await first.deployments.deployments.beginCreateOrUpdate(
      'rg-inflight',
      'long',
      {
        properties: {
          mode: 'Incremental',
          template: template([
            { type: 'Microsoft.Storage/storageAccounts', apiVersion: sv, name: 'stinflight', ...storageBody },
          ]),
        },
      },
      POLL,
    );
    void poller;
    await first.close({ keepState: true });
    const second = await startHarness({ stateDir: first.stateDir, timeScale: 0.001 });
    try {
      let state = '';
      while (state !== 'Succeeded' && state !== 'Failed') {
        state = (await second.deployments.deployments.get('rg-inflight', 'long')).properties
          ?.provisioningState as string;
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(state).toBe('Succeeded');
    } finally {
      await second.close();
    }
  });

  test('an unusable state dir makes startEmulator reject with a message naming the dir', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'not-a-dir');
      writeFileSync(file, 'x');
      const target = join(file, 'state');
      await expect(startEmulator({ stateDir: target })).rejects.toThrow(
        new RegExp(`emulator state directory '${target}'.*--state-dir`),
      );
      const corrupt = join(dir, 'corrupt');
      mkdirSync(corrupt);
      writeFileSync(join(corrupt, 'arm-state.json'), '{ nope');
      await expect(startEmulator({ stateDir: corrupt })).rejects.toThrow(
        /is not valid emulator state.*delete it/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('stats count requests by operation', async () => {
  const h = await startHarness();
  try {
    await h.resources.resourceGroups.createOrUpdate('rg-s', { location: 'swedencentral' });
    for await (const _ of h.resources.resources.listByResourceGroup('rg-s')) void _;
    for await (const _ of h.resources.resourceGroups.list()) void _;
    const stats = h.emulator.stats();
    expect(stats.byOperation).toMatchObject({
      'resourceGroups/createOrUpdate': 1,
      'resources/listByResourceGroup': 1,
      'resourceGroups/list': 1,
    });
    expect(stats.requests).toBe(3);
  } finally {
    await h.close();
  }
});

describe('aifactory emulator', () => {
  function io(): CliIO & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      color: false,
      cwd: process.cwd(),
    };
  }

  test('prints the URL as the first stdout line and serves until stopped', async () => {
    const dir = tempDir();
    const cli = io();
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const exit = serveEmulator({ port: 0, 'state-dir': dir, 'time-scale': 0.001 }, cli, stopped);
    while (cli.out.length === 0) await new Promise((r) => setTimeout(r, 5));
    const url = cli.out.join('').split('\n')[0];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { resources } = clientsFor(url);
    await resources.resourceGroups.createOrUpdate('rg-cli', { location: 'swedencentral' });
    stop();
    expect(await exit).toBe(0);
    expect(cli.err.join('')).toContain('state saved in');
    rmSync(dir, { recursive: true, force: true });
  });

  test('the command stops on SIGTERM', async () => {
    const dir = tempDir();
    const cli = io();
    const exit = emulatorCommand.run({ port: 0, 'state-dir': dir }, cli);
    while (cli.out.length === 0) await new Promise((r) => setTimeout(r, 5));
    process.emit('SIGTERM');
    expect(await exit).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  test('bad options and an unusable state dir exit 1 with a message', async () => {
    const cli = io();
    expect(await serveEmulator({ port: 70000 }, cli, Promise.resolve())).toBe(1);
    expect(cli.err.join('')).toContain('--port must be 0..65535');
    expect(await serveEmulator({ port: 0, faults: 'nope=1' }, cli, Promise.resolve())).toBe(1);
    expect(cli.err.join('')).toContain("unknown fault 'nope'");
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    expect(
      await serveEmulator({ port: 0, 'state-dir': join(dir, 'file', 'sub') }, cli, Promise.resolve()),
    ).toBe(1);
    expect(cli.err.join('')).toContain('emulator state directory');
    expect(cli.out).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
