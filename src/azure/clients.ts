// The ARM clients of one run: the resource client (groups, generic resources by id, tags) and the split
// deployments client, sharing a request counter (for the benchmarks and `--verbose` figures), a short LRO
// poll interval against the local emulator, and the SDK's own retry of 429/5xx.
import type { TokenCredential } from '@azure/core-auth';
import { ResourceManagementClient } from '@azure/arm-resources';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import { createHttpHeaders, createPipelineRequest, type PipelinePolicy } from '@azure/core-rest-pipeline';
import {
  emulatorCredential,
  localClientOptions,
  TIME_SCALE_HEADER,
  useLocalAuth,
} from '../emulator/client-options.js';
import { ArmOperationError, toArmError } from './errors.js';
import type { RetryOptions } from './retry.js';

export const ARM_ENDPOINT = 'https://management.azure.com';

/**
 * The token scope for an ARM endpoint: Azure's own management scope for the public cloud, else the endpoint's
 * (`https://management.usgovcloudapi.net/.default`), as the Azure SDK derives it for sovereign clouds.
 */
export function armScope(endpoint: string = ARM_ENDPOINT): string {
  const base = endpoint.replace(/\/+$/, '');
  return /^https:\/\/management\.azure\.com$/i.test(base) ? `${ARM_ENDPOINT}/.default` : `${base}/.default`;
}

export interface RequestStats {
  total: number;
  byOperation: Record<string, number>;
}

export interface ArmContext {
  target: 'azure' | 'local';
  endpoint: string;
  subscriptionId: string;
  resources: ResourceManagementClient;
  deployments: DeploymentsClient;
  /** Milliseconds between polls of long-running operations. */
  pollIntervalMs: number;
  /** Every HTTP request sent, retries included. */
  stats: RequestStats;
  /** api-versions by ARM type (the catalog's), for the calls the Azure layer makes on its own. */
  apiVersions: Record<string, string>;
  /** Backoff of ARM's transient conflicts (short against the emulator's scaled clock). */
  retry: RetryOptions;
  /**
   * The last error body ARM sent for a path (lower-cased, no query). The SDKs keep only the top-level code
   * of a failed request; the inner errors (which resource, which property) are read back from here.
   */
  lastErrorBody(path: string): unknown;
  /**
   * The time scale a local emulator said it runs at (its `x-aifactory-time-scale` header on any answer so far):
   * how long the catalog's seconds take there, for the ETA. Undefined on Azure and before the first answer.
   */
  emulatorTimeScale(): number | undefined;
  /** A raw ARM call through the same pipeline (auth, retry, counting), for paths the SDKs do not cover. */
  request(
    method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH',
    path: string,
    apiVersion: string,
    body?: unknown,
  ): Promise<{ status: number; body: unknown; headers: Record<string, string> }>;
}

export interface ArmContextOptions {
  target: 'azure' | 'local';
  endpoint?: string;
  credential?: TokenCredential;
  subscriptionId: string;
  pollIntervalMs?: number;
  /** The SDK's retry count for 429/5xx (default 3, its own default). */
  maxRetries?: number;
  /** api-versions by ARM type, usually from the catalog; GA fallbacks cover the types the layer reads itself. */
  apiVersions?: Record<string, string>;
  retry?: RetryOptions;
}

/** GA api-versions of what observe/apply read on their own when the catalog does not say. */
export const FALLBACK_API_VERSIONS: Record<string, string> = {
  'Microsoft.Network/virtualNetworks': '2024-05-01',
  'Microsoft.KeyVault/vaults': '2022-07-01',
  'Microsoft.CognitiveServices/accounts': '2025-06-01',
  'Microsoft.ManagedIdentity/userAssignedIdentities': '2023-01-31',
};

function errorCapturePolicy(bodies: Map<string, unknown>): PipelinePolicy {
  return {
    name: 'aifactoryErrorCapture',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status >= 400 && response.bodyAsText) {
        try {
          const key = new URL(request.url).pathname.toLowerCase();
          bodies.delete(key);
          bodies.set(key, JSON.parse(response.bodyAsText));
          // Keep the memory bounded on long applies.
          if (bodies.size > 200) bodies.delete(bodies.keys().next().value!);
        } catch {
          // not JSON
        }
      }
      return response;
    },
  };
}

function timeScalePolicy(seen: { value?: number }): PipelinePolicy {
  return {
    name: 'aifactoryEmulatorTimeScale',
    async sendRequest(request, next) {
      const response = await next(request);
      const header = response.headers.get(TIME_SCALE_HEADER);
      const value = header === undefined ? NaN : Number(header);
      if (Number.isFinite(value) && value >= 0) seen.value = value;
      return response;
    },
  };
}

function countingPolicy(stats: RequestStats): PipelinePolicy {
  return {
    name: 'aifactoryRequestCounter',
    async sendRequest(request, next) {
      stats.total++;
      const path = new URL(request.url).pathname;
      const key = `${request.method} ${operationKey(path)}`;
      stats.byOperation[key] = (stats.byOperation[key] ?? 0) + 1;
      return next(request);
    },
  };
}

/** Groups request paths by what they do (ids stripped), so figures compare across runs. */
function operationKey(path: string): string {
  const p = path.toLowerCase();
  if (/\/resourcegroups\/[^/]+\/resources$/.test(p)) return 'listResourcesByGroup';
  if (
    /\/providers\/microsoft\.resources\/deployments\/[^/]+\/operationstatuses\//.test(p) ||
    /operationstatuses|operationresults|asyncoperations/.test(p)
  )
    return 'pollOperation';
  if (/\/deployments\/[^/]+$/.test(p)) return 'deployment';
  if (/\/resourcegroups$/.test(p)) return 'listResourceGroups';
  if (/\/resourcegroups\/[^/]+$/.test(p)) return 'resourceGroup';
  if (/deletedvaults|deletedaccounts/.test(p)) return 'softDeleted';
  if (/\/virtualnetworks\/[^/]+$/.test(p)) return 'virtualNetwork';
  return 'resourceById';
}

export function createArmContext(opts: ArmContextOptions): ArmContext {
  const local = opts.target === 'local';
  const endpoint = (opts.endpoint ?? (local ? undefined : ARM_ENDPOINT))?.replace(/\/+$/, '');
  if (!endpoint) throw new Error('target local needs the emulator endpoint');
  const credential = local ? emulatorCredential : opts.credential;
  if (!credential) throw new Error('target azure needs a credential');
  const stats: RequestStats = { total: 0, byOperation: {} };
  const errorBodies = new Map<string, unknown>();
  const counting = { policy: countingPolicy(stats), position: 'perRetry' as const };
  const capture = { policy: errorCapturePolicy(errorBodies), position: 'perRetry' as const };
  const scale: { value?: number } = {};
  const scaleSeen = { policy: timeScalePolicy(scale), position: 'perRetry' as const };
  // Against the emulator: plain http, and retry delays scaled down like its clock.
  const transport = local
    ? { ...localClientOptions(endpoint), additionalPolicies: [counting, capture, scaleSeen] }
    : {
        endpoint,
        retryOptions: { maxRetries: opts.maxRetries ?? 3 },
        additionalPolicies: [counting, capture],
      };
  if (local && opts.maxRetries !== undefined) transport.retryOptions.maxRetries = opts.maxRetries;
  // The emulator takes any token; Azure (public, sovereign, or an endpoint given with --endpoint) its own scope.
  const scope = local ? `${ARM_ENDPOINT}/.default` : armScope(endpoint);
  const common = { ...transport, credentialScopes: [scope] };
  const resources = new ResourceManagementClient(credential, opts.subscriptionId, common);
  const deployments = new DeploymentsClient(credential, opts.subscriptionId, {
    ...common,
    credentials: { scopes: [scope] },
  });
  if (local) {
    useLocalAuth(resources);
    useLocalAuth(deployments);
  }

  const request: ArmContext['request'] = async (method, path, apiVersion, body) => {
    // nextLinks come back absolute and carry their api-version already.
    const base = /^https?:\/\//i.test(path) ? path : `${endpoint}${path}`;
    const url = /[?&]api-version=/.test(base)
      ? base
      : `${base}${base.includes('?') ? '&' : '?'}api-version=${encodeURIComponent(apiVersion)}`;
    const req = createPipelineRequest({
      url,
      method,
      headers: createHttpHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
      allowInsecureConnection: local,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const res = await resources.sendRequest(req);
    let parsed: unknown = undefined;
    if (res.bodyAsText) {
      try {
        parsed = JSON.parse(res.bodyAsText);
      } catch {
        parsed = res.bodyAsText;
      }
    }
    if (res.status >= 400) {
      const info = toArmError({
        statusCode: res.status,
        details: parsed,
        message: `${method} ${path}: HTTP ${res.status}`,
      });
      throw Object.assign(new ArmOperationError(info), { statusCode: res.status });
    }
    return { status: res.status, body: parsed, headers: res.headers.toJSON() };
  };

  return {
    target: opts.target,
    endpoint,
    subscriptionId: opts.subscriptionId,
    resources,
    deployments,
    pollIntervalMs: opts.pollIntervalMs ?? (local ? 50 : 5000),
    stats,
    apiVersions: { ...FALLBACK_API_VERSIONS, ...(opts.apiVersions ?? {}) },
    retry: opts.retry ?? (local ? { baseDelayMs: 100, maxDelayMs: 2000, attempts: 8 } : {}),
    request,
    lastErrorBody: (path) => errorBodies.get(path.toLowerCase()),
    emulatorTimeScale: () => scale.value,
  };
}
