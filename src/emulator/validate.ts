// Static checks on what a client sends, the way ARM and the resource providers answer them: known type and
// api-version, location, name rules, required fields. Checks that need the world (parents, locks, soft-deleted
// names, subnet ranges) live with the handlers.
import { ArmError, armErrors } from './errors.js';
import type { ResourceRef } from './ids.js';
import type { TypeRegistry } from './registry.js';

export function checkApiVersion(
  registry: TypeRegistry,
  type: string,
  apiVersion: string | undefined,
  location?: string,
): ArmError | undefined {
  if (!apiVersion) return armErrors.missingApiVersion();
  const info = registry.get(type);
  const namespace = type.split('/')[0];
  if (!info) {
    if (!registry.hasNamespace(namespace)) {
      return new ArmError(
        400,
        'InvalidResourceNamespace',
        `The resource namespace '${namespace}' is invalid (the emulator knows the namespaces of the service catalog).`,
      );
    }
    return new ArmError(
      400,
      'InvalidResourceType',
      `The resource type '${type.slice(namespace.length + 1)}' could not be found in the namespace '${namespace}' for api version '${apiVersion}'.`,
    );
  }
  if (!info.apiVersions.some((v) => v.toLowerCase() === apiVersion.toLowerCase())) {
    if (namespace.toLowerCase() === 'microsoft.resources') {
      return armErrors.invalidApiVersion(apiVersion, info.apiVersions);
    }
    return new ArmError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${location ?? 'global'}' and API version '${apiVersion}' for type '${type.slice(namespace.length + 1)}'. The supported api-versions are '${info.apiVersions.join(', ')}'.`,
    );
  }
  return undefined;
}

/** Extension resources hang off another resource and carry no location. */
const EXTENSION_TYPES = new Set([
  'microsoft.authorization/roleassignments',
  'microsoft.authorization/locks',
  'microsoft.insights/diagnosticsettings',
  'microsoft.resources/tags',
]);

/** Child types that are tracked resources of their own (they carry a location). */
const TRACKED_CHILD_TYPES = new Set([
  'microsoft.cognitiveservices/accounts/projects',
  'microsoft.network/privatednszones/virtualnetworklinks',
  'microsoft.machinelearningservices/workspaces/computes',
]);

export function isExtensionType(type: string): boolean {
  return EXTENSION_TYPES.has(type.toLowerCase());
}

/** Tracked resources need a location and show up in resource lists. */
/** Top-level proxy types: no location (Defender plans are settings of a subscription or resource). */
const PROXY_TYPES = new Set(['microsoft.security/pricings']);

export function isTrackedType(type: string): boolean {
  const t = type.toLowerCase();
  if (EXTENSION_TYPES.has(t) || PROXY_TYPES.has(t)) return false;
  return t.split('/').length === 2 || TRACKED_CHILD_TYPES.has(t);
}

interface NameRule {
  test: (name: string) => boolean;
  code: string;
  message: (name: string) => string;
}

const GENERIC_FORBIDDEN = /[<>%&:\\?/*#|"]/;

const NAME_RULES: Record<string, NameRule> = {
  'microsoft.storage/storageaccounts': {
    test: (n) => /^[a-z0-9]{3,24}$/.test(n),
    code: 'AccountNameInvalid',
    message: (n) =>
      `${n} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`,
  },
  'microsoft.keyvault/vaults': {
    test: (n) => /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(n) && !n.includes('--'),
    code: 'VaultNameNotValid',
    message: (n) =>
      `The vault name '${n}' is invalid. A vault's name must be between 3-24 alphanumeric characters. The name must begin with a letter, end with a letter or digit, and not contain consecutive hyphens.`,
  },
  'microsoft.search/searchservices': {
    test: (n) => /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/.test(n) && !n.includes('--') && n[1] !== '-',
    code: 'InvalidName',
    message: (n) =>
      `Service name '${n}' is invalid: service name must only contain lowercase letters, digits or dashes, cannot use dash as the first two or last one characters, cannot contain consecutive dashes, and is limited between 2 and 60 characters in length.`,
  },
  'microsoft.containerregistry/registries': {
    test: (n) => /^[a-zA-Z0-9]{5,50}$/.test(n),
    code: 'InvalidResourceName',
    message: (n) =>
      `Registry name '${n}' is invalid: a registry name may contain only alpha numeric characters and must be between 5 and 50 characters.`,
  },
  'microsoft.cognitiveservices/accounts': {
    test: (n) => /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}[a-zA-Z0-9]$/.test(n),
    code: 'InvalidResourceName',
    message: (n) =>
      `Resource name '${n}' is invalid: an account name must be 2 to 64 characters of letters, digits and '-', beginning and ending with a letter or digit.`,
  },
  'microsoft.documentdb/databaseaccounts': {
    test: (n) => /^[a-z0-9][a-z0-9-]{1,42}$/.test(n),
    code: 'InvalidResourceName',
    message: (n) =>
      `Database account name '${n}' is invalid: it must be 3 to 44 characters of lower-case letters, digits and '-'.`,
  },
};

function genericNameProblem(name: string): ArmError | undefined {
  if (name.length === 0 || name.length > 260 || GENERIC_FORBIDDEN.test(name) || /[. ]$/.test(name)) {
    return new ArmError(
      400,
      'InvalidResourceName',
      `Resource name ${name} is invalid. The name can be up to 260 characters long, must not contain '<>%&:\\?/*#|"' and must not end with '.' or a space.`,
    );
  }
  return undefined;
}

function missing(property: string, path: string): ArmError {
  return armErrors.invalidRequestContent(`Required property '${property}' not found in JSON. Path '${path}'`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per-type required fields and values, as the resource providers check them. */
function checkRequired(type: string, body: Record<string, unknown>): ArmError | undefined {
  const props = isObject(body.properties) ? body.properties : undefined;
  switch (type) {
    case 'microsoft.storage/storageaccounts':
      if (!isObject(body.sku) || typeof body.sku.name !== 'string') return missing('sku', '');
      if (typeof body.kind !== 'string') return missing('kind', '');
      return undefined;
    case 'microsoft.search/searchservices':
    case 'microsoft.containerregistry/registries':
      if (!isObject(body.sku) || typeof body.sku.name !== 'string') return missing('sku', '');
      return undefined;
    case 'microsoft.cognitiveservices/accounts':
      if (!isObject(body.sku) || typeof body.sku.name !== 'string') return missing('sku', '');
      if (typeof body.kind !== 'string') return missing('kind', '');
      return undefined;
    case 'microsoft.keyvault/vaults': {
      if (!props) return missing('properties', '');
      if (props.createMode === 'recover') return undefined;
      if (typeof props.tenantId !== 'string') return missing('tenantId', 'properties');
      if (!GUID.test(props.tenantId)) {
        return new ArmError(400, 'BadRequest', `The tenant id '${props.tenantId}' is not a valid GUID.`);
      }
      if (!isObject(props.sku) || typeof props.sku.name !== 'string') return missing('sku', 'properties');
      return undefined;
    }
    case 'microsoft.authorization/roleassignments': {
      if (!props) return missing('properties', '');
      if (typeof props.roleDefinitionId !== 'string') return missing('roleDefinitionId', 'properties');
      if (typeof props.principalId !== 'string') return missing('principalId', 'properties');
      if (!GUID.test(props.principalId)) {
        return new ArmError(
          400,
          'InvalidPrincipalId',
          `A valid principal ID must be provided for role assignment; '${props.principalId}' is not a GUID.`,
        );
      }
      return undefined;
    }
    case 'microsoft.authorization/locks': {
      const level = props?.level;
      if (level !== 'CanNotDelete' && level !== 'ReadOnly') {
        return new ArmError(
          400,
          'LockLevelInvalid',
          `The lock level '${String(level)}' is invalid. Valid lock levels are 'CanNotDelete' and 'ReadOnly'.`,
        );
      }
      return undefined;
    }
    case 'microsoft.network/virtualnetworks': {
      const prefixes = isObject(props?.addressSpace) ? props.addressSpace.addressPrefixes : undefined;
      if (!Array.isArray(prefixes) || prefixes.length === 0) return missing('addressSpace', 'properties');
      return undefined;
    }
    case 'microsoft.network/privateendpoints': {
      if (!isObject(props?.subnet) || typeof props.subnet.id !== 'string')
        return missing('subnet', 'properties');
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Location, name and required-field checks for a resource body about to be written. */
export function checkBody(ref: ResourceRef, body: Record<string, unknown>): ArmError | undefined {
  const type = ref.type.toLowerCase();
  if (isTrackedType(type) && (typeof body.location !== 'string' || body.location.trim() === '')) {
    return new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
  }
  const rule = NAME_RULES[type];
  if (rule && !rule.test(ref.name)) return new ArmError(400, rule.code, rule.message(ref.name));
  const generic = genericNameProblem(ref.name);
  if (generic) return generic;
  if (body.tags !== undefined && !isObject(body.tags)) {
    return armErrors.invalidRequestContent(
      "Error converting value to type 'Dictionary<string,string>'. Path 'tags'",
    );
  }
  return checkRequired(type, body);
}
