// The application Logger on an Azure Pipelines agent: ##[group] sections, issues with source locations.
import type { Logger } from '../../app/types.js';
import { pathForAnnotation } from '../shared/locations.js';
import { ReportedMessages } from '../shared/reported.js';

export interface TaskLogLib {
  debug(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** `tl.logIssue(IssueType.Error, …)` → ##vso[task.logissue type=error;sourcepath=…;linenumber=…;columnnumber=…] */
  logIssue(
    type: 'error' | 'warning',
    message: string,
    sourcePath?: string,
    line?: number,
    column?: number,
  ): void;
}

export interface TaskLogger extends Logger {
  /** What was logged, so result diagnostics are not reported twice. */
  readonly reported: ReportedMessages;
}

export function createTaskLogger(
  lib: TaskLogLib,
  write: (line: string) => void,
  ctx: { cwd: string; sourcesDirectory?: string },
): TaskLogger {
  const reported = new ReportedMessages();
  let groupOpen = false;
  return {
    reported,
    info(m) {
      reported.add(m);
      write(m);
    },
    warn(m) {
      reported.add(m);
      lib.warning(m);
    },
    debug: (m) => lib.debug(m),
    error(message, location) {
      reported.add(message);
      if (!location) return lib.error(message);
      const file = pathForAnnotation(location.file, ctx.cwd, ctx.sourcesDirectory);
      lib.logIssue('error', message, file, location.line, location.column);
    },
    // Sections do not nest in the log viewer: close an open one before the next.
    startGroup(name) {
      if (groupOpen) write('##[endgroup]');
      write(`##[group]${name}`);
      groupOpen = true;
    },
    endGroup() {
      if (!groupOpen) return;
      write('##[endgroup]');
      groupOpen = false;
    },
  };
}
