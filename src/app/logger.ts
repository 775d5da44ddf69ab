// The CLI's Logger: everything a run reports goes to one stream (stderr), so stdout holds only the output the
// user asked for (a plan in JSON can be piped). Errors and warnings are coloured on a terminal; a group's
// lines are indented under its title, the way a terminal shows what CI folds.
import type { Logger } from './types.js';

export interface ConsoleLoggerOptions {
  write: (text: string) => void;
  color?: boolean;
  /** Show debug lines. */
  verbose?: boolean;
  /** Groups whose lines are not printed (the CLI prints the plan itself, in the format asked for). */
  hideGroups?: string[];
}

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function createConsoleLogger(options: ConsoleLoggerOptions): Logger {
  const color = options.color ?? false;
  const hidden = new Set(options.hideGroups ?? []);
  const groups: string[] = [];
  const quiet = () => groups.some((g) => hidden.has(g));
  const line = (text: string) => {
    if (!quiet()) options.write(`${'  '.repeat(groups.length)}${text}\n`);
  };
  return {
    info: (message) => line(message),
    warn: (message) =>
      line(paint(color, '33', message.startsWith('warning') ? message : `warning: ${message}`)),
    error: (message, location) => {
      const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
      line(paint(color, '31', message.startsWith(where) ? message : `${where}${message}`));
    },
    debug: (message) => {
      if (options.verbose) line(paint(color, '2', message));
    },
    startGroup: (name) => {
      if (!quiet() && !hidden.has(name))
        options.write(`${'  '.repeat(groups.length)}${paint(color, '1', name)}\n`);
      groups.push(name);
    },
    endGroup: () => {
      groups.pop();
    },
  };
}
