import fs from 'node:fs';
import path from 'node:path';
import type { ObservedState, Plan } from '../../src/core/types.js';
import { TOOL_VERSION } from '../../src/core/version.js';
import { CONFIG, cli, tempDir } from './helpers.js';

const tmp = tempDir();
const config = tmp.write('aifactory.yaml', CONFIG);
afterAll(() => tmp.cleanup());

async function planJson(extra: string[] = []): Promise<Plan> {
  const r = await cli([
    'plan',
    '--config',
    config,
    '--env',
    'dev',
    '--target',
    'file',
    '--format',
    'json',
    ...extra,
  ]);
  return JSON.parse(r.stdout) as Plan;
}

/** Azure right after applying the plan: tracked resources with our tags, as the observer reports them. */
function observedAfter(plan: Plan, tagsOf: (id: string) => Record<string, string>): ObservedState {
  return {
    schemaVersion: 1,
    subscriptionId: plan.subscriptionId,
    resourceGroups: [],
    resources: plan.actions.flatMap((a) =>
      a.resources
        .filter(
          (r) =>
            r.type.split('/').length === 2 &&
            /\/resourceGroups\/[^/]+\/providers\//.test(r.id) &&
            !/roleAssignments|diagnosticSettings/.test(r.type),
        )
        .map((r) => ({
          id: r.id,
          type: r.type,
          name: r.name,
          resourceGroup: r.id.split('/')[4],
          tags: tagsOf(r.id),
        })),
    ),
    subnets: plan.subnets.map((s) => ({ name: s.name, addressPrefix: s.prefix, foreign: false })),
    softDeleted: [],
  };
}

describe('aifactory (in-process)', () => {
  test('--help, --version, help <command>, per-command --help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const name of ['validate', 'plan', 'graph', 'names', 'catalog'])
      expect(help.stdout).toContain(`  ${name}`);
    expect((await cli(['--version'])).stdout).toBe(`${TOOL_VERSION}\n`);
    const planHelp = await cli(['plan', '--help']);
    expect(planHelp.code).toBe(0);
    expect(planHelp.stdout).toContain('Usage: aifactory plan --env ENV [options]');
    expect(planHelp.stdout).toMatch(
      /--format FORMAT\s+Output on stdout \(one of: text, markdown, json; default: text\)/,
    );
    expect((await cli(['help', 'names'])).stdout).toContain('Usage: aifactory names');
    const none = await cli([]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: aifactory <command>');
  });

  test('unknown command and option: error with did-you-mean, exit 1', async () => {
    const cmd = await cli(['pln']);
    expect(cmd.code).toBe(1);
    expect(cmd.stderr).toContain("unknown command 'pln'; did you mean 'plan'?");
    const opt = await cli(['plan', '--env', 'dev', '--formt', 'json']);
    expect(opt.code).toBe(1);
    expect(opt.stderr).toContain("unknown option --formt for 'aifactory plan'; did you mean --format?");
    const choice = await cli(['plan', '--env', 'dev', '--format', 'jsn']);
    expect(choice.stderr).toContain(
      "--format does not accept 'jsn'; valid choices: text, markdown, json; did you mean 'json'?",
    );
    const missing = await cli(['plan', '--config', config]);
    expect(missing.stderr).toContain("'aifactory plan' needs --env ENV");
    const value = await cli(['plan', '--env']);
    expect(value.stderr).toContain('--env needs a value (ENV)');
    const positional = await cli(['validate', 'aifactory.yaml']);
    expect(positional.stderr).toContain("unexpected argument 'aifactory.yaml'");
    const observedWithTarget = await cli([
      'plan',
      '--config',
      config,
      '--env',
      'dev',
      '--observed',
      'x.json',
      '--target',
      'azure',
    ]);
    expect(observedWithTarget.stderr).toContain('cannot be combined with --target azure');
  });

  test('validate: every environment, exit 0; a relative --config is read from the caller’s directory', async () => {
    const r = await cli(['validate', '--config', 'aifactory.yaml'], tmp.dir);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid (dev, prod)');
    expect(r.stderr).toMatch(/dev: \d+ services, \d+ resources, every name valid/);
  });

  test('validate: config errors with file:line:column, exit 1', async () => {
    const bad = tmp.write('bad.yaml', CONFIG.replace('cosmosDb: true', 'cosmosDB: true\n  aiSerch: true'));
    const r = await cli(['validate', '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: .*aiSerch`),
    );
    expect(r.stderr).toContain("did you mean 'aiSearch'");
    const missing = await cli(['validate', '--config', path.join(tmp.dir, 'nope.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.yaml: does not exist');
  });

  test('validate: unknown environment names the choices', async () => {
    const r = await cli(['validate', '--config', config, '--env', 'prd']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("did you mean 'prod'?");
  });

  test('validate: a name that cannot fit is an error at validate time, at the environment key', async () => {
    // The config accepts environment names of up to 8 characters; in swedencentral (code sdc) the Key Vault
    // name kv-007-sdc-preprod1-xxxxx is 25 characters, one over Azure's limit.
    const text = CONFIG.replace('  prod:\n', '  preprod1:\n');
    const long = tmp.write('long.yaml', text);
    const line = text.split('\n').indexOf('  preprod1:') + 1;
    const r = await cli(['validate', '--config', long]);
    expect(r.code).toBe(1);
    const escaped = long.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(r.stderr).toMatch(
      new RegExp(
        `^${escaped}:${line}:3: error: preprod1: keyVault: the name of Microsoft\\.KeyVault/vaults \\(vault\\) cannot be used: "kv-007-sdc-preprod1-\\w{5}" is 25 characters, the limit for Microsoft\\.KeyVault/vaults is 24; it is made of the project number '007' \\(3\\), the location code 'sdc' of swedencentral \\(3\\), the environment name 'preprod1' \\(8\\) and a 5-character salt \\(use an environment name of at most 7 characters or a location whose short code has at most 2 characters\\)$`,
        'm',
      ),
    );
    expect(r.stderr).not.toMatch(/prefix|scaleSet/);
    // dev is unaffected and still checked.
    expect(r.stderr).toContain('dev: ');
  });

  test('validate: a full address space is one located error that never offers to switch off a baseline service', async () => {
    const text = CONFIG.replace('addressSpace: 172.16.0.0/22', 'addressSpace: 172.16.0.0/24');
    const small = tmp.write('small.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes('172.16.0.0/24')) + 1;
    const r = await cli(['validate', '--config', small, '--env', 'dev']);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => / error: /.test(l));
    expect(errors).toEqual([
      `${small}:${line}:5: error: dev: environments.dev.addressSpace 172.16.0.0/24 has no room for subnet snt-prj007-aca2 (/23, 512 addresses): the enabled services need 640 addresses in all (512 of them still to place), 128 of 256 are free; the largest free aligned block is 172.16.0.128/25 (128 addresses). (Give the environment a larger addressSpace, e.g. 172.16.0.0/22 (1024 addresses; existing subnets keep their place).)`,
    ]);
  });

  test('plan --target file without --observed: everything is a create; json, markdown and text formats', async () => {
    const plan = await planJson();
    expect(plan.environment).toBe('dev');
    expect(plan.summary.create).toBe(plan.actions.length);
    expect(plan.actions.map((a) => a.service)).toContain('cosmosDb');
    const md = await cli([
      'plan',
      '--config',
      config,
      '--env',
      'dev',
      '--target',
      'file',
      '--format',
      'markdown',
    ]);
    expect(md.stdout).toContain('```mermaid');
    const text = await cli(['plan', '--config', config, '--env', 'dev', '--target', 'file']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('cosmosDb');
    expect(text.stdout).toMatch(/Plan: \d+ to create, 0 to update, 0 to delete\./);
  });

  test('--detailed-exitcode: 2 with changes, 0 without', async () => {
    const first = await cli([
      'plan',
      '--config',
      config,
      '--env',
      'dev',
      '--target',
      'file',
      '--detailed-exitcode',
    ]);
    expect(first.code).toBe(2);
    const out = path.join(tmp.dir, 'plan.json');
    await cli(['plan', '--config', config, '--env', 'dev', '--target', 'file', '--out', out]);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as Plan;
    // Make Azure look exactly like the plan: the hashes come from the desired state.
    const { buildPlan } = await import('../../src/core/plan.js');
    const { catalog } = await import('../../src/core/catalog/index.js');
    const { readConfigFile } = await import('../../src/app/files.js');
    const parsed = readConfigFile(config).config!;
    const { desired } = buildPlan(
      parsed,
      'dev',
      catalog,
      {
        schemaVersion: 1,
        subscriptionId: '',
        resourceGroups: [],
        resources: [],
        subnets: [],
        softDeleted: [],
      },
      { allowDestroy: [] },
    );
    const tags = new Map(
      desired.services.flatMap((s) =>
        s.resources.map((r) => [r.id, (r.body.tags ?? {}) as Record<string, string>]),
      ),
    );
    const observed = observedAfter(written, (id) => tags.get(id)!);
    observed.resourceGroups = desired.resourceGroups.map((g) => ({
      name: g.name,
      exists: true,
      tags: tags.get(g.id),
    }));
    const file = tmp.write('observed.json', JSON.stringify(observed));
    const again = await cli([
      'plan',
      '--config',
      config,
      '--env',
      'dev',
      '--observed',
      file,
      '--detailed-exitcode',
      '--format',
      'json',
    ]);
    const plan = JSON.parse(again.stdout) as Plan;
    expect(
      plan.actions.filter((a) => a.action !== 'noop').map((a) => `${a.service}:${a.action}:${a.drift ?? ''}`),
    ).toEqual([]);
    expect(again.code).toBe(0);
  });

  test('plan: a blocked delete exits 1 and renders in full; --allow-destroy allows it', async () => {
    const observed: ObservedState = {
      schemaVersion: 1,
      subscriptionId: '11111111-1111-1111-1111-111111111111',
      resourceGroups: [],
      resources: [
        {
          id: '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.DocumentDB/databaseAccounts/old',
          type: 'Microsoft.DocumentDB/databaseAccounts',
          name: 'old',
          resourceGroup: 'rg',
          tags: {
            'aifactory-managed-by': 'aifactory-flags',
            'aifactory-project': 'prj007',
            'aifactory-environment': 'dev',
            'aifactory-service': 'cosmosDb',
          },
        },
      ],
      subnets: [],
      softDeleted: [],
    };
    const off = tmp.write('off.yaml', CONFIG.replace('cosmosDb: true', 'cosmosDb: false'));
    const file = tmp.write('observed-cosmos.json', JSON.stringify(observed));
    const blocked = await cli([
      'plan',
      '--config',
      off,
      '--env',
      'dev',
      '--observed',
      file,
      '--format',
      'json',
    ]);
    expect(blocked.code).toBe(1);
    const plan = JSON.parse(blocked.stdout) as Plan;
    expect(plan.blocked.map((b) => b.service)).toEqual(['cosmosDb']);
    expect(blocked.stderr).toContain('Blocked: cosmosDb');
    const allowed = await cli([
      'plan',
      '--config',
      off,
      '--env',
      'dev',
      '--observed',
      file,
      '--allow-destroy',
      'cosmosDb',
      '--detailed-exitcode',
    ]);
    expect(allowed.code).toBe(2);
  });

  test('plan: a broken observed file is an error, nothing planned', async () => {
    const file = tmp.write('broken.json', '{"schemaVersion": 2, "resources": {}}');
    const r = await cli(['plan', '--config', config, '--env', 'dev', '--observed', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is not an observed state: schemaVersion must be 1; resources must be a list');
    const notJson = tmp.write('notjson.json', 'nope');
    expect((await cli(['plan', '--config', config, '--env', 'dev', '--observed', notJson])).stderr).toContain(
      'is not valid JSON',
    );
  });

  test('plan: two runs give byte-identical JSON', async () => {
    const a = await cli([
      'plan',
      '--config',
      config,
      '--env',
      'prod',
      '--target',
      'file',
      '--format',
      'json',
    ]);
    const b = await cli(
      ['plan', '--config', 'aifactory.yaml', '--env', 'prod', '--target', 'file', '--format', 'json'],
      tmp.dir,
    );
    expect(a.stdout).toBe(b.stdout);
  });

  test('graph: mermaid, dot and json', async () => {
    const mermaid = await cli(['graph', '--config', config, '--env', 'dev']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^(flowchart|graph) /);
    const dot = await cli(['graph', '--config', config, '--env', 'dev', '--format', 'dot']);
    expect(dot.stdout).toMatch(/^digraph /);
    const json = JSON.parse(
      (await cli(['graph', '--config', config, '--env', 'dev', '--format', 'json'])).stdout,
    );
    expect(json.nodes.map((n: { id: string }) => n.id)).toContain('cosmosDb');
    expect(json.edges).toContainEqual({ from: 'keyVault', to: 'resourceGroups' });
  });

  test('names: text and json lists of {service, type, name}', async () => {
    const r = await cli(['names', '--config', config, '--env', 'dev', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { service: string; type: string; name: string }[];
    expect(rows.find((x) => x.type === 'Microsoft.KeyVault/vaults')).toEqual({
      service: 'keyVault',
      type: 'Microsoft.KeyVault/vaults',
      name: expect.stringMatching(/^kv-007-/),
    });
    const text = await cli(['names', '--config', config, '--env', 'dev']);
    expect(text.stdout.split('\n')[0]).toMatch(/^SERVICE\s+TYPE\s+NAME$/);
  });

  test('catalog: markdown and json', async () => {
    const md = await cli(['catalog']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('aiSearch');
    const json = JSON.parse((await cli(['catalog', '--format', 'json'])).stdout);
    expect(json.services.length).toBeGreaterThan(10);
  });
});
