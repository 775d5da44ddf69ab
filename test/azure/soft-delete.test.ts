// Soft-deleted vaults and accounts at the Azure layer, against the emulator: a deleted account stays soft-deleted
// and the plan and the apply say so; re-enabling recovers it under the same name with its settings; it is purged
// only where the environment's config allows it (the plan lists the purge, the fingerprint changes with it, the
// apply follows the plan); a purge-protected vault is never purged and is recovered on re-create.
import { runApply } from '../../src/app/apply.js';
import type { RunOptions } from '../../src/app/types.js';
import { applyPlan } from '../../src/azure/apply.js';
import { observe } from '../../src/azure/observe.js';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import type { DesiredResource, Plan, PlanAction, ProjectConfig } from '../../src/core/types.js';
import { applyOptions as cliApplyOptions } from '../../src/hosts/cli/commands/apply.js';
import { writePlanFile } from '../../src/app/files.js';
import {
  applyOptions,
  livePlan,
  recordingLogger,
  startLab,
  testConfig,
  testConfigYaml,
  writeConfig,
  type Lab,
} from './helpers.js';
import path from 'node:path';

const ACCOUNT = 'Microsoft.CognitiveServices/accounts';

async function applied(lab: Lab, config: ProjectConfig, allowDestroy: string[] = []) {
  const { plan, desired } = await livePlan(lab.ctx, config, 'dev', allowDestroy);
  const logger = recordingLogger();
  const result = await applyPlan(lab.ctx, plan, desired, { parallelism: 6, logger });
  expect(result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped')).toEqual([]);
  return { plan, desired, lines: logger.lines };
}

const deleteOf = (plan: Plan, service: string): PlanAction =>
  plan.actions.find((a) => a.service === service && a.action === 'delete')!;

async function softDeleted(lab: Lab, config: ProjectConfig) {
  const { scope } = await livePlan(lab.ctx, config);
  return (await observe(lab.ctx, scope)).softDeleted.map((s) => `${s.type}/${s.name}`);
}

/** The config with azureOpenAI off and, optionally, the environment's purge list. */
const offYaml = (purge?: string) =>
  testConfigYaml({ azureOpenAI: false }).replace(
    '    addressSpace: 172.16.0.0/22',
    `    addressSpace: 172.16.0.0/22${purge ? `\n    purgeSoftDeleted: ${purge}` : ''}`,
  );
const parse = (yaml: string) => {
  const r = parseConfig(yaml, 'aifactory.yaml', catalog);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.config!;
};

describe('a Cognitive Services account switched off', () => {
  let lab: Lab;
  let account: DesiredResource;
  const on = testConfig({ azureOpenAI: true });
  beforeAll(async () => {
    lab = await startLab();
    const { desired } = await applied(lab, on);
    account = desired.services
      .find((s) => s.id === 'azureOpenAI')!
      .resources.find((r) => r.type === ACCOUNT)!;
    // A setting the tool does not manage: it must survive delete + recover (the account's own data).
    await lab.ctx.resources.resources.beginUpdateByIdAndWait(
      account.id,
      account.apiVersion,
      { properties: { dynamicThrottlingEnabled: true } },
      { updateIntervalInMs: 5 },
    );
  });
  afterAll(async () => {
    await lab?.close();
  });

  test('delete: the plan and the apply say it stays soft-deleted and recoverable; no purge step', async () => {
    const off = parse(offYaml());
    const { plan, lines } = await applied(lab, off, ['azureOpenAI']);
    const action = deleteOf(plan, 'azureOpenAI');
    expect(action.cleanup!.map((s) => s.step)).not.toContain('purgeSoftDeleted');
    const note = action.cleanup!.find((s) => s.step === 'resource')!.note;
    expect(note).toBe(
      `${account.name}: stays soft-deleted and keeps its name for 2 days; re-enabling azureOpenAI recovers it ` +
        '(to purge instead: environments.dev.purgeSoftDeleted: [azureOpenAI])',
    );
    expect(lines.join('\n')).toContain(note);
    expect(await softDeleted(lab, off)).toEqual([`${ACCOUNT}/${account.name}`]);
  });

  test('re-enable: recovered under the same name with its settings, never renamed', async () => {
    const { plan, lines } = await applied(lab, on);
    expect(plan.actions.find((a) => a.service === 'azureOpenAI')!.action).toBe('create');
    expect(lines.join('\n')).toContain(
      `${account.name} is soft-deleted: recovering it instead of creating a new one`,
    );
    const live = await lab.ctx.resources.resources.getById(account.id, account.apiVersion);
    expect(live.name).toBe(account.name);
    expect(live.properties).toMatchObject({ dynamicThrottlingEnabled: true, provisioningState: 'Succeeded' });
    expect(await softDeleted(lab, on)).toEqual([]);
    expect((await livePlan(lab.ctx, on)).plan.actions.filter((a) => a.action !== 'noop')).toEqual([]);
  });

  test('purge where the environment allows it: listed in the plan, part of its fingerprint, done by the apply', async () => {
    const keep = parse(offYaml());
    const purge = parse(offYaml('[azureOpenAI]'));
    const kept = (await livePlan(lab.ctx, keep, 'dev', ['azureOpenAI'])).plan;
    const { plan, lines } = await applied(lab, purge, ['azureOpenAI']);
    expect(plan.fingerprint).not.toBe(kept.fingerprint);
    const step = deleteOf(plan, 'azureOpenAI').cleanup!.find((s) => s.step === 'purgeSoftDeleted')!;
    expect(step.resourceIds).toEqual([account.id]);
    expect(step.note).toBe(
      `${account.name}: purged after the delete (environments.dev.purgeSoftDeleted): the name is free at once, nothing can be recovered`,
    );
    expect(deleteOf(plan, 'azureOpenAI').cleanup!.find((s) => s.step === 'resource')!.note).toBeUndefined();
    expect(lines).toContain(`  purged ${account.name}`);
    expect(await softDeleted(lab, purge)).toEqual([]);

    // Re-enabled after a purge: a new account (nothing to recover), without the old settings.
    const again = await applied(lab, on);
    expect(again.lines.join('\n')).not.toContain('recovering');
    const live = await lab.ctx.resources.resources.getById(account.id, account.apiVersion);
    expect((live.properties as Record<string, unknown>).dynamicThrottlingEnabled).toBeUndefined();
  });

  test('a plan reviewed without the purge setting is stale once the config asks for it', async () => {
    const keepPath = writeConfig(lab, offYaml(), 'keep.yaml');
    const purgePath = writeConfig(lab, offYaml('[all]'), 'purge.yaml');
    const reviewed = (await livePlan(lab.ctx, parse(offYaml()), 'dev', ['azureOpenAI'])).plan;
    const planFile = path.join(lab.work, 'reviewed.json');
    expect(writePlanFile(planFile, reviewed)).toEqual([]);
    const options: RunOptions = applyOptions(lab, purgePath, { planFile, allowDestroy: ['azureOpenAI'] });
    const stale = await runApply(options, recordingLogger());
    expect(stale.exitCode).toBe(1);
    expect(stale.message).toMatch(/^plan is stale: .*config/);
    // The same reviewed plan with the config it was made from applies.
    const ok = await runApply({ ...options, configPath: keepPath }, recordingLogger());
    expect(ok.exitCode).toBe(0);
  });
});

describe('a purge-protected Key Vault', () => {
  let lab: Lab;
  afterAll(async () => {
    await lab?.close();
  });

  test('is never purged, even when a plan lists the purge, and is recovered on re-create with its settings', async () => {
    lab = await startLab();
    const config = testConfig();
    const { plan, desired } = await applied(lab, config);
    const vault = desired.services
      .find((s) => s.id === 'keyVault')!
      .resources.find((r) => r.type === 'Microsoft.KeyVault/vaults')!;
    await lab.ctx.resources.resources.beginUpdateByIdAndWait(
      vault.id,
      vault.apiVersion,
      { properties: { enabledForDeployment: true } },
      { updateIntervalInMs: 5 },
    );
    // The Key Vault is never deleted by a flag; a plan that (wrongly) asks for the purge is still safe.
    const action: PlanAction = {
      ...plan.actions.find((a) => a.service === 'keyVault')!,
      action: 'delete',
      dependsOn: [],
      cleanup: [
        { step: 'resource', resourceIds: [vault.id] },
        { step: 'purgeSoftDeleted', resourceIds: [vault.id] },
      ],
    };
    const logger = recordingLogger();
    const result = await applyPlan(lab.ctx, { ...plan, actions: [action] }, desired, {
      parallelism: 2,
      logger,
    });
    expect(result.ok).toBe(true);
    expect(logger.lines.join('\n')).toContain(
      `${vault.name} stays soft-deleted: purge protection is on; re-enabling the service recovers it`,
    );
    const { scope } = await livePlan(lab.ctx, config);
    expect((await observe(lab.ctx, scope)).softDeleted).toEqual([
      expect.objectContaining({ type: 'Microsoft.KeyVault/vaults', name: vault.name, purgeProtection: true }),
    ]);

    const again = await applied(lab, config);
    // The vault is missing, what hangs off it (endpoint, roles) is still there: an update that recreates it.
    expect(again.plan.actions.find((a) => a.service === 'keyVault')!.drift).toContain(
      `${vault.name} (Microsoft.KeyVault/vaults) is missing`,
    );
    expect(again.lines.join('\n')).toContain(
      `${vault.name} is soft-deleted: recovering it instead of creating a new one`,
    );
    const live = await lab.ctx.resources.resources.getById(vault.id, vault.apiVersion);
    expect(live.properties).toMatchObject({ enabledForDeployment: true, enablePurgeProtection: true });
    expect((await observe(lab.ctx, scope)).softDeleted).toEqual([]);
  });
});

describe('purgeSoftDeleted in the config, and the old apply switch', () => {
  const errorsOf = (purge: string) =>
    parseConfig(offYaml(purge), 'aifactory.yaml', catalog).diagnostics.filter((d) => d.severity === 'error');

  test('what cannot be purged is an error at its line naming what can', () => {
    const [vault] = errorsOf('[keyVault]');
    expect(vault).toMatchObject({
      code: 'config.not-purgeable',
      location: { line: 15, column: 24 },
      message: expect.stringContaining('keyVault is created with purge protection'),
      hint: expect.stringContaining('azureOpenAI'),
    });
    expect(vault.hint).not.toMatch(/keyVault|azureML/);
    expect(errorsOf('[aiSearch]')[0].message).toContain('aiSearch leaves nothing soft-deleted');
    expect(errorsOf('[azureML]')[0].message).toContain('this tool does not purge a machineLearningWorkspace');
    expect(errorsOf('[azureOpenAl]')[0]).toMatchObject({
      code: 'config.unknown-service',
      hint: expect.stringContaining("did you mean 'azureOpenAI'"),
    });
    expect(errorsOf('[all]')).toEqual([]);
  });

  test('apply --purge-soft-deleted is refused, pointing at the config', () => {
    const io = { stdout: () => {}, stderr: () => {}, color: false, cwd: process.cwd() };
    expect(cliApplyOptions({ env: 'dev', 'purge-soft-deleted': true }, io).problem).toMatch(
      /--purge-soft-deleted is gone: .*environments\.<env>\.purgeSoftDeleted/,
    );
  });
});
