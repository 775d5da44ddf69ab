// Puts a management lock on a resource of the emulated Azure a host step uses (its embedded emulator's state
// dir), the way a platform team locks a resource in Azure: through ARM's locks API, on an emulator started on
// that state dir between two steps. A later delete of the resource then fails with ARM's ScopeLocked.
import { startEmulator } from '../../src/emulator/index.js';

export async function lockResource(
  stateDir: string,
  resourceId: string,
  level: 'CanNotDelete' | 'ReadOnly' = 'CanNotDelete',
): Promise<void> {
  const emulator = await startEmulator({ stateDir, port: 0, host: '127.0.0.1' });
  try {
    const url = `${emulator.url}${resourceId}/providers/Microsoft.Authorization/locks/platform-keep?api-version=2020-05-01`;
    const res = await fetch(url, {
      method: 'PUT',
      headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { level, notes: 'kept by the platform team' } }),
    });
    if (!res.ok) throw new Error(`locking ${resourceId} failed: ${res.status} ${await res.text()}`);
  } finally {
    await emulator.close();
  }
}

/** The id of the resource of `type` the plan's `service` action names. */
export function resourceOfPlan(
  plan: { actions: { service: string; resources: { id: string; type: string }[] }[] },
  service: string,
  type: string,
): string {
  const found = plan.actions
    .find((a) => a.service === service)
    ?.resources.find((r) => r.type.toLowerCase() === type.toLowerCase());
  if (!found) throw new Error(`the plan has no ${type} for ${service}`);
  return found.id;
}
