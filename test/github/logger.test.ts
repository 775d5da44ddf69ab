import type { AnnotationProperties } from '@actions/core';
import { annotateDiagnostics } from '../../src/hosts/github/annotations.js';
import { createActionsLogger } from '../../src/hosts/github/logger.js';
import type { Diagnostic } from '../../src/core/types.js';

function recordingCore() {
  const calls: [string, string, AnnotationProperties?][] = [];
  const rec = (kind: string) => (m: string, p?: AnnotationProperties) => void calls.push([kind, m, p]);
  return {
    calls,
    info: rec('info'),
    warning: rec('warning'),
    error: rec('error'),
    notice: rec('notice'),
    debug: rec('debug'),
    startGroup: rec('startGroup'),
    endGroup: () => void calls.push(['endGroup', '']),
  };
}

describe('GitHub logger and annotations', () => {
  test('errors with a location become annotations with a repository-relative path', () => {
    const core = recordingCore();
    const logger = createActionsLogger(core, { cwd: '/repo/infra', repositoryRoot: '/repo' });
    logger.error("unknown flag 'aiSerch'", { file: 'aifactory.yaml', line: 12, column: 5 });
    logger.error('no location');
    expect(core.calls).toEqual([
      ['error', "unknown flag 'aiSerch'", { file: 'infra/aifactory.yaml', startLine: 12, startColumn: 5 }],
      ['error', 'no location', undefined],
    ]);
  });

  test('groups never nest: a new group closes the open one; endGroup without a group is a no-op', () => {
    const core = recordingCore();
    const logger = createActionsLogger(core, { cwd: '/repo' });
    logger.startGroup('keyVault');
    logger.startGroup('storage');
    logger.endGroup();
    logger.endGroup();
    expect(core.calls.map((c) => c[0] + (c[1] ? `:${c[1]}` : ''))).toEqual([
      'startGroup:keyVault',
      'endGroup',
      'startGroup:storage',
      'endGroup',
    ]);
  });

  test('result diagnostics are annotated once: what the run logged is not repeated', () => {
    const core = recordingCore();
    const logger = createActionsLogger(core, { cwd: '/repo', repositoryRoot: '/repo' });
    const already: Diagnostic = {
      severity: 'error',
      code: 'config.unknown-flag',
      message: "unknown flag 'aiSerch'",
      hint: "did you mean 'aiSearch'?",
      location: { file: 'aifactory.yaml', line: 3, column: 3 },
    };
    // The application layer logs `file:line:col: severity: message (hint)`.
    logger.error(`aifactory.yaml:3:3: error: ${already.message} (${already.hint})`, already.location);
    const diagnostics: Diagnostic[] = [
      already,
      {
        severity: 'warning',
        code: 'names.long',
        message: 'long name',
        location: { file: '/repo/aifactory.yaml', line: 9, column: 1 },
      },
      { severity: 'note', code: 'plan.implied', message: 'cosmosDb implied' },
    ];
    const count = annotateDiagnostics(diagnostics, core, {
      cwd: '/repo',
      repositoryRoot: '/repo',
      reported: logger.reported,
    });
    expect(count).toBe(2);
    expect(core.calls.slice(1)).toEqual([
      [
        'warning',
        'long name',
        { title: 'aifactory-flags: names.long', file: 'aifactory.yaml', startLine: 9, startColumn: 1 },
      ],
      ['notice', 'cosmosDb implied', { title: 'aifactory-flags: plan.implied' }],
    ]);
  });
});
