// `aifactory import` end to end through the CLI with the real catalog: files in a temp dir, exit codes,
// the report on stderr, refusing to overwrite, and the round trip (the written file validates and plans).
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildPlan } from '../../src/core/plan.js';
import { detectFormat } from '../../src/hosts/cli/commands/import.js';
import { cli, tempDir } from '../cli/helpers.js';

const fixture = (name: string) => fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('aifactory import', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => {
    t = tempDir();
  });
  afterEach(() => t.cleanup());

  test('imports a variables file: writes aifactory.yaml that validates and plans', async () => {
    t.write('variables.yaml', fixture('variables.yaml'));
    const r = await cli(['import', '--from', 'variables.yaml'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote aifactory\.yaml from variables\.yaml \(Azure DevOps variables\): \d+ settings not carried over/,
    );
    expect(r.stdout).toContain(
      'aifactory.yaml validates; next: aifactory plan --config aifactory.yaml --env dev',
    );
    expect(r.stderr).toContain('variables.yaml:5:3: warning: admin_aifactoryPrefixRG');
    const written = fs.readFileSync(path.join(t.dir, 'aifactory.yaml'), 'utf8');
    const config = parseConfig(written, 'aifactory.yaml', catalog).config!;
    expect(config.flags).toEqual({ foundryCapabilityHost: true, azureOpenAI: true });
    for (const env of ['dev', 'stage', 'prod']) {
      const { plan } = buildPlan(
        config,
        env,
        catalog,
        {
          schemaVersion: 1,
          subscriptionId: config.environments[env].subscriptionId,
          resourceGroups: [],
          resources: [],
          subnets: [],
          softDeleted: [],
        },
        { allowDestroy: [] },
      );
      expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(plan.actions.map((a) => a.service)).toEqual(
        expect.arrayContaining(['foundryCapabilityHost', 'cosmosDb', 'azureOpenAI']),
      );
    }
    const validate = await cli(['validate', '--config', 'aifactory.yaml'], t.dir);
    expect(validate.code).toBe(0);
  });

  test('imports a .env file (format by name) into hub-spoke', async () => {
    t.write('project.env', fixture('hub.env'));
    const r = await cli(['import', '--from', 'project.env', '--out', 'out.yaml'], t.dir);
    expect(r.code).toBe(0);
    const config = parseConfig(
      fs.readFileSync(path.join(t.dir, 'out.yaml'), 'utf8'),
      'out.yaml',
      catalog,
    ).config!;
    expect(config.network.mode).toBe('hub-spoke');
    expect(config.flags).toEqual({ containerRegistry: true, azureML: true, aksForAzureML: true });
  });

  test('refuses to overwrite --out unless --force', async () => {
    t.write('variables.yaml', fixture('variables.yaml'));
    t.write('aifactory.yaml', 'keep me\n');
    const r = await cli(['import', '--from', 'variables.yaml'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: aifactory.yaml exists; refusing to overwrite it (pass --force, or choose another --out)\n',
    );
    expect(fs.readFileSync(path.join(t.dir, 'aifactory.yaml'), 'utf8')).toBe('keep me\n');
    const forced = await cli(['import', '--from', 'variables.yaml', '--force'], t.dir);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(t.dir, 'aifactory.yaml'), 'utf8')).toMatch(
      /^# aifactory\.yaml imported from variables\.yaml/,
    );
  });

  test('bad input: exit 1, every problem with file:line:col, the file written with TODOs', async () => {
    t.write('bad.env', fixture('bad.env'));
    const r = await cli(['import', '--from', 'bad.env'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.env:12:1: error: unknown flag 'ENABLE_COSMOS_DBB'");
    expect(r.stderr).toContain(
      'bad.env:10:1: error: ENABLE_AKS_FOR_AZURE_ML switches on aksForAzureML, which requires azureML',
    );
    expect(r.stderr).toContain("bad.env:2:1: error: AIFACTORY_PREFIX is the placeholder '<todo>'");
    expect(r.stdout).toContain('each "<todo>" in aifactory.yaml marks one');
    expect(fs.readFileSync(path.join(t.dir, 'aifactory.yaml'), 'utf8')).toContain('prefix: "<todo>"');
  });

  test('a required option the old files do not hold is an error', async () => {
    t.write('bot.env', fixture('hub.env') + 'ENABLE_BOT_SERVICE="true"\n');
    const r = await cli(['import', '--from', 'bot.env'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'bot.env:27:1: error: ENABLE_BOT_SERVICE switches on botService, which needs services.botService.msaAppId',
    );
  });

  test('a missing --from file', async () => {
    const r = await cli(['import', '--from', 'nope.yaml'], t.dir);
    expect(r).toMatchObject({ code: 1, stderr: 'error: nope.yaml: no such file\n' });
  });

  test('the wrong --format: nothing written', async () => {
    t.write('settings.txt', fixture('hub.env'));
    const r = await cli(['import', '--from', 'settings.txt', '--format', 'ado'], t.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'error: settings.txt could not be read as an Azure DevOps variables file; nothing written',
    );
    expect(fs.existsSync(path.join(t.dir, 'aifactory.yaml'))).toBe(false);
  });

  test('--help lists the options', async () => {
    const r = await cli(['import', '--help'], t.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--from FILE/);
    expect(r.stdout).toMatch(/--force/);
  });
});

test.each([
  ['variables.yaml', 'variables:\n', 'ado'],
  ['vars.yml', '', 'ado'],
  ['.env', '', 'env'],
  ['prod.env', '', 'env'],
  ['.env.template', '', 'env'],
  ['settings', 'variables:\n  a: 1\n', 'ado'],
  ['settings', 'A="1"\n', 'env'],
])('format of %s is detected', (file, text, format) => {
  expect(detectFormat(file, text)).toBe(format);
});
