// The shape of one CLI sub-command. Each command lives in its own file under commands/ and is listed in
// commands/index.ts; main.ts parses arguments against `options` and prints `--help` from them.

export interface OptionSpec {
  /** Long name without dashes, e.g. `config`; parsed value is available under the same key. */
  name: string;
  /** 'string' takes a value, 'boolean' is a switch, 'list' takes comma-separated values and may repeat. */
  kind: 'string' | 'boolean' | 'list' | 'number';
  description: string;
  /** Placeholder shown in help, e.g. FILE. */
  valueName?: string;
  default?: string | boolean | number | string[];
  required?: boolean;
  choices?: string[];
}

export type ParsedArgs = Record<string, string | boolean | number | string[] | undefined>;

/** Where a command writes; tests pass buffers, main.ts passes the process's streams. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only on a TTY. */
  color: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  options: OptionSpec[];
  /** Returns the process exit code: 0 success, 1 error or blocked, 2 changes under --detailed-exitcode. */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}
