// fast-check generators of whole projects over the real catalog: architecture, network mode, prefix, number,
// scale set, region, environment, address space, a subset of add-ons closed under `requires`, their options.
import fc from 'fast-check';
import { catalog } from '../../../src/core/catalog/index.js';
import { INJECTION_RULES } from '../../../src/core/config/subnet-injections.js';
import type { Architecture, NetworkMode, ObservedSubnet } from '../../../src/core/types.js';
import { ARCHITECTURES, MODES, addOns, flagsFor, requiredOptions, type ProjectSpec } from './project.js';

export const ENVIRONMENTS = ['dev', 'stage', 'prod'] as const;

const MODELS = [
  { name: 'gpt-4o', model: 'gpt-4o', version: '2024-11-20', sku: 'GlobalStandard', capacity: 30 },
  { name: 'gpt-4o-mini', model: 'gpt-4o-mini', version: '2024-07-18', sku: 'GlobalStandard', capacity: 50 },
  { name: 'embeddings', model: 'text-embedding-3-small', version: '1', capacity: 20 },
  { name: 'o3-mini', model: 'o3-mini', version: '2025-01-31', sku: 'DataZoneStandard', capacity: 10 },
];
const APPS = [
  {
    name: 'api',
    image: 'mcr.microsoft.com/azuredocs/containerapps-helloworld:latest',
    cpu: 0.5,
    memory: '1Gi',
    targetPort: 80,
  },
  {
    name: 'web',
    image: 'mcr.microsoft.com/k8se/quickstart:latest',
    cpu: 0.25,
    memory: '0.5Gi',
    targetPort: 8080,
  },
];
const SEARCH_SKUS = [
  'basic',
  'standard',
  'standard2',
  'standard3',
  'storage_optimized_l1',
  'storage_optimized_l2',
];

export interface RandomProject {
  spec: ProjectSpec;
  env: string;
  /** Add-ons the generator picked (before closing under requires). */
  picked: string[];
  /** Subnets of other projects already in the platform's VNet (outside standalone). */
  foreignSubnets: ObservedSubnet[];
}

const CLASS_A_REGIONS = INJECTION_RULES.flatMap((r) => r.classARegions);

/**
 * A /20 (or larger) private range, aligned. 10/8 ones are kept only in regions where Foundry agent subnet
 * injection takes class A ranges (elsewhere the config refuses them: network.class-a-injection).
 */
const addressSpace = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map((n) => `172.${16 + (n >> 4)}.${(n & 15) << 4}.0/20`),
  fc.integer({ min: 0, max: 15 }).map((n) => `192.168.${n << 4}.0/20`),
  fc.integer({ min: 16, max: 31 }).map((n) => `172.${n}.0.0/16`),
  fc.integer({ min: 0, max: 255 }).map((n) => `10.${n}.0.0/19`),
);

export const projectBase = fc
  .record({
    architecture: fc.constantFrom<Architecture>(...ARCHITECTURES),
    mode: fc.constantFrom<NetworkMode>(...MODES),
    prefix: fc.stringMatching(/^[a-z][a-z0-9]{1,5}$/),
    number: fc.integer({ min: 1, max: 999 }),
    scaleSet: fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0')),
    location: fc.constantFrom(...catalog.regions.map((r) => r.name)),
    env: fc.constantFrom(...ENVIRONMENTS),
    addressSpace,
    foreign: fc.boolean(),
  })
  .filter((b) => !b.addressSpace.startsWith('10.') || CLASS_A_REGIONS.includes(b.location));

export type ProjectBase = typeof projectBase extends fc.Arbitrary<infer T> ? T : never;

/** Options for the services that are on: the required ones, plus random model deployments, apps and SKUs. */
export const serviceOptions = (on: string[]) =>
  fc
    .record({
      foundryModels: fc.subarray(MODELS),
      openAIModels: fc.subarray(MODELS),
      apps: fc.subarray(APPS),
      searchSku: fc.constantFrom(...SEARCH_SKUS),
    })
    .map(({ foundryModels, openAIModels, apps, searchSku }) => {
      const options = requiredOptions(on);
      if (on.includes('aiFoundry') && foundryModels.length > 0)
        options.aiFoundry = { deployments: foundryModels };
      if (on.includes('azureOpenAI') && openAIModels.length > 0)
        options.azureOpenAI = { deployments: openAIModels };
      if (on.includes('containerApps') && apps.length > 0) options.containerApps = { apps };
      if (on.includes('aiSearch')) options.aiSearch = { sku: searchSku };
      return options;
    });

/** The project's spec for a set of add-ons: flags closed under requires, one environment. */
export function specFor(
  base: ProjectBase,
  picked: string[],
  options: Record<string, Record<string, unknown>>,
): ProjectSpec {
  const { flags } = flagsFor(picked, base.architecture);
  return {
    architecture: base.architecture,
    mode: base.mode,
    prefix: base.prefix,
    number: base.number,
    scaleSet: base.scaleSet,
    location: base.location,
    flags,
    services: options,
    environments: { [base.env]: { addressSpace: base.addressSpace } },
  };
}

/**
 * The platform's own subnet in its VNet, a /24 at the start of the range. Its name never follows this tool's
 * pattern (`snt-prj<number>-<logical>`): a foreign subnet under one of our names is the `subnets.name-taken`
 * conflict, tested on its own (random-combinations.test.ts), not a random outcome of the generator.
 */
export const FOREIGN_SUBNET_NAME = 'platform-shared-services';

export function foreignSubnets(base: ProjectBase): ObservedSubnet[] {
  if (!base.foreign || base.mode === 'standalone') return [];
  const [ip] = base.addressSpace.split('/');
  return [{ name: FOREIGN_SUBNET_NAME, addressPrefix: `${ip}/24`, foreign: true }];
}

/** A random project with a random subset of the add-ons its architecture and mode allow. */
export const randomProject: fc.Arbitrary<RandomProject> = projectBase.chain((base) =>
  fc.subarray(addOns(base.architecture, base.mode)).chain((picked) =>
    serviceOptions(flagsFor(picked, base.architecture).on).map((options) => ({
      spec: specFor(base, picked, options),
      env: base.env,
      picked,
      foreignSubnets: foreignSubnets(base),
    })),
  ),
);
