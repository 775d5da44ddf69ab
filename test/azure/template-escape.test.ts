// Literal strings ARM would read as template expressions: a value starting with `[` and ending with `]` is
// written `[[…]`, as ARM's template syntax requires, and ARM (the emulator, like it) reads `[[` back as the
// literal. A user's tag "[ml-team]" thus deploys as "[ml-team]", and the next plan is a no-op.
import { escapeLiterals } from '../../src/azure/template.js';
import { runApply } from '../../src/app/apply.js';
import { TAG_PROJECT } from '../../src/azure/observe.js';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import {
  applyOptions,
  livePlan,
  recordingLogger,
  startLab,
  testConfigYaml,
  writeConfig,
  type Lab,
} from './helpers.js';

test('strings that would be expressions are escaped; others, and other types, are left alone', () => {
  expect(
    escapeLiterals({
      a: '[ml-team]',
      b: '[[already]',
      c: '[x] y',
      d: 'x [y]',
      e: ['[1]', 2, true, null],
      f: { g: '[concat(1)]' },
      h: '[',
      i: '[]',
    }),
  ).toEqual({
    a: '[[ml-team]',
    b: '[[[already]',
    c: '[x] y',
    d: 'x [y]',
    e: ['[[1]', 2, true, null],
    f: { g: '[[concat(1)]' },
    h: '[',
    i: '[[]',
  });
});

describe('a bracketed literal through a real deployment', () => {
  let lab: Lab;
  afterAll(async () => {
    await lab?.close();
  });

  test('a project tag "[ml-team]" deploys literally and the next plan has nothing to do', async () => {
    lab = await startLab();
    const yaml = testConfigYaml().replace(
      '  location: swedencentral\n',
      "  location: swedencentral\n  tags: { team: '[ml-team]', note: '[[x]' }\n",
    );
    const configPath = writeConfig(lab, yaml);
    const result = await runApply(applyOptions(lab, configPath), recordingLogger());
    expect(result.exitCode).toBe(0);
    const config = parseConfig(yaml, 'aifactory.yaml', catalog).config!;
    const { observed, plan } = await livePlan(lab.ctx, config);
    // Top-level resources carry the project's tags (children and extension resources carry none of their own).
    const ours = observed.resources.filter(
      (r) => r.tags[TAG_PROJECT] === 'prj007' && r.type.split('/').length === 2 && r.location !== undefined,
    );
    expect(ours.length).toBeGreaterThan(5);
    for (const r of ours) expect(r.tags).toMatchObject({ team: '[ml-team]', note: '[[x]' });
    expect(plan.actions.filter((a) => a.action !== 'noop')).toEqual([]);
  });
});
