// Every way aifactory.yaml can be wrong: each finding says what, where (line:column) and what to do.
import { VALID, errorsOf, onlyError, parse } from './helpers.js';

/** VALID with one text replaced (fails loudly when the text is not there). */
function edit(from: string, to: string, text = VALID): string {
  if (!text.includes(from)) throw new Error(`test input lacks: ${from}`);
  return text.replace(from, to);
}

describe('broken YAML', () => {
  test('a syntax error has the line and column and nothing else is checked', () => {
    const d = onlyError(edit('protect: [azureOpenAI]', 'protect: [azureOpenAI'));
    expect(d.code).toBe('config.yaml-syntax');
    expect(d.message).toMatch(/^YAML syntax error: /);
    expect(d.location).toMatchObject({ file: 'aifactory.yaml', line: 26 });
  });

  test('a tab in the indentation', () => {
    const d = onlyError(edit('  mode: standalone', '\tmode: standalone'));
    expect(d.code).toBe('config.yaml-syntax');
    expect(d.location?.line).toBe(10);
  });

  test('an empty file', () => {
    const d = onlyError('# nothing here\n');
    expect(d).toMatchObject({ code: 'config.empty', message: 'the file is empty' });
  });

  test('not a mapping at the top', () => {
    const d = onlyError('- a\n- b\n');
    expect(d.code).toBe('config.wrong-type');
    expect(d.message).toBe('the file must be a mapping of keys, found a list');
  });
});

describe('unknown and duplicate keys', () => {
  test('unknown top-level key: did you mean, and the valid keys', () => {
    const d = onlyError(edit('protect:', 'protekt:'));
    expect(d.code).toBe('config.unknown-key');
    expect(d.message).toBe("unknown key 'protekt' in the top level");
    expect(d.location).toEqual({ file: 'aifactory.yaml', line: 25, column: 1 });
    expect(d.hint).toBe(
      "did you mean 'protect'? valid keys: version, architecture, project, network, environments, flags, diagnostics, protect, services",
    );
  });

  test('unknown key in an environment, and the required key it was meant to be', () => {
    const r = parse(edit('    addressSpace: 172.17.0.0/22', '    adressSpace: 172.17.0.0/22'));
    const errors = errorsOf(r);
    expect(errors.map((e) => e.code)).toEqual(['config.unknown-key', 'config.missing-key']);
    expect(errors[0].hint).toMatch(/^did you mean 'addressSpace'\? valid keys: subscriptionId, tenantId/);
    expect(errors[0].location).toMatchObject({ line: 17, column: 5 });
    expect(errors[1].message).toBe("environments.stage is missing the required key 'addressSpace'");
    expect(errors[1].location).toMatchObject({ line: 15, column: 3 });
  });

  test('duplicate top-level key names the first line', () => {
    const d = onlyError(VALID + 'version: 1\n');
    expect(d).toMatchObject({ code: 'config.duplicate-key', location: { line: 26, column: 1 } });
    expect(d.message).toBe("duplicate key 'version' in the file; first set at line 1");
  });

  test('duplicate environment', () => {
    const d = onlyError(
      edit(
        '  prod:\n',
        '  dev:\n    subscriptionId: 44444444-4444-4444-4444-444444444444\n    addressSpace: 172.19.0.0/22\n  prod:\n',
      ),
    );
    expect(d.code).toBe('config.duplicate-key');
    expect(d.message).toBe("duplicate key 'dev' in environments; first set at line 12");
  });

  test('the same flag twice, once by its id and once by today’s name', () => {
    const d = onlyError(edit('  cosmosDb: false\n', '  cosmosDb: false\n  ENABLE_COSMOS_DB: "false"\n'));
    expect(d.code).toBe('flags.duplicate');
    expect(d.message).toBe(
      "'ENABLE_COSMOS_DB' sets the flag 'cosmosDb' a second time in flags (first as 'cosmosDb' at line 24)",
    );
    expect(d.location).toMatchObject({ line: 25, column: 3 });
  });
});

describe('missing required keys', () => {
  test('no environments', () => {
    const d = onlyError('version: 1\nproject: { number: 1, prefix: acme, location: swedencentral }\n');
    expect(d).toMatchObject({ code: 'config.missing-key', location: { line: 1, column: 1 } });
    expect(d.message).toBe("the file is missing the required key 'environments'");
  });

  test('empty environments', () => {
    const d = onlyError(
      'version: 1\nproject: { number: 1, prefix: acme, location: swedencentral }\nenvironments: {}\n',
    );
    expect(d.message).toBe('environments must have at least 1 entry');
    expect(d.location).toMatchObject({ line: 3, column: 1 });
  });

  test('project without prefix', () => {
    const d = onlyError(edit('  prefix: acme\n', ''));
    expect(d.message).toBe("project is missing the required key 'prefix'");
    expect(d.location).toMatchObject({ line: 3, column: 1 });
  });

  test('environment without subscription', () => {
    const d = onlyError(edit('    subscriptionId: 11111111-1111-1111-1111-111111111111\n', ''));
    expect(d.message).toBe("environments.dev is missing the required key 'subscriptionId'");
  });
});

describe('wrong types and values', () => {
  test('unsupported version', () => {
    const d = onlyError(edit('version: 1', 'version: 2'));
    expect(d).toMatchObject({ code: 'config.unsupported-version', location: { line: 1, column: 10 } });
    expect(d.message).toBe('version 2 is not supported; this version of aifactory-flags reads version 1');
  });

  test('a number where a mapping belongs', () => {
    const d = onlyError(edit('network:\n  mode: standalone', 'network: 5'));
    expect(d.message).toBe('network must be a mapping of keys, found the number 5');
    expect(d.location).toMatchObject({ line: 9, column: 10 });
  });

  test('project number as text', () => {
    const d = onlyError(edit('  number: 1', '  number: "001"'));
    expect(d.message).toBe("project.number must be a whole number, found the text '001'");
    expect(d.hint).toBe('write the number without quotes');
  });

  test('project number out of range', () => {
    const d = onlyError(edit('  number: 1', '  number: 1000'));
    expect(d.message).toBe('project.number is 1000, which is out of range: it must be from 1 to 999');
  });

  test('scale set written as a number', () => {
    const d = onlyError(edit('  scaleSet: "001"', '  scaleSet: 001'));
    expect(d.message).toBe('project.scaleSet must be text, found the number 1');
    expect(d.hint).toBe('quote it: scaleSet: "001" (YAML reads 001 as the number 1)');
  });

  test('architecture not one of the choices', () => {
    const d = onlyError(edit('architecture: genai-1', 'architecture: genai1'));
    expect(d.code).toBe('config.bad-value');
    expect(d.hint).toBe("did you mean 'genai-1'? valid choices: genai-1, esml");
    expect(d.location).toMatchObject({ line: 2, column: 15 });
  });

  test('network mode not one of the choices', () => {
    const d = onlyError(edit('mode: standalone', 'mode: hubspoke'));
    expect(d.hint).toBe("did you mean 'hub-spoke'? valid choices: standalone, hub-spoke, vwan, hybrid");
  });

  test('prefix with capitals and a hyphen', () => {
    const d = onlyError(edit('prefix: acme', 'prefix: ACME-ai'));
    expect(d.message).toBe(
      "project.prefix is 'ACME-ai', which is not 2 to 6 lower-case letters or digits, starting with a letter",
    );
  });

  test('environment name that cannot go into resource names', () => {
    const d = onlyError(edit('  stage:', '  Stage-1:'));
    expect(d.code).toBe('config.bad-name');
    expect(d.location).toMatchObject({ line: 15, column: 3 });
  });

  test('invalid subscription id', () => {
    const d = onlyError(edit('11111111-1111-1111-1111-111111111111', '1111-2222'));
    expect(d.message).toBe(
      "environments.dev.subscriptionId is '1111-2222', which is not a GUID such as 11111111-2222-3333-4444-555555555555",
    );
    expect(d.location).toMatchObject({ line: 13, column: 21 });
  });

  test('tag value that is a number', () => {
    const d = onlyError(edit('costCenter: "4711"', 'costCenter: 4711'));
    expect(d.hint).toBe('quote tag values, e.g. "4711"');
  });

  test('protect as a single name rather than a list', () => {
    const d = onlyError(edit('protect: [azureOpenAI]', 'protect: azureOpenAI'));
    expect(d.message).toBe("protect must be a list, found the text 'azureOpenAI'");
  });

  test('a list item twice', () => {
    const d = onlyError(edit('protect: [azureOpenAI]', 'protect: [azureOpenAI, azureOpenAI]'));
    expect(d.code).toBe('config.duplicate-item');
    expect(d.location).toMatchObject({ line: 25, column: 24 });
  });
});

describe('address spaces', () => {
  test.each([
    ['172.16.0.0/33', 'has a prefix length above 32', 'write an IPv4 range such as 172.16.0.0/22'],
    ['172.316.0.0/22', 'has an address part above 255', 'write an IPv4 range such as 172.16.0.0/22'],
    [
      '172.16.0.1/22',
      'has host bits set (the address is not the start of its range)',
      'did you mean 172.16.0.0/22?',
    ],
    [
      '172.16.0.0/30',
      'has the prefix length /30; a VNet address space must be /8 to /29',
      'write an IPv4 range such as 172.16.0.0/22',
    ],
  ])('%s: %s', (cidr, why, hint) => {
    const d = onlyError(edit('addressSpace: 172.16.0.0/22', `addressSpace: ${cidr}`));
    expect(d).toMatchObject({ code: 'config.bad-cidr', location: { line: 14, column: 19 }, hint });
    expect(d.message).toBe(`environments.dev.addressSpace '${cidr}' ${why}`);
  });

  test('not CIDR at all', () => {
    const d = onlyError(edit('addressSpace: 172.16.0.0/22', 'addressSpace: big'));
    expect(d.message).toBe(
      "environments.dev.addressSpace is 'big', which is not an IPv4 CIDR such as 172.16.0.0/22",
    );
  });

  test('overlapping environments', () => {
    const d = onlyError(edit('addressSpace: 172.17.0.0/22', 'addressSpace: 172.16.0.0/16'));
    expect(d.code).toBe('network.overlap');
    expect(d.message).toBe(
      'environments.stage.addressSpace 172.16.0.0/16 overlaps environments.dev.addressSpace 172.16.0.0/22 (line 14)',
    );
    expect(d.location).toMatchObject({ line: 17, column: 5 });
  });

  test('class A range where the Foundry account injects its agents, in a region without class A support: an error at the range', () => {
    const text = edit('location: swedencentral', 'location: norwayeast');
    const r = parse(edit('addressSpace: 172.16.0.0/22', 'addressSpace: 10.1.0.0/22', text));
    const errors = errorsOf(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      severity: 'error',
      code: 'network.class-a-injection',
      message:
        'environments.dev.addressSpace 10.1.0.0/22 is a class A range (10.0.0.0/8), which Foundry agent subnet injection does not support in norwayeast: aiFoundry (account → subnet aca2)',
      location: { file: 'aifactory.yaml', line: 14, column: 5 },
    });
    expect(errors[0].hint).toMatch(
      /^use a range in 172\.16\.0\.0\/12 or 192\.168\.0\.0\/16 \(supported in every region\); class A works only in australiaeast, .*swedencentral/,
    );
    expect(r.config).toBeUndefined();
  });

  test('the check follows the data: aiFoundry injects whether or not the capability host is on', () => {
    const text = edit('location: swedencentral', 'location: norwayeast');
    const withHost = edit('  azureOpenAI: true', '  foundryCapabilityHost: true', text);
    const r = parse(edit('addressSpace: 172.16.0.0/22', 'addressSpace: 10.1.0.0/22', withHost));
    expect(errorsOf(r).map((d) => d.code)).toEqual(['network.class-a-injection']);
    // An environment in another region is judged by its own location.
    const elsewhere = edit(
      '    addressSpace: 172.16.0.0/22',
      '    addressSpace: 10.1.0.0/22\n    location: swedencentral',
      text,
    );
    expect(errorsOf(parse(elsewhere))).toEqual([]);
  });

  test('class A range in a region where Microsoft supports class A agent subnets is fine', () => {
    const r = parse(edit('addressSpace: 172.16.0.0/22', 'addressSpace: 10.1.0.0/22'));
    expect(r.diagnostics).toEqual([]);
  });

  test('class A range without any injection is fine (ESML has no Foundry account)', () => {
    const text = edit(
      'architecture: genai-1',
      'architecture: esml',
      edit('location: swedencentral', 'location: norwayeast'),
    );
    const r = parse(edit('addressSpace: 172.16.0.0/22', 'addressSpace: 10.1.0.0/22', text));
    expect(errorsOf(r)).toEqual([]);
  });
});

describe('regions', () => {
  test('a misspelt region', () => {
    const d = onlyError(edit('location: swedencentral', 'location: swedencentrall'));
    expect(d).toMatchObject({ code: 'config.unknown-region', location: { line: 7, column: 13 } });
    expect(d.hint).toBe("did you mean 'swedencentral'? run `aifactory catalog` for the list of regions");
  });

  test('a display name instead of the region name', () => {
    const d = onlyError(edit('location: swedencentral', 'location: Sweden Central'));
    expect(d.hint).toMatch(/^did you mean 'swedencentral'\?/);
  });

  test('an environment region override is checked too', () => {
    const d = onlyError(
      edit('    addressSpace: 172.18.0.0/22\n', '    addressSpace: 172.18.0.0/22\n    location: westeurop\n'),
    );
    expect(d.message).toBe("environments.prod.location 'westeurop' is not an Azure region the catalog knows");
  });
});

describe('flags', () => {
  test('unknown flag: did you mean, and where to find the list', () => {
    const d = onlyError(edit('  azureOpenAI: true', '  azureOpenAl: true'));
    expect(d).toMatchObject({ code: 'flags.unknown', location: { line: 23, column: 3 } });
    expect(d.message).toBe("unknown flag 'azureOpenAl' in flags: no service has this name");
    expect(d.hint).toBe(
      "did you mean 'azureOpenAI'? run `aifactory catalog` for the list of services and their flag names",
    );
  });

  test('a misspelt name of today’s pipelines suggests the canonical id', () => {
    const d = onlyError(edit('  azureOpenAI: true', '  enableCosmoDB: true'));
    expect(d.hint).toMatch(/^did you mean 'cosmosDb'\?/);
  });

  test('today’s names and text values are accepted with a note that suggests the canonical spelling', () => {
    const r = parse(
      edit(
        '  azureOpenAI: true\n  cosmosDb: false\n',
        '  enableAzureOpenAI: "True"\n  ENABLE_COSMOS_DB: FALSE\n  aks: "false"\n',
      ),
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.config!.flags).toEqual({ azureOpenAI: true, cosmosDb: false, aks: false });
    const notes = r.diagnostics.filter((d) => d.code === 'flags.legacy-spelling');
    expect(notes.map((n) => [n.severity, n.message, n.hint, n.location?.line])).toEqual([
      [
        'note',
        "'enableAzureOpenAI' is today's pipeline name of the flag 'azureOpenAI'; the value is the text \"True\", not a boolean",
        'write azureOpenAI: true',
        23,
      ],
      [
        'note',
        "'ENABLE_COSMOS_DB' is today's pipeline name of the flag 'cosmosDb'",
        'write cosmosDb: false',
        24,
      ],
      ['note', 'the value is the text "false", not a boolean', 'write aks: false', 25],
    ]);
    expect(r.config!.locations['flags.azureOpenAI']).toMatchObject({ line: 23 });
  });

  test('a flag value that is neither true nor false', () => {
    const d = onlyError(edit('  azureOpenAI: true', '  azureOpenAI: yes'));
    expect(d).toMatchObject({ code: 'flags.bad-value', location: { line: 23, column: 16 } });
    expect(d.message).toBe("flag 'azureOpenAI' must be true or false, found the text 'yes'");
  });

  test('flags must be a mapping', () => {
    const d = onlyError(edit('flags:\n  azureOpenAI: true\n  cosmosDb: false\n', 'flags: [azureOpenAI]\n'));
    expect(d.message).toBe('flags must be a mapping of service ids to true or false, found a list');
  });

  test('a baseline service cannot be switched off', () => {
    const d = onlyError(edit('  cosmosDb: false', '  aiSearch: false'));
    expect(d).toMatchObject({ code: 'flags.baseline-off', location: { line: 24, column: 3 } });
    expect(d.message).toBe(
      'aiSearch is a baseline service of genai-1 and cannot be switched off (in every environment)',
    );
  });

  test('requires violation names both services, at the flag’s line', () => {
    const d = onlyError(edit('  cosmosDb: false', '  aksForAzureML: true'));
    expect(d).toMatchObject({ code: 'flags.requires', location: { line: 24, column: 3 } });
    expect(d.message).toBe('aksForAzureML requires azureML, which is not on (in every environment)');
    expect(d.hint).toBe('set azureML: true, or switch aksForAzureML off');
  });

  test('requires violation in one environment only, where the requirement is switched off', () => {
    const text = edit(
      '  cosmosDb: false',
      '  aksForAzureML: true\n  azureML: true',
      edit('flags: { aks: true }', 'flags: { azureML: false }'),
    );
    const d = onlyError(text);
    expect(d.message).toBe('aksForAzureML requires azureML, which is switched off (in environment prod)');
    expect(d.location).toMatchObject({ line: 24 });
  });

  test('requires met by the architecture’s baseline', () => {
    const r = parse(
      edit('architecture: genai-1', 'architecture: esml', edit('  cosmosDb: false', '  aksForAzureML: true')),
    );
    expect(errorsOf(r)).toEqual([]);
  });

  test('switching off what another service implies is a warning', () => {
    const r = parse(edit('  azureOpenAI: true', '  foundryCapabilityHost: true'));
    expect(errorsOf(r)).toEqual([]);
    const w = r.diagnostics.find((d) => d.code === 'flags.implied-off');
    expect(w).toMatchObject({ severity: 'warning', location: { line: 24, column: 3 } });
    expect(w!.message).toBe(
      'cosmosDb: false has no effect: foundryCapabilityHost implies cosmosDb (in every environment)',
    );
  });

  test('a service not available in the network mode', () => {
    const text = edit(
      'mode: standalone',
      'mode: hybrid',
      edit('  azureOpenAI: true', '  bastion: true'),
    ).replace(
      /addressSpace: (.*)\n/g,
      'addressSpace: $1\n    network: { vnetResourceGroup: rg, vnetName: vnet }\n',
    );
    expect(errorsOf(parse(text))).toEqual([]);
    const d = onlyError(
      text
        .replace('mode: hybrid', 'mode: vwan')
        .replace(
          /vnetName: vnet/g,
          'vnetName: vnet, dnsZonesSubscriptionId: 55555555-5555-5555-5555-555555555555, dnsZonesResourceGroup: dns',
        ),
    );
    expect(d.code).toBe('flags.mode');
    expect(d.message).toBe(
      'bastion is not available in network mode vwan (only standalone, hybrid) (in every environment)',
    );
  });

  test('a service on without an option it requires', () => {
    const d = onlyError(edit('  azureOpenAI: true', '  elastic: true'));
    expect(d).toMatchObject({ code: 'config.missing-option', location: { line: 23, column: 3 } });
    expect(d.message).toBe('elastic needs services.elastic.emailAddress (in every environment)');
    expect(d.hint).toBe('Elastic Cloud account email.');
    const ok = parse(
      edit('  azureOpenAI: true', '  elastic: true') + 'services:\n  elastic: { emailAddress: a@b.c }\n',
    );
    expect(errorsOf(ok)).toEqual([]);
  });
});

describe('protect, allowDestroy, personas', () => {
  test('protect takes service ids only', () => {
    const d = onlyError(edit('protect: [azureOpenAI]', 'protect: [azureOpenAI, enableCosmosDB]'));
    expect(d).toMatchObject({ code: 'config.unknown-service', location: { line: 25, column: 24 } });
    expect(d.hint).toBe("did you mean 'cosmosDb'? run `aifactory catalog` for the list of services");
  });

  test('allowDestroy takes service ids or all', () => {
    const ok = parse(
      edit('    flags: { aks: true }', '    flags: { aks: true }\n    allowDestroy: [all, cosmosDb]'),
    );
    expect(ok.config!.environments.prod.allowDestroy).toEqual(['all', 'cosmosDb']);
    const d = onlyError(
      edit('    flags: { aks: true }', '    flags: { aks: true }\n    allowDestroy: [everything]'),
    );
    expect(d.hint).toBe("use a service id or 'all'; run `aifactory catalog` for the list of services");
  });

  test('personas: known names, object ids', () => {
    const good = edit(
      '    flags: { aks: true }',
      '    flags: { aks: true }\n    personas:\n      dataScientists: [aaaaaaaa-1111-2222-3333-444444444444]',
    );
    expect(parse(good).config!.environments.prod.personas).toEqual({
      dataScientists: ['aaaaaaaa-1111-2222-3333-444444444444'],
    });
    const d = onlyError(good.replace('dataScientists', 'dataScientist'));
    expect(d).toMatchObject({ code: 'config.unknown-persona', location: { line: 23, column: 7 } });
    expect(d.hint).toBe("did you mean 'dataScientists'? valid personas: dataScientists, developers, readers");
    expect(onlyError(good.replace('aaaaaaaa-1111', 'group-1111')).location).toMatchObject({
      line: 23,
      column: 24,
    });
  });
});

describe('network modes', () => {
  const hub = edit('mode: standalone', 'mode: hub-spoke');

  test('hub-spoke needs the platform VNet and central DNS per environment', () => {
    const r = parse(hub);
    const errors = errorsOf(r);
    expect(errors).toHaveLength(3);
    expect(errors[0].message).toBe(
      'environments.dev needs a network section with vnetResourceGroup, vnetName, dnsZonesSubscriptionId, dnsZonesResourceGroup in network mode hub-spoke',
    );
    expect(errors[0].location).toMatchObject({ line: 12, column: 3 });
  });

  test('a partial network section names what is missing', () => {
    const text = hub.replace(
      /addressSpace: (.*)\n/g,
      'addressSpace: $1\n    network: { vnetResourceGroup: rg-hub, vnetName: vnet-hub, dnsZonesSubscriptionId: 55555555-5555-5555-5555-555555555555, dnsZonesResourceGroup: rg-dns }\n',
    );
    const r = parse(text);
    expect(errorsOf(r)).toEqual([]);
    expect(r.config!.environments.dev.network).toEqual({
      vnetResourceGroup: 'rg-hub',
      vnetName: 'vnet-hub',
      dnsZonesSubscriptionId: '55555555-5555-5555-5555-555555555555',
      dnsZonesResourceGroup: 'rg-dns',
    });
    const partial = text.replace(', dnsZonesResourceGroup: rg-dns', '');
    const errors = errorsOf(parse(partial));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'environments.dev needs environments.dev.network with dnsZonesResourceGroup in network mode hub-spoke',
    );
  });

  test('standalone ignores a network section with a warning', () => {
    const r = parse(
      edit(
        '    addressSpace: 172.16.0.0/22\n',
        '    addressSpace: 172.16.0.0/22\n    network: { vnetName: x }\n',
      ),
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'config.unused-network' });
    expect(r.config!.environments.dev.network).toBeUndefined();
  });
});

describe('service options', () => {
  const withServices = (s: string) => VALID + 'services:\n' + s;

  test('Foundry deployments: the flat form, with defaults, becomes the shape the catalog reads', () => {
    const r = parse(
      withServices(
        '  aiFoundry:\n    deployments:\n      - { name: chat, model: gpt-4o, version: "2024-11-20", sku: GlobalStandard, capacity: 30 }\n      - { name: embed, model: text-embedding-3-large, version: "1" }\n',
      ),
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.config!.services.aiFoundry.deployments).toEqual([
      {
        name: 'chat',
        model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-11-20' },
        sku: { name: 'GlobalStandard', capacity: 30 },
      },
      {
        name: 'embed',
        model: { format: 'OpenAI', name: 'text-embedding-3-large', version: '1' },
        sku: { name: 'Standard', capacity: 10 },
      },
    ]);
  });

  test('deployment without a version, with a misspelt sku, with a duplicate name', () => {
    const r = parse(
      withServices(
        '  aiFoundry:\n    deployments:\n      - { name: chat, model: m }\n      - { name: a, model: m, version: "1", sku: GlobalStandart }\n      - { name: a, model: m, version: "1" }\n',
      ),
    );
    const errors = errorsOf(r);
    expect(errors.map((e) => [e.code, e.location?.line])).toEqual([
      ['config.missing-key', 29],
      ['config.bad-value', 30],
      ['config.duplicate-item', 31],
    ]);
    expect(errors[0].message).toBe("services.aiFoundry.deployments.0 is missing the required key 'version'");
    expect(errors[1].hint).toMatch(/^did you mean 'GlobalStandard'\?/);
  });

  test('a version that is a placeholder', () => {
    const d = onlyError(
      withServices('  aiFoundry:\n    deployments: [{ name: a, model: m, version: "<todo>" }]\n'),
    );
    expect(d.message).toBe(
      `services.aiFoundry.deployments.0.version is '<todo>', which is not a model version such as "2024-11-20"`,
    );
  });

  test('unknown option of a service with a schema', () => {
    const d = onlyError(withServices('  aiFoundry: { deploymnets: [] }\n'));
    expect(d.hint).toBe("did you mean 'deployments'? valid keys: deployments");
    expect(d.location).toMatchObject({ line: 27, column: 16 });
  });

  test('catalog options: choices and types', () => {
    const d = onlyError(withServices('  aiSearch: { sku: standart }\n'));
    expect(d.message).toBe("services.aiSearch.sku is 'standart', which is not one of the choices");
    expect(d.hint).toBe("did you mean 'standard'? valid choices: basic, standard");
    expect(d.location).toMatchObject({ line: 27, column: 20 });
    const t = onlyError(withServices('  aiSearch: { sku: [basic] }\n'));
    expect(t.message).toBe('services.aiSearch.sku must be a string, found a list');
    const ok = parse(withServices('  aiSearch: { sku: standard }\n'));
    expect(ok.config!.services.aiSearch).toEqual({ sku: 'standard', semanticSearch: 'free' });
  });

  test('options a catalog entry reads through {{param:…}}', () => {
    expect(errorsOf(parse(withServices('  redis: { skuName: Premium, capacity: 1 }\n')))).toEqual([]);
    const d = onlyError(withServices('  redis: { skuNam: Premium }\n'));
    expect(d.message).toBe("unknown option 'skuNam' for service redis");
    expect(d.hint).toBe("did you mean 'skuName'? valid options: skuName, capacity");
    const none = onlyError(withServices('  aks: { nodes: 3 }\n'));
    expect(none.hint).toBe('aks takes no options');
  });

  test('options for something that is not a service', () => {
    const d = onlyError(withServices('  cosmos: { api: nosql }\n'));
    expect(d).toMatchObject({ code: 'config.unknown-service', location: { line: 27, column: 3 } });
    expect(d.hint).toMatch(/^did you mean 'cosmosDb'\?/);
  });
});

describe('YAML features', () => {
  test('anchors and aliases are followed', () => {
    const text = edit(
      '  dev:\n    subscriptionId: 11111111-1111-1111-1111-111111111111',
      '  dev:\n    subscriptionId: &sub 11111111-1111-1111-1111-111111111111',
      edit('    subscriptionId: 22222222-2222-2222-2222-222222222222', '    subscriptionId: *sub'),
    );
    const r = parse(text);
    expect(errorsOf(r)).toEqual([]);
    expect(r.config!.environments.stage.subscriptionId).toBe('11111111-1111-1111-1111-111111111111');
  });

  test('several findings are all reported at once', () => {
    const r = parse(edit('version: 1', 'version: 3', edit('prefix: acme', 'prefix: A')));
    expect(errorsOf(r).map((e) => e.location?.line)).toEqual([1, 5]);
  });
});
