export const id = 385;
export const ids = [385];
export const modules = {

/***/ 8307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ writePlanFile),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   Zt: () => (/* binding */ emptyObservedState),
/* harmony export */   fi: () => (/* binding */ readObservedFile),
/* harmony export */   wr: () => (/* binding */ readPlanFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3436);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5258);
/* harmony import */ var _core_render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7341);
// Reading and writing the files a run works with. Every failure comes back as a diagnostic that names the
// file and says what to do — never an exception with a stack trace.





const error = (code, message, hint) => ({
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
});
function readText(file, what, hint) {
    try {
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'), diagnostics: [] };
    }
    catch (e) {
        const err = e;
        const reason = err.code === 'ENOENT'
            ? 'does not exist'
            : err.code === 'EISDIR'
                ? 'is a directory'
                : err.message.split('\n')[0];
        return { diagnostics: [error(`${what}.read`, `cannot read ${file}: ${reason}`, hint)] };
    }
}
/** Reads and validates aifactory.yaml; diagnostics carry `file:line:column` where they have one. */
function readConfigFile(file, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_2__/* .catalog */ .U$) {
    const read = readText(file, 'config', 'pass --config with the path of your aifactory.yaml');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    return (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfig */ .o4)(read.text, file, catalog);
}
/** Nothing exists yet: the observed state of a project environment before its first apply. */
function emptyObservedState(subscriptionId) {
    return {
        schemaVersion: 1,
        subscriptionId,
        resourceGroups: [],
        resources: [],
        subnets: [],
        softDeleted: [],
    };
}
/** Reads an observed-state snapshot (`--observed FILE`), checking the shape the planner relies on. */
function readObservedFile(file) {
    const read = readText(file, 'observed', 'pass --observed with the path of an observed-state JSON file');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    let data;
    try {
        data = JSON.parse(read.text);
    }
    catch (e) {
        return { diagnostics: [error('observed.json', `${file} is not valid JSON: ${e.message}`)] };
    }
    const problems = observedProblems(data);
    if (problems.length > 0) {
        return {
            diagnostics: [
                error('observed.shape', `${file} is not an observed state: ${problems.join('; ')}`, 'docs/plan.md describes the format (schemaVersion 1, resourceGroups, resources, subnets, softDeleted)'),
            ],
        };
    }
    const o = data;
    return {
        observed: {
            schemaVersion: 1,
            subscriptionId: o.subscriptionId ?? '',
            resourceGroups: o.resourceGroups ?? [],
            resources: (o.resources ?? []).map((r) => ({ ...r, tags: r.tags ?? {} })),
            subnets: o.subnets ?? [],
            softDeleted: o.softDeleted ?? [],
        },
        diagnostics: [],
    };
}
function observedProblems(data) {
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return ['the top level must be an object'];
    const o = data;
    const problems = [];
    if (o.schemaVersion !== 1)
        problems.push('schemaVersion must be 1');
    for (const key of ['resourceGroups', 'resources', 'subnets', 'softDeleted']) {
        if (o[key] !== undefined && !Array.isArray(o[key]))
            problems.push(`${key} must be a list`);
    }
    (Array.isArray(o.resources) ? o.resources : []).forEach((r, i) => {
        const res = r;
        for (const key of ['id', 'type', 'name']) {
            if (typeof res?.[key] !== 'string')
                problems.push(`resources[${i}].${key} must be a string`);
        }
    });
    (Array.isArray(o.resourceGroups) ? o.resourceGroups : []).forEach((g, i) => {
        const rg = g;
        if (typeof rg?.name !== 'string')
            problems.push(`resourceGroups[${i}].name must be a string`);
        if (typeof rg?.exists !== 'boolean')
            problems.push(`resourceGroups[${i}].exists must be true or false`);
    });
    (Array.isArray(o.subnets) ? o.subnets : []).forEach((s, i) => {
        const sn = s;
        if (typeof sn?.name !== 'string' || typeof sn?.addressPrefix !== 'string') {
            problems.push(`subnets[${i}] needs name and addressPrefix`);
        }
    });
    return problems.slice(0, 5);
}
/** Writes the plan JSON (stable key order, trailing newline); creates the directory when needed. */
function writePlanFile(file, plan) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(file)), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(file, (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderJson */ .hF)(plan));
        return [];
    }
    catch (e) {
        return [error('plan.write', `cannot write the plan to ${file}: ${e.message.split('\n')[0]}`)];
    }
}
/** Reads a plan written by `aifactory plan --out`. */
function readPlanFile(file) {
    const read = readText(file, 'plan', 'pass the file `aifactory plan --out` wrote');
    if (read.text === undefined)
        return { diagnostics: read.diagnostics };
    try {
        const plan = JSON.parse(read.text);
        if (plan?.schemaVersion !== 1 || typeof plan.fingerprint !== 'string' || !Array.isArray(plan.actions)) {
            return {
                diagnostics: [error('plan.invalid', `${file} is not a plan written by aifactory plan --out`)],
            };
        }
        return { plan, diagnostics: [] };
    }
    catch (e) {
        return { diagnostics: [error('plan.invalid', `${file} is not valid JSON: ${e.message}`)] };
    }
}


/***/ }),

/***/ 385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadEnvironment: () => (/* binding */ loadEnvironment),
/* harmony export */   planOutcome: () => (/* binding */ planOutcome),
/* harmony export */   report: () => (/* binding */ report),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3436);
/* harmony import */ var _core_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5258);
/* harmony import */ var _core_desired_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3948);
/* harmony import */ var _core_plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7247);
/* harmony import */ var _core_render_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7341);
/* harmony import */ var _core_scope_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9597);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8307);
// The application layer every host calls: validate, plan, apply. It reads files, picks the observer (a
// snapshot file, the local emulator, Azure), runs the core and reports through the host's Logger. The result
// carries the exit code, the plan and the Markdown the hosts publish.







async function run(options, logger, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .catalog */ .U$) {
    switch (options.command) {
        case 'validate':
            return runValidate(options, logger, catalog);
        case 'plan':
            return runPlan(options, logger, catalog);
        case 'apply': {
            const { runApply } = await Promise.all(/* import() */[__webpack_require__.e(952), __webpack_require__.e(642), __webpack_require__.e(671), __webpack_require__.e(218), __webpack_require__.e(545), __webpack_require__.e(514)]).then(__webpack_require__.bind(__webpack_require__, 4514));
            return runApply(options, logger);
        }
        default:
            return fail(logger, [
                error('run.command', `unknown command '${String(options.command)}'`, 'use validate, plan or apply'),
            ]);
    }
}
const error = (code, message, hint) => ({
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
});
const hasErrors = (diagnostics) => diagnostics.some((d) => d.severity === 'error');
/** Sends each diagnostic to the logger in the `file:line:col: severity: message (hint)` form. */
function report(logger, diagnostics) {
    for (const d of diagnostics) {
        const text = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(d);
        if (d.severity === 'error')
            logger.error(text, d.location);
        else if (d.severity === 'warning')
            logger.warn(text);
        else
            logger.info(text);
    }
}
function fail(logger, diagnostics, message, extra = {}) {
    report(logger, diagnostics);
    const text = message ?? diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed';
    return { exitCode: 1, ok: false, diagnostics, message: text, ...extra };
}
/**
 * Reads the config and picks one environment, with the subscription override applied. Stops (no config) on
 * any error: a broken config never reaches the planner.
 */
function loadEnvironment(configPath, env, catalog = _core_catalog_index_js__WEBPACK_IMPORTED_MODULE_0__/* .catalog */ .U$, overrides = {}) {
    const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readConfigFile */ .RG)(configPath, catalog);
    if (!read.config || hasErrors(read.diagnostics))
        return { diagnostics: read.diagnostics };
    if (env === undefined)
        return { config: read.config, diagnostics: read.diagnostics };
    const selected = (0,_core_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .selectEnvironment */ .aP)(read.config, env);
    if (!selected.environment)
        return { diagnostics: [...read.diagnostics, ...selected.diagnostics] };
    let config = read.config;
    if (overrides.subscriptionId) {
        config = {
            ...config,
            environments: {
                ...config.environments,
                [env]: { ...selected.environment, subscriptionId: overrides.subscriptionId },
            },
        };
    }
    return { config, diagnostics: read.diagnostics };
}
async function runValidate(options, logger, catalog) {
    const loaded = loadEnvironment(options.configPath, options.environment, catalog, options);
    if (!loaded.config) {
        const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        return fail(logger, loaded.diagnostics, `${options.configPath}: ${count} error${count === 1 ? '' : 's'}`);
    }
    const config = loaded.config;
    const diagnostics = [...loaded.diagnostics];
    report(logger, loaded.diagnostics);
    const envs = options.environment ? [options.environment] : Object.keys(config.environments);
    for (const env of envs) {
        const desired = (0,_core_desired_js__WEBPACK_IMPORTED_MODULE_2__/* .buildDesiredState */ .k)(config, env, catalog, (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyObservedState */ .Zt)(config.environments[env].subscriptionId), {
            allowDestroy: options.allowDestroy,
            ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        });
        // Where the tenant comes from is a plan-time matter (the host may pass it): at validate time it is a note.
        const found = desired.diagnostics.map((d) => d.code === 'desired.tenant'
            ? {
                ...d,
                severity: 'note',
                message: `${env}: no tenant id in the config; plan needs --tenant-id (or AZURE_TENANT_ID in CI hosts)`,
                hint: `or set environments.${env}.tenantId`,
            }
            : { ...d, message: `${env}: ${d.message}` });
        const unique = found.filter((d, i) => found.findIndex((o) => o.message === d.message) === i);
        report(logger, unique);
        diagnostics.push(...unique);
        const resources = desired.services.reduce((n, s) => n + s.resources.length, 0);
        if (!hasErrors(unique)) {
            logger.info(`${env}: ${desired.services.length} services, ${resources} resources, every name valid`);
        }
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) {
        return {
            exitCode: 1,
            ok: false,
            diagnostics,
            message: `${options.configPath}: ${errors} error${errors === 1 ? '' : 's'}`,
        };
    }
    return {
        exitCode: 0,
        ok: true,
        diagnostics,
        message: `${options.configPath} is valid (${envs.join(', ')})`,
    };
}
async function observeFor(options, config, env, catalog) {
    const subscriptionId = config.environments[env].subscriptionId;
    if (options.target === 'file') {
        if (!options.observedFile)
            return { observed: (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyObservedState */ .Zt)(subscriptionId), diagnostics: [] };
        return (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .readObservedFile */ .fi)(options.observedFile);
    }
    const scope = (0,_core_scope_js__WEBPACK_IMPORTED_MODULE_5__/* .observeScope */ .p)(config, env, catalog);
    try {
        const { observeTarget } = await Promise.all(/* import() */[__webpack_require__.e(952), __webpack_require__.e(642), __webpack_require__.e(671), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 3545));
        return { observed: await observeTarget(options, scope, catalog), diagnostics: [] };
    }
    catch (e) {
        const { targetDiagnostic } = await Promise.all(/* import() */[__webpack_require__.e(952), __webpack_require__.e(642), __webpack_require__.e(671), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 3545));
        return { diagnostics: [targetDiagnostic(e, options.target)] };
    }
}
async function runPlan(options, logger, catalog) {
    const env = options.environment;
    if (!env)
        return fail(logger, [
            error('plan.env', 'plan needs an environment', 'pass --env dev (or another environment of the config)'),
        ]);
    if (options.whatIf && options.target === 'file')
        return fail(logger, [
            error('plan.what-if-target', '--what-if needs a live target: --target local|azure', 'a snapshot file cannot answer what-if; drop --observed/--target file, or drop --what-if'),
        ]);
    const loaded = loadEnvironment(options.configPath, env, catalog, options);
    if (!loaded.config)
        return fail(logger, loaded.diagnostics, `${options.configPath} has errors; nothing was planned`);
    report(logger, loaded.diagnostics);
    const config = loaded.config;
    const seen = await observeFor(options, config, env, catalog);
    if (!seen.observed)
        return fail(logger, [...loaded.diagnostics, ...seen.diagnostics], undefined);
    const built = (0,_core_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .buildPlan */ .G)(config, env, catalog, seen.observed, {
        allowDestroy: options.allowDestroy,
        ...(options.tenantId ? { tenantId: options.tenantId } : {}),
    });
    let plan = built.plan;
    if (options.whatIf) {
        const asked = await askWhatIf(options, plan, built.desired, catalog);
        if (!asked.plan)
            return fail(logger, [...loaded.diagnostics, ...asked.diagnostics], undefined, { plan });
        // What-if describes the plan; its warnings go with the plan's, the fingerprint does not move.
        plan = { ...asked.plan, diagnostics: [...asked.plan.diagnostics, ...asked.diagnostics] };
    }
    report(logger, plan.diagnostics);
    logger.startGroup('Plan');
    logger.info((0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S5)(plan, { color: false }));
    logger.endGroup();
    const diagnostics = [...loaded.diagnostics, ...plan.diagnostics];
    let planFile;
    if (options.planFile) {
        const written = (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .writePlanFile */ .J)(options.planFile, plan);
        if (written.length > 0)
            return fail(logger, [...diagnostics, ...written], undefined, { plan });
        planFile = options.planFile;
        logger.info(`Plan written to ${planFile}`);
    }
    const markdown = (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderMarkdown */ .Gc)(plan);
    const { exitCode, message } = planOutcome(plan);
    return {
        exitCode,
        ok: exitCode !== 1,
        diagnostics,
        plan,
        ...(planFile ? { planFile } : {}),
        markdown,
        message,
    };
}
/** Bounds the what-if calls in flight when the host asks for no parallelism (plan has no walk of its own). */
const WHAT_IF_PARALLELISM = 4;
/** `plan --what-if`: ARM's (or the emulator's) property-level changes for each update of the plan. */
async function askWhatIf(options, plan, desired, catalog) {
    if (!plan.actions.some((a) => a.action === 'update'))
        return { plan, diagnostics: [] };
    const { openArmSession, targetDiagnostic } = await Promise.all(/* import() */[__webpack_require__.e(952), __webpack_require__.e(642), __webpack_require__.e(671), __webpack_require__.e(545)]).then(__webpack_require__.bind(__webpack_require__, 3545));
    const { whatIfPlan } = await Promise.all(/* import() */[__webpack_require__.e(671), __webpack_require__.e(621)]).then(__webpack_require__.bind(__webpack_require__, 2002));
    let session;
    try {
        session = await openArmSession(options, plan.subscriptionId, catalog);
    }
    catch (e) {
        return { diagnostics: [targetDiagnostic(e, options.target)] };
    }
    try {
        const parallelism = options.parallelism > 1 ? options.parallelism : WHAT_IF_PARALLELISM;
        return await whatIfPlan(session.ctx, plan, desired, { parallelism });
    }
    catch (e) {
        return { diagnostics: [targetDiagnostic(e, session.description)] };
    }
    finally {
        await session.close();
    }
}
/** 1 when the plan must not be applied (errors, blocked deletes, conflicts); 2 when it changes something. */
function planOutcome(plan) {
    const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0)
        return { exitCode: 1, message: `the plan has ${errors} error${errors === 1 ? '' : 's'}; fix them first` };
    if (plan.conflicts.length > 0) {
        return {
            exitCode: 1,
            message: `${(0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan)} ${plan.conflicts.length} resource${plan.conflicts.length === 1 ? '' : 's'} with our names belong to someone else; nothing can be applied`,
        };
    }
    if (plan.blocked.length > 0)
        return {
            exitCode: 1,
            message: `${(0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan)} Blocked: ${plan.blocked.map((b) => b.service).join(', ')}`,
        };
    const changes = plan.summary.create + plan.summary.update + plan.summary.delete;
    return { exitCode: changes > 0 ? 2 : 0, message: (0,_core_render_index_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryLine */ .dC)(plan) };
}


/***/ }),

/***/ 3436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U$: () => (/* binding */ catalog),
  g6: () => (/* binding */ findRegion),
  NM: () => (/* binding */ findServiceByFlagName)
});

// UNUSED EXPORTS: getService

;// CONCATENATED MODULE: ./build/core/catalog/roles.js
// Built-in Azure role definitions the catalog assigns, by name. The GUIDs are the same in every tenant; each
// one was checked against Microsoft's built-in roles reference. Keep one place so a typo cannot hide in a service.
function role(name, id) {
    return { role: name, roleDefinitionId: id };
}
const roles = {
    owner: role('Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'),
    contributor: role('Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'),
    reader: role('Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'),
    storageBlobDataContributor: role('Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'),
    storageBlobDataReader: role('Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'),
    storageBlobDataOwner: role('Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'),
    storageQueueDataContributor: role('Storage Queue Data Contributor', '974c5e8b-45b9-4653-ba55-5f855dd0fb88'),
    storageTableDataContributor: role('Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'),
    storageFileDataPrivilegedContributor: role('Storage File Data Privileged Contributor', '69566ab7-960f-475b-8e7c-b3118f30c6bd'),
    keyVaultSecretsUser: role('Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'),
    keyVaultSecretsOfficer: role('Key Vault Secrets Officer', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'),
    keyVaultAdministrator: role('Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483'),
    keyVaultCryptoServiceEncryptionUser: role('Key Vault Crypto Service Encryption User', 'e147488a-f6f5-4113-8e2d-b22465e65bf6'),
    acrPull: role('AcrPull', '7f951dda-4ed3-4680-a7ca-43fe172d538d'),
    acrPush: role('AcrPush', '8311e382-0749-4cb8-b61a-304f252e45ec'),
    searchIndexDataReader: role('Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f'),
    searchIndexDataContributor: role('Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7'),
    searchServiceContributor: role('Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0'),
    cognitiveServicesOpenAIUser: role('Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'),
    cognitiveServicesOpenAIContributor: role('Cognitive Services OpenAI Contributor', 'a001fd3d-188f-4b5d-821b-7da978bf7442'),
    cognitiveServicesUser: role('Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908'),
    cognitiveServicesSpeechUser: role('Cognitive Services Speech User', 'f2dc8367-1007-4938-bd23-fe263f013447'),
    azureAIDeveloper: role('Azure AI Developer', '64702f94-c441-49e6-a78b-ef80e0188fee'),
    azureAIUser: role('Azure AI User', '53ca6127-db72-4b80-b1b0-d745d6d5456d'),
    azureAIAdministrator: role('Azure AI Administrator', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94'),
    azureAIProjectManager: role('Azure AI Project Manager', 'eadc314b-1a2d-4efa-be10-5d325db5065e'),
    azureMLDataScientist: role('AzureML Data Scientist', 'f6c7c914-8db3-469d-8ca1-694a8f32e121'),
    azureMLComputeOperator: role('AzureML Compute Operator', 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815'),
    cosmosDbOperator: role('Cosmos DB Operator', '230815da-be43-4aae-9cb4-875f7bd000aa'),
    cosmosDbAccountReader: role('Cosmos DB Account Reader Role', 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8'),
    // A Cosmos DB SQL (data-plane) role definition, not an Azure RBAC one: the same id under every account's
    // `sqlRoleDefinitions`, assigned with `databaseAccounts/sqlRoleAssignments` (RoleAssignmentSpec.cosmosSql).
    cosmosDbBuiltInDataContributor: role('Cosmos DB Built-in Data Contributor', '00000000-0000-0000-0000-000000000002'),
    documentDbAccountContributor: role('DocumentDB Account Contributor', '5bd9cd88-fe45-4216-938b-f97437e15450'),
    aksClusterUser: role('Azure Kubernetes Service Cluster User Role', '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'),
    aksRbacReader: role('Azure Kubernetes Service RBAC Reader', '7f6c6a51-bcf8-42ba-9220-52d62157d7db'),
    monitoringMetricsPublisher: role('Monitoring Metrics Publisher', '3913510d-42f4-4e42-8a64-420c390055eb'),
    monitoringReader: role('Monitoring Reader', '43d0d8ad-25c7-4714-9337-8ba259a9fe05'),
    logAnalyticsReader: role('Log Analytics Reader', '73c42c96-874c-492b-b04d-ab87d138a893'),
    websiteContributor: role('Website Contributor', 'de139f84-1756-47ae-9be6-808fbbe84772'),
    logicAppContributor: role('Logic App Contributor', '87a39d53-fc1b-424a-814c-f7e04687dc9e'),
    dataFactoryContributor: role('Data Factory Contributor', '673868aa-7521-48a0-acc6-0f60742d39f5'),
    eventHubsDataSender: role('Azure Event Hubs Data Sender', '2b629674-e913-4c01-ae53-ef4638d8f975'),
    eventHubsDataReceiver: role('Azure Event Hubs Data Receiver', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde'),
    redisCacheContributor: role('Redis Cache Contributor', 'e0f68234-74aa-48ed-b826-c38b57376e17'),
    sqlDbContributor: role('SQL DB Contributor', '9b7fa17d-e63e-47b0-bb0a-15c516ac86ec'),
    virtualMachineUserLogin: role('Virtual Machine User Login', 'fb879df8-f326-4884-b1cf-06f3ad86be52'),
};

;// CONCATENATED MODULE: ./build/core/catalog/personas.js

function grant(persona, role, service, resource) {
    return {
        ...role,
        principal: { kind: 'persona', persona },
        scope: resource ? { service, resource } : { service },
    };
}
function grants(persona, list) {
    return list.map(([role, service, resource]) => grant(persona, role, service, resource));
}
const personas = {
    // Build and evaluate models and agents, read and write project data.
    dataScientists: grants('dataScientists', [
        [roles.azureAIDeveloper, 'aiFoundry'],
        [roles.azureAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
        [roles.storageBlobDataContributor, 'storage'],
        [roles.storageBlobDataContributor, 'storage2'],
        [roles.storageBlobDataContributor, 'dataLake'],
        [roles.searchIndexDataContributor, 'aiSearch'],
        [roles.keyVaultSecretsUser, 'keyVault'],
        [roles.azureMLDataScientist, 'azureML'],
        [roles.azureMLComputeOperator, 'azureML'],
        [roles.cognitiveServicesUser, 'speech'],
        [roles.cognitiveServicesUser, 'vision'],
        [roles.cognitiveServicesUser, 'documentIntelligence'],
        [roles.cognitiveServicesUser, 'contentSafety'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
    // Build applications on the project's services.
    developers: grants('developers', [
        [roles.azureAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
        [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
        [roles.storageBlobDataContributor, 'storage'],
        [roles.searchIndexDataContributor, 'aiSearch'],
        [roles.keyVaultSecretsUser, 'keyVault'],
        [roles.acrPush, 'containerRegistry'],
        [roles.websiteContributor, 'webApp'],
        [roles.websiteContributor, 'functionApp'],
        [roles.logicAppContributor, 'logicApps'],
        [roles.aksClusterUser, 'aks'],
        [roles.cognitiveServicesUser, 'speech'],
        [roles.cognitiveServicesUser, 'vision'],
        [roles.cognitiveServicesUser, 'documentIntelligence'],
        [roles.cognitiveServicesUser, 'contentSafety'],
        [roles.eventHubsDataSender, 'eventHubs'],
        [roles.eventHubsDataReceiver, 'eventHubs'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
    // Look, do not touch: read the resources, the data of search and storage, and the logs.
    readers: grants('readers', [
        [roles.reader, 'aiFoundry'],
        [roles.reader, 'aiSearch'],
        [roles.reader, 'storage'],
        [roles.reader, 'keyVault'],
        [roles.storageBlobDataReader, 'storage'],
        [roles.searchIndexDataReader, 'aiSearch'],
        [roles.reader, 'azureML'],
        [roles.cosmosDbAccountReader, 'cosmosDb'],
        [roles.monitoringReader, 'appInsights'],
        [roles.logAnalyticsReader, 'logAnalytics'],
    ]),
};

;// CONCATENATED MODULE: ./build/core/catalog/platform.js
// GA api-versions of the resource types the core generates around services. Each was checked against the ARM
// template reference and public Bicep in use. The one preview: diagnostic settings — the only api-version that
// accepts `categoryGroup` (allLogs, audit) is 2021-05-01-preview; the last GA one (2016-09-01) predates it.
const platformApiVersions = {
    'Microsoft.Resources/resourceGroups': '2024-03-01',
    'Microsoft.Resources/deployments': '2024-03-01',
    'Microsoft.Authorization/locks': '2020-05-01',
    'Microsoft.Network/privateEndpoints': '2024-05-01',
    'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': '2024-05-01',
    'Microsoft.Network/privateDnsZones': '2024-06-01',
    'Microsoft.Network/privateDnsZones/virtualNetworkLinks': '2024-06-01',
    'Microsoft.Network/privateDnsZones/A': '2024-06-01',
    'Microsoft.Network/virtualNetworks/subnets': '2024-05-01',
    'Microsoft.Network/networkSecurityGroups': '2024-05-01',
    'Microsoft.Authorization/roleAssignments': '2022-04-01',
    // Cosmos DB data-plane role assignments: the Cosmos DB account's own GA api-version.
    'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments': '2024-11-15',
    'Microsoft.Insights/diagnosticSettings': '2021-05-01-preview',
};
/** Api-versions that are previews on purpose, with the reason (the catalog test allows only these). */
const previewApiVersions = {
    'Microsoft.Insights/diagnosticSettings': 'only 2021-05-01-preview accepts categoryGroup (allLogs/audit); no later GA version exists',
};

;// CONCATENATED MODULE: ./build/core/catalog/regions.js
function region(name, short, displayName) {
    return { name, short, displayName };
}
const regions = [
    // Americas
    region('eastus', 'eus', 'East US'),
    region('eastus2', 'eus2', 'East US 2'),
    region('centralus', 'cus', 'Central US'),
    region('northcentralus', 'ncus', 'North Central US'),
    region('southcentralus', 'scus', 'South Central US'),
    region('westcentralus', 'wcus', 'West Central US'),
    region('westus', 'wus', 'West US'),
    region('westus2', 'wus2', 'West US 2'),
    region('westus3', 'wus3', 'West US 3'),
    region('canadacentral', 'cac', 'Canada Central'),
    region('canadaeast', 'cae', 'Canada East'),
    region('brazilsouth', 'brs', 'Brazil South'),
    region('brazilsoutheast', 'brse', 'Brazil Southeast'),
    region('mexicocentral', 'mxc', 'Mexico Central'),
    region('chilecentral', 'clc', 'Chile Central'),
    // Europe
    region('northeurope', 'neu', 'North Europe'),
    region('westeurope', 'weu', 'West Europe'),
    region('uksouth', 'uks', 'UK South'),
    region('ukwest', 'ukw', 'UK West'),
    region('francecentral', 'frc', 'France Central'),
    region('francesouth', 'frs', 'France South'),
    region('germanywestcentral', 'gwc', 'Germany West Central'),
    region('germanynorth', 'gno', 'Germany North'),
    region('norwayeast', 'noe', 'Norway East'),
    region('norwaywest', 'now', 'Norway West'),
    region('switzerlandnorth', 'szn', 'Switzerland North'),
    region('switzerlandwest', 'szw', 'Switzerland West'),
    region('swedencentral', 'sdc', 'Sweden Central'),
    region('swedensouth', 'sds', 'Sweden South'),
    region('polandcentral', 'plc', 'Poland Central'),
    region('italynorth', 'itn', 'Italy North'),
    region('spaincentral', 'spc', 'Spain Central'),
    // Asia Pacific
    region('eastasia', 'ea', 'East Asia'),
    region('southeastasia', 'sea', 'Southeast Asia'),
    region('japaneast', 'jpe', 'Japan East'),
    region('japanwest', 'jpw', 'Japan West'),
    region('koreacentral', 'krc', 'Korea Central'),
    region('koreasouth', 'krs', 'Korea South'),
    region('centralindia', 'inc', 'Central India'),
    region('southindia', 'ins', 'South India'),
    region('westindia', 'inw', 'West India'),
    region('jioindiawest', 'jiw', 'Jio India West'),
    region('jioindiacentral', 'jic', 'Jio India Central'),
    region('australiaeast', 'aue', 'Australia East'),
    region('australiasoutheast', 'ause', 'Australia Southeast'),
    region('australiacentral', 'auc', 'Australia Central'),
    region('australiacentral2', 'auc2', 'Australia Central 2'),
    region('newzealandnorth', 'nzn', 'New Zealand North'),
    region('indonesiacentral', 'idc', 'Indonesia Central'),
    region('malaysiawest', 'myw', 'Malaysia West'),
    // Middle East and Africa
    region('uaenorth', 'uan', 'UAE North'),
    region('uaecentral', 'uac', 'UAE Central'),
    region('qatarcentral', 'qac', 'Qatar Central'),
    region('israelcentral', 'ilc', 'Israel Central'),
    region('southafricanorth', 'san', 'South Africa North'),
    region('southafricawest', 'saw', 'South Africa West'),
];

;// CONCATENATED MODULE: ./build/core/catalog/define.js
function endpoint(resource, groupId, ...dnsZones) {
    return { resource, groupId, dnsZones };
}
/** Every log category (gold); `levels` says what silver and bronze send where it is not the audit group. */
function allLogs(resource, metrics = true, levels) {
    return { resource, logs: 'allLogs', metrics, ...(levels ? { levels } : {}) };
}
/** `principal` service's managed identity gets `role` on `scope` service (optionally one of its resources). */
function serviceRole(role, principal, scope, resource) {
    return {
        ...role,
        principal: { kind: 'serviceIdentity', service: principal },
        scope: resource ? { service: scope, resource } : { service: scope },
    };
}
/** The project's user-assigned identity gets `role` on `scope`. */
function projectIdentityRole(role, scope, resource) {
    return {
        ...role,
        principal: { kind: 'projectIdentity' },
        scope: resource ? { service: scope, resource } : { service: scope },
    };
}
/** The subnet most private endpoints share. */
const genaiSubnet = { name: 'genai', prefixLength: 25 };
/** Foundation services a private, monitored service waits for when they are on. */
const privateServiceUses = ['resourceGroups', 'network', 'privateDnsZones', 'logAnalytics'];
/** Removal orders. Role assignments and diagnostics go first so nothing dangles; endpoints before the resource. */
const cleanup = {
    plain: ['roleAssignments', 'diagnosticSettings', 'resource'],
    private: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'resource',
    ],
    privateWithChildren: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
    ],
    /** Cognitive Services, Key Vault, AML, APIM: the name stays blocked until the soft-deleted object is purged. */
    privateSoftDeleted: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
        'purgeSoftDeleted',
    ],
    /** VNet-injected services: Azure frees the delegated subnet only minutes after the resource is gone. */
    injected: [
        'roleAssignments',
        'diagnosticSettings',
        'childResources',
        'resource',
        'waitSubnetRelease',
    ],
    injectedPrivate: [
        'roleAssignments',
        'diagnosticSettings',
        'privateEndpoints',
        'dnsRecords',
        'childResources',
        'resource',
        'waitSubnetRelease',
    ],
};
/** Public network access off: every service is reached through its private endpoint. */
const privateOnly = { publicNetworkAccess: 'Disabled' };
/** Standard Cognitive Services account body for a kind (Speech, Vision, Document Intelligence, …). */
function cognitiveAccountBody(kind, sku, customSubDomainName) {
    return {
        location: '{{location}}',
        kind,
        sku: { name: sku },
        identity: { type: 'SystemAssigned' },
        properties: {
            customSubDomainName,
            publicNetworkAccess: 'Disabled',
            disableLocalAuth: true,
            networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
        },
    };
}

;// CONCATENATED MODULE: ./build/core/catalog/cmk.js
const CMK_SERVICE = 'customerManagedKey';
const KEY = `${CMK_SERVICE}.key`;
/** The vault's data-plane URI (public cloud): what encryption settings name, with the key's name. */
const VAULT_URI = 'https://{{name:keyVault.vault}}.vault.azure.net';
const PROJECT_IDENTITY = { '{{identityId}}': {} };
/** The project identity's client id: services that name their key's identity by client id. */
const IDENTITY_CLIENT_ID = '{{live:managedIdentity.identity:properties.clientId}}';
/** The key without a version (the service follows rotation), and the version current at deploy time. */
const KEY_URI = `{{live:${KEY}:properties.keyUri}}`;
const KEY_URI_WITH_VERSION = `{{live:${KEY}:properties.keyUriWithVersion}}`;
const KEY_VERSION = `{{live:${KEY}:properties.keyUriWithVersion|lastSegment}}`;
/** customerManagedKey.keyVersion: a version the user pins instead. */
const PINNED_VERSION = `{{option:${CMK_SERVICE}.keyVersion}}`;
/** Storage accounts (blob and file at account level); a key without a version follows the key's rotation. */
const storageCmk = [
    {
        service: CMK_SERVICE,
        waitsFor: [KEY],
        set: {
            identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
            properties: {
                encryption: {
                    keySource: 'Microsoft.Keyvault',
                    keyvaultproperties: { keyname: `{{name:${KEY}}}`, keyvaulturi: VAULT_URI },
                    identity: { userAssignedIdentity: '{{identityId}}' },
                    services: {
                        blob: { enabled: true, keyType: 'Account' },
                        file: { enabled: true, keyType: 'Account' },
                    },
                },
            },
        },
    },
    {
        service: CMK_SERVICE,
        option: 'keyVersion',
        set: {
            properties: {
                encryption: { keyvaultproperties: { keyversion: `{{option:${CMK_SERVICE}.keyVersion}}` } },
            },
        },
    },
];
/** Cosmos DB: the versionless key URI (Cosmos follows rotation) and the identity it unwraps with by default. */
const cosmosCmk = [
    {
        service: CMK_SERVICE,
        waitsFor: [KEY],
        set: {
            identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
            properties: {
                keyVaultKeyUri: `${VAULT_URI}/keys/{{name:${KEY}}}`,
                defaultIdentity: 'UserAssignedIdentity={{identityId}}',
            },
        },
    },
];
/**
 * AI Search encrypts indexes and synonym maps with keys named in each object (data plane); the service-level
 * setting only enforces that every object does. Opt-in: Foundry creates indexes without a key, which enforcement
 * refuses (today's cmkDisableForAISearch).
 */
const searchCmk = [
    {
        service: CMK_SERVICE,
        option: 'enforceOnAISearch',
        set: { properties: { encryptionWithCmk: { enforcement: 'Enabled' } } },
    },
];
/**
 * Cognitive Services accounts (Foundry, Azure OpenAI, Speech, Vision, Document Intelligence, Content Safety):
 * the key by name and version (a version is required: the account does not follow rotation) and the client id of
 * the user-assigned identity that reaches it, which the account must carry beside its system-assigned one.
 */
const cognitiveCmk = [
    {
        service: CMK_SERVICE,
        waitsFor: [KEY],
        set: {
            identity: { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
            properties: {
                encryption: {
                    keySource: 'Microsoft.KeyVault',
                    keyVaultProperties: {
                        keyName: `{{name:${KEY}}}`,
                        keyVersion: KEY_VERSION,
                        keyVaultUri: VAULT_URI,
                        identityClientId: IDENTITY_CLIENT_ID,
                    },
                },
            },
        },
    },
    {
        service: CMK_SERVICE,
        option: 'keyVersion',
        set: { properties: { encryption: { keyVaultProperties: { keyVersion: PINNED_VERSION } } } },
    },
];
/** Foundry: as any Cognitive Services account, unless customerManagedKey.disableForFoundry keeps it on Microsoft's keys. */
const foundryCmk = cognitiveCmk.map((part) => ({
    ...part,
    unlessOption: 'disableForFoundry',
}));
/**
 * The project's container registry (Premium): the versionless key (the registry follows rotation) and the client
 * id of the identity that reaches it. Azure takes it only when the registry is created (createOnly on the spec).
 */
const registryCmk = [
    {
        service: CMK_SERVICE,
        waitsFor: [KEY],
        set: {
            identity: { type: 'SystemAssigned, UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
            properties: {
                encryption: {
                    status: 'enabled',
                    keyVaultProperties: { identity: IDENTITY_CLIENT_ID, keyIdentifier: KEY_URI },
                },
            },
        },
    },
    {
        service: CMK_SERVICE,
        option: 'keyVersion',
        set: {
            properties: { encryption: { keyVaultProperties: { keyIdentifier: `${KEY_URI}/${PINNED_VERSION}` } } },
        },
    },
];
/**
 * Azure Machine Learning: the vault by id, the key with its version, and the user-assigned identity (by resource
 * id) the workspace reaches it with. Azure takes it only when the workspace is created (createOnly on the spec).
 */
const workspaceCmk = [
    {
        service: CMK_SERVICE,
        waitsFor: [KEY],
        set: {
            identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: PROJECT_IDENTITY },
            properties: {
                encryption: {
                    status: 'Enabled',
                    identity: { userAssignedIdentity: '{{identityId}}' },
                    keyVaultProperties: {
                        keyVaultArmId: '{{id:keyVault.vault}}',
                        keyIdentifier: KEY_URI_WITH_VERSION,
                    },
                },
            },
        },
    },
    {
        service: CMK_SERVICE,
        option: 'keyVersion',
        set: {
            properties: { encryption: { keyVaultProperties: { keyIdentifier: `${KEY_URI}/${PINNED_VERSION}` } } },
        },
    },
];
/** Where a registry's or a workspace's customer-managed key is switched on: Azure reads it only at creation. */
const CMK_AT_CREATION = ['properties.encryption.status'];

;// CONCATENATED MODULE: ./build/core/catalog/diagnostic-levels.js
const diagnosticLevels = {
    cognitiveServices: { silver: ['Audit', 'RequestResponse'], bronze: ['Audit'] },
    search: { silver: ['OperationLogs'], bronze: ['OperationLogs'] },
    machineLearning: {
        silver: [
            'AmlComputeClusterEvent',
            'AmlComputeJobEvent',
            'AmlRunStatusChangedEvent',
            'ModelsChangeEvent',
            'DeploymentEventAKS',
            'InferencingOperationAKS',
            'ComputeInstanceEvent',
            'RunEvent',
        ],
        bronze: ['AmlComputeClusterEvent', 'AmlRunStatusChangedEvent', 'RunEvent'],
    },
    containerRegistry: {
        silver: ['ContainerRegistryRepositoryEvents', 'ContainerRegistryLoginEvents'],
        bronze: ['ContainerRegistryLoginEvents'],
    },
    cosmos: {
        silver: ['DataPlaneRequests', 'QueryRuntimeStatistics', 'PartitionKeyStatistics', 'ControlPlaneRequests'],
        bronze: ['DataPlaneRequests', 'ControlPlaneRequests'],
    },
    dataFactory: {
        silver: [
            'ActivityRuns',
            'PipelineRuns',
            'TriggerRuns',
            'SSISPackageEventMessages',
            'SSISIntegrationRuntimeLogs',
        ],
        bronze: ['ActivityRuns', 'PipelineRuns'],
    },
    eventHubs: {
        silver: ['OperationalLogs', 'AutoScaleLogs', 'KafkaUserErrorLogs', 'EventHubVNetConnectionEvent'],
        bronze: ['OperationalLogs', 'EventHubVNetConnectionEvent'],
    },
    webApp: {
        silver: ['AppServiceHTTPLogs', 'AppServiceAppLogs', 'AppServiceAuditLogs', 'AppServicePlatformLogs'],
        bronze: ['AppServiceHTTPLogs', 'AppServiceAuditLogs'],
    },
    functionApp: {
        silver: ['FunctionAppLogs', 'AppServiceHTTPLogs', 'AppServiceAppLogs', 'AppServiceAuditLogs'],
        bronze: ['FunctionAppLogs', 'AppServiceHTTPLogs'],
    },
    containerAppsEnvironment: {
        silver: ['ContainerAppConsoleLogs', 'ContainerAppSystemLogs'],
        bronze: ['ContainerAppSystemLogs'],
    },
    postgres: {
        silver: ['PostgreSQLLogs', 'PostgreSQLFlexQueryStoreRuntime', 'PostgreSQLFlexSessions'],
        bronze: ['PostgreSQLLogs'],
    },
    sqlDatabase: {
        silver: ['SQLInsights', 'QueryStoreRuntimeStatistics', 'Errors', 'Timeouts', 'Deadlocks'],
        bronze: ['Errors', 'Timeouts'],
    },
    /** Every category at every level: App Insights (as the AI Factory does) and types without an audit group. */
    everyLog: { silver: 'allLogs', bronze: 'allLogs' },
};

;// CONCATENATED MODULE: ./build/core/catalog/name-rules.js
function rule(base) {
    return (pattern) => ({ pattern, ...base });
}
/** Alphanumerics and hyphens, starting and ending with an alphanumeric. */
const ALNUM_HYPHEN = '[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?';
const ALNUM_HYPHEN_TEXT = 'letters, digits and hyphens; starts and ends with a letter or digit';
const nameRules = {
    resourceGroup: rule({
        minLength: 1,
        maxLength: 90,
        allowed: '[-\\w.()]*[-\\w()]',
        allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
        uniqueness: 'subscription',
    }),
    userAssignedIdentity: rule({
        minLength: 3,
        maxLength: 128,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    // virtualNetworks, networkSecurityGroups, networkInterfaces, bastionHosts, publicIPAddresses share this rule.
    network: (maxLength) => rule({
        minLength: maxLength === 64 ? 2 : 1,
        maxLength,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit, ends with a letter, digit or underscore',
        uniqueness: 'resourceGroup',
    }),
    logAnalytics: rule({
        minLength: 4,
        maxLength: 63,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'resourceGroup',
    }),
    appInsights: rule({
        minLength: 1,
        maxLength: 260,
        allowed: '[^%&\\\\?/]*[^%&\\\\?/. ]',
        allowedText: 'any characters except % & \\ ? /; not ending in a space or period',
        uniqueness: 'resourceGroup',
    }),
    keyVault: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-zA-Z](-?[a-zA-Z0-9])*',
        allowedText: 'letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    keyVaultKey: rule({
        minLength: 1,
        maxLength: 127,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'parent',
    }),
    storage: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-z0-9]+',
        allowedText: 'lower-case letters and digits only',
        lowercase: true,
        stripHyphens: true,
        uniqueness: 'global',
    }),
    blobContainer: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-z0-9](-?[a-z0-9])*',
        allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'parent',
    }),
    // Cognitive Services accounts get a custom subdomain equal to their name, hence global.
    cognitiveServicesAccount: rule({
        minLength: 2,
        maxLength: 64,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'global',
    }),
    cognitiveServicesChild: rule({
        minLength: 2,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
        uniqueness: 'parent',
    }),
    search: rule({
        minLength: 2,
        maxLength: 60,
        allowed: '[a-z0-9](-?[a-z0-9])*',
        allowedText: 'lower-case letters, digits and single hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    searchSharedPrivateLink: rule({
        minLength: 1,
        maxLength: 60,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens',
        uniqueness: 'parent',
    }),
    // The GA api-version (2026-04-01) allows 3 to 24 characters; the earlier previews allowed 160.
    dashboard: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'resourceGroup',
    }),
    cosmos: rule({
        minLength: 3,
        maxLength: 44,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    containerRegistry: rule({
        minLength: 5,
        maxLength: 50,
        allowed: '[a-z0-9]+',
        allowedText: 'letters and digits only',
        lowercase: true,
        stripHyphens: true,
        uniqueness: 'global',
    }),
    containerAppsEnvironment: rule({
        minLength: 2,
        maxLength: 60,
        allowed: '[a-z]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        lowercase: true,
        uniqueness: 'resourceGroup',
    }),
    containerApp: rule({
        minLength: 2,
        maxLength: 32,
        allowed: '[a-z]([a-z0-9]|-(?!-))*[a-z0-9]',
        allowedText: 'lower-case letters, digits and single hyphens; starts with a letter, ends with a letter or digit',
        lowercase: true,
        uniqueness: 'resourceGroup',
    }),
    aks: rule({
        minLength: 1,
        maxLength: 63,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9_-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits, underscores and hyphens; starts and ends with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    machineLearningWorkspace: rule({
        minLength: 3,
        maxLength: 33,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    machineLearningCompute: rule({
        minLength: 2,
        maxLength: 16,
        allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'parent',
    }),
    // A compute instance's name is part of its regional DNS name: unique in the region, 3 to 24 characters.
    machineLearningComputeInstance: rule({
        minLength: 3,
        maxLength: 24,
        allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    capabilityHost: rule({
        minLength: 3,
        maxLength: 33,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, hyphens and underscores; starts with a letter or digit',
        uniqueness: 'parent',
    }),
    // sites (web, function and logic apps) get <name>.azurewebsites.net, hence global.
    site: rule({
        minLength: 2,
        maxLength: 60,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'global',
    }),
    appServicePlan: rule({
        minLength: 1,
        maxLength: 60,
        allowed: '[a-zA-Z0-9-]+',
        allowedText: 'letters, digits and hyphens',
        uniqueness: 'resourceGroup',
    }),
    botService: rule({
        minLength: 2,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_.-]*',
        allowedText: 'letters, digits, underscores, periods and hyphens; starts with a letter or digit',
        uniqueness: 'global',
    }),
    // Linux VM names are limited to 64; the computer (host) name inside is limited to 64 as well.
    virtualMachine: rule({
        minLength: 1,
        maxLength: 64,
        allowed: '[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits, hyphens and periods; starts and ends with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    postgresFlexible: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    sqlServer: rule({
        minLength: 1,
        maxLength: 63,
        allowed: '[a-z0-9]([a-z0-9-]*[a-z0-9])?',
        allowedText: 'lower-case letters, digits and hyphens; starts and ends with a letter or digit',
        lowercase: true,
        uniqueness: 'global',
    }),
    sqlDatabase: rule({
        minLength: 1,
        maxLength: 128,
        allowed: '[^<>*%&:\\\\/?]*[^<>*%&:\\\\/?. ]',
        allowedText: 'any characters except < > * % & : \\ / ?; not ending in a period or space',
        uniqueness: 'parent',
    }),
    managedRedis: rule({
        minLength: 1,
        maxLength: 60,
        allowed: '[A-Za-z0-9]+(-[A-Za-z0-9]+)*',
        allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
        uniqueness: 'global',
    }),
    elasticMonitor: rule({
        minLength: 1,
        maxLength: 32,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    dataFactory: rule({
        minLength: 3,
        maxLength: 63,
        allowed: '[a-zA-Z0-9](-?[a-zA-Z0-9])*',
        allowedText: 'letters, digits and single hyphens; starts and ends with a letter or digit',
        uniqueness: 'global',
    }),
    databricks: rule({
        minLength: 3,
        maxLength: 64,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9_-]*',
        allowedText: 'letters, digits, underscores and hyphens; starts with a letter or digit',
        uniqueness: 'resourceGroup',
    }),
    eventHubsNamespace: rule({
        minLength: 6,
        maxLength: 50,
        allowed: '[a-zA-Z][a-zA-Z0-9-]*[a-zA-Z0-9]',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    apiManagement: rule({
        minLength: 1,
        maxLength: 50,
        allowed: '[a-zA-Z]([a-zA-Z0-9-]*[a-zA-Z0-9])?',
        allowedText: 'letters, digits and hyphens; starts with a letter, ends with a letter or digit',
        uniqueness: 'global',
    }),
    // Backends, APIs and operations of an API Management instance: 1 to 80 characters, none of *#&+:<>?.
    apiManagementChild: rule({
        minLength: 1,
        maxLength: 80,
        allowed: '[a-zA-Z0-9][a-zA-Z0-9-]*',
        allowedText: 'letters, digits and hyphens, starting with a letter or digit',
        uniqueness: 'parent',
    }),
    bingAccount: rule({
        minLength: 2,
        maxLength: 64,
        allowed: ALNUM_HYPHEN,
        allowedText: ALNUM_HYPHEN_TEXT,
        uniqueness: 'resourceGroup',
    }),
    fixedName: (name) => ({
        pattern: name,
        minLength: name.length,
        maxLength: name.length,
        allowed: name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        allowedText: `exactly '${name}' (a name Azure requires)`,
        uniqueness: 'parent',
    }),
};

;// CONCATENATED MODULE: ./build/core/catalog/services/ai.js





const COGNITIVE_API = '2025-06-01';
const ML_API = '2025-06-01';
const ML_COMPUTE_TYPE = 'Microsoft.MachineLearningServices/workspaces/computes';
const ACCOUNT_TYPE = 'Microsoft.CognitiveServices/accounts';
const COGNITIVE_ZONE = 'privatelink.cognitiveservices.azure.com';
const OPENAI_ZONE = 'privatelink.openai.azure.com';
const AI_SERVICES_ZONE = 'privatelink.services.ai.azure.com';
const cognitiveSoftDelete = { kind: 'cognitiveServices', retentionDays: 2, purgeProtection: false };
const deploymentsOption = {
    name: 'deployments',
    type: 'list',
    default: [],
    description: 'Model deployments, each { name, model: { format, name, version }, sku: { name, capacity } }, e.g. { name: gpt-4o, model: { format: OpenAI, name: gpt-4o, version: "2024-11-20" }, sku: { name: GlobalStandard, capacity: 10 } }.',
};
/** One model deployment per entry of `services.<id>.deployments`. */
function modelDeployments(parent) {
    return {
        key: 'deployment',
        type: 'Microsoft.CognitiveServices/accounts/deployments',
        apiVersion: COGNITIVE_API,
        resourceGroup: 'project',
        parent,
        forEach: 'deployments',
        name: nameRules.cognitiveServicesChild('{item}'),
        body: {
            sku: { name: '{{item:sku.name}}', capacity: '{{item:sku.capacity}}' },
            properties: {
                model: {
                    format: '{{item:model.format}}',
                    name: '{{item:model.name}}',
                    version: '{{item:model.version}}',
                },
            },
        },
        keyProperties: ['sku.capacity', 'properties.model.version'],
    };
}
const aiFoundry = {
    id: 'aiFoundry',
    title: 'Azure AI Foundry',
    description: 'Foundry resource (Cognitive Services account of kind AIServices with project management) with the default project and model deployments; agents run in the injected agent subnet.',
    category: 'ai',
    aliases: ['enableAIFoundry', 'ENABLE_AI_FOUNDRY'],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'account',
            type: ACCOUNT_TYPE,
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            name: nameRules.cognitiveServicesAccount('aif-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'AIServices',
                sku: { name: 'S0' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    allowProjectManagement: true,
                    customSubDomainName: '{{name:aiFoundry.account}}',
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                    networkAcls: { defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
                    // Set at creation only: the platform creates the account's capability host from it.
                    networkInjections: [
                        { scenario: 'agent', subnetArmId: '{{subnetId:aca2}}', useMicrosoftManagedNetwork: false },
                    ],
                },
            },
            bodyWhenService: foundryCmk,
            keyProperties: ['properties.publicNetworkAccess', 'properties.allowProjectManagement'],
        },
        {
            key: 'project',
            type: 'Microsoft.CognitiveServices/accounts/projects',
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            parent: 'account',
            name: nameRules.cognitiveServicesChild('{project}-default'),
            body: {
                location: '{{location}}',
                identity: { type: 'SystemAssigned' },
                properties: { displayName: 'Default project', description: 'Created by aifactory-flags' },
            },
        },
        modelDeployments('account'),
    ],
    privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE, OPENAI_ZONE, AI_SERVICES_ZONE)],
    subnets: [genaiSubnet, { name: 'aca2', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.storageBlobDataContributor, 'aiFoundry', 'storage')],
    diagnostics: [allLogs('account', true, diagnosticLevels.cognitiveServices)],
    dataBearing: false,
    softDelete: cognitiveSoftDelete,
    provisioningSeconds: 180,
    deletionSeconds: 120,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'storage'],
    cleanup: cleanup.privateSoftDeleted,
    options: [deploymentsOption],
    notes: [
        'A deleted account stays soft-deleted for 48 hours and blocks its name (custom subdomain) until purged.',
        'Agent subnet injection (aca2, delegated to Microsoft.App/environments) cannot use 10.0.0.0/8 address spaces.',
    ],
};
const connection = (key, pattern, category, target, resourceId) => ({
    key,
    type: 'Microsoft.CognitiveServices/accounts/projects/connections',
    apiVersion: COGNITIVE_API,
    resourceGroup: 'project',
    parent: 'project',
    parentService: 'aiFoundry',
    name: nameRules.cognitiveServicesChild(pattern),
    body: {
        properties: {
            category,
            target,
            authType: 'AAD',
            metadata: { ApiType: 'Azure', ResourceId: resourceId, location: '{{location}}' },
        },
    },
});
/** The Cosmos DB database the Foundry agent service creates for its threads and entities. */
const AGENT_DATABASE = 'enterprise_memory';
/** A role of the default Foundry project's system-assigned identity. */
const projectRole = (role, scope) => ({
    ...serviceRole(role, 'aiFoundry', scope),
    principal: { kind: 'serviceIdentity', service: 'aiFoundry', resource: 'project' },
});
const foundryCapabilityHost = {
    id: 'foundryCapabilityHost',
    title: 'Foundry agents capability host',
    description: "Standard agent setup: the default project's capability host keeps agent threads in Cosmos DB, files in storage and vectors in AI Search — all in the project's subscription.",
    category: 'ai',
    aliases: ['enableAFoundryCaphost', 'ENABLE_FOUNDRY_CAPHOST'],
    scope: 'project',
    baseline: [],
    resources: [
        connection('connCosmos', '{project}-cosmos', 'CosmosDb', 'https://{{name:cosmosDb.account}}.documents.azure.com:443/', '{{id:cosmosDb.account}}'),
        connection('connStorage', '{project}-storage', 'AzureStorageAccount', 'https://{{name:storage.account}}.blob.core.windows.net/', '{{id:storage.account}}'),
        connection('connSearch', '{project}-search', 'CognitiveSearch', 'https://{{name:aiSearch.service}}.search.windows.net', '{{id:aiSearch.service}}'),
        {
            key: 'capabilityHost',
            type: 'Microsoft.CognitiveServices/accounts/projects/capabilityHosts',
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            parent: 'project',
            parentService: 'aiFoundry',
            name: nameRules.capabilityHost('caphost-{project}'),
            body: {
                properties: {
                    capabilityHostKind: 'Agents',
                    vectorStoreConnections: ['{{name:foundryCapabilityHost.connSearch}}'],
                    storageConnections: ['{{name:foundryCapabilityHost.connStorage}}'],
                    threadStorageConnections: ['{{name:foundryCapabilityHost.connCosmos}}'],
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    // Microsoft's standard agent setup: the PROJECT's identity (not the account's) holds these. The control-plane
    // roles must exist before the capability host is created ("The Cosmos DB Operator role must be assigned
    // before the caphost is created"); the data roles follow the host, which creates the agent database and
    // containers they cover.
    roleAssignments: [
        ...[
            projectRole(roles.cosmosDbOperator, 'cosmosDb'),
            projectRole(roles.storageBlobDataContributor, 'storage'),
            projectRole(roles.searchIndexDataContributor, 'aiSearch'),
            projectRole(roles.searchServiceContributor, 'aiSearch'),
        ].map((spec) => ({ ...spec, before: ['capabilityHost'] })),
        { ...projectRole(roles.storageBlobDataOwner, 'storage'), after: ['capabilityHost'] },
        {
            ...projectRole(roles.cosmosDbBuiltInDataContributor, 'cosmosDb'),
            // The whole agent database: the host creates its containers (named after the project's workspace id,
            // known only after apply) and adds more lazily.
            cosmosSql: { path: `/dbs/${AGENT_DATABASE}` },
            after: ['capabilityHost'],
        },
    ],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 300,
    deletionSeconds: 600,
    requires: ['aiFoundry', 'storage'],
    implies: ['cosmosDb', 'aiSearch'],
    uses: ['managedIdentity'],
    cleanup: ['roleAssignments', 'childResources', 'resource'],
    notes: [
        "Cosmos DB and AI Search are switched on with it and kept while it exists: they hold the agents' threads and vectors.",
        'Deleting a capability host takes minutes and leaves the agent subnet linked until it completes.',
        "Roles go to the default project's identity, as in Microsoft's standard agent setup: Cosmos DB Operator, Storage Blob Data Contributor, Search Index Data Contributor and Search Service Contributor before the host; Storage Blob Data Owner and Cosmos DB Built-in Data Contributor (a Cosmos SQL role on the enterprise_memory database) after it.",
        "Storage Blob Data Owner is granted on the account without Microsoft's condition (containers named after the project's workspace id, which exists only after apply).",
    ],
};
const azureOpenAI = {
    id: 'azureOpenAI',
    title: 'Azure OpenAI (standalone)',
    description: 'A standalone Azure OpenAI account beside Foundry, with its own model deployments.',
    category: 'ai',
    aliases: ['enableAzureOpenAI', 'ENABLE_AZURE_OPENAI'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'account',
            type: ACCOUNT_TYPE,
            apiVersion: COGNITIVE_API,
            resourceGroup: 'project',
            name: nameRules.cognitiveServicesAccount('aoai-{project}-{loc}-{env}-{salt}'),
            body: cognitiveAccountBody('OpenAI', 'S0', '{{name:azureOpenAI.account}}'),
            bodyWhenService: cognitiveCmk,
            keyProperties: ['properties.publicNetworkAccess'],
        },
        modelDeployments('account'),
    ],
    privateEndpoints: [endpoint('account', 'account', OPENAI_ZONE)],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('account', true, diagnosticLevels.cognitiveServices)],
    dataBearing: false,
    softDelete: cognitiveSoftDelete,
    provisioningSeconds: 60,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateSoftDeleted,
    options: [deploymentsOption],
};
const aiSearch = {
    id: 'aiSearch',
    title: 'Azure AI Search',
    description: 'Vector and keyword search for RAG and agents; reads storage and calls Foundry models with its identity.',
    category: 'ai',
    aliases: ['enableAISearch', 'ENABLE_AI_SEARCH'],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'service',
            type: 'Microsoft.Search/searchServices',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.search('srch-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: '{{param:sku}}' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    replicaCount: 1,
                    partitionCount: 1,
                    hostingMode: 'default',
                    publicNetworkAccess: 'disabled',
                    disableLocalAuth: true,
                    semanticSearch: '{{param:semanticSearch}}',
                    networkRuleSet: { bypass: 'AzureServices', ipRules: [] },
                },
            },
            bodyWhenService: searchCmk,
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('service', 'searchService', 'privatelink.search.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'aiFoundry'),
        serviceRole(roles.cognitiveServicesOpenAIUser, 'aiSearch', 'azureOpenAI'),
        serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage'),
        serviceRole(roles.storageBlobDataReader, 'aiSearch', 'storage2'),
        serviceRole(roles.searchIndexDataContributor, 'aiFoundry', 'aiSearch'),
        serviceRole(roles.searchServiceContributor, 'aiFoundry', 'aiSearch'),
    ],
    diagnostics: [allLogs('service', true, diagnosticLevels.search)],
    dataBearing: true,
    provisioningSeconds: 240,
    deletionSeconds: 120,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'aiFoundry', 'azureOpenAI', 'storage', 'storage2'],
    cleanup: cleanup.private,
    options: [
        {
            name: 'sku',
            type: 'string',
            default: 'basic',
            choices: [
                'basic',
                'standard',
                'standard2',
                'standard3',
                'storage_optimized_l1',
                'storage_optimized_l2',
            ],
            description: 'Pricing tier; private endpoints need basic or higher, skillset indexers standard or higher.',
        },
        {
            name: 'semanticSearch',
            type: 'string',
            default: 'free',
            choices: ['disabled', 'free', 'standard'],
            description: 'Semantic ranker plan.',
        },
    ],
};
const aiSearchSharedPrivateLink = {
    id: 'aiSearchSharedPrivateLink',
    title: 'AI Search shared private links',
    description: "Outbound private connections from AI Search's indexers to the storage account and Foundry, approved on the target.",
    category: 'ai',
    aliases: ['enableAISearchSharedPrivateLink', 'ENABLE_AI_SEARCH_SHARED_PRIVATE_LINK'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'toStorage',
            type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            parent: 'service',
            parentService: 'aiSearch',
            name: nameRules.searchSharedPrivateLink('spl-{project}-blob'),
            body: {
                properties: {
                    privateLinkResourceId: '{{id:storage.account}}',
                    groupId: 'blob',
                    requestMessage: 'AI Search indexers (aifactory-flags)',
                },
            },
        },
        // Microsoft's table of shared private link group ids: openai_account for the Azure OpenAI embedding skill
        // and vectorizer, cognitiveservices_account for billing the built-in skills to an AI services account.
        {
            key: 'toFoundry',
            type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            parent: 'service',
            parentService: 'aiSearch',
            name: nameRules.searchSharedPrivateLink('spl-{project}-foundry'),
            body: {
                properties: {
                    privateLinkResourceId: '{{id:aiFoundry.account}}',
                    groupId: 'openai_account',
                    requestMessage: 'AI Search embedding skills and vectorizers (aifactory-flags)',
                },
            },
        },
        {
            key: 'toFoundrySkills',
            type: 'Microsoft.Search/searchServices/sharedPrivateLinkResources',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            parent: 'service',
            parentService: 'aiSearch',
            name: nameRules.searchSharedPrivateLink('spl-{project}-foundry-skills'),
            body: {
                properties: {
                    privateLinkResourceId: '{{id:aiFoundry.account}}',
                    groupId: 'cognitiveservices_account',
                    requestMessage: 'AI Search built-in skills billing (aifactory-flags)',
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 300,
    deletionSeconds: 180,
    requires: ['aiSearch', 'storage', 'aiFoundry'],
    implies: [],
    uses: [],
    cleanup: ['childResources'],
    notes: [
        'The target owner must approve each shared private link (the private endpoint connection on storage and Foundry).',
        'Two links to Foundry: openai_account for embedding skills and vectorizers, cognitiveservices_account for billing built-in skills.',
        'Needs AI Search basic or higher; indexers with skillsets need standard (S1).',
    ],
};
const azureML = {
    id: 'azureML',
    title: 'Azure Machine Learning',
    description: 'Azure ML workspace for discriminative ML and MLOps, wired to the project storage, Key Vault, container registry and Application Insights.',
    category: 'ai',
    aliases: ['enableAzureMachineLearning', 'ENABLE_AZURE_MACHINE_LEARNING'],
    scope: 'project',
    baseline: ['esml'],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.MachineLearningServices/workspaces',
            apiVersion: '2025-06-01',
            resourceGroup: 'project',
            name: nameRules.machineLearningWorkspace('aml-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'Default',
                sku: { name: 'Basic', tier: 'Basic' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    friendlyName: '{{name:azureML.workspace}}',
                    storageAccount: '{{id:storage.account}}',
                    keyVault: '{{id:keyVault.vault}}',
                    containerRegistry: '{{id:containerRegistry.registry}}',
                    applicationInsights: '{{id:appInsights.component}}',
                    // The storage account refuses shared keys (allowSharedKeyAccess: false): the workspace's default
                    // datastores must reach it with its managed identity, else they are created with keys that never work.
                    systemDatastoresAuthMode: 'identity',
                    publicNetworkAccess: 'Disabled',
                    v1LegacyMode: false,
                    managedNetwork: { isolationMode: 'AllowInternetOutbound' },
                },
            },
            bodyWhenService: workspaceCmk,
            createOnly: CMK_AT_CREATION,
            keyProperties: ['properties.publicNetworkAccess'],
        },
        {
            key: 'cluster',
            type: ML_COMPUTE_TYPE,
            apiVersion: ML_API,
            resourceGroup: 'project',
            parent: 'workspace',
            forEach: 'computeClusters',
            name: nameRules.machineLearningCompute('{item}'),
            body: {
                location: '{{location}}',
                properties: {
                    computeType: 'AmlCompute',
                    description: 'Training cluster (aifactory-flags)',
                    // The workspace's managed network places the nodes: no subnet, and no public IP on any node.
                    properties: {
                        vmSize: '{{item:vmSize}}',
                        vmPriority: 'Dedicated',
                        osType: 'Linux',
                        scaleSettings: {
                            minNodeCount: '{{item:minNodes}}',
                            maxNodeCount: '{{item:maxNodes}}',
                            nodeIdleTimeBeforeScaleDown: '{{item:idleTimeBeforeScaleDown}}',
                        },
                        enableNodePublicIp: false,
                        remoteLoginPortPublicAccess: 'Disabled',
                    },
                },
            },
            keyProperties: ['properties.properties.vmSize', 'properties.properties.scaleSettings.maxNodeCount'],
        },
        {
            key: 'instance',
            type: ML_COMPUTE_TYPE,
            apiVersion: ML_API,
            resourceGroup: 'project',
            parent: 'workspace',
            forEach: 'computeInstances',
            name: nameRules.machineLearningComputeInstance('{item}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    computeType: 'ComputeInstance',
                    description: 'Compute instance (aifactory-flags)',
                    properties: {
                        vmSize: '{{item:vmSize}}',
                        enableNodePublicIp: false,
                        idleTimeBeforeShutdown: '{{item:idleTimeBeforeShutdown}}',
                        computeInstanceAuthorizationType: 'personal',
                    },
                },
            },
            bodyWhenItem: [
                {
                    field: 'assignedUser',
                    set: {
                        properties: {
                            properties: {
                                personalComputeInstanceSettings: {
                                    assignedUser: { objectId: '{{item:assignedUser}}', tenantId: '{{tenantId}}' },
                                },
                            },
                        },
                    },
                },
            ],
            keyProperties: ['properties.properties.vmSize'],
        },
    ],
    privateEndpoints: [
        endpoint('workspace', 'amlworkspace', 'privatelink.api.azureml.ms', 'privatelink.notebooks.azure.net'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.storageBlobDataContributor, 'azureML', 'storage'),
        serviceRole(roles.storageFileDataPrivilegedContributor, 'azureML', 'storage'),
        serviceRole(roles.keyVaultAdministrator, 'azureML', 'keyVault'),
        serviceRole(roles.acrPush, 'azureML', 'containerRegistry'),
    ],
    diagnostics: [allLogs('workspace', true, diagnosticLevels.machineLearning)],
    dataBearing: true,
    softDelete: { kind: 'machineLearningWorkspace', retentionDays: 14, purgeProtection: false },
    provisioningSeconds: 180,
    deletionSeconds: 120,
    requires: ['storage', 'keyVault', 'containerRegistry', 'appInsights'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateSoftDeleted,
    options: [
        {
            name: 'computeClusters',
            type: 'list',
            default: [
                {
                    name: 'cpu-cluster',
                    vmSize: 'Standard_DS3_v2',
                    minNodes: 0,
                    maxNodes: 3,
                    idleTimeBeforeScaleDown: 'PT120S',
                },
            ],
            description: "Training clusters, each { name (2-16 characters), vmSize, minNodes, maxNodes, idleTimeBeforeScaleDown (ISO 8601, e.g. PT120S) }. The default is today's admin cluster for dev (admin_aml_cluster_sku_dev_override Standard_DS3_v2, admin_aml_cluster_maxNodes_dev_override 3); today's test/prod defaults are Standard_D13_v2 with 5 nodes.",
        },
        {
            name: 'computeInstances',
            type: 'list',
            default: [],
            description: "Compute instances, each { name (at most 18 characters), vmSize, idleTimeBeforeShutdown (ISO 8601, e.g. PT60M), assignedUser (optional Entra object id) }. Today's admin instance: Standard_DS11_v2 in dev (admin_aml_computeInstance_dev_sku_override).",
        },
    ],
    notes: [
        'A deleted workspace stays soft-deleted for 14 days; its name is blocked until it is purged.',
        "Compute clusters and instances run in the workspace's managed network: no subnet of the project's VNet, no public IP on any node.",
    ],
};
const aksForAzureML = {
    id: 'aksForAzureML',
    title: 'AKS for Azure ML',
    description: 'A private AKS cluster attached to the Azure ML workspace as an inference compute target.',
    category: 'ai',
    aliases: ['enableAksForAzureML', 'ENABLE_AKS_FOR_AZURE_ML'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cluster',
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.aks('aksml-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Base', tier: 'Standard' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    dnsPrefix: '{{name:aksForAzureML.cluster}}',
                    enableRBAC: true,
                    disableLocalAccounts: true,
                    aadProfile: { managed: true, enableAzureRBAC: true },
                    apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
                    networkProfile: {
                        networkPlugin: 'azure',
                        networkPluginMode: 'overlay',
                        outboundType: 'loadBalancer',
                    },
                    agentPoolProfiles: [
                        {
                            name: 'system',
                            mode: 'System',
                            count: 3,
                            vmSize: 'Standard_D4s_v5',
                            osType: 'Linux',
                            type: 'VirtualMachineScaleSets',
                            vnetSubnetID: '{{subnetId:aks}}',
                        },
                    ],
                },
            },
            keyProperties: ['properties.agentPoolProfiles'],
        },
        {
            key: 'compute',
            type: 'Microsoft.MachineLearningServices/workspaces/computes',
            apiVersion: '2025-06-01',
            resourceGroup: 'project',
            parent: 'workspace',
            parentService: 'azureML',
            name: nameRules.machineLearningCompute('aks-{projectNumber}-{env}'),
            body: {
                location: '{{location}}',
                properties: {
                    computeType: 'AKS',
                    resourceId: '{{id:aksForAzureML.cluster}}',
                    properties: { clusterPurpose: 'FastProd', loadBalancerType: 'InternalLoadBalancer' },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aks', prefixLength: 26 }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.acrPull, 'aksForAzureML', 'containerRegistry')],
    diagnostics: [allLogs('cluster')],
    dataBearing: false,
    provisioningSeconds: 720,
    deletionSeconds: 480,
    requires: ['azureML'],
    implies: [],
    uses: [...privateServiceUses, 'containerRegistry'],
    cleanup: ['roleAssignments', 'diagnosticSettings', 'childResources', 'resource', 'waitSubnetRelease'],
    notes: ['Deleted before Azure ML: it depends on the workspace, so the delete order puts it first.'],
};
function cognitiveService(input) {
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'ai',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: ACCOUNT_TYPE,
                apiVersion: COGNITIVE_API,
                resourceGroup: 'project',
                name: nameRules.cognitiveServicesAccount(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
                body: cognitiveAccountBody(input.kind, input.sku, `{{name:${input.id}.account}}`),
                bodyWhenService: cognitiveCmk,
                keyProperties: ['properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [endpoint('account', 'account', COGNITIVE_ZONE)],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [allLogs('account', true, diagnosticLevels.cognitiveServices)],
        dataBearing: false,
        softDelete: cognitiveSoftDelete,
        provisioningSeconds: 60,
        deletionSeconds: 60,
        requires: [],
        implies: [],
        uses: privateServiceUses,
        cleanup: cleanup.privateSoftDeleted,
    };
}
const speech = cognitiveService({
    id: 'speech',
    title: 'Azure AI Speech',
    description: 'Speech to text, text to speech and translation.',
    aliases: ['enableAzureSpeech', 'ENABLE_AZURE_SPEECH'],
    kind: 'SpeechServices',
    sku: 'S0',
    prefix: 'spch',
});
const vision = cognitiveService({
    id: 'vision',
    title: 'Azure AI Vision',
    description: 'Image analysis, OCR and multimodal embeddings.',
    aliases: ['enableAzureAIVision', 'ENABLE_AZURE_AI_VISION'],
    kind: 'ComputerVision',
    sku: 'S1',
    prefix: 'vis',
});
const documentIntelligence = cognitiveService({
    id: 'documentIntelligence',
    title: 'Azure AI Document Intelligence',
    description: 'Layout, form and document extraction (formerly Form Recognizer).',
    aliases: ['enableAIDocIntelligence', 'ENABLE_AI_DOC_INTELLIGENCE'],
    kind: 'FormRecognizer',
    sku: 'S0',
    prefix: 'docint',
});
const contentSafety = cognitiveService({
    id: 'contentSafety',
    title: 'Azure AI Content Safety',
    description: 'Harmful content detection and prompt shields for text and images.',
    aliases: ['enableContentSafety', 'ENABLE_CONTENT_SAFETY'],
    kind: 'ContentSafety',
    sku: 'S0',
    prefix: 'cs',
});
function bing(input) {
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'ai',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.Bing/accounts',
                apiVersion: '2020-06-10',
                resourceGroup: 'project',
                name: nameRules.bingAccount(`${input.prefix}-{project}-{env}-{salt}`),
                body: {
                    location: 'global',
                    kind: input.kind,
                    sku: { name: input.sku },
                    properties: { statisticsEnabled: false },
                },
            },
        ],
        privateEndpoints: [],
        subnets: [],
        identity: 'none',
        roleAssignments: [],
        diagnostics: [],
        dataBearing: false,
        provisioningSeconds: 30,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: ['resourceGroups'],
        cleanup: ['resource'],
        notes: [
            'A global service reached over the public internet by Foundry agents; it has no private endpoint.',
        ],
    };
}
const bingGrounding = bing({
    id: 'bingGrounding',
    title: 'Grounding with Bing Search',
    description: 'Web grounding for Foundry agents.',
    aliases: ['enableBing', 'ENABLE_BING'],
    kind: 'Bing.Grounding',
    sku: 'G1',
    prefix: 'bing',
});
const bingCustomSearch = bing({
    id: 'bingCustomSearch',
    title: 'Grounding with Bing Custom Search',
    description: 'Web grounding for Foundry agents restricted to the domains you choose.',
    aliases: ['enableBingCustomSearch', 'ENABLE_BING_CUSTOM_SEARCH'],
    kind: 'Bing.GroundingCustomSearch',
    sku: 'G2',
    prefix: 'bingcs',
});
const aiServices = [
    aiFoundry,
    foundryCapabilityHost,
    azureOpenAI,
    aiSearch,
    aiSearchSharedPrivateLink,
    azureML,
    aksForAzureML,
    speech,
    vision,
    documentIntelligence,
    contentSafety,
    bingGrounding,
    bingCustomSearch,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/data.js




const COSMOS_API = '2024-11-15';
const REDIS_API = '2025-07-01';
function cosmos(id) {
    const mongo = id === 'cosmosDbMongo';
    return {
        id,
        title: mongo ? 'Cosmos DB for MongoDB (RU)' : 'Cosmos DB (NoSQL)',
        description: mongo
            ? "A serverless Cosmos DB account with the MongoDB API (today's cosmosKind: MongoDB)."
            : 'A serverless Cosmos DB account with the NoSQL API; keys off, Entra ID only. Foundry agents keep their threads here.',
        category: 'data',
        aliases: mongo ? [] : ['enableCosmosDB', 'ENABLE_COSMOS_DB', 'serviceSettingDeployCosmosDB'],
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.DocumentDB/databaseAccounts',
                apiVersion: COSMOS_API,
                resourceGroup: 'project',
                name: nameRules.cosmos(mongo ? 'cosmon-{project}-{loc}-{env}-{salt}' : 'cosmos-{project}-{loc}-{env}-{salt}'),
                body: {
                    location: '{{location}}',
                    kind: mongo ? 'MongoDB' : 'GlobalDocumentDB',
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        databaseAccountOfferType: 'Standard',
                        locations: [{ locationName: '{{location}}', failoverPriority: 0, isZoneRedundant: false }],
                        consistencyPolicy: { defaultConsistencyLevel: 'Session' },
                        capabilities: mongo
                            ? [{ name: 'EnableServerless' }, { name: 'EnableMongo' }]
                            : [{ name: 'EnableServerless' }],
                        ...(mongo ? { apiProperties: { serverVersion: '7.0' } } : { disableLocalAuth: true }),
                        publicNetworkAccess: 'Disabled',
                        disableKeyBasedMetadataWriteAccess: true,
                        minimalTlsVersion: 'Tls12',
                    },
                },
                bodyWhenService: cosmosCmk,
                keyProperties: ['kind', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            mongo
                ? endpoint('account', 'MongoDB', 'privatelink.mongo.cosmos.azure.com')
                : endpoint('account', 'Sql', 'privatelink.documents.azure.com'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [allLogs('account', true, diagnosticLevels.cosmos)],
        dataBearing: true,
        provisioningSeconds: 420,
        deletionSeconds: 300,
        requires: [],
        implies: [],
        uses: privateServiceUses,
        cleanup: cleanup.private,
        notes: mongo
            ? [
                'The API of an account cannot change: switching between cosmosDb and cosmosDbMongo replaces the account.',
            ]
            : [
                "Data-plane access is a Cosmos SQL role assignment (not Azure RBAC): foundryCapabilityHost grants Cosmos DB Built-in Data Contributor on the agents' enterprise_memory database to the Foundry project's identity itself.",
            ],
    };
}
const postgreSql = {
    id: 'postgreSql',
    title: 'PostgreSQL Flexible Server',
    description: 'PostgreSQL 16 (General Purpose D2ds v5) with Entra ID authentication only, reached through a private endpoint.',
    category: 'data',
    aliases: ['enablePostgreSQL', 'ENABLE_POSTGRESQL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'server',
            type: 'Microsoft.DBforPostgreSQL/flexibleServers',
            apiVersion: '2024-08-01',
            resourceGroup: 'project',
            name: nameRules.postgresFlexible('psql-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard_D2ds_v5', tier: 'GeneralPurpose' },
                properties: {
                    version: '16',
                    createMode: 'Default',
                    storage: { storageSizeGB: 128, autoGrow: 'Enabled' },
                    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
                    highAvailability: { mode: 'Disabled' },
                    network: { publicNetworkAccess: 'Disabled' },
                    authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Disabled', tenantId: '{{tenantId}}' },
                },
            },
            keyProperties: ['sku.name', 'properties.version'],
        },
    ],
    privateEndpoints: [endpoint('server', 'postgresqlServer', 'privatelink.postgres.database.azure.com')],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('server', true, diagnosticLevels.postgres)],
    dataBearing: true,
    provisioningSeconds: 600,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    notes: [
        "Entra ID administrators (today's postGresAdminEmails) are added after creation with flexibleServers/administrators.",
    ],
};
const azureSql = {
    id: 'azureSql',
    title: 'Azure SQL Database',
    description: 'A logical SQL server with Entra-only authentication (the project identity as admin) and a serverless database.',
    category: 'data',
    aliases: ['enableSQLDatabase', 'ENABLE_SQL_DATABASE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'server',
            type: 'Microsoft.Sql/servers',
            apiVersion: '2023-08-01',
            resourceGroup: 'project',
            name: nameRules.sqlServer('sql-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                identity: { type: 'SystemAssigned' },
                properties: {
                    minimalTlsVersion: '1.2',
                    publicNetworkAccess: 'Disabled',
                    administrators: {
                        administratorType: 'ActiveDirectory',
                        azureADOnlyAuthentication: true,
                        principalType: 'Application',
                        login: '{{name:managedIdentity.identity}}',
                        sid: '{{principalId:managedIdentity}}',
                        tenantId: '{{tenantId}}',
                    },
                },
            },
            keyProperties: ['properties.publicNetworkAccess'],
        },
        {
            key: 'database',
            type: 'Microsoft.Sql/servers/databases',
            apiVersion: '2023-08-01',
            resourceGroup: 'project',
            parent: 'server',
            name: nameRules.sqlDatabase('sqldb-{project}-{env}'),
            body: {
                location: '{{location}}',
                sku: { name: 'GP_S_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
                properties: {
                    autoPauseDelay: 60,
                    minCapacity: 0.5,
                    zoneRedundant: false,
                    requestedBackupStorageRedundancy: 'Local',
                },
            },
            keyProperties: ['sku.name'],
        },
    ],
    privateEndpoints: [endpoint('server', 'sqlServer', 'privatelink.database.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('database', true, diagnosticLevels.sqlDatabase)],
    dataBearing: true,
    provisioningSeconds: 300,
    deletionSeconds: 120,
    requires: ['managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateWithChildren,
};
// Azure Cache for Redis (Microsoft.Cache/redis) retires on 2028-09-30 and tenants that had no cache before
// 2026-04-01 can no longer create one (retirement FAQ): the catalog's Redis is Azure Managed Redis.
const redis = {
    id: 'redis',
    title: 'Azure Managed Redis',
    description: 'An Azure Managed Redis cluster (Balanced B1 by default) with one TLS database, access keys off and the project identity as its Entra user.',
    category: 'data',
    aliases: ['enableRedisCache', 'ENABLE_REDIS_CACHE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cluster',
            type: 'Microsoft.Cache/redisEnterprise',
            apiVersion: REDIS_API,
            resourceGroup: 'project',
            name: nameRules.managedRedis('redis-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: '{{param:sku}}' },
                properties: {
                    minimumTlsVersion: '1.2',
                    publicNetworkAccess: 'Disabled',
                    highAvailability: 'Enabled',
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
        {
            // Azure Managed Redis has exactly one database, named default.
            key: 'database',
            type: 'Microsoft.Cache/redisEnterprise/databases',
            apiVersion: REDIS_API,
            resourceGroup: 'project',
            parent: 'cluster',
            name: nameRules.fixedName('default'),
            body: {
                properties: {
                    clientProtocol: 'Encrypted',
                    port: 10000,
                    clusteringPolicy: 'OSSCluster',
                    evictionPolicy: 'VolatileLRU',
                    accessKeysAuthentication: 'Disabled',
                },
            },
            keyProperties: ['properties.accessKeysAuthentication'],
        },
        {
            // Entra ID access to the data: the project identity under the default access policy.
            key: 'access',
            type: 'Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments',
            apiVersion: REDIS_API,
            resourceGroup: 'project',
            parent: 'database',
            name: nameRules.fixedName('projectidentity'),
            body: {
                properties: { accessPolicyName: 'default', user: { objectId: '{{principalId:managedIdentity}}' } },
            },
        },
    ],
    privateEndpoints: [endpoint('cluster', 'redisEnterprise', 'privatelink.redis.azure.net')],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [],
    // ConnectionEvents is Azure Managed Redis' one log category: every level keeps it.
    diagnostics: [allLogs('database', true, diagnosticLevels.everyLog)],
    dataBearing: true,
    provisioningSeconds: 900,
    deletionSeconds: 600,
    requires: ['managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.privateWithChildren,
    options: [
        {
            name: 'sku',
            type: 'string',
            default: 'Balanced_B1',
            description: "Azure Managed Redis SKU, e.g. Balanced_B1 (Microsoft's mapping of the Standard C1 cache), Balanced_B0, MemoryOptimized_M10.",
        },
    ],
    notes: [
        'Azure Cache for Redis (Basic, Standard, Premium) retires on 2028-09-30 and new tenants cannot create it; Azure Managed Redis replaces it. Clients connect over TLS on port 10000 at <name>.<region>.redis.azure.net.',
    ],
};
const dataLake = {
    id: 'dataLake',
    title: 'Data lake (ADLS Gen2)',
    description: 'A storage account with hierarchical namespace: the ESML lake that Azure ML, Data Factory and Databricks share.',
    category: 'data',
    aliases: [],
    scope: 'project',
    baseline: ['esml'],
    resources: [
        {
            key: 'account',
            type: 'Microsoft.Storage/storageAccounts',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            name: nameRules.storage('dl{projectNumber}{loc}{salt}{env}'),
            body: {
                location: '{{location}}',
                kind: 'StorageV2',
                sku: { name: 'Standard_ZRS' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    isHnsEnabled: true,
                    accessTier: 'Hot',
                    allowBlobPublicAccess: false,
                    allowSharedKeyAccess: false,
                    minimumTlsVersion: 'TLS1_2',
                    supportsHttpsTrafficOnly: true,
                    publicNetworkAccess: 'Disabled',
                    networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                },
            },
            bodyWhenService: storageCmk,
            keyProperties: ['properties.isHnsEnabled', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [
        endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
        endpoint('account', 'dfs', 'privatelink.dfs.core.windows.net'),
    ],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [{ resource: 'account', logs: [], metrics: true }],
    dataBearing: true,
    provisioningSeconds: 30,
    deletionSeconds: 20,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    notes: [
        'Hierarchical namespace cannot be switched off after creation. A BYO lake is referenced, never created.',
    ],
};
const elastic = {
    id: 'elastic',
    title: 'Elastic Cloud (Elasticsearch)',
    description: 'An Elastic Cloud deployment billed through Azure Marketplace, linked to the subscription as an Elastic monitor.',
    category: 'data',
    aliases: ['enableElasticsearch', 'ENABLE_ELASTICSEARCH'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'monitor',
            type: 'Microsoft.Elastic/monitors',
            apiVersion: '2024-03-01',
            resourceGroup: 'project',
            name: nameRules.elasticMonitor('es-{project}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'ess-consumption-2024_Monthly' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    monitoringStatus: 'Enabled',
                    userInfo: {
                        firstName: '{{param:firstName}}',
                        lastName: '{{param:lastName}}',
                        companyName: '{{param:companyName}}',
                        emailAddress: '{{param:emailAddress}}',
                    },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 900,
    deletionSeconds: 600,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
    options: [
        {
            name: 'firstName',
            type: 'string',
            required: true,
            description: 'Elastic Cloud contact first name (elasticFirstName).',
        },
        {
            name: 'lastName',
            type: 'string',
            required: true,
            description: 'Elastic Cloud contact last name (elasticLastName).',
        },
        {
            name: 'companyName',
            type: 'string',
            required: true,
            description: 'Company name (elasticCompanyName).',
        },
        {
            name: 'emailAddress',
            type: 'string',
            required: true,
            description: 'Elastic Cloud account e-mail (elasticEmail).',
        },
    ],
    notes: [
        "A partner (SaaS) service: the Elastic deployment lives in Elastic Cloud; private access is through Elastic's own Private Link, outside this catalog.",
    ],
};
const dataServices = [
    cosmos('cosmosDb'),
    cosmos('cosmosDbMongo'),
    postgreSql,
    azureSql,
    redis,
    dataLake,
    elastic,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/foundation.js





const resourceGroups = {
    id: 'resourceGroups',
    title: 'Resource groups',
    description: "The project's resource group, and in standalone mode the common resource group that holds the VNet and the private DNS zones.",
    category: 'foundation',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'project',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            resourceGroup: 'project',
            name: nameRules.resourceGroup('{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg'),
            deployScope: { kind: 'subscription' },
            body: { location: '{{location}}' },
        },
        {
            key: 'common',
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2024-03-01',
            resourceGroup: 'common',
            name: nameRules.resourceGroup('{prefix}-esml-common-{loc}-{env}-{scaleSet}'),
            deployScope: { kind: 'subscription' },
            body: { location: '{{location}}' },
            modes: ['standalone'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 5,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: [],
    cleanup: ['resource'],
    notes: [
        'Outside standalone mode the common resource group belongs to the platform team: it is looked at, never created or deleted.',
    ],
};
const managedIdentity = {
    id: 'managedIdentity',
    title: 'Project managed identity',
    description: "The project's user-assigned managed identity ({{identityId}} in bodies): services that must pull or read before their own identity exists use it.",
    category: 'foundation',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'identity',
            type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
            apiVersion: '2024-11-30',
            resourceGroup: 'project',
            name: nameRules.userAssignedIdentity('mi-{project}-{loc}-{env}-{salt}'),
            body: { location: '{{location}}' },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 10,
    deletionSeconds: 10,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
};
const network = {
    id: 'network',
    title: 'Network (VNet, subnets, NSG)',
    description: "The project's subnets (allocated from the environment's address space), their network security group, and in standalone mode the VNet itself.",
    category: 'foundation',
    aliases: [],
    scope: 'common',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'vnet',
            type: 'Microsoft.Network/virtualNetworks',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(64)('vnt-{prefix}-{loc}-{env}-{scaleSet}'),
            // The core allocates the subnets and puts them inline in this body: a VNet PUT without them deletes them.
            body: {
                location: '{{location}}',
                properties: { addressSpace: { addressPrefixes: ['{{addressSpace}}'] } },
            },
            keyProperties: ['properties.addressSpace.addressPrefixes'],
            modes: ['standalone'],
        },
        {
            key: 'nsg',
            type: 'Microsoft.Network/networkSecurityGroups',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('nsg-{project}-{loc}-{env}'),
            body: { location: '{{location}}', properties: { securityRules: [] } },
        },
    ],
    privateEndpoints: [],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('nsg', false, diagnosticLevels.everyLog)],
    dataBearing: false,
    provisioningSeconds: 30,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
    notes: [
        'Subnet names are snt-<project>-<logical name>; an existing subnet never moves, freed ranges are reused.',
        'Foundry agent subnet injection does not support 10.0.0.0/8 address spaces (use 172.16.0.0/12 or 192.168.0.0/16).',
    ],
};
const privateDnsZones = {
    id: 'privateDnsZones',
    title: 'Private DNS zones',
    description: 'The privatelink DNS zones every enabled private endpoint needs, with a link to the VNet. Generated from the services; central in the hub outside standalone and hybrid mode.',
    category: 'foundation',
    aliases: [],
    scope: 'common',
    baseline: ['genai-1', 'esml'],
    resources: [],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'network'],
    cleanup: ['dnsRecords', 'resource'],
    notes: [
        'Creates zones only in standalone and hybrid mode; in every mode the endpoints register their A-records in the zones.',
        "In hub-spoke and vWAN mode the zones are the hub's (set environments.<env>.network.dnsZonesResourceGroup).",
    ],
};
const logAnalytics = {
    id: 'logAnalytics',
    title: 'Log Analytics workspace',
    description: 'Where every service sends its diagnostic logs and metrics.',
    category: 'operations',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.OperationalInsights/workspaces',
            apiVersion: '2025-02-01',
            resourceGroup: 'project',
            name: nameRules.logAnalytics('la-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    sku: { name: 'PerGB2018' },
                    retentionInDays: 30,
                    publicNetworkAccessForIngestion: 'Enabled',
                    publicNetworkAccessForQuery: 'Enabled',
                },
            },
            keyProperties: ['properties.sku.name', 'properties.retentionInDays'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: true,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['roleAssignments', 'resource'],
    notes: [
        'Private ingestion goes through an Azure Monitor Private Link Scope in the hub (enableAMPLS), which the platform owns.',
    ],
};
const appInsights = {
    id: 'appInsights',
    title: 'Application Insights',
    description: 'Application telemetry for Foundry, Azure ML and the apps, stored in the Log Analytics workspace.',
    category: 'operations',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'component',
            type: 'Microsoft.Insights/components',
            apiVersion: '2020-02-02',
            resourceGroup: 'project',
            name: nameRules.appInsights('ai-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'web',
                properties: {
                    Application_Type: 'web',
                    WorkspaceResourceId: '{{id:logAnalytics.workspace}}',
                    DisableLocalAuth: true,
                    publicNetworkAccessForIngestion: 'Enabled',
                    publicNetworkAccessForQuery: 'Enabled',
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('component', true, diagnosticLevels.everyLog)],
    dataBearing: true,
    provisioningSeconds: 30,
    deletionSeconds: 20,
    requires: ['logAnalytics'],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: cleanup.plain,
};
const keyVault = {
    id: 'keyVault',
    title: 'Key Vault',
    description: "The project's secrets and keys; RBAC authorization, purge protection on (required for customer-managed keys).",
    category: 'security',
    aliases: [],
    scope: 'project',
    baseline: ['genai-1', 'esml'],
    resources: [
        {
            key: 'vault',
            type: 'Microsoft.KeyVault/vaults',
            apiVersion: '2024-11-01',
            resourceGroup: 'project',
            name: nameRules.keyVault('kv-{projectNumber}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    tenantId: '{{tenantId}}',
                    sku: { family: 'A', name: 'standard' },
                    enableRbacAuthorization: true,
                    enableSoftDelete: true,
                    softDeleteRetentionInDays: 90,
                    enablePurgeProtection: true,
                    publicNetworkAccess: 'Disabled',
                    networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                },
            },
            keyProperties: ['properties.enablePurgeProtection', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('vault', 'vault', 'privatelink.vaultcore.azure.net')],
    subnets: [genaiSubnet],
    identity: 'none',
    roleAssignments: [projectIdentityRole(roles.keyVaultSecretsUser, 'keyVault')],
    diagnostics: [allLogs('vault')],
    dataBearing: true,
    softDelete: { kind: 'keyVault', retentionDays: 90, purgeProtection: true },
    provisioningSeconds: 30,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'managedIdentity'],
    cleanup: cleanup.privateSoftDeleted,
    notes: [
        'With purge protection the name stays blocked for 90 days after deletion; re-creating it recovers the deleted vault.',
    ],
};
function storageAccount(id, title, pattern, description) {
    return {
        id,
        title,
        description,
        category: 'data',
        aliases: [],
        scope: 'project',
        baseline: id === 'storage' ? ['genai-1', 'esml'] : ['genai-1'],
        resources: [
            {
                key: 'account',
                type: 'Microsoft.Storage/storageAccounts',
                apiVersion: '2025-01-01',
                resourceGroup: 'project',
                name: nameRules.storage(pattern),
                body: {
                    location: '{{location}}',
                    kind: 'StorageV2',
                    sku: { name: 'Standard_ZRS' },
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        accessTier: 'Hot',
                        allowBlobPublicAccess: false,
                        allowSharedKeyAccess: false,
                        minimumTlsVersion: 'TLS1_2',
                        supportsHttpsTrafficOnly: true,
                        publicNetworkAccess: 'Disabled',
                        networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
                    },
                },
                bodyWhenService: storageCmk,
                keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            endpoint('account', 'blob', 'privatelink.blob.core.windows.net'),
            endpoint('account', 'file', 'privatelink.file.core.windows.net'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [projectIdentityRole(roles.storageBlobDataContributor, id)],
        diagnostics: [{ resource: 'account', logs: [], metrics: true }],
        dataBearing: true,
        provisioningSeconds: 30,
        deletionSeconds: 20,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'managedIdentity'],
        cleanup: cleanup.private,
        notes: ['Storage accounts take metrics only at account level; blob logs live on the blobServices child.'],
    };
}
const storage = storageAccount('storage', 'Storage account', 'sa{projectNumber}{loc}{salt}{env}', 'The main storage account: Foundry and Azure ML data, agent files.');
const storage2 = storageAccount('storage2', 'Second storage account', 'sa2{projectNumber}{loc}{salt}{env}', 'The second storage account of GenAI-1: documents for RAG and indexing, kept apart from the platform data.');
const dashboard = {
    id: 'dashboard',
    title: 'Application Insights dashboard',
    description: "A shared Azure portal dashboard over the project's Application Insights.",
    category: 'operations',
    aliases: [
        'enableAppInsightsDashboard',
        'ENABLE_APPINSIGHTS_DASHBOARD',
        'serviceSettingDeployAppInsightsDashboard',
    ],
    scope: 'project',
    baseline: ['genai-1'],
    resources: [
        {
            key: 'dashboard',
            type: 'Microsoft.Portal/dashboards',
            apiVersion: '2026-04-01',
            resourceGroup: 'project',
            name: nameRules.dashboard('dash-{project}-{env}'),
            body: {
                location: '{{location}}',
                properties: {
                    lenses: [
                        {
                            order: 0,
                            parts: [
                                {
                                    position: { x: 0, y: 0, rowSpan: 4, colSpan: 6 },
                                    metadata: {
                                        type: 'Extension/AppInsightsExtension/PartType/AppMapGalPt',
                                        inputs: [{ name: 'ComponentId', value: '{{id:appInsights.component}}' }],
                                    },
                                },
                            ],
                        },
                    ],
                    metadata: {},
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 10,
    deletionSeconds: 10,
    requires: ['appInsights'],
    implies: [],
    uses: ['resourceGroups'],
    cleanup: ['resource'],
    notes: [
        'Microsoft.Portal/dashboards is GA since api-version 2026-04-01, which limits names to 3–24 letters, digits and hyphens.',
    ],
};
const foundationServices = [
    resourceGroups,
    managedIdentity,
    network,
    privateDnsZones,
    logAnalytics,
    appInsights,
    keyVault,
    storage,
    storage2,
    dashboard,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/app-runtimes.js
// The language runtimes of the project's Linux App Service apps, as `siteConfig.linuxFxVersion` values, and
// what else a Function App needs to agree with its stack. Only stacks still in support are offered: the web
// stacks are those the AzureWebApp@1 task lists for webAppLinux, the function stacks those Azure Functions 4.x
// supports on Linux (the only host version that runs them: FUNCTIONS_EXTENSION_VERSION ~4).
/** Web App stacks (`LANGUAGE|version`, Java with its Java SE build). */
const WEB_APP_STACKS = [
    'PYTHON|3.10',
    'PYTHON|3.11',
    'PYTHON|3.12',
    'PYTHON|3.13',
    'NODE|20-lts',
    'NODE|22-lts',
    'DOTNETCORE|8.0',
    'DOTNETCORE|9.0',
    'JAVA|11-java11',
    'JAVA|17-java17',
    'JAVA|21-java21',
];
/**
 * Function App stacks by the worker runtime each needs: the Functions host starts the worker named by the
 * FUNCTIONS_WORKER_RUNTIME app setting, which must be the language of linuxFxVersion. .NET runs in the isolated
 * worker model: the in-process model ends with .NET 8 (support until November 10, 2026).
 */
const FUNCTION_STACKS = {
    python: ['PYTHON|3.10', 'PYTHON|3.11', 'PYTHON|3.12'],
    node: ['NODE|20', 'NODE|22'],
    'dotnet-isolated': ['DOTNET-ISOLATED|8.0', 'DOTNET-ISOLATED|9.0'],
    java: ['JAVA|11', 'JAVA|17', 'JAVA|21'],
    powershell: ['POWERSHELL|7.4'],
};
/** Today's AI Factory deploys Python 3.11 web and function apps unless told otherwise. */
const DEFAULT_STACK = 'PYTHON|3.11';
const DEFAULT_WORKER_RUNTIME = 'python';
/** The Functions host version every stack above runs on. */
const FUNCTIONS_EXTENSION_VERSION = '~4';

;// CONCATENATED MODULE: ./build/core/catalog/services/hosting.js






const WEB_API = '2024-04-01';
const SITES_ZONE = 'privatelink.azurewebsites.net';
/** The option naming a bring-your-own App Service Environment v3 (web, function and logic apps, their plans). */
const ASE_OPTION = 'appServiceEnvironmentId';
/**
 * App Service VNet integration: one delegated subnet shared by the project's web, function and logic apps; not
 * needed when they run in a bring-your-own App Service Environment (it lives in its own subnet).
 */
const webappSubnet = {
    name: 'webapp',
    prefixLength: 27,
    delegation: 'Microsoft.Web/serverFarms',
    unlessOption: ASE_OPTION,
};
/** A plan inside a BYO App Service Environment v3: the ASE's Isolated v2 tier, placed by hostingEnvironmentProfile. */
const planInAse = {
    option: ASE_OPTION,
    set: {
        sku: { name: 'I1v2', tier: 'IsolatedV2', capacity: 1 },
        properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } },
    },
};
/** A site: in the BYO App Service Environment when one is named, else VNet-integrated through the webapp subnet. */
const siteNetworking = {
    option: ASE_OPTION,
    set: { properties: { hostingEnvironmentProfile: { id: `{{param:${ASE_OPTION}}}` } } },
    unset: { properties: { virtualNetworkSubnetId: '{{subnetId:webapp}}', vnetRouteAllEnabled: true } },
};
function registry(id) {
    const common = id === 'containerRegistryCommon';
    return {
        id,
        title: common ? 'Shared container registry (common)' : 'Container registry',
        description: common
            ? 'A Premium container registry in the common resource group, shared by the projects of the scale set.'
            : "The project's Premium container registry (Premium: private endpoints and customer-managed keys).",
        category: 'hosting',
        aliases: [],
        scope: common ? 'common' : 'project',
        baseline: common ? [] : ['esml'],
        resources: [
            {
                key: 'registry',
                type: 'Microsoft.ContainerRegistry/registries',
                apiVersion: '2025-04-01',
                resourceGroup: common ? 'common' : 'project',
                name: nameRules.containerRegistry(common ? 'acrcommon{loc}{salt}{env}' : 'acr{project}{loc}{salt}{env}'),
                body: {
                    location: '{{location}}',
                    sku: { name: 'Premium' },
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        adminUserEnabled: false,
                        anonymousPullEnabled: false,
                        publicNetworkAccess: 'Disabled',
                        networkRuleBypassOptions: 'AzureServices',
                        zoneRedundancy: 'Disabled',
                    },
                },
                // The shared registry holds every project's images: no project's key encrypts it.
                ...(common ? {} : { bodyWhenService: registryCmk, createOnly: CMK_AT_CREATION }),
                keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [endpoint('registry', 'registry', 'privatelink.azurecr.io')],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [projectIdentityRole(roles.acrPull, id)],
        diagnostics: [allLogs('registry', true, diagnosticLevels.containerRegistry)],
        dataBearing: true,
        provisioningSeconds: 60,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'managedIdentity'],
        cleanup: cleanup.private,
        modes: common ? ['standalone'] : undefined,
        notes: common
            ? ["Outside standalone mode the shared registry is the platform's (acr_dedicated: false today)."]
            : undefined,
    };
}
const appsOption = {
    name: 'apps',
    type: 'list',
    default: [],
    description: 'Container apps, each { name, image, cpu, memory, targetPort }, e.g. { name: api, image: mcr.microsoft.com/azuredocs/containerapps-helloworld:latest, cpu: 0.5, memory: 1Gi, targetPort: 80 }.',
};
const containerApps = {
    id: 'containerApps',
    title: 'Container Apps',
    description: 'An internal Container Apps environment injected into its delegated subnet, and the apps listed in services.containerApps.apps; images come from the project registry.',
    category: 'hosting',
    aliases: ['enableContainerApps', 'ENABLE_CONTAINER_APPS', 'serviceSettingDeployContainerApps'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'environment',
            type: 'Microsoft.App/managedEnvironments',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            name: nameRules.containerAppsEnvironment('cae-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                properties: {
                    vnetConfiguration: { internal: true, infrastructureSubnetId: '{{subnetId:aca}}' },
                    workloadProfiles: [{ name: 'Consumption', workloadProfileType: 'Consumption' }],
                    zoneRedundant: false,
                    appLogsConfiguration: { destination: 'azure-monitor' },
                },
            },
            keyProperties: ['properties.vnetConfiguration.internal'],
        },
        {
            key: 'app',
            type: 'Microsoft.App/containerApps',
            apiVersion: '2025-01-01',
            resourceGroup: 'project',
            forEach: 'apps',
            name: nameRules.containerApp('ca-{item}-{projectNumber}-{env}'),
            body: {
                location: '{{location}}',
                identity: { type: 'UserAssigned', userAssignedIdentities: { '{{identityId}}': {} } },
                properties: {
                    environmentId: '{{id:containerApps.environment}}',
                    workloadProfileName: 'Consumption',
                    configuration: {
                        activeRevisionsMode: 'Single',
                        ingress: { external: false, targetPort: '{{item:targetPort}}', transport: 'auto' },
                        registries: [
                            { server: '{{name:containerRegistry.registry}}.azurecr.io', identity: '{{identityId}}' },
                        ],
                    },
                    template: {
                        containers: [
                            {
                                name: '{{item:name}}',
                                image: '{{item:image}}',
                                resources: { cpu: '{{item:cpu}}', memory: '{{item:memory}}' },
                            },
                        ],
                        scale: { minReplicas: 1, maxReplicas: 3 },
                    },
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aca', prefixLength: 23, delegation: 'Microsoft.App/environments' }],
    identity: 'userAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('environment', true, diagnosticLevels.containerAppsEnvironment)],
    dataBearing: false,
    provisioningSeconds: 720,
    deletionSeconds: 600,
    requires: ['containerRegistry', 'managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.injected,
    options: [appsOption],
    notes: [
        'Apps pull with the project identity, which holds AcrPull on the registry before any app exists.',
        'The userAssignedIdentities key is the {{identityId}} placeholder: the desired-state builder resolves keys too.',
    ],
};
const aks = {
    id: 'aks',
    title: 'Azure Kubernetes Service',
    description: 'A private AKS cluster for general container workloads, independent of Azure ML.',
    category: 'hosting',
    aliases: ['enableAKS', 'ENABLE_AKS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'cluster',
            type: 'Microsoft.ContainerService/managedClusters',
            apiVersion: '2025-05-01',
            resourceGroup: 'project',
            name: nameRules.aks('aks-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Base', tier: 'Standard' },
                identity: { type: 'SystemAssigned' },
                properties: {
                    dnsPrefix: '{{name:aks.cluster}}',
                    enableRBAC: true,
                    disableLocalAccounts: true,
                    aadProfile: { managed: true, enableAzureRBAC: true },
                    apiServerAccessProfile: { enablePrivateCluster: true, privateDNSZone: 'system' },
                    networkProfile: {
                        networkPlugin: 'azure',
                        networkPluginMode: 'overlay',
                        outboundType: 'loadBalancer',
                    },
                    agentPoolProfiles: [
                        {
                            name: 'system',
                            mode: 'System',
                            count: 3,
                            vmSize: 'Standard_D4s_v5',
                            osType: 'Linux',
                            type: 'VirtualMachineScaleSets',
                            vnetSubnetID: '{{subnetId:aks2}}',
                        },
                    ],
                },
            },
            keyProperties: ['properties.agentPoolProfiles'],
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'aks2', prefixLength: 24 }],
    identity: 'systemAssigned',
    roleAssignments: [serviceRole(roles.acrPull, 'aks', 'containerRegistry')],
    diagnostics: [allLogs('cluster')],
    dataBearing: false,
    provisioningSeconds: 600,
    deletionSeconds: 420,
    requires: [],
    implies: [],
    uses: [...privateServiceUses, 'containerRegistry'],
    cleanup: ['roleAssignments', 'diagnosticSettings', 'resource', 'waitSubnetRelease'],
    notes: ['Private API server with a system-managed private DNS zone (privatelink.<region>.azmk8s.io).'],
};
const aseOption = {
    name: ASE_OPTION,
    type: 'string',
    description: "Resource id of a BYO App Service Environment v3 (today's byoASEv3). When set, the App Service plans run inside it (Isolated v2, hostingEnvironmentProfile), the apps get no VNet integration and the webapp subnet is not allocated. Set the same id on appServicePlan and on each app that runs there.",
};
const appServicePlan = {
    id: 'appServicePlan',
    title: 'App Service plan',
    description: 'The Linux plan (Premium v3) the web and function apps run on.',
    category: 'hosting',
    aliases: [],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'plan',
            type: 'Microsoft.Web/serverfarms',
            apiVersion: WEB_API,
            resourceGroup: 'project',
            name: nameRules.appServicePlan('asp-{project}-{loc}-{env}'),
            body: {
                location: '{{location}}',
                kind: 'linux',
                sku: { name: 'P0v3', tier: 'Premium0V3', capacity: 1 },
                properties: { reserved: true, zoneRedundant: false },
            },
            bodyWhenOption: [planInAse],
            keyProperties: ['sku.name'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [{ resource: 'plan', logs: [], metrics: true }],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource'],
    options: [aseOption],
};
/** The option choosing a site's language runtime: its `siteConfig.linuxFxVersion`. */
function runtimeStackOption(stacks, today) {
    return {
        name: 'runtimeStack',
        type: 'string',
        default: DEFAULT_STACK,
        choices: stacks,
        description: `The language runtime, as siteConfig.linuxFxVersion (LANGUAGE|version); today's ${today}.`,
    };
}
/** A Function App's app settings for one worker runtime (the host, the worker, its storage by identity). */
function functionAppSettings(workerRuntime) {
    return [
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: FUNCTIONS_EXTENSION_VERSION },
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: workerRuntime },
        { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
    ];
}
/** The app settings that follow a Function App's stack: one body part per worker runtime but the default. */
const workerRuntimeParts = Object.entries(FUNCTION_STACKS)
    .filter(([worker]) => worker !== DEFAULT_WORKER_RUNTIME)
    .map(([worker, stacks]) => ({
    option: 'runtimeStack',
    values: stacks,
    set: { properties: { siteConfig: { appSettings: functionAppSettings(worker) } } },
}));
function site(input) {
    const functions = input.id === 'functionApp';
    return {
        id: input.id,
        title: input.title,
        description: input.description,
        category: 'hosting',
        aliases: input.aliases,
        scope: 'project',
        baseline: [],
        resources: [
            {
                key: 'site',
                type: 'Microsoft.Web/sites',
                apiVersion: WEB_API,
                resourceGroup: 'project',
                name: nameRules.site(`${input.prefix}-{project}-{loc}-{env}-{salt}`),
                body: {
                    location: '{{location}}',
                    kind: input.kind,
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        serverFarmId: '{{id:appServicePlan.plan}}',
                        httpsOnly: true,
                        publicNetworkAccess: 'Disabled',
                        siteConfig: {
                            linuxFxVersion: '{{param:runtimeStack}}',
                            alwaysOn: true,
                            ftpsState: 'Disabled',
                            minTlsVersion: '1.2',
                            appSettings: input.appSettings,
                        },
                    },
                },
                bodyWhenOption: [siteNetworking, ...(functions ? workerRuntimeParts : [])],
                keyProperties: ['properties.publicNetworkAccess', 'properties.siteConfig.linuxFxVersion'],
            },
        ],
        privateEndpoints: [endpoint('site', 'sites', SITES_ZONE)],
        subnets: [genaiSubnet, webappSubnet],
        identity: 'systemAssigned',
        roleAssignments: [
            serviceRole(roles.keyVaultSecretsUser, input.id, 'keyVault'),
            ...(functions
                ? [
                    serviceRole(roles.storageBlobDataOwner, input.id, 'storage'),
                    serviceRole(roles.storageQueueDataContributor, input.id, 'storage'),
                    serviceRole(roles.storageTableDataContributor, input.id, 'storage'),
                ]
                : []),
            serviceRole(roles.monitoringMetricsPublisher, input.id, 'appInsights'),
        ],
        diagnostics: [allLogs('site', true, functions ? diagnosticLevels.functionApp : diagnosticLevels.webApp)],
        dataBearing: false,
        provisioningSeconds: 120,
        deletionSeconds: 60,
        requires: functions ? ['appServicePlan', 'storage'] : ['appServicePlan'],
        implies: [],
        uses: [...privateServiceUses, 'keyVault', 'appInsights', ...(functions ? [] : ['storage'])],
        cleanup: cleanup.injectedPrivate,
        options: [
            aseOption,
            runtimeStackOption(input.stacks, functions ? 'functionRuntime and functionVersion' : 'webAppRuntime and webAppRuntimeVersion'),
        ],
        notes: [
            ...(functions
                ? [
                    `FUNCTIONS_WORKER_RUNTIME follows the language of runtimeStack (python, node, dotnet-isolated, java, powershell); FUNCTIONS_EXTENSION_VERSION is ${FUNCTIONS_EXTENSION_VERSION}, the Functions host every Linux stack runs on.`,
                ]
                : []),
            'Outbound through the webapp subnet (/27, delegated to Microsoft.Web/serverFarms), inbound through the private endpoint; with a BYO App Service Environment (appServiceEnvironmentId) the app runs inside it: no VNet integration, no webapp subnet.',
        ],
    };
}
const webApp = site({
    id: 'webApp',
    title: 'Web App',
    description: "A Linux web app (Python 3.11 by default, runtimeStack) for the project's UI or API.",
    aliases: ['enableWebApp', 'ENABLE_WEBAPP', 'ENABLE_WEB_APP'],
    kind: 'app,linux',
    prefix: 'app',
    stacks: WEB_APP_STACKS,
    appSettings: [],
});
const functionApp = site({
    id: 'functionApp',
    title: 'Function App',
    description: 'A Linux function app on the project plan; its runtime storage is the project storage account, reached with its identity.',
    aliases: ['enableFunction', 'ENABLE_FUNCTION', 'serviceSettingDeployFunction'],
    kind: 'functionapp,linux',
    prefix: 'func',
    stacks: Object.values(FUNCTION_STACKS).flat(),
    appSettings: functionAppSettings(DEFAULT_WORKER_RUNTIME),
});
const botService = {
    id: 'botService',
    title: 'Azure Bot Service',
    description: 'A bot registration (single-tenant, managed identity) that channels such as Teams use to reach Foundry agents.',
    category: 'hosting',
    aliases: ['enableBotService', 'ENABLE_BOT_SERVICE'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'bot',
            type: 'Microsoft.BotService/botServices',
            apiVersion: '2022-09-15',
            resourceGroup: 'project',
            name: nameRules.botService('bot-{project}-{loc}-{env}-{salt}'),
            body: {
                location: 'global',
                kind: 'azurebot',
                sku: { name: 'S1' },
                properties: {
                    displayName: '{{name:botService.bot}}',
                    endpoint: '',
                    msaAppType: 'UserAssignedMSI',
                    msaAppId: '{{param:msaAppId}}',
                    msaAppTenantId: '{{tenantId}}',
                    msaAppMSIResourceId: '{{identityId}}',
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                },
            },
        },
    ],
    privateEndpoints: [
        endpoint('bot', 'Bot', 'privatelink.directline.botframework.com'),
        endpoint('bot', 'Token', 'privatelink.token.botframework.com'),
    ],
    subnets: [genaiSubnet],
    identity: 'userAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('bot', true, diagnosticLevels.everyLog)],
    dataBearing: false,
    provisioningSeconds: 60,
    deletionSeconds: 30,
    requires: ['managedIdentity'],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
    options: [
        {
            name: 'msaAppId',
            type: 'string',
            required: true,
            description: 'Client id of the project managed identity the bot authenticates as.',
        },
    ],
};
/** The names Azure refuses as a VM's admin user (OSProfile.adminUsername, "Disallowed values"). */
const RESERVED_ADMIN_NAMES = ('administrator admin user user1 test user2 test1 user3 admin1 1 123 a actuser adm admin2 aspnet backup ' +
    'console david guest john owner root server sql support support_388945a0 sys test2 test3 user4 user5').split(' ');
const adminUsernameOption = {
    name: 'adminUsername',
    type: 'string',
    default: 'esmladmin',
    pattern: `(?!(?:${RESERVED_ADMIN_NAMES.join('|')})$)[a-z_][a-z0-9_-]{0,63}`,
    patternText: "a Linux user name (1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or '_') other than the names Azure reserves (admin, administrator, root, user, test, …)",
    description: "The VM's admin user, who logs in with sshPublicKey (today's adminUsername). Azure takes it only when the VM is created: changing it re-creates the VM.",
};
function vm(id) {
    const admin = id === 'adminVirtualMachine';
    const rg = admin ? 'common' : 'project';
    return {
        id,
        title: admin ? 'Admin VM (common)' : 'Data science VM',
        description: admin
            ? 'A jump-box VM in the common resource group for the platform team, reached through Bastion.'
            : 'An Ubuntu Data Science VM in the project subnet, reached through Bastion with Entra ID login.',
        category: 'hosting',
        aliases: admin
            ? ['enableAdminVM', 'ENABLE_ADMIN_VM']
            : ['serviceSettingDeployProjectVM', 'SERVICE_SETTING_DEPLOY_PROJECT_VM'],
        scope: rg,
        baseline: [],
        resources: [
            {
                key: 'nic',
                type: 'Microsoft.Network/networkInterfaces',
                apiVersion: '2024-05-01',
                resourceGroup: rg,
                name: nameRules.network(80)(admin ? 'nic-admin-{loc}-{env}' : 'nic-dsvm-{project}-{env}'),
                body: {
                    location: '{{location}}',
                    properties: {
                        ipConfigurations: [
                            {
                                name: 'ipconfig1',
                                properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: '{{subnetId:genai}}' } },
                            },
                        ],
                    },
                },
            },
            {
                key: 'vm',
                type: 'Microsoft.Compute/virtualMachines',
                apiVersion: '2024-07-01',
                resourceGroup: rg,
                name: nameRules.virtualMachine(admin ? 'vm-admin-{loc}-{env}' : 'dsvm-{project}-{env}'),
                body: {
                    location: '{{location}}',
                    identity: { type: 'SystemAssigned' },
                    properties: {
                        hardwareProfile: { vmSize: 'Standard_D4s_v5' },
                        storageProfile: {
                            imageReference: {
                                publisher: 'microsoft-dsvm',
                                offer: 'ubuntu-2204',
                                sku: '2204-gen2',
                                version: 'latest',
                            },
                            osDisk: {
                                createOption: 'FromImage',
                                managedDisk: { storageAccountType: 'Premium_LRS' },
                                deleteOption: 'Delete',
                            },
                        },
                        osProfile: {
                            computerName: admin ? 'vm-admin' : 'dsvm',
                            adminUsername: '{{param:adminUsername}}',
                            linuxConfiguration: {
                                disablePasswordAuthentication: true,
                                ssh: {
                                    publicKeys: [
                                        {
                                            path: '/home/{{param:adminUsername}}/.ssh/authorized_keys',
                                            keyData: '{{param:sshPublicKey}}',
                                        },
                                    ],
                                },
                            },
                        },
                        networkProfile: {
                            networkInterfaces: [{ id: `{{id:${id}.nic}}`, properties: { deleteOption: 'Delete' } }],
                        },
                        securityProfile: {
                            securityType: 'TrustedLaunch',
                            uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
                        },
                    },
                },
                keyProperties: ['properties.hardwareProfile.vmSize'],
                createOnly: ['properties.osProfile.adminUsername'],
            },
        ],
        privateEndpoints: [],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [],
        diagnostics: [],
        dataBearing: true,
        provisioningSeconds: 180,
        deletionSeconds: 120,
        requires: [],
        implies: [],
        uses: ['resourceGroups', 'network', 'bastion'],
        cleanup: ['roleAssignments', 'resource'],
        options: [
            {
                name: 'sshPublicKey',
                type: 'string',
                required: true,
                description: 'SSH public key of the admin user, adminUsername (password login is off).',
            },
            adminUsernameOption,
        ],
        notes: ['The OS disk and the NIC go with the VM (deleteOption: Delete).'],
    };
}
const bastion = {
    id: 'bastion',
    title: 'Azure Bastion',
    description: 'Browser and native-client access to the VMs without public IPs on them; lives in the common resource group.',
    category: 'hosting',
    aliases: ['addBastionHost', 'ADD_BASTION_HOST'],
    scope: 'common',
    baseline: [],
    resources: [
        {
            key: 'publicIp',
            type: 'Microsoft.Network/publicIPAddresses',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('pip-bastion-{loc}-{env}-{scaleSet}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard', tier: 'Regional' },
                properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
            },
        },
        {
            key: 'bastion',
            type: 'Microsoft.Network/bastionHosts',
            apiVersion: '2024-05-01',
            resourceGroup: 'common',
            name: nameRules.network(80)('bastion-{loc}-{env}-{scaleSet}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard' },
                properties: {
                    enableTunneling: true,
                    ipConfigurations: [
                        {
                            name: 'ipconfig1',
                            properties: {
                                subnet: { id: '{{subnetId:AzureBastionSubnet}}' },
                                publicIPAddress: { id: '{{id:bastion.publicIp}}' },
                            },
                        },
                    ],
                },
            },
        },
    ],
    privateEndpoints: [],
    subnets: [{ name: 'AzureBastionSubnet', prefixLength: 26 }],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('bastion', true, diagnosticLevels.everyLog)],
    dataBearing: false,
    provisioningSeconds: 600,
    deletionSeconds: 300,
    requires: [],
    implies: [],
    uses: ['resourceGroups', 'network', 'logAnalytics'],
    cleanup: ['diagnosticSettings', 'resource', 'waitSubnetRelease'],
    modes: ['standalone', 'hybrid'],
    notes: [
        'Azure requires the subnet to be named exactly AzureBastionSubnet (at least /26): it is the one subnet not prefixed with the project.',
        "In hub-spoke and vWAN mode Bastion is the hub's.",
    ],
};
const hostingServices = [
    registry('containerRegistry'),
    registry('containerRegistryCommon'),
    containerApps,
    aks,
    appServicePlan,
    webApp,
    functionApp,
    botService,
    vm('virtualMachine'),
    vm('adminVirtualMachine'),
    bastion,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/integration.js





function dataFactory(id) {
    const common = id === 'dataFactoryCommon';
    return {
        id,
        title: common ? 'Data Factory (common)' : 'Data Factory',
        description: common
            ? 'A Data Factory in the common resource group, shared by the scale set for DataOps.'
            : "The project's Data Factory for DataOps into the data lake.",
        category: 'integration',
        aliases: common
            ? ['enableDatafactoryCommon', 'ENABLE_DATAFACTORY_COMMON']
            : ['enableDatafactory', 'ENABLE_DATAFACTORY'],
        scope: common ? 'common' : 'project',
        baseline: common ? [] : ['esml'],
        resources: [
            {
                key: 'factory',
                type: 'Microsoft.DataFactory/factories',
                apiVersion: '2018-06-01',
                resourceGroup: common ? 'common' : 'project',
                name: nameRules.dataFactory(common ? 'adf-common-{loc}-{env}-{salt}' : 'adf-{project}-{loc}-{env}-{salt}'),
                body: {
                    location: '{{location}}',
                    identity: { type: 'SystemAssigned' },
                    properties: { publicNetworkAccess: 'Disabled' },
                },
                keyProperties: ['properties.publicNetworkAccess'],
            },
        ],
        privateEndpoints: [
            endpoint('factory', 'dataFactory', 'privatelink.datafactory.azure.net'),
            endpoint('factory', 'portal', 'privatelink.adf.azure.com'),
        ],
        subnets: [genaiSubnet],
        identity: 'systemAssigned',
        roleAssignments: [
            serviceRole(roles.storageBlobDataContributor, id, 'dataLake'),
            serviceRole(roles.keyVaultSecretsUser, id, 'keyVault'),
        ],
        diagnostics: [allLogs('factory', true, diagnosticLevels.dataFactory)],
        dataBearing: false,
        provisioningSeconds: 60,
        deletionSeconds: 30,
        requires: [],
        implies: [],
        uses: [...privateServiceUses, 'dataLake', 'keyVault'],
        cleanup: cleanup.private,
        modes: common ? ['standalone'] : undefined,
        notes: common ? ["Outside standalone mode the common resource group is the platform's."] : undefined,
    };
}
const databricks = {
    id: 'databricks',
    title: 'Azure Databricks',
    description: 'A Premium Databricks workspace injected into the project VNet (public and private /26 subnets delegated to Microsoft.Databricks/workspaces), secure cluster connectivity, front end through a private endpoint.',
    category: 'integration',
    aliases: ['enableDatabricks', 'ENABLE_DATABRICKS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'workspace',
            type: 'Microsoft.Databricks/workspaces',
            apiVersion: '2024-05-01',
            resourceGroup: 'project',
            name: nameRules.databricks('dbx-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'premium' },
                properties: {
                    managedResourceGroupId: '/subscriptions/{{subscriptionId}}/resourceGroups/{{name:databricks.workspace}}-managed',
                    publicNetworkAccess: 'Disabled',
                    requiredNsgRules: 'NoAzureDatabricksRules',
                    parameters: {
                        customVirtualNetworkId: { value: '{{vnetId}}' },
                        customPublicSubnetName: { value: '{{subnetName:dbxpub}}' },
                        customPrivateSubnetName: { value: '{{subnetName:dbxpriv}}' },
                        enableNoPublicIp: { value: true },
                    },
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('workspace', 'databricks_ui_api', 'privatelink.azuredatabricks.net')],
    subnets: [
        genaiSubnet,
        { name: 'dbxpub', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
        { name: 'dbxpriv', prefixLength: 26, delegation: 'Microsoft.Databricks/workspaces' },
    ],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [allLogs('workspace', true, diagnosticLevels.everyLog)],
    dataBearing: true,
    provisioningSeconds: 420,
    deletionSeconds: 420,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.injectedPrivate,
    notes: [
        'Azure creates and deletes the managed resource group <workspace>-managed itself.',
        'The subnets need the network security group; Databricks adds its own rules to it (requiredNsgRules: NoAzureDatabricksRules with no public IP).',
    ],
};
const eventHubs = {
    id: 'eventHubs',
    title: 'Event Hubs',
    description: 'A Standard Event Hubs namespace with Entra ID authentication only.',
    category: 'integration',
    aliases: ['enableEventHubs', 'ENABLE_EVENT_HUBS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'namespace',
            type: 'Microsoft.EventHub/namespaces',
            apiVersion: '2024-01-01',
            resourceGroup: 'project',
            name: nameRules.eventHubsNamespace('evhns-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Standard', tier: 'Standard', capacity: 1 },
                identity: { type: 'SystemAssigned' },
                properties: {
                    publicNetworkAccess: 'Disabled',
                    disableLocalAuth: true,
                    minimumTlsVersion: '1.2',
                    isAutoInflateEnabled: false,
                },
            },
            keyProperties: ['sku.name', 'properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('namespace', 'namespace', 'privatelink.servicebus.windows.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [],
    diagnostics: [allLogs('namespace', true, diagnosticLevels.eventHubs)],
    dataBearing: true,
    provisioningSeconds: 120,
    deletionSeconds: 60,
    requires: [],
    implies: [],
    uses: privateServiceUses,
    cleanup: cleanup.private,
};
const logicApps = {
    id: 'logicApps',
    title: 'Logic Apps (Standard)',
    description: 'A single-tenant Logic App on its own Workflow Standard plan, VNet-integrated through the webapp subnet, runtime storage reached with its identity.',
    category: 'integration',
    aliases: ['enableLogicApps', 'ENABLE_LOGIC_APPS'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'plan',
            type: 'Microsoft.Web/serverfarms',
            apiVersion: '2024-04-01',
            resourceGroup: 'project',
            name: nameRules.appServicePlan('asp-logic-{project}-{loc}-{env}'),
            body: {
                location: '{{location}}',
                kind: 'elastic',
                sku: { name: 'WS1', tier: 'WorkflowStandard' },
                properties: { maximumElasticWorkerCount: 20, zoneRedundant: false },
            },
            bodyWhenOption: [planInAse],
            keyProperties: ['sku.name'],
        },
        {
            key: 'site',
            type: 'Microsoft.Web/sites',
            apiVersion: '2024-04-01',
            resourceGroup: 'project',
            name: nameRules.site('logic-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                kind: 'functionapp,workflowapp',
                identity: { type: 'SystemAssigned' },
                properties: {
                    serverFarmId: '{{id:logicApps.plan}}',
                    httpsOnly: true,
                    publicNetworkAccess: 'Disabled',
                    siteConfig: {
                        ftpsState: 'Disabled',
                        minTlsVersion: '1.2',
                        netFrameworkVersion: 'v8.0',
                        appSettings: [
                            { name: 'APP_KIND', value: 'workflowApp' },
                            { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' },
                            { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'dotnet' },
                            {
                                name: 'AzureFunctionsJobHost__extensionBundle__id',
                                value: 'Microsoft.Azure.Functions.ExtensionBundle.Workflows',
                            },
                            { name: 'AzureFunctionsJobHost__extensionBundle__version', value: '[1.*, 2.0.0)' },
                            { name: 'AzureWebJobsStorage__accountName', value: '{{name:storage.account}}' },
                        ],
                    },
                },
            },
            bodyWhenOption: [siteNetworking],
            keyProperties: ['properties.publicNetworkAccess'],
        },
    ],
    privateEndpoints: [endpoint('site', 'sites', 'privatelink.azurewebsites.net')],
    subnets: [genaiSubnet, webappSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.storageBlobDataOwner, 'logicApps', 'storage'),
        serviceRole(roles.storageQueueDataContributor, 'logicApps', 'storage'),
        serviceRole(roles.storageTableDataContributor, 'logicApps', 'storage'),
        serviceRole(roles.keyVaultSecretsUser, 'logicApps', 'keyVault'),
    ],
    diagnostics: [allLogs('site', true, diagnosticLevels.everyLog)],
    dataBearing: false,
    provisioningSeconds: 180,
    deletionSeconds: 90,
    requires: ['storage'],
    implies: [],
    uses: [...privateServiceUses, 'keyVault'],
    cleanup: cleanup.injectedPrivate,
    options: [aseOption],
};
const APIM_API = '2024-05-01';
/** Inbound: route to the Foundry backend, sign with the gateway's identity, limit tokens per subscription key. */
const AI_GATEWAY_POLICY = [
    '<policies>',
    '<inbound>',
    '<base />',
    '<set-backend-service backend-id="{{name:apiManagement.backend}}" />',
    '<authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
    '<azure-openai-token-limit counter-key="@(context.Subscription.Id)" tokens-per-minute="{{param:tokensPerMinute}}" estimate-prompt-tokens="true" remaining-tokens-header-name="x-ratelimit-remaining-tokens" />',
    '</inbound>',
    '<backend><base /></backend>',
    '<outbound><base /></outbound>',
    '<on-error><base /></on-error>',
    '</policies>',
].join('');
/** One Azure OpenAI inference operation of the gateway's API (deployment in the path, api-version passed on). */
function openAIOperation(key, displayName, path) {
    return {
        key,
        type: 'Microsoft.ApiManagement/service/apis/operations',
        apiVersion: APIM_API,
        resourceGroup: 'project',
        parent: 'api',
        name: nameRules.apiManagementChild(key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)),
        body: {
            properties: {
                displayName,
                method: 'POST',
                urlTemplate: `/deployments/{deployment-id}/${path}`,
                templateParameters: [{ name: 'deployment-id', type: 'string', required: true }],
            },
        },
    };
}
const apiManagement = {
    id: 'apiManagement',
    title: 'API Management (AI gateway)',
    description: "API Management in front of the project's model endpoints: token limits, load balancing and metrics per consumer; calls Foundry and Azure OpenAI with its identity.",
    category: 'integration',
    aliases: [],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'service',
            type: 'Microsoft.ApiManagement/service',
            apiVersion: APIM_API,
            resourceGroup: 'project',
            name: nameRules.apiManagement('apim-{project}-{loc}-{env}-{salt}'),
            body: {
                location: '{{location}}',
                sku: { name: 'Developer', capacity: 1 },
                identity: { type: 'SystemAssigned' },
                properties: {
                    publisherEmail: '{{param:publisherEmail}}',
                    publisherName: '{{param:publisherName}}',
                    // ARM refuses Disabled at creation; switch it off once the private endpoint is approved.
                    publicNetworkAccess: 'Enabled',
                    virtualNetworkType: 'None',
                },
            },
            keyProperties: ['sku.name'],
        },
        {
            // The Foundry account's Azure OpenAI endpoint; the API's policy signs calls with the gateway's identity.
            key: 'backend',
            type: 'Microsoft.ApiManagement/service/backends',
            apiVersion: APIM_API,
            resourceGroup: 'project',
            parent: 'service',
            name: nameRules.apiManagementChild('foundry-openai'),
            body: {
                properties: {
                    url: 'https://{{name:aiFoundry.account}}.openai.azure.com/openai',
                    protocol: 'http',
                    description: "The project's Foundry models (Azure OpenAI endpoint)",
                },
            },
        },
        {
            key: 'api',
            type: 'Microsoft.ApiManagement/service/apis',
            apiVersion: APIM_API,
            resourceGroup: 'project',
            parent: 'service',
            name: nameRules.apiManagementChild('azure-openai'),
            body: {
                properties: {
                    displayName: 'Azure OpenAI',
                    path: 'openai',
                    protocols: ['https'],
                    subscriptionRequired: true,
                    subscriptionKeyParameterNames: { header: 'api-key', query: 'api-key' },
                },
            },
        },
        openAIOperation('chatCompletions', 'Chat completions', 'chat/completions'),
        openAIOperation('embeddings', 'Embeddings', 'embeddings'),
        {
            key: 'policy',
            type: 'Microsoft.ApiManagement/service/apis/policies',
            apiVersion: APIM_API,
            resourceGroup: 'project',
            parent: 'api',
            name: nameRules.fixedName('policy'),
            // The policy names the backend by id: APIM refuses it before the backend exists.
            waitsFor: ['apiManagement.backend'],
            body: { properties: { format: 'rawxml', value: AI_GATEWAY_POLICY } },
        },
    ],
    privateEndpoints: [endpoint('service', 'Gateway', 'privatelink.azure-api.net')],
    subnets: [genaiSubnet],
    identity: 'systemAssigned',
    roleAssignments: [
        serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'aiFoundry'),
        serviceRole(roles.cognitiveServicesOpenAIUser, 'apiManagement', 'azureOpenAI'),
    ],
    diagnostics: [allLogs('service', true, diagnosticLevels.everyLog)],
    dataBearing: false,
    softDelete: { kind: 'apiManagement', retentionDays: 2, purgeProtection: false },
    provisioningSeconds: 2400,
    deletionSeconds: 1800,
    requires: ['aiFoundry'],
    implies: [],
    uses: [...privateServiceUses, 'azureOpenAI'],
    cleanup: cleanup.privateSoftDeleted,
    options: [
        {
            name: 'publisherEmail',
            type: 'string',
            required: true,
            description: 'E-mail of the API publisher (notifications).',
        },
        {
            name: 'publisherName',
            type: 'string',
            required: true,
            description: 'Name of the publishing organisation.',
        },
        {
            name: 'tokensPerMinute',
            type: 'number',
            default: 10000,
            description: 'Tokens per minute each subscription key may use (azure-openai-token-limit); over it, callers get 429.',
        },
    ],
    notes: [
        "Today's pipelines only link an existing instance (foundryApiManagementResourceId); there is no enable flag for it.",
        "The AI gateway: a backend for Foundry's Azure OpenAI endpoint, an API at /openai (chat completions, embeddings) and a policy that calls the backend with the gateway's managed identity and limits tokens per subscription key.",
        'A deleted instance stays soft-deleted for 48 hours and blocks its name until purged.',
    ],
};
const integrationServices = [
    dataFactory('dataFactory'),
    dataFactory('dataFactoryCommon'),
    databricks,
    eventHubs,
    logicApps,
    apiManagement,
];

;// CONCATENATED MODULE: ./build/core/catalog/services/security.js



const PRICING_TYPE = 'Microsoft.Security/pricings';
const PRICING_API = '2024-01-01';
const defenderForAI = {
    id: 'defenderForAI',
    title: 'Defender for AI (subscription)',
    description: "Microsoft Defender for Cloud's AI threat protection plan for every AI resource of the environment's subscription.",
    category: 'security',
    aliases: ['enableDefenderforAISubLevel', 'ENABLE_DEFENDER_FOR_AI_SUB_LEVEL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            key: 'pricing',
            type: PRICING_TYPE,
            apiVersion: PRICING_API,
            resourceGroup: 'project',
            deployScope: { kind: 'subscription' },
            name: nameRules.fixedName('AI'),
            body: { properties: { pricingTier: 'Standard' } },
            keyProperties: ['properties.pricingTier'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: [],
    implies: [],
    uses: [],
    cleanup: ['resource'],
    notes: [
        'Subscription-wide: switching it off sets the plan back to Free for every project in the subscription, so deleting it needs an explicit allow.',
    ],
};
const defenderForAIResources = {
    id: 'defenderForAIResources',
    title: 'Defender for AI (resource level)',
    description: "Defender for AI threat protection on the project's Foundry resource only, instead of the whole subscription.",
    category: 'security',
    aliases: ['enableDefenderforAIResourceLevel', 'ENABLE_DEFENDER_FOR_AI_RESOURCE_LEVEL'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            // The Pricings API takes a resource scope only for VMs, VM scale sets and Arc machines; an AI resource is
            // switched on by its own defenderForAISettings child (one per account, named Default).
            key: 'setting',
            type: 'Microsoft.CognitiveServices/accounts/defenderForAISettings',
            apiVersion: '2025-06-01',
            resourceGroup: 'project',
            parent: 'account',
            parentService: 'aiFoundry',
            name: nameRules.fixedName('Default'),
            body: { properties: { state: 'Enabled' } },
            keyProperties: ['properties.state'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [],
    diagnostics: [],
    dataBearing: false,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: ['aiFoundry'],
    implies: [],
    uses: [],
    cleanup: ['childResources'],
    notes: [
        'Azure has no delete for a Defender for AI setting: switching it off sets the state to Disabled; it goes with the Foundry account.',
    ],
};
const customerManagedKey = {
    id: 'customerManagedKey',
    title: 'Customer-managed keys (CMK)',
    description: "Encryption at rest with an RSA key the tool creates in the project Key Vault: the storage accounts, the data lake, Cosmos DB, Foundry and the other Cognitive Services accounts, the project container registry and Azure ML use it through the project's managed identity, which holds Key Vault Crypto Service Encryption User on the vault before any of them is encrypted.",
    category: 'security',
    aliases: ['cmk', 'CMK'],
    scope: 'project',
    baseline: [],
    resources: [
        {
            // Created once: ARM's PUT of an existing key changes nothing and makes no new version.
            key: 'key',
            type: 'Microsoft.KeyVault/vaults/keys',
            apiVersion: '2024-11-01',
            resourceGroup: 'project',
            parent: 'vault',
            parentService: 'keyVault',
            nameOption: 'keyName',
            name: nameRules.keyVaultKey('{item}'),
            body: {
                properties: {
                    kty: 'RSA',
                    // 2048: the size every Azure service that takes a customer-managed key accepts.
                    keySize: 2048,
                    keyOps: ['wrapKey', 'unwrapKey'],
                    attributes: { enabled: true, exportable: false },
                },
            },
            keyProperties: ['properties.kty', 'properties.keySize'],
        },
    ],
    privateEndpoints: [],
    subnets: [],
    identity: 'none',
    roleAssignments: [
        // Granted before the key counts as there: whatever is encrypted with it waits for the key.
        { ...projectIdentityRole(roles.keyVaultCryptoServiceEncryptionUser, 'keyVault'), before: ['key'] },
    ],
    requiresSettings: [
        {
            resource: 'keyVault.vault',
            path: 'properties.enablePurgeProtection',
            value: true,
            reason: 'a key in a vault that can be purged could be lost for good, and the data encrypted with it',
        },
        {
            resource: 'keyVault.vault',
            path: 'properties.enableSoftDelete',
            value: true,
            reason: 'Azure refuses customer-managed keys from a vault without soft delete',
        },
    ],
    diagnostics: [],
    // Not data itself, but every encrypted service's data is unreadable without the key's role: switching it off
    // needs an explicit allow, and never deletes the key.
    dataBearing: true,
    provisioningSeconds: 15,
    deletionSeconds: 15,
    requires: ['keyVault', 'managedIdentity'],
    implies: [],
    uses: [],
    cleanup: ['roleAssignments'],
    options: [
        {
            name: 'keyName',
            type: 'string',
            required: true,
            description: 'Name of the RSA key the tool creates in the project Key Vault (cmkKeyName).',
        },
        {
            name: 'keyVersion',
            type: 'string',
            default: '',
            description: 'Pin every encrypted service to this key version (cmkKeyVersion). Empty: storage, the data lake, Cosmos DB and the registry follow rotation; Foundry, the other Cognitive Services accounts and Azure ML take the version current when they are deployed.',
        },
        {
            name: 'disableForFoundry',
            type: 'boolean',
            default: false,
            description: "Keep Foundry on Microsoft-managed keys while the other services use the customer-managed key (today's cmkDisableForFoundry true).",
        },
        {
            name: 'enforceOnAISearch',
            type: 'boolean',
            default: false,
            description: 'AI Search refuses indexes and synonym maps without a customer-managed key (today: cmkDisableForAISearch false). Foundry creates indexes without one.',
        },
    ],
    notes: [
        'Requires the Key Vault to have purge protection and soft delete on (the catalog creates it so); validation fails otherwise, also when the existing vault reports them off.',
        'Encrypted: storage, storage2, dataLake (keyvaultproperties without a version follows rotation), cosmosDb and cosmosDbMongo (versionless keyVaultKeyUri), all through the project identity; AI Search enforcement on request.',
        "Also encrypted, with values read from the live identity and key right before the deploy (known after apply): Foundry (unless disableForFoundry), Azure OpenAI, Speech, Vision, Document Intelligence and Content Safety (key name, the key's version current at deploy, the identity's client id; a key rotated later is picked up by setting keyVersion), the project container registry (versionless key, follows rotation) and Azure ML (versioned key identifier). Each gets the project identity beside its own.",
        'A container registry and an Azure ML workspace take the key only when they are created: switching it on or off for an existing registry re-creates the registry (blocked unless destroying containerRegistry is allowed); for an existing workspace the plan refuses, since a deleted workspace keeps its name soft-deleted for 14 days: delete and permanently delete it first.',
        "Azure ML keeps the workspace's metadata in a Microsoft-managed resource group encrypted with the key; Microsoft's examples also grant the tenant's Azure Cosmos DB service principal Key Vault Crypto Service Encryption User on the vault, which the tool does not (its object id differs per tenant).",
        "Not encrypted: the shared (common) container registry, which holds every project's images.",
        'Switching it off removes only the role assignment; the key stays in the vault, and Cosmos DB cannot go back to service-managed keys.',
    ],
};
const securityServices = [
    defenderForAI,
    defenderForAIResources,
    customerManagedKey,
];

;// CONCATENATED MODULE: ./build/core/catalog/index.js









/**
 * Today's diagnosticSettingLevel values, as the AI Factory defines them: gold sends every metric and log, silver
 * the key metrics and logs, bronze the essential ones. Each level sends all metrics; the logs are the audit
 * category group unless a resource's `levels` name the categories the AI Factory picks for its type.
 */
const catalog_diagnosticLevels = {
    gold: { logs: 'allLogs', metrics: true, description: 'every log category and all metrics (comprehensive)' },
    silver: {
        logs: 'audit',
        metrics: true,
        description: 'the audit and key operational logs per type, all metrics (balanced)',
    },
    bronze: { logs: 'audit', metrics: true, description: 'the essential logs per type, all metrics (basic)' },
};
const catalog = {
    version: 1,
    services: [
        ...foundationServices,
        ...aiServices,
        ...hostingServices,
        ...dataServices,
        ...integrationServices,
        ...securityServices,
    ],
    regions: regions,
    environmentNames: { dev: 'dev', stage: 'test', test: 'test', prod: 'prod' },
    personas: personas,
    platformApiVersions: platformApiVersions,
    diagnosticLevels: catalog_diagnosticLevels,
    defaultDiagnosticLevel: 'gold',
};
function getService(c, id) {
    return c.services.find((s) => s.id === id);
}
/** Flag spellings compare without case, underscores and hyphens: enableAISearch = ENABLE_AI_SEARCH. */
function normalizeFlag(name) {
    return name.toLowerCase().replace(/[_-]/g, '');
}
/**
 * The service a flag name switches: its id (canonical) or one of today's names (`enableAISearch`,
 * `ENABLE_AI_SEARCH`), compared without case and underscores. A different-case id is accepted, not canonical.
 */
function findServiceByFlagName(c, name) {
    const exact = c.services.find((s) => s.id === name);
    if (exact)
        return { service: exact, canonical: true };
    const key = normalizeFlag(name);
    if (key === '')
        return undefined;
    const service = c.services.find((s) => normalizeFlag(s.id) === key || s.aliases.some((alias) => normalizeFlag(alias) === key));
    return service ? { service, canonical: false } : undefined;
}
/** A region by name (`swedencentral`), display name (`Sweden Central`) or short code (`sdc`), without case. */
function findRegion(c, name) {
    const key = name.trim().toLowerCase();
    const compact = key.replace(/\s+/g, '');
    return (c.regions.find((r) => r.name === compact) ??
        c.regions.find((r) => r.displayName.toLowerCase() === key) ??
        c.regions.find((r) => r.short === key));
}


/***/ }),

/***/ 438:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Ej: () => (/* binding */ size),
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   HV: () => (/* binding */ last),
/* harmony export */   Hq: () => (/* binding */ hostMask),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   mG: () => (/* binding */ formatCidr),
/* harmony export */   n1: () => (/* binding */ isClassAPrivate)
/* harmony export */ });
// IPv4 CIDR arithmetic for address spaces and subnets. Addresses are unsigned 32-bit numbers.
const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
/** Parses `a.b.c.d/n`; undefined when malformed or when host bits are set (Azure rejects those). */
function parseCidr(text) {
    const m = CIDR_PATTERN.exec(text.trim());
    if (!m)
        return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32)
        return undefined;
    const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
    if ((address & hostMask(prefix)) !== 0)
        return undefined;
    return { base: address, prefix };
}
function hostMask(prefix) {
    return prefix === 0 ? 0xffffffff : (2 ** (32 - prefix) - 1) >>> 0;
}
function size(c) {
    return 2 ** (32 - c.prefix);
}
/** Last address in the range, inclusive. */
function last(c) {
    return c.base + size(c) - 1;
}
function formatCidr(c) {
    const a = c.base;
    return `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}/${c.prefix}`;
}
function overlaps(a, b) {
    return a.base <= last(b) && b.base <= last(a);
}
function contains(outer, inner) {
    return inner.base >= outer.base && last(inner) <= last(outer);
}
/** True for 10.0.0.0/8 (class A private range), which Foundry agent subnet injection does not support. */
function isClassAPrivate(c) {
    return c.base >>> 24 === 10;
}


/***/ }),

/***/ 5258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xy: () => (/* reexport */ formatDiagnostic),
  o4: () => (/* reexport */ parseConfig),
  aP: () => (/* reexport */ selectEnvironment)
});

// UNUSED EXPORTS: environmentFlags, servicesOn

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __webpack_require__(438);
// EXTERNAL MODULE: ./build/core/suggest.js
var suggest = __webpack_require__(7980);
;// CONCATENATED MODULE: ./build/core/config/defaults.js
const DEFAULT_ARCHITECTURE = 'genai-1';
const DEFAULT_NETWORK_MODE = 'standalone';
const DEFAULT_SCALE_SET = '001';
/** A model deployment's defaults, besides name, model and version which the user gives. */
const DEFAULT_DEPLOYMENT = { format: 'OpenAI', sku: 'Standard', capacity: 10 };
/** Every catalog option that has a default, so config.services shows what the plan will use. */
function defaultServiceOptions(catalog) {
    const result = {};
    for (const service of catalog.services) {
        for (const option of service.options ?? []) {
            if (option.default === undefined)
                continue;
            result[service.id] ??= {};
            result[service.id][option.name] = structuredClone(option.default);
        }
    }
    return result;
}

// EXTERNAL MODULE: ./build/core/catalog/index.js + 15 modules
var core_catalog = __webpack_require__(3436);
;// CONCATENATED MODULE: ./build/core/config/lookup.js


/** The id matches exactly (canonical); today's names (enableAISearch, ENABLE_AI_SEARCH) in any case. */
const serviceByFlagName = core_catalog/* findServiceByFlagName */.NM;
/** The canonical id nearest to a misspelt flag, looking at ids and aliases alike. */
function suggestService(catalog, name) {
    const choices = catalog.services.flatMap((s) => [s.id, ...s.aliases]);
    const guess = (0,suggest/* suggest */.Z)(name, choices);
    return guess === undefined ? undefined : serviceByFlagName(catalog, guess)?.service.id;
}
/** Only the region's name itself: it goes into the file as the one spelling names are built from. */
function regionByName(catalog, name) {
    return catalog.regions.find((r) => r.name === name);
}
/** A display name or short code ('Sweden Central', 'sdc') names its region; else the nearest name. */
function suggestRegion(catalog, name) {
    return ((0,core_catalog/* findRegion */.g6)(catalog, name)?.name ??
        (0,suggest/* suggest */.Z)(name, catalog.regions.map((r) => r.name)));
}
const PARAM = /\{\{param:([A-Za-z0-9_]+)/g;
/** Option names a service reads: its declared options, {{param:…}} placeholders and forEach lists. */
function catalogOptionNames(service) {
    const names = new Set((service.options ?? []).map((o) => o.name));
    for (const resource of service.resources) {
        if (resource.forEach)
            names.add(resource.forEach);
        for (const match of JSON.stringify(resource.body).matchAll(PARAM))
            names.add(match[1]);
    }
    return [...names];
}

;// CONCATENATED MODULE: ./build/core/config/flags.js

function resolveFlags(raw, sectionPath, catalog, keyLocations, valueLocations, diagnostics) {
    const flags = {};
    const locations = {};
    const writtenAs = {};
    for (const entry of raw) {
        const keyLocation = keyLocations[entry.path];
        const found = serviceByFlagName(catalog, entry.name);
        if (!found) {
            const guess = suggestService(catalog, entry.name);
            diagnostics.push({
                severity: 'error',
                code: 'flags.unknown',
                message: `unknown flag '${entry.name}' in ${sectionPath}: no service has this name`,
                location: keyLocation,
                hint: `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services and their flag names`,
            });
            continue;
        }
        const id = found.service.id;
        const value = toBoolean(entry.value);
        if (value === undefined) {
            diagnostics.push({
                severity: 'error',
                code: 'flags.bad-value',
                message: `flag '${entry.name}' must be true or false, found ${describeValue(entry.value)}`,
                location: valueLocations[entry.path] ?? keyLocation,
                hint: `write ${id}: true or ${id}: false`,
            });
            continue;
        }
        const canonicalPath = `${sectionPath}.${id}`;
        if (flags[id] !== undefined) {
            const first = locations[canonicalPath];
            diagnostics.push({
                severity: 'error',
                code: 'flags.duplicate',
                message: `'${entry.name}' sets the flag '${id}' a second time in ${sectionPath} (first as '${writtenAs[id]}' at line ${first?.line})`,
                location: keyLocation,
                hint: `keep one ${id}: entry`,
            });
            continue;
        }
        const isText = typeof entry.value === 'string';
        if (!found.canonical || isText) {
            const why = [
                found.canonical ? undefined : `'${entry.name}' is today's pipeline name of the flag '${id}'`,
                isText ? `the value is the text "${String(entry.value)}", not a boolean` : undefined,
            ].filter(Boolean);
            diagnostics.push({
                severity: 'note',
                code: 'flags.legacy-spelling',
                message: `${why.join('; ')}`,
                location: keyLocation,
                hint: `write ${id}: ${value}`,
            });
        }
        flags[id] = value;
        writtenAs[id] = entry.name;
        locations[canonicalPath] = keyLocation;
    }
    return { flags, locations };
}
function toBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string') {
        if (/^true$/i.test(value.trim()))
            return true;
        if (/^false$/i.test(value.trim()))
            return false;
    }
    return undefined;
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return `the text '${value}'`;
    if (typeof value === 'object' && 'notScalar' in value)
        return String(value.notScalar);
    return String(value);
}

;// CONCATENATED MODULE: ./build/core/config/spec.js
// The shape of aifactory.yaml as data. The YAML checker walks it (unknown keys, types, required keys,
// patterns) and the JSON Schema for editors is generated from it, so the two cannot disagree.
// Checks that need the catalog or several keys at once live in semantic.ts.
const GUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const GUID_TEXT = 'a GUID such as 11111111-2222-3333-4444-555555555555';
/** Goes into every resource name, including storage and registry names (no '-', lower case, ≤ 24). */
const PREFIX_PATTERN = '^[a-z][a-z0-9]{1,5}$';
const PREFIX_TEXT = '2 to 6 lower-case letters or digits, starting with a letter';
/** Environment keys go into resource names as well. */
const ENVIRONMENT_NAME_PATTERN = '^[a-z][a-z0-9]{0,7}$';
const ENVIRONMENT_NAME_TEXT = '1 to 8 lower-case letters or digits, starting with a letter';
const DEPLOYMENT_SKUS = [
    'Standard',
    'GlobalStandard',
    'DataZoneStandard',
    'ProvisionedManaged',
    'GlobalProvisionedManaged',
    'DataZoneProvisionedManaged',
    'GlobalBatch',
    'DataZoneBatch',
];
const guid = (description) => ({
    kind: 'string',
    pattern: GUID_PATTERN,
    patternText: GUID_TEXT,
    description,
});
/** Azure's rule for resource group names. */
const RESOURCE_GROUP_PATTERN = '^[-\\w.()]{0,89}[-\\w()]$';
const RESOURCE_GROUP_TEXT = 'a resource group name: 1 to 90 letters, digits, "_", "-", ".", "(" or ")", not ending in "."';
const serviceList = (description) => ({
    kind: 'array',
    uniqueItems: true,
    items: { kind: 'string', description: 'A service id (see `aifactory catalog`).' },
    description,
});
const networkSpec = {
    kind: 'object',
    description: 'The platform network this environment joins (hub-spoke, vwan, hybrid). Not used in standalone mode, where the project brings its own VNet and private DNS zones.',
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
        dnsZonesSubscriptionId: guid('Subscription holding the central private DNS zones (hub-spoke, vwan). Optional in hybrid mode, where the project creates its own zones.'),
        dnsZonesResourceGroup: {
            kind: 'string',
            pattern: RESOURCE_GROUP_PATTERN,
            patternText: RESOURCE_GROUP_TEXT,
            description: 'Resource group of the central private DNS zones (hub-spoke, vwan).',
        },
    },
};
/** `diagnostics.level`: the names are the catalog's diagnostic levels, checked when the config is built. */
const diagnosticsSpec = (where) => ({
    kind: 'object',
    description: `Diagnostic settings ${where}.`,
    required: ['level'],
    properties: {
        level: {
            kind: 'string',
            description: "What every diagnostic setting sends to Log Analytics: gold (all logs and metrics), silver (the audit and key operational logs, metrics), bronze (the essential logs, metrics) — today's diagnosticSettingLevel. Default gold.",
        },
    },
});
const environmentSpec = {
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
            description: "IPv4 range (CIDR) the project's subnets are allocated from. Must not overlap another environment's. Prefer 172.16.0.0/12 or 192.168.0.0/16: the Foundry account injects its agents into a subnet, and agent subnet injection takes a 10.0.0.0/8 range only in some regions (see docs/config.md).",
        },
        location: {
            kind: 'string',
            description: 'Azure region of this environment; defaults to project.location.',
        },
        flags: {
            kind: 'flags',
            description: 'Overrides of the base flags for this environment only.',
        },
        allowDestroy: serviceList("Services (or 'all') this environment may delete even when they hold data or are protected."),
        purgeSoftDeleted: serviceList("Services (or 'all') whose soft-deleted Cognitive Services accounts are purged when the service is deleted here, freeing the name at once; otherwise they stay recoverable under their name for the retention days, and re-enabling the service recovers them."),
        personas: {
            kind: 'map',
            description: "The project's Entra groups by persona: each persona gets its built-in roles on the services.",
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
const deploymentSpec = {
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
const deploymentsSpec = {
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
const serviceOptionSpecs = {
    aiFoundry: deploymentsSpec,
    azureOpenAI: deploymentsSpec,
};
const configSpec = {
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
                    description: 'Tags put on every resource group and resource, besides the aifactory-* ownership tags.',
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
                    description: "standalone: own VNet and private DNS zones (PoC); hub-spoke / vwan: the platform's VNet and central DNS zones; hybrid: the platform's VNet, own DNS zones, public access beside private endpoints. Default 'standalone'.",
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
            description: "Add-on services on (true) or off (false), the base for every environment. Keys are service ids; the names of today's pipelines (enableAISearch, ENABLE_AI_SEARCH) are accepted with a note.",
        },
        diagnostics: diagnosticsSpec('of every environment (environments.<env>.diagnostics overrides it)'),
        protect: serviceList('More services whose deletion needs an explicit allow (services holding data always do).'),
        services: {
            kind: 'map',
            description: 'Options of individual services, by service id.',
            valuesByKey: serviceOptionSpecs,
            values: {
                kind: 'map',
                description: 'Options of a service without a schema here: the names its catalog entry reads ({{param:…}}).',
                values: { kind: 'any', description: 'Option value.' },
            },
        },
    },
};

// EXTERNAL MODULE: ./build/core/soft-delete.js
var soft_delete = __webpack_require__(7938);
;// CONCATENATED MODULE: ./build/core/config/build.js







class Builder {
    ctx;
    catalog;
    constructor(ctx, catalog) {
        this.ctx = ctx;
        this.catalog = catalog;
    }
    error(code, message, location, hint) {
        this.ctx.diagnostics.push({ severity: 'error', code, message, location, hint });
    }
    key(path) {
        return this.ctx.keyLocations[path];
    }
    value(path) {
        return this.ctx.valueLocations[path] ?? this.ctx.keyLocations[path];
    }
    region(name, path) {
        if (name === undefined || regionByName(this.catalog, name))
            return;
        const guess = suggestRegion(this.catalog, name);
        this.error('config.unknown-region', `${path} '${name}' is not an Azure region the catalog knows`, this.value(path), `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of regions`);
    }
    /** `protect` and `allowDestroy` entries: service ids (and 'all' where allowed). */
    serviceList(list, path, allowAll) {
        const result = [];
        (list ?? []).forEach((name, index) => {
            if (allowAll && name === 'all')
                return result.push(name);
            const found = serviceByFlagName(this.catalog, name);
            if (found?.canonical)
                return result.push(name);
            const guess = found ? found.service.id : suggestService(this.catalog, name);
            this.error('config.unknown-service', `${path} lists '${name}', which is not a service id`, this.key(`${path}.${index}`), `${guess ? `did you mean '${guess}'? ` : ''}${allowAll ? "use a service id or 'all'; " : ''}run \`aifactory catalog\` for the list of services`);
        });
        return result;
    }
    /** `purgeSoftDeleted`: service ids or 'all'; a service whose leftovers cannot be purged is an error. */
    purgeList(list, path) {
        const known = this.serviceList(list, path, true);
        const purgeable = (0,soft_delete/* purgeableServices */.Qd)(this.catalog.services);
        (list ?? []).forEach((name, index) => {
            const def = known.includes(name) ? serviceByFlagName(this.catalog, name)?.service : undefined;
            const why = def && (0,soft_delete/* whyNotPurgeable */.HR)(def);
            if (why)
                this.error('config.not-purgeable', `${path} lists '${name}': ${why}`, this.value(`${path}.${index}`), `services whose leftovers can be purged: ${purgeable.join(', ')} (or 'all')`);
        });
        return known;
    }
    addressSpace(text, path) {
        if (text === undefined)
            return undefined;
        const parsed = (0,core_cidr/* parseCidr */.GN)(text);
        if (parsed && parsed.prefix >= 8 && parsed.prefix <= 29)
            return (0,core_cidr/* formatCidr */.mG)(parsed);
        const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
        const octets = m ? m.slice(1, 5).map(Number) : [];
        const prefix = m ? Number(m[5]) : NaN;
        let why = 'is not a valid IPv4 CIDR';
        let hint = 'write an IPv4 range such as 172.16.0.0/22';
        if (m && octets.some((o) => o > 255))
            why = 'has an address part above 255';
        else if (m && prefix > 32)
            why = 'has a prefix length above 32';
        else if (parsed || (m && prefix >= 0)) {
            if (prefix < 8 || prefix > 29) {
                why = `has the prefix length /${prefix}; a VNet address space must be /8 to /29`;
            }
            else {
                const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
                const base = (address & ~(0,core_cidr/* hostMask */.Hq)(prefix)) >>> 0;
                why = 'has host bits set (the address is not the start of its range)';
                hint = `did you mean ${(0,core_cidr/* formatCidr */.mG)({ base, prefix })}?`;
            }
        }
        this.error('config.bad-cidr', `${path} '${text}' ${why}`, this.value(path), hint);
        return undefined;
    }
    network(env, name, mode) {
        const path = `environments.${name}.network`;
        if (mode === 'standalone') {
            if (env.network) {
                this.ctx.diagnostics.push({
                    severity: 'warning',
                    code: 'config.unused-network',
                    message: `${path} is ignored in network mode standalone, where the project creates its own VNet and DNS zones`,
                    location: this.key(path),
                    hint: 'remove it, or set network.mode to hub-spoke, vwan or hybrid',
                });
            }
            return undefined;
        }
        const needed = ['vnetResourceGroup', 'vnetName'];
        if (mode !== 'hybrid')
            needed.push('dnsZonesSubscriptionId', 'dnsZonesResourceGroup');
        const missing = needed.filter((k) => !env.network?.[k]);
        if (missing.length > 0) {
            this.error('config.missing-key', `environments.${name} needs ${env.network ? path : 'a network section'} with ${missing.join(', ')} in network mode ${mode}`, this.key(env.network ? path : `environments.${name}`), mode === 'hybrid'
                ? "the platform's VNet (resource group and name) the project's subnets go into"
                : "the platform's VNet, and the subscription and resource group of the central private DNS zones");
        }
        return env.network;
    }
    services(raw) {
        const result = defaultServiceOptions(this.catalog);
        for (const [id, options] of Object.entries(raw ?? {})) {
            const path = `services.${id}`;
            const found = serviceByFlagName(this.catalog, id);
            if (!found?.canonical) {
                const guess = found ? found.service.id : suggestService(this.catalog, id);
                this.error('config.unknown-service', `${path}: '${id}' is not a service id`, this.key(path), `${guess ? `did you mean '${guess}'? ` : ''}run \`aifactory catalog\` for the list of services`);
                continue;
            }
            if (serviceOptionSpecs[id]) {
                if (Array.isArray(options.deployments)) {
                    options.deployments = this.deployments(options.deployments, `${path}.deployments`);
                }
            }
            else {
                this.catalogOptions(found.service, options, path);
            }
            result[id] = { ...(result[id] ?? {}), ...options };
        }
        return result;
    }
    /** Checks options against the service's catalog entry: names, types, choices. */
    catalogOptions(service, options, path) {
        const known = catalogOptionNames(service);
        for (const [name, value] of Object.entries(options)) {
            const optionPath = `${path}.${name}`;
            if (!known.includes(name)) {
                const guess = (0,suggest/* suggest */.Z)(name, known);
                this.error('config.unknown-key', `unknown option '${name}' for service ${service.id}`, this.key(optionPath), known.length === 0
                    ? `${service.id} takes no options`
                    : `${guess ? `did you mean '${guess}'? ` : ''}valid options: ${known.join(', ')}`);
                continue;
            }
            const option = service.options?.find((o) => o.name === name);
            if (!option)
                continue;
            const actual = Array.isArray(value) ? 'list' : value === null ? 'nothing' : typeof value;
            if (actual !== option.type) {
                const wording = { list: 'a list', object: 'a mapping', nothing: 'nothing' };
                this.error('config.wrong-type', `${optionPath} must be ${wording[option.type] ?? `a ${option.type}`}, found ${wording[actual] ?? JSON.stringify(value)}`, this.value(optionPath), option.description);
            }
            else if (option.choices && !option.choices.includes(String(value))) {
                const guess = (0,suggest/* suggest */.Z)(String(value), option.choices);
                this.error('config.bad-value', `${optionPath} is '${String(value)}', which is not one of the choices`, this.value(optionPath), `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${option.choices.join(', ')}`);
            }
            else if (option.pattern && !new RegExp(`^(?:${option.pattern})$`).test(String(value))) {
                this.error('config.bad-value', `${optionPath} is '${String(value)}', which is not ${option.patternText ?? `a value matching ${option.pattern}`}`, this.value(optionPath), option.description);
            }
        }
    }
    /** The flat form users write → the ARM-shaped entries the catalog reads ({{item:model.name}}). */
    deployments(list, path) {
        const seen = new Map();
        return list.map((d, i) => {
            const first = seen.get(d.name.toLowerCase());
            if (first !== undefined) {
                this.error('config.duplicate-item', `${path} has two deployments named '${d.name}'`, this.value(`${path}.${i}.name`), `deployment names must be unique; the first is item ${first + 1}`);
            }
            else
                seen.set(d.name.toLowerCase(), i);
            return {
                name: d.name,
                model: { format: d.format ?? DEFAULT_DEPLOYMENT.format, name: d.model, version: d.version },
                sku: { name: d.sku ?? DEFAULT_DEPLOYMENT.sku, capacity: d.capacity ?? DEFAULT_DEPLOYMENT.capacity },
            };
        });
    }
    /** `diagnostics.level`: one of the catalog's diagnostic levels (gold, silver, bronze). */
    diagnostics(raw, path) {
        if (raw?.level === undefined)
            return undefined;
        const known = Object.keys(this.catalog.diagnosticLevels ?? {});
        if (known.includes(raw.level))
            return { level: raw.level };
        const guess = (0,suggest/* suggest */.Z)(raw.level, known);
        this.error('config.bad-value', `${path}.level is '${raw.level}', which is not a diagnostic level`, this.value(`${path}.level`), `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${known.join(', ')}`);
        return undefined;
    }
    personas(raw, path) {
        const known = Object.keys(this.catalog.personas ?? {});
        const result = {};
        for (const [persona, ids] of Object.entries(raw ?? {})) {
            if (known.length > 0 && !known.includes(persona)) {
                const guess = (0,suggest/* suggest */.Z)(persona, known);
                this.error('config.unknown-persona', `${path}: unknown persona '${persona}'`, this.key(`${path}.${persona}`), `${guess ? `did you mean '${guess}'? ` : ''}valid personas: ${known.join(', ')}`);
                continue;
            }
            result[persona] = ids;
        }
        return result;
    }
}
/** `{ key: value }` when the value is there, else nothing: keeps absent settings out of the config. */
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function buildConfig(raw, ctx, catalog) {
    const b = new Builder(ctx, catalog);
    const mode = raw.network?.mode ?? DEFAULT_NETWORK_MODE;
    const flagLocations = {};
    const resolve = (flags, path) => {
        const r = resolveFlags(flags ?? [], path, catalog, ctx.keyLocations, ctx.valueLocations, ctx.diagnostics);
        Object.assign(flagLocations, r.locations);
        return r.flags;
    };
    b.region(raw.project?.location, 'project.location');
    const environments = {};
    for (const [name, env] of Object.entries(raw.environments ?? {})) {
        const path = `environments.${name}`;
        b.region(env.location, `${path}.location`);
        const environment = {
            name,
            subscriptionId: env.subscriptionId ?? '',
            addressSpace: b.addressSpace(env.addressSpace, `${path}.addressSpace`) ?? '',
            flags: resolve(env.flags, `${path}.flags`),
            allowDestroy: b.serviceList(env.allowDestroy, `${path}.allowDestroy`, true),
            personas: b.personas(env.personas, `${path}.personas`),
        };
        const purge = b.purgeList(env.purgeSoftDeleted, `${path}.purgeSoftDeleted`);
        if (purge.length > 0)
            environment.purgeSoftDeleted = purge;
        if (env.tenantId)
            environment.tenantId = env.tenantId;
        if (env.location)
            environment.location = env.location;
        const network = b.network(env, name, mode);
        if (network)
            environment.network = network;
        const diagnostics = b.diagnostics(env.diagnostics, `${path}.diagnostics`);
        if (diagnostics)
            environment.diagnostics = diagnostics;
        environments[name] = environment;
    }
    return {
        version: 1,
        file: ctx.file,
        architecture: raw.architecture ?? DEFAULT_ARCHITECTURE,
        project: {
            number: raw.project?.number ?? 0,
            prefix: raw.project?.prefix ?? '',
            scaleSet: raw.project?.scaleSet ?? DEFAULT_SCALE_SET,
            location: raw.project?.location ?? '',
            tags: raw.project?.tags ?? {},
        },
        network: { mode },
        ...optional('diagnostics', b.diagnostics(raw.diagnostics, 'diagnostics')),
        environments,
        flags: resolve(raw.flags, 'flags'),
        protect: b.serviceList(raw.protect, 'protect', false),
        services: b.services(raw.services),
        locations: { ...ctx.keyLocations, ...flagLocations },
    };
}

;// CONCATENATED MODULE: ./build/core/config/environments.js

/** Base flags overlaid by the environment's overrides (canonical ids). */
function environmentFlags(config, env) {
    return { ...config.flags, ...(config.environments[env]?.flags ?? {}) };
}
/** The environment named `env`, or an error naming the valid choices and the nearest one. */
function selectEnvironment(config, env) {
    const environment = config.environments[env];
    if (environment)
        return { environment, diagnostics: [] };
    const choices = Object.keys(config.environments);
    const guess = (0,suggest/* suggest */.Z)(env, choices);
    return {
        diagnostics: [
            {
                severity: 'error',
                code: 'config.unknown-environment',
                message: `unknown environment '${env}': ${config.file} defines ${choices.length === 0 ? 'no environments' : choices.join(', ')}`,
                location: config.locations['environments'],
                hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${choices.join(', ')}`,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/core/config/subnet-injections.js
const INJECTION_RULES = [
    {
        property: 'networkInjections',
        title: 'Foundry agent subnet injection',
        classARegions: [
            'australiaeast',
            'brazilsouth',
            'canadaeast',
            'centralus',
            'eastus',
            'eastus2',
            'francecentral',
            'germanywestcentral',
            'italynorth',
            'japaneast',
            'northcentralus',
            'southafricanorth',
            'southcentralus',
            'southindia',
            'spaincentral',
            'swedencentral',
            'uaenorth',
            'uksouth',
            'westeurope',
            'westus',
            'westus3',
        ],
    },
];
const SUBNET_PLACEHOLDER = /^\{\{subnetId:([A-Za-z0-9_-]+)\}\}$/;
/** Every injection the given services' resources make in this network mode, from their bodies. */
function subnetInjections(services, catalog, mode) {
    const out = [];
    for (const def of catalog.services) {
        if (!services.includes(def.id))
            continue;
        for (const spec of def.resources) {
            if (spec.modes && !spec.modes.includes(mode))
                continue;
            for (const rule of INJECTION_RULES) {
                for (const subnet of injectedSubnets(spec, rule.property))
                    out.push({ service: def.id, resource: spec.key, subnet, rule });
            }
        }
    }
    return out;
}
/** Subnet names `{{subnetId:…}}` under `property` in the body or in any optional part of it. */
function injectedSubnets(spec, property) {
    const bodies = [spec.body, ...(spec.bodyWhenOption ?? []).flatMap((part) => [part.set, part.unset])].filter((b) => !!b);
    const names = new Set();
    for (const body of bodies) {
        const entries = body.properties?.[property];
        if (!Array.isArray(entries))
            continue;
        for (const entry of entries) {
            const id = entry?.subnetArmId;
            const m = typeof id === 'string' ? SUBNET_PLACEHOLDER.exec(id) : null;
            if (m)
                names.add(m[1]);
        }
    }
    return [...names];
}

;// CONCATENATED MODULE: ./build/core/config/checks.js



function checkConfig(config, catalog) {
    const diagnostics = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    const envNames = Object.keys(config.environments);
    // One finding per line and message, naming every environment it holds in.
    const grouped = new Map();
    const add = (d, env) => {
        const id = `${d.code}|${d.location?.line}|${d.location?.column}|${d.message}`;
        const entry = grouped.get(id);
        if (entry)
            entry.envs.push(env);
        else
            grouped.set(id, { d, envs: [env] });
    };
    /** Where a flag for `id` was written for this environment (its override, else the base). */
    const flagLocation = (env, id) => config.locations[`environments.${env}.flags.${id}`] ??
        config.locations[`flags.${id}`] ??
        config.locations[`environments.${env}.flags`] ??
        config.locations['flags'];
    for (const env of envNames) {
        const flags = environmentFlags(config, env);
        const on = servicesOn(config, flags, catalog);
        for (const [id, value] of Object.entries(flags)) {
            const service = byId.get(id);
            if (!service)
                continue;
            if (!value && service.baseline.includes(config.architecture)) {
                add({
                    severity: 'error',
                    code: 'flags.baseline-off',
                    message: `${id} is a baseline service of ${config.architecture} and cannot be switched off`,
                    location: flagLocation(env, id),
                    hint: `remove the ${id}: false line; baseline services are always on`,
                }, env);
            }
            const by = on.get(id) ?? [];
            if (!value && by.length > 0) {
                add({
                    severity: 'warning',
                    code: 'flags.implied-off',
                    message: `${id}: false has no effect: ${by.join(', ')} ${by.length === 1 ? 'implies' : 'imply'} ${id}`,
                    location: flagLocation(env, id),
                    hint: `remove the ${id}: false line, or switch off ${by.join(', ')}`,
                }, env);
            }
        }
        for (const id of on.keys()) {
            const service = byId.get(id);
            if (!service)
                continue;
            for (const required of service.requires) {
                if (on.has(required))
                    continue;
                const explicitlyOff = flags[required] === false;
                add({
                    severity: 'error',
                    code: 'flags.requires',
                    message: `${id} requires ${required}, which is ${explicitlyOff ? 'switched off' : 'not on'}`,
                    location: flagLocation(env, id),
                    hint: `set ${required}: true, or switch ${id} off`,
                }, env);
            }
            if (service.modes && !service.modes.includes(config.network.mode)) {
                add({
                    severity: 'error',
                    code: 'flags.mode',
                    message: `${id} is not available in network mode ${config.network.mode} (only ${service.modes.join(', ')})`,
                    location: flagLocation(env, id),
                    hint: `switch ${id} off, or change network.mode`,
                }, env);
            }
        }
        diagnostics.push(...classAInjections(config, env, [...on.keys()], catalog));
        for (const id of on.keys()) {
            for (const option of byId.get(id)?.options ?? []) {
                if (!option.required || config.services[id]?.[option.name] !== undefined)
                    continue;
                add({
                    severity: 'error',
                    code: 'config.missing-option',
                    message: `${id} needs services.${id}.${option.name}`,
                    location: flagLocation(env, id),
                    hint: option.description,
                }, env);
            }
        }
    }
    for (const { d, envs } of grouped.values()) {
        const where = envs.length === envNames.length && envNames.length > 1 ? 'every environment' : envs.join(', ');
        diagnostics.push({
            ...d,
            message: `${d.message} (in ${envs.length === 1 ? `environment ${where}` : where})`,
        });
    }
    diagnostics.push(...overlappingAddressSpaces(config));
    return diagnostics;
}
/** Every service on in an environment, with the services that imply it (empty for flags and baseline). */
function servicesOn(config, flags, catalog) {
    const on = new Map();
    const queue = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    for (const service of catalog.services) {
        if (service.baseline.includes(config.architecture) || flags[service.id] === true) {
            on.set(service.id, []);
            queue.push(service);
        }
    }
    while (queue.length > 0) {
        const service = queue.shift();
        for (const implied of service.implies) {
            const existing = on.get(implied);
            if (existing === undefined) {
                on.set(implied, [service.id]);
                const next = byId.get(implied);
                if (next)
                    queue.push(next);
            }
            else if (existing.length > 0) {
                if (!existing.includes(service.id))
                    existing.push(service.id);
            }
        }
    }
    return on;
}
/**
 * A class A address space (10.0.0.0/8) where an enabled resource injects into one of its subnets in a region
 * where that injection supports no class A range. An error, not a warning: Azure refuses the resource (the
 * Foundry account, baseline of genai-1, always injects its agents), and by then the VNet and its subnets exist
 * and never move, so the address space could only change by deleting them.
 */
function classAInjections(config, env, on, catalog) {
    const e = config.environments[env];
    const cidr = (0,core_cidr/* parseCidr */.GN)(e.addressSpace);
    if (!cidr || !(0,core_cidr/* isClassAPrivate */.n1)(cidr))
        return [];
    const region = e.location ?? config.project.location;
    const refused = subnetInjections(on, catalog, config.network.mode).filter((i) => !i.rule.classARegions.includes(region));
    const byRule = new Map();
    for (const i of refused)
        byRule.set(i.rule.title, [...(byRule.get(i.rule.title) ?? []), i]);
    return [...byRule.values()].map((injections) => {
        const rule = injections[0].rule;
        const who = injections.map((i) => `${i.service} (${i.resource} → subnet ${i.subnet})`).join(', ');
        return {
            severity: 'error',
            code: 'network.class-a-injection',
            message: `environments.${env}.addressSpace ${e.addressSpace} is a class A range (10.0.0.0/8), which ${rule.title} does not support in ${region}: ${who}`,
            location: config.locations[`environments.${env}.addressSpace`],
            hint: `use a range in 172.16.0.0/12 or 192.168.0.0/16 (supported in every region); class A works only in ${rule.classARegions.join(', ')}`,
        };
    });
}
function overlappingAddressSpaces(config) {
    const diagnostics = [];
    const seen = [];
    for (const [env, e] of Object.entries(config.environments)) {
        const cidr = (0,core_cidr/* parseCidr */.GN)(e.addressSpace);
        if (!cidr)
            continue;
        const path = `environments.${env}.addressSpace`;
        const clash = seen.find((s) => (0,core_cidr/* overlaps */.$f)((0,core_cidr/* parseCidr */.GN)(s.text), cidr));
        if (clash) {
            diagnostics.push({
                severity: 'error',
                code: 'network.overlap',
                message: `${path} ${e.addressSpace} overlaps environments.${clash.env}.addressSpace ${clash.text}${clash.line ? ` (line ${clash.line})` : ''}`,
                location: config.locations[path],
                hint: 'give every environment its own address range, e.g. 172.16.0.0/22, 172.17.0.0/22, 172.18.0.0/22',
            });
        }
        seen.push({ env, text: e.addressSpace, line: config.locations[path]?.line });
    }
    return diagnostics;
}

;// CONCATENATED MODULE: ./build/core/config/yaml-walk.js
// Walks the YAML syntax tree against the spec: every finding carries the file, line and column of the
// key or value it is about. Produces plain values, and the location of every key it accepted.


function locationOf(ctx, node, fallback) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return fallback ?? { file: ctx.file, line: 1, column: 1 };
    const pos = ctx.lineCounter.linePos(offset);
    return { file: ctx.file, line: pos.line, column: pos.col };
}
function joinPath(path, key) {
    return path === '' ? String(key) : `${path}.${key}`;
}
function report(ctx, d) {
    ctx.diagnostics.push({ severity: 'error', ...d });
}
/** Human wording of what the user wrote, for "expected X, found Y". */
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null)
            return 'nothing';
        if (typeof v === 'string')
            return `the text '${v}'`;
        if (typeof v === 'number')
            return `the number ${v}`;
        if (typeof v === 'boolean')
            return `${v}`;
        return `the value ${String(v)}`;
    }
    return 'an unsupported value';
}
function resolve(ctx, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(ctx.doc) ?? null;
    return node ?? null;
}
function isNull(node) {
    return node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null);
}
function typeError(ctx, node, path, expected, hint) {
    report(ctx, {
        code: 'config.wrong-type',
        message: `${path || 'the file'} must be ${expected}, found ${describe(node)}`,
        location: locationOf(ctx, node, ctx.keyLocations[path]),
        hint,
    });
    return undefined;
}
/** The pairs of a mapping, with duplicate keys reported (both lines) and only the first one kept. */
function pairsOf(ctx, node, path) {
    if (!(0,dist/* isMap */.jh)(node))
        return [];
    const seen = new Map();
    const result = [];
    for (const pair of node.items) {
        const keyNode = pair.key;
        if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
            report(ctx, {
                code: 'config.bad-key',
                message: `keys in ${path || 'the file'} must be plain names, found ${describe(keyNode)}`,
                location: locationOf(ctx, keyNode, locationOf(ctx, node)),
            });
            continue;
        }
        const key = String(keyNode.value);
        const here = locationOf(ctx, keyNode);
        const first = seen.get(key);
        if (first) {
            report(ctx, {
                code: 'config.duplicate-key',
                message: `duplicate key '${key}' in ${path || 'the file'}; first set at line ${first.line}`,
                location: here,
                hint: 'keep one of the two',
            });
            continue;
        }
        seen.set(key, here);
        result.push({ key, pair, keyNode });
    }
    return result;
}
function walk(ctx, raw, spec, path) {
    const node = resolve(ctx, raw);
    if (node && path !== '')
        ctx.valueLocations[path] = locationOf(ctx, node);
    switch (spec.kind) {
        case 'object':
            return walkObject(ctx, node, spec, path);
        case 'map':
            return walkMap(ctx, node, spec, path);
        case 'flags':
            return walkFlags(ctx, node, path);
        case 'array':
            return walkArray(ctx, node, spec, path);
        case 'string':
            return walkString(ctx, node, spec, path);
        case 'integer':
            return walkInteger(ctx, node, spec, path);
        case 'boolean':
            if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
                return node.value;
            return typeError(ctx, node, path, 'true or false', 'write true or false without quotes');
        case 'any':
            return plain(ctx, node, path);
    }
}
function walkObject(ctx, node, spec, path) {
    if (!isNull(node) && !(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of keys');
    const result = {};
    const valid = Object.keys(spec.properties);
    for (const { key, pair, keyNode } of node && (0,dist/* isMap */.jh)(node) ? pairsOf(ctx, node, path) : []) {
        const childPath = joinPath(path, key);
        const child = spec.properties[key];
        if (!child) {
            const guess = (0,suggest/* suggest */.Z)(key, valid);
            report(ctx, {
                code: 'config.unknown-key',
                message: `unknown key '${key}' in ${path || 'the top level'}`,
                location: locationOf(ctx, keyNode),
                hint: `${guess ? `did you mean '${guess}'? ` : ''}valid keys: ${valid.join(', ')}`,
            });
            continue;
        }
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const value = walk(ctx, pair.value, child, childPath);
        if (value !== undefined)
            result[key] = value;
    }
    for (const key of spec.required ?? []) {
        const present = node && (0,dist/* isMap */.jh)(node) && node.items.some((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
        if (!present) {
            report(ctx, {
                code: 'config.missing-key',
                message: `${path || 'the file'} is missing the required key '${key}'`,
                location: ctx.keyLocations[path] ?? locationOf(ctx, node),
                hint: spec.properties[key].description,
            });
        }
    }
    return result;
}
function walkMap(ctx, node, spec, path) {
    if (!isNull(node) && !(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of names to values');
    const result = {};
    const pairs = node && (0,dist/* isMap */.jh)(node) ? pairsOf(ctx, node, path) : [];
    for (const { key, pair, keyNode } of pairs) {
        const childPath = joinPath(path, key);
        if (spec.keyPattern && !new RegExp(spec.keyPattern.regex).test(key)) {
            report(ctx, {
                code: 'config.bad-name',
                message: `'${key}' in ${path} is not a valid name: use ${spec.keyPattern.text}`,
                location: locationOf(ctx, keyNode),
            });
            continue;
        }
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const value = walk(ctx, pair.value, spec.valuesByKey?.[key] ?? spec.values, childPath);
        if (value !== undefined)
            result[key] = value;
    }
    if (spec.minEntries && pairs.length < spec.minEntries) {
        report(ctx, {
            code: 'config.missing-key',
            message: `${path} must have at least ${spec.minEntries} entr${spec.minEntries === 1 ? 'y' : 'ies'}`,
            location: ctx.keyLocations[path] ?? locationOf(ctx, node),
            hint: spec.description,
        });
    }
    return result;
}
function walkFlags(ctx, node, path) {
    if (isNull(node))
        return [];
    if (!(0,dist/* isMap */.jh)(node))
        return typeError(ctx, node, path, 'a mapping of service ids to true or false');
    const flags = [];
    for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
        const childPath = joinPath(path, key);
        ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
        const valueNode = resolve(ctx, pair.value);
        ctx.valueLocations[childPath] = locationOf(ctx, valueNode, ctx.keyLocations[childPath]);
        const value = (0,dist/* isScalar */.jn)(valueNode) ? valueNode.value : { notScalar: describe(valueNode) };
        flags.push({ name: key, value, path: childPath });
    }
    return flags;
}
function walkArray(ctx, node, spec, path) {
    if (isNull(node))
        return [];
    if (!(0,dist/* isSeq */.oP)(node))
        return typeError(ctx, node, path, 'a list', 'write [a, b] or one "- item" per line');
    const result = [];
    const seen = new Map();
    node.items.forEach((item, index) => {
        const childPath = joinPath(path, index);
        ctx.keyLocations[childPath] = locationOf(ctx, item, locationOf(ctx, node));
        const value = walk(ctx, item, spec.items, childPath);
        if (value === undefined)
            return;
        if (spec.uniqueItems) {
            const id = JSON.stringify(value);
            const first = seen.get(id);
            if (first !== undefined) {
                report(ctx, {
                    code: 'config.duplicate-item',
                    message: `${path} lists ${JSON.stringify(value)} twice`,
                    location: ctx.keyLocations[childPath],
                    hint: `remove one; the first is item ${first + 1}`,
                });
                return;
            }
            seen.set(id, index);
        }
        result.push(value);
    });
    return result;
}
function walkString(ctx, node, spec, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string') {
        const hint = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'number' ? spec.numberHint : undefined;
        return typeError(ctx, node, path, spec.enum ? `one of ${spec.enum.join(', ')}` : 'text', hint);
    }
    const value = node.value;
    if (spec.enum && !spec.enum.includes(value)) {
        const guess = (0,suggest/* suggest */.Z)(value, spec.enum);
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is '${value}', which is not one of the choices`,
            location: locationOf(ctx, node),
            hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${spec.enum.join(', ')}`,
        });
        return undefined;
    }
    if (spec.pattern && !new RegExp(spec.pattern).test(value)) {
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is '${value}', which is not ${spec.patternText ?? `matching ${spec.pattern}`}`,
            location: locationOf(ctx, node),
            hint: spec.description,
        });
        return undefined;
    }
    return value;
}
function walkInteger(ctx, node, spec, path) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
        const quoted = (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && /^\d+$/.test(node.value);
        return typeError(ctx, node, path, 'a whole number', quoted ? 'write the number without quotes' : undefined);
    }
    const value = node.value;
    if (spec.const !== undefined && value !== spec.const) {
        report(ctx, {
            code: 'config.unsupported-version',
            message: `${path} ${value} is not supported; this version of aifactory-flags reads ${path} ${spec.const}`,
            location: locationOf(ctx, node),
            hint: `write ${path}: ${spec.const}, or use the aifactory-flags release that introduced version ${value}`,
        });
        return undefined;
    }
    const tooLow = spec.minimum !== undefined && value < spec.minimum;
    const tooHigh = spec.maximum !== undefined && value > spec.maximum;
    if (tooLow || tooHigh) {
        const range = spec.maximum === undefined
            ? `at least ${spec.minimum}`
            : `from ${spec.minimum ?? '…'} to ${spec.maximum}`;
        report(ctx, {
            code: 'config.bad-value',
            message: `${path} is ${value}, which is out of range: it must be ${range}`,
            location: locationOf(ctx, node),
            hint: spec.description,
        });
        return undefined;
    }
    return value;
}
/** Plain JavaScript value of a node nobody has a schema for (duplicate keys still reported). */
function plain(ctx, node, path) {
    if (node === null)
        return null;
    if ((0,dist/* isScalar */.jn)(node))
        return node.value;
    if ((0,dist/* isSeq */.oP)(node)) {
        return node.items.map((item, i) => {
            const childPath = joinPath(path, i);
            const child = resolve(ctx, item);
            ctx.keyLocations[childPath] = locationOf(ctx, child, locationOf(ctx, node));
            return plain(ctx, child, childPath);
        });
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const result = {};
        for (const { key, pair, keyNode } of pairsOf(ctx, node, path)) {
            const childPath = joinPath(path, key);
            ctx.keyLocations[childPath] = locationOf(ctx, keyNode);
            result[key] = plain(ctx, resolve(ctx, pair.value), childPath);
        }
        return result;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/core/config/parse.js
// parseConfig: YAML text → ProjectConfig, or every problem found, each with file:line:column.





function parseConfig(text, file, catalog) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are found by the walker, which can name the line of the first one.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const diagnostics = [];
    const at = (offset) => {
        const pos = lineCounter.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    for (const e of doc.errors) {
        diagnostics.push({
            severity: 'error',
            code: 'config.yaml-syntax',
            message: `YAML syntax error: ${e.message}`,
            location: at(e.pos[0]),
            hint: 'fix the YAML syntax first (indentation with spaces, closing brackets and quotes)',
        });
    }
    if (diagnostics.length > 0)
        return { diagnostics };
    if (doc.contents === null) {
        return {
            diagnostics: [
                {
                    severity: 'error',
                    code: 'config.empty',
                    message: 'the file is empty',
                    location: { file, line: 1, column: 1 },
                    hint: 'start from examples/genai-1/aifactory.yaml',
                },
            ],
        };
    }
    const ctx = { file, doc, lineCounter, diagnostics, keyLocations: {}, valueLocations: {} };
    const raw = walk(ctx, doc.contents, configSpec, '');
    if (raw === undefined)
        return { diagnostics };
    const config = buildConfig(raw, ctx, catalog);
    diagnostics.push(...checkConfig(config, catalog));
    const failed = diagnostics.some((d) => d.severity === 'error');
    return failed ? { diagnostics } : { config, diagnostics };
}

;// CONCATENATED MODULE: ./build/core/config/format.js
function formatDiagnostic(d) {
    const where = d.location ? `${d.location.file}:${d.location.line}:${d.location.column}: ` : '';
    const hint = d.hint ? ` (${d.hint})` : '';
    return `${where}${d.severity}: ${d.message}${hint}`;
}

;// CONCATENATED MODULE: ./build/core/config/index.js
// The config of one project (aifactory.yaml): parse and validate, and per-environment views.






/***/ }),

/***/ 3948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ buildDesired),
  k: () => (/* binding */ buildDesiredState)
});

// EXTERNAL MODULE: ./build/core/diagnostics.js
var core_diagnostics = __webpack_require__(6450);
// EXTERNAL MODULE: ./build/core/enablement.js
var core_enablement = __webpack_require__(655);
// EXTERNAL MODULE: ./build/core/hash.js
var hash = __webpack_require__(7384);
// EXTERNAL MODULE: ./build/core/cidr.js
var core_cidr = __webpack_require__(438);
;// CONCATENATED MODULE: ./build/core/subnets.js
// Subnet allocation inside an environment's address space. Unlike today's pipelines (which append after the
// highest used address and never fill gaps) an existing subnet never moves, freed ranges are reused and a full
// range says exactly how much is missing.

/** The smallest subnet Azure accepts is a /29 (Azure keeps 5 addresses of every subnet). */
const SMALLEST_SUBNET_PREFIX = 29;
/**
 * Places every requested subnet. Existing subnets of ours (same name, not foreign) keep their prefix; every
 * existing range (ours, requested or not, and foreign ones) is taken; new subnets go largest first (ties by
 * name), each at the lowest free address aligned to its size. Subnets no longer requested are not returned:
 * the planner deletes them. The result is sorted by address.
 */
function allocateSubnets(addressSpace, requests, existing, context = {}) {
    const diagnostics = [];
    const space = (0,core_cidr/* parseCidr */.GN)(addressSpace);
    if (!space) {
        diagnostics.push(invalidSpace(addressSpace));
        return { subnets: [], diagnostics, unplaced: [] };
    }
    const merged = mergeRequests(requests, diagnostics);
    const taken = [];
    const existingByName = new Map();
    for (const subnet of existing) {
        const cidr = (0,core_cidr/* parseCidr */.GN)(subnet.addressPrefix);
        if (!cidr) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.existing-invalid',
                message: `The existing subnet ${subnet.name} has the address prefix "${subnet.addressPrefix}", which is not an IPv4 CIDR; new subnets cannot be placed around it.`,
                hint: 'Check the VNet in the Azure portal (IPv6-only or multi-prefix subnets are not supported) or the observed-state file.',
            });
            continue;
        }
        taken.push({ name: subnet.name, cidr });
        if (!existingByName.has(subnet.name))
            existingByName.set(subnet.name, { subnet, cidr });
    }
    const subnets = [];
    const toPlace = [];
    for (const request of merged) {
        if (!validSize(request, diagnostics))
            continue;
        const found = existingByName.get(request.name);
        if (!found) {
            toPlace.push(request);
            continue;
        }
        if (found.subnet.foreign) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.name-taken',
                message: `The VNet already has a subnet named ${request.name} (${found.subnet.addressPrefix}) that aifactory-flags did not create; it is needed by ${listServices(request.services)}.`,
                hint: 'Rename or remove the other subnet, or use a VNet where this name is free. aifactory-flags never changes subnets it does not own.',
            });
            continue;
        }
        if (found.cidr.prefix !== request.prefixLength) {
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.size-changed',
                message: `Subnet ${request.name} stays ${(0,core_cidr/* formatCidr */.mG)(found.cidr)}: an existing subnet never moves or resizes, although /${request.prefixLength} is now asked for.`,
                hint: `To resize it, switch off ${listServices(request.services)} (the subnet is then deleted), apply, and switch them on again.`,
            });
        }
        if (!(0,core_cidr/* contains */.gR)(space, found.cidr)) {
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.outside-space',
                message: `Subnet ${request.name} (${(0,core_cidr/* formatCidr */.mG)(found.cidr)}) lies outside the address space ${(0,core_cidr/* formatCidr */.mG)(space)}; it is kept where it is.`,
                hint: 'Check addressSpace of this environment in aifactory.yaml: it should cover the VNet’s existing subnets.',
            });
        }
        subnets.push(allocation(request, found.cidr, 'existing'));
    }
    const largestFirst = [...toPlace].sort((a, b) => a.prefixLength - b.prefixLength || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const missing = [];
    for (const request of largestFirst) {
        const cidr = lowestFree(space, request.prefixLength, taken.map((t) => t.cidr));
        if (!cidr) {
            missing.push(request);
            continue;
        }
        taken.push({ name: request.name, cidr });
        subnets.push(allocation(request, cidr, 'new'));
    }
    if (missing.length > 0 && !quiet.has(context))
        diagnostics.push(fullDiagnostic({ space, missing, taken, merged, existing, context }));
    subnets.sort((a, b) => (0,core_cidr/* parseCidr */.GN)(a.prefix).base - (0,core_cidr/* parseCidr */.GN)(b.prefix).base);
    return { subnets, diagnostics, unplaced: missing.map((r) => r.name) };
}
/** The lowest block of `prefixLength` inside `space`, aligned to its size, that overlaps nothing taken. */
function lowestFree(space, prefixLength, taken) {
    if (prefixLength < space.prefix || prefixLength > 32)
        return undefined;
    const blockSize = 2 ** (32 - prefixLength);
    const end = (0,core_cidr/* last */.HV)(space);
    let base = space.base;
    while (base + blockSize - 1 <= end) {
        const candidate = { base, prefix: prefixLength };
        let blockedUntil = -1;
        for (const range of taken)
            if ((0,core_cidr/* overlaps */.$f)(candidate, range))
                blockedUntil = Math.max(blockedUntil, (0,core_cidr/* last */.HV)(range));
        if (blockedUntil < 0)
            return candidate;
        base = Math.ceil((blockedUntil + 1) / blockSize) * blockSize;
    }
    return undefined;
}
/** Free addresses of `space` and its largest free aligned block, given what is taken. */
function freeSpace(space, taken) {
    const inside = taken
        .filter((t) => (0,core_cidr/* overlaps */.$f)(space, t))
        .map((t) => ({ start: Math.max(t.base, space.base), end: Math.min((0,core_cidr/* last */.HV)(t), (0,core_cidr/* last */.HV)(space)) }))
        .sort((a, b) => a.start - b.start);
    const gaps = [];
    let cursor = space.base;
    for (const r of inside) {
        if (r.start > cursor)
            gaps.push({ start: cursor, end: r.start - 1 });
        cursor = Math.max(cursor, r.end + 1);
    }
    if (cursor <= (0,core_cidr/* last */.HV)(space))
        gaps.push({ start: cursor, end: (0,core_cidr/* last */.HV)(space) });
    let largest;
    for (const gap of gaps) {
        const block = largestAlignedBlock(gap.start, gap.end);
        if (!largest || block.prefix < largest.prefix)
            largest = block;
    }
    return { addresses: gaps.reduce((sum, g) => sum + (g.end - g.start + 1), 0), largest };
}
function largestAlignedBlock(start, end) {
    let best = { base: start, prefix: 32 };
    for (let prefix = 31; prefix >= 0; prefix--) {
        const blockSize = 2 ** (32 - prefix);
        const base = Math.ceil(start / blockSize) * blockSize;
        if (base + blockSize - 1 > end)
            break;
        best = { base, prefix };
    }
    return best;
}
function mergeRequests(requests, diagnostics) {
    const byName = new Map();
    for (const request of requests) {
        const seen = byName.get(request.name);
        if (!seen) {
            byName.set(request.name, { ...request, services: [...new Set(request.services)] });
            continue;
        }
        if (seen.prefixLength !== request.prefixLength) {
            const larger = Math.min(seen.prefixLength, request.prefixLength);
            diagnostics.push({
                severity: 'warning',
                code: 'subnets.size-conflict',
                message: `Subnet ${request.name} is asked for as /${seen.prefixLength} (${listServices(seen.services)}) and as /${request.prefixLength} (${listServices(request.services)}); the larger, /${larger}, is used.`,
            });
            seen.prefixLength = larger;
        }
        if (request.delegation !== undefined && seen.delegation === undefined) {
            seen.delegation = request.delegation;
        }
        else if (request.delegation !== undefined && request.delegation !== seen.delegation) {
            diagnostics.push({
                severity: 'error',
                code: 'subnets.delegation-conflict',
                message: `Subnet ${request.name} is delegated to ${seen.delegation} for ${listServices(seen.services)} but to ${request.delegation} for ${listServices(request.services)}; a subnet has one delegation.`,
                hint: 'Switch off one of these services in this environment.',
            });
        }
        for (const service of request.services)
            if (!seen.services.includes(service))
                seen.services.push(service);
    }
    return [...byName.values()];
}
function validSize(request, diagnostics) {
    const p = request.prefixLength;
    if (Number.isInteger(p) && p >= 0 && p <= SMALLEST_SUBNET_PREFIX)
        return true;
    diagnostics.push({
        severity: 'error',
        code: 'subnets.invalid-size',
        message: `Subnet ${request.name} asks for /${p}, which Azure cannot create: the prefix length must be a whole number up to /${SMALLEST_SUBNET_PREFIX}.`,
    });
    return false;
}
function allocation(request, cidr, origin) {
    const result = {
        name: request.name,
        prefix: (0,core_cidr/* formatCidr */.mG)(cidr),
        origin,
        services: [...request.services],
    };
    if (request.delegation !== undefined)
        result.delegation = request.delegation;
    return result;
}
/**
 * One error for a full range, at the address space: what does not fit, how much all the subnets need against
 * the space, how much is free, the smallest address space that holds them all (existing subnets where they
 * are), and the add-ons whose switching off would free a subnet that does not fit — never a baseline service.
 */
function fullDiagnostic({ space, missing, taken, merged, existing, context }) {
    const addresses = (r) => 2 ** (32 - r.prefixLength);
    const missingTotal = missing.reduce((sum, r) => sum + addresses(r), 0);
    const wantedTotal = merged.reduce((sum, r) => sum + addresses(r), 0);
    const free = freeSpace(space, taken.map((t) => t.cidr));
    const list = missing.map((r) => `${r.name} (/${r.prefixLength}, ${addresses(r)} addresses)`);
    const largest = free.largest
        ? `; the largest free aligned block is ${(0,core_cidr/* formatCidr */.mG)(free.largest)} (${(0,core_cidr/* size */.Ej)(free.largest)} addresses)`
        : '';
    const what = context.path
        ? `${context.path} ${(0,core_cidr/* formatCidr */.mG)(space)}`
        : `The address space ${(0,core_cidr/* formatCidr */.mG)(space)}`;
    const ways = [];
    const larger = smallestSpaceThatFits(space, merged, existing);
    ways.push(larger
        ? `give the environment a larger addressSpace, e.g. ${(0,core_cidr/* formatCidr */.mG)(larger)} (${(0,core_cidr/* size */.Ej)(larger)} addresses; existing subnets keep their place)`
        : 'give the environment a larger addressSpace (existing subnets keep their place)');
    const switchOff = switchOffSuggestion(space, merged, existing, context);
    if (switchOff)
        ways.push(switchOff);
    return {
        severity: 'error',
        code: 'subnets.full',
        message: `${what} has no room for subnet${missing.length > 1 ? 's' : ''} ${list.join(', ')}: ` +
            `the enabled services need ${wantedTotal} addresses in all (${missingTotal} of them still to place), ` +
            `${free.addresses} of ${(0,core_cidr/* size */.Ej)(space)} are free${largest}.`,
        ...(context.location ? { location: context.location } : {}),
        hint: `${ways.join(', or ')}.`.replace(/^./, (c) => c.toUpperCase()),
    };
}
/** The context of trial allocations: whether something fits, without explaining why not. */
const QUIET = {};
const quiet = new WeakSet([QUIET]);
function fits(space, requests, existing) {
    return allocateSubnets((0,core_cidr/* formatCidr */.mG)(space), requests, existing, QUIET).unplaced.length === 0;
}
/**
 * The smallest range around `space` (same start, fewer prefix bits) in which every request fits, existing
 * subnets where they are; undefined when none up to a /8 does.
 */
function smallestSpaceThatFits(space, requests, existing) {
    for (let prefix = space.prefix - 1; prefix >= 8; prefix--) {
        const mask = (0xffffffff << (32 - prefix)) >>> 0;
        const candidate = { base: (space.base & mask) >>> 0, prefix };
        if (fits(candidate, requests, existing))
            return candidate;
    }
    return undefined;
}
/**
 * What to switch off so that everything else fits in `space`: one add-on whose subnet alone makes the room
 * (each such one, as alternatives), else all add-ons with subnets together when that is enough; a subnet that
 * a service which cannot be switched off (baseline) needs is never offered.
 */
function switchOffSuggestion(space, requests, existing, context) {
    if (!context.switchOff)
        return undefined;
    const removable = requests
        .map((r) => ({ r, flags: r.services.map((s) => context.switchOff(s)) }))
        // A subnet stays while any of its services stays: it is freed only if every one of them can go.
        .filter((x) => x.flags.every((f) => f.length > 0))
        .map((x) => ({ r: x.r, flags: [...new Set(x.flags.flat())] }));
    const fitsWithout = (names) => fits(space, requests.filter((r) => !names.has(r.name)), existing.filter((e) => e.foreign || !names.has(e.name)));
    const alone = removable.filter((x) => fitsWithout(new Set([x.r.name])));
    if (alone.length > 0)
        return `switch off ${alone.map((x) => `${x.flags.join(' and ')} (subnet ${x.r.name})`).join(' or ')}`;
    if (removable.length > 0 && fitsWithout(new Set(removable.map((x) => x.r.name))))
        return `switch off ${[...new Set(removable.flatMap((x) => x.flags))].join(', ')}`;
    return undefined;
}
function invalidSpace(text) {
    const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(text.trim());
    let hint = 'Write an IPv4 range such as 10.10.0.0/16.';
    if (m && Number(m[2]) <= 32 && m[1].split('.').every((o) => Number(o) <= 255)) {
        const octets = m[1].split('.').map(Number);
        const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
        const prefix = Number(m[2]);
        const maskBits = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
        hint = `The host bits must be zero: did you mean ${(0,core_cidr/* formatCidr */.mG)({ base: (address & maskBits) >>> 0, prefix })}?`;
    }
    return {
        severity: 'error',
        code: 'subnets.address-space',
        message: `The address space "${text}" is not a valid IPv4 CIDR range, so no subnets can be allocated.`,
        hint,
    };
}
function listServices(services) {
    if (services.length === 0)
        return 'no service';
    return services.join(', ');
}

// EXTERNAL MODULE: ./build/core/resources/catalog-resources.js
var catalog_resources = __webpack_require__(6195);
// EXTERNAL MODULE: ./build/core/resources/context.js
var context = __webpack_require__(3343);
// EXTERNAL MODULE: ./build/core/resources/diagnostics.js
var resources_diagnostics = __webpack_require__(512);
// EXTERNAL MODULE: ./build/core/resources/draft.js
var draft = __webpack_require__(5663);
// EXTERNAL MODULE: ./build/core/resources/endpoints.js
var endpoints = __webpack_require__(8602);
// EXTERNAL MODULE: ./build/core/resources/create-only.js
var create_only = __webpack_require__(97);
// EXTERNAL MODULE: ./build/core/resources/late-values.js
var late_values = __webpack_require__(7225);
// EXTERNAL MODULE: ./build/core/resources/placeholders.js
var placeholders = __webpack_require__(1468);
;// CONCATENATED MODULE: ./build/core/resources/requirements.js

function requiredSettingsProblems(services, drafts, observed) {
    const enabled = new Set(services.map((s) => s.id));
    const problems = [];
    for (const service of services) {
        for (const need of service.requiresSettings ?? []) {
            const [owner, key] = need.resource.split('.');
            if (!enabled.has(owner))
                continue; // `requires` reports a service that is off
            const draft = drafts.find((d) => d.service === owner && d.key === key);
            if (!draft)
                continue;
            const wanted = JSON.stringify(need.value);
            const desired = (0,placeholders/* getPath */.Y)(draft.body, need.path);
            if (JSON.stringify(desired) !== wanted) {
                problems.push({
                    severity: 'error',
                    code: 'catalog.requirement',
                    message: `${service.id} needs ${need.path} = ${wanted} on ${need.resource}, but the catalog deploys ${JSON.stringify(desired ?? null)}: ${need.reason}`,
                    hint: `set ${need.path} to ${wanted} in the ${owner} entry of the catalog, or switch ${service.id} off`,
                });
                continue;
            }
            const live = observed.find((r) => r.id.toLowerCase() === draft.id.toLowerCase());
            const reported = live?.properties ? reportedValue(live.properties, need.path) : undefined;
            if (reported !== undefined && JSON.stringify(reported) !== wanted) {
                problems.push({
                    severity: 'error',
                    code: 'catalog.requirement',
                    message: `${service.id} needs ${need.path} = ${wanted} on ${need.resource}, but the existing ${draft.name} reports ${JSON.stringify(reported)}: ${need.reason}`,
                    hint: `turn it on for ${draft.name} in Azure (purge protection cannot be turned off again), or switch ${service.id} off`,
                });
            }
        }
    }
    return problems;
}
/** Observers report properties as a flat map by dot path or as ARM's `properties` object. */
function reportedValue(props, path) {
    if (path in props)
        return props[path];
    return path.startsWith('properties.')
        ? (0,placeholders/* getPath */.Y)(props, path.slice('properties.'.length))
        : (0,placeholders/* getPath */.Y)(props, path);
}

// EXTERNAL MODULE: ./build/core/resources/roles.js
var roles = __webpack_require__(7765);
// EXTERNAL MODULE: ./build/core/resources/subnets.js
var resources_subnets = __webpack_require__(2358);
;// CONCATENATED MODULE: ./build/core/desired.js
// The desired state of one project environment: which services are on and why, and every ARM resource they
// consist of with its final name, id, body, tags, hash and dependencies. Pure: config + catalog + observed
// subnets in, data out; problems come back as diagnostics, never as exceptions.















const NETWORK_SERVICE = 'network';
const IDENTITY_SERVICE = 'managedIdentity';
const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';
const IDENTITY_TYPE = 'Microsoft.ManagedIdentity/userAssignedIdentities';
function buildDesiredState(config, env, catalog, observed, options) {
    return buildDesired(config, env, catalog, observed, options).state;
}
/** Also returns what the planner needs besides the state: the context and the enabled services. */
function buildDesired(config, env, catalog, observed, options, 
/** Services to build as if they were on (the planner uses it to name what a delete must clean up). */
extraServices = [], 
/** Services that are off but whose private endpoints stay (a blocked delete): their DNS zones stay too. */
endpointsStaying = []) {
    const ctx = (0,context/* createContext */.q6)(config, env, catalog, { tenantId: options.tenantId });
    const diagnostics = ctx.diagnostics;
    const enablement = (0,core_enablement/* enabledServices */["in"])(config, env, catalog);
    diagnostics.push(...enablement.diagnostics);
    const enabled = [...enablement.services];
    for (const extra of extraServices) {
        if (!enabled.some((s) => s.id === extra) && catalog.services.some((s) => s.id === extra)) {
            enabled.push({ id: extra, reason: { kind: 'implied', by: [] } });
        }
    }
    const services = catalog.services.filter((s) => enabled.some((e) => e.id === s.id));
    const enabledIds = new Set(services.map((s) => s.id));
    // 1. Names and ids of every catalog resource first, so any body can refer to any other resource.
    const named = new Map();
    const naming = new Set();
    const nameOf = (service) => {
        const done = named.get(service.id);
        if (done)
            return done;
        if (naming.has(service.id))
            return []; // a parent loop between services: reported as a missing parent
        naming.add(service.id);
        const list = (0,catalog_resources/* nameServiceResources */.ep)(ctx, service, diagnostics, (other, key) => {
            const def = services.find((s) => s.id === other);
            if (!def)
                return 'off';
            const resources = nameOf(def);
            return key ? resources.find((r) => r.spec.key === key) : resources[0];
        });
        named.set(service.id, list);
        return list;
    };
    for (const service of services)
        nameOf(service);
    // 2. Subnets: existing ones never move; the allocator places the rest.
    const requests = (0,resources_subnets/* subnetRequests */.aF)(ctx, services, diagnostics);
    let subnets = [];
    // A subnet that found no room is reported once, by the allocator; what refers to it resolves as if placed.
    let unplaced = [];
    if (requests.length > 0) {
        const path = `environments.${env}.addressSpace`;
        const allocated = allocateSubnets(ctx.envConfig.addressSpace, requests, observed.subnets ?? [], {
            path,
            location: config.locations?.[path],
            switchOff: (service) => (0,core_enablement/* flagsToSwitchOff */.WZ)(enablement.services, service),
        });
        subnets = allocated.subnets;
        unplaced = allocated.unplaced;
        diagnostics.push(...allocated.diagnostics);
    }
    const allocatedNames = new Set([...subnets.map((s) => s.name), ...unplaced]);
    // 3. Bodies of the catalog resources, placeholders resolved.
    const drafts = [];
    const byRef = refIndex(named);
    const identities = (named.get(IDENTITY_SERVICE) ?? []).filter((r) => r.spec.type === IDENTITY_TYPE);
    const enabledById = new Map(services.map((s) => [s.id, s]));
    for (const service of services) {
        for (const resource of named.get(service.id) ?? []) {
            const resolved = (0,placeholders/* resolvePlaceholders */.P)((0,catalog_resources/* bodyOf */.EN)(ctx, service, resource, enabledById), (kind, arg) => resolve(kind, arg, { ctx, service, resource, byRef, allocatedNames, enabledIds, identities }));
            for (const error of resolved.errors) {
                diagnostics.push({
                    severity: 'error',
                    // The tenant may come from the host at plan time (--tenant-id): validate words this one differently.
                    code: error.startsWith('{{tenantId}}') ? 'desired.tenant' : 'desired.placeholder',
                    message: `${service.id}: resource '${resource.spec.key}' (${resource.spec.type}): ${error}`,
                });
            }
            const body = { ...resolved.body };
            if (resource.spec.type === context/* RESOURCE_GROUP_TYPE */.Ei)
                body.location ??= ctx.location;
            const created = (0,create_only/* createdWith */.xl)(resource.spec, body);
            if (created)
                body.tags = { ...body.tags, [create_only/* TAG_CREATED_WITH */.dM]: created };
            const dependsOn = resolved.dependsOn.filter((id) => id !== resource.id);
            dependsOn.push(...waitedFor(ctx, service, resource, enabledById, byRef, diagnostics));
            if (resource.parentId)
                dependsOn.unshift(resource.parentId);
            drafts.push({
                service: service.id,
                key: resource.item ? `${resource.spec.key}:${String(resource.item.name)}` : resource.spec.key,
                id: resource.id,
                type: resource.spec.type,
                apiVersion: resource.spec.apiVersion,
                name: resource.armName,
                resourceGroup: resource.resourceGroup.name,
                subscriptionId: ctx.subscriptionId,
                ...(resource.scope ? { scope: resource.scope } : {}),
                body,
                dependsOn: resource.scope && !dependsOn.includes(resource.scope) ? [resource.scope, ...dependsOn] : dependsOn,
                role: resource.parentId ? 'child' : 'main',
            });
        }
    }
    // 4. Resources generated around the services.
    const subnetOwner = enabledIds.has(NETWORK_SERVICE) ? NETWORK_SERVICE : requests[0]?.services[0];
    const nsg = (named.get(NETWORK_SERVICE) ?? []).find((r) => r.spec.type === NSG_TYPE);
    const ownVnet = ctx.vnet?.ours ? drafts.find((d) => d.id === ctx.vnet.id) : undefined;
    if (ownVnet) {
        // A VNet PUT is the whole truth on Azure: subnets its body leaves out are deleted (or the PUT fails with
        // InUseSubnetCannotBeDeleted). Our own VNet therefore carries every allocated subnet inline.
        (0,resources_subnets/* withInlineSubnets */.Qw)(ownVnet, (0,resources_subnets/* subnetBodies */.Mp)(subnets, nsg?.id), nsg?.id);
    }
    else if (subnetOwner) {
        drafts.push(...(0,resources_subnets/* subnetResources */.Vu)(ctx, subnets, subnetOwner, nsg?.id));
    }
    const zonesAlsoFor = catalog.services.filter((s) => endpointsStaying.includes(s.id) && !enabledIds.has(s.id));
    drafts.push(...(0,endpoints/* endpointResources */.PR)({
        ctx,
        services,
        named,
        enabled: enabledIds,
        subnets: allocatedNames,
        diagnostics,
        zonesAlsoFor,
    }));
    const waits = [];
    drafts.push(...(0,roles/* roleAssignmentResources */.tG)({
        ctx,
        services,
        named,
        diagnostics,
        mustWait: (resourceId, roleId) => waits.push([resourceId, roleId]),
    }));
    // What a service creates only after its roles exist (the capability host after its project's roles).
    for (const [resourceId, roleId] of waits)
        drafts.find((d) => d.id === resourceId)?.dependsOn.push(roleId);
    drafts.push(...(0,resources_diagnostics/* diagnosticSettingsResources */.kN)(ctx, services, named, diagnostics));
    diagnostics.push(...requiredSettingsProblems(services, drafts, observed.resources ?? []));
    // 5. Resource groups first; dependencies only on resources this state creates; tags and hashes.
    const resources = finalize(ctx, drafts);
    const resourcesByService = new Map();
    for (const r of resources) {
        const list = resourcesByService.get(r.service) ?? [];
        list.push(r);
        resourcesByService.set(r.service, list);
    }
    const desiredServices = services.map((s) => ({
        id: s.id,
        reason: enabled.find((e) => e.id === s.id).reason,
        resources: resourcesByService.get(s.id) ?? [],
    }));
    const state = {
        project: ctx.project,
        environment: env,
        subscriptionId: ctx.subscriptionId,
        location: ctx.location,
        resourceGroups: [ctx.resourceGroups.project, ctx.resourceGroups.common].map((g) => ({
            role: g.role,
            name: g.name,
            id: g.id,
            managed: g.managed,
        })),
        services: desiredServices,
        subnets,
        ownershipTags: { ...ctx.ownershipTags },
        diagnostics: (0,core_diagnostics/* dedupeDiagnostics */.E)(diagnostics),
    };
    return { state, ctx, enabled };
}
/**
 * Ids of the resources a resource waits for by the catalog's word (`waitsFor`, and `bodyWhenService` parts in
 * force) rather than by a reference in its body. A resource of a service that is off is no dependency.
 */
function waitedFor(ctx, service, resource, enabled, byRef, diagnostics) {
    const refs = [
        ...(resource.spec.waitsFor ?? []),
        ...(0,catalog_resources/* servicePartsInForce */.aK)(ctx, resource.spec, enabled).flatMap((part) => part.waitsFor ?? []),
    ];
    const ids = [];
    for (const ref of refs) {
        const target = byRef.get(ref);
        if (target)
            ids.push(target.id);
        else if (enabled.has(ref.split('.')[0])) {
            diagnostics.push({
                severity: 'error',
                code: 'catalog.waits-for',
                message: `${service.id}: resource '${resource.spec.key}' waits for '${ref}', which is no resource of that service in network mode '${ctx.mode}'`,
            });
        }
    }
    return ids;
}
function refIndex(named) {
    const index = new Map();
    for (const [service, list] of named) {
        if (list.length > 0 && !index.has(service))
            index.set(service, list[0]);
        for (const r of list)
            if (!index.has(`${service}.${r.spec.key}`))
                index.set(`${service}.${r.spec.key}`, r);
    }
    return index;
}
const KNOWN_PLACEHOLDERS = 'location, tenantId, subscriptionId, addressSpace, name:svc.key, id:svc.key, subnetId:name, subnetName:name, vnetId, identityId, param:path, option:svc.path, item:path, principalId:svc, principalId:svc.key, live:svc.key:path[|lastSegment]';
function resolve(kind, arg, input) {
    const { ctx, service, resource, byRef } = input;
    const ref = (what) => {
        if (!arg)
            return { error: `needs a reference, e.g. {{${what}:keyVault.vault}}` };
        const found = byRef.get(arg);
        if (found)
            return found;
        const svc = arg.split('.')[0];
        return {
            error: input.enabledIds.has(svc)
                ? `'${arg}' is no resource of ${svc}`
                : `refers to '${svc}', which is off in environment '${ctx.env}'`,
        };
    };
    switch (kind) {
        case 'location':
            return { value: ctx.location };
        case 'subscriptionId':
            return { value: ctx.subscriptionId };
        case 'addressSpace':
            return { value: ctx.envConfig.addressSpace };
        case 'tenantId':
            return ctx.tenantId
                ? { value: ctx.tenantId }
                : { error: `needs the tenant id: set environments.${ctx.env}.tenantId or pass --tenant-id` };
        case 'name': {
            const r = ref('name');
            return 'error' in r ? r : { value: r.name };
        }
        case 'id': {
            const r = ref('id');
            return 'error' in r ? r : { value: r.id, dependsOn: r.id };
        }
        case 'subnetId': {
            if (!arg)
                return { error: 'needs a subnet name, e.g. {{subnetId:genai}}' };
            const azureName = (0,context/* subnetAzureName */.qM)(ctx, arg);
            if (!ctx.vnet)
                return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
            if (!input.allocatedNames.has(azureName))
                return { error: `no enabled service asks for subnet '${arg}'` };
            const id = `${ctx.vnet.id}/subnets/${azureName}`;
            // Our own VNet carries its subnets inline: what needs a subnet waits for the VNet.
            return { value: id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : id };
        }
        case 'subnetName': {
            if (!arg)
                return { error: 'needs a subnet name, e.g. {{subnetName:dbxpub}}' };
            const azureName = (0,context/* subnetAzureName */.qM)(ctx, arg);
            if (!input.allocatedNames.has(azureName))
                return { error: `no enabled service asks for subnet '${arg}'` };
            return {
                value: azureName,
                dependsOn: ctx.vnet
                    ? ctx.vnet.ours
                        ? ctx.vnet.id
                        : `${ctx.vnet.id}/subnets/${azureName}`
                    : undefined,
            };
        }
        case 'vnetId':
            if (!ctx.vnet)
                return { error: `no VNet: set environments.${ctx.env}.network.vnetName` };
            return { value: ctx.vnet.id, dependsOn: ctx.vnet.ours ? ctx.vnet.id : undefined };
        case 'identityId': {
            const identity = input.identities[0];
            return identity
                ? { value: identity.id, dependsOn: identity.id }
                : { error: `'${IDENTITY_SERVICE}' is off` };
        }
        case 'option': {
            // Another service's option (`{{option:customerManagedKey.keyVersion}}`), for body parts it decides.
            const [owner, ...path] = (arg ?? '').split('.');
            const other = ctx.catalog.services.find((x) => x.id === owner);
            if (!other || path.length === 0)
                return { error: 'needs a service and an option, e.g. {{option:customerManagedKey.keyVersion}}' };
            const value = (0,catalog_resources/* serviceOption */.N)(ctx, other, path.join('.'));
            return value === undefined
                ? { error: `set services.${owner}.${path.join('.')} in the config` }
                : { value };
        }
        case 'param': {
            if (!arg)
                return { error: 'needs a path, e.g. {{param:sku}}' };
            const value = (0,catalog_resources/* serviceOption */.N)(ctx, service, arg);
            return value === undefined ? { error: `set services.${service.id}.${arg} in the config` } : { value };
        }
        case 'item': {
            if (!resource.item)
                return { error: 'only resources with forEach have items' };
            const value = arg ? (0,placeholders/* getPath */.Y)(resource.item, arg) : resource.item;
            return value === undefined
                ? {
                    error: `entry '${String(resource.item.name)}' of services.${service.id}.${resource.spec.forEach} has no '${arg}'`,
                }
                : { value };
        }
        case 'principalId':
        case 'live': {
            // Known only after apply: kept as written, and the resource waits for the one it names.
            const late = (0,late_values/* parseLateRef */.zD)(kind, arg);
            if ('error' in late)
                return late;
            const target = byRef.get(late.ref);
            if (target)
                return { keep: true, dependsOn: target.id };
            const svc = late.ref.split('.')[0];
            return {
                error: input.enabledIds.has(svc)
                    ? `'${late.ref}' is no resource of ${svc}`
                    : `refers to '${svc}', which is off in environment '${ctx.env}'`,
            };
        }
        default:
            return { error: `unknown placeholder; known: ${KNOWN_PLACEHOLDERS}` };
    }
}
/**
 * Adds the resource-group dependency, drops dependencies on resources this state does not create, writes tags
 * on tracked resources and computes hashes. The first tracked main resource of a service (its anchor) also
 * hashes the service's untagged resources (children, role assignments, diagnostic settings, subnets), so a
 * change in any of them shows as drift of the service.
 */
function finalize(ctx, drafts) {
    const ids = new Set();
    const unique = [];
    for (const d of drafts) {
        if (ids.has(d.id))
            continue;
        ids.add(d.id);
        unique.push(d);
    }
    const groupIds = new Map(Object.values(ctx.resourceGroups)
        .filter((g) => g.managed)
        .map((g) => [g.name, g.id]));
    const resources = unique.map((d) => {
        const dependsOn = new Set();
        const groupId = groupIds.get(d.resourceGroup);
        if (groupId && groupId !== d.id)
            dependsOn.add(groupId);
        for (const id of d.dependsOn)
            if (id !== d.id && ids.has(id))
                dependsOn.add(id);
        const body = { ...d.body };
        if ((0,draft/* isTracked */.Xz)(d)) {
            const own = d.body.tags ?? {};
            body.tags = { ...ctx.config.project.tags, ...own, ...ctx.ownershipTags, [context/* TAG_SERVICE */.Fj]: d.service };
        }
        return {
            ...d,
            body,
            dependsOn: [...dependsOn],
            hash: (0,hash/* shortHash */.BC)({ type: d.type, apiVersion: d.apiVersion, body }),
        };
    });
    const anchors = new Map();
    for (const r of resources)
        if (r.role === 'main' && (0,draft/* isTracked */.Xz)(r) && !anchors.has(r.service))
            anchors.set(r.service, r);
    for (const r of resources)
        if ((0,draft/* isTracked */.Xz)(r) && !anchors.has(r.service))
            anchors.set(r.service, r);
    for (const [service, anchor] of anchors) {
        const untracked = resources
            .filter((r) => r.service === service && !(0,draft/* isTracked */.Xz)(r))
            .map((r) => [r.id.toLowerCase(), r.hash])
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        if (untracked.length > 0)
            anchor.hash = (0,hash/* shortHash */.BC)({ own: anchor.hash, covers: untracked });
    }
    for (const r of resources) {
        if ((0,draft/* isTracked */.Xz)(r))
            r.body = { ...r.body, tags: { ...r.body.tags, [context/* TAG_HASH */.YF]: r.hash } };
    }
    return resources;
}


/***/ }),

/***/ 6450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ dedupeDiagnostics)
/* harmony export */ });
/** Drops repeats of the same finding (one check can meet the same problem through several paths). */
function dedupeDiagnostics(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const key = `${d.severity}|${d.code}|${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}


/***/ }),

/***/ 655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ describeReason),
/* harmony export */   WZ: () => (/* binding */ flagsToSwitchOff),
/* harmony export */   "in": () => (/* binding */ enabledServices)
/* harmony export */ });
/* unused harmony export availableInMode */
/** Base flags overlaid by the environment's flags, with where each value came from. */
function effectiveFlags(config, env) {
    const flags = new Map();
    for (const [id, on] of Object.entries(config.flags ?? {}))
        flags.set(id, { on, environment: false });
    for (const [id, on] of Object.entries(config.environments[env]?.flags ?? {}))
        flags.set(id, { on, environment: true });
    return flags;
}
function availableInMode(def, config) {
    return !def.modes || def.modes.includes(config.network.mode);
}
/**
 * Computes the services that are on. The config is assumed valid (parseConfig reports unknown flags and
 * `requires` violations with their lines); this still guards, so a broken caller gets a diagnostic, not a
 * plan that silently lacks a service.
 */
function enabledServices(config, env, catalog) {
    const diagnostics = [];
    const byId = new Map(catalog.services.map((s) => [s.id, s]));
    const reasons = new Map();
    const flags = effectiveFlags(config, env);
    for (const def of catalog.services) {
        if (def.baseline.includes(config.architecture))
            reasons.set(def.id, { kind: 'baseline', architecture: config.architecture });
    }
    for (const [id, flag] of flags) {
        if (!flag.on || reasons.has(id))
            continue;
        if (!byId.has(id)) {
            diagnostics.push({
                severity: 'error',
                code: 'flags.unknown',
                message: `flag '${id}' names no service of the catalog`,
                hint: 'run `aifactory catalog` for the list of services',
            });
            continue;
        }
        reasons.set(id, { kind: 'flag', environment: flag.environment });
    }
    // Implied services, to a fixed point; a service implied by several lists all of them (sorted by catalog order).
    const implied = new Map();
    let queue = [...reasons.keys()];
    while (queue.length > 0) {
        const next = [];
        for (const id of queue) {
            for (const target of byId.get(id)?.implies ?? []) {
                if (!byId.has(target))
                    continue;
                const by = implied.get(target) ?? new Set();
                by.add(id);
                implied.set(target, by);
                if (!reasons.has(target)) {
                    reasons.set(target, { kind: 'implied', by: [] });
                    next.push(target);
                }
            }
        }
        queue = next;
    }
    const order = new Map(catalog.services.map((s, i) => [s.id, i]));
    for (const [target, by] of implied) {
        const reason = reasons.get(target);
        if (reason?.kind === 'implied') {
            reason.by = [...by].filter((b) => reasons.has(b)).sort((a, b) => order.get(a) - order.get(b));
        }
    }
    const services = [];
    for (const def of catalog.services) {
        const reason = reasons.get(def.id);
        if (!reason)
            continue;
        if (!availableInMode(def, config)) {
            // Baseline services that do not apply in this landing-zone mode are simply absent (e.g. the private DNS
            // zones are the hub's in hub-spoke); a service switched on by a flag is a mistake worth saying.
            if (reason.kind === 'flag') {
                diagnostics.push({
                    severity: 'error',
                    code: 'flags.mode',
                    message: `'${def.id}' is not available in network mode '${config.network.mode}'`,
                    hint: `it is available in: ${def.modes.join(', ')}; switch the flag off or change network.mode`,
                });
            }
            continue;
        }
        services.push({ id: def.id, reason });
    }
    const on = new Set(services.map((s) => s.id));
    for (const s of services) {
        for (const needed of byId.get(s.id).requires) {
            if (!on.has(needed)) {
                diagnostics.push({
                    severity: 'error',
                    code: 'flags.requires',
                    message: `'${s.id}' requires '${needed}', which is off in '${env}'`,
                    hint: `set flags.${needed}: true, or switch '${s.id}' off`,
                });
            }
        }
    }
    return { services, diagnostics };
}
/** Human wording of a reason, for the plan. */
function describeReason(reason, env) {
    switch (reason.kind) {
        case 'baseline':
            return `baseline of ${reason.architecture}`;
        case 'flag':
            return reason.environment ? `flag on in environment '${env}'` : 'flag on';
        case 'implied':
            return `implied by ${reason.by.join(', ')}`;
    }
}
/**
 * The flags whose switching off removes `service`: its own flag, or for an implied service the flags behind
 * every service that implies it (it stays while any of them is on). Empty when it cannot be switched off (a
 * baseline service, or one implied by a baseline service).
 */
function flagsToSwitchOff(services, service, seen = new Set()) {
    const reason = services.find((s) => s.id === service)?.reason;
    if (!reason || reason.kind === 'baseline' || seen.has(service))
        return [];
    if (reason.kind === 'flag')
        return [service];
    const next = new Set([...seen, service]);
    const behind = reason.by.map((by) => flagsToSwitchOff(services, by, next));
    if (reason.by.length === 0 || behind.some((flags) => flags.length === 0))
        return [];
    return [...new Set(behind.flat())];
}


/***/ }),

/***/ 7384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   wj: () => (/* binding */ deterministicGuid)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// Stable hashing: the same value always gives the same text and hash, on every host and Node version, so two
// machines planning the same input write byte-identical plans.

/**
 * JSON with object keys sorted at every level and `undefined` members dropped. Arrays keep their order:
 * order in a list is meaning (a cleanup sequence, a list of address prefixes).
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => (v === undefined ? null : sortKeys(v)));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The hash written as the `aifactory-hash` tag: 16 hex characters (64 bits) of the canonical JSON's sha256. */
function shortHash(value) {
    return sha256Hex(canonicalJson(value)).slice(0, 16);
}
/**
 * A GUID-shaped value derived from the parts (role assignment names must be GUIDs and must not change between
 * runs, or every plan would recreate them). Version 5 and RFC 4122 variant bits are set so it parses as a
 * well-formed UUID everywhere.
 */
function deterministicGuid(...parts) {
    const hex = sha256Hex(parts.map((p) => `${p.length}:${p}`).join(';'));
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return [
        hex.slice(0, 8),
        hex.slice(8, 12),
        `5${hex.slice(13, 16)}`,
        `${variant}${hex.slice(17, 20)}`,
        hex.slice(20, 32),
    ].join('-');
}


/***/ }),

/***/ 5562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ buildName),
/* harmony export */   GZ: () => (/* binding */ computeSalt),
/* harmony export */   Lv: () => (/* binding */ nameContext),
/* harmony export */   c5: () => (/* binding */ nameSources),
/* harmony export */   kQ: () => (/* binding */ formatProjectNumber),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony exports NAME_TOKENS, itemBudget, checkName, checkNameRule, nameInputs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// Resource names: built from a catalog pattern, then checked against Azure's rules for the type, so a name
// that cannot fit fails at validate time with a precise message instead of at deploy time.

/** Tokens filled from the context. `{item}` (and its synonym `{suffix}`) come from the `item` argument. */
const NAME_TOKENS = [
    'prefix',
    'project',
    'projectNumber',
    'env',
    'location',
    'loc',
    'scaleSet',
    'salt',
    'item',
    'suffix',
];
const TOKEN = /\{([A-Za-z]+)\}/g;
const SALT_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = LETTERS + '0123456789';
/**
 * A short, stable, well-spread value that makes globally unique names unique: 5 characters [a-z0-9], the first
 * a letter (several resource types must start with one). The same parts always give the same salt; the parts
 * are length-prefixed so ('ab', 'c') and ('a', 'bc') differ. 26·36⁴ ≈ 43.7 million values.
 */
function computeSalt(...parts) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const part of parts)
        hash.update(`${part.length}:${part};`);
    // 64 bits of the digest, reduced: the bias of the modulo is below 1e-11, far under anything observable.
    let value = hash.digest().readBigUInt64BE(0);
    let salt = '';
    for (let i = 0; i < SALT_LENGTH; i++) {
        const alphabet = i === 0 ? LETTERS : ALPHANUMERIC;
        const base = BigInt(alphabet.length);
        salt += alphabet[Number(value % base)];
        value /= base;
    }
    return salt;
}
/** `1` → `001`: the project number as today's AI Factory writes it in names. */
function formatProjectNumber(n) {
    return String(n).padStart(3, '0');
}
/** Builds the full context from config values, with the padding conventions of today's pipelines. */
function nameContext(input) {
    const projectNumber = formatProjectNumber(input.projectNumber);
    return {
        prefix: input.prefix,
        project: `prj${projectNumber}`,
        projectNumber,
        env: input.env,
        location: input.location,
        loc: input.loc,
        scaleSet: input.scaleSet,
        salt: input.salt,
    };
}
/**
 * Fills the pattern's tokens, applies `stripHyphens` and `lowercase`, then checks the result. `resourceType`
 * only makes messages name the type ("… the limit for Microsoft.Storage/storageAccounts is 24").
 */
function buildName(rule, ctx, item, resourceType) {
    const unknown = [];
    let missingItem = false;
    let name = rule.pattern.replace(TOKEN, (whole, token) => {
        switch (token) {
            case 'item':
                if (item === undefined)
                    missingItem = true;
                return item ?? '';
            case 'suffix':
                return item ?? '';
            case 'prefix':
            case 'project':
            case 'projectNumber':
            case 'env':
            case 'location':
            case 'loc':
            case 'scaleSet':
            case 'salt':
                return ctx[token];
            default:
                unknown.push(whole);
                return whole;
        }
    });
    if (rule.stripHyphens)
        name = name.replace(/-/g, '');
    if (rule.lowercase)
        name = name.toLowerCase();
    const subject = resourceType ? ` for ${resourceType}` : '';
    if (unknown.length > 0) {
        return {
            name,
            code: 'names.unknown-token',
            problem: `the name pattern "${rule.pattern}"${subject} uses unknown token${unknown.length > 1 ? 's' : ''} ` +
                `${unknown.join(', ')}; known tokens: ${NAME_TOKENS.map((t) => `{${t}}`).join(' ')}`,
        };
    }
    if (missingItem) {
        return {
            name,
            code: 'names.missing-item',
            problem: `the name pattern "${rule.pattern}"${subject} needs {item} (the entry's name) but none was given`,
        };
    }
    const problem = checkName(rule, name, resourceType);
    return problem ? { name, problem: problem.message, code: problem.code } : { name };
}
/**
 * How many characters a `{item}` (a user-chosen entry name, e.g. a container app) may have so the whole name
 * stays within the rule's maximum, for config validation that wants to say "at most N characters" up front.
 */
function itemBudget(rule, ctx) {
    const withoutItem = buildName({ ...rule, pattern: rule.pattern.replace(/\{(item|suffix)\}/g, '') }, ctx);
    return rule.maxLength - withoutItem.name.length;
}
/** Checks a finished name against the rule's length and charset; undefined when it is valid. */
function checkName(rule, name, resourceType) {
    const limitOf = resourceType ? `the limit for ${resourceType}` : 'the limit';
    const chars = (n) => `${n} character${n === 1 ? '' : 's'}`;
    if (name.length > rule.maxLength) {
        return {
            code: 'names.too-long',
            message: `"${name}" is ${chars(name.length)}, ${limitOf} is ${rule.maxLength}`,
        };
    }
    if (name.length < rule.minLength) {
        return {
            code: 'names.too-short',
            message: `"${name}" is ${chars(name.length)}, the minimum${resourceType ? ` for ${resourceType}` : ''} is ${rule.minLength}`,
        };
    }
    if (!allowedPattern(rule.allowed).test(name)) {
        const why = charsetHint(rule, name);
        return {
            code: 'names.invalid-characters',
            message: `"${name}" is not a valid name${resourceType ? ` for ${resourceType}` : ''}: ${rule.allowedText}${why ? ` (${why})` : ''}`,
        };
    }
    return undefined;
}
/**
 * Problems with a rule itself, found without any input: unknown tokens, a globally unique type whose pattern
 * lacks `{salt}` (two tenants with the same prefix and project would collide), or limits that contradict.
 */
function checkNameRule(rule, resourceType) {
    const subject = resourceType ? `${resourceType}: ` : '';
    const problems = [];
    const tokens = [...rule.pattern.matchAll(TOKEN)].map((m) => m[1]);
    for (const token of tokens) {
        if (!NAME_TOKENS.includes(token)) {
            problems.push(`${subject}unknown token {${token}} in "${rule.pattern}"`);
        }
    }
    if (rule.uniqueness === 'global' && !tokens.includes('salt')) {
        problems.push(`${subject}names must be globally unique but "${rule.pattern}" has no {salt}`);
    }
    if (rule.minLength > rule.maxLength) {
        problems.push(`${subject}minLength ${rule.minLength} is above maxLength ${rule.maxLength}`);
    }
    try {
        allowedPattern(rule.allowed);
    }
    catch (e) {
        problems.push(`${subject}allowed is not a regular expression: ${e.message}`);
    }
    return problems;
}
const compiled = new Map();
function allowedPattern(source) {
    let re = compiled.get(source);
    if (!re) {
        re = new RegExp(`^(?:${source})$`);
        compiled.set(source, re);
    }
    return re;
}
/** A guess at the most likely reason a name fails the charset, for the message; undefined when unsure. */
function charsetHint(rule, name) {
    const re = allowedPattern(rule.allowed);
    if (name !== name.toLowerCase() && re.test(name.toLowerCase()))
        return 'it has upper-case letters';
    if (/--/.test(name) && re.test(name.replace(/-+/g, '-')))
        return "it contains '--'";
    if (/^[^A-Za-z]/.test(name) && re.test(`a${name.slice(1)}`))
        return `it starts with '${name[0]}'`;
    if (/[^A-Za-z0-9]$/.test(name) && re.test(`${name.slice(0, -1)}a`))
        return `it ends with '${name[name.length - 1]}'`;
    if (name.includes('-') && re.test(name.replace(/-/g, '')))
        return "it contains '-'";
    const odd = [...new Set(name.replace(/[A-Za-z0-9-]/g, ''))];
    if (odd.length > 0)
        return `it contains ${odd.map((c) => `'${c}'`).join(', ')}`;
    return undefined;
}
/** Where an environment's name inputs are written in `config`; `item` for names of list entries. */
function nameSources(config, env, item) {
    const locationPath = config.environments[env]?.location
        ? `environments.${env}.location`
        : 'project.location';
    return { env, locationPath, ...(item ? { item } : {}) };
}
/** The inputs a pattern takes, in the order it uses them; the salt and literal text are not inputs. */
function nameInputs(pattern, ctx, where, item) {
    const inputs = [];
    for (const [, token] of pattern.matchAll(TOKEN)) {
        if (inputs.some((i) => i.token === token))
            continue;
        const input = nameInput(token, ctx, where, item);
        if (input)
            inputs.push(input);
    }
    return inputs;
}
function nameInput(token, ctx, where, item) {
    const spelled = ctx.env === where.env ? '' : `, spelled '${ctx.env}' in names`;
    switch (token) {
        case 'prefix':
            return {
                token,
                path: 'project.prefix',
                label: `project.prefix '${ctx.prefix}'`,
                text: ctx.prefix,
                resizable: true,
            };
        case 'project':
        case 'projectNumber':
            return {
                token,
                path: 'project.number',
                label: `the project number '${ctx[token]}'`,
                text: ctx[token],
                resizable: false,
            };
        case 'env':
            return {
                token,
                path: `environments.${where.env}`,
                label: `the environment name '${where.env}'${spelled}`,
                text: ctx.env,
                resizable: true,
            };
        case 'location':
            return {
                token,
                path: where.locationPath,
                label: `the location '${ctx.location}'`,
                text: ctx.location,
                resizable: true,
            };
        case 'loc':
            return {
                token,
                path: where.locationPath,
                label: `the location code '${ctx.loc}' of ${ctx.location}`,
                text: ctx.loc,
                resizable: true,
            };
        case 'scaleSet':
            return {
                token,
                path: 'project.scaleSet',
                label: `project.scaleSet '${ctx.scaleSet}'`,
                text: ctx.scaleSet,
                resizable: false,
            };
        case 'item':
        case 'suffix':
            return item === undefined
                ? undefined
                : {
                    token,
                    path: where.item?.path,
                    label: `${where.item?.label ?? 'the entry name'} '${item}'`,
                    text: item,
                    resizable: true,
                };
        default:
            return undefined;
    }
}
/** Which input a message about the name points at: the one a user is most likely to change. */
const POINT_AT = [
    'env',
    'item',
    'suffix',
    'prefix',
    'loc',
    'location',
    'project',
    'projectNumber',
    'scaleSet',
];
/**
 * The validate-time error for a built name that breaks its rule: where (the config key of the input most
 * likely to change), which name, its length and limit, which inputs make it up, and what to change — only
 * inputs that are in this name, each with the length that would fit.
 */
function nameProblem(input) {
    const { rule, built } = input;
    const inputs = nameInputs(rule.pattern, input.ctx, input.where, input.item);
    const salt = rule.pattern.includes('{salt}') ? [`a ${input.ctx.salt.length}-character salt`] : [];
    const parts = [...inputs.map((i) => `${i.label} (${i.text.length})`), ...salt];
    const made = parts.length > 0 ? `; it is made of ${listWords(parts)}` : '';
    const target = [...inputs].sort((a, b) => POINT_AT.indexOf(a.token) - POINT_AT.indexOf(b.token))[0];
    const location = target?.path ? input.locations?.[target.path] : undefined;
    return {
        severity: 'error',
        code: 'names.invalid',
        message: `${input.subject} cannot be used: ${built.problem}${made}`,
        ...(location ? { location } : {}),
        hint: nameHint(rule, built, inputs),
    };
}
function nameHint(rule, built, inputs) {
    const resizable = inputs.filter((i) => i.resizable);
    if (resizable.length === 0)
        return 'no input of aifactory.yaml is in this name: the catalog rule for this type needs a fix';
    if (built.code === 'names.too-long') {
        const over = built.name.length - rule.maxLength;
        const ways = [...resizable]
            .sort((a, b) => POINT_AT.indexOf(a.token) - POINT_AT.indexOf(b.token))
            .map((i) => ({ i, fits: i.text.length - over }))
            .filter(({ i, fits }) => fits >= (SHORTEST[i.token] ?? 1))
            .map(({ i, fits }) => `${shorter(i)}${i.token === 'loc' ? '' : ' of'} at most ${fits} character${fits === 1 ? '' : 's'}`);
        if (ways.length > 0)
            return `use ${listWords(ways, 'or')}`;
        return `shorten ${listWords(resizable.map((i) => i.label))}: the name is ${over} character${over === 1 ? '' : 's'} over the limit`;
    }
    return `change ${listWords(resizable.map((i) => i.label), 'or')}`;
}
/** The shortest value an input can have (a prefix has 2 characters, region codes at least 2). */
const SHORTEST = { prefix: 2, loc: 2 };
function shorter(i) {
    switch (i.token) {
        case 'env':
            return 'an environment name';
        case 'prefix':
            return 'a project.prefix';
        case 'location':
            return 'a location name';
        case 'loc':
            return 'a location whose short code has';
        default:
            return i.label.replace(/ '.*$/, '');
    }
}
function listWords(items, last = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}


/***/ }),

/***/ 7247:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan),
  O: () => (/* reexport */ comparePlans)
});

// EXTERNAL MODULE: ./build/core/diagnostics.js
var core_diagnostics = __webpack_require__(6450);
// EXTERNAL MODULE: ./build/core/enablement.js
var enablement = __webpack_require__(655);
// EXTERNAL MODULE: ./build/core/desired.js + 2 modules
var core_desired = __webpack_require__(3948);
// EXTERNAL MODULE: ./build/core/hash.js
var hash = __webpack_require__(7384);
// EXTERNAL MODULE: ./build/core/version.js
var version = __webpack_require__(8614);
;// CONCATENATED MODULE: ./build/core/fingerprint.js
// The fingerprint of a plan: a hash of everything it was computed from, so an apply can refuse a plan that no
// longer matches reality, and say which input changed. Only stable, host-independent values go in: no paths,
// no times, no order that depends on how Azure happened to list things.


const digest = (value) => `sha256:${(0,hash/* sha256Hex */.fg)((0,hash/* canonicalJson */.dj)(value))}`;
/** The config without where it came from: moving or re-indenting the file changes nothing. */
function normalizeConfig(config, env) {
    const { file: _file, locations: _locations, ...rest } = config;
    return { config: rest, environment: env };
}
/** Only what the planner reads from the observed state, in a canonical order. */
function normalizeObserved(observed) {
    const byKey = (items, key) => [...items].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return {
        subscriptionId: observed.subscriptionId?.toLowerCase(),
        resourceGroups: byKey(observed.resourceGroups ?? [], (g) => g.name.toLowerCase()).map((g) => ({
            name: g.name.toLowerCase(),
            exists: g.exists,
            tags: ownTags(g.tags),
        })),
        resources: byKey(observed.resources ?? [], (r) => r.id.toLowerCase()).map((r) => ({
            id: r.id.toLowerCase(),
            type: r.type.toLowerCase(),
            tags: ownTags(r.tags),
            provisioningState: r.provisioningState,
            properties: r.properties,
        })),
        subnets: byKey(observed.subnets ?? [], (s) => s.name.toLowerCase()).map((s) => ({
            name: s.name.toLowerCase(),
            addressPrefix: s.addressPrefix,
            foreign: s.foreign,
        })),
        softDeleted: byKey(observed.softDeleted ?? [], (s) => `${s.type.toLowerCase()}/${s.name.toLowerCase()}`),
    };
}
/** The tags this tool reads (`aifactory-*`), keys lower-cased: other tags do not change a plan. */
function ownTags(tags) {
    if (!tags)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase().startsWith('aifactory-'))
            out[k.toLowerCase()] = v;
    return Object.keys(out).length > 0 ? out : undefined;
}
function normalizeOptions(options) {
    return { allowDestroy: [...new Set(options.allowDestroy ?? [])].sort(), tenantId: options.tenantId };
}
function planInputs(config, env, observed, options) {
    return {
        config: digest(normalizeConfig(config, env)),
        observed: digest(normalizeObserved(observed)),
        options: digest(normalizeOptions(options)),
    };
}
function planFingerprint(inputs, catalog) {
    return digest({ tool: version/* TOOL_VERSION */.w, catalog: catalog.version, inputs });
}

;// CONCATENATED MODULE: ./build/core/graph.js
// The dependency graph as data: create order, delete order, cycles and the critical path.
// Every result is deterministic for the same input, so two hosts given the same config print the same plan.
/**
 * Create order (dependencies first) by Kahn's algorithm; when several nodes are ready, the one earliest in
 * `nodes` goes first. Edges to nodes not in `nodes` are ignored (a service that is off is no prerequisite).
 * On a cycle, returns its exact members as `a → b → … → a` (a depends on b, …, the last depends on a),
 * starting at the member that comes first in `nodes`.
 */
function topoOrder(nodes, deps) {
    return kahn(nodes, (n) => deps.get(n) ?? []);
}
/**
 * Delete order: dependents first (a node goes only after everything that depends on it has gone); ties broken
 * by input order. A cycle is reported in the same direction as `topoOrder` does.
 */
function reverseTopoOrder(nodes, deps) {
    const result = topoOrder(nodes, deps);
    if ('cycle' in result)
        return result;
    const dependents = reverseDeps(deps);
    return kahn(nodes, (n) => dependents.get(n) ?? []);
}
/** The graph with every edge turned around: node → the nodes that depend on it (in `deps` key order). */
function reverseDeps(deps) {
    const out = new Map();
    for (const [node, needs] of deps) {
        for (const need of needs) {
            const list = out.get(need) ?? [];
            if (!list.includes(node))
                list.push(node);
            out.set(need, list);
        }
    }
    return out;
}
/** Every node that depends on `id`, directly or through others (not `id` itself unless on a cycle). */
function transitiveDependents(id, deps) {
    return reachable(id, reverseDeps(deps));
}
/** Every node `id` depends on, directly or through others. */
function transitiveDependencies(id, deps) {
    return reachable(id, deps);
}
/**
 * The longest chain of dependent nodes by `seconds`: the lower bound of the time to run `order` with unbounded
 * parallelism. `order` must be a topological order (dependencies first); the path is returned in that
 * direction. Ties go to the node earliest in `order`.
 */
function criticalPath(order, deps, seconds) {
    const position = new Map(order.map((n, i) => [n, i]));
    const finish = new Map();
    const via = new Map();
    for (const node of order) {
        let best;
        let bestFinish = 0;
        for (const need of deps.get(node) ?? []) {
            const f = finish.get(need);
            if (f === undefined)
                continue; // not in the order, or (with a bad order) not yet placed
            if (best === undefined ||
                f > bestFinish ||
                (f === bestFinish && position.get(need) < position.get(best))) {
                best = need;
                bestFinish = f;
            }
        }
        finish.set(node, bestFinish + Math.max(0, seconds(node)));
        via.set(node, best);
    }
    let end;
    let total = 0;
    for (const node of order) {
        const f = finish.get(node);
        if (end === undefined || f > total) {
            end = node;
            total = f;
        }
    }
    const path = [];
    for (let n = end; n !== undefined; n = via.get(n))
        path.push(n);
    return { seconds: total, path: path.reverse() };
}
/** Formats a cycle from `topoOrder` for messages: `a → b → a`. */
function formatCycle(cycle) {
    return cycle.join(' → ');
}
function kahn(nodes, needsOf) {
    const unique = [...new Set(nodes)];
    const index = new Map(unique.map((n, i) => [n, i]));
    const remaining = new Map();
    const dependents = new Map();
    for (const node of unique) {
        const needs = [...new Set(needsOf(node))].filter((d) => index.has(d));
        remaining.set(node, needs.length);
        for (const need of needs) {
            const list = dependents.get(need) ?? [];
            list.push(node);
            dependents.set(need, list);
        }
    }
    const ready = new MinHeap();
    for (const node of unique)
        if (remaining.get(node) === 0)
            ready.push(index.get(node));
    const order = [];
    while (ready.size > 0) {
        const node = unique[ready.pop()];
        order.push(node);
        for (const dependent of dependents.get(node) ?? []) {
            const left = remaining.get(dependent) - 1;
            remaining.set(dependent, left);
            if (left === 0)
                ready.push(index.get(dependent));
        }
    }
    if (order.length === unique.length)
        return { order };
    const stuck = new Set(unique.filter((n) => remaining.get(n) > 0));
    return { cycle: findCycle(unique, stuck, (n) => needsOf(n).filter((d) => stuck.has(d))) };
}
/**
 * Every node left over by Kahn either sits on a cycle or depends on one, so walking "depends on" edges inside
 * the left-over set must come back to a node already seen. The walk starts at the earliest left-over node
 * and always takes its earliest left-over dependency, which keeps the reported cycle deterministic.
 */
function findCycle(nodes, stuck, needsOf) {
    const index = new Map(nodes.map((n, i) => [n, i]));
    const byInputOrder = (a, b) => index.get(a) - index.get(b);
    const start = nodes.find((n) => stuck.has(n));
    const seenAt = new Map();
    const walk = [];
    let current = start;
    while (!seenAt.has(current)) {
        seenAt.set(current, walk.length);
        walk.push(current);
        current = [...needsOf(current)].sort(byInputOrder)[0];
    }
    const cycle = walk.slice(seenAt.get(current));
    // Rotate so the cycle starts at its member earliest in the input: the same cycle always reads the same.
    const first = cycle.reduce((a, b) => (index.get(b) < index.get(a) ? b : a));
    const at = cycle.indexOf(first);
    const rotated = [...cycle.slice(at), ...cycle.slice(0, at)];
    return [...rotated, rotated[0]];
}
function reachable(id, edges) {
    const seen = new Set();
    const queue = [...(edges.get(id) ?? [])];
    while (queue.length > 0) {
        const next = queue.shift();
        if (seen.has(next))
            continue;
        seen.add(next);
        queue.push(...(edges.get(next) ?? []));
    }
    return [...seen];
}
/** A binary min-heap of input positions: the ready node earliest in the input comes out first. */
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const a = this.items;
        a.push(value);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (a[parent] <= a[i])
                break;
            [a[parent], a[i]] = [a[i], a[parent]];
            i = parent;
        }
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const lastItem = a.pop();
        if (a.length > 0) {
            a[0] = lastItem;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let smallest = i;
                if (l < a.length && a[l] < a[smallest])
                    smallest = l;
                if (r < a.length && a[r] < a[smallest])
                    smallest = r;
                if (smallest === i)
                    break;
                [a[smallest], a[i]] = [a[i], a[smallest]];
                i = smallest;
            }
        }
        return top;
    }
}

// EXTERNAL MODULE: ./build/core/resources/context.js
var context = __webpack_require__(3343);
// EXTERNAL MODULE: ./build/core/resources/diagnostics.js
var diagnostics = __webpack_require__(512);
// EXTERNAL MODULE: ./build/core/resources/draft.js
var draft = __webpack_require__(5663);
// EXTERNAL MODULE: ./build/core/resources/endpoints.js
var endpoints = __webpack_require__(8602);
// EXTERNAL MODULE: ./build/core/resources/roles.js
var roles = __webpack_require__(7765);
// EXTERNAL MODULE: ./build/core/resources/subnets.js
var subnets = __webpack_require__(2358);
// EXTERNAL MODULE: ./build/core/resources/placeholders.js
var placeholders = __webpack_require__(1468);
// EXTERNAL MODULE: ./build/core/soft-delete.js
var soft_delete = __webpack_require__(7938);
;// CONCATENATED MODULE: ./build/core/planning/cleanup.js
// What removing a service deletes, step by step in the catalog's cleanup order, as resource ids. The ids come
// from what Azure holds under the service's tag, plus the untagged resources (role assignments, diagnostic
// settings, DNS zone groups, children) that the service would have, computed the same way as on create.








const SOFT_DELETE_TYPES = new Set([
    'microsoft.keyvault/vaults',
    'microsoft.cognitiveservices/accounts',
    'microsoft.machinelearningservices/workspaces',
    'microsoft.apimanagement/service',
]);
const DEFAULT_CLEANUP = [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'resource',
];
function planCleanup(input) {
    const { hypothetical, observedIds, owned } = input;
    const exists = (id) => observedIds.has(id.toLowerCase());
    const info = new Map();
    const remember = (r) => {
        const key = r.id.toLowerCase();
        if (!info.has(key))
            info.set(key, {
                id: r.id,
                type: r.type,
                name: r.name,
                apiVersion: r.apiVersion ?? apiVersionOf(input, r.type),
            });
    };
    for (const r of hypothetical)
        remember(r);
    for (const r of owned)
        remember(r);
    const ofRole = (role) => hypothetical.filter((r) => r.role === role);
    // What Azure holds for the service (tagged, or recorded by this tool's deployments), by cleanup step.
    const ownedIn = (step) => owned.filter((r) => cleanupStepOf(r) === step).map((r) => r.id);
    const endpoints = unique([
        ...ownedIn('privateEndpoints'),
        ...ofRole('privateEndpoint')
            .filter((r) => exists(r.id))
            .map((r) => r.id),
    ]);
    const endpointSet = new Set(endpoints.map((id) => id.toLowerCase()));
    const topLevel = owned.filter((r) => cleanupStepOf(r) === 'resource');
    // Dependents first: reverse of the order the service creates its resources in.
    const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
    const resources = [...topLevel]
        .sort((a, b) => (createOrder.get(b.id.toLowerCase()) ?? -1) - (createOrder.get(a.id.toLowerCase()) ?? -1) ||
        cmp(a.id, b.id))
        .map((r) => r.id);
    const resourceSet = new Set(resources.map((id) => id.toLowerCase()));
    const inRemoved = (id) => !!id && resourceSet.has(id.toLowerCase());
    // Extension resources are not listed by the observer: one exists when the resource it hangs off does.
    const scopeExists = (r) => inRemoved(r.scope) || (!!r.scope && exists(r.scope)) || exists(r.id);
    // A child exists when the observer saw it (deployment records, one-by-one GETs) or its top-level resource
    // goes with the service. Services made only of children (the capability host) have nothing else to delete.
    const childExists = (r) => exists(r.id) || resources.some((top) => r.id.toLowerCase().startsWith(`${top.toLowerCase()}/`));
    const softDeleted = softDeletedLeftovers(input, resources, info, hypothetical);
    const byStep = {
        roleAssignments: [
            ...ofRole('roleAssignment')
                .filter(scopeExists)
                .map((r) => r.id),
            ...ownedIn('roleAssignments'),
        ],
        diagnosticSettings: [
            ...ofRole('diagnosticSettings')
                .filter(scopeExists)
                .map((r) => r.id),
            ...ownedIn('diagnosticSettings'),
        ],
        privateEndpoints: endpoints,
        dnsRecords: [
            ...hypothetical.filter((r) => r.role === 'dnsZone' && isZoneGroup(r.type)).map((r) => r.id),
            ...ownedIn('dnsRecords'),
        ].filter((id) => endpointSet.has(id.toLowerCase().split('/privatednszonegroups/')[0])),
        childResources: dependentsFirst([...ofRole('child').filter(childExists), ...owned.filter((r) => cleanupStepOf(r) === 'childResources')], hypothetical),
        resource: resources,
        purgeSoftDeleted: softDeleted.purged,
        // The service's own subnets only where its catalog entry asks for their release; named ones always.
        waitSubnetRelease: [
            ...(cleanupOrder(input.def, false).includes('waitSubnetRelease') ? releasedSubnets(input) : []),
            ...(input.extraSubnets ?? []),
            ...ownedIn('waitSubnetRelease'),
        ],
    };
    return assemble(input, byStep, info, remember, softDeleted.notes);
}
/**
 * What the service leaves soft-deleted (vaults, Cognitive Services accounts…), and whether the plan purges it:
 * only where the environment's config asks for it (`purgeSoftDeleted`) and it can be purged. Either way the plan
 * says so on the step: purged (the name is free at once, nothing can be recovered), or kept recoverable under
 * its name for the retention days — re-enabling the service recovers it.
 */
function softDeletedLeftovers(input, resources, info, hypothetical) {
    const def = input.def;
    const left = def?.softDelete
        ? resources.filter((id) => SOFT_DELETE_TYPES.has((info.get(id.toLowerCase())?.type ?? '').toLowerCase()))
        : [];
    if (!def?.softDelete || left.length === 0)
        return { purged: [], notes: {} };
    const names = left.map((id) => info.get(id.toLowerCase())?.name ?? id.split('/').pop()).join(', ');
    const setting = `environments.${input.ctx.env}.purgeSoftDeleted`;
    const protectedByBody = hypothetical.some((r) => left.some((id) => id.toLowerCase() === r.id.toLowerCase()) &&
        (0,placeholders/* getPath */.Y)(r.body, 'properties.enablePurgeProtection') === true);
    const why = (0,soft_delete/* whyNotPurgeable */.HR)(def) ?? (protectedByBody ? `${def.id} has purge protection on` : undefined);
    const purge = !why &&
        (0,soft_delete/* purgeRequested */.gr)(input.ctx.envConfig, input.service) &&
        cleanupOrder(def).includes('purgeSoftDeleted');
    if (purge)
        return {
            purged: left,
            notes: {
                purgeSoftDeleted: `${names}: purged after the delete (${setting}): the name is free at once, nothing can be recovered`,
            },
        };
    const days = def.softDelete.retentionDays;
    const instead = why ? ` (${why})` : ` (to purge instead: ${setting}: [${input.service}])`;
    return {
        purged: [],
        notes: {
            resource: `${names}: stays soft-deleted and keeps its name for ${days} day${days === 1 ? '' : 's'}; re-enabling ${input.service} recovers it${instead}`,
        },
    };
}
/**
 * The cleanup step a resource Azure holds belongs to, by its type and place: extension resources, endpoints
 * and their DNS zone groups, subnets, children, or top-level resources.
 */
function cleanupStepOf(r) {
    const type = r.type.toLowerCase();
    if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei)
        return undefined;
    if (type === roles/* ROLE_ASSIGNMENT_TYPE */.eg.toLowerCase() || type === roles/* COSMOS_SQL_ROLE_ASSIGNMENT_TYPE */.O7.toLowerCase())
        return 'roleAssignments';
    if (type === diagnostics/* DIAGNOSTIC_SETTINGS_TYPE */.XO.toLowerCase())
        return 'diagnosticSettings';
    if (type === endpoints/* PRIVATE_ENDPOINT_TYPE */.jz.toLowerCase())
        return 'privateEndpoints';
    if (isZoneGroup(r.type))
        return 'dnsRecords';
    if (type === subnets/* SUBNET_TYPE */.Bk.toLowerCase())
        return 'waitSubnetRelease';
    if ((0,draft/* isTracked */.Xz)(r))
        return 'resource';
    // Outside any resource group (a subscription's Defender plan): the service's own resource, not a child.
    if (!r.scope && !/\/resourceGroups\//i.test(r.id) && r.type.split('/').length === 2)
        return 'resource';
    return 'childResources';
}
const isZoneGroup = (type) => type.toLowerCase().startsWith(`${endpoints/* PRIVATE_ENDPOINT_TYPE */.jz.toLowerCase()}/`);
/**
 * Deepest first, and among equals the reverse of the order they are created in (a capability host goes before
 * the connections it names): the executor deletes a step's children one after the other in this order.
 */
function dependentsFirst(children, hypothetical) {
    const createOrder = new Map(hypothetical.map((r, i) => [r.id.toLowerCase(), i]));
    return unique(children.map((r) => r.id)).sort((a, b) => b.split('/').length - a.split('/').length ||
        (createOrder.get(b.toLowerCase()) ?? -1) - (createOrder.get(a.toLowerCase()) ?? -1) ||
        cmp(a, b));
}
function unique(ids) {
    return [...new Map(ids.map((id) => [id.toLowerCase(), id])).values()];
}
/** Steps in the service's cleanup order (empty ones left out) and the resources they name, each once. */
function assemble(input, byStep, info, remember, notes = {}) {
    for (const id of byStep.waitSubnetRelease) {
        remember({
            id,
            type: subnets/* SUBNET_TYPE */.Bk,
            name: id
                .split('/')
                .slice(-3)
                .filter((_, i) => i !== 1)
                .join('/'),
        });
    }
    const order = cleanupOrder(input.def);
    const kept = (id) => input.keep?.has(id.toLowerCase()) ?? false;
    const steps = order
        .map((step) => ({
        step,
        resourceIds: unique(byStep[step] ?? []).filter((id) => !kept(id)),
        ...(notes[step] ? { note: notes[step] } : {}),
    }))
        .filter((s) => s.resourceIds.length > 0);
    const listed = new Set();
    const planResources = [];
    for (const s of steps) {
        for (const id of s.resourceIds) {
            const key = id.toLowerCase();
            if (listed.has(key))
                continue;
            listed.add(key);
            planResources.push(info.get(key));
        }
    }
    return { steps, resources: planResources };
}
/**
 * The catalog's cleanup order, completed: a step the catalog leaves out but that has something to delete (a
 * child-only service's role assignments, a service's recorded children) goes where the default order puts it,
 * so nothing Azure holds is left behind.
 */
function cleanupOrder(def, complete = true) {
    const declared = def?.cleanup?.length ? def.cleanup : DEFAULT_CLEANUP;
    const out = [...declared];
    if (!complete)
        return out;
    for (const [i, step] of FULL_ORDER.entries()) {
        // Soft-delete purges happen only where the catalog asks for them.
        if (out.includes(step) || step === 'purgeSoftDeleted')
            continue;
        const next = FULL_ORDER.slice(i + 1).find((s) => out.includes(s));
        out.splice(next ? out.indexOf(next) : out.length, 0, step);
    }
    return out;
}
const FULL_ORDER = [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'dnsRecords',
    'childResources',
    'resource',
    'purgeSoftDeleted',
    'waitSubnetRelease',
];
/** The service's own subnets that no enabled service still uses: released once what sat in them is gone. */
function releasedSubnets(input) {
    const vnet = input.ctx.vnet;
    if (!vnet || !input.def)
        return [];
    const stillUsed = new Set(input.allocated.map((a) => a.name.toLowerCase()));
    const mine = new Set(input.def.subnets.map((s) => (0,context/* subnetAzureName */.qM)(input.ctx, s.name).toLowerCase()));
    return (input.observed.subnets ?? [])
        .filter((s) => !s.foreign && mine.has(s.name.toLowerCase()) && !stillUsed.has(s.name.toLowerCase()))
        .map((s) => `${vnet.id}/subnets/${s.name}`);
}
function apiVersionOf(input, type) {
    const lower = type.toLowerCase();
    const spec = input.def?.resources.find((r) => r.type.toLowerCase() === lower);
    if (spec)
        return spec.apiVersion;
    const platform = Object.entries(input.platformApiVersions ?? {}).find(([t]) => t.toLowerCase() === lower);
    return platform?.[1] ?? '';
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/core/planning/compare.js
/** Detail lines shown before "and N more". */
const MAX_DETAILS = 12;
function comparePlans(reviewed, current) {
    if (reviewed.fingerprint === current.fingerprint)
        return [];
    const inputs = inputLines(reviewed, current);
    const details = [
        ...serviceLines(reviewed, current),
        ...conflictLines(reviewed, current),
        ...blockedLines(reviewed, current),
        ...subnetLines(reviewed, current),
    ];
    if (inputs.length === 0 && details.length === 0)
        return ['the fingerprint differs (the catalog version or another input changed)'];
    const shown = details.length > MAX_DETAILS ? details.slice(0, MAX_DETAILS - 1) : details;
    const more = details.length - shown.length;
    return [...inputs, ...shown, ...(more > 0 ? [`and ${more} more`] : [])];
}
function inputLines(reviewed, current) {
    const lines = [];
    if (reviewed.tool.version !== current.tool.version)
        lines.push(`the tool version changed: ${reviewed.tool.version} → ${current.tool.version}`);
    if (reviewed.project !== current.project || reviewed.environment !== current.environment)
        lines.push(`the plan is for ${reviewed.project}/${reviewed.environment}, not ${current.project}/${current.environment}`);
    if (reviewed.inputs.config !== current.inputs.config)
        lines.push('the config changed since the plan was made');
    if (reviewed.inputs.observed !== current.inputs.observed)
        lines.push('Azure changed since the plan was made (resources, tags, subnets or soft-deleted items differ)');
    if (reviewed.inputs.options !== current.inputs.options)
        lines.push('the options changed (e.g. --allow-destroy)');
    return lines;
}
/** Per service: a different action; else a different reason, different resources, or drift found. */
function serviceLines(reviewed, current) {
    const lines = [];
    const before = new Map(reviewed.actions.map((a) => [a.service, a]));
    const after = new Map(current.actions.map((a) => [a.service, a]));
    for (const [service, a] of after) {
        const b = before.get(service);
        if (!b) {
            lines.push(`${service}: not in the reviewed plan, now ${a.action}`);
            continue;
        }
        if (b.action !== a.action) {
            lines.push(`${service}: was ${b.action}, now ${a.action}${firstNew(b.drift, a.drift, ': ')}`);
            continue;
        }
        const resources = resourceChange(b, a);
        if (resources)
            lines.push(`${service}: ${resources}`);
        const drift = firstNew(b.drift, a.drift, '');
        if (drift)
            lines.push(`${service}: drift found: ${drift}`);
        else if (!resources && b.reason !== a.reason)
            lines.push(`${service}: the reason changed: "${b.reason}" → "${a.reason}"`);
    }
    for (const [service, b] of before)
        if (!after.has(service))
            lines.push(`${service}: was ${b.action}, now not in the plan`);
    return lines;
}
/** The first drift line of `now` that `was` did not have (with "and N more"), prefixed; '' when none. */
function firstNew(was, now, prefix) {
    const known = new Set(was ?? []);
    const fresh = (now ?? []).filter((d) => !known.has(d));
    if (fresh.length === 0)
        return '';
    return `${prefix}${fresh[0]}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ''}`;
}
function resourceChange(b, a) {
    const names = (x) => new Map(x.resources.map((r) => [r.id.toLowerCase(), r.name]));
    const was = names(b);
    const now = names(a);
    const added = [...now].filter(([id]) => !was.has(id)).map(([, name]) => name);
    const removed = [...was].filter(([id]) => !now.has(id)).map(([, name]) => name);
    if (added.length === 0 && removed.length === 0)
        return undefined;
    const list = (sign, items) => items.length === 0
        ? []
        : [`${sign} ${items.slice(0, 2).join(', ')}${items.length > 2 ? ` and ${items.length - 2} more` : ''}`];
    return `resources differ: ${[...list('+', added), ...list('−', removed)].join('; ')}`;
}
function conflictLines(reviewed, current) {
    const key = (c) => `${c.service}\u0000${c.resourceId.toLowerCase()}`;
    const was = new Set(reviewed.conflicts.map(key));
    const now = new Set(current.conflicts.map(key));
    const name = (id) => id.split('/').pop();
    return [
        ...current.conflicts
            .filter((c) => !was.has(key(c)))
            .map((c) => `${c.service}: new conflict: ${name(c.resourceId)} is not this project's`),
        ...reviewed.conflicts
            .filter((c) => !now.has(key(c)))
            .map((c) => `${c.service}: conflict gone: ${name(c.resourceId)}`),
    ];
}
function blockedLines(reviewed, current) {
    const was = new Set(reviewed.blocked.map((b) => b.service));
    const now = new Set(current.blocked.map((b) => b.service));
    return [
        ...current.blocked
            .filter((b) => !was.has(b.service))
            .map((b) => `${b.service}: the delete is now blocked`),
        ...reviewed.blocked
            .filter((b) => !now.has(b.service))
            .map((b) => `${b.service}: the delete is no longer blocked`),
    ];
}
function subnetLines(reviewed, current) {
    const was = new Map(reviewed.subnets.map((s) => [s.name, s.prefix]));
    const now = new Map(current.subnets.map((s) => [s.name, s.prefix]));
    const lines = [];
    for (const [name, prefix] of now) {
        const old = was.get(name);
        if (old === undefined)
            lines.push(`subnet ${name}: new, ${prefix}`);
        else if (old !== prefix)
            lines.push(`subnet ${name}: ${old} → ${prefix}`);
    }
    for (const [name, prefix] of was)
        if (!now.has(name))
            lines.push(`subnet ${name}: gone (was ${prefix})`);
    return lines;
}

;// CONCATENATED MODULE: ./build/core/planning/dependencies.js
const STRUCTURE = {
    resourceGroups: 'resourceGroups',
    network: 'network',
    dns: 'privateDnsZones',
    logs: 'logAnalytics',
};
/** Services `def` must wait for on create (only those present are kept by the caller). */
function catalogNeeds(def) {
    const needs = [...def.requires, ...def.implies, ...def.uses];
    if (def.id !== STRUCTURE.resourceGroups)
        needs.push(STRUCTURE.resourceGroups);
    if (def.privateEndpoints.length > 0)
        needs.push(STRUCTURE.network, STRUCTURE.dns);
    if (def.subnets.length > 0)
        needs.push(STRUCTURE.network);
    if (def.diagnostics.length > 0)
        needs.push(STRUCTURE.logs);
    return needs.filter((n) => n !== def.id);
}
/** Services whose resources the given service's resources refer to (by id in `dependsOn`). */
function resourceNeeds(service, ownerOf) {
    const out = new Set();
    for (const r of service.resources) {
        for (const dep of r.dependsOn) {
            const owner = ownerOf.get(dep.toLowerCase());
            if (owner && owner !== service.id)
                out.add(owner);
        }
    }
    return [...out];
}

;// CONCATENATED MODULE: ./build/core/planning/dns.js
// Private DNS zones and the endpoints that use them. A zone holds the A-records of every endpoint whose zone
// group points at it: it stays while any of those endpoints stays (the desired state keeps the zones of a
// blocked delete), and its removal waits until the deletes of those zone groups are done.

const isType = (type, wanted) => type.toLowerCase() === wanted.toLowerCase();
/** The zones (lower-case ids) the zone groups among `resources` write records into. */
function zonesUsedBy(resources) {
    const zones = new Set();
    for (const r of resources) {
        if (!isType(r.type, endpoints/* ZONE_GROUP_TYPE */.sx))
            continue;
        const configs = r.body?.properties
            ?.privateDnsZoneConfigs;
        for (const config of Array.isArray(configs) ? configs : []) {
            const id = config?.properties?.privateDnsZoneId;
            if (typeof id === 'string' && id !== '')
                zones.add(id.toLowerCase());
        }
    }
    return zones;
}
/** Ids (lower-case) of zones among `ids`. */
function zoneIds(ids) {
    const zone = `/providers/${endpoints/* DNS_ZONE_TYPE */.Mv.toLowerCase()}/`;
    return new Set(ids.map((id) => id.toLowerCase()).filter((id) => id.includes(zone) && !id.split(zone)[1].includes('/')));
}
/**
 * The zones a delete's cleanup removes records from: those its deleted zone groups write into, read from what
 * the service would consist of (`resources`). Undefined when that is unknown (a service the catalog no longer
 * has) and the cleanup removes endpoints: any zone may be one of them.
 */
function zonesOfCleanup(steps, resources) {
    const groups = new Set(steps.filter((s) => s.step === 'dnsRecords').flatMap((s) => s.resourceIds.map((id) => id.toLowerCase())));
    if (resources)
        return zonesUsedBy(resources.filter((r) => groups.has(r.id.toLowerCase())));
    return steps.some((s) => s.step === 'privateEndpoints' || s.step === 'dnsRecords') ? undefined : new Set();
}

;// CONCATENATED MODULE: ./build/core/planning/ownership.js
// Who owns what Azure holds: a resource is ours only when it carries this tool's managed-by tag and the
// project's and environment's tags. Everything else is foreign: never updated, never deleted.

/** Tag lookup without regard to case: Azure keeps the case a tag was written with but compares without it. */
function tag(tags, key) {
    if (!tags)
        return undefined;
    if (key in tags)
        return tags[key];
    const lower = key.toLowerCase();
    for (const [k, v] of Object.entries(tags))
        if (k.toLowerCase() === lower)
            return v;
    return undefined;
}
function isOurs(tags, project, env) {
    return (tag(tags, context/* TAG_MANAGED_BY */.RJ) === context/* MANAGED_BY */.Kf &&
        tag(tags, context/* TAG_PROJECT */.Pl) === project &&
        tag(tags, context/* TAG_ENVIRONMENT */.JQ) === env);
}
const serviceTag = (tags) => tag(tags, context/* TAG_SERVICE */.Fj);
const hashTag = (tags) => tag(tags, context/* TAG_HASH */.YF);
function indexObserved(observed) {
    const byId = new Map();
    for (const r of observed.resources ?? [])
        byId.set(r.id.toLowerCase(), r);
    const groups = new Map();
    for (const g of observed.resourceGroups ?? [])
        groups.set(g.name.toLowerCase(), g);
    return { byId, groups };
}
/** Describes a foreign resource's owner for a conflict message. */
function ownerOf(tags) {
    const by = tag(tags, context/* TAG_MANAGED_BY */.RJ);
    if (!by)
        return 'it carries no aifactory-managed-by tag';
    if (by !== context/* MANAGED_BY */.Kf)
        return `it is managed by '${by}'`;
    return `it belongs to project '${tag(tags, context/* TAG_PROJECT */.Pl) ?? '?'}' environment '${tag(tags, context/* TAG_ENVIRONMENT */.JQ) ?? '?'}'`;
}

;// CONCATENATED MODULE: ./build/core/planning/orphans.js
// What an enabled service created but no longer wants: a model deployment taken out of the config, a persona's
// role assignment whose group was removed, a subnet no service asks for. Only what carries our tags or sits in
// our deployment records is considered; the update removes it, in the service's cleanup order.



function findOrphans(input) {
    const { ctx, service, observed, wanted } = input;
    const owned = (observed.resources ?? []).filter((r) => r.type !== context/* RESOURCE_GROUP_TYPE */.Ei &&
        isOurs(r.tags, ctx.project, ctx.env) &&
        serviceTag(r.tags) === service.id &&
        !wanted.has(r.id.toLowerCase()));
    const subnets = service.id === input.subnetOwner ? orphanSubnets(input) : [];
    if (owned.length === 0 && subnets.length === 0)
        return undefined;
    const cleanup = planCleanup({
        ctx,
        service: service.id,
        def: input.def,
        owned,
        hypothetical: [],
        observedIds: new Set((observed.resources ?? []).map((r) => r.id.toLowerCase())),
        observed,
        allocated: input.allocated,
        platformApiVersions: input.platformApiVersions,
        extraSubnets: subnets,
        keep: wanted,
    });
    if (cleanup.resources.length === 0)
        return undefined;
    const drift = cleanup.resources.map((r) => `${r.name} (${r.type}) is no longer wanted: the update removes it`);
    // Catalog resources (not the endpoints, DNS records, role assignments and subnets generated around them) of a
    // service that holds data are data too: a Cosmos DB database taken out of the config is destroyed with it.
    const dataBearing = input.def.dataBearing
        ? cleanup.resources.filter((r) => {
            const step = cleanupStepOf(r);
            return step === 'resource' || step === 'childResources';
        })
        : [];
    return { ...cleanup, drift, dataBearing };
}
/** Our subnets in the VNet that no enabled service asks for and no deleted service's cleanup releases. */
function orphanSubnets(input) {
    const vnet = input.ctx.vnet;
    if (!vnet)
        return [];
    const prefix = `snt-${input.ctx.project}-`.toLowerCase();
    const allocated = new Set(input.allocated.map((a) => a.name.toLowerCase()));
    return (input.observed.subnets ?? [])
        .filter((s) => !s.foreign && s.name.toLowerCase().startsWith(prefix) && !allocated.has(s.name.toLowerCase()))
        .map((s) => `${vnet.id}/subnets/${s.name}`)
        .filter((id) => !input.releasedElsewhere.has(id.toLowerCase()));
}

;// CONCATENATED MODULE: ./build/core/planning/recreate.js
// Re-creating a resource whose create-only settings (ResourceSpec.createOnly: a registry's or an ML workspace's
// customer-managed key) differ from what it was created with: its update deletes it first — with what hangs off
// it: role assignments and diagnostic settings on it, its private endpoints, its children — and then deploys it
// anew. Other services with resources on it redeploy theirs after it. Possible only where the name is free right
// after the delete: no soft delete, or a purge the environment allows.


/** How a user purges a soft-deleted leftover the tool does not purge (Azure CLI). */
const PURGE_BY_HAND = {
    machineLearningWorkspace: 'az ml workspace delete --permanently-delete',
    apiManagement: 'az apim deletedservice purge',
    keyVault: 'az keyvault purge, impossible while purge protection is on',
    cognitiveServices: 'az cognitiveservices account purge',
};
const STEP_ORDER = [
    'roleAssignments',
    'diagnosticSettings',
    'privateEndpoints',
    'childResources',
    'resource',
    'purgeSoftDeleted',
];
function planRecreation(input) {
    const { def, recreate, desired, env } = input;
    const names = recreate.map((r) => r.name).join(', ');
    const soft = def.softDelete;
    if (soft && ((0,soft_delete/* whyNotPurgeable */.HR)(def) !== undefined || !(0,soft_delete/* purgeRequested */.gr)(input.envConfig, def.id))) {
        const purge = (0,soft_delete/* whyNotPurgeable */.HR)(def) === undefined
            ? `add '${def.id}' to environments.${env}.purgeSoftDeleted so the delete purges it`
            : `this tool does not purge it: delete it and purge it yourself (${PURGE_BY_HAND[soft.kind]}), then plan again and it is created anew`;
        return {
            steps: [],
            dependents: [],
            impossible: `${def.title}: ${names} must be re-created to take settings Azure reads only at creation, but a deleted ${soft.kind} stays soft-deleted for ${soft.retentionDays} day(s) and keeps its name; ${purge}`,
        };
    }
    const all = desired.services.flatMap((s) => s.resources);
    const ownerOf = new Map(all.map((r) => [r.id.toLowerCase(), r.service]));
    const exists = (id) => input.observedIds.has(id.toLowerCase());
    const byStep = new Map(STEP_ORDER.map((s) => [s, []]));
    const add = (step, id) => {
        const list = byStep.get(step);
        if (!list.some((x) => x.toLowerCase() === id.toLowerCase()))
            list.push(id);
    };
    for (const target of recreate) {
        const id = target.id.toLowerCase();
        const on = (r) => r.scope?.toLowerCase() === id;
        const under = (r) => r.id.toLowerCase().startsWith(`${id}/`);
        for (const r of all) {
            if (r.role === 'roleAssignment' && (on(r) || under(r)))
                add('roleAssignments', r.id);
            else if (r.role === 'diagnosticSettings' && on(r))
                add('diagnosticSettings', r.id);
            else if (r.role === 'privateEndpoint' && endpointTargets(r).includes(id) && exists(r.id))
                add('privateEndpoints', r.id);
            else if (r.role === 'child' && under(r))
                add('childResources', r.id);
        }
        add('resource', target.id);
        if (soft)
            add('purgeSoftDeleted', target.id);
    }
    // Children that name each other (connections before the host that uses them) go dependents first.
    byStep.get('childResources').reverse();
    const steps = STEP_ORDER.filter((s) => byStep.get(s).length > 0).map((step) => ({
        step,
        resourceIds: byStep.get(step),
        ...(step === 'resource'
            ? { note: `re-created by this update: Azure takes its ${createOnlyWords(def)} only when it is created` }
            : {}),
    }));
    const dependents = new Set();
    for (const { resourceIds } of steps)
        for (const rid of resourceIds) {
            const owner = ownerOf.get(rid.toLowerCase());
            if (owner && owner !== def.id)
                dependents.add(owner);
        }
    return { steps, dependents: [...dependents].sort() };
}
/** The resources a private endpoint connects to (lower-case ids). */
function endpointTargets(r) {
    const connections = (0,placeholders/* getPath */.Y)(r.body, 'properties.privateLinkServiceConnections');
    if (!Array.isArray(connections))
        return [];
    return connections
        .map((c) => (0,placeholders/* getPath */.Y)(c, 'properties.privateLinkServiceId'))
        .filter((v) => typeof v === 'string')
        .map((v) => v.toLowerCase());
}
function createOnlyWords(def) {
    const paths = [...new Set(def.resources.flatMap((r) => r.createOnly ?? []))];
    return paths.join(', ');
}

// EXTERNAL MODULE: ./build/core/resources/create-only.js
var create_only = __webpack_require__(97);
// EXTERNAL MODULE: ./build/core/resources/late-values.js
var late_values = __webpack_require__(7225);
;// CONCATENATED MODULE: ./build/core/planning/status.js
// Compares one enabled service with what exists: create (nothing of ours is there), update (something is
// missing or drifted), or noop (every resource is there, ours, with the desired hash). A resource with our
// name that is not ours is a conflict. One created with other settings than Azure takes only at creation must
// be re-created (`recreate`), which the planner guards.







function lookup(index, r) {
    if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei) {
        const g = index.groups.get(r.name.toLowerCase());
        return g?.exists ? { tags: g.tags } : undefined;
    }
    return index.byId.get(r.id.toLowerCase());
}
function serviceStatus(service, def, index, project, env) {
    const drift = [];
    const conflicts = [];
    const recreate = [];
    // A service with nothing to deploy in this mode (private DNS zones where they are the hub's) has nothing
    // to create either: a create on every run would never converge.
    if (service.resources.length === 0)
        return {
            action: 'noop',
            drift,
            conflicts,
            recreate,
            note: 'nothing of its own to deploy in this network mode',
        };
    let tracked = service.resources.filter((r) => (0,draft/* isTracked */.Xz)(r));
    // A service made only of child, extension or subscription-level resources (the Foundry capability host, the
    // customer-managed key with its role on the vault) is judged by all of them: the observer GETs each one
    // (ObserveScope.resources), so a role assignment deleted outside the tool is missing, not "recorded once".
    // Their names are deterministic, so being there is being right.
    if (tracked.length === 0)
        tracked = service.resources;
    // The anchor's hash also covers the service's untagged resources (desired.ts): when it differs because one
    // of those is new, say which, not just that a hash moved.
    const anchor = tracked.find((r) => (0,draft/* isTracked */.Xz)(r) && r.role === 'main') ?? tracked.find((r) => (0,draft/* isTracked */.Xz)(r));
    let present = 0;
    for (const r of tracked) {
        const found = lookup(index, r);
        if (!found) {
            if ((0,draft/* isTracked */.Xz)(r))
                drift.push(`${r.name} (${r.type}) is missing`);
            continue;
        }
        if ((0,draft/* isTracked */.Xz)(r) && !isOurs(found.tags, project, env)) {
            conflicts.push({
                service: service.id,
                resourceId: r.id,
                reason: `${r.type} '${r.name}' already exists and is not this project's: ${ownerOf(found.tags)}. It is never changed; rename or remove it, or change project.prefix`,
            });
            // Ours is missing even though something holds its name: the service is not up to date.
            drift.push(`${r.name} (${r.type}) is someone else's resource, not this project's`);
            continue;
        }
        present++;
        if (!(0,draft/* isTracked */.Xz)(r)) {
            // Untagged resources fetched one by one (a subscription's Defender plan) report their properties: a plan
            // set back to Free is drift, not "there".
            drift.push(...keyPropertyDrift(r, def, found));
            continue;
        }
        const owner = serviceTag(found.tags);
        if (owner !== service.id)
            drift.push(`${r.name}: tagged for service '${owner ?? '(none)'}', expected '${service.id}'`);
        const hash = hashTag(found.tags);
        if (hash !== r.hash)
            drift.push(hashDrift(r, r === anchor ? newUntracked(service, index) : [], hash));
        if (found.provisioningState && /^(failed|canceled)$/i.test(found.provisioningState)) {
            drift.push(`${r.name}: provisioning state is ${found.provisioningState}`);
        }
        drift.push(...keyPropertyDrift(r, def, found));
        if (!(0,create_only/* createdAsDesired */.h7)(r.body.tags, found.tags)) {
            recreate.push(r);
            const want = (0,create_only/* createdWithTag */.Dj)(r.body.tags) ?? 'none of them';
            const have = (0,create_only/* createdWithTag */.Dj)(found.tags) ?? 'none of them';
            drift.push(`${r.name}: was created with ${have}, desired ${want}; Azure takes these settings only when it is created, so it must be re-created`);
        }
    }
    if (present === 0)
        return { action: 'create', drift: [], conflicts, recreate: [] };
    if (present < tracked.length && !tracked.some((r) => (0,draft/* isTracked */.Xz)(r))) {
        for (const r of tracked)
            if (!lookup(index, r))
                drift.push(`${r.name} (${r.type}) is missing`);
    }
    return { action: drift.length > 0 ? 'update' : 'noop', drift, conflicts, recreate };
}
/** Untagged resources of the service (role assignments, children, settings) that Azure does not have yet. */
function newUntracked(service, index) {
    return service.resources.filter((r) => !(0,draft/* isTracked */.Xz)(r) && !lookup(index, r));
}
/** Why a tagged resource's hash differs: what it gains, or that its configuration changed (with both hashes). */
function hashDrift(r, added, hash) {
    const was = `hash ${hash ?? 'absent'}, desired ${r.hash}`;
    if (added.length === 0)
        return `${r.name}: configuration differs from what was deployed (${was})`;
    const shown = added.slice(0, 3).map(describeResource);
    const more = added.length > shown.length ? ` and ${added.length - shown.length} more` : '';
    return `${r.name}: adds ${shown.join(', ')}${more} (${was})`;
}
/** `roleAssignments 1a2b… on accounts/aoai-…`: the type's last segment, the name, and what it sits on. */
function describeResource(r) {
    const kind = r.type.split('/').pop();
    const name = r.name.split('/').pop();
    const on = r.scope ? ` on ${r.scope.split('/').slice(-2).join('/')}` : '';
    return `${kind} ${name}${on}`;
}
/** Key properties of the catalog spec whose observed value differs from the desired body. */
function keyPropertyDrift(r, def, found) {
    const spec = def?.resources.find((s) => s.key === r.key.split(':')[0]);
    if (!spec?.keyProperties || !found.properties)
        return [];
    const out = [];
    for (const path of spec.keyProperties) {
        const want = (0,placeholders/* getPath */.Y)(r.body, path);
        const have = observedValue(found, path);
        // A value known only after apply is whatever the live resource was given: never drift by itself.
        if (have === undefined || want === undefined || (0,late_values/* hasLateValue */.KC)(want))
            continue;
        if (!matchesDesired(have, want)) {
            out.push(`${r.name}: ${path} is ${JSON.stringify(have)}, desired ${JSON.stringify(want)}`);
        }
    }
    return out;
}
/**
 * Whether a live value says what the desired body says. Azure answers with more than it was sent (defaults it
 * fills into objects, array elements) and spells enum values in its own case: only what the body sets counts,
 * strings case-insensitively, arrays element by element with the same length.
 */
function matchesDesired(have, want) {
    if (typeof want === 'string' && (0,late_values/* hasLateValue */.KC)(want))
        return true;
    if (typeof want === 'string' && typeof have === 'string')
        return want.toLowerCase() === have.toLowerCase();
    if (Array.isArray(want))
        return (Array.isArray(have) && have.length === want.length && want.every((w, i) => matchesDesired(have[i], w)));
    if (typeof want === 'object' && want !== null) {
        if (typeof have !== 'object' || have === null || Array.isArray(have))
            return false;
        const live = have;
        return Object.entries(want).every(([k, w]) => matchesDesired(live[k], w));
    }
    return (0,hash/* canonicalJson */.dj)(have) === (0,hash/* canonicalJson */.dj)(want);
}
/**
 * Observers report key properties either as a flat map by dot path (`{"sku.name": "S1"}`) or as ARM's
 * `properties` object; both are read.
 */
function observedValue(found, path) {
    const props = found.properties;
    if (path in props)
        return props[path];
    if (path.startsWith('properties.'))
        return (0,placeholders/* getPath */.Y)(props, path.slice('properties.'.length));
    if (path === 'location')
        return found.location;
    return (0,placeholders/* getPath */.Y)(props, path);
}

;// CONCATENATED MODULE: ./build/core/plan.js
// The plan: for every service of one project environment, create / update / delete / noop with the reason,
// the resources, what it waits for, the estimated time, and what blocks it. Deterministic: the same inputs give
// byte-identical JSON on every host (no times, no paths, stable order).















function buildPlan(config, env, catalog, observed, given) {
    // The target's own tenant fills in when neither the config nor the host names one (it is then part of the
    // options hash, so a plan made against another tenant is stale).
    const options = given.tenantId || !observed.tenantId ? given : { ...given, tenantId: observed.tenantId };
    let { state: desired, ctx } = (0,core_desired/* buildDesired */.F)(config, env, catalog, observed, options);
    const defs = new Map(catalog.services.map((s) => [s.id, s]));
    const index = indexObserved(observed);
    const project = desired.project;
    const present = new Set(desired.services.map((s) => s.id));
    // Services Azure still holds under our tags that are no longer on: delete, with their cleanup, unless guarded.
    const owned = new Map();
    for (const r of observed.resources ?? []) {
        if (r.type === context/* RESOURCE_GROUP_TYPE */.Ei || !isOurs(r.tags, project, env))
            continue;
        const service = serviceTag(r.tags);
        if (!service || present.has(service))
            continue;
        const list = owned.get(service) ?? [];
        list.push(r);
        owned.set(service, list);
    }
    const catalogOrder = new Map(catalog.services.map((s, i) => [s.id, i]));
    const deleted = [...owned.keys()].sort((a, b) => (catalogOrder.get(a) ?? Infinity) - (catalogOrder.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
    const allowed = new Set([
        ...(options.allowDestroy ?? []),
        ...(config.environments[env]?.allowDestroy ?? []),
    ]);
    const guards = new Map(deleted.map((id) => [id, destroyGuard(config, env, id, defs.get(id), allowed)]));
    // A blocked delete leaves its private endpoints in place, and they keep writing into their DNS zones: the
    // desired state keeps those zones (so the zones' service neither drifts nor removes them).
    const endpointsStaying = deleted.filter((id) => guards.get(id) && defs.get(id)?.privateEndpoints.length);
    if (endpointsStaying.length > 0)
        ({ state: desired, ctx } = (0,core_desired/* buildDesired */.F)(config, env, catalog, observed, options, [], endpointsStaying));
    const diagnostics = [...desired.diagnostics];
    const conflicts = [];
    const actions = new Map();
    const deps = new Map();
    const recreations = new Map();
    // Present services: create, update or noop.
    const ownerOf = new Map();
    for (const s of desired.services)
        for (const r of s.resources)
            ownerOf.set(r.id.toLowerCase(), s.id);
    for (const service of desired.services) {
        const def = defs.get(service.id);
        const status = serviceStatus(service, def, index, project, env);
        conflicts.push(...status.conflicts);
        const reason = status.conflicts.length > 0
            ? `${(0,enablement/* describeReason */.Gk)(service.reason, env)}; ${inConflict(status.conflicts.length)}`
            : status.action === 'create'
                ? (0,enablement/* describeReason */.Gk)(service.reason, env)
                : status.action === 'update'
                    ? `${(0,enablement/* describeReason */.Gk)(service.reason, env)}; ${status.drift.length} difference${status.drift.length === 1 ? '' : 's'} from Azure`
                    : (status.note ?? 'up to date');
        actions.set(service.id, {
            service: service.id,
            title: def.title,
            action: status.action,
            reason,
            dependsOn: [],
            estimatedSeconds: status.action === 'noop' ? 0 : def.provisioningSeconds,
            protected: isProtected(config, def),
            dataBearing: def.dataBearing,
            resources: service.resources.map((r) => ({
                id: r.id,
                type: r.type,
                name: r.name,
                apiVersion: r.apiVersion,
            })),
            ...(status.drift.length > 0 ? { drift: status.drift } : {}),
            ...(status.conflicts.length > 0 ? { conflicts: status.conflicts.map((c) => c.resourceId) } : {}),
        });
        const needs = [...catalogNeeds(def), ...resourceNeeds(service, ownerOf)].filter((n) => present.has(n) && n !== service.id);
        deps.set(service.id, [...new Set(needs)]);
        noteSoftDeleted(service.id, service.resources, observed, status.action, diagnostics);
        if (status.recreate.length > 0)
            recreations.set(service.id, status.recreate);
    }
    const blocked = [];
    const releasedByDeletes = new Set();
    // The private DNS zones each delete's zone groups write into; undefined when unknown (no catalog entry).
    const zonesOfDelete = new Map();
    if (deleted.length > 0) {
        const known = deleted.filter((d) => defs.has(d));
        const hypothetical = known.length > 0 ? (0,core_desired/* buildDesired */.F)(config, env, catalog, observed, options, known).state : undefined;
        const observedIds = new Set((observed.resources ?? []).map((r) => r.id.toLowerCase()));
        for (const id of deleted) {
            const def = defs.get(id);
            const cleanup = planCleanup({
                ctx,
                service: id,
                def,
                owned: owned.get(id),
                hypothetical: hypothetical?.services.find((s) => s.id === id)?.resources ?? [],
                observedIds,
                observed,
                allocated: desired.subnets,
                platformApiVersions: catalog.platformApiVersions,
                keep: new Set(ownerOf.keys()),
            });
            for (const step of cleanup.steps)
                if (step.step === 'waitSubnetRelease')
                    for (const subnet of step.resourceIds)
                        releasedByDeletes.add(subnet.toLowerCase());
            zonesOfDelete.set(id, zonesOfCleanup(cleanup.steps, def && hypothetical?.services.find((s) => s.id === id)?.resources));
            const guard = guards.get(id);
            if (guard)
                blocked.push({ service: id, action: 'delete', reason: guard });
            actions.set(id, {
                service: id,
                title: def?.title ?? id,
                action: 'delete',
                reason: deleteReason(config, env, id, def),
                dependsOn: [],
                estimatedSeconds: def?.deletionSeconds ?? 60,
                protected: def ? isProtected(config, def) : true,
                dataBearing: def?.dataBearing ?? false,
                resources: cleanup.resources,
                cleanup: cleanup.steps,
            });
        }
        // Dependents go first: a deleted service waits for the deletes of the deleted services that need it.
        for (const id of deleted) {
            const dependents = deleted.filter((other) => {
                const def = defs.get(other);
                return other !== id && !!def && catalogNeeds(def).includes(id);
            });
            deps.set(id, dependents);
        }
    }
    // What enabled services created but no longer want: their update removes it.
    const subnetOwner = present.has(STRUCTURE.network) ? STRUCTURE.network : undefined;
    for (const service of desired.services) {
        const def = defs.get(service.id);
        const orphans = findOrphans({
            ctx,
            service,
            def,
            observed,
            wanted: new Set(ownerOf.keys()),
            allocated: desired.subnets,
            releasedElsewhere: releasedByDeletes,
            subnetOwner,
            platformApiVersions: catalog.platformApiVersions,
        });
        const action = actions.get(service.id);
        if (!orphans)
            continue;
        const removes = `removes ${orphans.resources.length} resource${orphans.resources.length === 1 ? '' : 's'} no longer wanted`;
        if (action.action === 'noop') {
            action.action = 'update';
            action.reason = `${(0,enablement/* describeReason */.Gk)(service.reason, env)}; ${removes}`;
            action.estimatedSeconds = def.provisioningSeconds;
        }
        else {
            action.reason = `${action.reason}; ${removes}`;
        }
        action.drift = [...(action.drift ?? []), ...orphans.drift];
        action.cleanup = orphans.steps;
        if (orphans.dataBearing.length > 0 && !allowed.has('all') && !allowed.has(service.id)) {
            const names = orphans.dataBearing.map((r) => `${r.name} (${r.type})`).join(', ');
            blocked.push({
                service: service.id,
                action: 'delete',
                reason: `${def.title} holds data: removing ${names}, no longer in the config, destroys it; to allow it, pass --allow-destroy ${service.id} (or all), or add '${service.id}' to environments.${env}.allowDestroy in the config`,
            });
        }
    }
    // Resources created with other settings than Azure takes only at creation: the update re-creates them.
    const observedIds = new Set((observed.resources ?? []).map((r) => r.id.toLowerCase()));
    for (const [id, recreate] of recreations) {
        const def = defs.get(id);
        const action = actions.get(id);
        const names = recreate.map((r) => r.name).join(', ');
        const recreation = planRecreation({
            def,
            recreate,
            desired,
            env,
            envConfig: config.environments[env],
            observedIds,
        });
        if (recreation.impossible) {
            blocked.push({ service: id, action: 'delete', reason: recreation.impossible });
            continue;
        }
        action.reason = `${action.reason}; re-creates ${names}`;
        action.cleanup = [...(action.cleanup ?? []), ...recreation.steps];
        const guard = destroyGuard(config, env, id, def, allowed);
        if (guard)
            blocked.push({ service: id, action: 'delete', reason: `re-creating ${names}: ${guard}` });
        for (const dependent of recreation.dependents) {
            const other = actions.get(dependent);
            if (!other)
                continue;
            const why = `its resources on ${names} are deployed again once ${id} re-creates it`;
            if (other.action === 'noop') {
                other.action = 'update';
                other.reason = `${(0,enablement/* describeReason */.Gk)(desired.services.find((s) => s.id === dependent).reason, env)}; ${why}`;
                other.estimatedSeconds = defs.get(dependent)?.provisioningSeconds ?? other.estimatedSeconds;
            }
            other.drift = [...(other.drift ?? []), why];
            deps.set(dependent, [...new Set([...(deps.get(dependent) ?? []), id])]);
        }
    }
    // ARM cannot rewrite or remove a subnet something still sits in: the network waits for deletes that free one.
    const network = actions.get(STRUCTURE.network);
    if (network && network.action !== 'noop') {
        const freeing = deleted.filter((id) => (defs.get(id)?.subnets.length ?? 0) > 0);
        deps.set(STRUCTURE.network, [...new Set([...(deps.get(STRUCTURE.network) ?? []), ...freeing])]);
    }
    // A zone goes only once the zone groups that wrote records into it are deleted.
    const dns = actions.get(STRUCTURE.dns);
    const removedZones = zoneIds((dns?.cleanup ?? []).flatMap((s) => s.resourceIds));
    if (dns && removedZones.size > 0) {
        const writers = deleted.filter((id) => {
            const zones = zonesOfDelete.get(id);
            return zones === undefined || [...zones].some((z) => removedZones.has(z));
        });
        deps.set(STRUCTURE.dns, [...new Set([...(deps.get(STRUCTURE.dns) ?? []), ...writers])]);
    }
    // Execution order: deletes are offered first (they free names, quota and address space), then catalog order.
    const nodes = [...deleted, ...desired.services.map((s) => s.id)];
    const topo = topoOrder(nodes, deps);
    let order = nodes;
    if ('cycle' in topo) {
        diagnostics.push({
            severity: 'error',
            code: 'plan.cycle',
            message: `the services depend on each other in a cycle: ${formatCycle(topo.cycle)}`,
            hint: 'a catalog edge (requires, implies, uses) or a resource reference closes the loop; remove one of them',
        });
    }
    else {
        order = topo.order;
    }
    const position = new Map(order.map((n, i) => [n, i]));
    for (const id of order) {
        const action = actions.get(id);
        action.dependsOn = (deps.get(id) ?? [])
            .filter((d) => actions.has(d))
            .sort((a, b) => position.get(a) - position.get(b));
    }
    const seconds = (n) => actions.get(n)?.estimatedSeconds ?? 0;
    const critical = 'cycle' in topo ? { seconds: 0, path: [] } : criticalPath(order, deps, seconds);
    const orderedActions = order.map((id) => actions.get(id));
    const inputs = planInputs(config, env, observed, options);
    // Each service counted once, as what will happen to it: a blocked delete or a conflict does not happen.
    const blockedServices = new Set(blocked.map((b) => b.service));
    const bucket = (a) => blockedServices.has(a.service) ? 'blocked' : a.conflicts?.length ? 'conflict' : a.action;
    const count = (kind) => orderedActions.filter((a) => bucket(a) === kind).length;
    const plan = {
        schemaVersion: 1,
        tool: { name: 'aifactory-flags', version: version/* TOOL_VERSION */.w },
        project,
        environment: env,
        subscriptionId: desired.subscriptionId,
        location: desired.location,
        fingerprint: planFingerprint(inputs, catalog),
        inputs,
        summary: {
            create: count('create'),
            update: count('update'),
            delete: count('delete'),
            noop: count('noop'),
            blocked: count('blocked'),
            conflict: count('conflict'),
        },
        estimatedSeconds: critical.seconds,
        criticalPath: critical.seconds > 0 ? critical.path : [],
        actions: orderedActions,
        blocked,
        conflicts,
        subnets: desired.subnets,
        diagnostics: (0,core_diagnostics/* dedupeDiagnostics */.E)(diagnostics),
    };
    return { plan, desired };
}
function inConflict(n) {
    const one = n === 1;
    return `in conflict: ${n} resource${one ? '' : 's'} with its names ${one ? 'is' : 'are'} someone else's, so nothing can be applied until ${one ? 'it is' : 'they are'} renamed or removed`;
}
/** A service with resources outside any resource group (a subscription's Defender plan), resource groups aside. */
function subscriptionWide(def) {
    return def.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== context/* RESOURCE_GROUP_TYPE */.Ei);
}
/** Protected: its deletion needs an explicit allow (data-bearing services always, `protect` adds more). */
function isProtected(config, def) {
    return def.dataBearing || subscriptionWide(def) || (config.protect ?? []).includes(def.id);
}
function destroyGuard(config, env, id, def, allowed) {
    if (allowed.has('all') || allowed.has(id))
        return undefined;
    const how = `to allow it, pass --allow-destroy ${id} (or all), or add '${id}' to environments.${env}.allowDestroy in the config`;
    if (!def)
        return `'${id}' is not in this tool's catalog, so it is unknown whether it holds data; ${how}`;
    if (def.dataBearing)
        return `${def.title} holds data: deleting '${id}' destroys it; ${how}`;
    if (subscriptionWide(def))
        return `${def.title} is set for the whole subscription: removing it switches it off for every project there; ${how}`;
    if ((config.protect ?? []).includes(id))
        return `'${id}' is listed under protect; ${how}`;
    return undefined;
}
function deleteReason(config, env, id, def) {
    if (!def)
        return `'${id}' is no longer in the catalog but Azure still holds resources tagged for it`;
    const envFlag = config.environments[env]?.flags?.[id];
    if (envFlag === false)
        return `flag off in environment '${env}'`;
    if (config.flags?.[id] === false)
        return 'flag off';
    if (def.modes && !def.modes.includes(config.network.mode))
        return `not available in network mode '${config.network.mode}'`;
    return `no longer on in '${env}' (no flag, baseline or implication switches it on)`;
}
/** A create whose name is held by a soft-deleted vault or account: the apply recovers it (never renames). */
function noteSoftDeleted(service, resources, observed, action, diagnostics) {
    if (action === 'noop')
        return;
    for (const gone of observed.softDeleted ?? []) {
        const match = resources.find((r) => r.type.toLowerCase() === gone.type.toLowerCase() && r.name.toLowerCase() === gone.name.toLowerCase());
        if (!match)
            continue;
        diagnostics.push({
            severity: 'note',
            code: 'plan.soft-deleted',
            message: `${service}: ${gone.type} '${gone.name}' is soft-deleted; apply recovers it instead of creating a new one`,
            hint: gone.purgeProtection
                ? 'purge protection is on: the name cannot be reused until the retention ends'
                : undefined,
        });
    }
}


/***/ }),

/***/ 6195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   N: () => (/* binding */ serviceOption),
/* harmony export */   aK: () => (/* binding */ servicePartsInForce),
/* harmony export */   ep: () => (/* binding */ nameServiceResources),
/* harmony export */   yo: () => (/* binding */ optionIsSet)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5562);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5663);
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1468);
// The resources a service's catalog entry lists, named and placed: one per spec, or one per entry of a
// `forEach` list option. Bodies are resolved later, once every name and id of the environment is known.




/** A service option from the config, else the catalog's default for it. */
function serviceOption(ctx, service, path) {
    const value = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Y)(ctx.config.services?.[service.id] ?? {}, path);
    if (value !== undefined)
        return value;
    const [head, ...rest] = path.split('.');
    const option = service.options?.find((o) => o.name === head);
    if (option?.default === undefined)
        return undefined;
    return rest.length > 0 ? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Y)(option.default, rest.join('.')) : option.default;
}
/** An option counts as set when the config (or its default) gives it a value other than null or ''. */
function optionIsSet(ctx, service, name) {
    const value = serviceOption(ctx, service, name);
    return value !== undefined && value !== null && value !== '';
}
/**
 * The `bodyWhenService` parts that hold in this environment: the other service on (with its option, if named, and
 * without its `unlessOption` true).
 */
function servicePartsInForce(ctx, spec, enabled) {
    return (spec.bodyWhenService ?? []).filter((part) => {
        const other = enabled.get(part.service);
        if (!other)
            return false;
        if (part.unlessOption && serviceOption(ctx, other, part.unlessOption) === true)
            return false;
        if (!part.option)
            return true;
        return optionIsSet(ctx, other, part.option) && serviceOption(ctx, other, part.option) !== false;
    });
}
/**
 * The spec's body with the parts that depend on the service's options (`bodyWhenOption`), on other services
 * (`bodyWhenService`) and on the entry's optional fields (`bodyWhenItem`) merged in.
 */
function bodyOf(ctx, service, resource, enabled = new Map()) {
    const { spec, item } = resource;
    let body = spec.body ?? {};
    for (const part of spec.bodyWhenOption ?? []) {
        const holds = part.values
            ? part.values.includes(String(serviceOption(ctx, service, part.option)))
            : optionIsSet(ctx, service, part.option);
        const extra = holds ? part.set : part.unset;
        if (extra)
            body = deepMerge(body, extra);
    }
    for (const part of servicePartsInForce(ctx, spec, enabled))
        body = deepMerge(body, part.set);
    for (const part of spec.bodyWhenItem ?? []) {
        const value = item ? (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_3__/* .getPath */ .Y)(item, part.field) : undefined;
        if (value !== undefined && value !== null && value !== '')
            body = deepMerge(body, part.set);
    }
    return body;
}
function deepMerge(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra)) {
        const current = out[key];
        out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
    return out;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function nameServiceResources(ctx, service, diagnostics, lookup = () => 'off') {
    const out = [];
    const byKey = new Map();
    for (const spec of service.resources) {
        if (!(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .modeAllows */ .Sy)(spec, ctx.mode))
            continue;
        const resourceGroup = ctx.resourceGroups[spec.resourceGroup];
        if (spec.type === _context_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_GROUP_TYPE */ .Ei && !resourceGroup.managed)
            continue;
        for (const item of itemsOf(ctx, service, spec, diagnostics)) {
            const itemName = item ? String(item.name) : optionName(ctx, service, spec);
            const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(spec.name, ctx.names, itemName, spec.type);
            if (built.problem) {
                const entry = spec.forEach
                    ? { label: `the name of the services.${service.id}.${spec.forEach} entry` }
                    : spec.nameOption
                        ? {
                            label: `services.${service.id}.${spec.nameOption}`,
                            path: `services.${service.id}.${spec.nameOption}`,
                        }
                        : undefined;
                diagnostics.push((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)({
                    subject: `${service.id}: the name of ${spec.type} (${spec.key}${itemName ? ` '${itemName}'` : ''})`,
                    rule: spec.name,
                    built,
                    ctx: ctx.names,
                    where: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameSources */ .c5)(ctx.config, ctx.env, entry),
                    item: itemName,
                    locations: ctx.config.locations,
                }));
            }
            let named;
            if (spec.type === _context_js__WEBPACK_IMPORTED_MODULE_1__/* .RESOURCE_GROUP_TYPE */ .Ei) {
                const id = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceGroupId */ .x6)(ctx.subscriptionId, built.name);
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id,
                    resourceGroup: { ...resourceGroup, name: built.name, id },
                };
            }
            else if (spec.parent) {
                const parent = spec.parentService ? lookup(spec.parentService, spec.parent) : byKey.get(spec.parent);
                if (!parent || parent === 'off') {
                    diagnostics.push({
                        severity: 'error',
                        code: 'catalog.parent',
                        message: `${service.id}: resource '${spec.key}' names parent '${spec.parentService ? `${spec.parentService}.` : ''}${spec.parent}', which ${parent === 'off' ? `is off in environment '${ctx.env}'` : `is not created in network mode '${ctx.mode}'`}`,
                        hint: spec.parentService ? `switch ${spec.parentService} on` : undefined,
                    });
                    continue;
                }
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: `${parent.armName}/${built.name}`,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .childId */ ._U)(parent.id, spec.type, built.name),
                    resourceGroup: parent.resourceGroup,
                    parentId: parent.id,
                    scope: parent.scope,
                    subscriptionLevel: parent.subscriptionLevel,
                };
            }
            else if (spec.deployScope?.kind === 'subscription') {
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: `/subscriptions/${ctx.subscriptionId}/providers/${spec.type}/${built.name}`,
                    resourceGroup: { ...resourceGroup, name: '', id: '' },
                    subscriptionLevel: true,
                };
            }
            else if (spec.deployScope?.kind === 'extension') {
                const target = lookup(spec.deployScope.service, spec.deployScope.resource);
                if (target === 'off')
                    continue; // the resource it would extend is not in this environment
                if (!target) {
                    diagnostics.push({
                        severity: 'error',
                        code: 'catalog.extension-target',
                        message: `${service.id}: resource '${spec.key}' extends ${spec.deployScope.service}${spec.deployScope.resource ? `.${spec.deployScope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
                    });
                    continue;
                }
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: `${target.id}/providers/${spec.type}/${built.name}`,
                    resourceGroup: target.resourceGroup,
                    scope: target.id,
                };
            }
            else {
                named = {
                    service,
                    spec,
                    item,
                    name: built.name,
                    armName: built.name,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceId */ .a)(resourceGroup.id, spec.type, built.name),
                    resourceGroup,
                };
            }
            if (!byKey.has(spec.key))
                byKey.set(spec.key, named);
            out.push(named);
        }
    }
    return out;
}
/** The name a `nameOption` spec takes from its option (checked against the rule like any name). */
function optionName(ctx, service, spec) {
    if (!spec.nameOption)
        return undefined;
    const value = serviceOption(ctx, service, spec.nameOption);
    return value === undefined || value === null ? undefined : String(value);
}
/** `[undefined]` for a plain spec; the list entries for a `forEach` spec (none when the option is absent). */
function itemsOf(ctx, service, spec, diagnostics) {
    if (!spec.forEach)
        return [undefined];
    const list = serviceOption(ctx, service, spec.forEach);
    if (list === undefined)
        return [];
    const where = `services.${service.id}.${spec.forEach}`;
    if (!Array.isArray(list)) {
        diagnostics.push({
            severity: 'error',
            code: 'config.type',
            message: `${where} must be a list`,
            location: ctx.config.locations?.[where],
        });
        return [];
    }
    const items = [];
    list.forEach((entry, i) => {
        if (entry === null ||
            typeof entry !== 'object' ||
            typeof entry.name !== 'string') {
            diagnostics.push({
                severity: 'error',
                code: 'config.type',
                message: `${where}[${i}] needs a 'name' (a string)`,
                location: ctx.config.locations?.[`${where}.${i}`] ?? ctx.config.locations?.[where],
            });
            return;
        }
        items.push(entry);
    });
    return items;
}


/***/ }),

/***/ 3343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ RESOURCE_GROUP_TYPE),
/* harmony export */   Fj: () => (/* binding */ TAG_SERVICE),
/* harmony export */   JQ: () => (/* binding */ TAG_ENVIRONMENT),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Pl: () => (/* binding */ TAG_PROJECT),
/* harmony export */   RJ: () => (/* binding */ TAG_MANAGED_BY),
/* harmony export */   Sy: () => (/* binding */ modeAllows),
/* harmony export */   YF: () => (/* binding */ TAG_HASH),
/* harmony export */   eN: () => (/* binding */ platformApiVersion),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   qM: () => (/* binding */ subnetAzureName),
/* harmony export */   x6: () => (/* binding */ resourceGroupId)
/* harmony export */ });
/* unused harmony exports VNET_TYPE, resourceGroupSpec */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5562);
// Everything a resource of one project environment is built from, computed once: subscription, location,
// name tokens, resource groups, the VNet, ownership tags. Derived from the config alone (no observed state),
// so the observer's scope and the desired state always agree on names.

const MANAGED_BY = 'aifactory-flags';
const TAG_MANAGED_BY = 'aifactory-managed-by';
const TAG_PROJECT = 'aifactory-project';
const TAG_ENVIRONMENT = 'aifactory-environment';
const TAG_SERVICE = 'aifactory-service';
const TAG_HASH = 'aifactory-hash';
const RESOURCE_GROUP_TYPE = 'Microsoft.Resources/resourceGroups';
const VNET_TYPE = 'Microsoft.Network/virtualNetworks';
// Resource group names as today's AI Factory pipelines spell them; used when the catalog has no rule for them.
const RESOURCE_GROUP_RULE = {
    minLength: 1,
    maxLength: 90,
    allowed: '[-\\w.()]*[-\\w()]',
    allowedText: 'letters, digits, underscores, hyphens, periods and parentheses; not ending in a period',
    uniqueness: 'subscription',
};
const DEFAULT_RG_PATTERNS = {
    project: '{prefix}-esml-project{projectNumber}-{loc}-{env}-{scaleSet}-rg',
    common: '{prefix}-esml-common-{loc}-{env}-{scaleSet}',
};
function resourceGroupId(subscriptionId, name) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${name}`;
}
function modeAllows(spec, mode) {
    return !spec.modes || spec.modes.includes(mode);
}
/** The catalog's resource spec for a resource group of the given role, when it has one. */
function resourceGroupSpec(catalog, role) {
    const service = catalog.services.find((s) => s.id === 'resourceGroups');
    return service?.resources.find((r) => r.type === RESOURCE_GROUP_TYPE && r.resourceGroup === role);
}
function createContext(config, env, catalog, overrides = {}) {
    const diagnostics = [];
    const envConfig = config.environments[env];
    if (!envConfig)
        throw new Error(`environment '${env}' is not in the config`);
    const location = envConfig.location ?? config.project.location;
    const region = catalog.regions.find((r) => r.name === location.toLowerCase());
    if (!region) {
        diagnostics.push({
            severity: 'error',
            code: 'config.unknown-region',
            message: `location '${location}' is not a region the catalog knows`,
            hint: 'use an Azure region name such as swedencentral',
        });
    }
    const project = `prj${(0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProjectNumber */ .kQ)(config.project.number)}`;
    const azureEnv = catalog.environmentNames[env] ?? env;
    const salt = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .computeSalt */ .GZ)(envConfig.subscriptionId, config.project.prefix, project, env, config.project.scaleSet);
    const names = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameContext */ .Lv)({
        prefix: config.project.prefix,
        projectNumber: config.project.number,
        env: azureEnv,
        location,
        loc: region?.short ?? location,
        scaleSet: config.project.scaleSet,
        salt,
    });
    const mode = config.network.mode;
    const subscriptionId = envConfig.subscriptionId;
    const resourceGroups = {};
    for (const role of ['project', 'common']) {
        const spec = resourceGroupSpec(catalog, role);
        const rule = spec?.name ?? { ...RESOURCE_GROUP_RULE, pattern: DEFAULT_RG_PATTERNS[role] };
        const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(rule, names, undefined, RESOURCE_GROUP_TYPE);
        if (built.problem) {
            diagnostics.push((0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)({
                subject: `resourceGroups: the ${role} resource group name`,
                rule,
                built,
                ctx: names,
                where: (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameSources */ .c5)(config, env),
                locations: config.locations,
            }));
        }
        // The project RG is always ours; the common RG only where the catalog creates it in this mode (standalone).
        const managed = role === 'project' ? true : spec ? modeAllows(spec, mode) : mode === 'standalone';
        resourceGroups[role] = {
            role,
            name: built.name,
            id: resourceGroupId(subscriptionId, built.name),
            managed,
        };
    }
    const ownershipTags = {
        [TAG_MANAGED_BY]: MANAGED_BY,
        [TAG_PROJECT]: project,
        [TAG_ENVIRONMENT]: env,
    };
    const ctx = {
        config,
        env,
        envConfig,
        catalog,
        mode,
        subscriptionId,
        tenantId: envConfig.tenantId ?? overrides.tenantId,
        location,
        project,
        names,
        resourceGroups,
        ownershipTags,
        diagnostics,
    };
    ctx.vnet = vnetOf(ctx);
    return ctx;
}
/**
 * The VNet the project's subnets live in: ours when the `network` service creates one in this mode, else the
 * platform's, named in the environment's network settings (default: the common resource group).
 */
function vnetOf(ctx) {
    const network = ctx.catalog.services.find((s) => s.id === 'network');
    const spec = network?.resources.find((r) => r.type === VNET_TYPE && modeAllows(r, ctx.mode));
    if (spec) {
        const rg = ctx.resourceGroups[spec.resourceGroup];
        const built = (0,_names_js__WEBPACK_IMPORTED_MODULE_0__/* .buildName */ .AL)(spec.name, ctx.names, undefined, VNET_TYPE);
        // A bad VNet name is reported with the network service's other names by the desired-state builder.
        return {
            id: `${rg.id}/providers/${VNET_TYPE}/${built.name}`,
            name: built.name,
            resourceGroup: rg.name,
            ours: true,
        };
    }
    const byo = ctx.envConfig.network;
    if (byo?.vnetName) {
        const resourceGroup = byo.vnetResourceGroup ?? ctx.resourceGroups.common.name;
        return {
            id: `${resourceGroupId(ctx.subscriptionId, resourceGroup)}/providers/${VNET_TYPE}/${byo.vnetName}`,
            name: byo.vnetName,
            resourceGroup,
            ours: false,
        };
    }
    return undefined;
}
/** Azure's name of a logical subnet (`genai`) for this project: subnets of many projects share one VNet. */
function subnetAzureName(ctx, logical) {
    return `snt-${ctx.project}-${logical}`;
}
/** The GA api-version the catalog fixes for a type the core generates; a missing one is a catalog error. */
function platformApiVersion(ctx, type) {
    const version = ctx.catalog.platformApiVersions?.[type];
    if (version)
        return version;
    const code = 'catalog.api-version';
    if (!ctx.diagnostics.some((d) => d.code === code && d.message.includes(type))) {
        ctx.diagnostics.push({
            severity: 'error',
            code,
            message: `the catalog has no api-version for ${type} (platformApiVersions)`,
            hint: 'add the GA api-version of this type to the catalog',
        });
    }
    return '';
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dj: () => (/* binding */ createdWithTag),
/* harmony export */   dM: () => (/* binding */ TAG_CREATED_WITH),
/* harmony export */   h7: () => (/* binding */ createdAsDesired),
/* harmony export */   xl: () => (/* binding */ createdWith)
/* harmony export */ });
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1468);

const TAG_CREATED_WITH = 'aifactory-created-with';
/** `path=value;…` for the create-only paths the body sets, in the spec's order; undefined when it sets none. */
function createdWith(spec, body) {
    const parts = (spec.createOnly ?? []).flatMap((path) => {
        const value = (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .getPath */ .Y)(body, path);
        if (value === undefined || value === null)
            return [];
        return [`${path}=${typeof value === 'string' ? value : JSON.stringify(value)}`];
    });
    return parts.length > 0 ? parts.join(';') : undefined;
}
/** The created-with tag of a live resource (tag names are case-insensitive in Azure). */
function createdWithTag(tags) {
    return Object.entries(tags ?? {}).find(([k]) => k.toLowerCase() === TAG_CREATED_WITH)?.[1];
}
/** Whether a live resource was created with the settings the desired body wants (values compared case-insensitively). */
function createdAsDesired(desiredTags, liveTags) {
    return (createdWithTag(desiredTags) ?? '').toLowerCase() === (createdWithTag(liveTags) ?? '').toLowerCase();
}


/***/ }),

/***/ 512:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ DIAGNOSTIC_SETTINGS_TYPE),
/* harmony export */   kN: () => (/* binding */ diagnosticSettingsResources)
/* harmony export */ });
/* unused harmony exports DIAGNOSTIC_SETTINGS_NAME, LOG_ANALYTICS_SERVICE, diagnosticLevelOf, atLevel */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5663);


const DIAGNOSTIC_SETTINGS_TYPE = 'Microsoft.Insights/diagnosticSettings';
const DIAGNOSTIC_SETTINGS_NAME = 'aifactory-to-log-analytics';
const LOG_ANALYTICS_SERVICE = 'logAnalytics';
const WORKSPACE_TYPE = 'Microsoft.OperationalInsights/workspaces';
function diagnosticSettingsResources(ctx, services, named, diagnostics) {
    const workspace = (named.get(LOG_ANALYTICS_SERVICE) ?? []).find((r) => r.spec.type === WORKSPACE_TYPE);
    if (!workspace)
        return []; // No workspace in this environment: nowhere to send them.
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, DIAGNOSTIC_SETTINGS_TYPE);
    const level = diagnosticLevelOf(ctx);
    const drafts = [];
    for (const service of services) {
        for (const spec of service.diagnostics) {
            const targets = (named.get(service.id) ?? []).filter((r) => r.spec.key === spec.resource);
            if (targets.length === 0) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.diagnostics-target',
                    message: `${service.id}: diagnostic settings attach to resource '${spec.resource}', which the service does not create in network mode '${ctx.mode}'`,
                });
                continue;
            }
            for (const target of targets) {
                drafts.push({
                    service: service.id,
                    key: `diag:${target.spec.key}:${target.name}`,
                    id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .extensionId */ .DC)(target.id, DIAGNOSTIC_SETTINGS_TYPE, DIAGNOSTIC_SETTINGS_NAME),
                    type: DIAGNOSTIC_SETTINGS_TYPE,
                    apiVersion,
                    name: DIAGNOSTIC_SETTINGS_NAME,
                    resourceGroup: target.resourceGroup.name,
                    subscriptionId: ctx.subscriptionId,
                    scope: target.id,
                    body: { properties: settingsBody(atLevel(spec, level), workspace.id) },
                    dependsOn: [target.id, workspace.id],
                    role: 'diagnosticSettings',
                });
            }
        }
    }
    return drafts;
}
/** The environment's level (its own, else the project's, else the catalog's default), with its definition. */
function diagnosticLevelOf(ctx) {
    const name = ctx.envConfig.diagnostics?.level ??
        ctx.config.diagnostics?.level ??
        ctx.catalog.defaultDiagnosticLevel ??
        'gold';
    return { name, level: ctx.catalog.diagnosticLevels?.[name] };
}
/**
 * What one resource sends at a level: the categories its `levels` name for it, else the level's default capped
 * by the resource's own logs (a resource that sends no logs, or only some categories, never sends more).
 */
function atLevel(spec, at) {
    const metrics = spec.metrics && (at.level?.metrics ?? true);
    const own = spec.levels?.[at.name];
    if (own)
        return { ...spec, logs: own, metrics };
    const wanted = at.level?.logs ?? 'allLogs';
    if (wanted === 'none')
        return { ...spec, logs: [], metrics };
    if (wanted === 'audit' && spec.logs === 'allLogs')
        return { ...spec, logs: 'audit', metrics };
    return { ...spec, metrics };
}
function settingsBody(spec, workspaceId) {
    const logs = spec.logs === 'allLogs' || spec.logs === 'audit'
        ? [{ categoryGroup: spec.logs, enabled: true }]
        : spec.logs.map((category) => ({ category, enabled: true }));
    const body = { workspaceId, logs };
    if (spec.metrics)
        body.metrics = [{ category: 'AllMetrics', enabled: true }];
    return body;
}


/***/ }),

/***/ 5663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ extensionId),
/* harmony export */   Xz: () => (/* binding */ isTracked),
/* harmony export */   _U: () => (/* binding */ childId),
/* harmony export */   a: () => (/* binding */ resourceId)
/* harmony export */ });
/** ARM id of a top-level resource in a resource group. */
function resourceId(resourceGroupId, type, name) {
    return `${resourceGroupId}/providers/${type}/${name}`;
}
/** ARM id of a child: the parent's id plus the child type's last segment and the child's own name. */
function childId(parentId, childType, childName) {
    const segment = childType.split('/').pop();
    return `${parentId}/${segment}/${childName}`;
}
/** ARM id of an extension resource (role assignment, diagnostic setting) on a target resource. */
function extensionId(scopeId, type, name) {
    return `${scopeId}/providers/${type}/${name}`;
}
/**
 * Resources this tool can recognise in a resource-group listing by their tags: top-level resources inside a
 * resource group (and resource groups themselves). Children, extension resources and subscription-level
 * resources are not returned by ARM's list-by-resource-group call and several cannot carry tags; they are
 * covered by the hash of their service's first main resource instead.
 */
function isTracked(r) {
    if (r.type === 'Microsoft.Resources/resourceGroups')
        return true;
    if (r.scope || !/\/resourceGroups\/[^/]+\/providers\//i.test(r.id))
        return false;
    return r.type.split('/').length === 2 && !EXTENSION_TYPES.has(r.type.toLowerCase());
}
const EXTENSION_TYPES = new Set([
    'microsoft.authorization/roleassignments',
    'microsoft.insights/diagnosticsettings',
    'microsoft.authorization/locks',
]);


/***/ }),

/***/ 8602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ DNS_ZONE_TYPE),
/* harmony export */   PR: () => (/* binding */ endpointResources),
/* harmony export */   jz: () => (/* binding */ PRIVATE_ENDPOINT_TYPE),
/* harmony export */   sx: () => (/* binding */ ZONE_GROUP_TYPE)
/* harmony export */ });
/* unused harmony exports VNET_LINK_TYPE, DNS_SERVICE, ENDPOINT_SUBNET, ownsDnsZones, neededZones, dnsZoneId, endpointName */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5663);


const PRIVATE_ENDPOINT_TYPE = 'Microsoft.Network/privateEndpoints';
const ZONE_GROUP_TYPE = 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups';
const DNS_ZONE_TYPE = 'Microsoft.Network/privateDnsZones';
const VNET_LINK_TYPE = 'Microsoft.Network/privateDnsZones/virtualNetworkLinks';
const DNS_SERVICE = 'privateDnsZones';
/** The logical subnet private endpoints live in. */
const ENDPOINT_SUBNET = 'genai';
const PE_NAME_MAX = 64;
const PE_NAME = /^[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
/** True when this project environment creates its own private DNS zones. */
function ownsDnsZones(ctx, enabled) {
    return (ctx.mode === 'standalone' || ctx.mode === 'hybrid') && enabled.has(DNS_SERVICE);
}
/** Every DNS zone the enabled services' endpoints need, sorted, without duplicates. */
function neededZones(services) {
    return [...new Set(services.flatMap((s) => s.privateEndpoints.flatMap((p) => p.dnsZones)))].sort();
}
function dnsZoneId(ctx, enabled, zone, diagnostics) {
    if (ownsDnsZones(ctx, enabled)) {
        const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE);
        return (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)(ctx.resourceGroups[dns.scope].id, DNS_ZONE_TYPE, zone);
    }
    const central = ctx.envConfig.network;
    if (!central?.dnsZonesResourceGroup) {
        if (!diagnostics.some((d) => d.code === 'config.central-dns')) {
            diagnostics.push({
                severity: 'error',
                code: 'config.central-dns',
                message: `environment '${ctx.env}': private endpoints need DNS zones, and in network mode '${ctx.mode}' they are the hub's`,
                hint: `set environments.${ctx.env}.network.dnsZonesResourceGroup (and dnsZonesSubscriptionId when the zones live in another subscription)`,
                location: ctx.config.locations?.[`environments.${ctx.env}`],
            });
        }
        return undefined;
    }
    const subscription = central.dnsZonesSubscriptionId ?? ctx.subscriptionId;
    return (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceGroupId */ .x6)(subscription, central.dnsZonesResourceGroup), DNS_ZONE_TYPE, zone);
}
function endpointResources(input) {
    const { ctx, services, named, enabled, diagnostics } = input;
    const drafts = [];
    const anyEndpoint = services.some((s) => s.privateEndpoints.length > 0);
    if (!anyEndpoint)
        return drafts;
    const subnetName = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .subnetAzureName */ .qM)(ctx, ENDPOINT_SUBNET);
    const subnetId = ctx.vnet && input.subnets.has(subnetName) ? `${ctx.vnet.id}/subnets/${subnetName}` : undefined;
    if (!subnetId) {
        diagnostics.push({
            severity: 'error',
            code: 'desired.endpoint-subnet',
            message: ctx.vnet
                ? `private endpoints need the '${ENDPOINT_SUBNET}' subnet, which no enabled service asks for`
                : `private endpoints need a VNet: in network mode '${ctx.mode}' set environments.${ctx.env}.network.vnetName (and vnetResourceGroup)`,
        });
    }
    const owned = ownsDnsZones(ctx, enabled);
    if (owned)
        drafts.push(...zoneResources(ctx, enabled, neededZones([...services, ...(input.zonesAlsoFor ?? [])]), diagnostics));
    const peApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, PRIVATE_ENDPOINT_TYPE);
    const groupApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, ZONE_GROUP_TYPE);
    for (const service of services) {
        for (const pe of service.privateEndpoints) {
            const target = named.get(service.id)?.find((r) => r.spec.key === pe.resource);
            if (!target) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.endpoint-target',
                    message: `${service.id}: a private endpoint points at resource '${pe.resource}', which the service does not create in network mode '${ctx.mode}'`,
                });
                continue;
            }
            const name = endpointName(target.name, pe.groupId);
            if (!PE_NAME.test(name)) {
                diagnostics.push({
                    severity: 'error',
                    code: 'names.invalid',
                    message: `${service.id}: the private endpoint name "${name}" is not valid for ${PRIVATE_ENDPOINT_TYPE}: letters, digits, underscores, periods and hyphens, starting with a letter or digit`,
                });
            }
            const rg = ctx.resourceGroups.project;
            const id = (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .resourceId */ .a)(rg.id, PRIVATE_ENDPOINT_TYPE, name);
            const dependsOn = [target.id];
            if (subnetId)
                dependsOn.push(subnetId);
            drafts.push({
                service: service.id,
                key: `pe:${pe.resource}:${pe.groupId}`,
                id,
                type: PRIVATE_ENDPOINT_TYPE,
                apiVersion: peApi,
                name,
                resourceGroup: rg.name,
                subscriptionId: ctx.subscriptionId,
                body: {
                    location: ctx.location,
                    properties: {
                        subnet: { id: subnetId ?? '' },
                        privateLinkServiceConnections: [
                            { name, properties: { privateLinkServiceId: target.id, groupIds: [pe.groupId] } },
                        ],
                    },
                },
                dependsOn,
                role: 'privateEndpoint',
            });
            const zoneIds = pe.dnsZones
                .map((zone) => ({ zone, id: dnsZoneId(ctx, enabled, zone, diagnostics) }))
                .filter((z) => z.id !== undefined);
            if (zoneIds.length === 0)
                continue;
            drafts.push({
                service: service.id,
                key: `pe:${pe.resource}:${pe.groupId}:dns`,
                id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .childId */ ._U)(id, ZONE_GROUP_TYPE, 'default'),
                type: ZONE_GROUP_TYPE,
                apiVersion: groupApi,
                name: `${name}/default`,
                resourceGroup: rg.name,
                subscriptionId: ctx.subscriptionId,
                body: {
                    properties: {
                        privateDnsZoneConfigs: zoneIds.map((z) => ({
                            name: z.zone.replace(/\./g, '-'),
                            properties: { privateDnsZoneId: z.id },
                        })),
                    },
                },
                dependsOn: [id, ...(owned ? zoneIds.map((z) => z.id) : [])],
                role: 'dnsZone',
            });
        }
    }
    return drafts;
}
/** `pe-<target>-<group>`, the target part shortened when the whole would pass the type's 64 characters. */
function endpointName(targetName, groupId) {
    const suffix = `-${groupId.toLowerCase()}`;
    const room = PE_NAME_MAX - 'pe-'.length - suffix.length;
    return `pe-${targetName.slice(0, room).replace(/[-.]+$/, '')}${suffix}`;
}
function zoneResources(ctx, enabled, zones, diagnostics) {
    const drafts = [];
    const dns = ctx.catalog.services.find((s) => s.id === DNS_SERVICE);
    const rg = ctx.resourceGroups[dns.scope];
    const zoneApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, DNS_ZONE_TYPE);
    const linkApi = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .platformApiVersion */ .eN)(ctx, VNET_LINK_TYPE);
    for (const zone of zones) {
        const id = dnsZoneId(ctx, enabled, zone, diagnostics);
        const dependsOn = rg.managed ? [rg.id] : [];
        drafts.push({
            service: DNS_SERVICE,
            key: `zone:${zone}`,
            id,
            type: DNS_ZONE_TYPE,
            apiVersion: zoneApi,
            name: zone,
            resourceGroup: rg.name,
            subscriptionId: ctx.subscriptionId,
            body: { location: 'global', properties: {} },
            dependsOn,
            role: 'dnsZone',
        });
        if (!ctx.vnet)
            continue;
        const linkName = `link-${ctx.vnet.name}`.slice(0, 80);
        drafts.push({
            service: DNS_SERVICE,
            key: `zone:${zone}:link`,
            id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .childId */ ._U)(id, VNET_LINK_TYPE, linkName),
            type: VNET_LINK_TYPE,
            apiVersion: linkApi,
            name: `${zone}/${linkName}`,
            resourceGroup: rg.name,
            subscriptionId: ctx.subscriptionId,
            body: {
                location: 'global',
                properties: { virtualNetwork: { id: ctx.vnet.id }, registrationEnabled: false },
            },
            dependsOn: ctx.vnet.ours ? [id, ctx.vnet.id] : [id],
            role: 'dnsZone',
        });
    }
    return drafts;
}


/***/ }),

/***/ 7225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ transformLateValue),
/* harmony export */   KC: () => (/* binding */ hasLateValue),
/* harmony export */   OH: () => (/* binding */ fillLateValues),
/* harmony export */   XQ: () => (/* binding */ lateRefs),
/* harmony export */   sg: () => (/* binding */ lateValuePaths),
/* harmony export */   zD: () => (/* binding */ parseLateRef)
/* harmony export */ });
/* unused harmony exports LATE_TRANSFORMS, LateValueMissing */
// Values known only after apply: the principal id of a managed identity (`{{principalId:svc}}`,
// `{{principalId:svc.key}}`) and any property of another live resource (`{{live:svc.key:path}}`, e.g. the
// project identity's client id or the version of the customer-managed key). They stay placeholders in the
// desired state — its hash is computed over the placeholder, so a plan is stable — and the executor fills them
// in from the live resource right before it deploys (like Terraform's "known after apply").
//
// Grammar: `{{live:<service>[.<resource key>]:<dot path>[|<transform>]}}`; the transforms are data below.
/** Cuts a live value before use: a key's version is the last segment of its versioned URI. */
const LATE_TRANSFORMS = {
    lastSegment: (value) => value.replace(/\/+$/, '').split('/').pop() ?? value,
};
const LATE_TOKEN = /\{\{\s*(principalId|live):([^}]*?)\s*\}\}/g;
const WHOLE_LATE_TOKEN = /^\{\{\s*(principalId|live):([^}]*?)\s*\}\}$/;
const REF = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/;
const PATH = /^[A-Za-z0-9_$-]+(?:\.[A-Za-z0-9_$-]+)*$/;
/** Reads the argument of a late placeholder; an error says what is wrong with it. */
function parseLateRef(kind, arg) {
    const text = (arg ?? '').trim();
    if (kind === 'principalId') {
        if (!REF.test(text))
            return { error: 'needs a service or resource, e.g. {{principalId:aiFoundry.project}}' };
        return { key: `principalId:${text}`, kind: 'principalId', ref: text };
    }
    if (kind !== 'live')
        return { error: `'${kind}' is no late placeholder` };
    const example = 'e.g. {{live:managedIdentity.identity:properties.clientId}}';
    const first = text.indexOf(':');
    if (first < 0)
        return { error: `needs a resource and a property path, ${example}` };
    const ref = text.slice(0, first).trim();
    const [rawPath, transform, ...extra] = text
        .slice(first + 1)
        .split('|')
        .map((s) => s.trim());
    if (!REF.test(ref))
        return { error: `'${ref}' names no resource (svc or svc.key), ${example}` };
    if (!PATH.test(rawPath ?? ''))
        return { error: `'${rawPath ?? ''}' is no property path, ${example}` };
    if (extra.length > 0 || (transform !== undefined && !(transform in LATE_TRANSFORMS)))
        return {
            error: `unknown transform '${[transform, ...extra].join('|')}'; known: ${Object.keys(LATE_TRANSFORMS).join(', ')}`,
        };
    return {
        key: `live:${ref}:${rawPath}${transform ? `|${transform}` : ''}`,
        kind: 'live',
        ref,
        path: rawPath,
        ...(transform ? { transform } : {}),
    };
}
function refOf(kind, arg) {
    const parsed = parseLateRef(kind, arg);
    return 'error' in parsed ? undefined : parsed;
}
/** Whether a value holds a late placeholder anywhere (strings, keys, nested). */
function hasLateValue(value) {
    return lateRefs(value).length > 0;
}
/** The late placeholders in a value, each once, in the order they first appear (object keys too). */
function lateRefs(value) {
    const found = new Map();
    const visit = (v) => {
        if (typeof v === 'string') {
            for (const m of v.matchAll(LATE_TOKEN)) {
                const ref = refOf(m[1], m[2]);
                if (ref && !found.has(ref.key))
                    found.set(ref.key, ref);
            }
        }
        else if (Array.isArray(v))
            v.forEach(visit);
        else if (v && typeof v === 'object')
            for (const [k, inner] of Object.entries(v)) {
                visit(k);
                visit(inner);
            }
    };
    visit(value);
    return [...found.values()];
}
/** Dot paths (arrays as `[i]`, like what-if) of the values that hold a late placeholder, with the placeholders. */
function lateValuePaths(value, prefix = '') {
    if (typeof value === 'string') {
        const refs = lateRefs(value);
        return refs.length > 0 ? [{ path: prefix, refs }] : [];
    }
    if (Array.isArray(value))
        return value.flatMap((v, i) => lateValuePaths(v, `${prefix}[${i}]`));
    if (value && typeof value === 'object')
        return Object.entries(value).flatMap(([k, v]) => {
            const path = prefix ? `${prefix}.${k}` : k;
            const inKey = lateRefs(k);
            return [...(inKey.length > 0 ? [{ path, refs: inKey }] : []), ...lateValuePaths(v, path)];
        });
    return [];
}
/** Raised when a value for a placeholder was not given: the caller reads every one first. */
class LateValueMissing extends Error {
    ref;
    constructor(ref) {
        super(`no value for {{${ref.key}}}: it is known only after the resource it names exists`);
        this.ref = ref;
        this.name = 'LateValueMissing';
    }
}
/**
 * Replaces late placeholders with the values read from live resources (`values` by `LateRef.key`). A whole-string
 * placeholder takes the value's JSON type; inside a longer string the value is written as text.
 */
function fillLateValues(value, values) {
    const lookup = (kind, arg) => {
        const ref = refOf(kind, arg);
        if (!ref)
            return undefined; // not ours to fill: left as written
        if (!(ref.key in values))
            throw new LateValueMissing(ref);
        return values[ref.key];
    };
    const fillString = (text) => {
        const whole = WHOLE_LATE_TOKEN.exec(text);
        if (whole) {
            const v = lookup(whole[1], whole[2]);
            return v === undefined ? text : v;
        }
        return text.replace(LATE_TOKEN, (token, kind, arg) => {
            const v = lookup(kind, arg);
            if (v === undefined)
                return token;
            if (v !== null && typeof v === 'object')
                throw new Error(`{{${kind}:${arg}}} is an object and cannot be part of a longer string`);
            return String(v);
        });
    };
    const walk = (v) => {
        if (typeof v === 'string')
            return fillString(v);
        if (Array.isArray(v))
            return v.map(walk);
        if (v && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, inner]) => {
                const key = fillString(k);
                return [typeof key === 'string' ? key : String(key), walk(inner)];
            }));
        return v;
    };
    return walk(value);
}
/** Applies a live reference's transform to the value read; an error when the value cannot take it. */
function transformLateValue(ref, value) {
    if (!ref.transform)
        return value;
    if (typeof value !== 'string')
        throw new Error(`{{${ref.key}}}: ${ref.transform} needs text, but ${ref.path} is ${JSON.stringify(value)}`);
    return LATE_TRANSFORMS[ref.transform](value);
}


/***/ }),

/***/ 1468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ resolvePlaceholders),
/* harmony export */   Y: () => (/* binding */ getPath)
/* harmony export */ });
// Placeholders in catalog bodies (`{{name:keyVault.vault}}`, `{{subnetId:genai}}`, …), resolved to concrete
// values so the executor deploys fully concrete templates. The late placeholders (`{{principalId:…}}`,
// `{{live:…}}`, see late-values.ts) are left as they are: their values exist only after apply.
const TOKEN = /\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}/g;
const WHOLE = /^\{\{\s*([A-Za-z]+)(?::([^}]*))?\s*\}\}$/;
function resolvePlaceholders(body, resolve) {
    const dependsOn = new Set();
    const errors = [];
    const apply = (token, kind, arg) => {
        const r = resolve(kind, arg?.trim() || undefined);
        if (r.error)
            errors.push(`${token}: ${r.error}`);
        if (r.dependsOn)
            dependsOn.add(r.dependsOn);
        return r;
    };
    const walk = (value) => {
        if (typeof value === 'string') {
            const whole = WHOLE.exec(value);
            if (whole) {
                const r = apply(value, whole[1], whole[2]);
                // A whole-string placeholder keeps the value's JSON type (a number stays a number).
                return r.keep || r.error ? value : r.value;
            }
            if (!value.includes('{{'))
                return value;
            return value.replace(TOKEN, (token, kind, arg) => {
                const r = apply(token, kind, arg);
                if (r.keep || r.error)
                    return token;
                if (r.value !== null && typeof r.value === 'object') {
                    errors.push(`${token}: is an object and cannot be part of a longer string`);
                    return token;
                }
                return String(r.value);
            });
        }
        if (Array.isArray(value))
            return value.map(walk);
        if (value !== null && typeof value === 'object') {
            const out = {};
            // Keys too: ARM keys user-assigned identities by their resource id (`{ "{{identityId}}": {} }`).
            for (const [k, v] of Object.entries(value)) {
                const key = k.includes('{{') ? walk(k) : k;
                out[typeof key === 'string' ? key : k] = walk(v);
            }
            return out;
        }
        return value;
    };
    return { body: walk(body), dependsOn: [...dependsOn], errors };
}
/** Reads a dot path (`a.b.0.c`) from a value; undefined when any step is missing. */
function getPath(value, path) {
    let current = value;
    for (const part of path.split('.')) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[part];
    }
    return current;
}


/***/ }),

/***/ 7765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ COSMOS_SQL_ROLE_ASSIGNMENT_TYPE),
/* harmony export */   eg: () => (/* binding */ ROLE_ASSIGNMENT_TYPE),
/* harmony export */   tG: () => (/* binding */ roleAssignmentResources)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7384);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3343);
/* harmony import */ var _draft_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5663);
// Role assignments as deterministic resources: the name is a GUID derived from scope, principal and role, so
// the same assignment has the same id on every run and a re-run is a no-op, not a duplicate.



const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';
/** Cosmos DB's own data-plane role assignments: a child of the account, not an Azure RBAC extension resource. */
const COSMOS_SQL_ROLE_ASSIGNMENT_TYPE = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments';
const PROJECT_IDENTITY_SERVICE = 'managedIdentity';
function roleAssignmentResources(input) {
    const { ctx, services, named, diagnostics } = input;
    const enabled = new Set(services.map((s) => s.id));
    const drafts = [];
    const seen = new Set();
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, ROLE_ASSIGNMENT_TYPE);
    const add = (owner, spec, principals) => {
        // A relationship to a service that is off simply does not exist in this environment.
        if (!enabled.has(spec.scope.service))
            return;
        const targets = named.get(spec.scope.service) ?? [];
        const target = spec.scope.resource ? targets.find((r) => r.spec.key === spec.scope.resource) : targets[0];
        if (!target) {
            diagnostics.push({
                severity: 'error',
                code: 'catalog.role-scope',
                message: `${owner}: role '${spec.role}' is scoped to ${spec.scope.service}${spec.scope.resource ? `.${spec.scope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
            });
            return;
        }
        const ownKeys = (keys) => (keys ?? []).flatMap((key) => (named.get(owner) ?? []).filter((r) => r.spec.key === key).map((r) => r.id));
        const after = ownKeys(spec.after);
        const before = ownKeys(spec.before);
        for (const principal of principals) {
            const draft = spec.cosmosSql
                ? cosmosSqlDraft(ctx, owner, spec, target, principal)
                : rbacDraft(ctx, owner, spec, target, principal, apiVersion);
            if (seen.has(draft.id))
                continue;
            seen.add(draft.id);
            draft.dependsOn.push(...after);
            drafts.push(draft);
            for (const id of before)
                input.mustWait?.(id, draft.id);
        }
    };
    const identityOf = (service, resource) => {
        if (!enabled.has(service))
            return [];
        const list = named.get(service) ?? [];
        if (resource) {
            const found = list.find((r) => r.spec.key === resource);
            if (!found) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.role-principal',
                    message: `a role assignment names the identity of ${service}.${resource}, which is no resource of '${service}' here`,
                });
                return [];
            }
            return [
                {
                    key: `service:${service}.${resource}`,
                    principalId: `{{principalId:${service}.${resource}}}`,
                    principalType: 'ServicePrincipal',
                    dependsOn: found.id,
                },
            ];
        }
        const identity = list.find((r) => !r.parentId) ?? list[0];
        return [
            {
                // Unchanged for service-wide identities, so existing assignments keep their names.
                key: `service:${service}`,
                principalId: `{{principalId:${service}}}`,
                principalType: 'ServicePrincipal',
                dependsOn: identity?.id,
            },
        ];
    };
    for (const service of services) {
        for (const spec of service.roleAssignments) {
            const p = spec.principal;
            const principals = p.kind === 'serviceIdentity'
                ? identityOf(p.service, p.resource)
                : p.kind === 'projectIdentity'
                    ? identityOf(PROJECT_IDENTITY_SERVICE)
                    : personaPrincipals(ctx, p.persona);
            add(service.id, spec, principals);
        }
    }
    // Persona access belongs to the service it grants access to: it comes and goes with that service.
    for (const [persona, specs] of Object.entries(ctx.catalog.personas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
        for (const spec of specs)
            add(spec.scope.service, spec, personaPrincipals(ctx, persona));
    }
    return drafts;
}
function personaPrincipals(ctx, persona) {
    return (ctx.envConfig.personas?.[persona] ?? []).map((groupId) => ({
        key: `group:${groupId.toLowerCase()}`,
        principalId: groupId,
        principalType: 'Group',
    }));
}
function rbacDraft(ctx, owner, spec, target, principal, apiVersion) {
    const name = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .deterministicGuid */ .wj)(target.id.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
    return {
        service: owner,
        key: `role:${spec.role}:${principal.key}:${target.spec.key}`,
        id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .extensionId */ .DC)(target.id, ROLE_ASSIGNMENT_TYPE, name),
        type: ROLE_ASSIGNMENT_TYPE,
        apiVersion,
        name,
        resourceGroup: target.resourceGroup.name,
        subscriptionId: ctx.subscriptionId,
        scope: target.id,
        body: {
            properties: {
                roleDefinitionId: `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${spec.roleDefinitionId}`,
                principalId: principal.principalId,
                principalType: principal.principalType,
            },
        },
        dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
        role: 'roleAssignment',
    };
}
/**
 * A Cosmos DB SQL role assignment: Cosmos checks data-plane access against its own role definitions
 * (`<account>/sqlRoleDefinitions/<guid>`), which Azure RBAC assignments do not grant.
 */
function cosmosSqlDraft(ctx, owner, spec, target, principal) {
    const scope = `${target.id}${spec.cosmosSql?.path ?? ''}`;
    const name = (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .deterministicGuid */ .wj)(scope.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
    return {
        service: owner,
        key: `cosmosSqlRole:${spec.role}:${principal.key}:${target.spec.key}`,
        id: (0,_draft_js__WEBPACK_IMPORTED_MODULE_2__/* .childId */ ._U)(target.id, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE, name),
        type: COSMOS_SQL_ROLE_ASSIGNMENT_TYPE,
        apiVersion: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE),
        name,
        resourceGroup: target.resourceGroup.name,
        subscriptionId: ctx.subscriptionId,
        body: {
            properties: {
                roleDefinitionId: `${target.id}/sqlRoleDefinitions/${spec.roleDefinitionId}`,
                principalId: principal.principalId,
                scope,
            },
        },
        dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
        role: 'roleAssignment',
    };
}


/***/ }),

/***/ 2358:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ SUBNET_TYPE),
/* harmony export */   Mp: () => (/* binding */ subnetBodies),
/* harmony export */   Qw: () => (/* binding */ withInlineSubnets),
/* harmony export */   Vu: () => (/* binding */ subnetResources),
/* harmony export */   aF: () => (/* binding */ subnetRequests)
/* harmony export */ });
/* harmony import */ var _catalog_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6195);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3343);


const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
function subnetRequests(ctx, services, diagnostics) {
    const byName = new Map();
    for (const service of services) {
        for (const need of service.subnets) {
            if (need.unlessOption && (0,_catalog_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .optionIsSet */ .yo)(ctx, service, need.unlessOption))
                continue;
            const name = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .subnetAzureName */ .qM)(ctx, need.name);
            const known = byName.get(name);
            if (!known) {
                byName.set(name, {
                    name,
                    prefixLength: need.prefixLength,
                    delegation: need.delegation,
                    services: [service.id],
                });
                continue;
            }
            // Shared subnet: the largest size asked for wins; two different delegations cannot share one subnet.
            known.prefixLength = Math.min(known.prefixLength, need.prefixLength);
            if (need.delegation && known.delegation && need.delegation !== known.delegation) {
                diagnostics.push({
                    severity: 'error',
                    code: 'catalog.subnet-delegation',
                    message: `subnet '${need.name}' is delegated to ${known.delegation} by ${known.services.join(', ')} and to ${need.delegation} by ${service.id}`,
                });
            }
            known.delegation ??= need.delegation;
            known.services.push(service.id);
        }
    }
    return [...byName.values()];
}
/** The ARM `properties` of each allocated subnet: range, delegation, the project's NSG. */
function subnetBodies(allocations, nsgId) {
    return allocations.map((allocation) => {
        const properties = { addressPrefix: allocation.prefix };
        if (allocation.delegation) {
            properties.delegations = [{ name: 'delegation', properties: { serviceName: allocation.delegation } }];
        }
        if (nsgId)
            properties.networkSecurityGroup = { id: nsgId };
        return { name: allocation.name, properties };
    });
}
/** Our own VNet's body with its subnets inline (standalone): it then waits for the NSG they name. */
function withInlineSubnets(vnet, subnets, nsgId) {
    const properties = { ...(vnet.body.properties ?? {}) };
    properties.subnets = subnets;
    vnet.body = { ...vnet.body, properties };
    if (nsgId && subnets.length > 0 && !vnet.dependsOn.includes(nsgId))
        vnet.dependsOn = [...vnet.dependsOn, nsgId];
}
/** Subnets as child resources of a VNet this tool never PUTs (the platform's, in hub-spoke and vWAN). */
function subnetResources(ctx, allocations, owner, nsgId) {
    const vnet = ctx.vnet;
    if (!vnet)
        return [];
    const apiVersion = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .platformApiVersion */ .eN)(ctx, SUBNET_TYPE);
    const drafts = [];
    let previous;
    for (const allocation of allocations) {
        const id = `${vnet.id}/subnets/${allocation.name}`;
        const { properties } = subnetBodies([allocation], nsgId)[0];
        const dependsOn = [];
        if (vnet.ours)
            dependsOn.push(vnet.id);
        if (nsgId)
            dependsOn.push(nsgId);
        // ARM refuses concurrent writes to one VNet's subnets (AnotherOperationInProgress): chain them.
        if (previous)
            dependsOn.push(previous);
        drafts.push({
            service: owner,
            key: `subnet:${allocation.name}`,
            id,
            type: SUBNET_TYPE,
            apiVersion,
            name: `${vnet.name}/${allocation.name}`,
            resourceGroup: vnet.resourceGroup,
            subscriptionId: ctx.subscriptionId,
            body: { properties },
            dependsOn,
            role: 'subnet',
        });
        previous = id;
    }
    return drafts;
}


/***/ }),

/***/ 9597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ LOCAL_TENANT_ID),
/* harmony export */   p: () => (/* binding */ observeScope)
/* harmony export */ });
/* harmony import */ var _desired_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3948);
/* harmony import */ var _resources_draft_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5663);
/* harmony import */ var _resources_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3343);
// What the observer must look at for one project environment. Derived from the config alone, so the observer
// can run before (and independently of) the planner and both agree on resource group and VNet names.



/** The tenant id the local emulator reports (and writes into Key Vault bodies): plans against it need no other. */
const LOCAL_TENANT_ID = '00000000-0000-4000-8000-00000000e0e0';
function observeScope(config, env, catalog) {
    const ctx = (0,_resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .createContext */ .q6)(config, env, catalog);
    const groups = [ctx.resourceGroups.project.name, ctx.resourceGroups.common.name];
    if (ctx.vnet && !groups.includes(ctx.vnet.resourceGroup))
        groups.push(ctx.vnet.resourceGroup);
    return {
        subscriptionId: ctx.subscriptionId,
        project: ctx.project,
        environment: env,
        location: ctx.location,
        resourceGroups: groups,
        // Children and extension resources live with the services: in the project's and the common group.
        recordGroups: [...new Set([ctx.resourceGroups.project.name, ctx.resourceGroups.common.name])],
        vnet: ctx.vnet ? { resourceGroup: ctx.vnet.resourceGroup, name: ctx.vnet.name } : undefined,
        resources: [...untrackedOnly(config, env, catalog), ...subscriptionLevel(config, env, catalog)],
        keyProperties: keyPropertiesByType(catalog),
    };
}
/** Every catalog resource type with key properties, and the union of its paths over the services using it. */
function keyPropertiesByType(catalog) {
    const out = {};
    for (const service of catalog.services)
        for (const r of service.resources)
            if (r.keyProperties?.length)
                out[r.type] = [...new Set([...(out[r.type] ?? []), ...r.keyProperties])];
    return out;
}
const EMPTY = {
    schemaVersion: 1,
    subscriptionId: '',
    resourceGroups: [],
    resources: [],
    subnets: [],
    softDeleted: [],
};
/**
 * Every resource of services that own no top-level resource (children, role assignments): a list call cannot see
 * them, and a deployment record only says they were deployed once, not that they are still there.
 */
function untrackedOnly(config, env, catalog) {
    const { state } = (0,_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDesired */ .F)(config, env, catalog, EMPTY, { allowDestroy: [] });
    const out = [];
    for (const service of state.services) {
        if (service.resources.some((r) => (0,_resources_draft_js__WEBPACK_IMPORTED_MODULE_1__/* .isTracked */ .Xz)(r)))
            continue;
        for (const r of service.resources) {
            if (!isSubscriptionLevel(r))
                out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
        }
    }
    return out;
}
/**
 * Subscription-level resources (outside any resource group, e.g. the Defender for AI pricing) of every catalog
 * service available in this network mode, on or off: the config being planned no longer names a switched-off
 * one, yet its resource must be seen to be deleted. They are few, one GET each.
 */
function subscriptionLevel(config, env, catalog) {
    const candidates = catalog.services
        .filter((s) => !s.modes || s.modes.includes(config.network.mode))
        .filter((s) => s.resources.some((r) => r.deployScope?.kind === 'subscription' && r.type !== _resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_GROUP_TYPE */ .Ei))
        .map((s) => s.id);
    if (candidates.length === 0)
        return [];
    const { state } = (0,_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .buildDesired */ .F)(config, env, catalog, EMPTY, { allowDestroy: [] }, candidates);
    const out = [];
    for (const service of state.services) {
        if (!candidates.includes(service.id))
            continue;
        for (const r of service.resources)
            if (isSubscriptionLevel(r))
                out.push({ id: r.id, type: r.type, apiVersion: r.apiVersion, service: service.id });
    }
    return out;
}
function isSubscriptionLevel(r) {
    return r.type !== _resources_context_js__WEBPACK_IMPORTED_MODULE_2__/* .RESOURCE_GROUP_TYPE */ .Ei && !/\/resourceGroups\//i.test(r.id);
}


/***/ }),

/***/ 7938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ whyNotPurgeable),
/* harmony export */   Qd: () => (/* binding */ purgeableServices),
/* harmony export */   gr: () => (/* binding */ purgeRequested)
/* harmony export */ });
/** Soft-delete kinds this tool can purge (Key Vault: POST …/deletedVaults/{n}/purge; Cognitive Services: DELETE …/deletedAccounts/{n}). */
const PURGEABLE_KINDS = new Set(['keyVault', 'cognitiveServices']);
/** Why the service's leftovers can never be purged by this tool; undefined when they can. */
function whyNotPurgeable(def) {
    const soft = def.softDelete;
    if (!soft)
        return `${def.id} leaves nothing soft-deleted when it is removed`;
    if (!PURGEABLE_KINDS.has(soft.kind))
        return `${def.id} is soft-deleted for ${soft.retentionDays} day(s) when removed, and this tool does not purge a ${soft.kind}`;
    if (soft.purgeProtection)
        return `${def.id} is created with purge protection: its deleted ${soft.kind} can never be purged (it is recovered when ${def.id} is re-enabled)`;
    return undefined;
}
/** Services of the catalog whose leftovers the tool can purge: the valid entries of `purgeSoftDeleted`. */
function purgeableServices(services) {
    return services.filter((s) => whyNotPurgeable(s) === undefined).map((s) => s.id);
}
/** Whether the environment's config asks to purge the service's soft-deleted leftovers. */
function purgeRequested(env, service) {
    const list = env?.purgeSoftDeleted ?? [];
    return list.includes('all') || list.includes(service);
}


/***/ })

};
