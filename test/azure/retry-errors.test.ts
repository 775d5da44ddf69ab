import { RestError } from '@azure/core-rest-pipeline';
import { isTransientConflict, withRetry } from '../../src/azure/retry.js';
import { ArmOperationError, isNotFound, toArmError } from '../../src/azure/errors.js';

function restError(status: number, code: string, message: string, details?: unknown[]) {
  const e = new RestError(message, { statusCode: status, code });
  e.details = { error: { code, message, ...(details ? { details } : {}) } };
  return e;
}

describe('ARM errors', () => {
  test('the innermost code of a failed deployment is what the user sees, with a hint', () => {
    const e = restError(400, 'DeploymentFailed', 'At least one resource deployment operation failed.', [
      {
        code: 'ScopeLocked',
        message:
          "The scope '/subscriptions/x/resourceGroups/rg' cannot perform delete operation because following scope(s) are locked",
      },
    ]);
    const info = toArmError(e);
    expect(info.code).toBe('ScopeLocked');
    expect(info.statusCode).toBe(400);
    expect(info.hint).toMatch(/remove the lock/);
  });

  test('hints for authorization, templates, quota, throttling and server errors', () => {
    expect(toArmError(restError(403, 'AuthorizationFailed', 'no')).hint).toMatch(/Contributor/);
    expect(toArmError(restError(400, 'InvalidTemplate', 'bad')).hint).toMatch(/bug/);
    expect(toArmError(restError(409, 'RegionalQuotaExceeded', 'quota')).hint).toMatch(/quota/);
    expect(toArmError(restError(429, 'TooManyRequests', 'slow down')).hint).toMatch(/--parallelism/);
    expect(toArmError(restError(503, 'ServiceUnavailable', 'down')).hint).toMatch(/re-run/);
  });

  test('connection failures get a code and a hint, never a stack', () => {
    const info = toArmError(
      new RestError('connect ECONNREFUSED 127.0.0.1:1', { code: 'REQUEST_SEND_ERROR' }),
    );
    expect(info.code).toBe('REQUEST_SEND_ERROR');
    const bare = toArmError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {}));
    expect(bare.code).toBe('ECONNREFUSED');
    expect(bare.hint).toMatch(/emulator/);
    expect(bare.message).not.toMatch(/\n/);
  });

  test('bodies only as text are parsed; unknown shapes keep the message', () => {
    const e = Object.assign(new Error('x'), {
      response: { status: 409, bodyAsText: JSON.stringify({ error: { code: 'Conflict', message: 'busy' } }) },
    });
    expect(toArmError(e)).toMatchObject({ code: 'Conflict', message: 'busy', statusCode: 409 });
    expect(toArmError('weird')).toMatchObject({ code: 'Unknown', message: 'weird' });
    expect(toArmError(new ArmOperationError({ code: 'X', message: 'y' }))).toEqual({
      code: 'X',
      message: 'y',
    });
  });

  test('404s of every flavour are recognised', () => {
    expect(isNotFound(restError(404, 'ResourceNotFound', 'gone'))).toBe(true);
    expect(isNotFound(restError(404, 'ResourceGroupNotFound', 'gone'))).toBe(true);
    expect(isNotFound(restError(409, 'Conflict', 'busy'))).toBe(false);
  });
});

describe('retry of transient conflicts', () => {
  test('AnotherOperationInProgress, RetryableError and a group being deleted are transient; a lock is not', () => {
    expect(isTransientConflict(restError(409, 'AnotherOperationInProgress', 'busy'))).toBe(true);
    expect(isTransientConflict(restError(409, 'RetryableError', 'again'))).toBe(true);
    expect(isTransientConflict(restError(409, 'ResourceGroupBeingDeleted', 'going'))).toBe(true);
    expect(isTransientConflict(restError(409, 'Conflict', 'The resource group is being deleted'))).toBe(true);
    expect(isTransientConflict(restError(409, 'ScopeLocked', 'locked'))).toBe(false);
    expect(isTransientConflict(restError(409, 'Conflict', 'name taken'))).toBe(false);
  });

  test('retries with growing delays until it succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const value = await withRetry(
      async () => {
        if (++calls < 4) throw restError(409, 'AnotherOperationInProgress', 'busy');
        return 'ok';
      },
      { baseDelayMs: 100, sleep: async (ms) => void delays.push(ms), random: () => 1 },
    );
    expect(value).toBe('ok');
    expect(delays).toEqual([100, 200, 400]);
  });

  test('gives up after the attempts and rethrows the last error; never retries a permanent one', async () => {
    let calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw restError(409, 'AnotherOperationInProgress', 'busy');
        },
        { attempts: 3, sleep: async () => {} },
      ),
    ).rejects.toThrow('busy');
    expect(calls).toBe(3);
    calls = 0;
    await expect(
      withRetry(
        async () => {
          calls++;
          throw restError(409, 'ScopeLocked', 'locked');
        },
        { sleep: async () => {} },
      ),
    ).rejects.toThrow('locked');
    expect(calls).toBe(1);
  });
});

test('throttling and server errors that outlasted the SDK are retried too; unreachable endpoints are not', async () => {
  const { isRetryableArmError } = await import('../../src/azure/retry.js');
  expect(isRetryableArmError(restError(429, 'TooManyRequests', 'slow'))).toBe(true);
  expect(isRetryableArmError(restError(503, 'ServiceUnavailable', 'down'))).toBe(true);
  expect(isRetryableArmError(new Error('socket hang up'))).toBe(true);
  expect(isRetryableArmError(new Error('connect ECONNREFUSED 127.0.0.1:1'))).toBe(false);
  expect(isRetryableArmError(restError(400, 'InvalidTemplate', 'bad'))).toBe(false);
});
