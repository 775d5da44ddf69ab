// With --endpoint the apply did not start the emulator, so it cannot know its time scale: the emulator tells it
// on every answer (x-aifactory-time-scale), and the ETA uses that instead of assuming the default 0.01.
import { runApply } from '../../src/app/apply.js';
import { TIME_SCALE_HEADER } from '../../src/emulator/client-options.js';
import { raw } from '../emulator/helpers.js';
import { applyOptions, recordingLogger, startLab, testConfigYaml, writeConfig, type Lab } from './helpers.js';

let lab: Lab;
beforeAll(async () => {
  lab = await startLab({ timeScale: 0.0005 });
});
afterAll(async () => {
  await lab?.close();
});

test('every answer carries the time scale, errors included', async () => {
  const ok = await raw(lab.url, 'GET', '/subscriptions/s/resourcegroups?api-version=2021-04-01');
  expect(ok.headers.get(TIME_SCALE_HEADER)).toBe('0.0005');
  const refused = await raw(lab.url, 'GET', '/subscriptions/s/resourcegroups', undefined, {});
  expect(refused.status).toBe(401);
  expect(refused.headers.get(TIME_SCALE_HEADER)).toBe('0.0005');
});

test("apply --endpoint times its ETA by the emulator's scale, and says when --time-scale disagrees", async () => {
  const configPath = writeConfig(lab, testConfigYaml({ containerRegistry: true }));
  const logger = recordingLogger();
  const options = applyOptions(lab, configPath);
  delete options.timeScale;
  const result = await runApply(options, logger);
  expect(result.exitCode).toBe(0);
  const estimate = result.plan!.estimatedSeconds;
  expect(logger.lines.join('\n')).toContain(
    `≈ ${(estimate * 0.0005).toFixed(1)}s here at time scale 0.0005)`,
  );

  const second = recordingLogger();
  const again = await runApply(applyOptions(lab, configPath, { timeScale: 0.5 }), second);
  expect(again.exitCode).toBe(0);
  expect(second.lines).toContain(
    `warn: the emulator at ${lab.url} runs at time scale 0.0005: --time-scale 0.5 is ignored`,
  );
});
