// The values both hosts publish after a run (as step outputs or pipeline output variables) and the final
// verdict, so the Action and the task report the same numbers and fail for the same reasons.
import type { RunResult } from '../../app/types.js';
import { hasChanges } from '../../core/render/common.js';

export interface PlanOutputValues {
  hasChanges: boolean;
  create: number;
  update: number;
  delete: number;
  blocked: number;
  fingerprint: string;
  planFile: string;
}

/**
 * Undefined when the run produced no plan (validate, or a failure before planning). The counts are the plan
 * summary's, which count what will happen: a blocked delete is in `blocked`, not in `delete`.
 */
export function planOutputValues(result: RunResult): PlanOutputValues | undefined {
  const plan = result.plan;
  if (!plan) return undefined;
  const s = plan.summary;
  return {
    hasChanges: hasChanges(plan),
    create: s.create,
    update: s.update,
    delete: s.delete,
    blocked: s.blocked,
    fingerprint: plan.fingerprint,
    planFile: result.planFile ?? '',
  };
}

export interface Verdict {
  failed: boolean;
  message: string;
}

/** Whether the step fails, and the one sentence that says why (or what happened). */
export function verdict(
  result: RunResult,
  opts: { failOnChanges: boolean; command: string; inputName: string },
): Verdict {
  if (!result.ok)
    return { failed: true, message: result.message || 'aifactory-flags failed; see the errors above.' };
  const values = planOutputValues(result);
  if (opts.failOnChanges && opts.command === 'plan' && values?.hasChanges) {
    const changes = values.create + values.update + values.delete;
    return {
      failed: true,
      message: `The plan has ${changes} change(s) (${values.create} to create, ${values.update} to update, ${values.delete} to delete) and '${opts.inputName}' is on.`,
    };
  }
  return { failed: false, message: result.message };
}
