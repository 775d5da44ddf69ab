// What several commands share: the --config/--env options, paths relative to the caller's directory, a logger
// on stderr, and the environment's desired state for the commands that show it without planning.
import path from 'node:path';
import { createConsoleLogger } from '../../app/logger.js';
import { loadEnvironment, report } from '../../app/run.js';
import type { Logger } from '../../app/types.js';
import { catalog } from '../../core/catalog/index.js';
import type { OptionSpec, ParsedArgs, CliIO } from './command.js';

export const configOption: OptionSpec = {
  name: 'config',
  kind: 'string',
  valueName: 'FILE',
  description: 'Path of aifactory.yaml',
  default: 'aifactory.yaml',
};

export const envOption = (required: boolean): OptionSpec => ({
  name: 'env',
  kind: 'string',
  valueName: 'ENV',
  description: required
    ? 'Environment of the config (dev, stage, prod, …)'
    : 'Only this environment (default: all)',
  ...(required ? { required: true } : {}),
});

export const tenantOption: OptionSpec = {
  name: 'tenant-id',
  kind: 'string',
  valueName: 'GUID',
  description: 'Entra tenant for bodies that need it (Key Vault) when the config has none',
};

/** A path as the user typed it, read relative to the caller's directory (tests run with another cwd). */
export function inCwd(io: CliIO, file: string): string {
  if (path.isAbsolute(file) || path.resolve(io.cwd) === process.cwd()) return file;
  return path.join(io.cwd, file);
}

export const str = (args: ParsedArgs, name: string): string | undefined =>
  typeof args[name] === 'string' ? (args[name] as string) : undefined;

export const list = (args: ParsedArgs, name: string): string[] =>
  Array.isArray(args[name]) ? (args[name] as string[]) : [];

export function stderrLogger(io: CliIO, hideGroups: string[] = []): Logger {
  return createConsoleLogger({
    write: io.stderr,
    color: io.color,
    hideGroups,
    verbose: !!process.env.AIFACTORY_DEBUG,
  });
}

/** The config with one environment selected, diagnostics already reported; undefined after an error. */
export function loadForCommand(args: ParsedArgs, io: CliIO, logger: Logger) {
  const env = str(args, 'env')!;
  const loaded = loadEnvironment(inCwd(io, str(args, 'config')!), env, catalog);
  report(logger, loaded.diagnostics);
  return loaded.config ? { config: loaded.config, env } : undefined;
}
