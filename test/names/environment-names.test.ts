// Any environment name the config accepts (1–8 lower-case letters or digits) in any region: validate either
// accepts it — and then every name it builds is one Azure takes (the emulator's name checks, ARM's rules, are
// the judge) — or refuses it with an error at the environment's key saying which name and why. Never a
// deploy-time failure.
import fc from 'fast-check';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildDesiredState } from '../../src/core/desired.js';
import { ENVIRONMENT_NAME_PATTERN } from '../../src/core/config/spec.js';
import { refFromId } from '../../src/emulator/ids.js';
import { checkBody } from '../../src/emulator/validate.js';
import type { ObservedState } from '../../src/core/types.js';

/** Many add-ons on, so most name rules of the catalog are exercised. */
function configText(env: string, prefix: string, number: number, location: string): string {
  return `version: 1
architecture: genai-1
project:
  number: ${number}
  prefix: ${prefix}
  scaleSet: "001"
  location: ${location}
network:
  mode: standalone
environments:
  ${env}:
    subscriptionId: 11111111-1111-1111-1111-111111111111
    tenantId: 99999999-9999-4999-8999-999999999999
    addressSpace: 172.16.0.0/16
flags:
  azureOpenAI: true
  cosmosDb: true
  containerRegistry: true
  containerApps: true
  aks: true
  azureML: true
  aksForAzureML: true
  foundryCapabilityHost: true
`;
}

const observed = (subscriptionId: string): ObservedState => ({
  schemaVersion: 1,
  subscriptionId,
  resourceGroups: [],
  resources: [],
  subnets: [],
  softDeleted: [],
});

/** The error codes the emulator answers a name Azure refuses with. */
const NAME_CODES = new Set(['AccountNameInvalid', 'VaultNameNotValid', 'InvalidName', 'InvalidResourceName']);

const envName = fc.stringMatching(new RegExp(ENVIRONMENT_NAME_PATTERN));

test('property: a custom environment name is accepted with names Azure takes, or refused at its key', () => {
  let refused = 0;
  let accepted = 0;
  fc.assert(
    fc.property(
      envName,
      fc.stringMatching(/^[a-z][a-z0-9]{1,5}$/),
      fc.integer({ min: 1, max: 999 }),
      fc.constantFrom(...catalog.regions.map((r) => r.name)),
      (env, prefix, number, location) => {
        const text = configText(env, prefix, number, location);
        const parsed = parseConfig(text, 'aifactory.yaml', catalog);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const config = parsed.config!;
        const desired = buildDesiredState(
          config,
          env,
          catalog,
          observed(config.environments[env].subscriptionId),
          {
            allowDestroy: [],
          },
        );
        const nameErrors = desired.diagnostics.filter((d) => d.code === 'names.invalid');
        if (nameErrors.length > 0) {
          refused++;
          const envLine = text.split('\n').findIndex((l) => l === `  ${env}:`) + 1;
          for (const d of nameErrors) {
            expect(d.severity).toBe('error');
            expect(d.message).toMatch(
              /^\w+: the name of .* cannot be used: ".*" is \d+ characters, the limit for .* is \d+; it is made of /,
            );
            expect(d.message).toContain(`the environment name '${env}'`);
            expect(d.location).toEqual({ file: 'aifactory.yaml', line: envLine, column: 3 });
            expect(d.hint).toMatch(/^use an environment name of at most \d+ characters/);
          }
          return;
        }
        accepted++;
        const refusedByAzure = desired.services
          .flatMap((s) => s.resources)
          .map((r) => {
            const ref = refFromId(r.id);
            const error = ref ? checkBody(ref, r.body) : undefined;
            return error && NAME_CODES.has(error.code) ? `${r.type} ${r.name}: ${error.message}` : undefined;
          })
          .filter(Boolean);
        expect(refusedByAzure).toEqual([]);
      },
    ),
    { numRuns: 80 },
  );
  // Both outcomes happen: 8-character names do not fit a Key Vault name in regions with 3-character codes.
  expect(accepted).toBeGreaterThan(0);
  expect(refused + accepted).toBe(80);
});

test('an 8-character environment name that cannot fit is refused at its key, naming the name, length, limit and inputs', () => {
  const text = configText('preprod1', 'acme', 1, 'swedencentral');
  const config = parseConfig(text, 'aifactory.yaml', catalog).config!;
  const desired = buildDesiredState(
    config,
    'preprod1',
    catalog,
    observed('11111111-1111-1111-1111-111111111111'),
    {
      allowDestroy: [],
    },
  );
  const errors = desired.diagnostics.filter((d) => d.code === 'names.invalid');
  expect(errors).toEqual([
    {
      severity: 'error',
      code: 'names.invalid',
      message: expect.stringMatching(
        /^keyVault: the name of Microsoft\.KeyVault\/vaults \(vault\) cannot be used: "kv-001-sdc-preprod1-\w{5}" is 25 characters, the limit for Microsoft\.KeyVault\/vaults is 24; it is made of the project number '001' \(3\), the location code 'sdc' of swedencentral \(3\), the environment name 'preprod1' \(8\) and a 5-character salt$/,
      ),
      location: { file: 'aifactory.yaml', line: 11, column: 3 },
      hint: 'use an environment name of at most 7 characters or a location whose short code has at most 2 characters',
    },
  ]);
  // Neither the prefix nor the scale set is in this name, so neither is suggested.
  expect(errors[0].hint).not.toMatch(/prefix|scaleSet/);
});
