// Retries ARM's transient conflicts. The SDK's own policy already retries 429 and 5xx (honouring
// Retry-After); what it does not know is that some 409s only mean "not now": another operation on the
// same resource, a resource group still being deleted, a dependency not yet provisioned.
import { toArmError } from './errors.js';

const TRANSIENT_CODES = new Set([
  'AnotherOperationInProgress',
  'RetryableError',
  'RetryableErrorDueToAnotherOperation',
  'ResourceGroupBeingDeleted',
  'ReferencedResourceNotProvisioned',
  'OperationPreempted',
  // A deployment of the same name still running (e.g. from a run that was killed): wait for it to end.
  'DeploymentActive',
  // A managed identity created seconds ago is not yet replicated to Entra ID.
  'PrincipalNotFound',
]);

/** Throttling and server errors that outlasted the SDK's own (short) retries: worth a longer wait. */
export function isThrottledOrUnavailable(error: unknown): boolean {
  const info = toArmError(error);
  if (info.statusCode !== undefined && [429, 500, 502, 503, 504].includes(info.statusCode)) return true;
  return /ECONNRESET|socket hang up/i.test(`${info.code} ${info.message}`);
}

export function isRetryableArmError(error: unknown): boolean {
  return isTransientConflict(error) || isThrottledOrUnavailable(error);
}

export function isTransientConflict(error: unknown): boolean {
  const info = toArmError(error);
  if (TRANSIENT_CODES.has(info.code)) return true;
  // ARM sometimes answers a plain `Conflict` whose message says the same thing.
  if (info.code === 'Conflict' && /being deleted|in progress|another operation|try again/i.test(info.message))
    return true;
  return false;
}

export interface RetryOptions {
  /** Attempts in total, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  isRetryable?: (error: unknown) => boolean;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `op`, retrying transient conflicts (and throttling the SDK gave up on) with exponential backoff and jitter. */
export async function withRetry<T>(op: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 6;
  const base = opts.baseDelayMs ?? 2000;
  const max = opts.maxDelayMs ?? 60_000;
  const wait = opts.sleep ?? sleep;
  const random = opts.random ?? Math.random;
  const retryable = opts.isRetryable ?? isRetryableArmError;
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (attempt >= attempts || !retryable(error)) throw error;
      const ceiling = Math.min(max, base * 2 ** (attempt - 1));
      // Full jitter spreads parallel services that hit the same conflict.
      const delayMs = Math.round(ceiling / 2 + (random() * ceiling) / 2);
      opts.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
    }
  }
}
