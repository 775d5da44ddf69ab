// Private DNS zones on the local emulator: a zone goes only after the endpoints that wrote into it, and never
// while an endpoint whose delete is blocked still uses it. The CLI runs in-process against the embedded emulator.
import fs from 'node:fs';
import path from 'node:path';
import type { Plan } from '../../src/core/types.js';
import { cli, tempDir } from './helpers.js';

const EXAMPLE = fs.readFileSync(new URL('../../examples/genai-1/aifactory.yaml', import.meta.url), 'utf8');
const ZONE = 'privatelink.documents.azure.com';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const withCapabilityHost = tmp.write('on.yaml', EXAMPLE);
const without = tmp.write(
  'off.yaml',
  EXAMPLE.replace('foundryCapabilityHost: true', 'foundryCapabilityHost: false'),
);
const stateDir = path.join(tmp.dir, 'state');
const local = ['--env', 'stage', '--target', 'local', '--state-dir', stateDir];
const fast = ['--time-scale', '0.001'];
/** Whether the emulator holds the zone: planning the first config again finds it missing or not. */
async function zoneExists(): Promise<boolean> {
  const r = await cli(['plan', '--config', withCapabilityHost, ...local, '--format', 'json']);
  const zones = (JSON.parse(r.stdout) as Plan).actions.find((a) => a.service === 'privateDnsZones')!;
  return !(zones.drift ?? []).some((d) => d.startsWith(`${ZONE} (`) && d.endsWith('is missing'));
}

test('Cosmos DB switched off: its zone stays while the delete is blocked, and goes after its endpoint once allowed', async () => {
  const first = await cli(['apply', '--config', withCapabilityHost, ...local, ...fast]);
  expect(first.code).toBe(0);
  expect(await zoneExists()).toBe(true);

  // Blocked: the zone is kept (no update of the zones), and the summary counts what would happen.
  const blocked = await cli(['plan', '--config', without, ...local, '--format', 'json']);
  expect(blocked.code).toBe(1);
  const plan = JSON.parse(blocked.stdout) as Plan;
  expect(plan.blocked.map((b) => b.service)).toEqual(['cosmosDb']);
  expect(plan.actions.find((a) => a.service === 'privateDnsZones')!.action).toBe('noop');
  expect(plan.summary).toMatchObject({ delete: 1, blocked: 1 });
  const refused = await cli(['apply', '--config', without, ...local, ...fast]);
  expect(refused.code).toBe(1);
  expect(await zoneExists()).toBe(true);

  // Allowed: the zone is removed only after Cosmos DB's endpoint and zone group are gone.
  const applied = await cli(['apply', '--config', without, ...local, ...fast, '--allow-destroy', 'cosmosDb']);
  expect(applied.code).toBe(0);
  const log = applied.stderr;
  const cosmosDone = log.indexOf('✓ cosmosDb: delete finished');
  const zonesStart = log.indexOf('→ privateDnsZones: update started');
  expect(cosmosDone).toBeGreaterThan(-1);
  expect(zonesStart).toBeGreaterThan(cosmosDone);
  expect(log).toContain(`deleted privateDnsZones/${ZONE}`);
  expect(await zoneExists()).toBe(false);

  const again = await cli(['plan', '--config', without, ...local, '--detailed-exitcode']);
  expect(again.stdout).toContain('No changes. The environment matches the configuration.');
  expect(again.code).toBe(0);
}, 60_000);
