// The Azure credential from an Azure Resource Manager service connection, read through the task lib's
// endpoint API: workload identity federation (recommended), service principal with secret or certificate,
// or the agent's managed identity. Secrets are registered with the agent's masker and never logged.
import type { TokenCredential } from '@azure/core-auth';
import type { HttpClient } from '@azure/core-rest-pipeline';
import {
  AzurePipelinesCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
} from '@azure/identity';

/** What the credential needs from the agent; `tl` in production, plain values in tests. */
export interface EndpointReader {
  scheme(id: string): string | undefined;
  authParam(id: string, key: string): string | undefined;
  dataParam(id: string, key: string): string | undefined;
  variable(name: string): string | undefined;
  setSecret(value: string): void;
}

export class ServiceConnectionError extends Error {}

export interface ServiceConnectionCredential {
  credential: TokenCredential;
  scheme: string;
  description: string;
  tenantId?: string;
  subscriptionId?: string;
}

/** Entra hosts of the public and sovereign clouds, which Entra's instance discovery knows. */
const CLOUD_AUTHORITY_HOSTS = [
  'login.microsoftonline.com',
  'login.chinacloudapi.cn',
  'login.microsoftonline.us',
  'login.microsoftonline.de',
];

/**
 * Instance discovery only knows the clouds' own Entra hosts; an authority elsewhere (Azure Stack's, a
 * test's stand-in) must be used as given.
 */
function isPublicCloudAuthority(authorityHost: string | undefined): boolean {
  if (!authorityHost) return true;
  try {
    return CLOUD_AUTHORITY_HOSTS.includes(new URL(authorityHost).host.toLowerCase());
  } catch {
    return true;
  }
}

export const SUPPORTED_SCHEMES = ['WorkloadIdentityFederation', 'ServicePrincipal', 'ManagedServiceIdentity'];

/** The endpoint the agent gives every task, carrying the job's access token (as in-box Azure tasks read it). */
export const JOB_CONNECTION = 'SystemVssConnection';

const ACCESS_TOKEN_HINT =
  `The agent hands it to every task through its ${JOB_CONNECTION} endpoint; where this task cannot see it, map the ` +
  "job's access token into the task:\n  env:\n    SYSTEM_ACCESSTOKEN: $(System.AccessToken)";

/**
 * Registers a PEM with the agent's masker line by line: the agent masks single lines only (the task lib
 * refuses a multi-line secret), and a key is never printed whole anyway.
 */
function maskPem(pem: string, setSecret: (value: string) => void): void {
  for (const line of pem.split(/\r?\n/)) {
    const text = line.trim();
    if (text && !text.startsWith('-----')) setSecret(text);
  }
}

export function serviceConnectionCredential(
  id: string,
  reader: EndpointReader,
  opts: { authorityHost?: string; httpClient?: HttpClient; env?: Record<string, string | undefined> } = {},
): ServiceConnectionCredential {
  const scheme = reader.scheme(id);
  if (!scheme) {
    throw new ServiceConnectionError(
      `Service connection '${id}' was not found or has no authorization details. Check the name in 'azureSubscription' ` +
        'and that this pipeline is allowed to use the connection (Project settings → Service connections → Security).',
    );
  }
  const tenantId = reader.authParam(id, 'tenantid');
  const clientId = reader.authParam(id, 'serviceprincipalid');
  const subscriptionId = reader.dataParam(id, 'subscriptionid');
  const authorityHost = opts.authorityHost ?? reader.dataParam(id, 'activeDirectoryAuthority');
  const common = {
    authorityHost,
    httpClient: opts.httpClient,
    disableInstanceDiscovery: opts.authorityHost !== undefined || !isPublicCloudAuthority(authorityHost),
  };
  const need = (value: string | undefined, what: string): string => {
    if (!value)
      throw new ServiceConnectionError(
        `Service connection '${id}' (${scheme}) has no ${what}; edit the connection and save it again.`,
      );
    return value;
  };

  switch (scheme.toLowerCase()) {
    case 'workloadidentityfederation': {
      const env = opts.env ?? process.env;
      const accessToken =
        reader.authParam(JOB_CONNECTION, 'AccessToken') ||
        reader.variable('System.AccessToken') ||
        env.SYSTEM_ACCESSTOKEN;
      if (!accessToken) {
        throw new ServiceConnectionError(
          `Service connection '${id}' uses workload identity federation, which needs the pipeline's System.AccessToken to ` +
            `request an ID token, and the task cannot see it. ${ACCESS_TOKEN_HINT}`,
        );
      }
      reader.setSecret(accessToken);
      if (!env.SYSTEM_OIDCREQUESTURI) {
        throw new ServiceConnectionError(
          `Service connection '${id}' uses workload identity federation, but SYSTEM_OIDCREQUESTURI is not set: run the task on an ` +
            'Azure Pipelines agent (the agent sets it for every job).',
        );
      }
      // The library asks the pipeline for a fresh ID token whenever it needs a new access token.
      const credential = new AzurePipelinesCredential(
        need(tenantId, 'tenant id'),
        need(clientId, 'client id'),
        id,
        accessToken,
        common,
      );
      return {
        credential,
        scheme,
        tenantId,
        subscriptionId,
        description: `workload identity federation through service connection '${id}' (client ${clientId}, tenant ${tenantId})`,
      };
    }
    case 'serviceprincipal': {
      const type = reader.authParam(id, 'authenticationType');
      if (type === 'spnCertificate') {
        const pem = need(reader.authParam(id, 'servicePrincipalCertificate'), 'certificate');
        maskPem(pem, (line) => reader.setSecret(line));
        return {
          credential: new ClientCertificateCredential(
            need(tenantId, 'tenant id'),
            need(clientId, 'client id'),
            { certificate: pem },
            common,
          ),
          scheme,
          tenantId,
          subscriptionId,
          description: `service principal ${clientId} with a certificate (service connection '${id}')`,
        };
      }
      const secret = need(reader.authParam(id, 'serviceprincipalkey'), 'service principal key');
      reader.setSecret(secret);
      return {
        credential: new ClientSecretCredential(
          need(tenantId, 'tenant id'),
          need(clientId, 'client id'),
          secret,
          common,
        ),
        scheme,
        tenantId,
        subscriptionId,
        description: `service principal ${clientId} with a secret (service connection '${id}'); consider workload identity federation`,
      };
    }
    case 'managedserviceidentity': {
      const msiClientId = reader.dataParam(id, 'msiclientId');
      return {
        credential: msiClientId
          ? new ManagedIdentityCredential({ clientId: msiClientId })
          : new ManagedIdentityCredential(),
        scheme,
        tenantId,
        subscriptionId,
        description: `the agent's managed identity${msiClientId ? ` ${msiClientId}` : ''} (service connection '${id}')`,
      };
    }
    default:
      throw new ServiceConnectionError(
        `Service connection '${id}' uses the authorization scheme '${scheme}', which this task does not support. ` +
          `Supported: ${SUPPORTED_SCHEMES.join(', ')}.`,
      );
  }
}
