// The application Logger on a GitHub runner: log groups, annotations, debug lines via @actions/core.
import type { AnnotationProperties } from '@actions/core';
import type { Logger } from '../../app/types.js';
import { pathForAnnotation } from '../shared/locations.js';
import { ReportedMessages } from '../shared/reported.js';

export interface ActionsCore {
  info(message: string): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  debug(message: string): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface ActionsLogger extends Logger {
  /** What was logged, so result diagnostics are not annotated twice. */
  readonly reported: ReportedMessages;
}

export function createActionsLogger(
  core: ActionsCore,
  ctx: { cwd: string; repositoryRoot?: string },
): ActionsLogger {
  const reported = new ReportedMessages();
  let groupOpen = false;
  return {
    reported,
    info(m) {
      reported.add(m);
      core.info(m);
    },
    warn(m) {
      reported.add(m);
      core.warning(m);
    },
    debug: (m) => core.debug(m),
    error(message, location) {
      reported.add(message);
      if (!location) return core.error(message);
      const file = pathForAnnotation(location.file, ctx.cwd, ctx.repositoryRoot);
      core.error(message, { file, startLine: location.line, startColumn: location.column });
    },
    // GitHub log groups do not nest: close an open one before starting the next.
    startGroup(name) {
      if (groupOpen) core.endGroup();
      core.startGroup(name);
      groupOpen = true;
    },
    endGroup() {
      if (!groupOpen) return;
      core.endGroup();
      groupOpen = false;
    },
  };
}
