export const id = 250;
export const ids = [250];
export const modules = {

/***/ 6250:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I0: () => (/* binding */ TargetError),
  observeTarget: () => (/* binding */ observeTarget),
  openArmSession: () => (/* binding */ openArmSession),
  targetDiagnostic: () => (/* binding */ targetDiagnostic)
});

// UNUSED EXPORTS: DEFAULT_STATE_DIR, catalogApiVersions, tenantOfCredential, tenantOfToken

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resources/dist/esm/index.js + 24 modules
var esm = __webpack_require__(3803);
// EXTERNAL MODULE: ./node_modules/@azure/arm-resourcesdeployments/dist/esm/index.js + 36 modules
var dist_esm = __webpack_require__(5980);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var core_rest_pipeline_dist_esm = __webpack_require__(1818);
// EXTERNAL MODULE: ./build/emulator/client-options.js
var client_options = __webpack_require__(4243);
// EXTERNAL MODULE: ./build/azure/errors.js
var errors = __webpack_require__(2721);
;// CONCATENATED MODULE: ./build/azure/clients.js





const ARM_ENDPOINT = 'https://management.azure.com';
/**
 * The token scope for an ARM endpoint: Azure's own management scope for the public cloud, else the endpoint's
 * (`https://management.usgovcloudapi.net/.default`), as the Azure SDK derives it for sovereign clouds.
 */
function armScope(endpoint = ARM_ENDPOINT) {
    const base = endpoint.replace(/\/+$/, '');
    return /^https:\/\/management\.azure\.com$/i.test(base) ? `${ARM_ENDPOINT}/.default` : `${base}/.default`;
}
/** GA api-versions of what observe/apply read on their own when the catalog does not say. */
const FALLBACK_API_VERSIONS = {
    'Microsoft.Network/virtualNetworks': '2024-05-01',
    'Microsoft.KeyVault/vaults': '2022-07-01',
    'Microsoft.CognitiveServices/accounts': '2025-06-01',
    'Microsoft.ManagedIdentity/userAssignedIdentities': '2023-01-31',
};
function errorCapturePolicy(bodies) {
    return {
        name: 'aifactoryErrorCapture',
        async sendRequest(request, next) {
            const response = await next(request);
            if (response.status >= 400 && response.bodyAsText) {
                try {
                    const key = new URL(request.url).pathname.toLowerCase();
                    bodies.delete(key);
                    bodies.set(key, JSON.parse(response.bodyAsText));
                    // Keep the memory bounded on long applies.
                    if (bodies.size > 200)
                        bodies.delete(bodies.keys().next().value);
                }
                catch {
                    // not JSON
                }
            }
            return response;
        },
    };
}
function timeScalePolicy(seen) {
    return {
        name: 'aifactoryEmulatorTimeScale',
        async sendRequest(request, next) {
            const response = await next(request);
            const header = response.headers.get(client_options/* TIME_SCALE_HEADER */.p9);
            const value = header === undefined ? NaN : Number(header);
            if (Number.isFinite(value) && value >= 0)
                seen.value = value;
            return response;
        },
    };
}
function countingPolicy(stats) {
    return {
        name: 'aifactoryRequestCounter',
        async sendRequest(request, next) {
            stats.total++;
            const path = new URL(request.url).pathname;
            const key = `${request.method} ${operationKey(path)}`;
            stats.byOperation[key] = (stats.byOperation[key] ?? 0) + 1;
            return next(request);
        },
    };
}
/** Groups request paths by what they do (ids stripped), so figures compare across runs. */
function operationKey(path) {
    const p = path.toLowerCase();
    if (/\/resourcegroups\/[^/]+\/resources$/.test(p))
        return 'listResourcesByGroup';
    if (/\/providers\/microsoft\.resources\/deployments\/[^/]+\/operationstatuses\//.test(p) ||
        /operationstatuses|operationresults|asyncoperations/.test(p))
        return 'pollOperation';
    if (/\/deployments\/[^/]+$/.test(p))
        return 'deployment';
    if (/\/resourcegroups$/.test(p))
        return 'listResourceGroups';
    if (/\/resourcegroups\/[^/]+$/.test(p))
        return 'resourceGroup';
    if (/deletedvaults|deletedaccounts/.test(p))
        return 'softDeleted';
    if (/\/virtualnetworks\/[^/]+$/.test(p))
        return 'virtualNetwork';
    return 'resourceById';
}
function createArmContext(opts) {
    const local = opts.target === 'local';
    const endpoint = (opts.endpoint ?? (local ? undefined : ARM_ENDPOINT))?.replace(/\/+$/, '');
    if (!endpoint)
        throw new Error('target local needs the emulator endpoint');
    const credential = local ? client_options/* emulatorCredential */.P6 : opts.credential;
    if (!credential)
        throw new Error('target azure needs a credential');
    const stats = { total: 0, byOperation: {} };
    const errorBodies = new Map();
    const counting = { policy: countingPolicy(stats), position: 'perRetry' };
    const capture = { policy: errorCapturePolicy(errorBodies), position: 'perRetry' };
    const scale = {};
    const scaleSeen = { policy: timeScalePolicy(scale), position: 'perRetry' };
    // Against the emulator: plain http, and retry delays scaled down like its clock.
    const transport = local
        ? { ...(0,client_options/* localClientOptions */.F3)(endpoint), additionalPolicies: [counting, capture, scaleSeen] }
        : {
            endpoint,
            retryOptions: { maxRetries: opts.maxRetries ?? 3 },
            additionalPolicies: [counting, capture],
        };
    if (local && opts.maxRetries !== undefined)
        transport.retryOptions.maxRetries = opts.maxRetries;
    // The emulator takes any token; Azure (public, sovereign, or an endpoint given with --endpoint) its own scope.
    const scope = local ? `${ARM_ENDPOINT}/.default` : armScope(endpoint);
    const common = { ...transport, credentialScopes: [scope] };
    const resources = new esm/* ResourceManagementClient */.h0(credential, opts.subscriptionId, common);
    const deployments = new dist_esm/* DeploymentsClient */.oF(credential, opts.subscriptionId, {
        ...common,
        credentials: { scopes: [scope] },
    });
    if (local) {
        (0,client_options/* useLocalAuth */.Ng)(resources);
        (0,client_options/* useLocalAuth */.Ng)(deployments);
    }
    const request = async (method, path, apiVersion, body) => {
        // nextLinks come back absolute and carry their api-version already.
        const base = /^https?:\/\//i.test(path) ? path : `${endpoint}${path}`;
        const url = /[?&]api-version=/.test(base)
            ? base
            : `${base}${base.includes('?') ? '&' : '?'}api-version=${encodeURIComponent(apiVersion)}`;
        const req = (0,core_rest_pipeline_dist_esm/* createPipelineRequest */.G6)({
            url,
            method,
            headers: (0,core_rest_pipeline_dist_esm/* createHttpHeaders */.Nc)({ 'content-type': 'application/json', accept: 'application/json' }),
            allowInsecureConnection: local,
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const res = await resources.sendRequest(req);
        let parsed = undefined;
        if (res.bodyAsText) {
            try {
                parsed = JSON.parse(res.bodyAsText);
            }
            catch {
                parsed = res.bodyAsText;
            }
        }
        if (res.status >= 400) {
            const info = (0,errors/* toArmError */.UV)({
                statusCode: res.status,
                details: parsed,
                message: `${method} ${path}: HTTP ${res.status}`,
            });
            throw Object.assign(new errors/* ArmOperationError */.Iv(info), { statusCode: res.status });
        }
        return { status: res.status, body: parsed, headers: res.headers.toJSON() };
    };
    return {
        target: opts.target,
        endpoint,
        subscriptionId: opts.subscriptionId,
        resources,
        deployments,
        pollIntervalMs: opts.pollIntervalMs ?? (local ? 50 : 5000),
        stats,
        apiVersions: { ...FALLBACK_API_VERSIONS, ...(opts.apiVersions ?? {}) },
        retry: opts.retry ?? (local ? { baseDelayMs: 100, maxDelayMs: 2000, attempts: 8 } : {}),
        request,
        lastErrorBody: (path) => errorBodies.get(path.toLowerCase()),
        emulatorTimeScale: () => scale.value,
    };
}

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 155 modules
var identity_dist_esm = __webpack_require__(3952);
;// CONCATENATED MODULE: ./build/azure/credentials.js

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
function authority(env) {
    const authorityHost = env.AZURE_AUTHORITY_HOST?.trim();
    if (!authorityHost)
        return {};
    let host = '';
    try {
        host = new URL(authorityHost).host.toLowerCase();
    }
    catch {
        // the identity library names the bad value itself
    }
    return {
        authorityHost,
        ...(CLOUD_AUTHORITY_HOSTS.includes(host) ? {} : { disableInstanceDiscovery: true }),
    };
}
function credentialChain(env = process.env) {
    const clientId = env.AZURE_CLIENT_ID;
    const tenantId = env.AZURE_TENANT_ID;
    const cloud = authority(env);
    const links = [];
    if (env.AZURE_FEDERATED_TOKEN_FILE && clientId && tenantId) {
        links.push({
            kind: 'workloadIdentity',
            description: `workload identity (client ${clientId}, tenant ${tenantId}, token file ${env.AZURE_FEDERATED_TOKEN_FILE})`,
            credential: new identity_dist_esm/* WorkloadIdentityCredential */.R9({
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
            credential: new identity_dist_esm/* ClientSecretCredential */.HC(tenantId, clientId, env.AZURE_CLIENT_SECRET, cloud),
        });
    }
    else if (clientId && tenantId && env.AZURE_CLIENT_CERTIFICATE_PATH) {
        links.push({
            kind: 'servicePrincipalCertificate',
            description: `service principal with a certificate (client ${clientId}, tenant ${tenantId})`,
            credential: new identity_dist_esm/* ClientCertificateCredential */.m0(tenantId, clientId, {
                certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH,
                ...(env.AZURE_CLIENT_CERTIFICATE_PASSWORD
                    ? { certificatePassword: env.AZURE_CLIENT_CERTIFICATE_PASSWORD }
                    : {}),
            }, cloud),
        });
    }
    links.push({
        kind: 'azureCli',
        description: 'Azure CLI (az login)',
        credential: new identity_dist_esm/* AzureCliCredential */.nG(tenantId ? { tenantId } : {}),
    });
    links.push({
        kind: 'managedIdentity',
        description: clientId ? `managed identity (client ${clientId})` : 'managed identity (system-assigned)',
        credential: clientId ? new identity_dist_esm/* ManagedIdentityCredential */.NC({ clientId }) : new identity_dist_esm/* ManagedIdentityCredential */.NC(),
    });
    return links;
}
/** The chained credential, in the documented order. */
function defaultCredential(env = process.env) {
    return new identity_dist_esm/* ChainedTokenCredential */.Rk(...credentialChain(env).map((l) => l.credential));
}
/** What the chain will try, for the log (no secrets). */
function describeCredentialChain(env = process.env) {
    return credentialChain(env).map((l) => l.description);
}

// EXTERNAL MODULE: ./build/azure/observe.js
var observe = __webpack_require__(6692);
;// CONCATENATED MODULE: ./build/app/observe.js
// Opens the ARM connection a run needs — the embedded emulator, one already running (--endpoint), or Azure
// with the host's credential or the default chain — and reads the observed state through it. Failures to
// get there are turned into one clear sentence with what to do: never a stack trace.






const DEFAULT_STATE_DIR = '.aifactory/local';
/** A failure to reach or prepare the target, with the diagnostic hosts print. */
class TargetError extends Error {
    diagnostic;
    name = 'TargetError';
    constructor(diagnostic) {
        super(diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
/** api-versions by ARM type from the catalog: what delete and observe need for resources they did not create. */
function catalogApiVersions(catalog) {
    const out = {};
    if (!catalog)
        return out;
    for (const s of catalog.services)
        for (const r of s.resources)
            out[r.type] ??= r.apiVersion;
    Object.assign(out, catalog.platformApiVersions ?? {});
    return out;
}
async function openArmSession(options, subscriptionId, catalog) {
    const apiVersions = catalogApiVersions(catalog);
    if (options.target === 'azure') {
        refuseLocalOnly(options);
        const endpoint = options.endpoint ? checkAzureEndpoint(options.endpoint) : undefined;
        const credential = options.credential ?? defaultCredential();
        const ctx = createArmContext({
            target: 'azure',
            credential,
            subscriptionId,
            apiVersions,
            ...(endpoint ? { endpoint } : {}),
        });
        (0,observe/* rememberTenantSource */.nu)(ctx, () => tenantOfCredential(credential, armScope(ctx.endpoint)));
        return {
            ctx,
            description: `Azure (subscription ${subscriptionId}${endpoint ? `, ARM endpoint ${endpoint}` : ''})`,
            close: async () => { },
        };
    }
    if (options.target !== 'local') {
        throw new TargetError({
            severity: 'error',
            code: 'target.unsupported',
            message: `target '${options.target}' cannot be observed or changed live`,
            hint: 'use --target local (the embedded emulator) or --target azure',
        });
    }
    if (options.endpoint) {
        const endpoint = checkEndpoint(options.endpoint);
        const ctx = createArmContext({ target: 'local', endpoint, subscriptionId, apiVersions });
        return { ctx, description: `local emulator at ${endpoint}`, close: async () => { } };
    }
    const stateDir = external_node_path_.resolve(options.stateDir ?? DEFAULT_STATE_DIR);
    ensureWritable(stateDir);
    const { startEmulator, StateDirLockedError } = await __webpack_require__.e(/* import() */ 218).then(__webpack_require__.bind(__webpack_require__, 9218));
    let emulator;
    try {
        emulator = await startEmulator({
            stateDir,
            port: 0,
            host: '127.0.0.1',
            ...(catalog ? { catalog } : {}),
            ...(options.timeScale !== undefined ? { timeScale: options.timeScale } : {}),
        });
    }
    catch (error) {
        if (error instanceof StateDirLockedError)
            throw new TargetError({
                severity: 'error',
                code: 'target.state-dir-locked',
                message: error.message,
                hint: error.hint,
            });
        throw new TargetError({
            severity: 'error',
            code: 'target.emulator-start',
            message: `the local emulator could not start with state dir ${stateDir}: ${oneLine(error)}`,
            hint: 'pass --state-dir DIR with a writable directory, or --endpoint URL to use a running emulator',
        });
    }
    const ctx = createArmContext({ target: 'local', endpoint: emulator.url, subscriptionId, apiVersions });
    return {
        ctx,
        description: `local emulator (embedded) at ${emulator.url}, state ${external_node_path_.relative(process.cwd(), stateDir) || '.'}`,
        close: () => emulator.close(),
    };
}
/** The emulator's options mean nothing on Azure: say so instead of ignoring them. */
function refuseLocalOnly(options) {
    const given = [
        ...(options.stateDir !== undefined ? ['--state-dir'] : []),
        ...(options.timeScale !== undefined ? ['--time-scale'] : []),
    ];
    if (given.length === 0)
        return;
    throw new TargetError({
        severity: 'error',
        code: 'target.local-only',
        message: `${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} for --target local (the emulator); --target azure does not use ${given.length === 1 ? 'it' : 'them'}`,
        hint: `drop ${given.join(' and ')}, or use --target local`,
    });
}
/** An ARM endpoint of another cloud (sovereign, Azure Stack Hub): https only, as the SDK sends tokens only over TLS. */
function checkAzureEndpoint(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        url = new URL('invalid:');
    }
    if (url.protocol !== 'https:')
        throw new TargetError({
            severity: 'error',
            code: 'target.endpoint',
            message: `--endpoint '${endpoint}' is not an https URL: with --target azure it is the ARM endpoint, and tokens go only over TLS`,
            hint: 'e.g. --endpoint https://management.usgovcloudapi.net; for the local emulator use --target local',
        });
    return url.toString().replace(/\/+$/, '');
}
function checkEndpoint(endpoint) {
    try {
        const url = new URL(endpoint);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            throw new Error('not http(s)');
        return url.toString().replace(/\/+$/, '');
    }
    catch {
        throw new TargetError({
            severity: 'error',
            code: 'target.endpoint',
            message: `--endpoint '${endpoint}' is not a URL`,
            hint: 'give the URL the emulator printed, e.g. http://127.0.0.1:4780',
        });
    }
}
function ensureWritable(dir) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK);
    }
    catch (error) {
        throw new TargetError({
            severity: 'error',
            code: 'target.state-dir',
            message: `the emulator's state dir ${dir} is not writable: ${oneLine(error)}`,
            hint: 'pass --state-dir DIR with a directory you can write, or --endpoint URL to use a running emulator',
        });
    }
}
function oneLine(error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split('\n')[0].trim();
}
/**
 * Turns a failure talking to ARM into a diagnostic: an unreachable endpoint, a credential that does not
 * work, or ARM's own error code with its hint.
 */
function targetDiagnostic(error, where) {
    if (error instanceof TargetError)
        return error.diagnostic;
    const info = (0,errors/* toArmError */.UV)(error);
    const text = `${info.code} ${info.message}`;
    if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|REQUEST_SEND_ERROR|socket hang up/i.test(text)) {
        return {
            severity: 'error',
            code: 'target.unreachable',
            message: `cannot reach ${where}: ${info.message}`,
            hint: 'check that the emulator runs (aifactory emulator) and the --endpoint URL, or drop --endpoint to use the embedded one',
        };
    }
    if (/CredentialUnavailable|AuthenticationError|AggregateAuthenticationError/i.test(`${error?.name} ${text}`)) {
        return {
            severity: 'error',
            code: 'target.credential',
            message: `no Azure credential worked: ${info.message}`,
            hint: 'set AZURE_CLIENT_ID/AZURE_TENANT_ID with AZURE_FEDERATED_TOKEN_FILE or AZURE_CLIENT_SECRET, run az login, or use a managed identity (docs/apply.md lists the order)',
        };
    }
    return {
        severity: 'error',
        code: `arm.${info.code}`,
        message: `${where}: ${info.code}: ${info.message}`,
        ...(info.hint ? { hint: info.hint } : {}),
    };
}
/** What `run` calls for `plan --target local|azure`: the live observed state of one project environment. */
async function observeTarget(options, scope, catalog) {
    const session = await openArmSession(options, options.subscriptionId ?? scope.subscriptionId, catalog);
    try {
        return await (0,observe/* observe */.lB)(session.ctx, { ...scope, subscriptionId: session.ctx.subscriptionId });
    }
    catch (error) {
        throw new TargetError(targetDiagnostic(error, session.description));
    }
    finally {
        await session.close();
    }
}
/**
 * The tenant of the identity the credential signs in as: the `tid` claim of its ARM access token. The payload
 * is only read, not verified: the token is ARM's business, the tenant merely fills Key Vault bodies.
 */
async function tenantOfCredential(credential, scope = `${ARM_ENDPOINT}/.default`) {
    const token = await credential.getToken(scope);
    return token ? tenantOfToken(token.token) : undefined;
}
function tenantOfToken(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return typeof claims.tid === 'string' && claims.tid !== '' ? claims.tid : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lB: () => (/* binding */ observe),
/* harmony export */   nu: () => (/* binding */ rememberTenantSource)
/* harmony export */ });
/* unused harmony exports TAG_MANAGED_BY, MANAGED_BY, TAG_PROJECT, TAG_ENVIRONMENT, isOurs, targetTenant */
/* harmony import */ var _core_scope_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1978);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6482);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5162);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6624);





const TAG_MANAGED_BY = 'aifactory-managed-by';
const MANAGED_BY = 'aifactory-flags';
const TAG_PROJECT = 'aifactory-project';
const TAG_ENVIRONMENT = 'aifactory-environment';
function isOurs(tags, project, environment) {
    if (!tags)
        return false;
    const get = (k) => Object.entries(tags).find(([key]) => key.toLowerCase() === k)?.[1];
    return (get(TAG_MANAGED_BY) === MANAGED_BY && get(TAG_PROJECT) === project && get(TAG_ENVIRONMENT) === environment);
}
/** Where the tenant of an Azure context comes from (the credential's token), registered by whoever built it. */
const tenantSources = new WeakMap();
/** Lets `observe` report the tenant of an Azure context: the session that holds the credential registers it. */
function rememberTenantSource(ctx, source) {
    tenantSources.set(ctx, source);
}
/** The tenant the target stands for: the emulator's constant locally, on Azure the registered source's answer. */
async function targetTenant(ctx) {
    if (ctx.target === 'local')
        return _core_scope_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_TENANT_ID */ .d;
    try {
        return await tenantSources.get(ctx)?.();
    }
    catch {
        // A credential that cannot give a token fails the observe itself, with its own message.
        return undefined;
    }
}
async function observe(ctx, scope) {
    const wanted = new Map(scope.resourceGroups.map((name) => [name.toLowerCase(), name]));
    const existing = new Map();
    await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
        existing.clear();
        for await (const rg of ctx.resources.resourceGroups.list()) {
            if (rg.name && wanted.has(rg.name.toLowerCase()))
                existing.set(rg.name.toLowerCase(), { name: rg.name, tags: rg.tags ?? {}, location: rg.location });
        }
    }, ctx.retry);
    const resources = [];
    const listedAll = [];
    const deployedAt = new Map();
    // Deployment records are read in a fixed few groups, not in every group looked at: a constant number of calls.
    const recordGroups = new Set((scope.recordGroups ?? scope.resourceGroups.slice(0, 1)).map((name) => name.toLowerCase()));
    const groups = await Promise.all(scope.resourceGroups.map(async (name) => {
        const found = existing.get(name.toLowerCase());
        if (!found)
            return { name, exists: false };
        try {
            const listed = await listGroup(ctx, found.name);
            listedAll.push(...listed);
            resources.push(...listed.map((l) => l.resource));
            if (recordGroups.has(name.toLowerCase())) {
                const records = await readRecords(ctx, found.name, scope, listed.map((l) => l.resource));
                resources.push(...records.children);
                for (const [id, at] of records.deployedAt)
                    deployedAt.set(id, Math.max(at, deployedAt.get(id) ?? 0));
            }
            return { name: found.name, exists: true, tags: found.tags };
        }
        catch (error) {
            // Deleted between the two calls.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return { name, exists: false };
            throw error;
        }
    }));
    await readKeyProperties(ctx, scope, listedAll, deployedAt);
    // What the scope names is read one by one even where a deployment record lists it: the record says it was
    // deployed once, the GET says whether it is still there (a role assignment deleted outside the tool).
    const fetched = await fetchListed(ctx, scope, listedAll.map((l) => l.resource));
    const named = new Set((scope.resources ?? []).map((r) => r.id.toLowerCase()));
    const listedIds = new Set(listedAll.map((l) => l.resource.id.toLowerCase()));
    for (let i = resources.length - 1; i >= 0; i--) {
        const id = resources[i].id.toLowerCase();
        if (named.has(id) && !listedIds.has(id))
            resources.splice(i, 1);
    }
    resources.push(...fetched);
    const subnets = scope.vnet ? await observeSubnets(ctx, scope, resources) : [];
    const softDeleted = await observeSoftDeleted(ctx, scope.location);
    const tenantId = await targetTenant(ctx);
    return {
        schemaVersion: 1,
        subscriptionId: scope.subscriptionId,
        resourceGroups: groups,
        resources: resources.sort((a, b) => a.id.localeCompare(b.id)),
        subnets,
        softDeleted,
        ...(tenantId ? { tenantId } : {}),
    };
}
async function listGroup(ctx, resourceGroup) {
    return (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
        const out = [];
        for await (const r of ctx.resources.resources.listByResourceGroup(resourceGroup, {
            // createdTime/changedTime/provisioningState come only when asked for (Resources - List By Resource Group).
            expand: 'createdTime,changedTime,provisioningState',
        })) {
            if (!r.id || !r.type || !r.name)
                continue;
            const changed = r.changedTime ? new Date(r.changedTime).getTime() : NaN;
            out.push({
                resource: {
                    id: r.id,
                    type: r.type,
                    name: r.name,
                    resourceGroup,
                    location: r.location,
                    tags: r.tags ?? {},
                    ...(r.provisioningState ? { provisioningState: r.provisioningState } : {}),
                },
                ...(r.sku ? { sku: r.sku } : {}),
                ...(r.kind ? { kind: r.kind } : {}),
                ...(Number.isFinite(changed) ? { changedAt: changed } : {}),
            });
        }
        return out;
    }, ctx.retry);
}
/**
 * Child and extension resources (Foundry projects and connections, capability hosts, role assignments,
 * diagnostic settings) are not in a resource group's list, and cannot carry tags of their own. What this tool
 * deployed is recorded by ARM in its per-service deployments (`outputResources`), tagged with the owner: one
 * list call in each of the scope's record groups reports them. A record is trusted only while the top-level resource it
 * hangs under still exists, and the apply removes a service's records when it deletes the service.
 * The same records say when this tool last deployed each resource (`deployedAt`, by lower-case id).
 */
async function readRecords(ctx, resourceGroup, scope, listed) {
    const deployedAt = new Map();
    // Children are only trusted under a top-level resource of ours in this group: without one, skip the call.
    if (!listed.some((r) => isOurs(r.tags, scope.project, scope.environment)))
        return { children: [], deployedAt };
    const present = new Set(listed.map((r) => r.id.toLowerCase()));
    const out = new Map();
    await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
        out.clear();
        deployedAt.clear();
        for await (const d of ctx.deployments.deployments.listByResourceGroup(resourceGroup)) {
            if (!d.name?.startsWith('aifactory-') || !isOurs(d.tags, scope.project, scope.environment))
                continue;
            if (d.properties?.provisioningState !== 'Succeeded')
                continue;
            const at = d.properties.timestamp ? new Date(d.properties.timestamp).getTime() : NaN;
            for (const ref of d.properties.outputResources ?? []) {
                const id = ref.id;
                if (!id)
                    continue;
                if (Number.isFinite(at))
                    deployedAt.set(id.toLowerCase(), Math.max(at, deployedAt.get(id.toLowerCase()) ?? 0));
                if (present.has(id.toLowerCase()) || out.has(id.toLowerCase()))
                    continue;
                const top = topLevelId(id);
                if (!top || !present.has(top.toLowerCase()))
                    continue;
                let parsed;
                try {
                    parsed = (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseResourceId */ .RQ)(id);
                }
                catch {
                    continue;
                }
                out.set(id.toLowerCase(), {
                    id,
                    type: parsed.type,
                    name: parsed.name,
                    resourceGroup,
                    tags: { ...d.tags },
                    provisioningState: 'Succeeded',
                });
            }
        }
    }, ctx.retry);
    return { children: [...out.values()], deployedAt };
}
/** GETs of changed resources in flight at once. */
const KEY_PROPERTY_READS = 8;
/**
 * The live values of the catalog's key properties of this tool's listed resources, as a flat map by dot path
 * in `properties`. `sku.*` and `kind` come with the list. The rest needs a GET, made only for a resource
 * written after this tool last deployed it (ARM's changedTime against the deployment record's time; either
 * unknown → GET): an unchanged environment costs no request beyond the lists.
 */
async function readKeyProperties(ctx, scope, listed, deployedAt) {
    const byType = new Map(Object.entries(scope.keyProperties ?? {}).map(([t, p]) => [t.toLowerCase(), p]));
    const reads = [];
    for (const entry of listed) {
        const paths = byType.get(entry.resource.type.toLowerCase());
        if (!paths?.length || !isOurs(entry.resource.tags, scope.project, scope.environment))
            continue;
        const values = {};
        const envelope = { sku: entry.sku, kind: entry.kind };
        for (const path of paths.filter(fromList)) {
            const value = valueAt(envelope, path);
            if (value !== undefined)
                values[path] = value;
        }
        if (Object.keys(values).length > 0)
            entry.resource.properties = values;
        const rest = paths.filter((p) => !fromList(p));
        const deployed = deployedAt.get(entry.resource.id.toLowerCase());
        const unchanged = deployed !== undefined && entry.changedAt !== undefined && entry.changedAt <= deployed;
        if (rest.length > 0 && !unchanged)
            reads.push({ entry, paths: rest });
    }
    const apiVersion = (type) => ctx.apiVersions[type] ??
        Object.entries(ctx.apiVersions).find(([t]) => t.toLowerCase() === type.toLowerCase())?.[1];
    let next = 0;
    const worker = async () => {
        while (next < reads.length) {
            const { entry, paths } = reads[next++];
            const version = apiVersion(entry.resource.type);
            if (!version)
                continue;
            let live;
            try {
                live = (await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', entry.resource.id, version), ctx.retry))
                    .body;
            }
            catch (error) {
                // Deleted since the list: the planner sees what the list said.
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                    continue;
                throw error;
            }
            const values = { ...(entry.resource.properties ?? {}) };
            for (const path of paths) {
                const value = valueAt(live ?? {}, path);
                if (value !== undefined)
                    values[path] = value;
            }
            if (Object.keys(values).length > 0)
                entry.resource.properties = values;
        }
    };
    await Promise.all(Array.from({ length: Math.min(KEY_PROPERTY_READS, reads.length) }, worker));
}
/** Paths a resource list already answers (the envelope: sku and kind). */
const fromList = (path) => path === 'sku' || path === 'kind' || path.startsWith('sku.');
function valueAt(body, path) {
    let current = body;
    for (const part of path.split('.')) {
        if (typeof current !== 'object' || current === null || Array.isArray(current))
            return undefined;
        current = current[part];
    }
    return current;
}
/**
 * The exact resources the scope names (`ObserveScope.resources`: what a list by resource group cannot see, and
 * the subscription-level resources of every service that could exist here), one GET each, 404 = absent. They
 * carry no tags: one is this tool's only when the service's deployment record (named for the project, service
 * and environment, tagged with the owner, succeeded) lists it; else it is reported untagged, i.e. foreign — a
 * Defender plan the platform team enabled is never deleted.
 */
async function fetchListed(ctx, scope, seen) {
    const known = new Set(seen.map((r) => r.id.toLowerCase()));
    const records = new Map();
    const out = [];
    for (const entry of scope.resources ?? []) {
        if (known.has(entry.id.toLowerCase()))
            continue;
        let live;
        try {
            live = (await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', entry.id, entry.apiVersion), ctx.retry))
                .body;
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                continue;
            throw error;
        }
        known.add(entry.id.toLowerCase());
        const resourceGroup = /\/resourceGroups\/([^/]+)/i.exec(entry.id)?.[1] ?? '';
        let tags = { ...(live?.tags ?? {}) };
        if (entry.service) {
            const key = `${resourceGroup.toLowerCase()}/${entry.service}`;
            if (!records.has(key))
                records.set(key, readRecord(ctx, scope, entry.service, resourceGroup));
            const record = await records.get(key);
            const listed = record?.resources.has(entry.id.toLowerCase());
            if (record && listed)
                tags = { ...tags, ...record.tags };
        }
        let parsed;
        try {
            parsed = (0,_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .parseResourceId */ .RQ)(entry.id);
        }
        catch {
            parsed = undefined;
        }
        out.push({
            id: entry.id,
            type: entry.type,
            name: parsed?.name ?? entry.id.split('/').pop(),
            resourceGroup,
            ...(live?.location ? { location: live.location } : {}),
            tags,
            ...(live?.properties ? { properties: live.properties } : {}),
        });
    }
    return out;
}
/** This tool's deployment record of a service (at subscription scope, or in the resource group), when ours. */
async function readRecord(ctx, scope, service, resourceGroup) {
    const where = resourceGroup ? 'resourceGroup' : 'subscription';
    const name = (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentName */ .pC)(service, scope.environment, where, scope.project);
    let d;
    try {
        d = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => resourceGroup
            ? ctx.deployments.deployments.get(resourceGroup, name)
            : ctx.deployments.deployments.getAtSubscriptionScope(name), ctx.retry);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw error;
    }
    if (!isOurs(d.tags, scope.project, scope.environment))
        return undefined;
    if (d.properties?.provisioningState !== 'Succeeded')
        return undefined;
    const resources = new Set((d.properties.outputResources ?? []).map((r) => r.id?.toLowerCase()).filter((id) => !!id));
    return { tags: { ...d.tags }, resources };
}
/** The top-level resource an id lives under (`…/providers/NS/type/name`), for child and extension ids alike. */
function topLevelId(id) {
    const m = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+)/i.exec(id);
    return m?.[1];
}
async function observeSubnets(ctx, scope, resources) {
    const vnet = scope.vnet;
    const path = `/subscriptions/${scope.subscriptionId}/resourceGroups/${vnet.resourceGroup}/providers/Microsoft.Network/virtualNetworks/${vnet.name}`;
    let body;
    try {
        body = (await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', path, ctx.apiVersions['Microsoft.Network/virtualNetworks']), ctx.retry)).body;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return [];
        throw error;
    }
    const vnetOurs = isOurs(body.tags, scope.project, scope.environment);
    const ourIds = new Set(resources.filter((r) => isOurs(r.tags, scope.project, scope.environment)).map((r) => r.id.toLowerCase()));
    return (body.properties?.subnets ?? [])
        .filter((s) => s.name)
        .map((s) => {
        const nsg = s.properties?.networkSecurityGroup?.id?.toLowerCase();
        const ours = vnetOurs || (nsg !== undefined && ourIds.has(nsg));
        return {
            name: s.name,
            addressPrefix: s.properties?.addressPrefix ?? s.properties?.addressPrefixes?.[0] ?? '',
            foreign: !ours,
        };
    })
        .filter((s) => s.addressPrefix !== '');
}
/** Soft-deleted vaults and Cognitive Services accounts in the location: their names are blocked until purged. */
async function observeSoftDeleted(ctx, location) {
    const sources = [
        {
            type: 'Microsoft.KeyVault/vaults',
            path: 'Microsoft.KeyVault/deletedVaults',
            parent: 'Microsoft.KeyVault/vaults',
        },
        {
            type: 'Microsoft.CognitiveServices/accounts',
            path: 'Microsoft.CognitiveServices/deletedAccounts',
            parent: 'Microsoft.CognitiveServices/accounts',
        },
    ];
    const norm = (l) => (l ?? '').replace(/\s+/g, '').toLowerCase();
    const out = [];
    for (const source of sources) {
        const items = await listAll(ctx, `/subscriptions/${ctx.subscriptionId}/providers/${source.path}`, ctx.apiVersions[source.parent]);
        for (const item of items) {
            const itemLocation = item.properties?.location ?? item.location;
            if (!item.name || norm(itemLocation) !== norm(location))
                continue;
            out.push({
                type: source.type,
                name: item.name,
                location: itemLocation,
                // Cognitive Services accounts have no purge protection: they can always be purged.
                purgeProtection: item.properties?.purgeProtectionEnabled === true,
            });
        }
    }
    return out.sort((a, b) => `${a.type}/${a.name}`.localeCompare(`${b.type}/${b.name}`));
}
/** A paged ARM list; a provider that is not registered (404) lists nothing. */
async function listAll(ctx, path, apiVersion) {
    const out = [];
    let next = path;
    while (next) {
        let page;
        try {
            const current = next;
            page = ((await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', current, apiVersion), ctx.retry)).body ??
                {});
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return out;
            throw error;
        }
        out.push(...(page.value ?? []));
        next = page.nextLink || undefined;
    }
    return out;
}


/***/ }),

/***/ 4243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ localClientOptions),
/* harmony export */   Ng: () => (/* binding */ useLocalAuth),
/* harmony export */   P6: () => (/* binding */ emulatorCredential),
/* harmony export */   p9: () => (/* binding */ TIME_SCALE_HEADER)
/* harmony export */ });
/* unused harmony export LOCAL_AUTH_POLICY_NAME */
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1818);

const LOCAL_AUTH_POLICY_NAME = 'aifactoryEmulatorBearer';
/**
 * Sent by the emulator on every answer: its time scale, so a client of an emulator it did not start
 * (`--endpoint`) can tell how long the catalog's seconds take there (the apply's ETA).
 */
const TIME_SCALE_HEADER = 'x-aifactory-time-scale';
/** A credential for the emulator: any token will do. */
const emulatorCredential = {
    async getToken() {
        return { token: 'local-emulator-token', expiresOnTimestamp: Date.now() + 3_600_000 };
    },
};
/**
 * Options for `new ResourceManagementClient(cred, sub, opts)` / `new DeploymentsClient(cred, sub, opts)`
 * against the emulator. Pass the constructed client to `useLocalAuth` as well: the SDKs add their https-only
 * bearer policy after reading the options, so it can only be removed from the built pipeline.
 */
function localClientOptions(endpoint, opts = {}) {
    const clean = endpoint.replace(/\/+$/, '');
    return {
        endpoint: clean,
        baseUri: clean,
        allowInsecureConnection: true,
        // Time is scaled down in the emulator; waiting the SDK's default second between retries would dominate.
        retryOptions: { maxRetries: 3, retryDelayInMs: opts.retryDelayInMs ?? 20, maxRetryDelayInMs: 200 },
        additionalPolicies: [],
    };
}
function localAuthPolicy(credential) {
    return {
        name: LOCAL_AUTH_POLICY_NAME,
        async sendRequest(request, next) {
            const token = await credential.getToken('https://management.azure.com/.default');
            request.headers.set('authorization', `Bearer ${token?.token ?? 'local-emulator-token'}`);
            request.allowInsecureConnection = true;
            return next(request);
        },
    };
}
/** Replaces the client's bearer policy with one that works over http. Returns the client for chaining. */
function useLocalAuth(client, credential = emulatorCredential) {
    client.pipeline.removePolicy({ name: _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicyName */ .uQ });
    client.pipeline.removePolicy({ name: LOCAL_AUTH_POLICY_NAME });
    client.pipeline.addPolicy(localAuthPolicy(credential), { phase: 'Sign' });
    return client;
}


/***/ })

};
