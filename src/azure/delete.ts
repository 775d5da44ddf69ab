// Removes one service by resource id, in the catalog's cleanup order (the plan carries it as data):
// role assignments, diagnostic settings, private endpoints and DNS records, child resources, the resource,
// then soft-deleted leftovers and subnet release. Every delete ignores 404, so a re-run after any failure
// simply continues where the last one stopped.
import type { PlanAction } from '../core/types.js';
import type { ArmContext } from './clients.js';
import { ArmOperationError, isNotFound, toArmError } from './errors.js';
import { parseResourceId, shortId } from './ids.js';
import { isTransientConflict, withRetry, type RetryOptions } from './retry.js';
import { softDeletedPath } from './deploy.js';
import { deploymentName } from './template.js';

export interface DeleteOptions {
  log: (line: string) => void;
  location: string;
  /** api-version per resource id, from the plan; else by type from ctx.apiVersions. */
  apiVersionOf: (id: string) => string | undefined;
  retry?: RetryOptions;
  /** Where the service's deployment records may be: removed last, so observe stops reporting its children. */
  history?: { project: string; env: string; resourceGroups: string[] };
}

export async function deleteService(ctx: ArmContext, action: PlanAction, opts: DeleteOptions): Promise<void> {
  const steps = action.cleanup ?? [
    { step: 'resource' as const, resourceIds: action.resources.map((r) => r.id) },
  ];
  for (const { step, resourceIds, note } of steps) {
    if (resourceIds.length === 0) continue;
    opts.log(`${step}: ${resourceIds.length} resource(s)`);
    if (step === 'childResources') {
      // Children can name each other (a capability host its connections): the plan lists dependents first.
      for (const id of resourceIds) await deleteById(ctx, id, opts);
    } else if (step === 'purgeSoftDeleted') {
      // Listed only where the environment's config allows the purge: the plan decided, apply follows.
      for (const id of resourceIds) await purge(ctx, id, opts);
    } else if (step === 'waitSubnetRelease') {
      for (const id of resourceIds) await waitSubnetRelease(ctx, id, opts);
    } else {
      // Within one step nothing depends on anything else; ARM's per-parent conflicts are retried.
      await Promise.all(resourceIds.map((id) => deleteById(ctx, id, opts)));
    }
    // What the plan said about the step (e.g. what stays soft-deleted, and how to get it back).
    if (note) opts.log(`  ${note}`);
  }
  if (opts.history) await forgetDeployments(ctx, action.service, opts.history, opts);
}

/**
 * Removes what an enabled service no longer wants (its update's cleanup), before the update deploys: a model
 * deployment taken out of the config frees its quota first. Deployment records are kept: the deploy rewrites them.
 */
export async function removeOrphans(ctx: ArmContext, action: PlanAction, opts: DeleteOptions): Promise<void> {
  if (!action.cleanup?.length) return;
  await deleteService(ctx, { ...action, resources: [] }, { ...opts, history: undefined });
}

/**
 * Deletes the service's deployment records (never resources): its history goes with it. `keep` names the
 * records (`<resource group or ''>/<deployment name>`, lower-case) an update has just written.
 */
export async function forgetDeployments(
  ctx: ArmContext,
  service: string,
  history: NonNullable<DeleteOptions['history']>,
  opts: Pick<DeleteOptions, 'log' | 'retry'>,
  keep: Set<string> = new Set(),
): Promise<void> {
  const poll = { updateIntervalInMs: ctx.pollIntervalMs };
  const ignore404 = async (op: () => Promise<unknown>) => {
    try {
      await withRetry(op, { ...ctx.retry, ...opts.retry });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  };
  for (const suffix of [undefined, 'roles']) {
    for (const rg of history.resourceGroups) {
      const name = deploymentName(service, history.env, 'resourceGroup', history.project, suffix);
      if (keep.has(`${rg}/${name}`.toLowerCase())) continue;
      await ignore404(() => ctx.deployments.deployments.delete(rg, name, poll).pollUntilDone());
    }
    const name = deploymentName(service, history.env, 'subscription', history.project, suffix);
    if (keep.has(`/${name}`.toLowerCase())) continue;
    await ignore404(() => ctx.deployments.deployments.deleteAtSubscriptionScope(name, poll).pollUntilDone());
  }
  opts.log(
    keep.size > 0
      ? 'stale deployment records of the service removed'
      : 'deployment history of the service removed',
  );
}

function apiVersionFor(ctx: ArmContext, id: string, opts: DeleteOptions): string {
  const known = opts.apiVersionOf(id);
  if (known) return known;
  const type = parseResourceId(id).type;
  const version =
    ctx.apiVersions[type] ??
    Object.entries(ctx.apiVersions).find(([t]) => t.toLowerCase() === type.toLowerCase())?.[1];
  if (!version) {
    throw new ArmOperationError({
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
const DEFENDER_FOR_AI_SETTING =
  /\/providers\/Microsoft\.CognitiveServices\/accounts\/[^/]+\/defenderForAISettings\/[^/]+$/i;

async function deleteById(ctx: ArmContext, id: string, opts: DeleteOptions): Promise<void> {
  const apiVersion = apiVersionFor(ctx, id, opts);
  if (DEFENDER_FOR_AI_SETTING.test(id)) {
    try {
      await withRetry(() => ctx.request('PUT', id, apiVersion, { properties: { state: 'Disabled' } }), {
        ...ctx.retry,
        ...opts.retry,
      });
      opts.log(`  set to Disabled: ${shortId(id)}`);
    } catch (error) {
      // The account is gone, and its setting with it.
      if (!isNotFound(error)) throw toArmError(error);
      opts.log(`  already gone: ${shortId(id)}`);
    }
    return;
  }
  if (SUBSCRIPTION_PRICING.test(id)) {
    await withRetry(() => ctx.request('PUT', id, apiVersion, { properties: { pricingTier: 'Free' } }), {
      ...ctx.retry,
      ...opts.retry,
    });
    opts.log(`  set to Free: ${shortId(id)}`);
    return;
  }
  try {
    await withRetry(
      () =>
        ctx.resources.resources.beginDeleteByIdAndWait(id, apiVersion, {
          updateIntervalInMs: ctx.pollIntervalMs,
        }),
      { ...ctx.retry, ...opts.retry },
    );
    opts.log(`  deleted ${shortId(id)}`);
  } catch (error) {
    if (isNotFound(error)) {
      opts.log(`  already gone: ${shortId(id)}`);
      return;
    }
    throw new ArmOperationError({
      ...toArmError(error),
      message: `${toArmError(error).message} (deleting ${id})`,
    });
  }
}

/** Purges a soft-deleted vault or account the plan's purge step names; a purge-protected vault stays. */
async function purge(ctx: ArmContext, id: string, opts: DeleteOptions): Promise<void> {
  const parsed = parseResourceId(id);
  const type = parsed.type.toLowerCase();
  if (type !== 'microsoft.keyvault/vaults' && type !== 'microsoft.cognitiveservices/accounts') {
    throw new ArmOperationError({
      code: 'PurgeUnsupported',
      message: `the plan asks to purge ${id}, but this tool purges only Key Vaults and Cognitive Services accounts`,
      hint: 'plan again: the plan lists a purge only for what can be purged',
    });
  }
  const target = { type: parsed.type, name: parsed.name, resourceGroup: parsed.resourceGroup ?? '' };
  const path = softDeletedPath(ctx.subscriptionId, opts.location, target);
  const apiVersion = apiVersionFor(ctx, id, opts);
  let deleted: { properties?: { purgeProtectionEnabled?: boolean } };
  try {
    deleted = (await withRetry(() => ctx.request('GET', path, apiVersion), { ...ctx.retry, ...opts.retry }))
      .body as typeof deleted;
  } catch (error) {
    if (isNotFound(error)) {
      opts.log(`  ${parsed.name} is not soft-deleted (already purged): nothing to purge`);
      return;
    }
    throw error;
  }
  if (deleted?.properties?.purgeProtectionEnabled) {
    // Azure refuses it anyway; never fail the delete over it.
    opts.log(
      `  ${parsed.name} stays soft-deleted: purge protection is on; re-enabling the service recovers it`,
    );
    return;
  }
  const call =
    type === 'microsoft.keyvault/vaults'
      ? () => ctx.request('POST', `${path}/purge`, apiVersion)
      : () => ctx.request('DELETE', path, apiVersion);
  try {
    const answer = await withRetry(call, { ...ctx.retry, ...opts.retry });
    await waitForPurge(ctx, answer, apiVersion, opts);
    opts.log(`  purged ${parsed.name}`);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Purges answer 202 with a Location to poll; the name is free only once it ends. */
async function waitForPurge(
  ctx: ArmContext,
  answer: { status: number; headers: Record<string, string> },
  apiVersion: string,
  opts: DeleteOptions,
): Promise<void> {
  const location = answer.headers['location'];
  if (answer.status !== 202 || !location) return;
  for (;;) {
    const poll = await withRetry(() => ctx.request('GET', location, apiVersion), {
      ...ctx.retry,
      ...opts.retry,
    });
    if (poll.status !== 202) return;
    await new Promise((resolve) => setTimeout(resolve, ctx.pollIntervalMs));
  }
}

/** Azure releases a subnet some time after its private endpoints are gone; delete it once it is free. */
async function waitSubnetRelease(ctx: ArmContext, id: string, opts: DeleteOptions): Promise<void> {
  if (!/\/subnets\/[^/]+$/i.test(id)) return;
  const inUse = (error: unknown) =>
    toArmError(error).code === 'InUseSubnetCannotBeDeleted' || isTransientConflict(error);
  await deleteById(ctx, id, {
    ...opts,
    retry: { attempts: 10, baseDelayMs: ctx.retry.baseDelayMs ?? 5000, ...opts.retry, isRetryable: inUse },
  });
}
