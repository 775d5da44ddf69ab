// apply without a plan file plans and applies in one step, as `aifactory apply` without --plan and Terraform's
// apply without a saved plan do: handy on the emulator or for a first dev environment, but nothing was
// reviewed. Both hosts say so, naming their own input, so a pipeline that forgot the plan file is noticed.
export function applyWithoutPlanNote(planFileInput: string): string {
  return (
    `No '${planFileInput}': this apply plans and applies in one step, and what it applies was not reviewed. ` +
    `To apply exactly a reviewed plan, run plan with '${planFileInput}', review it, and pass that file to apply ` +
    '(the promotion templates do).'
  );
}
