// schema/aifactory.schema.json is generated from the parser's spec and the catalog: it must equal the
// generator's output (so editors and the parser agree), and every example must validate against it.
import { Ajv } from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { catalog, findServiceByFlagName } from '../../src/core/catalog/index.js';
import { buildConfigSchema } from '../../src/core/config/json-schema.js';
import { VALID } from './helpers.js';

const schemaUrl = new URL('../../schema/aifactory.schema.json', import.meta.url);
const generated = buildConfigSchema(catalog);
const text = JSON.stringify(generated, null, 2) + '\n';

// Written the way prettier formats JSON, so `npm run format:check` stays clean.
if (process.env.UPDATE_SCHEMA === '1') {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(schemaUrl.pathname)) ?? {};
  writeFileSync(schemaUrl, await prettier.format(text, { ...options, parser: 'json' }));
}

const committed = JSON.parse(readFileSync(schemaUrl, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const validate = ajv.compile(committed);

test('the committed schema is the generator’s output (regenerate: UPDATE_SCHEMA=1 npm test -- test/config/schema)', () => {
  expect(committed).toEqual(generated);
});

test('flags list every catalog service id, for the base and for each environment', () => {
  expect(committed.properties.flags.$ref).toBe('#/definitions/flags');
  expect(committed.properties.environments.additionalProperties.properties.flags.$ref).toBe(
    '#/definitions/flags',
  );
  expect(Object.keys(committed.definitions.flags.properties)).toEqual(catalog.services.map((s) => s.id));
});

describe('flag names: the schema accepts exactly what the parser accepts', () => {
  const doc = parseYaml(VALID);
  const withFlag = (name: string, where: 'base' | 'environment') =>
    where === 'base'
      ? { ...doc, flags: { [name]: true } }
      : {
          ...doc,
          environments: { ...doc.environments, dev: { ...doc.environments.dev, flags: { [name]: true } } },
        };
  const accepted = [
    ...catalog.services.flatMap((s) => [s.id, ...s.aliases]),
    'enable_ai_search',
    'EnableAISearch',
    'AISEARCH',
    'ai-search',
  ];
  const refused = ['azureOpenAl', 'aiSerch', 'enableAISearchX', 'cosmos', 'enable', ''];

  test.each(['base', 'environment'] as const)('%s flags', (where) => {
    for (const name of accepted) {
      expect(findServiceByFlagName(catalog, name)).toBeDefined();
      expect([name, validate(withFlag(name, where))]).toEqual([name, true]);
    }
    for (const name of refused) {
      expect(findServiceByFlagName(catalog, name)).toBeUndefined();
      expect([name, validate(withFlag(name, where))]).toEqual([name, false]);
    }
  });
});

test.each(['genai-1', 'many-addons', 'esml'])(
  'examples/%s/aifactory.yaml validates against the schema',
  (name) => {
    const doc = parseYaml(
      readFileSync(new URL(`../../examples/${name}/aifactory.yaml`, import.meta.url), 'utf8'),
    );
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  },
);

test('today’s flag spellings validate; mistakes the parser rejects are rejected by the schema too', () => {
  const doc = parseYaml(VALID);
  doc.flags = { enableAISearch: 'True', ENABLE_COSMOS_DB: false };
  expect(validate(doc)).toBe(true);
  for (const broken of [
    { ...doc, protekt: [] },
    { ...doc, version: 2 },
    { ...doc, project: { ...doc.project, prefix: 'ACME-ai' } },
    { ...doc, project: { ...doc.project, scaleSet: 1 } },
    { ...doc, network: { mode: 'hubspoke' } },
    { ...doc, flags: { aks: 'yes' } },
    { ...doc, environments: { dev: { addressSpace: '172.16.0.0/22' } } },
    { ...doc, environments: { Dev: doc.environments.dev } },
    { ...doc, services: { aiSearch: { sku: 'free' } } },
    { ...doc, services: { aiFoundry: { deployments: [{ name: 'a', model: 'm' }] } } },
  ]) {
    expect(validate(broken)).toBe(false);
  }
});
