// How the real Azure SDK clients talk to the emulator over plain http on loopback. The SDK refuses a bearer
// token over http ("Bearer token authentication is not permitted for non-TLS protected (non-https) URLs"),
// so the bearer policy is swapped for one that sets the header (the emulator accepts any token).
import type { TokenCredential } from '@azure/core-auth';
import {
  bearerTokenAuthenticationPolicyName,
  type Pipeline,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';

export const LOCAL_AUTH_POLICY_NAME = 'aifactoryEmulatorBearer';

/**
 * Sent by the emulator on every answer: its time scale, so a client of an emulator it did not start
 * (`--endpoint`) can tell how long the catalog's seconds take there (the apply's ETA).
 */
export const TIME_SCALE_HEADER = 'x-aifactory-time-scale';

/** A credential for the emulator: any token will do. */
export const emulatorCredential: TokenCredential = {
  async getToken() {
    return { token: 'local-emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};

export interface LocalClientOptions {
  endpoint: string;
  /** arm-resources reads `endpoint`; older generated clients read `baseUri`. */
  baseUri: string;
  allowInsecureConnection: true;
  retryOptions: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  additionalPolicies: { policy: PipelinePolicy; position: 'perCall' | 'perRetry' }[];
}

/**
 * Options for `new ResourceManagementClient(cred, sub, opts)` / `new DeploymentsClient(cred, sub, opts)`
 * against the emulator. Pass the constructed client to `useLocalAuth` as well: the SDKs add their https-only
 * bearer policy after reading the options, so it can only be removed from the built pipeline.
 */
export function localClientOptions(
  endpoint: string,
  opts: { retryDelayInMs?: number } = {},
): LocalClientOptions {
  const clean = endpoint.replace(/\/+$/, '');
  return {
    endpoint: clean,
    baseUri: clean,
    allowInsecureConnection: true,
    // Time is scaled down in the emulator; waiting the SDK's default second between retries would dominate.
    retryOptions: { maxRetries: 3, retryDelayInMs: opts.retryDelayInMs ?? 20, maxRetryDelayInMs: 200 },
    additionalPolicies: [],
  };
}

function localAuthPolicy(credential: TokenCredential): PipelinePolicy {
  return {
    name: LOCAL_AUTH_POLICY_NAME,
    async sendRequest(request, next) {
      const token = await credential.getToken('https://management.azure.com/.default');
      request.headers.set('authorization', `Bearer ${token?.token ?? 'local-emulator-token'}`);
      request.allowInsecureConnection = true;
      return next(request);
    },
  };
}

/** Replaces the client's bearer policy with one that works over http. Returns the client for chaining. */
export function useLocalAuth<T extends { pipeline: Pipeline }>(
  client: T,
  credential: TokenCredential = emulatorCredential,
): T {
  client.pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
  client.pipeline.removePolicy({ name: LOCAL_AUTH_POLICY_NAME });
  client.pipeline.addPolicy(localAuthPolicy(credential), { phase: 'Sign' });
  return client;
}
