export const id = 621;
export const ids = [621,2];
export const modules = {

/***/ 2345:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ softDeletedPath),
/* harmony export */   k4: () => (/* binding */ readLateValue),
/* harmony export */   z5: () => (/* binding */ deployService)
/* harmony export */ });
/* unused harmony exports readLiveValue, readPrincipalId */
/* harmony import */ var _core_resources_placeholders_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1468);
/* harmony import */ var _core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7225);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6482);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2721);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5162);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6624);






async function deployService(ctx, desired, service, opts) {
    const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
    if (resources.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'NothingToDeploy',
            message: `the desired state has no resources for '${service}'`,
            hint: 'the plan and the desired state disagree: plan again and apply the new plan',
        });
    }
    // A service whose role assignments name its own identity (system-assigned) can only fill them in once that
    // identity exists: deploy in two passes, the resources first and what needs the principal id after.
    for (const [i, pass] of (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .deploymentPasses */ .Hw)(service, resources).entries()) {
        if (pass.length === 0)
            continue;
        const values = {};
        for (const ref of (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .lateRefsOf */ .sE)(pass))
            values[ref.key] = await lateValueOf(ctx, desired, ref, opts);
        const filled = pass.map((r) => (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .withLateValues */ .zi)(r, values));
        const recovered = await recoverSoftDeleted(ctx, desired, filled, opts);
        const suffix = i === 0 ? undefined : 'roles';
        for (const d of (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .buildDeployments */ .VC)(service, desired.environment, desired.project, recovered, suffix)) {
            await runDeployment(ctx, desired, service, d, opts);
        }
    }
}
async function lateValueOf(ctx, desired, ref, opts) {
    let pending = opts.lateValues.get(ref.key);
    if (!pending) {
        pending = readLateValue(ctx, desired, ref);
        opts.lateValues.set(ref.key, pending);
        // A failed read must not poison later services.
        pending.catch(() => opts.lateValues.delete(ref.key));
    }
    const value = await pending;
    opts.log(`${ref.key} = ${JSON.stringify(value)}`);
    return value;
}
/** The live value a late placeholder names: a principal id, or a property of another resource. */
async function readLateValue(ctx, desired, ref) {
    return ref.kind === 'principalId'
        ? readPrincipalId(ctx, desired, ref.ref)
        : readLiveValue(ctx, desired, ref);
}
/**
 * A property of a live resource named by `{{live:svc.key:path}}` (`svc` alone: the service's first resource),
 * read with the resource's own api-version. Errors (code LiveValueUnknown) say which resource or property is
 * missing and what to do.
 */
async function readLiveValue(ctx, desired, ref) {
    const token = `{{${ref.key}}}`;
    const [svc, key] = ref.ref.split('.', 2);
    const resources = desired.services.find((s) => s.id === svc)?.resources ?? [];
    const source = key
        ? resources.find((r) => r.key === key)
        : resources.find((r) => r.role === 'main' || r.role === 'child');
    if (!source) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'LiveValueUnknown',
            message: `${token} names '${ref.ref}', which is no resource of the desired state`,
            hint: `switch '${svc}' on, or fix the catalog entry that names '${ref.ref}'`,
        });
    }
    let live;
    try {
        live = (await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', source.id, source.apiVersion), ctx.retry)).body;
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'LiveValueUnknown',
            message: `${token} needs ${ref.path} of ${source.id}, which does not exist`,
            hint: `'${svc}' creates it and this service waits for '${svc}': run apply again (its plan creates it first); if it was deleted outside the tool, plan and apply to re-create it`,
        });
    }
    const value = (0,_core_resources_placeholders_js__WEBPACK_IMPORTED_MODULE_4__/* .getPath */ .Y)(live, ref.path);
    if (value === undefined || value === null || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'LiveValueUnknown',
            message: `${source.id} has no ${ref.path}, which ${token} needs`,
            hint: 'the resource may still be provisioning: re-run in a minute; if it stays missing, the catalog names a property this resource type does not return',
        });
    }
    try {
        return (0,_core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_0__/* .transformLateValue */ .CS)(ref, value);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'LiveValueUnknown',
            message: error.message,
            hint: 'the catalog entry that names it expects another kind of value',
        });
    }
}
/**
 * The principal id of an identity named by a `{{principalId:…}}` placeholder: `svc` (the service's
 * user-assigned identity, else its first resource with a system-assigned one) or `svc.key` (the
 * system-assigned identity of that resource, e.g. `aiFoundry.project`), read from the live resource.
 */
async function readPrincipalId(ctx, desired, ref) {
    const [svc, key] = ref.split('.', 2);
    const resources = desired.services.find((s) => s.id === svc)?.resources ?? [];
    const isUserAssigned = (r) => r.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities';
    const hasSystemAssigned = (r) => {
        const identity = r.body.identity;
        return typeof identity?.type === 'string' && /systemassigned/i.test(identity.type);
    };
    const named = key ? resources.find((r) => r.key === key) : undefined;
    if (key && !named) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'PrincipalUnknown',
            message: `a role assignment needs the principal id of '${ref}', but '${svc}' has no resource '${key}' in the desired state`,
            hint: `switch '${svc}' on, or fix the catalog entry that names '${ref}'`,
        });
    }
    const userAssigned = named ? (isUserAssigned(named) ? named : undefined) : resources.find(isUserAssigned);
    const systemAssigned = named
        ? hasSystemAssigned(named)
            ? named
            : undefined
        : resources.find(hasSystemAssigned);
    const source = userAssigned ?? systemAssigned;
    if (!source) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'PrincipalUnknown',
            message: `'${ref}' has no managed identity in the desired state, but a role assignment needs its principal id`,
            hint: `switch '${svc}' on or drop the role assignment that names it`,
        });
    }
    const live = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.resources.resources.getById(source.id, source.apiVersion), ctx.retry);
    const principalId = userAssigned
        ? live.properties?.principalId
        : live.identity?.principalId;
    if (!principalId) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv({
            code: 'PrincipalUnknown',
            message: `${source.id} has no principal id yet`,
            hint: 'the identity is still being created: re-run in a minute',
        });
    }
    return principalId;
}
/**
 * A vault or Cognitive Services account soft-deleted under the name we want blocks a plain create. Recover
 * it (its keys, secrets and data come back) rather than rename; purge is a separate, explicit choice.
 */
async function recoverSoftDeleted(ctx, desired, resources, opts) {
    const out = [];
    for (const r of resources) {
        const type = r.type.toLowerCase();
        if (type !== 'microsoft.keyvault/vaults' && type !== 'microsoft.cognitiveservices/accounts') {
            out.push(r);
            continue;
        }
        const exists = await resourceExists(ctx, r);
        if (exists) {
            out.push(r);
            continue;
        }
        const deleted = await softDeletedExists(ctx, desired.location, r);
        if (!deleted) {
            out.push(r);
            continue;
        }
        const properties = { ...(r.body.properties ?? {}) };
        if (type === 'microsoft.keyvault/vaults')
            properties.createMode = 'recover';
        else
            properties.restore = true;
        opts.log(`${r.name} is soft-deleted: recovering it instead of creating a new one`);
        out.push({ ...r, body: { ...r.body, properties } });
    }
    return out;
}
async function resourceExists(ctx, r) {
    try {
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.resources.resources.getById(r.id, r.apiVersion), ctx.retry);
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return false;
        throw error;
    }
}
function softDeletedPath(subscriptionId, location, r) {
    return r.type.toLowerCase() === 'microsoft.keyvault/vaults'
        ? `/subscriptions/${subscriptionId}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${r.name}`
        : `/subscriptions/${subscriptionId}/providers/Microsoft.CognitiveServices/locations/${location}/resourceGroups/${r.resourceGroup}/deletedAccounts/${r.name}`;
}
async function softDeletedExists(ctx, location, r) {
    try {
        await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(() => ctx.request('GET', softDeletedPath(r.subscriptionId, location, r), r.apiVersion), ctx.retry);
        return true;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return false;
        throw error;
    }
}
async function runDeployment(ctx, desired, service, d, opts) {
    const where = d.scope === 'subscription' ? 'subscription' : `resource group ${d.resourceGroup}`;
    opts.log(`deployment ${d.name} → ${where}: ${d.resourceIds.length} resource(s)`);
    for (const id of d.resourceIds)
        opts.log(`  ${(0,_ids_js__WEBPACK_IMPORTED_MODULE_5__/* .shortId */ .m_)(id)}`);
    const parameters = {
        ...(d.scope === 'subscription' ? { location: desired.location } : {}),
        properties: { mode: 'Incremental', template: d.template },
        // Owner tags on the deployment: observe reads back the child resources it deployed (see observe.ts).
        tags: { ...desired.ownershipTags, 'aifactory-service': service },
    };
    const poll = { updateIntervalInMs: ctx.pollIntervalMs };
    const started = Date.now();
    try {
        const result = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetry */ .bD)(async () => {
            const poller = d.scope === 'subscription'
                ? ctx.deployments.deployments.createOrUpdateAtSubscriptionScope(d.name, parameters, poll)
                : ctx.deployments.deployments.createOrUpdate(d.resourceGroup, d.name, parameters, poll);
            return poller.pollUntilDone();
        }, { ...ctx.retry, ...opts.retry });
        const state = result.properties?.provisioningState;
        if (state && state !== 'Succeeded') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withHint */ .mu)({
                code: result.properties?.error
                    ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toArmError */ .UV)({ details: result.properties.error }).code
                    : 'DeploymentFailed',
                message: result.properties?.error?.message ?? `deployment ${d.name} ended ${state}`,
            }));
        }
    }
    catch (error) {
        throw await explainDeploymentFailure(ctx, d, error);
    }
    opts.log(`deployment ${d.name} succeeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
/**
 * The SDK's error keeps only the top-level code ("InvalidTemplateDeployment", "DeploymentFailed"); the inner
 * errors say which resource failed and why. Read them from the captured error body, or from the deployment.
 */
async function explainDeploymentFailure(ctx, d, error) {
    const first = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toArmError */ .UV)(error);
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv && first.code !== 'DeploymentFailed')
        return error;
    const path = d.scope === 'subscription'
        ? `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Resources/deployments/${d.name}`
        : `/subscriptions/${ctx.subscriptionId}/resourcegroups/${d.resourceGroup}/providers/Microsoft.Resources/deployments/${d.name}`;
    const captured = ctx.lastErrorBody(path);
    if (captured) {
        const info = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toArmError */ .UV)({ details: captured, statusCode: first.statusCode });
        if (info.code !== 'Unknown')
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv(info);
    }
    try {
        const live = d.scope === 'subscription'
            ? await ctx.deployments.deployments.getAtSubscriptionScope(d.name)
            : await ctx.deployments.deployments.get(d.resourceGroup, d.name);
        const inner = live.properties?.error;
        if (inner)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toArmError */ .UV)({ details: { error: inner } }));
    }
    catch {
        // The deployment was never created (rejected up front): the first error is the whole story.
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ArmOperationError */ .Iv(first);
}


/***/ }),

/***/ 2002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   whatIfPlan: () => (/* binding */ whatIfPlan)
/* harmony export */ });
/* unused harmony exports whatIfService, toPropertyChanges */
/* harmony import */ var _core_render_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9314);
/* harmony import */ var _core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7225);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2345);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2721);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5162);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6624);






/** Tag this tool rewrites whenever the desired body changes: bookkeeping, not a change a reviewer weighs. */
const HASH_TAG_PATH = 'tags.aifactory-hash';
async function whatIfPlan(ctx, plan, desired, opts) {
    const lateValues = new Map();
    const updates = plan.actions.filter((a) => a.action === 'update');
    const found = new Map();
    const diagnostics = [];
    await forEachBounded(updates, opts.parallelism, async (action) => {
        try {
            found.set(action.service, await whatIfService(ctx, desired, action.service, lateValues));
        }
        catch (error) {
            const info = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toArmError */ .UV)(error);
            diagnostics.push({
                severity: 'warning',
                code: 'plan.what-if',
                message: `${action.service}: what-if failed (${info.code}: ${info.message}); its property changes are not shown`,
                hint: info.hint ?? 'the plan itself is unaffected; re-run plan --what-if to try again',
            });
        }
    });
    const actions = plan.actions.map((a) => {
        const changes = found.get(a.service);
        return changes ? { ...a, changes } : a;
    });
    // Diagnostics in plan order, whatever order the calls finished in.
    const order = new Map(plan.actions.map((a, i) => [a.service, i]));
    diagnostics.sort((x, y) => (order.get(serviceOf(x)) ?? 0) - (order.get(serviceOf(y)) ?? 0));
    return { plan: { ...plan, actions }, diagnostics };
}
const serviceOf = (d) => d.message.slice(0, d.message.indexOf(':'));
/** The property changes of one service's deployments, resource by resource in template order. */
async function whatIfService(ctx, desired, service, lateValues = new Map()) {
    const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
    const known = {};
    for (const ref of (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .lateRefsOf */ .sE)(resources)) {
        let pending = lateValues.get(ref.key);
        if (!pending) {
            pending = liveValueIfThere(ctx, desired, ref);
            lateValues.set(ref.key, pending);
        }
        const value = await pending;
        if (value !== undefined)
            known[ref.key] = value;
    }
    const sendable = [];
    const afterApply = [];
    for (const r of resources) {
        const unknown = (0,_core_resources_late_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lateValuePaths */ .sg)(r.body).filter((p) => p.refs.some((ref) => !(ref.key in known)));
        if (unknown.length > 0) {
            for (const { path } of unknown)
                afterApply.push({ resource: r.name, path, kind: 'create', after: _core_render_common_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_AFTER_APPLY */ .Ai });
            continue;
        }
        sendable.push((0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .withLateValues */ .zi)(r, known));
    }
    const names = new Map(resources.map((r) => [r.id.toLowerCase(), r.name]));
    const changes = [];
    for (const d of (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .buildDeployments */ .VC)(service, desired.environment, desired.project, sendable)) {
        const result = await whatIfDeployment(ctx, desired, d);
        for (const id of d.resourceIds) {
            const change = result.find((c) => c.resourceId?.toLowerCase() === id.toLowerCase());
            if (change)
                changes.push(...toPropertyChanges(change, names.get(id.toLowerCase()) ?? lastSegment(id)));
        }
    }
    return [...changes, ...afterApply];
}
/** The value a late placeholder names if its resource and property exist now; undefined when only apply makes them. */
async function liveValueIfThere(ctx, desired, ref) {
    try {
        return await (0,_deploy_js__WEBPACK_IMPORTED_MODULE_2__/* .readLateValue */ .k4)(ctx, desired, ref);
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toArmError */ .UV)(error).code;
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(error) || code === 'PrincipalUnknown' || code === 'LiveValueUnknown')
            return undefined;
        throw error;
    }
}
async function whatIfDeployment(ctx, desired, d) {
    const parameters = {
        ...(d.scope === 'subscription' ? { location: desired.location } : {}),
        properties: { mode: 'Incremental', template: d.template },
    };
    const poll = { updateIntervalInMs: ctx.pollIntervalMs };
    const result = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(() => (d.scope === 'subscription'
        ? ctx.deployments.deployments.whatIfAtSubscriptionScope(d.name, parameters, poll)
        : ctx.deployments.deployments.whatIf(d.resourceGroup, d.name, parameters, poll)).pollUntilDone(), ctx.retry);
    if (result.error)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ArmOperationError */ .Iv((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toArmError */ .UV)({ details: { error: result.error } }));
    return result.changes ?? [];
}
/**
 * One resource's what-if answer as property changes. An empty path stands for the whole resource (a
 * resource of an updated service that does not exist yet, or one ARM can only redeploy without predicting).
 */
function toPropertyChanges(change, resource) {
    switch (change.changeType) {
        case 'Create':
            return [{ resource, path: '', kind: 'create' }];
        case 'Delete':
            return [{ resource, path: '', kind: 'delete' }];
        case 'Modify':
            return (change.delta ?? [])
                .flatMap((p) => flatten(p, '', resource))
                .filter((c) => c.path !== HASH_TAG_PATH);
        case 'Deploy':
            return [
                { resource, path: '', kind: 'modify', after: '(redeployed; ARM cannot predict its properties)' },
            ];
        case 'Unsupported':
            return [
                {
                    resource,
                    path: '',
                    kind: 'modify',
                    after: `(what-if does not support this resource${change.unsupportedReason ? `: ${change.unsupportedReason}` : ''})`,
                },
            ];
        default:
            // NoChange, Ignore: nothing to show.
            return [];
    }
}
/** ARM nests array elements (and sometimes object members) as children with relative paths. */
function flatten(p, parent, resource) {
    const path = !parent ? p.path : /^\d+$/.test(p.path) ? `${parent}[${p.path}]` : `${parent}.${p.path}`;
    const children = p.children ?? [];
    switch (p.propertyChangeType) {
        case 'NoEffect':
            // Set, but Azure ignores it (read-only or derived): not a change.
            return [];
        case 'Create':
            return [{ resource, path, kind: 'create', after: p.after }];
        case 'Delete':
            return [{ resource, path, kind: 'delete', before: p.before }];
        case 'Array':
        case 'Modify':
            if (children.length > 0)
                return children.flatMap((c) => flatten(c, path, resource));
            return [{ resource, path, kind: 'modify', before: p.before, after: p.after }];
        default:
            return [];
    }
}
function lastSegment(id) {
    return id.replace(/\/+$/, '').split('/').pop() ?? id;
}
/** Runs `work` on every item, at most `limit` at once; the first failure is thrown after all have settled. */
async function forEachBounded(items, limit, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}


/***/ })

};
