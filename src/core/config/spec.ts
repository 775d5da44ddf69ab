// The shape of aifactory.yaml as data. The YAML checker walks it (unknown keys, types, required keys,
// patterns) and the JSON Schema for editors is generated from it, so the two cannot disagree.
// Checks that need the catalog or several keys at once live in semantic.ts.

export type Spec =
  ObjectSpec | MapSpec | StringSpec | IntegerSpec | BooleanSpec | ArraySpec | FlagsSpec | AnySpec;

interface Described {
  description: string;
}

export interface ObjectSpec extends Described {
  kind: 'object';
  properties: Record<string, Spec>;
  required?: string[];
}

/** A mapping whose keys are free (environments, tags, personas, service options). */
export interface MapSpec extends Described {
  kind: 'map';
  values: Spec;
  keyPattern?: { regex: string; text: string };
  minEntries?: number;
  /** Entries with their own shape (the options of services that have a schema). */
  valuesByKey?: Record<string, Spec>;
}

export interface StringSpec extends Described {
  kind: 'string';
  enum?: string[];
  /** Anchored regular expression source. */
  pattern?: string;
  /** Human wording of the pattern, for messages. */
  patternText?: string;
  /** Shown when a number was given where a string is wanted (YAML reads 001 as 1). */
  numberHint?: string;
}

export interface IntegerSpec extends Described {
  kind: 'integer';
  minimum?: number;
  maximum?: number;
  /** Only this value (the `version` key). */
  const?: number;
}

export interface BooleanSpec extends Described {
  kind: 'boolean';
}

export interface ArraySpec extends Described {
  kind: 'array';
  items: Spec;
  uniqueItems?: boolean;
}

/** Anything (options of services without a schema here; checked against the catalog later). */
export interface AnySpec extends Described {
  kind: 'any';
}

/** Feature flags: keys are service ids or today's flag names, resolved against the catalog later. */
export interface FlagsSpec extends Described {
  kind: 'flags';
}

export const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const GUID_TEXT = 'a GUID such as 11111111-2222-3333-4444-555555555555';

/** Goes into every resource name, including storage and registry names (no '-', lower case, ≤ 24). */
export const PREFIX_PATTERN = '^[a-z][a-z0-9]{1,5}$';
const PREFIX_TEXT = '2 to 6 lower-case letters or digits, starting with a letter';

/** Environment keys go into resource names as well. */
export const ENVIRONMENT_NAME_PATTERN = '^[a-z][a-z0-9]{0,7}$';
const ENVIRONMENT_NAME_TEXT = '1 to 8 lower-case letters or digits, starting with a letter';

export const DEPLOYMENT_SKUS = [
  'Standard',
  'GlobalStandard',
  'DataZoneStandard',
  'ProvisionedManaged',
  'GlobalProvisionedManaged',
  'DataZoneProvisionedManaged',
  'GlobalBatch',
  'DataZoneBatch',
];

const guid = (description: string): StringSpec => ({
  kind: 'string',
  pattern: GUID_PATTERN,
  patternText: GUID_TEXT,
  description,
});

/** Azure's rule for resource group names. */
const RESOURCE_GROUP_PATTERN = '^[-\\w.()]{0,89}[-\\w()]$';
const RESOURCE_GROUP_TEXT =
  'a resource group name: 1 to 90 letters, digits, "_", "-", ".", "(" or ")", not ending in "."';

const serviceList = (description: string): ArraySpec => ({
  kind: 'array',
  uniqueItems: true,
  items: { kind: 'string', description: 'A service id (see `aifactory catalog`).' },
  description,
});

const networkSpec: ObjectSpec = {
  kind: 'object',
  description:
    'The platform network this environment joins (hub-spoke, vwan, hybrid). Not used in standalone mode, where the project brings its own VNet and private DNS zones.',
  properties: {
    vnetResourceGroup: {
      kind: 'string',
      pattern: RESOURCE_GROUP_PATTERN,
      patternText: RESOURCE_GROUP_TEXT,
      description: "Resource group of the platform's VNet the project's subnets are added to.",
    },
    vnetName: {
      kind: 'string',
      pattern: '^[A-Za-z0-9](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$',
      patternText: 'a VNet name: 1 to 64 letters, digits, "_", "." or "-", starting with a letter or digit',
      description: "Name of the platform's VNet.",
    },
    dnsZonesSubscriptionId: guid(
      'Subscription holding the central private DNS zones (hub-spoke, vwan). Optional in hybrid mode, where the project creates its own zones.',
    ),
    dnsZonesResourceGroup: {
      kind: 'string',
      pattern: RESOURCE_GROUP_PATTERN,
      patternText: RESOURCE_GROUP_TEXT,
      description: 'Resource group of the central private DNS zones (hub-spoke, vwan).',
    },
  },
};

/** `diagnostics.level`: the names are the catalog's diagnostic levels, checked when the config is built. */
const diagnosticsSpec = (where: string): ObjectSpec => ({
  kind: 'object',
  description: `Diagnostic settings ${where}.`,
  required: ['level'],
  properties: {
    level: {
      kind: 'string',
      description:
        "What every diagnostic setting sends to Log Analytics: gold (all logs and metrics), silver (the audit and key operational logs, metrics), bronze (the essential logs, metrics) — today's diagnosticSettingLevel. Default gold.",
    },
  },
});

const environmentSpec: ObjectSpec = {
  kind: 'object',
  description: 'One environment (its own subscription and address space).',
  required: ['subscriptionId', 'addressSpace'],
  properties: {
    subscriptionId: guid('Subscription the environment is deployed to.'),
    tenantId: guid('Entra tenant of the subscription; needed by Key Vault. Optional.'),
    addressSpace: {
      kind: 'string',
      pattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$',
      patternText: 'an IPv4 CIDR such as 172.16.0.0/22',
      description:
        "IPv4 range (CIDR) the project's subnets are allocated from. Must not overlap another environment's. Prefer 172.16.0.0/12 or 192.168.0.0/16: the Foundry account injects its agents into a subnet, and agent subnet injection takes a 10.0.0.0/8 range only in some regions (see docs/config.md).",
    },
    location: {
      kind: 'string',
      description: 'Azure region of this environment; defaults to project.location.',
    },
    flags: {
      kind: 'flags',
      description: 'Overrides of the base flags for this environment only.',
    },
    allowDestroy: serviceList(
      "Services (or 'all') this environment may delete even when they hold data or are protected.",
    ),
    purgeSoftDeleted: serviceList(
      "Services (or 'all') whose soft-deleted Cognitive Services accounts are purged when the service is deleted here, freeing the name at once; otherwise they stay recoverable under their name for the retention days, and re-enabling the service recovers them.",
    ),
    personas: {
      kind: 'map',
      description:
        "The project's Entra groups by persona: each persona gets its built-in roles on the services.",
      values: {
        kind: 'array',
        uniqueItems: true,
        items: guid('Object id of an Entra group (or user).'),
        description: 'Object ids of the Entra groups of this persona.',
      },
    },
    network: networkSpec,
    diagnostics: diagnosticsSpec('of this environment, overriding the project-wide diagnostics'),
  },
};

const deploymentSpec: ObjectSpec = {
  kind: 'object',
  description: 'One model deployment of the Foundry account.',
  required: ['name', 'model', 'version'],
  properties: {
    name: {
      kind: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$',
      patternText: 'letters, digits, ".", "_" or "-", at most 64 characters',
      description: 'Deployment name, used by applications.',
    },
    model: { kind: 'string', description: 'Model name, e.g. gpt-4o or text-embedding-3-large.' },
    format: {
      kind: 'string',
      description: "Model format (publisher), default 'OpenAI'.",
    },
    version: {
      kind: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
      patternText: 'a model version such as "2024-11-20"',
      description: "Model version, e.g. '2024-11-20' (quoted).",
      numberHint: "quote the version, e.g. version: '1'",
    },
    sku: {
      kind: 'string',
      enum: DEPLOYMENT_SKUS,
      description: "Deployment type, default 'Standard'.",
    },
    capacity: {
      kind: 'integer',
      minimum: 1,
      description: 'Capacity in units of 1,000 tokens per minute (Standard types), default 10.',
    },
  },
};

const deploymentsSpec: ObjectSpec = {
  kind: 'object',
  description: 'Model deployments of the account.',
  properties: {
    deployments: {
      kind: 'array',
      items: deploymentSpec,
      description: 'Model deployments; each is created, updated and removed with this list.',
    },
  },
};

/**
 * Options with a richer shape than the catalog's option list can say. Every other service's options are
 * checked against its catalog entry (`options`: names, types, choices, required).
 */
export const serviceOptionSpecs: Record<string, ObjectSpec> = {
  aiFoundry: deploymentsSpec,
  azureOpenAI: deploymentsSpec,
};

export const configSpec: ObjectSpec = {
  kind: 'object',
  description: 'aifactory.yaml: the services of one AI Factory project, per environment.',
  required: ['version', 'project', 'environments'],
  properties: {
    version: {
      kind: 'integer',
      const: 1,
      description: 'Version of this file format; 1.',
    },
    architecture: {
      kind: 'string',
      enum: ['genai-1', 'esml'],
      description: "Decides the baseline services that are always on. Default 'genai-1'.",
    },
    project: {
      kind: 'object',
      description: 'The project within the AI Factory scale set.',
      required: ['number', 'prefix', 'location'],
      properties: {
        number: {
          kind: 'integer',
          minimum: 1,
          maximum: 999,
          description: 'Project number, 1 to 999; prj001 in names.',
        },
        prefix: {
          kind: 'string',
          pattern: PREFIX_PATTERN,
          patternText: PREFIX_TEXT,
          description: `Organisation prefix in every resource name: ${PREFIX_TEXT}.`,
        },
        scaleSet: {
          kind: 'string',
          pattern: '^[0-9]{3}$',
          patternText: 'three digits such as "001"',
          numberHint: 'quote it: scaleSet: "001" (YAML reads 001 as the number 1)',
          description: 'Scale set suffix, three digits in quotes, default "001".',
        },
        location: {
          kind: 'string',
          description: 'Azure region, e.g. swedencentral (see `aifactory catalog` for the list).',
        },
        tags: {
          kind: 'map',
          description:
            'Tags put on every resource group and resource, besides the aifactory-* ownership tags.',
          values: { kind: 'string', description: 'Tag value.', numberHint: 'quote tag values, e.g. "4711"' },
        },
      },
    },
    network: {
      kind: 'object',
      description: 'How the project is networked.',
      properties: {
        mode: {
          kind: 'string',
          enum: ['standalone', 'hub-spoke', 'vwan', 'hybrid'],
          description:
            "standalone: own VNet and private DNS zones (PoC); hub-spoke / vwan: the platform's VNet and central DNS zones; hybrid: the platform's VNet, own DNS zones, public access beside private endpoints. Default 'standalone'.",
        },
      },
    },
    environments: {
      kind: 'map',
      minEntries: 1,
      keyPattern: { regex: ENVIRONMENT_NAME_PATTERN, text: ENVIRONMENT_NAME_TEXT },
      description: 'Environments by name (dev, stage, prod by convention), in promotion order.',
      values: environmentSpec,
    },
    flags: {
      kind: 'flags',
      description:
        "Add-on services on (true) or off (false), the base for every environment. Keys are service ids; the names of today's pipelines (enableAISearch, ENABLE_AI_SEARCH) are accepted with a note.",
    },
    diagnostics: diagnosticsSpec('of every environment (environments.<env>.diagnostics overrides it)'),
    protect: serviceList(
      'More services whose deletion needs an explicit allow (services holding data always do).',
    ),
    services: {
      kind: 'map',
      description: 'Options of individual services, by service id.',
      valuesByKey: serviceOptionSpecs,
      values: {
        kind: 'map',
        description:
          'Options of a service without a schema here: the names its catalog entry reads ({{param:…}}).',
        values: { kind: 'any', description: 'Option value.' },
      },
    },
  },
};
