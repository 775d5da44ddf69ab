// Where the apply lock lives on ARM: a subscription-scope deployment named `aifactory-lock-<project>-<env>`
// with an empty template, its tags holding holder, run id and expiry. A deployment is chosen over a tag on
// the project's resource group because (a) the resource group may not exist yet on the first apply, (b) the
// `resourceGroups` service deploys the group with its own tags and would wipe a lock tag, and (c) it needs
// no extra role beyond the deployments the apply already writes. It works the same against the emulator.
import type { ArmContext } from './clients.js';
import { isNotFound } from './errors.js';
import type { LockRecord, LockStore } from './lock.js';
import { withRetry } from './retry.js';
import { SUBSCRIPTION_TEMPLATE_SCHEMA } from './template.js';

const TAG = {
  holder: 'aifactory-lock-holder',
  runId: 'aifactory-lock-run',
  acquiredAt: 'aifactory-lock-acquired',
  expiresAt: 'aifactory-lock-expires',
} as const;

export function lockDeploymentName(project: string, env: string): string {
  return `aifactory-lock-${project}-${env}`.replace(/[^-\w.()]/g, '-').slice(0, 64);
}

export class DeploymentLockStore implements LockStore {
  readonly name: string;
  readonly location: string;
  constructor(
    private readonly ctx: ArmContext,
    project: string,
    env: string,
    private readonly region: string,
  ) {
    this.name = lockDeploymentName(project, env);
    this.location = `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Resources/deployments/${this.name}`;
  }

  async read(): Promise<LockRecord | undefined> {
    try {
      const d = await withRetry(
        () => this.ctx.deployments.deployments.getAtSubscriptionScope(this.name),
        this.ctx.retry,
      );
      const tags = d.tags ?? {};
      if (!tags[TAG.runId] || !tags[TAG.expiresAt]) return undefined;
      return {
        holder: tags[TAG.holder] ?? 'unknown',
        runId: tags[TAG.runId],
        acquiredAt: tags[TAG.acquiredAt] ?? '',
        expiresAt: tags[TAG.expiresAt],
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async write(record: LockRecord): Promise<void> {
    await withRetry(
      () =>
        this.ctx.deployments.deployments
          .createOrUpdateAtSubscriptionScope(
            this.name,
            {
              location: this.region,
              properties: {
                mode: 'Incremental',
                template: { $schema: SUBSCRIPTION_TEMPLATE_SCHEMA, contentVersion: '1.0.0.0', resources: [] },
              },
              tags: {
                [TAG.holder]: record.holder.slice(0, 256),
                [TAG.runId]: record.runId,
                [TAG.acquiredAt]: record.acquiredAt,
                [TAG.expiresAt]: record.expiresAt,
              },
            },
            { updateIntervalInMs: this.ctx.pollIntervalMs },
          )
          .pollUntilDone(),
      this.ctx.retry,
    );
  }

  async clear(): Promise<void> {
    try {
      await withRetry(
        () =>
          this.ctx.deployments.deployments
            .deleteAtSubscriptionScope(this.name, { updateIntervalInMs: this.ctx.pollIntervalMs })
            .pollUntilDone(),
        this.ctx.retry,
      );
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}
