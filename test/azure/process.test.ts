// The apply as a separate process: killed half-way and re-run, and failing to reach its endpoint.
import { runApply } from '../../src/app/apply.js';
import { bundleCli, runCli as runCliProcess, until } from './cli-process.js';
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

let cli: string;
beforeAll(async () => {
  cli = await bundleCli('process');
});
const runCli = (args: string[]) => runCliProcess(cli, args);

const BASE = { cosmosDb: true, containerRegistry: true };

test('an apply killed half-way: the re-run names the dead holder, --force-unlock continues and converges', async () => {
  // Slow enough that the process is still deploying when it is killed.
  const lab: Lab = await startLab({ timeScale: 0.01 });
  try {
    const configPath = writeConfig(lab, testConfigYaml(BASE));
    const run = runCli([
      'apply',
      '--config',
      configPath,
      '--env',
      'dev',
      '--endpoint',
      lab.url,
      '--parallelism',
      '4',
    ]);
    await until(() => /✓ \w+: create finished/.test(run.output()), 60_000);
    run.child.kill('SIGKILL');
    await run.exit;
    expect(run.output()).not.toMatch(/Apply finished/);

    const blocked = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(blocked.exitCode).toBe(1);
    expect(blocked.diagnostics[0].code).toBe('apply.locked');
    expect(blocked.message).toContain(`pid ${run.child.pid}`);

    const resumed = await runApply(applyOptions(lab, configPath, { forceUnlock: true }), recordingLogger());
    expect(resumed.apply?.outcomes.filter((o) => o.status === 'failed')).toEqual([]);
    expect(resumed.exitCode).toBe(0);
    // What the killed run finished is not done again.
    expect(resumed.apply!.outcomes.some((o) => o.status === 'noop')).toBe(true);
    const after = await livePlan(lab.ctx, testConfig(BASE));
    expect(after.plan.actions.filter((a) => a.action !== 'noop')).toEqual([]);
  } finally {
    await lab.close();
  }
}, 120_000);

test('an unreachable endpoint: exit 1, one clear sentence, no stack trace', async () => {
  const lab: Lab = await startLab();
  try {
    const configPath = writeConfig(lab, testConfigYaml(BASE));
    const run = runCli(['apply', '--config', configPath, '--env', 'dev', '--endpoint', 'http://127.0.0.1:9']);
    expect(await run.exit).toBe(1);
    expect(run.output()).toMatch(/cannot reach local emulator at http:\/\/127\.0\.0\.1:9/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  } finally {
    await lab.close();
  }
});
