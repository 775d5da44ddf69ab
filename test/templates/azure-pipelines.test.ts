// Every Azure Pipelines YAML we ship (templates, pipelines, starters) is valid against Azure Pipelines' own
// schema, with the project's task added: a typo in a key, a task input the task does not have, or a wrong
// step shape fails here instead of in a user's first run.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'yaml';
import {
  briefTaskManifest,
  flattenTemplateExpressions,
  parameterDefaults,
  schemaWithTask,
  type TaskManifest,
} from './pipeline-schema.js';
import { azurePipelineFiles, projectRoot, readProjectFile, sharedRoot } from './template-files.js';

type Json = Parameters<typeof flattenTemplateExpressions>[0];

const serviceSchemaPath = path.join(sharedRoot, 'schemas', 'azure-pipelines', 'service-schema.json');
const haveSchema = fs.existsSync(serviceSchemaPath);
if (!haveSchema) {
  console.warn(
    `Skipping the Azure Pipelines schema checks: ${serviceSchemaPath} does not exist (it lies in ../shared in CI).`,
  );
}

/** The real task.json once the task has landed; the brief's input list until then. */
function taskManifest(): { manifest: TaskManifest; source: string } {
  const tasksDir = path.join(projectRoot, 'ado-extension', 'tasks');
  if (fs.existsSync(tasksDir)) {
    for (const folder of fs.readdirSync(tasksDir)) {
      const file = path.join(tasksDir, folder, 'task.json');
      if (!fs.existsSync(file)) continue;
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as TaskManifest;
      if (manifest.name === 'AIFactoryFlags') return { manifest, source: path.relative(projectRoot, file) };
    }
  }
  return { manifest: briefTaskManifest, source: 'the brief' };
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  // anyOf failures list every alternative (every other task name, too); the deepest paths point nearest the
  // mistake.
  const relevant = (errors ?? []).filter(
    (e) => !(e.keyword === 'pattern' && e.instancePath.endsWith('/task')),
  );
  const sorted = [...relevant].sort((a, b) => b.instancePath.length - a.instancePath.length);
  return sorted
    .slice(0, 8)
    .map((e) => `  at ${e.instancePath || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/**
 * The schema types most YAML booleans as strings ('true', 'yes', ...), which the failsafe parse gives; a task
 * step's continueOnError is the one the templates use that it types as a native boolean.
 */
function nativeBooleans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nativeBooleans);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = nativeBooleans(v);
  const flag = out.continueOnError;
  if ('task' in out && (flag === 'true' || flag === 'false')) out.continueOnError = flag === 'true';
  return out;
}

function loadForSchema(text: string): unknown {
  const document = parse(text, { schema: 'failsafe' }) as Json;
  return nativeBooleans(flattenTemplateExpressions(document, parameterDefaults(document)));
}

const files = azurePipelineFiles();
const describeWithSchema = haveSchema ? describe : describe.skip;

test('there are Azure Pipelines templates, pipelines and starters to check', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'pipelines/templates/aifactory-stage.yml',
      'pipelines/templates/aifactory-pr.yml',
      'pipelines/aifactory-promote.yml',
      'pipelines/aifactory-drift.yml',
    ]),
  );
  expect(files.some((f) => f.startsWith('examples/azure-devops/'))).toBe(true);
});

describeWithSchema('Azure Pipelines YAML against service-schema.json', () => {
  let validate: ReturnType<Ajv['compile']>;
  const { manifest, source } = taskManifest();

  beforeAll(() => {
    const serviceSchema = JSON.parse(fs.readFileSync(serviceSchemaPath, 'utf8')) as unknown;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: false });
    validate = ajv.compile(schemaWithTask(serviceSchema, manifest) as object);
  });

  test.each(files)('%s is valid', (file) => {
    const ok = validate(loadForSchema(readProjectFile(file)));
    if (!ok)
      throw new Error(
        `${file} is not valid Azure Pipelines YAML (task inputs from ${source}):\n${describeErrors(validate.errors)}`,
      );
  });

  test('the schema catches a misspelled step key and an unknown task input (negative samples)', () => {
    const misspelledKey = `steps:\n  - task: AIFactoryFlags@1\n    inputz:\n      command: plan\n`;
    const unknownInput = `steps:\n  - task: AIFactoryFlags@1\n    inputs:\n      command: plan\n      configFil: aifactory.yaml\n`;
    const badCommand = `steps:\n  - task: AIFactoryFlags@1\n    inputs:\n      command: destroy\n`;
    const good = `steps:\n  - task: AIFactoryFlags@1\n    inputs:\n      command: plan\n      configFile: aifactory.yaml\n`;
    expect(validate(loadForSchema(misspelledKey))).toBe(false);
    expect(validate(loadForSchema(unknownInput))).toBe(false);
    expect(validate(loadForSchema(badCommand))).toBe(false);
    expect(validate(loadForSchema(good))).toBe(true);
  });

  test('a stage template whose lockBehavior default is not a valid value fails once the default is expanded', () => {
    const text = [
      'parameters:',
      '  - name: lock',
      '    type: string',
      '    default: newestWins',
      'stages:',
      '  - stage: dev',
      '    lockBehavior: ${{ parameters.lock }}',
      '    jobs: []',
      '',
    ].join('\n');
    expect(validate(loadForSchema(text))).toBe(false);
  });
});
