import {
  AzurePipelinesCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
} from '@azure/identity';
import { type EndpointReader, serviceConnectionCredential } from '../../src/hosts/ado/credential.js';
import {
  ENTRA_STAND_IN_HOST,
  json,
  routeAuthorityTo,
  startEntraStandIn,
  startStandIn,
} from '../github/stand-ins.js';

const TENANT = '11111111-1111-1111-1111-111111111111';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const CONNECTION = '3b4c5d6e-0000-4000-8000-000000000abc';

/** The agent's ENDPOINT_* variables as the task lib reads them, without an agent. */
function endpoint(values: {
  scheme?: string;
  auth?: Record<string, string>;
  data?: Record<string, string>;
  variables?: Record<string, string>;
  /** The job's access token on the agent's SystemVssConnection endpoint. */
  jobAccessToken?: string;
}): EndpointReader & { secrets: string[] } {
  const secrets: string[] = [];
  return {
    secrets,
    scheme: () => values.scheme,
    authParam: (id, key) =>
      id === 'SystemVssConnection'
        ? key === 'AccessToken'
          ? values.jobAccessToken
          : undefined
        : values.auth?.[key],
    dataParam: (_id, key) => values.data?.[key],
    variable: (name) => values.variables?.[name],
    setSecret: (v) => void secrets.push(v),
  };
}

const ids = { tenantid: TENANT, serviceprincipalid: CLIENT };

describe('credential from the service connection', () => {
  test('service principal with a secret: the secret is masked', () => {
    const reader = endpoint({
      scheme: 'ServicePrincipal',
      auth: { ...ids, serviceprincipalkey: 's3cret', authenticationType: 'spnKey' },
      data: { subscriptionid: 'sub' },
    });
    const sc = serviceConnectionCredential('conn', reader);
    expect(sc.credential).toBeInstanceOf(ClientSecretCredential);
    expect(sc.subscriptionId).toBe('sub');
    expect(sc.tenantId).toBe(TENANT);
    expect(reader.secrets).toEqual(['s3cret']);
    expect(sc.description).not.toContain('s3cret');
  });

  test('service principal with a certificate', () => {
    const pem =
      '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\ndef\n-----END CERTIFICATE-----';
    const reader = endpoint({
      scheme: 'ServicePrincipal',
      auth: { ...ids, authenticationType: 'spnCertificate', servicePrincipalCertificate: pem },
    });
    const sc = serviceConnectionCredential('conn', reader);
    expect(sc.credential).toBeInstanceOf(ClientCertificateCredential);
    // The agent masks single lines (the task lib refuses a multi-line secret): every line of key and certificate.
    expect(reader.secrets).toEqual(['abc', 'def']);
  });

  test('managed identity, user-assigned when the connection names a client id', () => {
    expect(
      serviceConnectionCredential(
        'c',
        endpoint({ scheme: 'ManagedServiceIdentity', auth: { tenantid: TENANT } }),
      ).credential,
    ).toBeInstanceOf(ManagedIdentityCredential);
    const sc = serviceConnectionCredential(
      'c',
      endpoint({ scheme: 'ManagedServiceIdentity', data: { msiclientId: 'abc' } }),
    );
    expect(sc.description).toContain('abc');
  });

  test("workload identity federation takes the job's access token from the agent's SystemVssConnection first", () => {
    const env = {}; // outside an agent: stops right after the token is found
    const fromAgent = endpoint({
      scheme: 'WorkloadIdentityFederation',
      auth: ids,
      jobAccessToken: 'from-agent',
      variables: { 'System.AccessToken': 'mapped' },
    });
    expect(() => serviceConnectionCredential('conn', fromAgent, { env })).toThrow(/SYSTEM_OIDCREQUESTURI/);
    expect(fromAgent.secrets).toEqual(['from-agent']);
    const mapped = endpoint({ scheme: 'WorkloadIdentityFederation', auth: ids });
    expect(() =>
      serviceConnectionCredential('conn', mapped, { env: { SYSTEM_ACCESSTOKEN: 'mapped-env' } }),
    ).toThrow(/SYSTEM_OIDCREQUESTURI/);
    expect(mapped.secrets).toEqual(['mapped-env']);
  });

  test('workload identity federation without System.AccessToken says how to map it', () => {
    const reader = endpoint({ scheme: 'WorkloadIdentityFederation', auth: ids });
    expect(() =>
      serviceConnectionCredential('conn', reader, { env: { SYSTEM_OIDCREQUESTURI: 'http://x' } }),
    ).toThrow(/SYSTEM_ACCESSTOKEN: \$\(System\.AccessToken\)/);
  });

  test('workload identity federation outside an agent says SYSTEM_OIDCREQUESTURI is missing', () => {
    const reader = endpoint({
      scheme: 'WorkloadIdentityFederation',
      auth: ids,
      variables: { 'System.AccessToken': 'tok' },
    });
    expect(() => serviceConnectionCredential('conn', reader, { env: {} })).toThrow(/SYSTEM_OIDCREQUESTURI/);
    expect(reader.secrets).toEqual(['tok']);
  });

  test('a missing connection, a missing field and an unknown scheme are clear errors', () => {
    expect(() => serviceConnectionCredential('nope', endpoint({}))).toThrow(
      /Service connection 'nope' was not found/,
    );
    expect(() =>
      serviceConnectionCredential('c', endpoint({ scheme: 'ServicePrincipal', auth: { tenantid: TENANT } })),
    ).toThrow(/has no service principal key/);
    expect(() => serviceConnectionCredential('c', endpoint({ scheme: 'UsernamePassword' }))).toThrow(
      /Supported: WorkloadIdentityFederation, ServicePrincipal, ManagedServiceIdentity/,
    );
  });

  test('workload identity federation asks the pipeline for an ID token with the connection id and access token, fresh each time', async () => {
    let minted = 0;
    const oidc = await startStandIn((req, res) => {
      minted++;
      json(res, 200, { oidcToken: `ado-id-token-${minted}` });
    });
    const entra = await startEntraStandIn();
    const saved = process.env.SYSTEM_OIDCREQUESTURI;
    const oidcUri = `${oidc.url}/org/project/_apis/distributedtask/hubs/build/plans/p/jobs/j/oidctoken`;
    process.env.SYSTEM_OIDCREQUESTURI = oidcUri;
    try {
      const reader = endpoint({
        scheme: 'WorkloadIdentityFederation',
        auth: ids,
        variables: { 'System.AccessToken': 'job-access-token' },
      });
      const sc = serviceConnectionCredential(CONNECTION, reader, {
        env: { SYSTEM_OIDCREQUESTURI: oidcUri },
        authorityHost: ENTRA_STAND_IN_HOST,
        httpClient: routeAuthorityTo(entra.url),
      });
      expect(sc.credential).toBeInstanceOf(AzurePipelinesCredential);
      const first = await sc.credential.getToken('https://management.azure.com/.default');
      const mintedAfterFirst = minted;
      const second = await sc.credential.getToken('https://management.azure.com/.default');

      expect([first?.token, second?.token]).toEqual(['access-token-1', 'access-token-2']);
      expect(oidc.requests.length).toBeGreaterThanOrEqual(2);
      for (const r of oidc.requests) {
        expect(r.method).toBe('POST');
        expect(r.url).toContain('/oidctoken?api-version=7.1');
        expect(new URL(r.url, oidc.url).searchParams.get('serviceConnectionId')).toBe(CONNECTION);
        expect(r.headers.authorization).toBe('Bearer job-access-token');
      }
      expect(minted).toBeGreaterThan(mintedAfterFirst);
      // The second exchange carried an ID token minted after the first access token was issued.
      expect(entra.assertions).toHaveLength(2);
      expect(Number(entra.assertions[1].replace('ado-id-token-', ''))).toBeGreaterThan(mintedAfterFirst);
      expect(reader.secrets).toContain('job-access-token');
    } finally {
      if (saved === undefined) delete process.env.SYSTEM_OIDCREQUESTURI;
      else process.env.SYSTEM_OIDCREQUESTURI = saved;
      await oidc.close();
      await entra.close();
    }
  });
});
