// The JSON Schema (draft-07) of aifactory.yaml for editors, generated from the same spec the parser
// walks and from the catalog (flag names and service options). schema/aifactory.schema.json is this
// function's output; a test fails when the committed file differs.
import type { Catalog, ServiceOption } from '../types.js';
import { catalogOptionNames } from './lookup.js';
import { configSpec, type Spec } from './spec.js';

type JsonSchema = Record<string, unknown>;

const FLAG_VALUE_REF = { $ref: '#/definitions/flagValue' };

export function buildConfigSchema(catalog: Catalog): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'aifactory.yaml',
    ...convert(configSpec, catalog, ''),
    definitions: {
      flags: flagsSchema(catalog),
      flagValue: {
        description:
          'true or false. The text "true"/"false" in any case is accepted (with a note) for files of today\'s pipelines.',
        anyOf: [
          { type: 'boolean' },
          { type: 'string', pattern: '^\\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\\s*$' },
        ],
      },
    },
  };
}

function convert(spec: Spec, catalog: Catalog, path: string): JsonSchema {
  const description = spec.description;
  switch (spec.kind) {
    case 'object': {
      const properties: Record<string, JsonSchema> = {};
      for (const [key, child] of Object.entries(spec.properties)) {
        properties[key] = convert(child, catalog, path === '' ? key : `${path}.${key}`);
      }
      return {
        type: 'object',
        description,
        properties,
        ...(spec.required?.length ? { required: spec.required } : {}),
        additionalProperties: false,
      };
    }
    case 'map': {
      const schema: JsonSchema = { type: 'object', description };
      if (spec.keyPattern) schema.propertyNames = { pattern: spec.keyPattern.regex };
      if (spec.minEntries) schema.minProperties = spec.minEntries;
      if (path === 'services') {
        schema.properties = serviceOptionProperties(catalog, spec.valuesByKey ?? {});
        schema.additionalProperties = false;
      } else {
        schema.additionalProperties = convert(spec.values, catalog, `${path}.*`);
      }
      return schema;
    }
    case 'flags':
      return { $ref: '#/definitions/flags', description };
    case 'string':
      return {
        type: 'string',
        description,
        ...(spec.enum ? { enum: spec.enum } : {}),
        ...(spec.pattern ? { pattern: spec.pattern } : {}),
      };
    case 'integer':
      return {
        type: 'integer',
        description,
        ...(spec.const !== undefined ? { const: spec.const } : {}),
        ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
        ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
      };
    case 'boolean':
      return { type: 'boolean', description };
    case 'array':
      return {
        type: 'array',
        description,
        items: convert(spec.items, catalog, `${path}.*`),
        ...(spec.uniqueItems ? { uniqueItems: true } : {}),
      };
    case 'any':
      return { description };
  }
}

/**
 * Flags: the service ids (completed by editors), and every other spelling the parser accepts — today's names
 * (`enableAISearch`, `ENABLE_AI_SEARCH`) and ids in another case — through one pattern; any other name (a typo
 * such as `azureOpenAl`) is refused, as the parser refuses it.
 */
function flagsSchema(catalog: Catalog): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const service of catalog.services) {
    const baseline = service.baseline.length > 0 ? ` Always on in ${service.baseline.join(', ')}.` : '';
    const aliases = service.aliases.length > 0 ? ` Today's names: ${service.aliases.join(', ')}.` : '';
    properties[service.id] = { ...FLAG_VALUE_REF, description: `${service.title}.${baseline}${aliases}` };
  }
  const spellings = [...new Set(catalog.services.flatMap((s) => [s.id, ...s.aliases]).map(flagKey))].sort();
  return {
    type: 'object',
    properties,
    // The ids themselves are left out of the pattern: they are `properties` (a name in both is a schema mistake).
    patternProperties: {
      [`^(?!(?:${catalog.services.map((s) => s.id).join('|')})$)(?:${spellings.map(anySpelling).join('|')})$`]:
        FLAG_VALUE_REF,
    },
    additionalProperties: false,
  };
}

/** How the parser compares flag names (findServiceByFlagName): without case, '_' and '-'. */
const flagKey = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/** A pattern for every way of writing `key`: each letter in either case, '_' or '-' anywhere between. */
function anySpelling(key: string): string {
  const separators = '[_-]*';
  const chars = [...key].map((c) =>
    /[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return `${separators}${chars.join(separators)}${separators}`;
}

const OPTION_TYPES: Record<ServiceOption['type'], string> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  list: 'array',
  object: 'object',
};

/** services.<id>: the options this file's spec defines, else the options the catalog entry declares and reads. */
function serviceOptionProperties(catalog: Catalog, specs: Record<string, Spec>): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const service of catalog.services) {
    const own = specs[service.id];
    if (own) {
      properties[service.id] = convert(own, catalog, `services.${service.id}`);
      continue;
    }
    const names = catalogOptionNames(service);
    if (names.length === 0) continue;
    const option = (name: string): JsonSchema => {
      const o = service.options?.find((x) => x.name === name);
      if (!o) return { description: `Read by the catalog entry as {{param:${name}}}.` };
      const required = o.required ? ' Required when the service is on.' : '';
      return {
        type: OPTION_TYPES[o.type],
        description: `${o.description}${required}`,
        ...(o.choices ? { enum: o.choices } : {}),
        ...(o.pattern ? { pattern: `^(?:${o.pattern})$` } : {}),
        ...(o.default !== undefined ? { default: o.default } : {}),
      };
    };
    properties[service.id] = {
      type: 'object',
      description: `Options of ${service.title}.`,
      properties: Object.fromEntries(names.map((n) => [n, option(n)])),
      additionalProperties: false,
    };
  }
  return properties;
}
