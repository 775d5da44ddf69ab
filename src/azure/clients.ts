// The ARM clients of one run: the resource client (groups, generic resources by id, tags) and the split
// deployments client, sharing a request counter (for the benchmarks and `--verbose` figures), a short LRO
// poll interval against the local emulator, and the SDK's own retry of 429/5xx.
import type { TokenCredential } from '@azure/core-auth';
import { ResourceManagementClient } from '@azure/arm-resources';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import {
  bearerTokenAuthenticationPolicyName,
  createHttpHeaders,
  createPipelineRequest,
  type Pipeline,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';
import { ArmOperationError, toArmError } from './errors.js';

export const ARM_ENDPOINT = 'https://management.azure.com';

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
}

/** GA api-versions of what observe/apply read on their own when the catalog does not say. */
export const FALLBACK_API_VERSIONS: Record<string, string> = {
  'Microsoft.Network/virtualNetworks': '2024-05-01',
  'Microsoft.KeyVault/vaults': '2022-07-01',
  'Microsoft.CognitiveServices/accounts': '2025-06-01',
  'Microsoft.ManagedIdentity/userAssignedIdentities': '2023-01-31',
};

/** The emulator accepts any token; the SDK still wants a credential object. */
export const localTokenCredential: TokenCredential = {
  async getToken() {
    return { token: 'local-emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};

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

/**
 * The SDK refuses a bearer token over plain http; the loopback emulator speaks http. Replace the bearer
 * policy with one that just sets the header (the emulator ignores its value).
 */
function allowLocalAuth(pipeline: Pipeline): void {
  pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
  pipeline.addPolicy(
    {
      name: 'aifactoryLocalBearer',
      async sendRequest(request, next) {
        request.headers.set('authorization', 'Bearer local-emulator-token');
        request.allowInsecureConnection = true;
        return next(request);
      },
    },
    { phase: 'Sign' },
  );
}

export function createArmContext(opts: ArmContextOptions): ArmContext {
  const local = opts.target === 'local';
  const endpoint = (opts.endpoint ?? (local ? undefined : ARM_ENDPOINT))?.replace(/\/+$/, '');
  if (!endpoint) throw new Error('target local needs the emulator endpoint');
  const credential = local ? localTokenCredential : opts.credential;
  if (!credential) throw new Error('target azure needs a credential');
  const stats: RequestStats = { total: 0, byOperation: {} };
  const common = {
    endpoint,
    allowInsecureConnection: local,
    retryOptions: { maxRetries: opts.maxRetries ?? 3 },
    additionalPolicies: [{ policy: countingPolicy(stats), position: 'perRetry' as const }],
    // Real ARM wants the management scope whatever the endpoint string looks like.
    credentialScopes: [`${ARM_ENDPOINT}/.default`],
  };
  const resources = new ResourceManagementClient(credential, opts.subscriptionId, common);
  const deployments = new DeploymentsClient(credential, opts.subscriptionId, {
    ...common,
    credentials: { scopes: [`${ARM_ENDPOINT}/.default`] },
  });
  if (local) {
    allowLocalAuth(resources.pipeline);
    allowLocalAuth(deployments.pipeline);
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
    request,
  };
}
