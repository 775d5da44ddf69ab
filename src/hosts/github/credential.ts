// Login for the Action. With `permissions: id-token: write` the runner can mint an OIDC ID token; we hand
// Entra a FRESH one every time a new access token is needed, so a long apply never fails on an expired
// assertion (AADSTS700024). Without it, the Azure layer's credential chain (e.g. after azure/login).
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import { lazyCredential } from '../shared/lazy-credential.js';

/** The audience Entra's workload identity federation expects (the `azure/login` default). */
export const AZURE_AD_TOKEN_EXCHANGE = 'api://AzureADTokenExchange';

export interface OidcCredentialOptions {
  clientId: string;
  tenantId: string;
  /** `core.getIDToken`: one call, one new token from the runner. */
  getIdToken: (audience: string) => Promise<string>;
  /** Entra's host; tests point it at a stand-in. */
  authorityHost?: string;
  httpClient?: HttpClient;
}

export function createGitHubOidcCredential(opts: OidcCredentialOptions): TokenCredential {
  return lazyCredential(async () => {
    const { ClientAssertionCredential } = await import('@azure/identity');
    return new ClientAssertionCredential(
      opts.tenantId,
      opts.clientId,
      () => opts.getIdToken(AZURE_AD_TOKEN_EXCHANGE),
      {
        authorityHost: opts.authorityHost,
        httpClient: opts.httpClient,
        // A stand-in authority (tests, sovereign clouds behind a proxy) has no instance discovery endpoint.
        disableInstanceDiscovery: opts.authorityHost !== undefined,
      },
    );
  });
}

export interface CredentialChoice {
  credential: TokenCredential;
  /** For the log: which login was chosen and why. */
  description: string;
}

/**
 * OIDC when the job can mint ID tokens and the client and tenant are known; the tenant comes from `tenant-id`
 * (or AZURE_TENANT_ID), else from the environment's `tenantId` in the config. Otherwise the credential chain.
 */
export function chooseCredential(
  ids: { clientId?: string; tenantId?: string },
  env: Record<string, string | undefined>,
  deps: { getIdToken: (audience: string) => Promise<string>; fallback: () => TokenCredential },
  fromConfig?: { tenantId?: string; where: string },
): CredentialChoice {
  const canMintIdToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const tenantId = ids.tenantId ?? fromConfig?.tenantId;
  if (canMintIdToken && ids.clientId && tenantId) {
    const tenantSource = ids.tenantId ? '' : ` (tenant from ${fromConfig!.where})`;
    return {
      credential: createGitHubOidcCredential({
        clientId: ids.clientId,
        tenantId,
        getIdToken: deps.getIdToken,
      }),
      description: `OIDC workload identity federation for client ${ids.clientId} in tenant ${tenantId}${tenantSource} (a fresh GitHub ID token per Azure token)`,
    };
  }
  let why: string;
  if (!canMintIdToken && ids.clientId) {
    why =
      "client-id is set but the job cannot request an OIDC token: add 'permissions: id-token: write' to the job to log in with OIDC";
  } else if (canMintIdToken && ids.clientId) {
    why = `OIDC is available but no tenant is known: set tenant-id (or AZURE_TENANT_ID), or tenantId under ${fromConfig?.where ?? 'the environment in the config'}`;
  } else if (canMintIdToken) {
    why = 'OIDC is available but client-id is not set (input or AZURE_CLIENT_ID)';
  } else {
    why = 'no OIDC token available';
  }
  return { credential: deps.fallback(), description: `the Azure credential chain (${why})` };
}
