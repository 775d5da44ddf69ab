// The security rules hold for every workflow we ship, and the checker really catches each violation.
import { checkWorkflowSecurity } from './workflow-security.js';
import { readProjectFile, workflowFiles } from './template-files.js';

const checkout = 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0';

function workflow(jobBody: string): string {
  return `on: pull_request\njobs:\n  build:\n${jobBody}`;
}

describe('security rules over the shipped workflows', () => {
  test.each(workflowFiles())('%s has no findings', (file) => {
    expect(checkWorkflowSecurity(readProjectFile(file), file)).toEqual([]);
  });
});

describe('the checker catches each violation (bad samples)', () => {
  test('a job without permissions', () => {
    const text = workflow(`    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`);
    expect(checkWorkflowSecurity(text, 'bad.yml')).toEqual([
      expect.objectContaining({ rule: 'job-permissions', line: 3, column: 3, file: 'bad.yml' }),
    ]);
  });

  test('a reusable-workflow job without permissions', () => {
    const text = `on: push\njobs:\n  call:\n    uses: aifactory-flags/aifactory-flags/.github/workflows/aifactory-plan.yml@v1\n`;
    expect(checkWorkflowSecurity(text, 'bad.yml').map((f) => f.rule)).toEqual(['job-permissions']);
  });

  test.each([
    ['a tag', 'actions/checkout@v5'],
    ['a branch', 'actions/checkout@main'],
    ['a short sha', 'actions/checkout@08c6903'],
    ['no ref at all', 'actions/checkout'],
    ['a third-party reusable workflow by tag', 'someone/else/.github/workflows/x.yml@v2'],
    ['a container by tag', 'docker://alpine:3.20'],
  ])('a third-party action pinned to %s', (_what, uses) => {
    const text = workflow(
      `    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: ${uses}\n`,
    );
    expect(checkWorkflowSecurity(text, 'bad.yml')).toEqual([
      expect.objectContaining({ rule: 'unpinned-action', line: 7, column: 15 }),
    ]);
  });

  test('a pinned action without the version comment', () => {
    const text = workflow(
      `    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8\n`,
    );
    const [finding] = checkWorkflowSecurity(text, 'bad.yml');
    expect(finding).toEqual(expect.objectContaining({ rule: 'unpinned-action' }));
    expect(finding.message).toContain('# vX.Y.Z');
  });

  test.each([
    ['github.event', '${{ github.event.pull_request.title }}'],
    ['github.event (index form)', "${{ github['event'].issue.body }}"],
    ['inputs', '${{ inputs.config }}'],
    ['inputs (index form)', "${{ inputs['config'] }}"],
    ['github.head_ref', '${{ github.head_ref }}'],
  ])('%s inside run:', (_what, expression) => {
    const text = workflow(
      `    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: |\n          echo start\n          echo "${expression}"\n`,
    );
    expect(checkWorkflowSecurity(text, 'bad.yml')).toEqual([
      expect.objectContaining({ rule: 'untrusted-expression-in-run', line: 9, column: 17 }),
    ]);
  });

  test('every violation in one file is reported, not only the first', () => {
    const text = workflow(
      `    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - run: echo "\${{ inputs.a }}" "\${{ github.head_ref }}"\n`,
    );
    expect(checkWorkflowSecurity(text, 'bad.yml').map((f) => f.rule)).toEqual([
      'job-permissions',
      'unpinned-action',
      'untrusted-expression-in-run',
      'untrusted-expression-in-run',
    ]);
  });
});

describe('what the checker accepts (good samples)', () => {
  test('pinned actions, local actions, first-party refs, untrusted values passed through env', () => {
    const text = [
      'on: pull_request',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    permissions:',
      '      contents: read',
      '    steps:',
      `      - uses: ${checkout}`,
      '      - uses: ./.aifactory-flags-action',
      '      - uses: docker://alpine@sha256:' + 'a'.repeat(64),
      '      - env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
      '          NAME: ${{ github.event_name }}',
      '        run: echo "$TITLE ${{ runner.temp }} ${{ github.event_name }}"',
      '  call:',
      '    permissions: {}',
      '    uses: aifactory-flags/aifactory-flags/.github/workflows/aifactory-plan.yml@v1',
      '',
    ].join('\n');
    expect(checkWorkflowSecurity(text, 'good.yml')).toEqual([]);
  });

  test('a repository is first-party only when named so', () => {
    const text = `on: push\njobs:\n  call:\n    permissions: {}\n    uses: acme/aifactory-flags/.github/workflows/aifactory-plan.yml@v1\n`;
    expect(checkWorkflowSecurity(text, 'x.yml')).toHaveLength(1);
    expect(
      checkWorkflowSecurity(text, 'x.yml', { firstPartyRepositories: ['acme/aifactory-flags'] }),
    ).toEqual([]);
  });
});
