export const id = 2;
export const ids = [2];
export const modules = {

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
