import { credentialChain, defaultCredential, describeCredentialChain } from '../../src/azure/credentials.js';

describe('default credential chain', () => {
  test('order: workload identity, service principal, Azure CLI, managed identity', () => {
    const env = {
      AZURE_CLIENT_ID: 'cid',
      AZURE_TENANT_ID: 'tid',
      AZURE_FEDERATED_TOKEN_FILE: '/var/run/token',
      AZURE_CLIENT_SECRET: 's3cret-value',
    };
    expect(credentialChain(env).map((l) => l.kind)).toEqual([
      'workloadIdentity',
      'servicePrincipalSecret',
      'azureCli',
      'managedIdentity',
    ]);
    // Descriptions are for logs: never the secret.
    expect(describeCredentialChain(env).join('\n')).not.toContain('s3cret-value');
  });

  test('a certificate service principal when there is no secret; nothing configured → CLI then managed identity', () => {
    const cert = credentialChain({
      AZURE_CLIENT_ID: 'c',
      AZURE_TENANT_ID: 't',
      AZURE_CLIENT_CERTIFICATE_PATH: '/x.pem',
    });
    expect(cert.map((l) => l.kind)).toEqual(['servicePrincipalCertificate', 'azureCli', 'managedIdentity']);
    expect(credentialChain({}).map((l) => l.kind)).toEqual(['azureCli', 'managedIdentity']);
  });

  test('defaultCredential returns a TokenCredential', () => {
    expect(typeof defaultCredential({}).getToken).toBe('function');
  });
});
