export const id = 671;
export const ids = [671];
export const modules = {

/***/ 2721:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iv: () => (/* binding */ ArmOperationError),
/* harmony export */   UV: () => (/* binding */ toArmError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   mu: () => (/* binding */ withHint)
/* harmony export */ });
/* unused harmony exports deepest, hintFor */
// ARM errors as the user should see them: the code ARM sent, its message, and what to do about it.
// The SDKs throw RestError (core-client and the TypeSpec runtime alike) with `code`/`statusCode`; a failed
// deployment carries the inner error in `properties.error.details`, where the useful code usually sits.
/** A failure the apply reports per service (the walker keeps it as the node's error). */
class ArmOperationError extends Error {
    info;
    name = 'ArmOperationError';
    constructor(info) {
        super(`${info.code}: ${info.message}`);
        this.info = info;
    }
}
/** Digs the most specific ARM error out of whatever the SDK threw. */
function toArmError(error) {
    if (error instanceof ArmOperationError)
        return error.info;
    const e = (error ?? {});
    const statusCode = typeof e.statusCode === 'number'
        ? e.statusCode
        : typeof e.response?.status === 'number'
            ? e.response.status
            : undefined;
    let body = pickErrorBody(e.details) ?? pickErrorBody(e.response?.parsedBody);
    if (!body && typeof e.response?.bodyAsText === 'string') {
        try {
            body = pickErrorBody(JSON.parse(e.response.bodyAsText));
        }
        catch {
            // not JSON: keep the SDK's own message
        }
    }
    const innermost = body ? deepest(body) : undefined;
    const code = innermost?.code ?? (typeof e.code === 'string' ? e.code : undefined) ?? connectionCode(e) ?? 'Unknown';
    const message = innermost?.message ?? body?.message ?? (typeof e.message === 'string' ? e.message : String(error));
    return withHint({ code, message: oneLine(message), statusCode });
}
function pickErrorBody(value) {
    if (!value || typeof value !== 'object')
        return undefined;
    const v = value;
    if (v.error && typeof v.error === 'object')
        return v.error;
    if (typeof v.code === 'string' && typeof v.message === 'string')
        return v;
    return undefined;
}
/** Deployment failures wrap the real cause (`DeploymentFailed` → `Conflict` → `ScopeLocked`): take the leaf. */
function deepest(body) {
    let current = body;
    while (current.details && current.details.length > 0 && current.details[0].code)
        current = current.details[0];
    return current;
}
function connectionCode(e) {
    const text = `${String(e.code ?? '')} ${String(e.message ?? '')}`;
    const m = /\b(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH)\b/.exec(text);
    return m?.[1];
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
const HINTS = {
    ScopeLocked: 'a management lock (CanNotDelete/ReadOnly) covers this resource or its resource group: remove the lock ' +
        '(az lock delete / portal → Locks) or ask its owner, then re-run; or keep the service on',
    AuthorizationFailed: 'the identity running the apply lacks a role on this scope: grant it Contributor (and User Access ' +
        'Administrator or Role Based Access Control Administrator for role assignments) on the subscription or resource group',
    LinkedAuthorizationFailed: 'the identity may write this resource but not the one it links to (subnet, DNS zone, identity): grant it a role on that scope too',
    RoleAssignmentUpdateNotPermitted: 'a role assignment with this name exists with other properties: delete the old assignment, then re-run',
    InvalidTemplate: 'the generated template was rejected: this is a bug in aifactory-flags; please report it with the plan JSON',
    InvalidTemplateDeployment: 'ARM rejected the deployment before it started: see the message for the resource and property',
    InvalidRequestContent: 'ARM rejected a property of the request: see the message for which one',
    QuotaExceeded: 'the subscription quota for this resource or SKU is used up in this region: request more quota or pick another region/SKU',
    OperationNotAllowed: 'a quota or policy forbids this operation: request more quota or check the subscription limits',
    SkuNotAvailable: 'this SKU is not offered in this region for your subscription: pick another region or SKU',
    InsufficientQuota: 'the model or SKU quota is used up: lower the capacity in the config or request more quota',
    RequestDisallowedByPolicy: 'an Azure Policy assignment denies this resource: read the policy named in the message, then ask the platform team for an exemption or change the config',
    StorageAccountAlreadyTaken: 'the globally unique name is taken by someone else: change the project prefix or salt input',
    VaultAlreadyExists: 'the vault name exists (maybe soft-deleted in another subscription): purge it or change the prefix',
    FlagMustBeSetForRestore: 'a soft-deleted resource with this name exists: recover it (re-run with it in the plan) or purge it first',
    ConflictError: 'a soft-deleted resource with this name blocks the create: recover or purge it',
    AnotherOperationInProgress: 'another operation on this resource is still running: wait for it, then re-run',
    ResourceGroupBeingDeleted: 'the resource group is being deleted: wait until it is gone, then re-run',
    InUseSubnetCannotBeDeleted: 'a resource still uses the subnet: delete its private endpoints / NICs first, or wait for Azure to release it',
    MissingSubscriptionRegistration: 'the resource provider is not registered on the subscription: az provider register --namespace <namespace>',
    SubscriptionNotFound: 'the subscription id is wrong or the identity cannot see it: check environments.<env>.subscriptionId',
    InvalidAuthenticationToken: 'the token was rejected: log in again (az login) or check the federated credential',
    ExpiredAuthenticationToken: 'the token expired during the run: re-run; for OIDC use a credential that refreshes its ID token',
    CredentialUnavailableError: 'no credential worked: set AZURE_CLIENT_ID/AZURE_TENANT_ID (+ AZURE_CLIENT_SECRET or a federated token), run az login, or use a managed identity',
    ECONNREFUSED: 'nothing listens at the endpoint: start the emulator (aifactory emulator) or drop --endpoint to use the embedded one',
    ENOTFOUND: 'the endpoint host name does not resolve: check --endpoint',
    DeploymentFailed: 'a resource of the deployment failed: see the deployment operations in the portal for the resource',
    ResourceNotFound: 'something this service needs does not exist yet: check that the services it depends on applied',
    ParentResourceNotFound: 'the parent resource does not exist: check that the service owning it applied',
};
function hintFor(code, statusCode) {
    if (HINTS[code])
        return HINTS[code];
    if (/quota/i.test(code))
        return HINTS.QuotaExceeded;
    if (statusCode === 429)
        return 'ARM throttled the requests beyond the retries: lower --parallelism and re-run';
    if (statusCode !== undefined && statusCode >= 500)
        return 'Azure returned a server error beyond the retries: re-run; what already applied is a no-op';
    return undefined;
}
function withHint(info) {
    const hint = info.hint ?? hintFor(info.code, info.statusCode);
    return hint ? { ...info, hint } : info;
}
function isNotFound(error) {
    const e = error;
    if (e?.statusCode === 404)
        return true;
    const info = toArmError(error);
    return (info.statusCode === 404 ||
        info.code === 'ResourceNotFound' ||
        info.code === 'ResourceGroupNotFound' ||
        info.code === 'DeploymentNotFound');
}


/***/ }),

/***/ 6482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ relativeScope),
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   Tp: () => (/* binding */ resourceGroupOf),
/* harmony export */   m_: () => (/* binding */ shortId)
/* harmony export */ });
/* unused harmony export sameId */
// Parsing ARM resource ids: the template builder needs type and name from an id, and the scope an extension
// resource (role assignment, diagnostic setting) hangs off.
function parseResourceId(id) {
    const trimmed = id.replace(/\/+$/, '');
    const providersAt = trimmed.toLowerCase().lastIndexOf('/providers/');
    const sub = /^\/subscriptions\/([^/]+)/i.exec(trimmed)?.[1];
    const rg = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i.exec(trimmed)?.[1];
    if (providersAt < 0) {
        if (rg && /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/i.test(trimmed)) {
            return { subscriptionId: sub, resourceGroup: rg, type: 'Microsoft.Resources/resourceGroups', name: rg };
        }
        if (sub && /^\/subscriptions\/[^/]+$/i.test(trimmed)) {
            return { subscriptionId: sub, type: 'Microsoft.Resources/subscriptions', name: sub };
        }
        throw new Error(`not an ARM resource id: ${id}`);
    }
    const head = trimmed.slice(0, providersAt);
    const parts = trimmed.slice(providersAt + '/providers/'.length).split('/');
    const namespace = parts[0];
    const types = [];
    const names = [];
    for (let i = 1; i + 1 < parts.length; i += 2) {
        types.push(parts[i]);
        names.push(parts[i + 1]);
    }
    // An id with providers before the last one extends whatever precedes it.
    const isExtension = head.toLowerCase().includes('/providers/') || !rg || head.split('/').length > 5;
    return {
        subscriptionId: sub,
        resourceGroup: rg,
        type: [namespace, ...types].join('/'),
        name: names.join('/'),
        ...(isExtension && head !== '' ? { scope: head } : {}),
    };
}
/** `Microsoft.KeyVault/vaults/kv1` — how an ARM template's `scope` names a resource in the deployment's RG. */
function relativeScope(scopeId) {
    const parsed = parseResourceId(scopeId);
    if (parsed.type === 'Microsoft.Resources/resourceGroups' ||
        parsed.type === 'Microsoft.Resources/subscriptions')
        return undefined;
    const types = parsed.type.split('/');
    const names = parsed.name.split('/');
    const segments = [types[0]];
    for (let i = 1; i < types.length; i++)
        segments.push(types[i], names[i - 1]);
    return segments.join('/');
}
/** The RG an id lives in (for an extension resource: the RG of what it extends). */
function resourceGroupOf(id) {
    return /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}
function sameId(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/** `searchServices/srch-prj001 (on vaults/kv1)` — enough to recognise a resource in a log line. */
function shortId(id) {
    try {
        const p = parseResourceId(id);
        const type = p.type.split('/').slice(1).join('/');
        const own = `${type}/${p.name}`;
        if (!p.scope || !p.resourceGroup || /\/resourceGroups\/[^/]+$/i.test(p.scope))
            return own;
        const on = parseResourceId(p.scope);
        return `${own} on ${on.type.split('/').slice(1).join('/')}/${on.name}`;
    }
    catch {
        return id;
    }
}


/***/ }),

/***/ 5162:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JZ: () => (/* binding */ isTransientConflict),
/* harmony export */   bD: () => (/* binding */ withRetry)
/* harmony export */ });
/* unused harmony exports isThrottledOrUnavailable, isRetryableArmError, sleep */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2721);
// Retries ARM's transient conflicts. The SDK's own policy already retries 429 and 5xx (honouring
// Retry-After); what it does not know is that some 409s only mean "not now": another operation on the
// same resource, a resource group still being deleted, a dependency not yet provisioned.

const TRANSIENT_CODES = new Set([
    'AnotherOperationInProgress',
    'RetryableError',
    'RetryableErrorDueToAnotherOperation',
    'ResourceGroupBeingDeleted',
    'ReferencedResourceNotProvisioned',
    'OperationPreempted',
    // A deployment of the same name still running (e.g. from a run that was killed): wait for it to end.
    'DeploymentActive',
    // A managed identity created seconds ago is not yet replicated to Entra ID.
    'PrincipalNotFound',
]);
/** Throttling and server errors that outlasted the SDK's own (short) retries: worth a longer wait. */
function isThrottledOrUnavailable(error) {
    const info = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toArmError */ .UV)(error);
    if (info.statusCode !== undefined && [429, 500, 502, 503, 504].includes(info.statusCode))
        return true;
    return /ECONNRESET|socket hang up/i.test(`${info.code} ${info.message}`);
}
function isRetryableArmError(error) {
    return isTransientConflict(error) || isThrottledOrUnavailable(error);
}
function isTransientConflict(error) {
    const info = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .toArmError */ .UV)(error);
    if (TRANSIENT_CODES.has(info.code))
        return true;
    // ARM sometimes answers a plain `Conflict` whose message says the same thing.
    if (info.code === 'Conflict' && /being deleted|in progress|another operation|try again/i.test(info.message))
        return true;
    return false;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Runs `op`, retrying transient conflicts (and throttling the SDK gave up on) with exponential backoff and jitter. */
async function withRetry(op, opts = {}) {
    const attempts = opts.attempts ?? 6;
    const base = opts.baseDelayMs ?? 2000;
    const max = opts.maxDelayMs ?? 60_000;
    const wait = opts.sleep ?? sleep;
    const random = opts.random ?? Math.random;
    const retryable = opts.isRetryable ?? isRetryableArmError;
    for (let attempt = 1;; attempt++) {
        try {
            return await op();
        }
        catch (error) {
            if (attempt >= attempts || !retryable(error))
                throw error;
            const ceiling = Math.min(max, base * 2 ** (attempt - 1));
            // Full jitter spreads parallel services that hit the same conflict.
            const delayMs = Math.round(ceiling / 2 + (random() * ceiling) / 2);
            opts.onRetry?.({ attempt, delayMs, error });
            await wait(delayMs);
        }
    }
}


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hw: () => (/* binding */ deploymentPasses),
/* harmony export */   VC: () => (/* binding */ buildDeployments),
/* harmony export */   nI: () => (/* binding */ SUBSCRIPTION_TEMPLATE_SCHEMA),
/* harmony export */   pC: () => (/* binding */ deploymentName),
/* harmony export */   sE: () => (/* binding */ lateRefsOf),
/* harmony export */   zi: () => (/* binding */ withLateValues)
/* harmony export */ });
/* unused harmony exports RG_TEMPLATE_SCHEMA, isSubscriptionScoped, escapeLiterals, templateResource, parentIdOf */
/* harmony import */ var _core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7225);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6482);


const RG_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const SUBSCRIPTION_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';
const MAX_DEPLOYMENT_NAME = 64;
function deploymentName(service, env, scope, project, suffix) {
    const svc = suffix ? `${service}-${suffix}` : service;
    const raw = scope === 'subscription' ? `aifactory-${project}-${svc}-${env}` : `aifactory-${svc}-${env}`;
    const clean = raw.replace(/[^-\w.()]/g, '-');
    if (clean.length <= MAX_DEPLOYMENT_NAME)
        return clean;
    return `${clean.slice(0, MAX_DEPLOYMENT_NAME - 9)}-${shortHash(clean)}`;
}
function shortHash(text) {
    let h = 2166136261;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
    return h.toString(36).padStart(8, '0').slice(0, 8);
}
/** Whether a resource lives outside any resource group (resource groups themselves, subscription-level roles). */
function isSubscriptionScoped(r) {
    return (r.type.toLowerCase() === 'microsoft.resources/resourcegroups' ||
        (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceGroupOf */ .Tp)(r.scope ?? r.id) === undefined);
}
/**
 * Writes a value so that ARM reads it back as it is: a string that starts with `[` and ends with `]` would be a
 * template expression, so it is written `[[…]` (ARM drops the first bracket). Bodies are fully concrete: no
 * string of ours is ever meant as an expression.
 */
function escapeLiterals(value) {
    if (typeof value === 'string')
        return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
    if (Array.isArray(value))
        return value.map(escapeLiterals);
    if (typeof value === 'object' && value !== null)
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeLiterals(v)]));
    return value;
}
/** The template entry of one desired resource. */
function templateResource(r, idsInTemplate) {
    const isRg = r.type.toLowerCase() === 'microsoft.resources/resourcegroups';
    const parsed = isRg ? undefined : (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .parseResourceId */ .RQ)(r.id);
    const entry = {
        type: r.type,
        apiVersion: r.apiVersion,
        name: isRg ? r.name : parsed.name,
    };
    const scopeId = r.scope ?? parsed?.scope;
    if (scopeId) {
        const rel = (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .relativeScope */ .J5)(scopeId);
        if (rel)
            entry.scope = rel;
    }
    for (const [k, v] of Object.entries(r.body)) {
        if (k === 'name' || k === 'type' || k === 'apiVersion' || k === 'dependsOn' || k === 'scope')
            continue;
        entry[k] = escapeLiterals(v);
    }
    const deps = r.dependsOn.filter((d) => idsInTemplate.has(d.toLowerCase()) && d.toLowerCase() !== r.id.toLowerCase());
    // The scope of an extension resource in the same template must exist first, even if the core did not say so.
    if (scopeId &&
        idsInTemplate.has(scopeId.toLowerCase()) &&
        !deps.some((d) => d.toLowerCase() === scopeId.toLowerCase()))
        deps.push(scopeId);
    if (deps.length > 0)
        entry.dependsOn = deps;
    return entry;
}
/**
 * Splits one service's resources into deployments: subscription scope first, then resource groups in the
 * order their first resource appears, moved later when one of their resources depends on another group's.
 */
function buildDeployments(service, env, project, resources, 
/** A second pass of the same service (e.g. `roles`, after its own identity exists). */
suffix) {
    const groups = new Map(); // '' = subscription scope
    for (const r of resources) {
        const key = isSubscriptionScoped(r) ? '' : (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceGroupOf */ .Tp)(r.scope ?? r.id);
        const list = groups.get(key) ?? [];
        list.push(r);
        groups.set(key, list);
    }
    const keys = orderGroups(groups);
    return keys.map((key) => {
        const members = oneWritePerParent(groups.get(key));
        const ids = new Set(members.map((m) => m.id.toLowerCase()));
        const scope = key === '' ? 'subscription' : 'resourceGroup';
        return {
            scope,
            ...(key === '' ? {} : { resourceGroup: key }),
            name: deploymentName(service, env, scope, project, suffix),
            template: {
                $schema: key === '' ? SUBSCRIPTION_TEMPLATE_SCHEMA : RG_TEMPLATE_SCHEMA,
                contentVersion: '1.0.0.0',
                metadata: { generator: 'aifactory-flags', service, environment: env, project },
                resources: members.map((m) => templateResource(m, ids)),
            },
            resourceIds: members.map((m) => m.id),
        };
    });
}
/** The parent of a child resource (`…/accounts/a/deployments/d` → `…/accounts/a`); undefined for others. */
function parentIdOf(r) {
    if (r.scope || r.type.split('/').length < 3)
        return undefined;
    const parts = r.id.replace(/\/+$/, '').split('/');
    return parts.slice(0, -2).join('/');
}
/**
 * Children of one parent in the same template are written one after the other, in template order. Resource
 * providers serialise writes under a parent and refuse concurrent ones: model deployments of one Cognitive
 * Services account fail with "Another operation is being performed on the parent resource" (Bicep modules use
 * `@batchSize(1)` for them), subnets of one VNet with AnotherOperationInProgress. The chain also orders a
 * Foundry project's connections before the capability host that names them (a name, not an id: nothing else
 * would make the host wait).
 */
function oneWritePerParent(members) {
    const previousChild = new Map();
    return members.map((m) => {
        const parent = parentIdOf(m)?.toLowerCase();
        if (!parent)
            return m;
        const previous = previousChild.get(parent);
        previousChild.set(parent, m.id);
        if (!previous || m.dependsOn.some((d) => d.toLowerCase() === previous.toLowerCase()))
            return m;
        return { ...m, dependsOn: [...m.dependsOn, previous] };
    });
}
function orderGroups(groups) {
    const keys = [...groups.keys()];
    const groupOf = new Map();
    for (const [k, members] of groups)
        for (const m of members)
            groupOf.set(m.id.toLowerCase(), k);
    const needs = new Map(keys.map((k) => [k, new Set()]));
    for (const [k, members] of groups)
        for (const m of members)
            for (const d of m.dependsOn) {
                const other = groupOf.get(d.toLowerCase());
                if (other !== undefined && other !== k)
                    needs.get(k).add(other);
            }
    // Subscription scope always first: resource groups must exist before anything is deployed into them.
    for (const k of keys)
        if (k !== '' && groups.has(''))
            needs.get(k).add('');
    const ordered = [];
    const placed = new Set();
    while (ordered.length < keys.length) {
        const next = keys.find((k) => !placed.has(k) && [...needs.get(k)].every((n) => placed.has(n) || n === k));
        // A cross-group cycle cannot be ordered; fall back to first appearance (ARM reports what is missing).
        const pick = next ?? keys.find((k) => !placed.has(k));
        ordered.push(pick);
        placed.add(pick);
    }
    return ordered;
}
/**
 * A service's resources in the passes apply deploys them in. A resource whose body needs a value of the
 * service's own resources known only after apply (`{{principalId:svc}}`, `{{principalId:svc.key}}`,
 * `{{live:svc.key:path}}`: e.g. role assignments of its own system-assigned identity) can only be filled in once
 * those exist: it goes into a second pass, with everything of the service that waits for it.
 */
function deploymentPasses(service, resources) {
    const own = (ref) => ref.ref === service || ref.ref.startsWith(`${service}.`);
    const late = new Set(resources.filter((r) => (0,_core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__/* .lateRefs */ .XQ)(r.body).some(own)).map((r) => r.id.toLowerCase()));
    if (late.size === 0)
        return [resources];
    for (let grew = true; grew;) {
        grew = false;
        for (const r of resources) {
            const key = r.id.toLowerCase();
            if (!late.has(key) && r.dependsOn.some((d) => late.has(d.toLowerCase()))) {
                late.add(key);
                grew = true;
            }
        }
    }
    return [
        resources.filter((r) => !late.has(r.id.toLowerCase())),
        resources.filter((r) => late.has(r.id.toLowerCase())),
    ];
}
/** The values known only after apply that the resources need, each once. */
function lateRefsOf(resources) {
    const found = new Map();
    for (const r of resources)
        for (const ref of (0,_core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__/* .lateRefs */ .XQ)(r.body))
            if (!found.has(ref.key))
                found.set(ref.key, ref);
    return [...found.values()];
}
/** The resource with its late placeholders replaced by the values read (`values` by `LateRef.key`). */
function withLateValues(r, values) {
    return { ...r, body: (0,_core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__/* .fillLateValues */ .OH)(r.body, values) };
}


/***/ })

};
