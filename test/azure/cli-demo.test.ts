import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/hosts/cli/command.js';
import { applyOptions } from '../../src/hosts/cli/commands/apply.js';
import { runDemo, switchFlags } from '../../src/hosts/cli/commands/demo.js';
import { testConfigYaml } from './helpers.js';

function buffers(cwd = process.cwd()): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), color: false, cwd };
}

describe('aifactory apply flags', () => {
  test('each bad flag is one sentence naming it', () => {
    const io = buffers();
    expect(applyOptions({}, io).problem).toMatch(/--env ENV is required/);
    expect(applyOptions({ env: 'dev', target: 'file' }, io).problem).toMatch(
      /--target must be one of local, azure/,
    );
    expect(applyOptions({ env: 'dev', parallelism: 0 }, io).problem).toMatch(
      /--parallelism must be a whole number from 1 to 64/,
    );
    expect(applyOptions({ env: 'dev', 'time-scale': -1 }, io).problem).toMatch(
      /--time-scale must be a number ≥ 0/,
    );
  });

  test('good flags become RunOptions with paths relative to the caller', () => {
    const io = buffers('/work/project');
    const { options } = applyOptions(
      {
        env: 'dev',
        config: 'cfg/aifactory.yaml',
        plan: 'plan.json',
        'allow-destroy': ['cosmosDb', 'aks'],
        parallelism: 8,
        'force-unlock': true,
      },
      io,
    );
    expect(options).toMatchObject({
      command: 'apply',
      environment: 'dev',
      configPath: path.join('/work/project', 'cfg/aifactory.yaml'),
      planFile: path.join('/work/project', 'plan.json'),
      allowDestroy: ['cosmosDb', 'aks'],
      parallelism: 8,
      target: 'local',
      forceUnlock: true,
      whatIf: false,
    });
    expect(applyOptions({ env: 'dev', 'what-if': true }, io).options?.whatIf).toBe(true);
  });
});

describe('aifactory demo', () => {
  test('switching flags edits a copy, keeping comments and the rest of the file', () => {
    const text = '# mine\nversion: 1\nflags:\n  cosmosDb: true # keep\n';
    const changed = switchFlags(text, 'cosmosDb', 'azureOpenAI');
    expect(changed).toContain('# mine');
    expect(changed).toMatch(/cosmosDb: false/);
    expect(changed).toMatch(/azureOpenAI: true/);
  });

  test('the story runs end to end: validate, apply, switch, plan the delete with its cleanup order, apply, quiet re-plan', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-demo-test-'));
    try {
      const config = path.join(dir, 'aifactory.yaml');
      writeFileSync(config, testConfigYaml({ cosmosDb: true }, 'protect: []'));
      const io = buffers(dir);
      const code = await runDemo(
        { config, off: 'cosmosDb', on: 'containerRegistry', 'time-scale': 0, parallelism: 6 },
        io,
      );
      const text = io.out.join('');
      if (code !== 0) console.log(text, io.err.join(''));
      expect(code).toBe(0);
      expect(text).toMatch(/1\/5 Validate/);
      expect(text).toMatch(/applied \d+ change\(s\) to prj007\/dev/);
      expect(text).toMatch(/The demo allows it the way a reviewer would: --allow-destroy cosmosDb/);
      expect(text).toMatch(/cosmosDb .*cleanup in this order:\n\s+1\. \w+/);
      expect(text).toMatch(/still matches/);
      expect(text).toMatch(/Re-plan after the apply: No changes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown service or a missing config is a clear error', async () => {
    const io = buffers();
    expect(await runDemo({ off: 'nope' }, io)).toBe(1);
    expect(io.err.join('')).toMatch(/'nope' is not a service of the catalog/);
    const io2 = buffers();
    expect(await runDemo({ config: '/nonexistent/aifactory.yaml' }, io2)).toBe(1);
    expect(io2.err.join('')).toMatch(/cannot read/);
  });
});
