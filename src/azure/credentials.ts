// The credential for `--target azure` when the host brings none. The order is documented in docs/apply.md
// and fixed: what a CI runner configures explicitly wins over what happens to be on the machine.
//   1. workload identity  — AZURE_FEDERATED_TOKEN_FILE + AZURE_CLIENT_ID + AZURE_TENANT_ID (AKS, GitHub OIDC
//      written to a file); the token file is re-read on every refresh, so long applies do not outlive it;
//   2. service principal  — AZURE_CLIENT_ID + AZURE_TENANT_ID + AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH;
//   3. Azure CLI          — whoever ran `az login`;
//   4. managed identity   — the VM / agent's identity (AZURE_CLIENT_ID selects a user-assigned one).
// Only links whose variables are present join the chain, so the error names what was tried.
import type { TokenCredential } from '@azure/core-auth';
import {
  AzureCliCredential,
  ChainedTokenCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';

export interface CredentialLink {
  kind:
    | 'workloadIdentity'
    | 'servicePrincipalSecret'
    | 'servicePrincipalCertificate'
    | 'azureCli'
    | 'managedIdentity';
  /** For logs: never a secret, never a token. */
  description: string;
  credential: TokenCredential;
}

type Env = Record<string, string | undefined>;

/** Entra hosts of the public and sovereign clouds, which Entra's instance discovery knows. */
const CLOUD_AUTHORITY_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
];

/**
 * AZURE_AUTHORITY_HOST (the Entra of a sovereign cloud or an Azure Stack Hub's identity provider), and whether
 * Entra's instance discovery must be skipped: it only knows the clouds' own hosts.
 */
function authority(env: Env): { authorityHost?: string; disableInstanceDiscovery?: boolean } {
  const authorityHost = env.AZURE_AUTHORITY_HOST?.trim();
  if (!authorityHost) return {};
  let host = '';
  try {
    host = new URL(authorityHost).host.toLowerCase();
  } catch {
    // the identity library names the bad value itself
  }
  return {
    authorityHost,
    ...(CLOUD_AUTHORITY_HOSTS.includes(host) ? {} : { disableInstanceDiscovery: true }),
  };
}

export function credentialChain(env: Env = process.env): CredentialLink[] {
  const clientId = env.AZURE_CLIENT_ID;
  const tenantId = env.AZURE_TENANT_ID;
  const cloud = authority(env);
  const links: CredentialLink[] = [];
  if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && tenantId) {
    links.push({
      kind: 'workloadIdentity',
      description: `workload identity (client ${clientId}, tenant ${tenantId}, token file ${env.AZURE_FEDERATED_TOKEN_FILE})`,
      credential: new WorkloadIdentityCredential({
        clientId,
        tenantId,
        tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE,
        ...cloud,
      }),
    });
  }
  if (clientId && tenantId && env.AZURE_CLIENT_SECRET) {
    links.push({
      kind: 'servicePrincipalSecret',
      description: `service principal with a client secret (client ${clientId}, tenant ${tenantId})`,
      credential: new ClientSecretCredential(tenantId, clientId, env.AZURE_CLIENT_SECRET, cloud),
    });
  } else if (clientId && tenantId && env.AZURE_CLIENT_CERTIFICATE_PATH) {
    links.push({
      kind: 'servicePrincipalCertificate',
      description: `service principal with a certificate (client ${clientId}, tenant ${tenantId})`,
      credential: new ClientCertificateCredential(
        tenantId,
        clientId,
        {
          certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH,
          ...(env.AZURE_CLIENT_CERTIFICATE_PASSWORD
            ? { certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD }
            : {}),
        },
        cloud,
      ),
    });
  }
  links.push({
    kind: 'azureCli',
    description: 'Azure CLI (az login)',
    credential: new AzureCliCredential(tenantId ? { tenantId } : {}),
  });
  links.push({
    kind: 'managedIdentity',
    description: clientId ? `managed identity (client ${clientId})` : 'managed identity (system-assigned)',
    credential: clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential(),
  });
  return links;
}

/** The chained credential, in the documented order. */
export function defaultCredential(env: Env = process.env): TokenCredential {
  return new ChainedTokenCredential(...credentialChain(env).map((l) => l.credential));
}

/** What the chain will try, for the log (no secrets). */
export function describeCredentialChain(env: Env = process.env): string[] {
  return credentialChain(env).map((l) => l.description);
}
