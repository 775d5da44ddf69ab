export const id = 218;
export const ids = [218];
export const modules = {

/***/ 9218:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D4: () => (/* binding */ DEFAULT_TIME_SCALE),
  StateDirLockedError: () => (/* reexport */ StateDirLockedError),
  startEmulator: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: buildRegistry, parseFaults

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/emulator/errors.js
// ARM's error envelope and the error codes the emulator answers with. Messages follow Azure's own wording
// where it is known, so a client that matches on them behaves the same against the emulator and Azure.
class ArmError extends Error {
    status;
    code;
    details;
    headers;
    constructor(status, code, message, details, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
    }
    toDetail() {
        return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
    }
    body() {
        return { error: this.toDetail() };
    }
}
const armErrors = {
    authenticationFailed: () => new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing."),
    missingApiVersion: () => new ArmError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.'),
    invalidApiVersion: (version, supported) => new ArmError(400, 'InvalidApiVersionParameter', `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`),
    resourceGroupNotFound: (rg) => new ArmError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`),
    resourceNotFound: (type, name, rg) => new ArmError(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${rg ?? '(none)'}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`),
    parentNotFound: (parentName) => new ArmError(404, 'ParentResourceNotFound', `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`),
    deploymentNotFound: (name) => new ArmError(404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`),
    invalidRequestContent: (detail) => new ArmError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${detail}'.`),
    anotherOperationInProgress: (id) => new ArmError(409, 'AnotherOperationInProgress', `Another operation on this or dependent resource is in progress. Resource '${id}' is being changed by an earlier request; retry after it completes.`),
    scopeLocked: (scope, operation, lockedScopes) => new ArmError(409, 'ScopeLocked', `The scope '${scope}' cannot perform ${operation} operation because following scope(s) are locked: '${lockedScopes.join("','")}'. Please remove the lock and try again.`),
    notFoundRoute: (method, path) => new ArmError(404, 'NotFound', `The emulator does not serve ${method} ${path}.`),
    methodNotAllowed: (method, path) => new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}' (${path}).`),
    throttled: (retryAfter) => new ArmError(429, 'TooManyRequests', 'The request is being throttled as the limit has been reached for operation type - Write. Retry after the time given in Retry-After.', undefined, { 'retry-after': String(retryAfter) }),
    internal: () => new ArmError(500, 'InternalServerError', 'Encountered internal server error (fault injected by the emulator).'),
    unavailable: () => new ArmError(503, 'ServiceUnavailable', 'The server is currently unable to handle the request (fault injected by the emulator).'),
};

;// CONCATENATED MODULE: ./build/emulator/ids.js
// Parsing ARM resource ids: /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]…
// and extension resources `{scope}/providers/{ns}/{type}/{name}` hanging off another id.
/** Splits a path into its parts; undefined when it does not start with /subscriptions/{id}. */
function parsePath(path) {
    const segments = path
        .split('/')
        .filter((s) => s.length > 0)
        .map(decodeURIComponent);
    if (segments.length < 2 || segments[0].toLowerCase() !== 'subscriptions')
        return undefined;
    const result = { subscriptionId: segments[1], providers: [] };
    let i = 2;
    if (segments[i]?.toLowerCase() === 'resourcegroups') {
        if (segments[i + 1] === undefined)
            return result;
        result.resourceGroup = segments[i + 1];
        i += 2;
    }
    while (i < segments.length) {
        if (segments[i].toLowerCase() !== 'providers' || segments[i + 1] === undefined)
            return undefined;
        const provider = { namespace: segments[i + 1], pairs: [] };
        i += 2;
        while (i < segments.length && segments[i].toLowerCase() !== 'providers') {
            provider.pairs.push({ type: segments[i], name: segments[i + 1] });
            i += 2;
        }
        if (provider.pairs.length === 0)
            return undefined;
        result.providers.push(provider);
    }
    return result;
}
function scopeId(subscriptionId, resourceGroup) {
    return resourceGroup
        ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
        : `/subscriptions/${subscriptionId}`;
}
function providerPath(p) {
    return `/providers/${p.namespace}/${p.pairs.map((x) => (x.name === undefined ? x.type : `${x.type}/${x.name}`)).join('/')}`;
}
/** The resource a fully named path addresses; undefined for collections (last type without a name). */
function resourceRef(parsed) {
    const last = parsed.providers[parsed.providers.length - 1];
    if (!last || last.pairs.some((p) => p.name === undefined))
        return undefined;
    const base = scopeId(parsed.subscriptionId, parsed.resourceGroup);
    const outer = parsed.providers.slice(0, -1).map(providerPath).join('');
    const id = base + outer + providerPath(last);
    const child = last.pairs.length > 1;
    const parentId = child
        ? base + outer + providerPath({ namespace: last.namespace, pairs: last.pairs.slice(0, -1) })
        : base + outer;
    return {
        id,
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
        type: `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`,
        namespace: last.namespace,
        name: last.pairs[last.pairs.length - 1].name,
        parentId,
        extension: parsed.providers.length > 1,
        child,
    };
}
function refFromId(id) {
    const parsed = parsePath(id);
    return parsed ? resourceRef(parsed) : undefined;
}
function keyOf(id) {
    return id.toLowerCase().replace(/\/+$/, '');
}
/** True when `id` is `scope` itself or lies beneath it. */
function isWithin(id, scope) {
    const a = keyOf(id);
    const b = keyOf(scope);
    return a === b || a.startsWith(b + '/');
}

;// CONCATENATED MODULE: ./build/emulator/validate.js
// Static checks on what a client sends, the way ARM and the resource providers answer them: known type and
// api-version, location, name rules, required fields. Checks that need the world (parents, locks, soft-deleted
// names, subnet ranges) live with the handlers.

function checkApiVersion(registry, type, apiVersion, location) {
    if (!apiVersion)
        return armErrors.missingApiVersion();
    const info = registry.get(type);
    const namespace = type.split('/')[0];
    if (!info) {
        if (!registry.hasNamespace(namespace)) {
            return new ArmError(400, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid (the emulator knows the namespaces of the service catalog).`);
        }
        return new ArmError(400, 'InvalidResourceType', `The resource type '${type.slice(namespace.length + 1)}' could not be found in the namespace '${namespace}' for api version '${apiVersion}'.`);
    }
    if (!info.apiVersions.some((v) => v.toLowerCase() === apiVersion.toLowerCase())) {
        if (namespace.toLowerCase() === 'microsoft.resources') {
            return armErrors.invalidApiVersion(apiVersion, info.apiVersions);
        }
        return new ArmError(400, 'NoRegisteredProviderFound', `No registered resource provider found for location '${location ?? 'global'}' and API version '${apiVersion}' for type '${type.slice(namespace.length + 1)}'. The supported api-versions are '${info.apiVersions.join(', ')}'.`);
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
function isExtensionType(type) {
    return EXTENSION_TYPES.has(type.toLowerCase());
}
/** Tracked resources need a location and show up in resource lists. */
/** Top-level proxy types: no location (Defender plans are settings of a subscription or resource). */
const PROXY_TYPES = new Set(['microsoft.security/pricings']);
function isTrackedType(type) {
    const t = type.toLowerCase();
    if (EXTENSION_TYPES.has(t) || PROXY_TYPES.has(t))
        return false;
    return t.split('/').length === 2 || TRACKED_CHILD_TYPES.has(t);
}
const GENERIC_FORBIDDEN = /[<>%&:\\?/*#|"]/;
const NAME_RULES = {
    'microsoft.storage/storageaccounts': {
        test: (n) => /^[a-z0-9]{3,24}$/.test(n),
        code: 'AccountNameInvalid',
        message: (n) => `${n} is not a valid storage account name. Storage account name must be between 3 and 24 characters in length and use numbers and lower-case letters only.`,
    },
    'microsoft.keyvault/vaults': {
        test: (n) => /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(n) && !n.includes('--'),
        code: 'VaultNameNotValid',
        message: (n) => `The vault name '${n}' is invalid. A vault's name must be between 3-24 alphanumeric characters. The name must begin with a letter, end with a letter or digit, and not contain consecutive hyphens.`,
    },
    'microsoft.search/searchservices': {
        test: (n) => /^[a-z0-9][a-z0-9-]{0,58}[a-z0-9]$/.test(n) && !n.includes('--') && n[1] !== '-',
        code: 'InvalidName',
        message: (n) => `Service name '${n}' is invalid: service name must only contain lowercase letters, digits or dashes, cannot use dash as the first two or last one characters, cannot contain consecutive dashes, and is limited between 2 and 60 characters in length.`,
    },
    'microsoft.containerregistry/registries': {
        test: (n) => /^[a-zA-Z0-9]{5,50}$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Registry name '${n}' is invalid: a registry name may contain only alpha numeric characters and must be between 5 and 50 characters.`,
    },
    'microsoft.cognitiveservices/accounts': {
        test: (n) => /^[a-zA-Z0-9][a-zA-Z0-9-]{0,62}[a-zA-Z0-9]$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Resource name '${n}' is invalid: an account name must be 2 to 64 characters of letters, digits and '-', beginning and ending with a letter or digit.`,
    },
    'microsoft.documentdb/databaseaccounts': {
        test: (n) => /^[a-z0-9][a-z0-9-]{1,42}$/.test(n),
        code: 'InvalidResourceName',
        message: (n) => `Database account name '${n}' is invalid: it must be 3 to 44 characters of lower-case letters, digits and '-'.`,
    },
};
function genericNameProblem(name) {
    if (name.length === 0 || name.length > 260 || GENERIC_FORBIDDEN.test(name) || /[. ]$/.test(name)) {
        return new ArmError(400, 'InvalidResourceName', `Resource name ${name} is invalid. The name can be up to 260 characters long, must not contain '<>%&:\\?/*#|"' and must not end with '.' or a space.`);
    }
    return undefined;
}
function missing(property, path) {
    return armErrors.invalidRequestContent(`Required property '${property}' not found in JSON. Path '${path}'`);
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Per-type required fields and values, as the resource providers check them. */
function checkRequired(type, body) {
    const props = isObject(body.properties) ? body.properties : undefined;
    switch (type) {
        case 'microsoft.storage/storageaccounts':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            if (typeof body.kind !== 'string')
                return missing('kind', '');
            return undefined;
        case 'microsoft.search/searchservices':
        case 'microsoft.containerregistry/registries':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            return undefined;
        case 'microsoft.cognitiveservices/accounts':
            if (!isObject(body.sku) || typeof body.sku.name !== 'string')
                return missing('sku', '');
            if (typeof body.kind !== 'string')
                return missing('kind', '');
            return undefined;
        case 'microsoft.keyvault/vaults': {
            if (!props)
                return missing('properties', '');
            if (props.createMode === 'recover')
                return undefined;
            if (typeof props.tenantId !== 'string')
                return missing('tenantId', 'properties');
            if (!GUID.test(props.tenantId)) {
                return new ArmError(400, 'BadRequest', `The tenant id '${props.tenantId}' is not a valid GUID.`);
            }
            if (!isObject(props.sku) || typeof props.sku.name !== 'string')
                return missing('sku', 'properties');
            return undefined;
        }
        case 'microsoft.authorization/roleassignments': {
            if (!props)
                return missing('properties', '');
            if (typeof props.roleDefinitionId !== 'string')
                return missing('roleDefinitionId', 'properties');
            if (typeof props.principalId !== 'string')
                return missing('principalId', 'properties');
            if (!GUID.test(props.principalId)) {
                return new ArmError(400, 'InvalidPrincipalId', `A valid principal ID must be provided for role assignment; '${props.principalId}' is not a GUID.`);
            }
            return undefined;
        }
        case 'microsoft.authorization/locks': {
            const level = props?.level;
            if (level !== 'CanNotDelete' && level !== 'ReadOnly') {
                return new ArmError(400, 'LockLevelInvalid', `The lock level '${String(level)}' is invalid. Valid lock levels are 'CanNotDelete' and 'ReadOnly'.`);
            }
            return undefined;
        }
        case 'microsoft.network/virtualnetworks': {
            const prefixes = isObject(props?.addressSpace) ? props.addressSpace.addressPrefixes : undefined;
            if (!Array.isArray(prefixes) || prefixes.length === 0)
                return missing('addressSpace', 'properties');
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
function checkBody(ref, body) {
    const type = ref.type.toLowerCase();
    if (isTrackedType(type) && (typeof body.location !== 'string' || body.location.trim() === '')) {
        return new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    }
    const rule = NAME_RULES[type];
    if (rule && !rule.test(ref.name))
        return new ArmError(400, rule.code, rule.message(ref.name));
    const generic = genericNameProblem(ref.name);
    if (generic)
        return generic;
    if (body.tags !== undefined && !isObject(body.tags)) {
        return armErrors.invalidRequestContent("Error converting value to type 'Dictionary<string,string>'. Path 'tags'");
    }
    return checkRequired(type, body);
}

// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __webpack_require__(438);
// EXTERNAL MODULE: ./build/core/scope.js
var scope = __webpack_require__(9597);
;// CONCATENATED MODULE: ./build/emulator/encryption.js
// Customer-managed key settings as the resource providers check them, where that is cheap: the key a body names
// exists in the vault (in the version it names), the identity it names is attached to the resource and is a
// user-assigned identity of that client id, and what Azure takes only at creation (a registry's or an ML
// workspace's encryption) is not switched on or off on an existing resource. The wording is the emulator's own;
// the codes are ARM's generic ones for a request the provider refuses.


const KEY = 'microsoft.keyvault/vaults/keys';
const USER_ASSIGNED = 'microsoft.managedidentity/userassignedidentities';
const encryption_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The data-plane URI of a vault key as the emulator reports it (`properties.keyUri`). */
function keyUriOf(vaultName, keyName) {
    return `https://${vaultName}.vault.azure.net/keys/${keyName}`;
}
function encryption_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function refused(message) {
    return new ArmError(400, 'BadRequest', message);
}
const lower = (v) => (typeof v === 'string' ? v.toLowerCase() : undefined);
/** The stored key a URI names (versionless or with a version); undefined when the vault has no such key. */
function keyNamed(world, uri) {
    const m = /^(https:\/\/[^/]+\/keys\/[^/]+)(?:\/([^/]+))?\/?$/i.exec(uri);
    if (!m)
        return undefined;
    const key = world
        .all()
        .find((r) => r.type.toLowerCase() === KEY &&
        encryption_isObject(r.body.properties) &&
        lower(r.body.properties.keyUri) === m[1].toLowerCase());
    return key ? { key, version: m[2] } : undefined;
}
function currentVersion(key) {
    const props = encryption_isObject(key.body.properties) ? key.body.properties : {};
    const uri = props.keyUriWithVersion;
    return typeof uri === 'string' ? uri.split('/').pop() : undefined;
}
function requireKey(world, uri, what, needsVersion) {
    const found = keyNamed(world, uri);
    if (!found)
        throw refused(`${what}: the key '${uri}' was not found in its vault.`);
    if (needsVersion && !found.version)
        throw refused(`${what}: the key identifier '${uri}' must name a key version.`);
    if (found.version && found.version !== currentVersion(found.key))
        throw refused(`${what}: the key '${uri}' has no version '${found.version}'.`);
}
/** User-assigned identities attached to the body (`identity.userAssignedIdentities`), by lower-case id. */
function attachedIdentities(world, body) {
    const out = new Map();
    const identity = encryption_isObject(body.identity) ? body.identity : undefined;
    if (!identity || !/userassigned/i.test(String(identity.type ?? '')))
        return out;
    for (const id of Object.keys(encryption_isObject(identity.userAssignedIdentities) ? identity.userAssignedIdentities : {})) {
        const found = world.resource(id);
        if (found && found.type.toLowerCase() === USER_ASSIGNED)
            out.set(keyOf(id), found);
    }
    return out;
}
function requireAttachedClientId(world, body, clientId, what) {
    if (typeof clientId !== 'string' || !encryption_GUID.test(clientId))
        throw refused(`${what}: '${String(clientId)}' is not the client id (a GUID) of a user-assigned identity.`);
    const match = [...attachedIdentities(world, body).values()].some((r) => encryption_isObject(r.body.properties) && lower(r.body.properties.clientId) === clientId.toLowerCase());
    if (!match)
        throw refused(`${what}: no user-assigned identity with client id '${clientId}' is attached to the resource (identity.userAssignedIdentities).`);
}
function requireString(value, name, what) {
    if (typeof value !== 'string' || value.trim() === '')
        throw refused(`${what}: '${name}' is required with a customer-managed key.`);
    return value;
}
function cognitive(world, body) {
    const props = encryption_isObject(body.properties) ? body.properties : {};
    const encryption = encryption_isObject(props.encryption) ? props.encryption : undefined;
    if (lower(encryption?.keySource) !== 'microsoft.keyvault')
        return;
    const what = 'properties.encryption';
    const kv = encryption_isObject(encryption.keyVaultProperties) ? encryption.keyVaultProperties : {};
    const name = requireString(kv.keyName, 'keyVaultProperties.keyName', what);
    const version = requireString(kv.keyVersion, 'keyVaultProperties.keyVersion', what);
    const vault = requireString(kv.keyVaultUri, 'keyVaultProperties.keyVaultUri', what);
    requireKey(world, `${vault.replace(/\/+$/, '')}/keys/${name}/${version}`, what, true);
    if (kv.identityClientId !== undefined)
        requireAttachedClientId(world, body, kv.identityClientId, what);
}
function registry(world, body) {
    const props = encryption_isObject(body.properties) ? body.properties : {};
    const encryption = encryption_isObject(props.encryption) ? props.encryption : undefined;
    if (lower(encryption?.status) !== 'enabled')
        return;
    const what = 'properties.encryption';
    if (!encryption_isObject(body.sku) || lower(body.sku.name) !== 'premium')
        throw refused(`${what}: customer-managed keys need the Premium registry SKU.`);
    const kv = encryption_isObject(encryption.keyVaultProperties) ? encryption.keyVaultProperties : {};
    requireKey(world, requireString(kv.keyIdentifier, 'keyVaultProperties.keyIdentifier', what), what, false);
    requireAttachedClientId(world, body, kv.identity, `${what}.keyVaultProperties.identity`);
}
function workspace(world, body) {
    const props = encryption_isObject(body.properties) ? body.properties : {};
    const encryption = encryption_isObject(props.encryption) ? props.encryption : undefined;
    if (lower(encryption?.status) !== 'enabled')
        return;
    const what = 'properties.encryption';
    const kv = encryption_isObject(encryption.keyVaultProperties) ? encryption.keyVaultProperties : {};
    const vaultId = requireString(kv.keyVaultArmId, 'keyVaultProperties.keyVaultArmId', what);
    if (!world.resource(vaultId))
        throw refused(`${what}: the key vault '${vaultId}' was not found.`);
    requireKey(world, requireString(kv.keyIdentifier, 'keyVaultProperties.keyIdentifier', what), what, true);
    const identity = encryption_isObject(encryption.identity) ? encryption.identity.userAssignedIdentity : undefined;
    if (identity !== undefined && !attachedIdentities(world, body).has(keyOf(String(identity))))
        throw refused(`${what}.identity: the user-assigned identity '${String(identity)}' is not attached to the workspace (identity.userAssignedIdentities).`);
}
/** Encryption Azure takes only when the resource is created: switching it on or off later is refused. */
const AT_CREATION_ONLY = {
    'microsoft.containerregistry/registries': {
        what: 'A registry takes a customer-managed key only when it is created, and keeps it for good',
        enabled: (b) => lower(b.properties?.encryption?.status) === 'enabled',
    },
    'microsoft.machinelearningservices/workspaces': {
        what: 'A workspace takes a customer-managed key only when it is created, and keeps it for good',
        enabled: (b) => lower(b.properties?.encryption?.status) === 'enabled',
    },
};
const CHECKS = {
    'microsoft.cognitiveservices/accounts': cognitive,
    'microsoft.containerregistry/registries': registry,
    'microsoft.machinelearningservices/workspaces': workspace,
};
/** Checks the customer-managed key settings of a write; throws ARM's error for what the provider refuses. */
function checkEncryption(world, ref, body, existing) {
    const type = ref.type.toLowerCase();
    const once = AT_CREATION_ONLY[type];
    if (once && existing && once.enabled(existing.body) !== once.enabled(body))
        throw refused(`${once.what}: '${ref.name}' ${once.enabled(existing.body) ? 'has one' : 'was created without one'}.`);
    CHECKS[type]?.(world, body);
}

;// CONCATENATED MODULE: ./build/emulator/world.js
// The emulated Azure Resource Manager: resource groups, resources by id, locks, soft-deleted vaults and
// accounts, subnets and the long-running operations clients poll. HTTP lives in server.ts; templates in
// deployments.ts. Every change goes through the store, which persists it.







const OPERATIONS_API_VERSION = '2025-04-01';
const BUSY_STATES = new Set(['Accepted', 'Creating', 'Updating', 'Deleting']);
/** Types whose writes finish synchronously on Azure (no provisioning). */
const SYNCHRONOUS_TYPES = new Set([
    'microsoft.authorization/locks',
    'microsoft.authorization/roleassignments',
    'microsoft.insights/diagnosticsettings',
    'microsoft.resources/tags',
    'microsoft.network/privatednszones/a',
]);
const KEY_VAULT = 'microsoft.keyvault/vaults';
const VAULT_KEY = 'microsoft.keyvault/vaults/keys';
const COGNITIVE = 'microsoft.cognitiveservices/accounts';
const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';
const PRIVATE_ENDPOINT = 'microsoft.network/privateendpoints';
const LOCK = 'microsoft.authorization/locks';
const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';
const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';
const EMULATOR_TENANT = scope/* LOCAL_TENANT_ID */.d;
function world_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** A deterministic GUID from text: principal ids of managed identities, correlation ids. */
function guidFrom(text) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function statusName(status) {
    const names = {
        200: 'OK',
        201: 'Created',
        400: 'BadRequest',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'NotFound',
        409: 'Conflict',
        429: 'TooManyRequests',
        500: 'InternalServerError',
        503: 'ServiceUnavailable',
    };
    return names[status] ?? String(status);
}
class World {
    store;
    registry;
    faults;
    timeScale;
    pageSize;
    timers = new Set();
    sleepers = new Set();
    closing = false;
    constructor(opts) {
        this.store = opts.store;
        this.registry = opts.registry;
        this.faults = opts.faults;
        this.timeScale = opts.timeScale;
        this.pageSize = opts.pageSize;
    }
    // ───────────── time ─────────────
    scaledMs(seconds) {
        return Math.max(0, Math.round(seconds * this.timeScale * 1000));
    }
    /** Resolves after `ms` (or at once when the emulator closes, so nothing hangs). */
    sleep(ms) {
        if (ms <= 0 || this.closing)
            return Promise.resolve();
        return new Promise((resolve) => {
            const done = () => {
                clearTimeout(timer);
                this.timers.delete(timer);
                this.sleepers.delete(done);
                resolve();
            };
            const timer = setTimeout(done, ms);
            this.timers.add(timer);
            this.sleepers.add(done);
        });
    }
    /** Runs `fn` after `ms`, unless the emulator closes first (the persisted state then resumes on restart). */
    later(ms, fn) {
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            if (!this.closing)
                fn();
        }, ms);
        this.timers.add(timer);
    }
    stopTimers() {
        this.closing = true;
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        for (const wake of [...this.sleepers])
            wake();
    }
    now() {
        return new Date().toISOString();
    }
    // ───────────── long-running operations ─────────────
    newOperation(types, key) {
        const op = {
            id: this.store.nextId('op'),
            status: 'InProgress',
            startTime: this.now(),
            types,
            key,
        };
        this.store.state.operations[op.id] = op;
        this.store.changed();
        return op;
    }
    finishOperation(op, outcome = {}) {
        op.status = outcome.status ?? (outcome.error ? 'Failed' : 'Succeeded');
        op.endTime = this.now();
        if (outcome.error) {
            op.error = outcome.error.toDetail();
            op.errorStatus = outcome.error.status;
        }
        if (outcome.result !== undefined)
            op.result = outcome.result;
        this.store.changed();
    }
    asyncHeader(base, subscriptionId, op) {
        return {
            'azure-asyncoperation': `${base}/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
        };
    }
    locationHeader(base, subscriptionId, op) {
        return {
            location: `${base}/subscriptions/${subscriptionId}/operationresults/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
        };
    }
    operationStatus(subscriptionId, opId) {
        const op = this.store.state.operations[opId];
        if (!op)
            throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
        return {
            status: 200,
            body: {
                id: `/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}`,
                name: op.id,
                status: op.status,
                startTime: op.startTime,
                ...(op.endTime ? { endTime: op.endTime } : {}),
                ...(op.error ? { error: op.error } : {}),
            },
        };
    }
    operationResult(base, subscriptionId, opId) {
        const op = this.store.state.operations[opId];
        if (!op)
            throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
        if (op.status === 'InProgress' || op.status === 'Running') {
            return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
        }
        if (op.status === 'Failed' && op.error) {
            return { status: op.errorStatus ?? 400, body: { error: op.error } };
        }
        if (op.result !== undefined)
            return { status: 200, body: op.result };
        return { status: 204 };
    }
    // ───────────── resource groups ─────────────
    renderGroup(g) {
        return {
            id: g.id,
            name: g.name,
            type: 'Microsoft.Resources/resourceGroups',
            location: g.location,
            ...(g.managedBy ? { managedBy: g.managedBy } : {}),
            tags: g.tags ?? {},
            properties: { provisioningState: g.provisioningState },
        };
    }
    requireGroup(subscriptionId, name) {
        const g = this.store.group(subscriptionId, name);
        if (!g || g.provisioningState === 'Deleting')
            throw armErrors.resourceGroupNotFound(name);
        return g;
    }
    putGroup(subscriptionId, name, body) {
        if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
            throw new ArmError(400, 'InvalidResourceGroupName', `Resource group name '${name}' is invalid: use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.`);
        }
        if (typeof body.location !== 'string' || body.location.trim() === '') {
            throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
        }
        if (body.tags !== undefined && !world_isObject(body.tags)) {
            throw armErrors.invalidRequestContent("Error converting value to type 'Dictionary<string,string>'. Path 'tags'");
        }
        const id = scopeId(subscriptionId, name);
        const existing = this.store.group(subscriptionId, name);
        if (existing?.provisioningState === 'Deleting') {
            throw new ArmError(409, 'ResourceGroupBeingDeleted', `The resource group '${name}' is in deprovisioning state and cannot perform this operation.`);
        }
        if (existing && normalizeLocation(existing.location) !== normalizeLocation(body.location)) {
            throw new ArmError(409, 'InvalidResourceGroupLocation', `Invalid resource group location '${body.location}'. The Resource group already exists in location '${existing.location}'.`);
        }
        if (existing)
            this.checkWriteLocks(id);
        const group = {
            id: existing?.id ?? id,
            name: existing?.name ?? name,
            location: body.location,
            tags: body.tags ?? {},
            ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
            provisioningState: 'Succeeded',
        };
        this.store.state.resourceGroups[keyOf(id)] = group;
        this.store.changed();
        return { status: existing ? 200 : 201, body: this.renderGroup(group) };
    }
    patchGroup(subscriptionId, name, body) {
        const g = this.requireGroup(subscriptionId, name);
        this.checkWriteLocks(g.id);
        if (body.tags !== undefined) {
            if (!world_isObject(body.tags))
                throw armErrors.invalidRequestContent("Error converting value. Path 'tags'");
            g.tags = body.tags;
        }
        if (typeof body.managedBy === 'string')
            g.managedBy = body.managedBy;
        this.store.changed();
        return { status: 200, body: this.renderGroup(g) };
    }
    listGroups(subscriptionId, filter) {
        const prefix = keyOf(`/subscriptions/${subscriptionId}/resourceGroups/`);
        const match = filter ? parseFilter(filter) : undefined;
        return Object.entries(this.store.state.resourceGroups)
            .filter(([k]) => k.startsWith(prefix))
            .map(([, g]) => g)
            .filter((g) => !match ||
            match({
                name: g.name,
                type: 'Microsoft.Resources/resourceGroups',
                tags: g.tags ?? {},
                location: g.location,
            }))
            .sort((a, b) => a.name.localeCompare(b.name))
            .map((g) => this.renderGroup(g));
    }
    deleteGroup(base, subscriptionId, name) {
        const g = this.requireGroup(subscriptionId, name);
        const locked = this.locksBlockingDelete(g.id);
        if (locked.length > 0)
            throw armErrors.scopeLocked(g.id, 'delete', locked);
        const inside = this.resourcesWithin(g.id);
        const busy = inside.find((r) => BUSY_STATES.has(r.provisioningState));
        if (busy)
            throw armErrors.anotherOperationInProgress(busy.id);
        g.provisioningState = 'Deleting';
        this.store.changed();
        const seconds = Math.max(1, ...inside.map((r) => this.registry.timing(r.type, r.body.tags).deletion));
        const op = this.newOperation(inside.map((r) => r.type), `DELETE ${keyOf(g.id)}`);
        this.later(this.scaledMs(seconds), () => {
            for (const r of inside)
                this.removeWithSoftDelete(r);
            delete this.store.state.resourceGroups[keyOf(g.id)];
            for (const [k, d] of Object.entries(this.store.state.deployments)) {
                if (isWithin(d.id, g.id))
                    delete this.store.state.deployments[k];
            }
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
    }
    // ───────────── resources ─────────────
    resourcesWithin(scope) {
        const k = keyOf(scope);
        return Object.entries(this.store.state.resources)
            .filter(([key]) => key === k || key.startsWith(k + '/'))
            .map(([, r]) => r);
    }
    /** The resource as ARM returns it, with what Azure derives (provisioning state, subnets, principal ids). */
    render(r) {
        const body = structuredClone(r.body);
        const properties = world_isObject(body.properties) ? body.properties : {};
        const type = r.type.toLowerCase();
        if (type === VNET) {
            properties.subnets = this.childrenOf(r.id, SUBNET).map((s) => this.render(s));
        }
        if (type === SUBNET) {
            const endpoints = this.endpointsUsing(r.id);
            if (endpoints.length > 0)
                properties.privateEndpoints = endpoints.map((id) => ({ id }));
        }
        // Locks and diagnostic settings are not provisioned; everything else reports its state.
        if (type !== LOCK && type !== DIAGNOSTIC_SETTINGS)
            properties.provisioningState = r.provisioningState;
        return { id: r.id, name: r.name, type: r.type, ...body, properties };
    }
    childrenOf(parentId, childType) {
        const prefix = keyOf(parentId) + '/';
        return Object.entries(this.store.state.resources)
            .filter(([k, r]) => k.startsWith(prefix) && r.type.toLowerCase() === childType)
            .filter(([k]) => !k.slice(prefix.length).includes('/providers/'))
            .map(([, r]) => r)
            .sort((a, b) => a.name.localeCompare(b.name));
    }
    endpointsUsing(subnetId) {
        return Object.values(this.store.state.resources)
            .filter((r) => r.type.toLowerCase() === PRIVATE_ENDPOINT && r.provisioningState !== 'Deleting')
            .filter((r) => {
            const props = r.body.properties;
            const subnet = world_isObject(props) && world_isObject(props.subnet) ? props.subnet.id : undefined;
            return typeof subnet === 'string' && keyOf(subnet) === keyOf(subnetId);
        })
            .map((r) => r.id);
    }
    /** Checks api-version and type for a request by id; throws ARM's error. */
    checkVersion(ref, apiVersion, location) {
        const problem = checkApiVersion(this.registry, ref.type, apiVersion, location);
        if (problem)
            throw problem;
    }
    requireScope(ref) {
        if (ref.resourceGroup)
            this.requireGroup(ref.subscriptionId, ref.resourceGroup);
        const parentIsGroup = keyOf(ref.parentId) === keyOf(scopeId(ref.subscriptionId, ref.resourceGroup));
        if (parentIsGroup)
            return;
        const parent = this.store.resource(ref.parentId);
        if (!parent || parent.provisioningState === 'Deleting') {
            if (ref.extension) {
                const p = refFromId(ref.parentId);
                throw armErrors.resourceNotFound(p?.type ?? 'resource', p?.name ?? ref.parentId, ref.resourceGroup);
            }
            throw armErrors.parentNotFound(refFromId(ref.parentId)?.name ?? ref.parentId);
        }
    }
    getResource(ref) {
        const r = this.store.resource(ref.id);
        if (!r) {
            if (ref.resourceGroup)
                this.requireGroup(ref.subscriptionId, ref.resourceGroup);
            throw armErrors.resourceNotFound(ref.type, ref.name, ref.resourceGroup);
        }
        return r;
    }
    isBusy(id) {
        const r = this.store.resource(id);
        return r !== undefined && BUSY_STATES.has(r.provisioningState);
    }
    /** Locks whose scope covers `id`, optionally only ReadOnly ones; the lock scopes are returned. */
    locks(filter) {
        const scopes = [];
        for (const r of Object.values(this.store.state.resources)) {
            if (r.type.toLowerCase() !== LOCK)
                continue;
            const lockRef = refFromId(r.id);
            if (!lockRef)
                continue;
            const level = world_isObject(r.body.properties) ? String(r.body.properties.level) : '';
            if (filter(lockRef.parentId, level) && !scopes.includes(lockRef.parentId))
                scopes.push(lockRef.parentId);
        }
        return scopes;
    }
    locksBlockingDelete(id) {
        return this.locks((scope) => isWithin(id, scope) || isWithin(scope, id));
    }
    checkWriteLocks(id) {
        const readOnly = this.locks((scope, level) => level === 'ReadOnly' && isWithin(id, scope));
        if (readOnly.length > 0)
            throw armErrors.scopeLocked(id, 'write', readOnly);
    }
    /**
     * All checks of a write by id that need the world: scope exists, locks, soft-deleted names, subnet ranges,
     * references. Returns the body to store (what ARM keeps of the request).
     */
    prepareWrite(ref, body) {
        const type = ref.type.toLowerCase();
        const problem = checkBody(ref, body);
        if (problem)
            throw problem;
        this.requireScope(ref);
        if (type !== LOCK)
            this.checkWriteLocks(ref.id);
        const existing = this.store.resource(ref.id);
        if (existing &&
            isTrackedType(type) &&
            typeof body.location === 'string' &&
            typeof existing.body.location === 'string') {
            if (normalizeLocation(body.location) !== normalizeLocation(existing.body.location)) {
                throw new ArmError(400, 'InvalidResourceLocation', `The resource '${ref.name}' already exists in location '${existing.body.location}' in resource group '${ref.resourceGroup}'. A resource with the same name cannot be created in location '${body.location}'. Please select a new resource name.`);
            }
        }
        const stored = structuredClone(body);
        delete stored.id;
        delete stored.name;
        delete stored.type;
        if (type === KEY_VAULT)
            this.prepareVault(ref, stored, existing);
        if (type === COGNITIVE)
            this.prepareCognitive(ref, stored);
        if (type === SUBNET)
            this.checkSubnet(ref, stored);
        if (type === VNET)
            this.checkVnet(ref, stored);
        if (type === PRIVATE_ENDPOINT)
            this.checkEndpoint(stored);
        if (type === ROLE_ASSIGNMENT)
            this.checkRoleAssignment(ref, stored, existing);
        this.addIdentity(ref, stored);
        if (type === VAULT_KEY)
            this.addKeyUris(ref, stored, existing);
        checkEncryption({ resource: (id) => this.store.resource(id), all: () => Object.values(this.store.state.resources) }, ref, stored, existing);
        return stored;
    }
    /** Stores a prepared write with the given provisioning state and applies its side effects. */
    commitWrite(ref, apiVersion, stored, state) {
        const type = ref.type.toLowerCase();
        const existing = this.store.resource(ref.id);
        let inlineSubnets;
        if (type === VNET) {
            const props = world_isObject(stored.properties) ? stored.properties : {};
            inlineSubnets = Array.isArray(props.subnets) ? props.subnets : [];
            delete props.subnets;
        }
        if (type === KEY_VAULT || type === COGNITIVE) {
            for (const [k, sd] of Object.entries(this.store.state.softDeleted)) {
                if (this.softDeletedMatches(sd, ref))
                    delete this.store.state.softDeleted[k];
            }
        }
        const now = this.now();
        const resource = {
            id: existing?.id ?? ref.id,
            name: existing?.name ?? ref.name,
            type: existing?.type ?? ref.type,
            apiVersion,
            body: stored,
            provisioningState: state,
            createdAt: existing?.createdAt ?? now,
            changedAt: now,
        };
        this.store.putResource(resource);
        if (inlineSubnets)
            this.reconcileSubnets(resource, inlineSubnets, apiVersion);
        return { resource, created: existing === undefined };
    }
    /** PUT by id from a client: validate, store, and answer synchronously or as a long-running operation. */
    putResource(base, ref, apiVersion, body) {
        this.checkVersion(ref, apiVersion, typeof body.location === 'string' ? body.location : undefined);
        if (this.isBusy(ref.id))
            throw armErrors.anotherOperationInProgress(ref.id);
        const stored = this.prepareWrite(ref, body);
        const ms = SYNCHRONOUS_TYPES.has(ref.type.toLowerCase())
            ? 0
            : this.scaledMs(this.registry.timing(ref.type, body.tags).provisioning);
        const existed = this.store.resource(ref.id) !== undefined;
        if (ms === 0) {
            const { resource, created } = this.commitWrite(ref, apiVersion, stored, 'Succeeded');
            return { status: created ? 201 : 200, body: this.render(resource) };
        }
        const { resource } = this.commitWrite(ref, apiVersion, stored, existed ? 'Updating' : 'Creating');
        const op = this.newOperation([ref.type], `PUT ${keyOf(ref.id)}`);
        this.later(ms, () => {
            const current = this.store.resource(ref.id);
            if (current) {
                current.provisioningState = 'Succeeded';
                this.store.changed();
            }
            this.finishOperation(op);
        });
        return {
            status: existed ? 200 : 201,
            body: this.render(resource),
            headers: this.asyncHeader(base, ref.subscriptionId, op),
        };
    }
    patchResource(ref, apiVersion, body) {
        this.checkVersion(ref, apiVersion);
        const r = this.getResource(ref);
        if (BUSY_STATES.has(r.provisioningState))
            throw armErrors.anotherOperationInProgress(r.id);
        this.checkWriteLocks(r.id);
        const merged = mergePatch(r.body, body);
        const stored = this.prepareWrite(ref, {
            ...merged,
            location: r.body.location ?? merged.location,
        });
        const { resource } = this.commitWrite(ref, apiVersion, stored, 'Succeeded');
        return { status: 200, body: this.render(resource) };
    }
    deleteResource(base, ref, apiVersion) {
        this.checkVersion(ref, apiVersion);
        if (ref.resourceGroup)
            this.requireGroup(ref.subscriptionId, ref.resourceGroup);
        const r = this.store.resource(ref.id);
        if (!r)
            return { status: 204 };
        const type = r.type.toLowerCase();
        if (type !== LOCK) {
            const locked = this.locksBlockingDelete(r.id);
            if (locked.length > 0)
                throw armErrors.scopeLocked(r.id, 'delete', locked);
        }
        const tree = this.resourcesWithin(r.id).filter((x) => x.type.toLowerCase() !== LOCK || keyOf(x.id) === keyOf(r.id));
        const busy = tree.find((x) => BUSY_STATES.has(x.provisioningState));
        if (busy)
            throw armErrors.anotherOperationInProgress(busy.id);
        for (const subnet of tree.filter((x) => x.type.toLowerCase() === SUBNET)) {
            const users = this.endpointsUsing(subnet.id);
            if (users.length > 0)
                throw inUseSubnet(subnet.name, users[0]);
        }
        const ms = SYNCHRONOUS_TYPES.has(type)
            ? 0
            : this.scaledMs(this.registry.timing(r.type, r.body.tags).deletion);
        if (ms === 0) {
            for (const x of tree)
                this.removeWithSoftDelete(x);
            return { status: 200 };
        }
        r.provisioningState = 'Deleting';
        this.store.changed();
        const op = this.newOperation([r.type], `DELETE ${keyOf(r.id)}`);
        this.later(ms, () => {
            for (const x of this.resourcesWithin(r.id))
                this.removeWithSoftDelete(x);
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, ref.subscriptionId, op) };
    }
    /** Removes a resource; vaults and Cognitive Services accounts go to their soft-deleted collections. */
    removeWithSoftDelete(r) {
        const type = r.type.toLowerCase();
        const ref = refFromId(r.id);
        const props = world_isObject(r.body.properties) ? r.body.properties : {};
        const location = normalizeLocation(String(r.body.location ?? 'global'));
        const deletedAt = new Date();
        if (ref && type === KEY_VAULT && props.enableSoftDelete !== false) {
            const days = typeof props.softDeleteRetentionInDays === 'number' ? props.softDeleteRetentionInDays : 90;
            const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${r.name}`;
            this.store.state.softDeleted[keyOf(id)] = softDeleted(id, 'keyVault', r, location, deletedAt, days, props.enablePurgeProtection === true);
        }
        else if (ref && type === COGNITIVE) {
            const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.CognitiveServices/locations/${location}/resourceGroups/${ref.resourceGroup}/deletedAccounts/${r.name}`;
            this.store.state.softDeleted[keyOf(id)] = softDeleted(id, 'cognitiveServices', r, location, deletedAt, 2, false);
        }
        this.store.removeResource(r.id);
    }
    /**
     * Tracked resources of a group (or the subscription). As on ARM, `createdTime`, `changedTime` and
     * `provisioningState` are returned only when `$expand` asks for them.
     */
    listResources(subscriptionId, resourceGroup, filter, expand) {
        const expanded = new Set((expand ?? '')
            .split(',')
            .map((e) => e.trim().toLowerCase())
            .filter(Boolean));
        const scope = scopeId(subscriptionId, resourceGroup);
        if (resourceGroup)
            this.requireGroup(subscriptionId, resourceGroup);
        const match = filter ? parseFilter(filter) : undefined;
        return this.resourcesWithin(scope)
            .filter((r) => isTrackedType(r.type) && !(refFromId(r.id)?.extension ?? false))
            .filter((r) => !match ||
            match({
                name: r.name,
                type: r.type,
                tags: r.body.tags ?? {},
                location: String(r.body.location ?? ''),
            }))
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((r) => {
            // Lists return the envelope, not the properties (as ARM does without $expand).
            const { location, tags, kind, sku, identity, managedBy, plan } = r.body;
            return {
                id: r.id,
                name: r.name,
                type: r.type,
                ...(location !== undefined ? { location } : {}),
                ...(kind !== undefined ? { kind } : {}),
                ...(sku !== undefined ? { sku } : {}),
                ...(identity !== undefined ? { identity } : {}),
                ...(managedBy !== undefined ? { managedBy } : {}),
                ...(plan !== undefined ? { plan } : {}),
                tags: tags ?? {},
                ...(expanded.has('createdtime') ? { createdTime: r.createdAt } : {}),
                ...(expanded.has('changedtime') ? { changedTime: r.changedAt } : {}),
                ...(expanded.has('provisioningstate') ? { provisioningState: r.provisioningState } : {}),
            };
        });
    }
    /** GET on a collection path: the children of one type under a parent (subnets, locks at a scope…). */
    listChildren(parentId, type) {
        return this.childrenOf(parentId, type.toLowerCase()).map((r) => this.render(r));
    }
    // ───────────── soft delete ─────────────
    softDeletedMatches(sd, ref) {
        if (sd.name.toLowerCase() !== ref.name.toLowerCase())
            return false;
        if (sd.kind === 'keyVault')
            return ref.type.toLowerCase() === KEY_VAULT;
        const old = refFromId(sd.resource.id);
        return (ref.type.toLowerCase() === COGNITIVE &&
            old !== undefined &&
            old.subscriptionId.toLowerCase() === ref.subscriptionId.toLowerCase() &&
            (old.resourceGroup ?? '').toLowerCase() === (ref.resourceGroup ?? '').toLowerCase());
    }
    findSoftDeleted(ref) {
        return Object.values(this.store.state.softDeleted).find((sd) => this.softDeletedMatches(sd, ref));
    }
    prepareVault(ref, body, existing) {
        const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
        const taken = Object.values(this.store.state.resources).find((r) => r.type.toLowerCase() === KEY_VAULT &&
            r.name.toLowerCase() === ref.name.toLowerCase() &&
            keyOf(r.id) !== keyOf(ref.id));
        if (taken) {
            throw new ArmError(409, 'VaultAlreadyExists', `The vault name '${ref.name}' is already in use. Vault names are globally unique so it is possible that the name is already taken.`);
        }
        const deleted = this.findSoftDeleted(ref);
        if (props.createMode === 'recover') {
            if (!deleted) {
                throw new ArmError(404, 'SoftDeletedVaultDoesNotExist', `A soft deleted vault with the given name '${ref.name}' does not exist. Ensure that the name for the vault that is being attempted to recover is in a recoverable state. For more information on soft delete please follow this link https://go.microsoft.com/fwlink/?linkid=2149745`);
            }
            const old = world_isObject(deleted.resource.body.properties) ? deleted.resource.body.properties : {};
            delete props.createMode;
            for (const [k, v] of Object.entries(old))
                if (props[k] === undefined)
                    props[k] = v;
            if (old.enablePurgeProtection === true)
                props.enablePurgeProtection = true;
        }
        else if (deleted) {
            throw new ArmError(409, 'ConflictError', `A vault with the same name already exists in deleted state. You need to either recover or purge existing key vault. Follow this link https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft delete. (deleted vault: ${deleted.id})`);
        }
        const before = existing && world_isObject(existing.body.properties) ? existing.body.properties : {};
        if (before.enablePurgeProtection === true && props.enablePurgeProtection === false) {
            throw new ArmError(400, 'BadRequest', 'The property "enablePurgeProtection" cannot be set to false. Enabling the purge protection for a vault is an irreversible action.');
        }
        if (before.enablePurgeProtection === true && props.enablePurgeProtection === undefined)
            props.enablePurgeProtection = true;
    }
    prepareCognitive(ref, body) {
        const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
        const deleted = this.findSoftDeleted(ref);
        if (deleted && props.restore !== true) {
            throw new ArmError(409, 'FlagMustBeSetForRestore', `An existing resource with ID '${deleted.resource.id}' has been soft-deleted. To restore the resource, you must specify 'restore' to be 'true' in the property. If you don't want to restore existing resource, please purge it first.`);
        }
        delete props.restore;
        // Restored, the account comes back as it was (keys, settings); what the request sets goes on top.
        if (deleted) {
            const old = world_isObject(deleted.resource.body.properties) ? deleted.resource.body.properties : {};
            for (const [k, v] of Object.entries(old))
                if (props[k] === undefined)
                    props[k] = structuredClone(v);
        }
    }
    renderSoftDeleted(sd) {
        if (sd.kind === 'keyVault') {
            const props = world_isObject(sd.resource.body.properties) ? sd.resource.body.properties : {};
            return {
                id: sd.id,
                name: sd.name,
                type: 'Microsoft.KeyVault/deletedVaults',
                properties: {
                    vaultId: sd.resource.id,
                    location: sd.location,
                    deletionDate: sd.deletionDate,
                    scheduledPurgeDate: sd.scheduledPurgeDate,
                    tags: sd.resource.body.tags ?? {},
                    purgeProtectionEnabled: props.enablePurgeProtection === true,
                },
            };
        }
        const live = this.render(sd.resource);
        return {
            ...live,
            id: sd.id,
            type: 'Microsoft.CognitiveServices/locations/resourceGroups/deletedAccounts',
            properties: {
                ...live.properties,
                deletionDate: sd.deletionDate,
                scheduledPurgeDate: sd.scheduledPurgeDate,
            },
        };
    }
    listSoftDeleted(subscriptionId, kind) {
        const prefix = keyOf(`/subscriptions/${subscriptionId}/`);
        return Object.entries(this.store.state.softDeleted)
            .filter(([k, sd]) => k.startsWith(prefix) && sd.kind === kind)
            .map(([, sd]) => this.renderSoftDeleted(sd));
    }
    getSoftDeleted(id) {
        const sd = this.store.state.softDeleted[keyOf(id)];
        const ref = refFromId(id);
        if (!sd)
            throw armErrors.resourceNotFound(ref?.type ?? 'deleted resource', ref?.name ?? id, ref?.resourceGroup);
        return sd;
    }
    purge(base, subscriptionId, id) {
        const sd = this.getSoftDeleted(id);
        if (sd.purgeProtection) {
            throw new ArmError(409, 'InvalidOperation', `Operation 'DeletedVaultPurge' is not allowed. Purge protection is enabled for vault '${sd.name}': it is purged automatically on ${sd.scheduledPurgeDate}; recover it (createMode: recover) to use the name again.`);
        }
        const op = this.newOperation([sd.resource.type], `PURGE ${keyOf(id)}`);
        this.later(this.scaledMs(1), () => {
            delete this.store.state.softDeleted[keyOf(id)];
            this.store.changed();
            this.finishOperation(op);
        });
        return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
    }
    // ───────────── networking ─────────────
    vnetPrefixes(vnet) {
        const props = world_isObject(vnet.properties) ? vnet.properties : {};
        const space = world_isObject(props.addressSpace) ? props.addressSpace : {};
        return Array.isArray(space.addressPrefixes) ? space.addressPrefixes.map(String) : [];
    }
    subnetPrefix(subnet) {
        const props = world_isObject(subnet.properties) ? subnet.properties : {};
        if (typeof props.addressPrefix === 'string')
            return props.addressPrefix;
        if (Array.isArray(props.addressPrefixes) && typeof props.addressPrefixes[0] === 'string')
            return props.addressPrefixes[0];
        return undefined;
    }
    /** Checks one subnet's range against the VNet's address space and its sibling subnets. */
    checkSubnetRange(vnetName, vnetPrefixes, name, prefix, siblings) {
        const cidr = prefix ? (0,core_cidr/* parseCidr */.GN)(prefix) : undefined;
        if (!cidr) {
            throw new ArmError(400, 'NetcfgInvalidSubnet', `Subnet '${name}' is not valid in virtual network '${vnetName}': address prefix '${prefix ?? '(missing)'}' is not a valid CIDR such as 10.1.0.0/24 (host bits must be zero).`);
        }
        const spaces = vnetPrefixes.map(core_cidr/* parseCidr */.GN).filter((c) => c !== undefined);
        if (!spaces.some((s) => (0,core_cidr/* contains */.gR)(s, cidr))) {
            throw new ArmError(400, 'NetcfgSubnetRangeOutsideVnet', `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}' (${vnetPrefixes.join(', ')}).`);
        }
        for (const s of siblings) {
            if (s.name.toLowerCase() === name.toLowerCase() || !s.prefix)
                continue;
            const other = (0,core_cidr/* parseCidr */.GN)(s.prefix);
            if (other && (0,core_cidr/* overlaps */.$f)(other, cidr)) {
                throw new ArmError(400, 'NetcfgSubnetRangesOverlap', `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet '${s.name}' (${s.prefix}) in virtual network '${vnetName}'.`);
            }
        }
    }
    checkSubnet(ref, body) {
        const vnet = this.store.resource(ref.parentId);
        const siblings = this.childrenOf(vnet.id, SUBNET).map((s) => ({
            name: s.name,
            prefix: this.subnetPrefix(s.body),
        }));
        this.checkSubnetRange(vnet.name, this.vnetPrefixes(vnet.body), ref.name, this.subnetPrefix(body), siblings);
    }
    checkVnet(ref, body) {
        const prefixes = this.vnetPrefixes(body);
        for (const p of prefixes) {
            if (!(0,core_cidr/* parseCidr */.GN)(p)) {
                throw new ArmError(400, 'InvalidAddressPrefixFormat', `Address prefix '${p}' of virtual network '${ref.name}' is not a valid CIDR such as 10.1.0.0/16.`);
            }
        }
        const props = world_isObject(body.properties) ? body.properties : {};
        const inline = Array.isArray(props.subnets) ? props.subnets.filter(world_isObject) : [];
        const seen = [];
        for (const s of inline) {
            const name = String(s.name ?? '');
            this.checkSubnetRange(ref.name, prefixes, name, this.subnetPrefix(s), seen);
            seen.push({ name, prefix: this.subnetPrefix(s) });
        }
        // Like ARM, a VNet PUT is the whole truth: subnets it leaves out are deleted, which fails while in use.
        const keep = new Set(inline.map((s) => String(s.name ?? '').toLowerCase()));
        for (const existing of this.childrenOf(ref.id, SUBNET)) {
            if (keep.has(existing.name.toLowerCase()))
                continue;
            const users = this.endpointsUsing(existing.id);
            if (users.length > 0)
                throw inUseSubnet(existing.name, users[0]);
        }
    }
    reconcileSubnets(vnet, inline, apiVersion) {
        const keep = new Set();
        for (const s of inline.filter(world_isObject)) {
            const name = String(s.name ?? '');
            keep.add(name.toLowerCase());
            const id = `${vnet.id}/subnets/${name}`;
            const existing = this.store.resource(id);
            const now = this.now();
            this.store.putResource({
                id: existing?.id ?? id,
                name,
                type: 'Microsoft.Network/virtualNetworks/subnets',
                apiVersion,
                body: { properties: world_isObject(s.properties) ? structuredClone(s.properties) : {} },
                provisioningState: 'Succeeded',
                createdAt: existing?.createdAt ?? now,
                changedAt: now,
            });
        }
        for (const existing of this.childrenOf(vnet.id, SUBNET)) {
            if (!keep.has(existing.name.toLowerCase()))
                this.store.removeResource(existing.id);
        }
    }
    checkEndpoint(body) {
        const props = body.properties;
        const subnetId = String(props.subnet.id);
        const subnet = this.store.resource(subnetId);
        if (!subnet || subnet.type.toLowerCase() !== SUBNET) {
            throw new ArmError(400, 'InvalidResourceReference', `Resource ${subnetId} referenced by the private endpoint was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
        }
    }
    checkRoleAssignment(ref, body, existing) {
        const props = body.properties;
        const roleOf = (p) => String(p.roleDefinitionId ?? '')
            .split('/')
            .pop()
            ?.toLowerCase();
        if (existing) {
            const before = existing.body.properties;
            if (String(before.principalId).toLowerCase() !== String(props.principalId).toLowerCase() ||
                roleOf(before) !== roleOf(props)) {
                throw new ArmError(400, 'RoleAssignmentUpdateNotPermitted', 'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.');
            }
            return;
        }
        const duplicate = Object.values(this.store.state.resources).find((r) => {
            if (r.type.toLowerCase() !== ROLE_ASSIGNMENT)
                return false;
            const other = refFromId(r.id);
            const p = r.body.properties;
            return (other !== undefined &&
                keyOf(other.parentId) === keyOf(ref.parentId) &&
                String(p.principalId).toLowerCase() === String(props.principalId).toLowerCase() &&
                roleOf(p) === roleOf(props));
        });
        if (duplicate) {
            throw new ArmError(409, 'RoleAssignmentExists', `The role assignment already exists. The ID of the existing role assignment is ${duplicate.name}.`);
        }
    }
    /**
     * Key Vault reports a key's data-plane URIs. A PUT of an existing key changes nothing and makes no new version
     * (rotation is the data plane's job), so the version stays the one the key was created with.
     */
    addKeyUris(ref, body, existing) {
        const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
        const vault = refFromId(ref.parentId)?.name ?? '';
        const before = world_isObject(existing?.body.properties) ? existing.body.properties : {};
        const version = typeof before.keyUriWithVersion === 'string'
            ? before.keyUriWithVersion.split('/').pop()
            : guidFrom(`key-version:${keyOf(ref.id)}:${this.now()}`).replace(/-/g, '');
        props.keyUri = keyUriOf(vault, ref.name);
        props.keyUriWithVersion = `${props.keyUri}/${version}`;
    }
    /** Azure fills in the principal of a system-assigned identity, and the ids of a user-assigned identity. */
    addIdentity(ref, body) {
        if (world_isObject(body.identity) &&
            typeof body.identity.type === 'string' &&
            /systemassigned/i.test(body.identity.type)) {
            body.identity.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
            body.identity.tenantId = EMULATOR_TENANT;
        }
        if (ref.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities') {
            const props = world_isObject(body.properties) ? body.properties : (body.properties = {});
            props.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
            props.clientId = guidFrom(`client:${keyOf(ref.id)}`);
            props.tenantId = EMULATOR_TENANT;
        }
    }
}
function inUseSubnet(subnetName, userId) {
    return new ArmError(400, 'InUseSubnetCannotBeDeleted', `Subnet ${subnetName} is in use by ${userId} and cannot be deleted. In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.`);
}
function softDeleted(id, kind, resource, location, deletedAt, retentionDays, purgeProtection) {
    return {
        id,
        kind,
        name: resource.name,
        location,
        resource: { ...resource, provisioningState: 'Succeeded' },
        deletionDate: deletedAt.toISOString(),
        scheduledPurgeDate: new Date(deletedAt.getTime() + retentionDays * 86400e3).toISOString(),
        purgeProtection,
    };
}
function normalizeLocation(location) {
    return location.replace(/\s+/g, '').toLowerCase();
}
/** JSON merge patch (RFC 7386) as ARM applies PATCH bodies; tags are replaced as a whole. */
function mergePatch(target, patch) {
    const result = structuredClone(target);
    for (const [k, v] of Object.entries(patch)) {
        if (v === null)
            delete result[k];
        else if (k !== 'tags' && world_isObject(v) && world_isObject(result[k]))
            result[k] = mergePatch(result[k], v);
        else
            result[k] = structuredClone(v);
    }
    return result;
}
/**
 * ARM's $filter subset for resource lists: `tagName eq 'x' [and tagValue eq 'y']`, `resourceType eq 'T'`,
 * `name eq 'n'`, `location eq 'l'`, `substringof('s', name)`, joined with `and`.
 */
function parseFilter(filter) {
    const clauses = filter.split(/\s+and\s+/i).map((c) => c.trim());
    const tests = [];
    let tagName;
    let tagValue;
    for (const clause of clauses) {
        const eq = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
        const sub = /^substringof\(\s*'((?:[^']|'')*)'\s*,\s*name\s*\)$/i.exec(clause);
        if (eq) {
            const field = eq[1].toLowerCase();
            const value = eq[2].replace(/''/g, "'");
            if (field === 'tagname')
                tagName = value;
            else if (field === 'tagvalue')
                tagValue = value;
            else if (field === 'resourcetype')
                tests.push((s) => s.type.toLowerCase() === value.toLowerCase());
            else if (field === 'name')
                tests.push((s) => s.name.toLowerCase() === value.toLowerCase());
            else if (field === 'location')
                tests.push((s) => normalizeLocation(s.location) === normalizeLocation(value));
            else
                throw invalidFilter(filter);
        }
        else if (sub) {
            const value = sub[1].replace(/''/g, "'").toLowerCase();
            tests.push((s) => s.name.toLowerCase().includes(value));
        }
        else {
            throw invalidFilter(filter);
        }
    }
    if (tagValue !== undefined && tagName === undefined)
        throw invalidFilter(filter);
    if (tagName !== undefined) {
        const name = tagName.toLowerCase();
        const value = tagValue;
        tests.push((s) => Object.entries(s.tags).some(([k, v]) => k.toLowerCase() === name && (value === undefined || v === value)));
    }
    return (s) => tests.every((t) => t(s));
}
function invalidFilter(filter) {
    return new ArmError(400, 'InvalidFilterInQueryString', `Invalid $filter '${filter}' specified in the query string. Supported: tagName eq 'x' [and tagValue eq 'y'], resourceType eq 'T', name eq 'n', location eq 'l', substringof('s', name), joined with 'and'.`);
}

;// CONCATENATED MODULE: ./build/emulator/deployments.js
// ARM deployments of fully concrete templates: preflight validation, resources created in dependsOn order
// with simulated durations, the Azure-AsyncOperation protocol, deployment operations, what-if and validate.





const TEMPLATE_KEYS = new Set(['type', 'apiVersion', 'name', 'dependsOn', 'comments', 'scope', 'metadata']);
function templateError(message) {
    return new ArmError(400, 'InvalidTemplate', `Deployment template validation failed: '${message}'.`);
}
/** Finds a template language expression (`[...]`, not the `[[` escape) anywhere in a value. */
function findExpression(value, path) {
    if (typeof value === 'string') {
        if (value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']'))
            return { path, text: value };
        return undefined;
    }
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const hit = findExpression(value[i], `${path}[${i}]`);
            if (hit)
                return hit;
        }
        return undefined;
    }
    if (world_isObject(value)) {
        for (const [k, v] of Object.entries(value)) {
            const hit = findExpression(v, path ? `${path}.${k}` : k);
            if (hit)
                return hit;
        }
    }
    return undefined;
}
/** What ARM makes of template values that are not expressions: `[[…]` is the literal `[…]`. */
function unescapeLiterals(value) {
    if (typeof value === 'string')
        return value.startsWith('[[') && value.endsWith(']') ? value.slice(1) : value;
    if (Array.isArray(value))
        return value.map(unescapeLiterals);
    if (world_isObject(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescapeLiterals(v)]));
    return value;
}
function deploymentId(scope, name) {
    return `${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/${name}`;
}
function isoDuration(ms) {
    return `PT${(ms / 1000).toFixed(3)}S`;
}
class Deployments {
    world;
    cancelled = new Set();
    running = 0;
    peakRunning = 0;
    constructor(world) {
        this.world = world;
    }
    get store() {
        return this.world.store;
    }
    /** Deployments that were running when the emulator stopped are run again (their writes are idempotent). */
    resume() {
        for (const d of Object.values(this.store.state.deployments)) {
            if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
                const planned = this.plan(d.template, {
                    subscriptionId: d.subscriptionId,
                    resourceGroup: d.resourceGroup,
                });
                void this.execute(d, planned);
            }
        }
    }
    // ───────────── template → planned resources ─────────────
    /** Structural validation of a template; throws InvalidTemplate. */
    plan(template, scope) {
        if (!world_isObject(template)) {
            throw armErrors.invalidRequestContent("Required property 'template' not found in JSON. Path 'properties' (templateLink is not supported by the emulator: send the template inline)");
        }
        const resources = template.resources;
        if (!Array.isArray(resources)) {
            throw templateError("The template 'resources' must be an array of fully concrete resources (symbolic-name templates are not supported by the emulator)");
        }
        const planned = [];
        const byKey = new Map();
        resources.forEach((raw, index) => {
            if (!world_isObject(raw))
                throw templateError(`The template resource at index '${index}' is not an object`);
            const expression = findExpression(raw, '');
            if (expression) {
                throw templateError(`The template resource '${String(raw.name ?? index)}' contains the template language expression '${expression.text}' at '${expression.path}'. The emulator, like aifactory, deploys only fully concrete templates: compute the value before deploying`);
            }
            for (const unsupported of ['copy', 'condition', 'resources']) {
                if (raw[unsupported] !== undefined) {
                    throw templateError(`The template resource '${String(raw.name ?? index)}' uses '${unsupported}', which the emulator does not support: list every resource explicitly`);
                }
            }
            const { type, apiVersion, name } = raw;
            if (typeof type !== 'string' || typeof apiVersion !== 'string' || typeof name !== 'string') {
                throw templateError(`The template resource at index '${index}' must have string 'type', 'apiVersion' and 'name'`);
            }
            if (type.toLowerCase() === 'microsoft.resources/deployments') {
                throw templateError(`The template resource '${name}' is a nested deployment, which the emulator does not support: deploy to each resource group separately`);
            }
            const ref = this.resolveId(type, name, raw.scope, scope);
            const body = {};
            for (const [k, v] of Object.entries(raw))
                if (!TEMPLATE_KEYS.has(k))
                    body[k] = unescapeLiterals(v);
            const dependsOn = raw.dependsOn === undefined ? [] : raw.dependsOn;
            if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) {
                throw templateError(`The 'dependsOn' of template resource '${name}' must be an array of strings`);
            }
            const p = { index, ref, apiVersion, body, dependsOn: dependsOn };
            const key = keyOf(ref.id);
            if (byKey.has(key))
                throw templateError(`The resource '${ref.id}' is defined multiple times in a template`);
            byKey.set(key, p);
            planned.push(p);
        });
        for (const p of planned)
            p.dependsOn = p.dependsOn.map((d) => this.resolveDependency(d, planned, p));
        this.checkCycles(planned, byKey);
        return planned;
    }
    resolveId(type, name, scopeProp, scope) {
        const typeParts = type.split('/');
        const nameParts = name.split('/');
        if (typeParts.length < 2 ||
            typeParts.length - 1 !== nameParts.length ||
            nameParts.some((n) => n === '')) {
            throw templateError(`The template resource '${name}' for type '${type}' has incorrect segment lengths. A nested resource type must have identical number of segments as its resource name. A root resource type must have segment length one greater than its resource name`);
        }
        const base = scopeId(scope.subscriptionId, scope.resourceGroup);
        let prefix = base;
        if (typeof scopeProp === 'string' && scopeProp !== '') {
            prefix = scopeProp.startsWith('/') ? scopeProp.replace(/\/+$/, '') : `${base}/providers/${scopeProp}`;
        }
        else if (scopeProp !== undefined) {
            throw templateError(`The 'scope' of template resource '${name}' must be a resource id`);
        }
        if (type.toLowerCase() === 'microsoft.resources/resourcegroups') {
            if (scope.resourceGroup)
                throw templateError(`Resource groups can only be deployed at subscription scope ('${name}')`);
            return {
                id: scopeId(scope.subscriptionId, name),
                subscriptionId: scope.subscriptionId,
                resourceGroup: name,
                type: 'Microsoft.Resources/resourceGroups',
                namespace: 'Microsoft.Resources',
                name,
                parentId: base,
                extension: false,
                child: false,
            };
        }
        const path = typeParts
            .slice(1)
            .map((t, i) => `${t}/${nameParts[i]}`)
            .join('/');
        const ref = refFromId(`${prefix}/providers/${typeParts[0]}/${path}`);
        if (!ref)
            throw templateError(`The resource id of template resource '${name}' cannot be formed from scope '${prefix}'`);
        return ref;
    }
    resolveDependency(dep, planned, owner) {
        const d = dep.toLowerCase().replace(/\/+$/, '');
        const hit = planned.find((p) => keyOf(p.ref.id) === d) ??
            planned.find((p) => `${p.ref.type}/${p.ref.id.split('/').slice(-1)}`.toLowerCase() === d) ??
            planned.find((p) => keyOf(p.ref.id).endsWith(`/${d}`)) ??
            planned.find((p) => p.ref.name.toLowerCase() === d);
        if (!hit) {
            throw templateError(`The resource '${dep}' referenced in 'dependsOn' of '${owner.ref.name}' is not defined in the template`);
        }
        return keyOf(hit.ref.id);
    }
    checkCycles(planned, byKey) {
        const state = new Map();
        const visit = (key, trail) => {
            if (state.get(key) === 'done')
                return;
            if (state.get(key) === 'visiting') {
                throw templateError(`Circular dependency detected on resource: '${[...trail, key].map((k) => byKey.get(k)?.ref.name ?? k).join("' -> '")}'`);
            }
            state.set(key, 'visiting');
            for (const next of byKey.get(key)?.dependsOn ?? [])
                visit(next, [...trail, key]);
            state.set(key, 'done');
        };
        for (const p of planned)
            visit(keyOf(p.ref.id), []);
    }
    /** Preflight: what ARM and the providers check before accepting a deployment. Errors as inner details. */
    preflight(name, planned) {
        const details = [];
        for (const p of planned) {
            const location = typeof p.body.location === 'string' ? p.body.location : undefined;
            const version = checkApiVersion(this.world.registry, p.ref.type, p.apiVersion, location);
            if (version) {
                details.push(version.toDetail());
                continue;
            }
            if (p.ref.type === 'Microsoft.Resources/resourceGroups')
                continue;
            try {
                this.staticChecks(p);
            }
            catch (e) {
                if (e instanceof ArmError)
                    details.push(e.toDetail());
                else
                    throw e;
            }
        }
        if (details.length > 0) {
            throw new ArmError(400, 'InvalidTemplateDeployment', `The template deployment '${name}' is not valid according to the validation procedure. The tracking id is '${guidFrom(name + Date.now())}'. See inner errors for details.`, details);
        }
    }
    /** Body checks and soft-delete conflicts, which Azure reports at preflight. */
    staticChecks(p) {
        const world = this.world;
        const problem = checkBody(p.ref, p.body);
        if (problem)
            throw problem;
        const type = p.ref.type.toLowerCase();
        if (type === 'microsoft.keyvault/vaults' || type === 'microsoft.cognitiveservices/accounts') {
            const deleted = world.findSoftDeleted(p.ref);
            const props = world_isObject(p.body.properties) ? p.body.properties : {};
            if (deleted && props.createMode !== 'recover' && props.restore !== true) {
                // Reuse the world's wording by running its check on a copy.
                world.prepareWrite(p.ref, structuredClone(p.body));
            }
        }
    }
    // ───────────── REST handlers ─────────────
    render(d) {
        return {
            id: d.id,
            name: d.name,
            type: 'Microsoft.Resources/deployments',
            ...(d.location ? { location: d.location } : {}),
            ...(d.tags ? { tags: d.tags } : {}),
            properties: {
                provisioningState: d.provisioningState,
                mode: d.mode,
                timestamp: d.timestamp,
                duration: d.duration,
                correlationId: d.correlationId,
                templateHash: d.templateHash,
                parameters: d.parameters ?? {},
                outputs: {},
                outputResources: d.outputResources,
                providers: [],
                dependencies: [],
                ...(d.error ? { error: d.error } : {}),
            },
        };
    }
    find(scope, name) {
        return this.store.state.deployments[keyOf(deploymentId(scope, name))];
    }
    requireScope(scope) {
        if (scope.resourceGroup)
            this.world.requireGroup(scope.subscriptionId, scope.resourceGroup);
    }
    get(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        return { status: 200, body: this.render(d) };
    }
    exists(scope, name) {
        this.requireScope(scope);
        return { status: this.find(scope, name) ? 204 : 404 };
    }
    list(scope) {
        this.requireScope(scope);
        const prefix = keyOf(`${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/`);
        return Object.entries(this.store.state.deployments)
            .filter(([k]) => k.startsWith(prefix))
            .map(([, d]) => this.render(d));
    }
    parseBody(body, scope) {
        const props = body.properties;
        if (!world_isObject(props))
            throw armErrors.invalidRequestContent("Required property 'properties' not found in JSON. Path ''");
        const mode = typeof props.mode === 'string' ? props.mode : '';
        if (mode !== 'Incremental' && mode !== 'Complete') {
            throw new ArmError(400, 'InvalidDeploymentMode', `The deployment mode '${mode}' is not valid. Valid values are 'Incremental' and 'Complete'.`);
        }
        if (!scope.resourceGroup && (typeof body.location !== 'string' || body.location === '')) {
            throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition (deployments at subscription scope need a location).');
        }
        if (props.templateLink !== undefined) {
            throw templateError('templateLink is not supported by the emulator: send the template inline');
        }
        return { props, mode };
    }
    put(base, scope, name, body) {
        this.requireScope(scope);
        const existing = this.find(scope, name);
        if (existing && (existing.provisioningState === 'Accepted' || existing.provisioningState === 'Running')) {
            throw new ArmError(409, 'DeploymentActive', `Unable to edit or replace deployment '${name}': previous deployment from '${existing.startedAt}' is still active. Please see https://aka.ms/arm-deploy for usage details.`);
        }
        const { props, mode } = this.parseBody(body, scope);
        if (mode === 'Complete') {
            throw new ArmError(400, 'InvalidDeploymentMode', "The emulator supports only 'Incremental' deployments; aifactory deletes by resource id in cleanup order.");
        }
        const planned = this.plan(props.template, scope);
        this.preflight(name, planned);
        const now = this.world.now();
        const id = deploymentId(scope, name);
        const op = this.world.newOperation(planned.map((p) => p.ref.type), `DEPLOY ${keyOf(id)}`);
        const d = {
            id,
            name,
            subscriptionId: scope.subscriptionId,
            resourceGroup: scope.resourceGroup,
            location: typeof body.location === 'string' ? body.location : undefined,
            tags: world_isObject(body.tags) ? body.tags : undefined,
            template: props.template,
            parameters: props.parameters,
            mode,
            provisioningState: 'Accepted',
            timestamp: now,
            startedAt: now,
            duration: 'PT0S',
            correlationId: guidFrom(`${id}:${now}`),
            templateHash: (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(props.template)).digest('hex').slice(0, 20),
            outputResources: [],
            operations: [],
            asyncOperationId: op.id,
        };
        this.store.state.deployments[keyOf(id)] = d;
        this.store.changed();
        void this.execute(d, planned);
        return {
            status: existing ? 200 : 201,
            body: this.render(d),
            headers: this.world.asyncHeader(base, scope.subscriptionId, op),
        };
    }
    delete(base, scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            return { status: 204 };
        if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
            throw new ArmError(409, 'DeploymentActive', `Deployment '${name}' is still running and cannot be deleted; cancel it first.`);
        }
        delete this.store.state.deployments[keyOf(d.id)];
        this.store.changed();
        const op = this.world.newOperation([], `DELETE ${keyOf(d.id)}`);
        this.world.finishOperation(op);
        return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
    }
    cancel(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        if (d.provisioningState !== 'Accepted' && d.provisioningState !== 'Running') {
            throw new ArmError(409, 'DeploymentCannotBeCancelled', `Deployment '${name}' cannot be cancelled: it is ${d.provisioningState}.`);
        }
        this.cancelled.add(keyOf(d.id));
        return { status: 204 };
    }
    operations(scope, name) {
        this.requireScope(scope);
        const d = this.find(scope, name);
        if (!d)
            throw armErrors.deploymentNotFound(name);
        return d.operations.map((o) => this.renderOperation(d, o));
    }
    operation(scope, name, operationId) {
        const all = this.operations(scope, name);
        const hit = all.find((o) => String(o.operationId).toLowerCase() === operationId.toLowerCase());
        if (!hit)
            throw new ArmError(404, 'DeploymentOperationNotFound', `Deployment operation '${operationId}' of deployment '${name}' could not be found.`);
        return { status: 200, body: hit };
    }
    renderOperation(d, o) {
        return {
            id: `${d.id}/operations/${o.operationId}`,
            operationId: o.operationId,
            properties: {
                provisioningOperation: o.provisioningOperation,
                provisioningState: o.provisioningState,
                timestamp: o.timestamp,
                duration: o.duration,
                ...(o.statusCode ? { statusCode: o.statusCode } : {}),
                ...(o.statusMessage !== undefined ? { statusMessage: o.statusMessage } : {}),
                targetResource: o.targetResource,
            },
        };
    }
    validate(scope, name, body) {
        this.requireScope(scope);
        try {
            const { props, mode } = this.parseBody(body, scope);
            const planned = this.plan(props.template, scope);
            this.preflight(name, planned);
            return {
                status: 200,
                body: {
                    id: deploymentId(scope, name),
                    name,
                    type: 'Microsoft.Resources/deployments',
                    properties: {
                        provisioningState: 'Succeeded',
                        mode,
                        timestamp: this.world.now(),
                        validatedResources: planned.map((p) => ({ id: p.ref.id })),
                    },
                },
            };
        }
        catch (e) {
            if (e instanceof ArmError && e.status === 400)
                return { status: 400, body: e.body() };
            throw e;
        }
    }
    whatIf(base, scope, name, body) {
        this.requireScope(scope);
        const { props, mode } = this.parseBody(body, scope);
        const planned = this.plan(props.template, scope);
        this.preflight(name, planned);
        const changes = planned.map((p) => this.changeFor(p));
        if (mode === 'Complete' && scope.resourceGroup) {
            const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
            for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
                if (!inTemplate.has(keyOf(String(r.id)))) {
                    const live = this.store.resource(String(r.id));
                    changes.push({
                        resourceId: String(r.id),
                        changeType: 'Delete',
                        before: live ? this.world.render(live) : r,
                    });
                }
            }
        }
        else if (scope.resourceGroup) {
            const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
            for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
                if (!inTemplate.has(keyOf(String(r.id))))
                    changes.push({ resourceId: String(r.id), changeType: 'Ignore' });
            }
        }
        const op = this.world.newOperation(planned.map((p) => p.ref.type), `WHATIF ${keyOf(deploymentId(scope, name))}`);
        this.world.later(this.world.scaledMs(1), () => this.world.finishOperation(op, { result: { status: 'Succeeded', properties: { changes } } }));
        return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
    }
    changeFor(p) {
        const after = { id: p.ref.id, name: p.ref.name, type: p.ref.type, apiVersion: p.apiVersion, ...p.body };
        if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
            const g = this.store.group(p.ref.subscriptionId, p.ref.name);
            if (!g)
                return { resourceId: p.ref.id, changeType: 'Create', after };
            const before = this.world.renderGroup(g);
            const delta = diff({ location: g.location, tags: g.tags ?? {} }, { location: p.body.location, tags: p.body.tags ?? {} }, '');
            return {
                resourceId: p.ref.id,
                changeType: delta.length ? 'Modify' : 'NoChange',
                before,
                after,
                ...(delta.length ? { delta } : {}),
            };
        }
        const live = this.store.resource(p.ref.id);
        if (!live)
            return { resourceId: p.ref.id, changeType: 'Create', after };
        const before = this.world.render(live);
        const beforeBody = comparable(before);
        const afterBody = comparable(after);
        const delta = diff(beforeBody, afterBody, '');
        return {
            resourceId: live.id,
            changeType: delta.length ? 'Modify' : 'NoChange',
            before,
            after,
            ...(delta.length ? { delta } : {}),
        };
    }
    // ───────────── execution ─────────────
    async execute(d, planned) {
        const world = this.world;
        const op = d.asyncOperationId ? this.store.state.operations[d.asyncOperationId] : undefined;
        this.running += 1;
        this.peakRunning = Math.max(this.peakRunning, this.running);
        const started = Date.now();
        try {
            await world.sleep(1);
            if (world.closing)
                return;
            d.provisioningState = 'Running';
            d.operations = [];
            if (op)
                op.status = 'Running';
            this.store.changed();
            const seconds = this.resourceSeconds(planned);
            const outcome = new Map();
            const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
            const start = (p) => {
                const key = keyOf(p.ref.id);
                let promise = outcome.get(key);
                if (!promise) {
                    promise = (async () => {
                        const deps = await Promise.all(p.dependsOn.map((k) => start(byKey.get(k))));
                        if (deps.some((ok) => !ok) || world.closing || this.cancelled.has(keyOf(d.id)))
                            return false;
                        return this.provision(d, p, seconds.get(key) ?? 0);
                    })();
                    outcome.set(key, promise);
                }
                return promise;
            };
            const results = await Promise.all(planned.map(start));
            if (world.closing)
                return;
            d.duration = isoDuration(Date.now() - started);
            d.timestamp = world.now();
            if (this.cancelled.delete(keyOf(d.id))) {
                d.provisioningState = 'Canceled';
                if (op)
                    world.finishOperation(op, { status: 'Canceled' });
            }
            else if (results.every((ok) => ok)) {
                d.provisioningState = 'Succeeded';
                d.outputResources = planned.map((p) => ({ id: p.ref.id }));
                if (op)
                    world.finishOperation(op);
            }
            else {
                d.provisioningState = 'Failed';
                const failures = d.operations
                    .filter((o) => o.provisioningState === 'Failed')
                    .map((o) => o.statusMessage.error);
                const error = new ArmError(400, 'DeploymentFailed', 'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.', failures);
                d.error = error.toDetail();
                d.outputResources = d.operations
                    .filter((o) => o.provisioningState === 'Succeeded')
                    .map((o) => ({ id: o.targetResource.id }));
                if (op)
                    world.finishOperation(op, { error });
            }
            this.store.changed();
        }
        finally {
            this.running -= 1;
        }
    }
    /**
     * Simulated seconds per resource: the slowest type of the template (its service's typical time) spread over
     * the longest dependsOn chain, so one deployment takes about its service's time, as the plan estimates.
     */
    resourceSeconds(planned) {
        const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
        const depth = new Map();
        const depthOf = (key) => {
            const known = depth.get(key);
            if (known !== undefined)
                return known;
            const p = byKey.get(key);
            const value = 1 + Math.max(0, ...p.dependsOn.map(depthOf));
            depth.set(key, value);
            return value;
        };
        const longest = Math.max(1, ...planned.map((p) => depthOf(keyOf(p.ref.id))));
        const slowest = Math.max(0, ...planned.map((p) => p.ref.type === 'Microsoft.Resources/resourceGroups'
            ? 0
            : this.world.registry.timing(p.ref.type, p.body.tags).provisioning));
        return new Map(planned.map((p) => [keyOf(p.ref.id), slowest / longest]));
    }
    async provision(d, p, seconds) {
        const world = this.world;
        const record = {
            operationId: guidFrom(`${d.id}:${d.startedAt}:${p.ref.id}`)
                .replace(/-/g, '')
                .slice(0, 16)
                .toUpperCase(),
            provisioningOperation: 'Create',
            provisioningState: 'Running',
            timestamp: world.now(),
            duration: 'PT0S',
            targetResource: {
                id: p.ref.id,
                resourceName: p.ref.name,
                resourceType: p.ref.type,
                apiVersion: p.apiVersion,
            },
        };
        d.operations.push(record);
        this.store.changed();
        const started = Date.now();
        const finish = (ok, status, message) => {
            record.provisioningState = ok ? 'Succeeded' : 'Failed';
            record.statusCode = statusName(status);
            record.statusMessage = message;
            record.duration = isoDuration(Date.now() - started);
            record.timestamp = world.now();
            this.store.changed();
            return ok;
        };
        try {
            if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
                const reply = world.putGroup(p.ref.subscriptionId, p.ref.name, p.body);
                return finish(true, reply.status, reply.body);
            }
            // ARM itself retries resources another operation holds, so a deployment waits instead of failing.
            while (world.isBusy(p.ref.id) && !world.closing)
                await world.sleep(Math.max(5, world.scaledMs(0.5)));
            const stored = world.prepareWrite(p.ref, p.body);
            const existed = this.store.resource(p.ref.id) !== undefined;
            world.commitWrite(p.ref, p.apiVersion, stored, existed ? 'Updating' : 'Creating');
            await world.sleep(world.scaledMs(seconds));
            const live = this.store.resource(p.ref.id);
            if (!live)
                return finish(false, 404, {
                    status: 'Failed',
                    error: armErrors.resourceNotFound(p.ref.type, p.ref.name, p.ref.resourceGroup).toDetail(),
                });
            if (world.faults.shouldFail(`fail ${keyOf(d.id)} ${keyOf(p.ref.id)}`, p.ref.type)) {
                live.provisioningState = 'Failed';
                this.store.changed();
                return finish(false, 200, {
                    status: 'Failed',
                    error: {
                        code: 'ResourceDeploymentFailure',
                        message: `The resource write operation failed to complete successfully, because it reached terminal provisioning state 'Failed'. (fault injected by the emulator for ${p.ref.type})`,
                    },
                });
            }
            live.provisioningState = 'Succeeded';
            return finish(true, existed ? 200 : 201, world.render(live));
        }
        catch (e) {
            if (e instanceof ArmError)
                return finish(false, e.status, { status: 'Failed', error: e.toDetail() });
            throw e;
        }
    }
}
/** The parts of a resource what-if compares: what a client sends, minus what Azure derives. */
function comparable(resource) {
    const { location, tags, sku, kind, identity, properties, plan } = resource;
    const result = {};
    if (location !== undefined)
        result.location = String(location).replace(/\s+/g, '').toLowerCase();
    if (tags !== undefined)
        result.tags = tags;
    if (sku !== undefined)
        result.sku = sku;
    if (kind !== undefined)
        result.kind = kind;
    if (plan !== undefined)
        result.plan = plan;
    if (world_isObject(identity)) {
        const { principalId: _p, tenantId: _t, ...rest } = identity;
        result.identity = rest;
    }
    if (world_isObject(properties)) {
        const { provisioningState: _s, subnets: _n, privateEndpoints: _e, ...rest } = properties;
        if (resource.type === 'Microsoft.ManagedIdentity/userAssignedIdentities') {
            delete rest.principalId;
            delete rest.clientId;
            delete rest.tenantId;
        }
        // Read-only: Key Vault derives a key's URIs.
        if (String(resource.type).toLowerCase() === 'microsoft.keyvault/vaults/keys') {
            delete rest.keyUri;
            delete rest.keyUriWithVersion;
        }
        result.properties = rest;
    }
    return result;
}
/**
 * Property-level differences as ARM what-if reports them: full dotted paths down to the leaves of objects;
 * an array that differs is one `Array` change whose children are its elements by index — removed and added
 * elements as Delete/Create, an object element changed in place as Modify with relative child paths.
 */
function diff(before, after, path) {
    if (world_isObject(before) && world_isObject(after)) {
        const changes = [];
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const k of keys) {
            const p = path ? `${path}.${k}` : k;
            if (!(k in before))
                changes.push({ path: p, propertyChangeType: 'Create', after: after[k] });
            else if (!(k in after))
                changes.push({ path: p, propertyChangeType: 'Delete', before: before[k] });
            else
                changes.push(...diff(before[k], after[k], p));
        }
        return changes;
    }
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    if (Array.isArray(before) && Array.isArray(after))
        return [{ path, propertyChangeType: 'Array', children: arrayDiff(before, after) }];
    return [{ path, propertyChangeType: 'Modify', before, after }];
}
/** Elements kept in order (longest common subsequence) are not changes; the rest are removed or added. */
function arrayDiff(before, after) {
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const lcs = Array.from({ length: before.length + 1 }, () => new Array(after.length + 1).fill(0));
    for (let i = before.length - 1; i >= 0; i--)
        for (let j = after.length - 1; j >= 0; j--)
            lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const removed = new Map();
    const added = new Map();
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
        if (i < before.length && j < after.length && same(before[i], after[j])) {
            i++;
            j++;
        }
        else if (j < after.length && (i === before.length || lcs[i][j + 1] >= lcs[i + 1][j]))
            added.set(j, after[j++]);
        else
            removed.set(i, before[i++]);
    }
    const children = [];
    for (const [index, b] of removed) {
        const a = added.get(index);
        // An object element changed where it stands: ARM shows it as Modify with the members that differ.
        if (world_isObject(b) && world_isObject(a)) {
            added.delete(index);
            children.push({ path: String(index), propertyChangeType: 'Modify', children: diff(b, a, '') });
        }
        else
            children.push({ path: String(index), propertyChangeType: 'Delete', before: b });
    }
    for (const [index, a] of added)
        children.push({ path: String(index), propertyChangeType: 'Create', after: a });
    return children.sort((x, y) => Number(x.path) - Number(y.path));
}

;// CONCATENATED MODULE: ./build/emulator/faults.js
// Fault injection for tests and benchmarks: `429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0`,
// a rate may be limited to one resource type with `:Type` (`fail=1:Microsoft.Search/searchServices`). Request
// faults hit writes and polls; `reads=1` lets them hit plain reads too (lists, GETs), as on Azure.
// Draws are keyed by the request (method, path, how often it was seen) rather than by arrival order, so the same
// seed gives the same faults even when concurrent requests interleave differently.
const KINDS = ['429', '500', '503', 'drop', 'fail'];
function parseFaults(spec) {
    const result = { rules: [], latencyMs: 0, retryAfterSeconds: 1, reads: false };
    if (!spec || spec.trim() === '')
        return result;
    for (const raw of spec.split(',')) {
        const entry = raw.trim();
        if (entry === '')
            continue;
        const eq = entry.indexOf('=');
        if (eq < 0)
            throw new Error(`fault '${entry}' has no value: write KIND=RATE, e.g. 429=0.1 (${describe()})`);
        const key = entry.slice(0, eq).trim();
        const rest = entry.slice(eq + 1).trim();
        const colon = rest.indexOf(':');
        const valueText = colon < 0 ? rest : rest.slice(0, colon);
        const type = colon < 0 ? undefined : rest.slice(colon + 1).trim();
        const value = Number(valueText);
        if (!Number.isFinite(value) || value < 0) {
            throw new Error(`fault '${entry}': '${valueText}' is not a non-negative number`);
        }
        if (key === 'reads') {
            if (value !== 0 && value !== 1)
                throw new Error(`fault '${entry}': reads is 1 (reads are faulted too) or 0`);
            result.reads = value === 1;
        }
        else if (key === 'latency')
            result.latencyMs = value;
        else if (key === 'retryAfter')
            result.retryAfterSeconds = Math.round(value);
        else if (KINDS.includes(key)) {
            if (value > 1)
                throw new Error(`fault '${entry}': a rate is between 0 and 1`);
            if (type !== undefined && !/^[A-Za-z0-9.]+\/[A-Za-z0-9./]+$/.test(type)) {
                throw new Error(`fault '${entry}': '${type}' is not a resource type such as Microsoft.Search/searchServices`);
            }
            result.rules.push({ kind: key, rate: value, type: type?.toLowerCase() });
        }
        else {
            throw new Error(`unknown fault '${key}' in '${entry}' (${describe()})`);
        }
    }
    return result;
}
function describe() {
    return 'valid: 429, 500, 503, fail, drop (rates 0..1, optional :ResourceType), latency=MS, retryAfter=SECONDS, reads=1';
}
/** 32-bit FNV-1a, to turn a request key into a PRNG seed. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
/** mulberry32: a tiny seeded PRNG, good enough for fault draws. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
class FaultInjector {
    spec;
    seed;
    seen = new Map();
    constructor(spec, seed) {
        this.spec = spec;
        this.seed = seed;
    }
    get active() {
        return this.spec.rules.length > 0;
    }
    /** One uniform draw for this key; repeated keys draw afresh each time (deterministically). */
    draw(key) {
        const n = (this.seen.get(key) ?? 0) + 1;
        this.seen.set(key, n);
        return mulberry32(hash(`${this.seed}:${key}:${n}`))();
    }
    applies(rule, types) {
        return rule.type === undefined || types.some((t) => t.toLowerCase() === rule.type);
    }
    /** A request-level fault (429/500/503/drop) for a mutating call or a poll, or undefined. */
    requestFault(key, types) {
        const rules = this.spec.rules.filter((r) => r.kind !== 'fail' && this.applies(r, types));
        if (rules.length === 0)
            return undefined;
        const r = this.draw(key);
        let acc = 0;
        for (const rule of rules) {
            acc += rule.rate;
            if (r < acc)
                return rule.kind;
        }
        return undefined;
    }
    /** Whether the provisioning of one resource of `type` inside a deployment fails. */
    shouldFail(key, type) {
        const rules = this.spec.rules.filter((r) => r.kind === 'fail' && this.applies(r, [type]));
        if (rules.length === 0)
            return false;
        const rate = Math.min(1, rules.reduce((s, r) => s + r.rate, 0));
        return this.draw(key) < rate;
    }
}

// EXTERNAL MODULE: ./build/core/catalog/index.js + 15 modules
var core_catalog = __webpack_require__(3436);
;// CONCATENATED MODULE: ./build/emulator/registry.js
// The resource types the emulator knows: every type of the service catalog at its catalog api-version, the
// platform types the core generates around services, and ARM's own (resource groups, deployments, locks, tags).
// Unknown types and api-versions are refused with ARM's codes, so a body Azure would reject fails here too.

/** Provisioning of a type nobody times (platform types, children): deployments spread their slowest type anyway. */
const DEFAULT_SECONDS = 5;
/**
 * Deleting what goes around a service's main resource (its children, endpoints, DNS records, role assignments):
 * the catalog's `deletionSeconds` is the service's whole delete, carried by its main resource.
 */
const SMALL_DELETE_SECONDS = 1;
const SERVICE_TAG = 'aifactory-service';
/** ARM's own types: always known, whatever the catalog says. */
const RESOURCES_API_VERSIONS = [
    '2025-04-01',
    '2025-03-01',
    '2024-11-01',
    '2024-07-01',
    '2024-03-01',
    '2023-07-01',
    '2022-09-01',
    '2021-04-01',
    '2021-01-01',
    '2020-10-01',
    '2020-06-01',
    '2019-10-01',
];
const BUILT_IN = {
    'Microsoft.Resources/resourceGroups': RESOURCES_API_VERSIONS,
    'Microsoft.Resources/deployments': RESOURCES_API_VERSIONS,
    'Microsoft.Resources/tags': RESOURCES_API_VERSIONS,
    'Microsoft.Authorization/locks': ['2020-05-01', '2017-04-01', '2016-09-01'],
};
/**
 * The types the core generates and other GA api-versions Azure serves for them: older versions accepted
 * besides the catalog's own, and the whole table when the emulator runs without a catalog.
 */
const FALLBACK = {
    'Microsoft.Authorization/roleAssignments': ['2022-04-01', '2020-04-01-preview'],
    'Microsoft.Insights/diagnosticSettings': ['2021-05-01-preview', '2017-05-01-preview'],
    'Microsoft.Insights/components': ['2020-02-02'],
    'Microsoft.OperationalInsights/workspaces': ['2023-09-01', '2022-10-01'],
    'Microsoft.ManagedIdentity/userAssignedIdentities': ['2023-01-31'],
    'Microsoft.KeyVault/vaults': ['2024-11-01', '2023-07-01', '2022-07-01'],
    'Microsoft.Storage/storageAccounts': ['2024-01-01', '2023-05-01', '2023-01-01', '2022-09-01'],
    'Microsoft.Search/searchServices': ['2025-05-01', '2024-06-01-preview', '2023-11-01', '2022-09-01'],
    'Microsoft.CognitiveServices/accounts': ['2025-06-01', '2024-10-01', '2023-05-01'],
    'Microsoft.CognitiveServices/accounts/projects': ['2025-06-01'],
    'Microsoft.CognitiveServices/accounts/deployments': ['2025-06-01', '2024-10-01', '2023-05-01'],
    'Microsoft.ContainerRegistry/registries': ['2023-07-01', '2023-01-01-preview'],
    'Microsoft.DocumentDB/databaseAccounts': ['2024-11-15', '2024-08-15', '2024-05-15'],
    'Microsoft.Network/virtualNetworks': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/virtualNetworks/subnets': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/networkSecurityGroups': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/privateEndpoints': ['2024-05-01', '2024-01-01', '2023-11-01', '2023-09-01'],
    'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': ['2024-05-01', '2024-01-01', '2023-11-01'],
    'Microsoft.Network/privateDnsZones': ['2024-06-01', '2020-06-01'],
    'Microsoft.Network/privateDnsZones/virtualNetworkLinks': ['2024-06-01', '2020-06-01'],
    'Microsoft.Network/privateDnsZones/A': ['2024-06-01', '2020-06-01'],
};
/** Deleted-object collections are served with their live type's api-versions. */
const SOFT_DELETE_ALIASES = {
    'microsoft.keyvault/deletedvaults': 'microsoft.keyvault/vaults',
    'microsoft.keyvault/locations/deletedvaults': 'microsoft.keyvault/vaults',
    'microsoft.cognitiveservices/deletedaccounts': 'microsoft.cognitiveservices/accounts',
    'microsoft.cognitiveservices/locations/resourcegroups/deletedaccounts': 'microsoft.cognitiveservices/accounts',
};
class TypeRegistry {
    types = new Map();
    namespaces = new Set();
    /** Known type and versions; seconds given are kept when slower than what the type already has. */
    add(type, apiVersions, seconds, service) {
        const key = type.toLowerCase();
        let info = this.types.get(key);
        if (!info) {
            info = {
                type,
                apiVersions: [],
                provisioningSeconds: seconds?.provisioning ?? DEFAULT_SECONDS,
                deletionSeconds: seconds?.deletion ?? SMALL_DELETE_SECONDS,
            };
            this.types.set(key, info);
            this.namespaces.add(type.split('/')[0].toLowerCase());
        }
        else {
            if (seconds?.provisioning !== undefined)
                info.provisioningSeconds = Math.max(info.provisioningSeconds, seconds.provisioning);
            if (seconds?.deletion !== undefined)
                info.deletionSeconds = Math.max(info.deletionSeconds, seconds.deletion);
        }
        info.apiVersions = [...new Set([...info.apiVersions, ...apiVersions])].sort().reverse();
        if (service && seconds?.provisioning !== undefined && seconds.deletion !== undefined)
            (info.byService ??= {})[service] = { provisioning: seconds.provisioning, deletion: seconds.deletion };
    }
    /** Simulated seconds of one resource of `type`: its service's (by tag) when the type is that service's main one. */
    timing(type, tags) {
        const info = this.get(type);
        if (!info)
            return { provisioning: DEFAULT_SECONDS, deletion: SMALL_DELETE_SECONDS };
        const service = typeof tags === 'object' && tags !== null
            ? Object.entries(tags).find(([k]) => k.toLowerCase() === SERVICE_TAG)?.[1]
            : undefined;
        const own = typeof service === 'string' ? info.byService?.[service] : undefined;
        return own ?? { provisioning: info.provisioningSeconds, deletion: info.deletionSeconds };
    }
    get(type) {
        const key = type.toLowerCase();
        return this.types.get(SOFT_DELETE_ALIASES[key] ?? key);
    }
    hasNamespace(namespace) {
        return this.namespaces.has(namespace.toLowerCase());
    }
    list() {
        return [...this.types.values()];
    }
}
/**
 * Builds the registry from a catalog (all service and platform types, default: the tool's own catalog) plus
 * ARM's own types. `null` uses the small built-in table instead (for tests of the emulator itself).
 */
function buildRegistry(catalog = core_catalog/* catalog */.U$) {
    const registry = new TypeRegistry();
    for (const [type, versions] of Object.entries(BUILT_IN)) {
        registry.add(type, versions, { provisioning: type.endsWith('/resourceGroups') ? 0 : 1, deletion: 1 });
    }
    if (catalog) {
        for (const service of catalog.services) {
            const main = mainResources(service);
            for (const resource of service.resources) {
                const versions = [resource.apiVersion, ...(FALLBACK[resource.type] ?? [])];
                const timing = main.get(resource);
                if (timing)
                    registry.add(resource.type, versions, timing, service.id);
                else
                    registry.add(resource.type, versions);
            }
        }
        for (const [type, version] of Object.entries(catalog.platformApiVersions ?? {})) {
            registry.add(type, [version, ...(FALLBACK[type] ?? [])]);
        }
    }
    if (!catalog)
        for (const [type, versions] of Object.entries(FALLBACK))
            registry.add(type, versions);
    return registry;
}
/**
 * Where a service's catalog seconds go, so that creating or deleting the service here takes what the plan
 * estimates. Its top-level resources carry them (they are deployed along one chain and deleted side by side in
 * one cleanup step); everything around them — children, extension resources, endpoints, DNS records — is quick.
 * A service made only of children of another service's resources (a capability host and its connections)
 * carries them on its last resource, the one the others exist for; when that type repeats (three shared private
 * links), the deletion is shared among them, as the executor deletes children one after the other.
 */
function mainResources(service) {
    const own = service.resources.filter((r) => r.deployScope?.kind !== 'extension');
    const topLevel = own.filter((r) => !r.parent);
    const out = new Map();
    if (topLevel.length > 0) {
        for (const r of topLevel)
            out.set(r, { provisioning: service.provisioningSeconds, deletion: service.deletionSeconds });
        return out;
    }
    const last = own.at(-1) ?? service.resources.at(-1);
    if (!last)
        return out;
    const same = service.resources.filter((r) => r.type.toLowerCase() === last.type.toLowerCase());
    for (const r of same)
        out.set(r, {
            provisioning: service.provisioningSeconds,
            deletion: service.deletionSeconds / same.length,
        });
    return out;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./build/emulator/client-options.js
var client_options = __webpack_require__(4243);
;// CONCATENATED MODULE: ./build/emulator/server.js
// HTTP front of the emulator: authentication, fault injection, routing of ARM's REST paths to the world and
// the deployments, paging, and per-operation request counts.









const RESOURCES_NAMESPACE = 'microsoft.resources';
function server_lower(s) {
    return (s ?? '').toLowerCase();
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
function send(res, method, reply, timeScale) {
    const headers = {
        'x-ms-request-id': (0,external_node_crypto_.randomUUID)(),
        'x-ms-correlation-request-id': (0,external_node_crypto_.randomUUID)(),
        [client_options/* TIME_SCALE_HEADER */.p9]: String(timeScale),
        ...(reply.headers ?? {}),
    };
    if (reply.body !== undefined && method !== 'HEAD' && reply.status !== 204) {
        const text = JSON.stringify(reply.body);
        res.writeHead(reply.status, {
            ...headers,
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(text),
        });
        res.end(text);
    }
    else {
        res.writeHead(reply.status, { ...headers, 'content-length': 0 });
        res.end();
    }
}
function page(base, url, items, pageSize) {
    const topText = url.searchParams.get('$top');
    const top = topText !== null && Number(topText) > 0 ? Math.min(Number(topText), pageSize) : pageSize;
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0') || 0;
    const value = items.slice(skip, skip + top);
    let nextLink;
    if (skip + top < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set('$skiptoken', String(skip + top));
        nextLink = `${base}${next.pathname}${next.search}`;
    }
    return { status: 200, body: { value, ...(nextLink ? { nextLink } : {}) } };
}
function createEmulatorServer(ctx, opts = {}) {
    const { world } = ctx;
    const listener = (req, res) => {
        void handle(ctx, req, res).catch((e) => {
            if (!res.headersSent) {
                const error = e instanceof ArmError
                    ? e
                    : new ArmError(500, 'InternalServerError', `Emulator error: ${e.message}`);
                send(res, req.method ?? 'GET', { status: error.status, body: error.body(), headers: error.headers }, world.timeScale);
            }
            else {
                res.destroy();
            }
        });
    };
    const server = opts.tls ? (0,external_node_https_.createServer)(opts.tls, listener) : (0,external_node_http_.createServer)(listener);
    return server.on('clientError', (_e, socket) => socket.destroy());
    async function handle(c, req, res) {
        const method = (req.method ?? 'GET').toUpperCase();
        const host = req.headers.host ?? '127.0.0.1';
        const proto = typeof req.headers['x-forwarded-proto'] === 'string'
            ? req.headers['x-forwarded-proto']
            : opts.tls
                ? 'https'
                : 'http';
        const base = `${proto}://${host}`;
        // Clients that join an endpoint and an id ('/{resourceId}') send '//subscriptions/…'; ARM tolerates it.
        const rawUrl = req.url ?? '/';
        const q = rawUrl.indexOf('?');
        const cleanPath = (q < 0 ? rawUrl : rawUrl.slice(0, q)).replace(/\/{2,}/g, '/');
        const url = new URL(cleanPath + (q < 0 ? '' : rawUrl.slice(q)), base);
        c.total.requests += 1;
        const latency = world.faults.spec.latencyMs;
        if (latency > 0)
            await world.sleep(latency);
        const auth = req.headers.authorization;
        const token = typeof auth === 'string' ? /^Bearer\s+(\S+)/i.exec(auth)?.[1] : undefined;
        // Without a checker any token will do (loopback); with one (TLS, a stand-in Entra), only a valid one.
        const refused = token === undefined ? undefined : opts.authenticate?.(token);
        if (token === undefined || refused) {
            count(c, 'unauthenticated');
            await readBody(req);
            const e = refused ? new ArmError(401, refused.code, refused.message) : armErrors.authenticationFailed();
            send(res, method, {
                status: e.status,
                body: e.body(),
                headers: {
                    'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"',
                },
            }, world.timeScale);
            return;
        }
        const text = await readBody(req);
        let body = {};
        if (text.trim() !== '' && method !== 'GET' && method !== 'HEAD') {
            try {
                const parsed = JSON.parse(text);
                if (!world_isObject(parsed))
                    throw new Error('the body is not a JSON object');
                body = parsed;
            }
            catch (e) {
                const err = armErrors.invalidRequestContent(`Unexpected character encountered while parsing value: ${e.message}`);
                send(res, method, { status: err.status, body: err.body() }, world.timeScale);
                return;
            }
        }
        let route;
        try {
            route = routeFor(c, method, url, base, body);
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            count(c, `${method} unrouted`);
            send(res, method, { status: e.status, body: e.body(), headers: e.headers }, world.timeScale);
            return;
        }
        count(c, route.operation);
        if ((route.faultable || world.faults.spec.reads) && world.faults.active) {
            const fault = world.faults.requestFault(route.key, route.types);
            if (fault)
                c.faulted.set(`${fault} ${route.operation}`, (c.faulted.get(`${fault} ${route.operation}`) ?? 0) + 1);
            if (fault === 'drop') {
                req.socket.destroy();
                return;
            }
            if (fault) {
                const e = fault === '429'
                    ? armErrors.throttled(world.faults.spec.retryAfterSeconds)
                    : fault === '500'
                        ? armErrors.internal()
                        : armErrors.unavailable();
                send(res, method, { status: e.status, body: e.body(), headers: e.headers }, world.timeScale);
                return;
            }
        }
        let reply;
        try {
            reply = await route.handle();
        }
        catch (e) {
            if (!(e instanceof ArmError))
                throw e;
            reply = { status: e.status, body: e.body(), headers: e.headers };
        }
        // Persisted before the client hears of it: an acknowledged change survives the process dying right after.
        world.store.flush();
        send(res, method, reply, world.timeScale);
    }
}
function count(c, operation) {
    c.counts.set(operation, (c.counts.get(operation) ?? 0) + 1);
}
function requireResourcesVersion(c, url, type = 'Microsoft.Resources/resourceGroups') {
    const problem = checkApiVersion(c.world.registry, type, url.searchParams.get('api-version') ?? undefined);
    if (problem)
        throw problem;
}
function routeFor(c, method, url, base, body) {
    const { world } = c;
    const path = url.pathname.replace(/\/+$/, '');
    const segs = path
        .split('/')
        .filter((s) => s !== '')
        .map(decodeURIComponent);
    const mutating = method !== 'GET' && method !== 'HEAD';
    const key = `${method} ${keyOf(path)}`;
    const make = (operation, handle, types = [], faultable = mutating) => ({
        operation,
        handle,
        types,
        faultable,
        key,
    });
    if (server_lower(segs[0]) !== 'subscriptions' || segs.length < 2)
        throw armErrors.notFoundRoute(method, path);
    const sub = segs[1];
    const s2 = server_lower(segs[2]);
    // Polls of long-running operations.
    if (s2 === 'operationresults' && segs.length === 4 && method === 'GET') {
        const op = world.store.state.operations[segs[3]];
        return {
            ...make('operations/result', () => world.operationResult(base, sub, segs[3]), op?.types ?? [], true),
            key: `POLL ${op?.key ?? segs[3]}`,
        };
    }
    if (s2 === 'providers' &&
        server_lower(segs[3]) === RESOURCES_NAMESPACE &&
        server_lower(segs[4]) === 'operationstatuses' &&
        segs.length === 6) {
        const op = world.store.state.operations[segs[5]];
        return {
            ...make('operations/status', () => world.operationStatus(sub, segs[5]), op?.types ?? [], true),
            key: `POLL ${op?.key ?? segs[5]}`,
        };
    }
    // Resource groups.
    if (s2 === 'resourcegroups' && segs.length === 3) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, path);
        return make('resourceGroups/list', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listGroups(sub, url.searchParams.get('$filter') ?? undefined), world.pageSize);
        });
    }
    if (s2 === 'resourcegroups' && segs.length === 4) {
        const rg = segs[3];
        const withVersion = (fn) => () => {
            requireResourcesVersion(c, url);
            return fn();
        };
        switch (method) {
            case 'PUT':
                return make('resourceGroups/createOrUpdate', withVersion(() => world.putGroup(sub, rg, body)));
            case 'PATCH':
                return make('resourceGroups/update', withVersion(() => world.patchGroup(sub, rg, body)));
            case 'GET':
                return make('resourceGroups/get', withVersion(() => ({ status: 200, body: world.renderGroup(world.requireGroup(sub, rg)) })));
            case 'HEAD':
                return make('resourceGroups/checkExistence', withVersion(() => {
                    const g = world.store.group(sub, rg);
                    return { status: g && g.provisioningState !== 'Deleting' ? 204 : 404 };
                }));
            case 'DELETE':
                return make('resourceGroups/delete', withVersion(() => world.deleteGroup(base, sub, rg)));
            default:
                throw armErrors.methodNotAllowed(method, path);
        }
    }
    if (s2 === 'resourcegroups' && segs.length === 5 && server_lower(segs[4]) === 'resources' && method === 'GET') {
        return make('resources/listByResourceGroup', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listResources(sub, segs[3], url.searchParams.get('$filter') ?? undefined, url.searchParams.get('$expand') ?? undefined), world.pageSize);
        });
    }
    if (s2 === 'resources' && segs.length === 3 && method === 'GET') {
        return make('resources/list', () => {
            requireResourcesVersion(c, url);
            return page(base, url, world.listResources(sub, undefined, url.searchParams.get('$filter') ?? undefined, url.searchParams.get('$expand') ?? undefined), world.pageSize);
        });
    }
    // Deployment operations at resource-group scope live outside /providers/.
    if (s2 === 'resourcegroups' &&
        server_lower(segs[4]) === 'deployments' &&
        server_lower(segs[6]) === 'operations' &&
        method === 'GET') {
        const scope = { subscriptionId: sub, resourceGroup: segs[3] };
        return deploymentOperationsRoute(c, make, url, base, scope, segs[5], segs[7]);
    }
    const parsed = parsePath(path);
    if (!parsed)
        throw armErrors.notFoundRoute(method, path);
    const last = parsed.providers[parsed.providers.length - 1];
    if (!last)
        throw armErrors.notFoundRoute(method, path);
    // Deployments (resource group or subscription scope).
    if (parsed.providers.length === 1 &&
        server_lower(last.namespace) === RESOURCES_NAMESPACE &&
        server_lower(last.pairs[0].type) === 'deployments') {
        return deploymentRoute(c, make, method, url, base, parsed, body);
    }
    // Tags at any scope.
    if (server_lower(last.namespace) === RESOURCES_NAMESPACE &&
        server_lower(last.pairs[0]?.type) === 'tags' &&
        last.pairs.length === 1) {
        return tagsRoute(c, make, method, url, parsed, body);
    }
    // Soft-deleted key vaults and Cognitive Services accounts.
    const softDelete = softDeleteRoute(c, make, method, url, base, parsed, path);
    if (softDelete)
        return softDelete;
    // Generic resources by id.
    const ref = resourceRef(parsed);
    const apiVersion = url.searchParams.get('api-version') ?? undefined;
    if (!ref) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, path);
        // A collection: …/{type} without a name lists that type's children of the parent (subnets, locks…).
        if (last.pairs.length === 0 || last.pairs.slice(0, -1).some((x) => x.name === undefined)) {
            throw armErrors.notFoundRoute(method, path);
        }
        const collectionType = `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`;
        const cut = last.pairs.length > 1 ? 1 : 3;
        const parentId = '/' + segs.slice(0, segs.length - cut).join('/');
        return make('resources/listChildren', () => {
            const problem = checkApiVersion(world.registry, collectionType, apiVersion);
            if (problem)
                throw problem;
            if (parsed.resourceGroup)
                world.requireGroup(sub, parsed.resourceGroup);
            return page(base, url, world.listChildren(parentId, collectionType), world.pageSize);
        });
    }
    const types = [ref.type];
    switch (method) {
        case 'PUT':
            return make('resources/createOrUpdateById', () => world.putResource(base, ref, apiVersion, body), types);
        case 'PATCH':
            return make('resources/updateById', () => world.patchResource(ref, apiVersion, body), types);
        case 'DELETE':
            return make('resources/deleteById', () => world.deleteResource(base, ref, apiVersion), types);
        case 'GET':
            return make('resources/getById', () => {
                world.checkVersion(ref, apiVersion);
                return { status: 200, body: world.render(world.getResource(ref)) };
            }, types);
        case 'HEAD':
            return make('resources/checkExistenceById', () => {
                world.checkVersion(ref, apiVersion);
                return { status: world.store.resource(ref.id) ? 204 : 404 };
            }, types);
        default:
            throw armErrors.methodNotAllowed(method, path);
    }
}
function deploymentRoute(c, make, method, url, base, parsed, body) {
    const { deployments } = c;
    const scope = {
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
    };
    const suffix = parsed.resourceGroup ? '' : 'AtSubscriptionScope';
    const pairs = parsed.providers[0].pairs;
    const name = pairs[0].name;
    const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
    const templateTypes = () => {
        const props = world_isObject(body.properties) ? body.properties : {};
        const template = world_isObject(props.template) ? props.template : {};
        return Array.isArray(template.resources)
            ? template.resources.filter(world_isObject).map((r) => String(r.type))
            : [];
    };
    if (name === undefined) {
        if (method !== 'GET')
            throw armErrors.methodNotAllowed(method, url.pathname);
        return make(`deployments/list${parsed.resourceGroup ? 'ByResourceGroup' : suffix}`, () => {
            version();
            return page(base, url, deployments.list(scope), c.world.pageSize);
        });
    }
    const action = server_lower(pairs[1]?.type);
    if (pairs.length === 1) {
        switch (method) {
            case 'PUT':
                return make(`deployments/createOrUpdate${suffix}`, () => {
                    version();
                    return deployments.put(base, scope, name, body);
                }, templateTypes());
            case 'GET':
                return make(`deployments/get${suffix}`, () => {
                    version();
                    return deployments.get(scope, name);
                });
            case 'HEAD':
                return make(`deployments/checkExistence${suffix}`, () => {
                    version();
                    return deployments.exists(scope, name);
                });
            case 'DELETE':
                return make(`deployments/delete${suffix}`, () => {
                    version();
                    return deployments.delete(base, scope, name);
                });
            default:
                throw armErrors.methodNotAllowed(method, url.pathname);
        }
    }
    if (action === 'whatif' && method === 'POST') {
        return make(`deployments/whatIf${suffix}`, () => {
            version();
            return deployments.whatIf(base, scope, name, body);
        }, templateTypes());
    }
    if (action === 'validate' && method === 'POST') {
        return make(`deployments/validate${suffix}`, () => {
            version();
            return deployments.validate(scope, name, body);
        }, templateTypes());
    }
    if (action === 'cancel' && method === 'POST') {
        return make(`deployments/cancel${suffix}`, () => {
            version();
            return deployments.cancel(scope, name);
        });
    }
    if (action === 'operations' && method === 'GET') {
        return deploymentOperationsRoute(c, make, url, base, scope, name, pairs[1].name);
    }
    throw armErrors.notFoundRoute(method, url.pathname);
}
function deploymentOperationsRoute(c, make, url, base, scope, name, operationId) {
    const suffix = scope.resourceGroup ? '' : 'AtSubscriptionScope';
    return make(`deploymentOperations/${operationId ? 'get' : 'list'}${suffix}`, () => {
        requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
        if (operationId)
            return c.deployments.operation(scope, name, operationId);
        return page(base, url, c.deployments.operations(scope, name), c.world.pageSize);
    });
}
function tagsRoute(c, make, method, url, parsed, body) {
    const { world } = c;
    const scope = resourceRef({ ...parsed, providers: parsed.providers.slice(0, -1) })?.id ??
        scopeId(parsed.subscriptionId, parsed.resourceGroup);
    const read = () => {
        if (keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
            parsed.resourceGroup) {
            return world.requireGroup(parsed.subscriptionId, parsed.resourceGroup).tags ?? {};
        }
        const r = world.store.resource(scope);
        if (!r)
            throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
        return r.body.tags ?? {};
    };
    const write = (tags) => {
        if (keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
            parsed.resourceGroup) {
            const g = world.requireGroup(parsed.subscriptionId, parsed.resourceGroup);
            world.checkWriteLocks(g.id);
            g.tags = tags;
        }
        else {
            const r = world.store.resource(scope);
            if (!r)
                throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
            world.checkWriteLocks(r.id);
            r.body.tags = tags;
            // A tag write is a write: ARM's changedTime moves with it.
            r.changedAt = world.now();
        }
        world.store.changed();
    };
    const reply = (tags) => ({
        status: 200,
        body: {
            id: `${scope}/providers/Microsoft.Resources/tags/default`,
            name: 'default',
            type: 'Microsoft.Resources/tags',
            properties: { tags },
        },
    });
    const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/tags');
    const requested = () => {
        const props = world_isObject(body.properties) ? body.properties : {};
        return world_isObject(props.tags) ? props.tags : {};
    };
    switch (method) {
        case 'GET':
            return make('tags/getAtScope', () => (version(), reply(read())));
        case 'PUT':
            return make('tags/createOrUpdateAtScope', () => {
                version();
                read();
                write(requested());
                return reply(read());
            });
        case 'PATCH':
            return make('tags/updateAtScope', () => {
                version();
                const current = read();
                const op = String(body.operation ?? '');
                let next;
                if (op === 'Merge')
                    next = { ...current, ...requested() };
                else if (op === 'Replace')
                    next = requested();
                else if (op === 'Delete')
                    next = Object.fromEntries(Object.entries(current).filter(([k]) => !(k in requested())));
                else
                    throw new ArmError(400, 'InvalidTagOperation', `The tag operation '${op}' is invalid. Valid operations are 'Merge', 'Replace' and 'Delete'.`);
                write(next);
                return reply(next);
            });
        case 'DELETE':
            return make('tags/deleteAtScope', () => {
                version();
                write({});
                return { status: 200 };
            });
        default:
            throw armErrors.methodNotAllowed(method, url.pathname);
    }
}
function softDeleteRoute(c, make, method, url, base, parsed, path) {
    const { world } = c;
    if (parsed.resourceGroup || parsed.providers.length !== 1)
        return undefined;
    const p = parsed.providers[0];
    const ns = server_lower(p.namespace);
    const types = p.pairs.map((x) => server_lower(x.type)).join('/');
    const version = (type) => {
        const problem = checkApiVersion(world.registry, type, url.searchParams.get('api-version') ?? undefined);
        if (problem)
            throw problem;
    };
    if (ns === 'microsoft.keyvault') {
        if (types === 'deletedvaults' && p.pairs[0].name === undefined && method === 'GET') {
            return make('deletedVaults/list', () => (version('Microsoft.KeyVault/vaults'),
                page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'keyVault'), world.pageSize)));
        }
        if (types === 'locations/deletedvaults' && p.pairs[1].name !== undefined && method === 'GET') {
            return make('deletedVaults/get', () => (version('Microsoft.KeyVault/vaults'),
                { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }));
        }
        if (types === 'locations/deletedvaults/purge' && p.pairs[2].name === undefined && method === 'POST') {
            const id = path.replace(/\/purge$/i, '');
            return make('deletedVaults/purge', () => (version('Microsoft.KeyVault/vaults'), world.purge(base, parsed.subscriptionId, id)), ['Microsoft.KeyVault/vaults']);
        }
    }
    if (ns === 'microsoft.cognitiveservices') {
        if (types === 'deletedaccounts' && p.pairs[0].name === undefined && method === 'GET') {
            return make('deletedAccounts/list', () => (version('Microsoft.CognitiveServices/accounts'),
                page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'cognitiveServices'), world.pageSize)));
        }
        if (types === 'locations/resourcegroups/deletedaccounts' && p.pairs[2].name !== undefined) {
            if (method === 'GET') {
                return make('deletedAccounts/get', () => (version('Microsoft.CognitiveServices/accounts'),
                    { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }));
            }
            if (method === 'DELETE') {
                return make('deletedAccounts/purge', () => (version('Microsoft.CognitiveServices/accounts'),
                    world.purge(base, parsed.subscriptionId, path)), ['Microsoft.CognitiveServices/accounts']);
            }
        }
    }
    return undefined;
}


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/emulator/state-lock.js
// One emulator per state directory. The emulated Azure (and the apply lock inside it) lives in the memory of the
// process that serves it; two processes serving one state dir would each take "the" apply lock and overwrite
// each other's state file. So the first emulator to open a directory holds an exclusive lock file there, naming
// its pid, host, command and start time; any other fails at once naming it. A lock left by a process that is
// gone (same host, pid not running) is taken over.




const STATE_LOCK_FILE = 'emulator.lock';
class StateDirLockedError extends Error {
    dir;
    holder;
    name = 'StateDirLockedError';
    code = 'StateDirLocked';
    constructor(dir, holder) {
        super(`the emulator state dir ${dir} is in use by pid ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt})`);
        this.dir = dir;
        this.holder = holder;
    }
    get hint() {
        const stale = this.holder.host === external_node_os_.hostname()
            ? ''
            : `; if that process is gone, delete ${(0,external_node_path_.join)(this.dir, STATE_LOCK_FILE)}`;
        return `wait for it to finish, use the emulator it serves with --endpoint URL, or pick another --state-dir${stale}`;
    }
}
/** The command line of this process, for the lock's reader: `aifactory apply --env dev …`. */
function describeProcess() {
    const script = process.argv[1] ? process.argv[1].split(/[\\/]/).pop() : 'node';
    const args = process.argv.slice(2).join(' ');
    const name = /aifactory|index\.js|cli/i.test(script ?? '') ? 'aifactory' : (script ?? 'node');
    return `${name}${args ? ` ${args}` : ''}`.slice(0, 200);
}
/** Takes the state dir's lock or throws StateDirLockedError naming the holder. The directory must exist. */
function lockStateDir(dir, command = describeProcess()) {
    const file = (0,external_node_path_.join)(dir, STATE_LOCK_FILE);
    const record = {
        pid: process.pid,
        host: external_node_os_.hostname(),
        command,
        startedAt: new Date().toISOString(),
        token: (0,external_node_crypto_.randomUUID)(),
    };
    // Written whole to a temp file, then hard-linked into place: link fails when the lock exists, so the lock file
    // appears atomically and complete, or not at all.
    const temp = (0,external_node_path_.join)(dir, `${STATE_LOCK_FILE}.${process.pid}.${record.token}.tmp`);
    (0,external_node_fs_.writeFileSync)(temp, `${JSON.stringify(record)}\n`);
    try {
        for (let attempt = 0;; attempt++) {
            try {
                (0,external_node_fs_.linkSync)(temp, file);
                break;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = readHolder(file);
            if (attempt > 0 || (holder && isAlive(holder)))
                throw new StateDirLockedError(dir, holder ?? unreadable(file));
            // Gone (a crashed run on this host) or unreadable: take it over, once.
            removeIfSame(file, holder);
        }
    }
    finally {
        try {
            (0,external_node_fs_.unlinkSync)(temp);
        }
        catch {
            // already gone
        }
    }
    let released = false;
    const release = () => {
        if (released)
            return;
        released = true;
        process.off('exit', release);
        const current = readHolder(file);
        if (current?.token === record.token)
            removeIfSame(file, current);
    };
    // A process that ends without closing the emulator (an uncaught error) still frees the directory.
    process.on('exit', release);
    return { record, release };
}
function unreadable(file) {
    return {
        pid: 0,
        host: 'an unknown host',
        command: `unreadable lock file ${file}`,
        startedAt: 'unknown',
        token: '',
    };
}
function readHolder(file) {
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string')
            return undefined;
        return {
            pid: parsed.pid,
            host: parsed.host,
            command: String(parsed.command ?? 'unknown'),
            startedAt: String(parsed.startedAt ?? 'unknown'),
            token: String(parsed.token ?? ''),
        };
    }
    catch {
        return undefined;
    }
}
/** Whether the holder may still be running: always on another host (its pids are not ours to check). */
function isAlive(holder) {
    if (holder.host !== external_node_os_.hostname())
        return true;
    if (holder.pid === process.pid)
        return true;
    try {
        process.kill(holder.pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it runs under another user.
        return error.code === 'EPERM';
    }
}
function removeIfSame(file, expected) {
    const current = readHolder(file);
    if (expected && current && current.token !== expected.token)
        return;
    try {
        (0,external_node_fs_.unlinkSync)(file);
    }
    catch {
        // someone else removed it first
    }
}

;// CONCATENATED MODULE: ./build/emulator/store.js
// The emulator's world, kept in memory and persisted as one JSON file in the state directory. Writes are
// atomic (temp file + rename) so a killed process leaves either the old or the new state, never half of one.



const STATE_FILE = 'arm-state.json';
const MAX_FINISHED_OPERATIONS = 2000;
function emptyState() {
    return {
        schemaVersion: 1,
        resourceGroups: {},
        resources: {},
        deployments: {},
        softDeleted: {},
        operations: {},
        sequence: 0,
    };
}
class Store {
    dir;
    defer;
    state;
    file;
    scheduled = false;
    dirty = false;
    closed = false;
    constructor(dir, state, defer) {
        this.dir = dir;
        this.defer = defer;
        this.file = (0,external_node_path_.join)(dir, STATE_FILE);
        this.state = state;
    }
    /** Creates the state directory; throws an Error naming it when it can't be. */
    static ensureDir(dir) {
        try {
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        }
        catch (e) {
            throw new Error(`emulator state directory '${dir}' cannot be created (${e.code ?? String(e)}): choose another --state-dir or fix its permissions`);
        }
    }
    /**
     * Opens (or creates) the state in `dir`; throws an Error naming the directory when it can't be used. The
     * caller holds the directory's lock (state-lock.ts). `defer` schedules the write of changes made outside a
     * request (provisioning finishing on a timer); tests replace it to stand for a process that dies first.
     */
    static open(dir, defer = setImmediate) {
        Store.ensureDir(dir);
        const file = (0,external_node_path_.join)(dir, STATE_FILE);
        let state = emptyState();
        if ((0,external_node_fs_.existsSync)(file)) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            }
            catch (e) {
                throw new Error(`emulator state file '${file}' cannot be read (${e.code ?? String(e)}): fix its permissions or choose another --state-dir`);
            }
            try {
                const parsed = JSON.parse(text);
                if (parsed.schemaVersion !== 1)
                    throw new Error(`unknown schemaVersion ${String(parsed.schemaVersion)}`);
                state = { ...emptyState(), ...parsed };
            }
            catch (e) {
                throw new Error(`emulator state file '${file}' is not valid emulator state (${e.message}): delete it to start from an empty world, or choose another --state-dir`);
            }
        }
        const store = new Store(dir, state, defer);
        try {
            store.writeNow();
        }
        catch (e) {
            throw new Error(`emulator state directory '${dir}' is not writable (${e.code ?? String(e)}): choose another --state-dir or fix its permissions`);
        }
        return store;
    }
    nextId(prefix) {
        this.state.sequence += 1;
        return `${prefix}${this.state.sequence.toString(36).padStart(6, '0')}`;
    }
    /**
     * Records that the state changed. Changes made in the same tick are written once, soon; an answer to a client
     * calls `flush()` first, so nothing a client was told is lost when the process dies right after.
     */
    changed() {
        this.dirty = true;
        if (this.scheduled || this.closed)
            return;
        this.scheduled = true;
        this.defer(() => {
            this.scheduled = false;
            if (!this.closed && this.dirty)
                this.writeSafely();
        });
    }
    /** Writes pending changes now (before an answer goes out). */
    flush() {
        if (this.dirty && !this.closed)
            this.writeSafely();
    }
    writeSafely() {
        try {
            this.writeNow();
        }
        catch (e) {
            // The server keeps serving from memory; the next change tries again.
            process.stderr.write(`emulator: cannot write state to ${this.file}: ${e.message}\n`);
        }
    }
    writeNow() {
        this.pruneOperations();
        const temp = `${this.file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(this.state));
        (0,external_node_fs_.renameSync)(temp, this.file);
        this.dirty = false;
    }
    close() {
        if (this.closed)
            return;
        this.writeSafely();
        this.closed = true;
    }
    pruneOperations() {
        const ops = Object.values(this.state.operations);
        const finished = ops.filter((o) => o.endTime !== undefined);
        if (finished.length <= MAX_FINISHED_OPERATIONS)
            return;
        finished.sort((a, b) => a.endTime.localeCompare(b.endTime));
        for (const op of finished.slice(0, finished.length - MAX_FINISHED_OPERATIONS))
            delete this.state.operations[op.id];
    }
    // ── lookups ──
    group(subscriptionId, name) {
        return this.state.resourceGroups[keyOf(`/subscriptions/${subscriptionId}/resourceGroups/${name}`)];
    }
    resource(id) {
        return this.state.resources[keyOf(id)];
    }
    putResource(r) {
        this.state.resources[keyOf(r.id)] = r;
        this.changed();
    }
    removeResource(id) {
        delete this.state.resources[keyOf(id)];
        this.changed();
    }
}

;// CONCATENATED MODULE: ./build/emulator/index.js







const DEFAULT_TIME_SCALE = 0.01;
async function startEmulator(opts) {
    const faults = new FaultInjector(parseFaults(opts.faults), opts.seed ?? 1);
    const timeScale = opts.timeScale ?? DEFAULT_TIME_SCALE;
    if (!Number.isFinite(timeScale) || timeScale < 0) {
        throw new Error(`time scale must be a number ≥ 0 (got ${String(opts.timeScale)})`);
    }
    Store.ensureDir(opts.stateDir);
    // One emulator per state dir: the world, and the apply lock in it, live in this process's memory.
    const lock = lockStateDir(opts.stateDir, opts.command);
    let store;
    try {
        store = Store.open(opts.stateDir, opts.deferWrites);
    }
    catch (e) {
        lock.release();
        throw e;
    }
    const world = new World({
        store,
        registry: buildRegistry(opts.catalog),
        faults,
        timeScale,
        pageSize: opts.pageSize ?? 1000,
    });
    const deployments = new Deployments(world);
    resumePending(world);
    deployments.resume();
    const ctx = {
        world,
        deployments,
        counts: new Map(),
        faulted: new Map(),
        total: { requests: 0 },
    };
    const server = createEmulatorServer(ctx, {
        ...(opts.tls ? { tls: opts.tls } : {}),
        ...(opts.authenticate ? { authenticate: opts.authenticate } : {}),
    });
    const host = opts.host ?? '127.0.0.1';
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, host, () => {
            server.off('error', reject);
            resolve();
        });
    }).catch((e) => {
        world.stopTimers();
        store.close();
        lock.release();
        throw new Error(`the emulator cannot listen on ${host}:${opts.port ?? 0} (${e.code ?? e.message})`);
    });
    const address = server.address();
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closed;
    return {
        url: `${opts.tls ? 'https' : 'http'}://${urlHost}:${address.port}`,
        stats: () => ({
            requests: ctx.total.requests,
            byOperation: Object.fromEntries([...ctx.counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
            peakConcurrentDeployments: deployments.peakRunning,
            faults: Object.fromEntries([...ctx.faulted.entries()].sort(([a], [b]) => a.localeCompare(b))),
        }),
        close: () => {
            closed ??= new Promise((resolve) => {
                world.stopTimers();
                server.close(() => resolve());
                server.closeAllConnections();
            }).then(() => {
                store.close();
                lock.release();
            });
            return closed;
        },
    };
}
/**
 * Work that was in flight when the emulator stopped completes on start: resources being created or updated
 * are done, deletions finish, and their operations report success. Running deployments resume separately.
 */
function resumePending(world) {
    const state = world.store.state;
    for (const r of Object.values(state.resources)) {
        if (r.provisioningState === 'Creating' ||
            r.provisioningState === 'Updating' ||
            r.provisioningState === 'Accepted') {
            r.provisioningState = 'Succeeded';
        }
    }
    for (const r of Object.values(state.resources)) {
        if (r.provisioningState === 'Deleting')
            for (const x of world.resourcesWithin(r.id))
                world.removeWithSoftDelete(x);
    }
    for (const [k, g] of Object.entries(state.resourceGroups)) {
        if (g.provisioningState === 'Deleting') {
            for (const x of world.resourcesWithin(g.id))
                world.removeWithSoftDelete(x);
            delete state.resourceGroups[k];
        }
    }
    const deploymentOps = new Set(Object.values(state.deployments).map((d) => d.asyncOperationId));
    for (const op of Object.values(state.operations)) {
        if ((op.status === 'InProgress' || op.status === 'Running') && !deploymentOps.has(op.id))
            world.finishOperation(op);
    }
    world.store.changed();
}





/***/ })

};
