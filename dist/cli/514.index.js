export const id = 514;
export const ids = [514];
export const modules = {

/***/ 4514:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runApply: () => (/* binding */ runApply)
});

// UNUSED EXPORTS: lockHolder

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/core/executor.js
// Walks a dependency graph the way Terraform's walker does: a node starts the moment every node it depends
// on has succeeded (not level by level), at most `parallelism` at once; a failure skips only the nodes that
// (transitively) depend on it, and independent branches go on. Pure: no timers, the clock is injectable.
/** Rejected before anything runs: the graph itself is wrong (a programming error upstream). */
class GraphError extends Error {
    name = 'GraphError';
}
async function walkGraph(nodes, run, opts) {
    const now = opts.now ?? Date.now;
    const parallelism = Math.max(1, Math.floor(opts.parallelism) || 1);
    checkGraph(nodes);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const dependents = new Map(nodes.map((n) => [n.id, []]));
    for (const n of nodes)
        for (const d of new Set(n.dependsOn))
            dependents.get(d).push(n.id);
    const waitingOn = new Map(nodes.map((n) => [n.id, new Set(n.dependsOn)]));
    const results = new Map();
    const skipCauses = new Map();
    const ready = nodes.filter((n) => n.dependsOn.length === 0).map((n) => n.id);
    const running = new Map(); // id → start time
    const total = nodes.length;
    const startedAt = now();
    let peak = 0;
    const emit = (e) => {
        try {
            opts.onEvent?.(e);
        }
        catch {
            // A broken progress listener must not break the walk.
        }
    };
    const eta = (at) => {
        if (!opts.estimate)
            return undefined;
        return remainingCriticalPath(nodes, results, running, at, opts.estimate, parallelism);
    };
    const skipDownstream = (failed, causes, at) => {
        const queue = [...dependents.get(failed)];
        while (queue.length > 0) {
            const id = queue.shift();
            const set = skipCauses.get(id) ?? new Set();
            for (const c of causes)
                set.add(c);
            skipCauses.set(id, set);
            if (results.has(id))
                continue;
            results.set(id, { id, outcome: 'skipped', skippedBecause: [...set], seconds: 0 });
            emit({ kind: 'skip', id, because: [...set], at, done: results.size, total });
            queue.push(...dependents.get(id));
        }
    };
    await new Promise((resolve) => {
        const pump = () => {
            // Input order among ready nodes keeps runs deterministic.
            ready.sort((a, b) => index.get(a) - index.get(b));
            while (running.size < parallelism && ready.length > 0) {
                const id = ready.shift();
                if (results.has(id))
                    continue;
                const at = now();
                running.set(id, at);
                peak = Math.max(peak, running.size);
                emit({ kind: 'start', id, at, running: running.size, done: results.size, total });
                let promise;
                try {
                    promise = Promise.resolve(run(id));
                }
                catch (error) {
                    promise = Promise.reject(error);
                }
                promise.then((value) => finish(id, 'succeeded', value, undefined), (error) => finish(id, 'failed', undefined, error));
            }
            if (running.size === 0 && results.size === total)
                resolve();
        };
        const finish = (id, outcome, value, error) => {
            const began = running.get(id);
            running.delete(id);
            const at = now();
            const seconds = (at - began) / 1000;
            const result = { id, outcome, startedAt: began, endedAt: at, seconds };
            if (outcome === 'succeeded')
                result.value = value;
            else
                result.error = error;
            results.set(id, result);
            if (outcome === 'succeeded') {
                for (const d of dependents.get(id)) {
                    const waits = waitingOn.get(d);
                    waits.delete(id);
                    if (waits.size === 0 && !results.has(d))
                        ready.push(d);
                }
            }
            else {
                skipDownstream(id, new Set([id]), at);
            }
            emit({
                kind: 'finish',
                id,
                outcome,
                at,
                seconds,
                elapsed: (at - startedAt) / 1000,
                done: results.size,
                total,
                etaSeconds: eta(at),
                ...(outcome === 'failed' ? { error } : {}),
            });
            pump();
        };
        pump();
    });
    const ordered = nodes.map((n) => results.get(n.id));
    return {
        ok: ordered.every((r) => r.outcome === 'succeeded'),
        nodes: ordered,
        seconds: (now() - startedAt) / 1000,
        peakParallelism: peak,
    };
}
function checkGraph(nodes) {
    const ids = new Set();
    for (const n of nodes) {
        if (ids.has(n.id))
            throw new GraphError(`node '${n.id}' appears twice`);
        ids.add(n.id);
    }
    for (const n of nodes)
        for (const d of n.dependsOn)
            if (!ids.has(d))
                throw new GraphError(`node '${n.id}' depends on '${d}', which is not in the graph`);
    // Kahn's algorithm: whatever never becomes free sits on a cycle (or behind one).
    const indegree = new Map(nodes.map((n) => [n.id, new Set(n.dependsOn).size]));
    const dependents = new Map(nodes.map((n) => [n.id, []]));
    for (const n of nodes)
        for (const d of new Set(n.dependsOn))
            dependents.get(d).push(n.id);
    const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
    let seen = 0;
    while (queue.length > 0) {
        const id = queue.shift();
        seen++;
        for (const d of dependents.get(id)) {
            const left = indegree.get(d) - 1;
            indegree.set(d, left);
            if (left === 0)
                queue.push(d);
        }
    }
    if (seen < nodes.length) {
        const stuck = nodes.filter((n) => indegree.get(n.id) > 0).map((n) => n.id);
        throw new GraphError(`the graph has a cycle among: ${stuck.join(', ')}`);
    }
}
/**
 * Seconds still expected: the longer of the remaining critical path (running nodes count with what is left
 * of their estimate) and the remaining work spread over the allowed parallelism.
 */
function remainingCriticalPath(nodes, results, running, at, estimate, parallelism) {
    const left = new Map();
    for (const n of nodes) {
        if (results.has(n.id))
            continue;
        const est = Math.max(0, estimate(n.id) || 0);
        const began = running.get(n.id);
        left.set(n.id, began === undefined ? est : Math.max(0, est - (at - began) / 1000));
    }
    const finishAt = new Map();
    // Nodes are checked acyclic; memoised DFS over the unfinished ones.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const visit = (id) => {
        const known = finishAt.get(id);
        if (known !== undefined)
            return known;
        let start = 0;
        for (const d of byId.get(id).dependsOn)
            if (left.has(d))
                start = Math.max(start, visit(d));
        const end = start + left.get(id);
        finishAt.set(id, end);
        return end;
    };
    let longest = 0;
    let sum = 0;
    for (const id of left.keys()) {
        longest = Math.max(longest, visit(id));
        sum += left.get(id);
    }
    return Math.max(longest, sum / parallelism);
}

// EXTERNAL MODULE: ./build/azure/errors.js
var errors = __webpack_require__(2721);
// EXTERNAL MODULE: ./build/azure/ids.js
var ids = __webpack_require__(6482);
// EXTERNAL MODULE: ./build/azure/retry.js
var retry = __webpack_require__(5162);
// EXTERNAL MODULE: ./build/azure/deploy.js
var deploy = __webpack_require__(2345);
// EXTERNAL MODULE: ./build/azure/template.js
var template = __webpack_require__(4243);
;// CONCATENATED MODULE: ./build/azure/delete.js





async function deleteService(ctx, action, opts) {
    const steps = action.cleanup ?? [
        { step: 'resource', resourceIds: action.resources.map((r) => r.id) },
    ];
    for (const { step, resourceIds, note } of steps) {
        if (resourceIds.length === 0)
            continue;
        opts.log(`${step}: ${resourceIds.length} resource(s)`);
        if (step === 'childResources') {
            // Children can name each other (a capability host its connections): the plan lists dependents first.
            for (const id of resourceIds)
                await deleteById(ctx, id, opts);
        }
        else if (step === 'purgeSoftDeleted') {
            // Listed only where the environment's config allows the purge: the plan decided, apply follows.
            for (const id of resourceIds)
                await purge(ctx, id, opts);
        }
        else if (step === 'waitSubnetRelease') {
            for (const id of resourceIds)
                await waitSubnetRelease(ctx, id, opts);
        }
        else {
            // Within one step nothing depends on anything else; ARM's per-parent conflicts are retried.
            await Promise.all(resourceIds.map((id) => deleteById(ctx, id, opts)));
        }
        // What the plan said about the step (e.g. what stays soft-deleted, and how to get it back).
        if (note)
            opts.log(`  ${note}`);
    }
    if (opts.history)
        await forgetDeployments(ctx, action.service, opts.history, opts);
}
/**
 * Removes what an enabled service no longer wants (its update's cleanup), before the update deploys: a model
 * deployment taken out of the config frees its quota first. Deployment records are kept: the deploy rewrites them.
 */
async function removeOrphans(ctx, action, opts) {
    if (!action.cleanup?.length)
        return;
    await deleteService(ctx, { ...action, resources: [] }, { ...opts, history: undefined });
}
/**
 * Deletes the service's deployment records (never resources): its history goes with it. `keep` names the
 * records (`<resource group or ''>/<deployment name>`, lower-case) an update has just written.
 */
async function forgetDeployments(ctx, service, history, opts, keep = new Set()) {
    const poll = { updateIntervalInMs: ctx.pollIntervalMs };
    const ignore404 = async (op) => {
        try {
            await (0,retry/* withRetry */.bD)(op, { ...ctx.retry, ...opts.retry });
        }
        catch (error) {
            if (!(0,errors/* isNotFound */.c4)(error))
                throw error;
        }
    };
    for (const suffix of [undefined, 'roles']) {
        for (const rg of history.resourceGroups) {
            const name = (0,template/* deploymentName */.pC)(service, history.env, 'resourceGroup', history.project, suffix);
            if (keep.has(`${rg}/${name}`.toLowerCase()))
                continue;
            await ignore404(() => ctx.deployments.deployments.delete(rg, name, poll).pollUntilDone());
        }
        const name = (0,template/* deploymentName */.pC)(service, history.env, 'subscription', history.project, suffix);
        if (keep.has(`/${name}`.toLowerCase()))
            continue;
        await ignore404(() => ctx.deployments.deployments.deleteAtSubscriptionScope(name, poll).pollUntilDone());
    }
    opts.log(keep.size > 0
        ? 'stale deployment records of the service removed'
        : 'deployment history of the service removed');
}
function apiVersionFor(ctx, id, opts) {
    const known = opts.apiVersionOf(id);
    if (known)
        return known;
    const type = (0,ids/* parseResourceId */.RQ)(id).type;
    const version = ctx.apiVersions[type] ??
        Object.entries(ctx.apiVersions).find(([t]) => t.toLowerCase() === type.toLowerCase())?.[1];
    if (!version) {
        throw new errors/* ArmOperationError */.Iv({
            code: 'UnknownApiVersion',
            message: `no api-version known for ${type} (deleting ${id})`,
            hint: 'add the type to the catalog (platformApiVersions)',
        });
    }
    return version;
}
/** Azure has no delete for a subscription's Defender plan (Pricings - Delete is resource scope only): set it to Free. */
const SUBSCRIPTION_PRICING = /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Security\/pricings\/[^/]+$/i;
/** Defender for AI settings of an AI account have no delete operation either: set the state to Disabled. */
const DEFENDER_FOR_AI_SETTING = /\/providers\/Microsoft\.CognitiveServices\/accounts\/[^/]+\/defenderForAISettings\/[^/]+$/i;
async function deleteById(ctx, id, opts) {
    const apiVersion = apiVersionFor(ctx, id, opts);
    if (DEFENDER_FOR_AI_SETTING.test(id)) {
        try {
            await (0,retry/* withRetry */.bD)(() => ctx.request('PUT', id, apiVersion, { properties: { state: 'Disabled' } }), {
                ...ctx.retry,
                ...opts.retry,
            });
            opts.log(`  set to Disabled: ${(0,ids/* shortId */.m_)(id)}`);
        }
        catch (error) {
            // The account is gone, and its setting with it.
            if (!(0,errors/* isNotFound */.c4)(error))
                throw (0,errors/* toArmError */.UV)(error);
            opts.log(`  already gone: ${(0,ids/* shortId */.m_)(id)}`);
        }
        return;
    }
    if (SUBSCRIPTION_PRICING.test(id)) {
        await (0,retry/* withRetry */.bD)(() => ctx.request('PUT', id, apiVersion, { properties: { pricingTier: 'Free' } }), {
            ...ctx.retry,
            ...opts.retry,
        });
        opts.log(`  set to Free: ${(0,ids/* shortId */.m_)(id)}`);
        return;
    }
    try {
        await (0,retry/* withRetry */.bD)(() => ctx.resources.resources.beginDeleteByIdAndWait(id, apiVersion, {
            updateIntervalInMs: ctx.pollIntervalMs,
        }), { ...ctx.retry, ...opts.retry });
        opts.log(`  deleted ${(0,ids/* shortId */.m_)(id)}`);
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error)) {
            opts.log(`  already gone: ${(0,ids/* shortId */.m_)(id)}`);
            return;
        }
        throw new errors/* ArmOperationError */.Iv({
            ...(0,errors/* toArmError */.UV)(error),
            message: `${(0,errors/* toArmError */.UV)(error).message} (deleting ${id})`,
        });
    }
}
/** Purges a soft-deleted vault or account the plan's purge step names; a purge-protected vault stays. */
async function purge(ctx, id, opts) {
    const parsed = (0,ids/* parseResourceId */.RQ)(id);
    const type = parsed.type.toLowerCase();
    if (type !== 'microsoft.keyvault/vaults' && type !== 'microsoft.cognitiveservices/accounts') {
        throw new errors/* ArmOperationError */.Iv({
            code: 'PurgeUnsupported',
            message: `the plan asks to purge ${id}, but this tool purges only Key Vaults and Cognitive Services accounts`,
            hint: 'plan again: the plan lists a purge only for what can be purged',
        });
    }
    const target = { type: parsed.type, name: parsed.name, resourceGroup: parsed.resourceGroup ?? '' };
    const path = (0,deploy/* softDeletedPath */.$z)(ctx.subscriptionId, opts.location, target);
    const apiVersion = apiVersionFor(ctx, id, opts);
    let deleted;
    try {
        deleted = (await (0,retry/* withRetry */.bD)(() => ctx.request('GET', path, apiVersion), { ...ctx.retry, ...opts.retry }))
            .body;
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error)) {
            opts.log(`  ${parsed.name} is not soft-deleted (already purged): nothing to purge`);
            return;
        }
        throw error;
    }
    if (deleted?.properties?.purgeProtectionEnabled) {
        // Azure refuses it anyway; never fail the delete over it.
        opts.log(`  ${parsed.name} stays soft-deleted: purge protection is on; re-enabling the service recovers it`);
        return;
    }
    const call = type === 'microsoft.keyvault/vaults'
        ? () => ctx.request('POST', `${path}/purge`, apiVersion)
        : () => ctx.request('DELETE', path, apiVersion);
    try {
        const answer = await (0,retry/* withRetry */.bD)(call, { ...ctx.retry, ...opts.retry });
        await waitForPurge(ctx, answer, apiVersion, opts);
        opts.log(`  purged ${parsed.name}`);
    }
    catch (error) {
        if (!(0,errors/* isNotFound */.c4)(error))
            throw error;
    }
}
/** Purges answer 202 with a Location to poll; the name is free only once it ends. */
async function waitForPurge(ctx, answer, apiVersion, opts) {
    const location = answer.headers['location'];
    if (answer.status !== 202 || !location)
        return;
    for (;;) {
        const poll = await (0,retry/* withRetry */.bD)(() => ctx.request('GET', location, apiVersion), {
            ...ctx.retry,
            ...opts.retry,
        });
        if (poll.status !== 202)
            return;
        await new Promise((resolve) => setTimeout(resolve, ctx.pollIntervalMs));
    }
}
/** Azure releases a subnet some time after its private endpoints are gone; delete it once it is free. */
async function waitSubnetRelease(ctx, id, opts) {
    if (!/\/subnets\/[^/]+$/i.test(id))
        return;
    const inUse = (error) => (0,errors/* toArmError */.UV)(error).code === 'InUseSubnetCannotBeDeleted' || (0,retry/* isTransientConflict */.JZ)(error);
    await deleteById(ctx, id, {
        ...opts,
        retry: { attempts: 10, baseDelayMs: ctx.retry.baseDelayMs ?? 5000, ...opts.retry, isRetryable: inUse },
    });
}

;// CONCATENATED MODULE: ./build/azure/progress.js

function formatSeconds(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
function createProgressReporter(logger, describe) {
    const lines = new Map();
    const add = (service, text, level = 'info') => {
        const list = lines.get(service) ?? [];
        list.push({ text, level });
        lines.set(service, list);
    };
    const writeGroup = (service, title) => {
        logger.startGroup(title);
        for (const l of lines.get(service) ?? []) {
            if (l.level === 'error')
                logger.error(l.text);
            else
                logger.info(l.text);
        }
        logger.endGroup();
        lines.delete(service);
    };
    return {
        detail: (service, line) => add(service, line),
        onEvent(e) {
            if (e.kind === 'start') {
                logger.info(`→ ${e.id}: ${describe(e.id)} started (${e.running} running, ${e.done}/${e.total} done)`);
                add(e.id, `${describe(e.id)} started with ${e.running} running, ${e.done}/${e.total} done`);
                return;
            }
            if (e.kind === 'skip') {
                logger.warn(`⊘ ${e.id}: skipped because ${e.because.join(', ')} failed (${e.done}/${e.total} done)`);
                return;
            }
            const overall = `${e.done}/${e.total} done · elapsed ${formatSeconds(e.elapsed)}${e.etaSeconds !== undefined && e.done < e.total ? ` · ETA ${formatSeconds(e.etaSeconds)}` : ''}`;
            if (e.outcome === 'succeeded') {
                writeGroup(e.id, `✓ ${e.id}: ${describe(e.id)} finished in ${formatSeconds(e.seconds)} · ${overall}`);
                return;
            }
            const info = (0,errors/* toArmError */.UV)(e.error);
            add(e.id, `✗ ${e.id}: ${describe(e.id)} failed: ${info.code}: ${info.message}`, 'error');
            if (info.hint)
                add(e.id, `  hint: ${info.hint}`, 'error');
            writeGroup(e.id, `✗ ${e.id}: ${describe(e.id)} failed after ${formatSeconds(e.seconds)}: ${info.code} · ${overall}`);
        },
    };
}

;// CONCATENATED MODULE: ./build/azure/apply.js







function describe(action) {
    switch (action.action) {
        case 'create':
            return 'create';
        case 'update':
            return 'update';
        case 'delete':
            return 'delete';
        default:
            return 'no change';
    }
}
async function applyPlan(ctx, plan, desired, opts) {
    const actions = new Map(plan.actions.map((a) => [a.service, a]));
    const nodes = plan.actions.map((a) => ({
        id: a.service,
        dependsOn: a.dependsOn.filter((d) => actions.has(d)),
    }));
    const reporter = createProgressReporter(opts.logger, (id) => describe(actions.get(id)));
    const lateValues = new Map();
    const apiVersionById = new Map();
    for (const a of plan.actions)
        for (const r of a.resources)
            apiVersionById.set(r.id.toLowerCase(), r.apiVersion);
    const resourceGroups = [
        ...new Set([
            ...desired.resourceGroups.map((g) => g.name),
            ...plan.actions.flatMap((a) => a.resources.map((r) => (0,ids/* resourceGroupOf */.Tp)(r.id) ?? '')).filter(Boolean),
        ]),
    ];
    const changing = plan.actions.filter((a) => a.action !== 'noop').length;
    const here = opts.timeScale !== undefined
        ? `, ≈ ${(plan.estimatedSeconds * opts.timeScale).toFixed(1)}s here at time scale ${opts.timeScale}`
        : '';
    opts.logger.info(`Applying ${changing} change(s) to ${plan.project}/${plan.environment} with parallelism ${opts.parallelism}` +
        ` (critical path ≈ ${Math.round(plan.estimatedSeconds)}s on Azure${here})`);
    const run = async (service) => {
        const action = actions.get(service);
        const log = (line) => reporter.detail(service, line);
        if (action.action === 'noop')
            return;
        if (action.action === 'delete') {
            await deleteService(ctx, action, {
                log,
                location: plan.location,
                apiVersionOf: (id) => apiVersionById.get(id.toLowerCase()),
                retry: opts.retry,
                history: { project: plan.project, env: plan.environment, resourceGroups },
            });
            return;
        }
        const history = { project: plan.project, env: plan.environment, resourceGroups };
        const removal = {
            log,
            location: plan.location,
            apiVersionOf: (id) => apiVersionById.get(id.toLowerCase()),
            retry: opts.retry,
        };
        await removeOrphans(ctx, action, removal);
        await (0,deploy/* deployService */.z5)(ctx, desired, service, { log, retry: opts.retry, lateValues });
        // Observe trusts deployment records: one the deploy did not rewrite still names what was just removed.
        if (action.cleanup?.length)
            await forgetDeployments(ctx, service, history, removal, writtenRecords(desired, service));
    };
    const result = await walkGraph(nodes, run, {
        parallelism: opts.parallelism,
        estimate: (id) => actions.get(id).action === 'noop' ? 0 : actions.get(id).estimatedSeconds * (opts.timeScale ?? 1),
        now: opts.now,
        onEvent: (e) => {
            // No-ops finish at once; announcing them would bury the real work.
            if (actions.get(e.id)?.action !== 'noop' || e.kind === 'skip')
                reporter.onEvent(e);
            opts.onEvent?.(e);
        },
    });
    const outcomes = result.nodes.map((n) => {
        const action = actions.get(n.id);
        const base = { service: n.id, action: action.action, seconds: Math.round(n.seconds * 10) / 10 };
        if (n.outcome === 'skipped')
            return { ...base, status: 'skipped', skippedBecause: n.skippedBecause ?? [] };
        if (n.outcome === 'failed') {
            const info = (0,errors/* toArmError */.UV)(n.error);
            return {
                ...base,
                status: 'failed',
                error: { code: info.code, message: info.message, ...(info.hint ? { hint: info.hint } : {}) },
            };
        }
        return { ...base, status: action.action === 'noop' ? 'noop' : 'succeeded' };
    });
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    const skipped = outcomes.filter((o) => o.status === 'skipped').length;
    opts.logger.info(failed === 0
        ? `Apply finished in ${result.seconds.toFixed(1)}s: ${changing} change(s) applied`
        : `Apply finished in ${result.seconds.toFixed(1)}s with ${failed} failed and ${skipped} skipped service(s); re-run to continue`);
    return { ok: failed === 0 && skipped === 0, seconds: Math.round(result.seconds * 10) / 10, outcomes };
}
/** The deployment records a deploy of the service writes (`<resource group or ''>/<name>`, lower-case). */
function writtenRecords(desired, service) {
    const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
    const out = new Set();
    for (const [i, pass] of (0,template/* deploymentPasses */.Hw)(service, resources).entries()) {
        const suffix = i === 0 ? undefined : 'roles';
        if (pass.length === 0)
            continue;
        for (const d of (0,template/* buildDeployments */.VC)(service, desired.environment, desired.project, pass, suffix))
            out.add(`${d.resourceGroup ?? ''}/${d.name}`.toLowerCase());
    }
    return out;
}

// EXTERNAL MODULE: ./build/emulator/index.js + 11 modules
var emulator = __webpack_require__(9218);
;// CONCATENATED MODULE: ./build/azure/arm-lock-store.js



const TAG = {
    holder: 'aifactory-lock-holder',
    runId: 'aifactory-lock-run',
    acquiredAt: 'aifactory-lock-acquired',
    expiresAt: 'aifactory-lock-expires',
};
function lockDeploymentName(project, env) {
    return `aifactory-lock-${project}-${env}`.replace(/[^-\w.()]/g, '-').slice(0, 64);
}
class DeploymentLockStore {
    ctx;
    region;
    name;
    location;
    constructor(ctx, project, env, region) {
        this.ctx = ctx;
        this.region = region;
        this.name = lockDeploymentName(project, env);
        this.location = `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Resources/deployments/${this.name}`;
    }
    async read() {
        try {
            const d = await (0,retry/* withRetry */.bD)(() => this.ctx.deployments.deployments.getAtSubscriptionScope(this.name), this.ctx.retry);
            const tags = d.tags ?? {};
            if (!tags[TAG.runId] || !tags[TAG.expiresAt])
                return undefined;
            return {
                holder: tags[TAG.holder] ?? 'unknown',
                runId: tags[TAG.runId],
                acquiredAt: tags[TAG.acquiredAt] ?? '',
                expiresAt: tags[TAG.expiresAt],
            };
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return undefined;
            throw error;
        }
    }
    async write(record) {
        await (0,retry/* withRetry */.bD)(() => this.ctx.deployments.deployments
            .createOrUpdateAtSubscriptionScope(this.name, {
            location: this.region,
            properties: {
                mode: 'Incremental',
                template: { $schema: template/* SUBSCRIPTION_TEMPLATE_SCHEMA */.nI, contentVersion: '1.0.0.0', resources: [] },
            },
            tags: {
                [TAG.holder]: record.holder.slice(0, 256),
                [TAG.runId]: record.runId,
                [TAG.acquiredAt]: record.acquiredAt,
                [TAG.expiresAt]: record.expiresAt,
            },
        }, { updateIntervalInMs: this.ctx.pollIntervalMs })
            .pollUntilDone(), this.ctx.retry);
    }
    async clear() {
        try {
            await (0,retry/* withRetry */.bD)(() => this.ctx.deployments.deployments
                .deleteAtSubscriptionScope(this.name, { updateIntervalInMs: this.ctx.pollIntervalMs })
                .pollUntilDone(), this.ctx.retry);
        }
        catch (error) {
            if (!(0,errors/* isNotFound */.c4)(error))
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./build/azure/lock.js
// One apply at a time per project environment. ARM has no compare-and-swap for a plain marker (resource
// group tags and deployments take no If-Match), so the lock uses Fischer's timed mutual exclusion: read the
// marker; if it is free (absent, expired or ours) write our record; wait longer than any competitor's
// read→write gap; read again — only the run whose record survived holds the lock. Two runs that both saw
// the marker free both write, and the later write wins for both readers. The marker lives outside the
// resources it protects (see arm-lock-store.ts), so a deployment can never overwrite it.
class LockHeldError extends Error {
    record;
    location;
    name = 'LockHeldError';
    code = 'ApplyLocked';
    constructor(record, location) {
        super(`another apply holds the lock of this environment: ${record.holder} (run ${record.runId}, since ` +
            `${record.acquiredAt}, expires ${record.expiresAt})`);
        this.record = record;
        this.location = location;
    }
    get hint() {
        return (`wait for that run to finish; if it crashed, the lock expires at ${this.record.expiresAt}, or re-run with ` +
            `--force-unlock (lock marker: ${this.location})`);
    }
}
const DEFAULT_LOCK_TTL_MS = 30 * 60_000;
const DEFAULT_SETTLE_MS = 3_000;
async function acquireLock(store, opts) {
    const now = opts.now ?? Date.now;
    const wait = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const ttl = opts.ttlMs ?? DEFAULT_LOCK_TTL_MS;
    const settle = opts.settleMs ?? DEFAULT_SETTLE_MS;
    if (opts.forceUnlock) {
        const old = await store.read();
        if (old)
            opts.onNote?.(`--force-unlock: removed the lock of ${old.holder} (run ${old.runId})`);
        await store.clear();
    }
    const readAt = now();
    const current = await store.read();
    if (current && current.runId !== opts.runId) {
        if (Date.parse(current.expiresAt) > now())
            throw new LockHeldError(current, store.location);
        opts.onNote?.(`taking over the expired lock of ${current.holder} (run ${current.runId}, expired ${current.expiresAt})`);
    }
    const record = () => ({
        holder: opts.holder,
        runId: opts.runId,
        acquiredAt: new Date(now()).toISOString(),
        expiresAt: new Date(now() + ttl).toISOString(),
    });
    const mine = record();
    await store.write(mine);
    // A competitor's read→write takes about as long as ours did: wait comfortably longer than that.
    await wait(Math.max(settle, 2 * (now() - readAt)));
    const after = await store.read();
    if (!after || after.runId !== opts.runId) {
        // Someone wrote after us: they hold it. (Absent: they released already or force-unlocked; still not ours.)
        throw new LockHeldError(after ?? { ...mine, holder: 'a concurrent run that released it again' }, store.location);
    }
    let held = mine;
    return {
        get record() {
            return held;
        },
        async renew() {
            const seen = await store.read();
            if (!seen || seen.runId !== opts.runId)
                throw new LockHeldError(seen ?? held, store.location);
            held = { ...record(), acquiredAt: held.acquiredAt };
            await store.write(held);
        },
        async release() {
            const seen = await store.read();
            if (seen && seen.runId === opts.runId)
                await store.clear();
        },
    };
}
/** A store in memory, for tests and for targets that need no cross-process lock. */
class MemoryLockStore {
    location = 'memory';
    value;
    async read() {
        return this.value ? { ...this.value } : undefined;
    }
    async write(record) {
        this.value = { ...record };
    }
    async clear() {
        this.value = undefined;
    }
}

// EXTERNAL MODULE: ./build/azure/observe.js
var observe = __webpack_require__(6692);
// EXTERNAL MODULE: ./build/core/catalog/index.js + 15 modules
var catalog = __webpack_require__(3436);
// EXTERNAL MODULE: ./build/core/plan.js + 10 modules
var core_plan = __webpack_require__(7247);
// EXTERNAL MODULE: ./build/core/render/index.js + 7 modules
var render = __webpack_require__(7341);
// EXTERNAL MODULE: ./build/core/scope.js
var core_scope = __webpack_require__(1978);
// EXTERNAL MODULE: ./build/core/config/index.js + 6 modules
var config = __webpack_require__(7119);
// EXTERNAL MODULE: ./build/app/files.js
var files = __webpack_require__(8307);
// EXTERNAL MODULE: ./build/app/run.js
var run = __webpack_require__(385);
// EXTERNAL MODULE: ./build/app/observe.js + 2 modules
var app_observe = __webpack_require__(6250);
;// CONCATENATED MODULE: ./build/app/apply.js
// `aifactory apply`: take the environment's lock, observe, plan (or check the reviewed plan is still what
// Azure and the config say), refuse what must not run, apply along the graph, release the lock.















/** Who holds the lock, as the loser will read it: the CI run's URL when there is one. */
function lockHolder(env = process.env) {
    if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY)
        return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    if (env.BUILD_BUILDID && env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI && env.SYSTEM_TEAMPROJECT)
        return `${env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI}${env.SYSTEM_TEAMPROJECT}/_build/results?buildId=${env.BUILD_BUILDID}`;
    let user = 'unknown';
    try {
        user = external_node_os_.userInfo().username;
    }
    catch {
        // no passwd entry (containers)
    }
    return `${user}@${external_node_os_.hostname()} (pid ${process.pid})`;
}
const error = (code, message, hint) => ({
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
});
/** Why the plan must not be applied as it is; empty when it may. */
function refusals(plan) {
    const out = plan.diagnostics.filter((d) => d.severity === 'error');
    for (const b of plan.blocked)
        out.push(error('apply.blocked', `${b.service}: the delete is blocked: ${b.reason}`));
    for (const c of plan.conflicts)
        out.push(error('apply.conflict', `${c.service}: ${c.reason}`, `resource ${c.resourceId} is never touched`));
    return out;
}
async function runApply(options, logger) {
    const fail = (diagnostics, message, extra = {}) => {
        (0,run/* report */.z8)(logger, diagnostics);
        return { exitCode: 1, ok: false, diagnostics, message, ...extra };
    };
    const env = options.environment;
    if (!env)
        return fail([error('apply.env', 'apply needs an environment', 'pass --env dev (or stage, prod)')], 'no environment');
    const loaded = (0,run/* loadEnvironment */.Ye)(options.configPath, env, catalog/* catalog */.U$, options);
    if (!loaded.config)
        return fail(loaded.diagnostics, `${options.configPath} has errors; nothing was changed`);
    (0,run/* report */.z8)(logger, loaded.diagnostics);
    const config = loaded.config;
    let reviewed;
    if (options.planFile) {
        const r = (0,files/* readPlanFile */.wr)(options.planFile);
        if (!r.plan)
            return fail(r.diagnostics, `cannot read the plan ${options.planFile}; nothing was changed`);
        reviewed = r.plan;
    }
    const scope = (0,core_scope/* observeScope */.p)(config, env, catalog/* catalog */.U$);
    let session;
    try {
        session = await (0,app_observe.openArmSession)(options, scope.subscriptionId, catalog/* catalog */.U$);
    }
    catch (e) {
        const d = e instanceof app_observe/* TargetError */.I0 ? e.diagnostic : (0,app_observe.targetDiagnostic)(e, options.target);
        return fail([d], d.message);
    }
    logger.info(`Target: ${session.description}`);
    let lock;
    let renewal;
    try {
        const store = new DeploymentLockStore(session.ctx, scope.project, env, scope.location);
        try {
            lock = await acquireLock(store, {
                holder: lockHolder(),
                runId: (0,external_node_crypto_.randomUUID)(),
                forceUnlock: options.forceUnlock,
                settleMs: options.target === 'local' ? 250 : 10_000,
                onNote: (m) => logger.warn(m),
            });
        }
        catch (e) {
            if (e instanceof LockHeldError)
                return fail([error('apply.locked', e.message, e.hint)], e.message);
            throw e;
        }
        const held = lock;
        renewal = setInterval(() => {
            held
                .renew()
                .catch((e) => logger.warn(`could not renew the apply lock: ${e.message}`));
        }, 10 * 60_000);
        renewal.unref();
        const observed = await (0,observe/* observe */.lB)(session.ctx, scope);
        const built = (0,core_plan/* buildPlan */.G)(config, env, catalog/* catalog */.U$, observed, {
            allowDestroy: options.allowDestroy,
            ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        });
        const desired = built.desired;
        let plan = built.plan;
        if (reviewed) {
            const changes = (0,core_plan/* comparePlans */.O)(reviewed, plan);
            if (changes.length > 0) {
                const message = `plan is stale: ${changes.join('; ')}`;
                return fail([error('apply.stale-plan', message, 'plan again, review, and apply the new plan')], message, { plan });
            }
            logger.info(`The reviewed plan ${options.planFile} still matches (${plan.fingerprint}).`);
        }
        else {
            if (options.whatIf)
                plan = await withWhatIf(session, plan, desired, options, logger);
            logger.info((0,render/* renderText */.S5)(plan, { color: false }).trimEnd());
        }
        const refused = refusals(plan);
        if (refused.length > 0) {
            return fail([...plan.diagnostics.filter((d) => d.severity !== 'error'), ...refused], 'the plan cannot be applied; nothing was changed', { plan });
        }
        const result = await applyPlan(session.ctx, plan, desired, {
            parallelism: options.parallelism,
            logger,
            ...(options.target === 'local' ? { timeScale: localTimeScale(session, options, logger) } : {}),
        });
        logger.info((0,render/* renderApplyText */.OM)(result, { color: false }).trimEnd());
        const changed = result.outcomes.filter((o) => o.status === 'succeeded').length;
        return {
            exitCode: result.ok ? 0 : 1,
            ok: result.ok,
            diagnostics: plan.diagnostics,
            plan,
            apply: result,
            markdown: (0,render/* renderApplyMarkdown */.oY)(plan, result),
            message: result.ok
                ? changed === 0
                    ? `${plan.project}/${env} is up to date: nothing to change`
                    : `applied ${changed} change(s) to ${plan.project}/${env} in ${result.seconds}s`
                : `apply of ${plan.project}/${env} failed: ${result.outcomes
                    .filter((o) => o.status === 'failed')
                    .map((o) => o.service)
                    .join(', ')}; re-run to continue`,
        };
    }
    catch (e) {
        const d = (0,app_observe.targetDiagnostic)(e, session.description);
        return fail([d], d.message);
    }
    finally {
        if (renewal)
            clearInterval(renewal);
        if (lock)
            await lock
                .release()
                .catch((e) => logger.warn(`could not release the apply lock: ${e.message}`));
        await session.close();
    }
}
/**
 * How long the catalog's seconds take on the local emulator, for the ETA: what the emulator says it runs at (it
 * tells on every answer), else what it was started with here.
 */
function localTimeScale(session, options, logger) {
    const reported = session.ctx.emulatorTimeScale();
    if (reported === undefined)
        return options.timeScale ?? emulator/* DEFAULT_TIME_SCALE */.D4;
    if (options.endpoint && options.timeScale !== undefined && options.timeScale !== reported)
        logger.warn(`the emulator at ${options.endpoint} runs at time scale ${reported}: --time-scale ${options.timeScale} is ignored`);
    return reported;
}
/** apply without a reviewed plan, what-if on: the printed plan shows each update's property changes. */
async function withWhatIf(session, plan, desired, options, logger) {
    if (!plan.actions.some((a) => a.action === 'update'))
        return plan;
    const { whatIfPlan } = await __webpack_require__.e(/* import() */ 2).then(__webpack_require__.bind(__webpack_require__, 2002));
    const result = await whatIfPlan(session.ctx, plan, desired, {
        parallelism: Math.max(1, options.parallelism),
    });
    for (const d of result.diagnostics)
        logger.warn((0,config/* formatDiagnostic */.xy)(d));
    return result.plan;
}


/***/ }),

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
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4243);






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


/***/ })

};
