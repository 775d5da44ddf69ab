// The numbers the GitHub Action and the Azure DevOps task publish come from the plan summary, which counts what
// will happen: a blocked delete is reported as blocked, never as a delete.
import { buildPlan } from '../../src/core/plan.js';
import { planOutputValues, verdict } from '../../src/hosts/shared/outputs.js';
import type { RunResult } from '../../src/app/types.js';
import type { Plan } from '../../src/core/types.js';
import { emptyObserved, miniCatalog, miniConfig, observedFromDesired } from './fixtures.js';

function planFor(allowDestroy: string[]): Plan {
  const before = miniConfig({ flags: { aiSearch: true, azureML: true, cosmosDb: true } });
  const observed = observedFromDesired(
    buildPlan(before, 'dev', miniCatalog(), emptyObserved(), { allowDestroy: [] }).desired,
  );
  return buildPlan(miniConfig(), 'dev', miniCatalog(), observed, { allowDestroy }).plan;
}

const result = (plan: Plan): RunResult => ({ exitCode: 0, ok: true, diagnostics: [], message: '', plan });

test('a blocked delete is counted as blocked, not as a delete, and is no change', () => {
  const values = planOutputValues(result(planFor([])))!;
  expect(values).toMatchObject({ delete: 0, blocked: 1, create: 0, update: 0, hasChanges: false });
  const allowed = planOutputValues(result(planFor(['cosmosDb'])))!;
  expect(allowed).toMatchObject({ delete: 1, blocked: 0, hasChanges: true });
});

test('fail-on-changes names the counts of what will happen', () => {
  const v = verdict(result(planFor(['cosmosDb'])), {
    failOnChanges: true,
    command: 'plan',
    inputName: 'fail-on-changes',
  });
  expect(verdict(result(planFor([])), { failOnChanges: true, command: 'plan', inputName: 'x' }).failed).toBe(
    false,
  );
  expect(v).toEqual({
    failed: true,
    message: "The plan has 2 change(s) (0 to create, 1 to update, 1 to delete) and 'fail-on-changes' is on.",
  });
});
