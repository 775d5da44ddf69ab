// Creates or updates one service: its resources as ARM deployments of fully concrete templates, after the
// values known only after apply (principal ids, live properties such as an identity's client id or a key's
// version) are read from the live resources, and soft-deleted vaults/accounts of the same name are recovered
// instead of colliding (never renamed).
import type { DesiredResource, DesiredState } from '../core/types.js';
import { getPath } from '../core/resources/placeholders.js';
import { transformLateValue, type LateRef } from '../core/resources/late-values.js';
import type { ArmContext } from './clients.js';
import { shortId } from './ids.js';
import { ArmOperationError, isNotFound, toArmError, withHint } from './errors.js';
import { withRetry, type RetryOptions } from './retry.js';
import {
  buildDeployments,
  deploymentPasses,
  lateRefsOf,
  withLateValues,
  type PlannedDeployment,
} from './template.js';

export interface DeployOptions {
  /** Detail lines for the service's log group. */
  log: (line: string) => void;
  retry?: RetryOptions;
  /** Shared across services of one apply: each value known only after apply is read once (by `LateRef.key`). */
  lateValues: Map<string, Promise<unknown>>;
}

export async function deployService(
  ctx: ArmContext,
  desired: DesiredState,
  service: string,
  opts: DeployOptions,
): Promise<void> {
  const resources = desired.services.find((s) => s.id === service)?.resources ?? [];
  if (resources.length === 0) {
    throw new ArmOperationError({
      code: 'NothingToDeploy',
      message: `the desired state has no resources for '${service}'`,
      hint: 'the plan and the desired state disagree: plan again and apply the new plan',
    });
  }
  // A service whose role assignments name its own identity (system-assigned) can only fill them in once that
  // identity exists: deploy in two passes, the resources first and what needs the principal id after.
  for (const [i, pass] of deploymentPasses(service, resources).entries()) {
    if (pass.length === 0) continue;
    const values: Record<string, unknown> = {};
    for (const ref of lateRefsOf(pass)) values[ref.key] = await lateValueOf(ctx, desired, ref, opts);
    const filled = pass.map((r) => withLateValues(r, values));
    const recovered = await recoverSoftDeleted(ctx, desired, filled, opts);
    const suffix = i === 0 ? undefined : 'roles';
    for (const d of buildDeployments(service, desired.environment, desired.project, recovered, suffix)) {
      await runDeployment(ctx, desired, service, d, opts);
    }
  }
}

async function lateValueOf(
  ctx: ArmContext,
  desired: DesiredState,
  ref: LateRef,
  opts: DeployOptions,
): Promise<unknown> {
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
export async function readLateValue(ctx: ArmContext, desired: DesiredState, ref: LateRef): Promise<unknown> {
  return ref.kind === 'principalId'
    ? readPrincipalId(ctx, desired, ref.ref)
    : readLiveValue(ctx, desired, ref);
}

/**
 * A property of a live resource named by `{{live:svc.key:path}}` (`svc` alone: the service's first resource),
 * read with the resource's own api-version. Errors (code LiveValueUnknown) say which resource or property is
 * missing and what to do.
 */
export async function readLiveValue(ctx: ArmContext, desired: DesiredState, ref: LateRef): Promise<unknown> {
  const token = `{{${ref.key}}}`;
  const [svc, key] = ref.ref.split('.', 2);
  const resources = desired.services.find((s) => s.id === svc)?.resources ?? [];
  const source = key
    ? resources.find((r) => r.key === key)
    : resources.find((r) => r.role === 'main' || r.role === 'child');
  if (!source) {
    throw new ArmOperationError({
      code: 'LiveValueUnknown',
      message: `${token} names '${ref.ref}', which is no resource of the desired state`,
      hint: `switch '${svc}' on, or fix the catalog entry that names '${ref.ref}'`,
    });
  }
  let live: unknown;
  try {
    live = (await withRetry(() => ctx.request('GET', source.id, source.apiVersion), ctx.retry)).body;
  } catch (error) {
    if (!isNotFound(error)) throw error;
    throw new ArmOperationError({
      code: 'LiveValueUnknown',
      message: `${token} needs ${ref.path} of ${source.id}, which does not exist`,
      hint: `'${svc}' creates it and this service waits for '${svc}': run apply again (its plan creates it first); if it was deleted outside the tool, plan and apply to re-create it`,
    });
  }
  const value = getPath(live, ref.path!);
  if (value === undefined || value === null || value === '') {
    throw new ArmOperationError({
      code: 'LiveValueUnknown',
      message: `${source.id} has no ${ref.path}, which ${token} needs`,
      hint: 'the resource may still be provisioning: re-run in a minute; if it stays missing, the catalog names a property this resource type does not return',
    });
  }
  try {
    return transformLateValue(ref, value);
  } catch (error) {
    throw new ArmOperationError({
      code: 'LiveValueUnknown',
      message: (error as Error).message,
      hint: 'the catalog entry that names it expects another kind of value',
    });
  }
}

/**
 * The principal id of an identity named by a `{{principalId:…}}` placeholder: `svc` (the service's
 * user-assigned identity, else its first resource with a system-assigned one) or `svc.key` (the
 * system-assigned identity of that resource, e.g. `aiFoundry.project`), read from the live resource.
 */
export async function readPrincipalId(ctx: ArmContext, desired: DesiredState, ref: string): Promise<string> {
  const [svc, key] = ref.split('.', 2);
  const resources = desired.services.find((s) => s.id === svc)?.resources ?? [];
  const isUserAssigned = (r: DesiredResource) =>
    r.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities';
  const hasSystemAssigned = (r: DesiredResource) => {
    const identity = r.body.identity as { type?: string } | undefined;
    return typeof identity?.type === 'string' && /systemassigned/i.test(identity.type);
  };
  const named = key ? resources.find((r) => r.key === key) : undefined;
  if (key && !named) {
    throw new ArmOperationError({
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
    throw new ArmOperationError({
      code: 'PrincipalUnknown',
      message: `'${ref}' has no managed identity in the desired state, but a role assignment needs its principal id`,
      hint: `switch '${svc}' on or drop the role assignment that names it`,
    });
  }
  const live = await withRetry(
    () => ctx.resources.resources.getById(source.id, source.apiVersion),
    ctx.retry,
  );
  const principalId = userAssigned
    ? (live.properties as { principalId?: string } | undefined)?.principalId
    : live.identity?.principalId;
  if (!principalId) {
    throw new ArmOperationError({
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
async function recoverSoftDeleted(
  ctx: ArmContext,
  desired: DesiredState,
  resources: DesiredResource[],
  opts: DeployOptions,
): Promise<DesiredResource[]> {
  const out: DesiredResource[] = [];
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
    const properties = { ...((r.body.properties as Record<string, unknown>) ?? {}) };
    if (type === 'microsoft.keyvault/vaults') properties.createMode = 'recover';
    else properties.restore = true;
    opts.log(`${r.name} is soft-deleted: recovering it instead of creating a new one`);
    out.push({ ...r, body: { ...r.body, properties } });
  }
  return out;
}

async function resourceExists(ctx: ArmContext, r: DesiredResource): Promise<boolean> {
  try {
    await withRetry(() => ctx.resources.resources.getById(r.id, r.apiVersion), ctx.retry);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

export function softDeletedPath(
  subscriptionId: string,
  location: string,
  r: { type: string; name: string; resourceGroup: string },
): string {
  return r.type.toLowerCase() === 'microsoft.keyvault/vaults'
    ? `/subscriptions/${subscriptionId}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${r.name}`
    : `/subscriptions/${subscriptionId}/providers/Microsoft.CognitiveServices/locations/${location}/resourceGroups/${r.resourceGroup}/deletedAccounts/${r.name}`;
}

async function softDeletedExists(ctx: ArmContext, location: string, r: DesiredResource): Promise<boolean> {
  try {
    await withRetry(
      () => ctx.request('GET', softDeletedPath(r.subscriptionId, location, r), r.apiVersion),
      ctx.retry,
    );
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function runDeployment(
  ctx: ArmContext,
  desired: DesiredState,
  service: string,
  d: PlannedDeployment,
  opts: DeployOptions,
) {
  const where = d.scope === 'subscription' ? 'subscription' : `resource group ${d.resourceGroup}`;
  opts.log(`deployment ${d.name} → ${where}: ${d.resourceIds.length} resource(s)`);
  for (const id of d.resourceIds) opts.log(`  ${shortId(id)}`);
  const parameters = {
    ...(d.scope === 'subscription' ? { location: desired.location } : {}),
    properties: { mode: 'Incremental' as const, template: d.template },
    // Owner tags on the deployment: observe reads back the child resources it deployed (see observe.ts).
    tags: { ...desired.ownershipTags, 'aifactory-service': service },
  };
  const poll = { updateIntervalInMs: ctx.pollIntervalMs };
  const started = Date.now();
  try {
    const result = await withRetry(
      async () => {
        const poller =
          d.scope === 'subscription'
            ? ctx.deployments.deployments.createOrUpdateAtSubscriptionScope(d.name, parameters, poll)
            : ctx.deployments.deployments.createOrUpdate(d.resourceGroup!, d.name, parameters, poll);
        return poller.pollUntilDone();
      },
      { ...ctx.retry, ...opts.retry },
    );
    const state = result.properties?.provisioningState;
    if (state && state !== 'Succeeded') {
      throw new ArmOperationError(
        withHint({
          code: result.properties?.error
            ? toArmError({ details: result.properties.error }).code
            : 'DeploymentFailed',
          message: result.properties?.error?.message ?? `deployment ${d.name} ended ${state}`,
        }),
      );
    }
  } catch (error) {
    throw await explainDeploymentFailure(ctx, d, error);
  }
  opts.log(`deployment ${d.name} succeeded in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

/**
 * The SDK's error keeps only the top-level code ("InvalidTemplateDeployment", "DeploymentFailed"); the inner
 * errors say which resource failed and why. Read them from the captured error body, or from the deployment.
 */
async function explainDeploymentFailure(
  ctx: ArmContext,
  d: PlannedDeployment,
  error: unknown,
): Promise<ArmOperationError> {
  const first = toArmError(error);
  if (error instanceof ArmOperationError && first.code !== 'DeploymentFailed') return error;
  const path =
    d.scope === 'subscription'
      ? `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Resources/deployments/${d.name}`
      : `/subscriptions/${ctx.subscriptionId}/resourcegroups/${d.resourceGroup}/providers/Microsoft.Resources/deployments/${d.name}`;
  const captured = ctx.lastErrorBody(path);
  if (captured) {
    const info = toArmError({ details: captured, statusCode: first.statusCode });
    if (info.code !== 'Unknown') return new ArmOperationError(info);
  }
  try {
    const live =
      d.scope === 'subscription'
        ? await ctx.deployments.deployments.getAtSubscriptionScope(d.name)
        : await ctx.deployments.deployments.get(d.resourceGroup!, d.name);
    const inner = live.properties?.error;
    if (inner) return new ArmOperationError(toArmError({ details: { error: inner } }));
  } catch {
    // The deployment was never created (rejected up front): the first error is the whole story.
  }
  return new ArmOperationError(first);
}
