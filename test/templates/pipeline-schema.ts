// Azure Pipelines YAML is checked against the schema Azure Pipelines' own editor uses. That schema describes
// the YAML after template expansion and knows only in-box tasks, so two adaptations come first: template
// expressions are flattened, and the project's own task AIFactoryFlags@1 is added with its inputs.

type Json = string | Json[] | { [key: string]: Json };

const wholeParameterExpression = /^\$\{\{\s*parameters\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;
const embeddedExpression = /\$\{\{(.*?)\}\}/g;
const parameterReference = /^\s*parameters\.([A-Za-z_][A-Za-z0-9_]*)\s*$/;

function isMapping(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDirectiveKey(key: string): boolean {
  return key.trimStart().startsWith('${{');
}

/** Parameter defaults declared by a template (`parameters:` as a list of { name, default }). */
export function parameterDefaults(document: Json): Map<string, Json> {
  const defaults = new Map<string, Json>();
  if (!isMapping(document) || !Array.isArray(document.parameters)) return defaults;
  for (const parameter of document.parameters) {
    if (isMapping(parameter) && typeof parameter.name === 'string' && 'default' in parameter) {
      defaults.set(parameter.name, parameter.default);
    }
  }
  return defaults;
}

/**
 * Expands what the schema cannot know about: `${{ if/else/each }}:` keys are replaced by their body (merged
 * into the enclosing mapping, or spliced into the enclosing sequence), and a value that is exactly
 * `${{ parameters.x }}` becomes x's declared default, so e.g. `pool: ${{ parameters.pool }}` is checked as the
 * object it expands to. Other whole-value expressions stay as text, which the schema accepts wherever a string
 * goes; expressions embedded in text become a word.
 */
export function flattenTemplateExpressions(node: Json, defaults: Map<string, Json>): Json {
  if (typeof node === 'string') {
    const match = wholeParameterExpression.exec(node.trim());
    if (match) {
      const replacement = defaults.get(match[1]);
      return replacement === undefined ? node : structuredClone(replacement);
    }
    if (node.trim().startsWith('${{') && node.trim().endsWith('}}')) return node;
    // Inside other text (e.g. a job id `plan_${{ env.name }}`) an expression expands to a word: a scalar
    // default where there is one, else a placeholder that is valid wherever an identifier is.
    return node.replace(embeddedExpression, (_whole, expression: string) => {
      const name = parameterReference.exec(expression)?.[1];
      const value = name === undefined ? undefined : defaults.get(name);
      return typeof value === 'string' ? value : 'x';
    });
  }
  if (Array.isArray(node)) {
    const items: Json[] = [];
    for (const item of node) {
      const keys = isMapping(item) ? Object.keys(item) : [];
      if (isMapping(item) && keys.length === 1 && isDirectiveKey(keys[0])) {
        const body = flattenTemplateExpressions(item[keys[0]], defaults);
        if (Array.isArray(body)) items.push(...body);
        else items.push(body);
      } else {
        items.push(flattenTemplateExpressions(item, defaults));
      }
    }
    return items;
  }
  const mapping: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    const flat = flattenTemplateExpressions(value, defaults);
    if (isDirectiveKey(key) && isMapping(flat)) Object.assign(mapping, flat);
    else mapping[key] = flat;
  }
  return mapping;
}

/** The part of a task.json this check reads. */
export interface TaskManifest {
  name: string;
  version: { Major: number | string };
  inputs: {
    name: string;
    type: string;
    required?: boolean;
    visibleRule?: string;
    aliases?: string[];
    options?: Record<string, string>;
  }[];
}

/**
 * The task as the brief fixes it, used until the task helper's task.json lands; when it exists the real
 * manifest is used instead, so a template naming an input the task does not have fails here.
 */
export const briefTaskManifest: TaskManifest = {
  name: 'AIFactoryFlags',
  version: { Major: 1 },
  inputs: [
    {
      name: 'command',
      type: 'pickList',
      required: true,
      options: { validate: 'validate', plan: 'plan', apply: 'apply' },
    },
    {
      name: 'azureSubscription',
      type: 'connectedService:AzureRM',
      aliases: ['ConnectedServiceName'],
      visibleRule: 'command != validate',
    },
    { name: 'configFile', type: 'filePath' },
    { name: 'environment', type: 'string' },
    { name: 'planFile', type: 'filePath' },
    { name: 'allowDestroy', type: 'boolean' },
    { name: 'parallelism', type: 'string' },
    { name: 'whatIf', type: 'boolean' },
    { name: 'failOnChanges', type: 'boolean' },
    { name: 'target', type: 'pickList', options: { azure: 'azure', local: 'local' } },
  ],
};

/** JSON schema of one use of the task in a `steps:` list, in the shape the service schema uses for tasks. */
export function taskStepSchema(manifest: TaskManifest): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const input of manifest.inputs) {
    // YAML is read with the failsafe schema, so every value is text; a template expression may stand anywhere.
    const schema =
      input.type === 'pickList' && input.options
        ? { anyOf: [{ enum: Object.keys(input.options) }, { pattern: '^\\$\\{\\{.*\\}\\}$|^\\$\\(.*\\)$' }] }
        : { type: 'string' };
    for (const name of [input.name, ...(input.aliases ?? [])]) inputs[name] = schema;
  }
  // An input shown only for some commands cannot be required by the schema for all of them.
  const required = manifest.inputs.filter((i) => i.required && !i.visibleRule).map((i) => i.name);
  return {
    properties: {
      task: { pattern: `^${manifest.name}@${manifest.version.Major}$` },
      inputs: { type: 'object', properties: inputs, additionalProperties: false, required },
    },
    required: ['task', 'inputs'],
  };
}

interface ServiceSchema {
  definitions: { task: { properties: { task: { anyOf: unknown[] } }; anyOf: unknown[] } };
}

/** A copy of the service schema that also knows the given task. */
export function schemaWithTask(serviceSchema: unknown, manifest: TaskManifest): unknown {
  const schema = structuredClone(serviceSchema) as ServiceSchema;
  const reference = `${manifest.name}@${manifest.version.Major}`;
  schema.definitions.task.properties.task.anyOf.push({ description: 'AI Factory flags', enum: [reference] });
  schema.definitions.task.anyOf.push(taskStepSchema(manifest));
  return schema;
}
