// The `aifactory` command line: picks the sub-command, parses its options, runs it, returns the exit code.
// Everything is written through `io`, so tests run it in-process with buffers.
import { suggest } from '../../core/suggest.js';
import { TOOL_VERSION } from '../../core/version.js';
import { UsageError, commandHelp, parseArgs } from './args.js';
import type { CliCommand, CliIO } from './command.js';
import { commands as registered } from './commands/index.js';

export function generalHelp(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `aifactory ${TOOL_VERSION} — AI Factory feature flags as safe, ordered changes on Azure`,
    '',
    'Usage: aifactory <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run `aifactory <command> --help` for the options of a command.',
    'Exit codes: 0 success, 1 error or blocked plan, 2 changes (plan --detailed-exitcode).',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO, commands: CliCommand[] = registered): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp(commands));
    return 1;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(generalHelp(commands));
    return 0;
  }
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (first === 'help') {
    const target = rest[0] ? commands.find((c) => c.name === rest[0]) : undefined;
    if (rest[0] && !target) return unknownCommand(rest[0], io, commands);
    io.stdout(target ? commandHelp(target) : generalHelp(commands));
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) return unknownCommand(first, io, commands);

  let args;
  try {
    args = parseArgs(command, rest);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\nRun 'aifactory ${command.name} --help' for its options.\n`);
      return 1;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    // A bug or an unexpected failure: one readable line; the stack only when asked for.
    const err = e as Error;
    io.stderr(`error: ${err?.message ?? String(e)}\n`);
    if (process.env.AIFACTORY_DEBUG) io.stderr(`${err?.stack ?? ''}\n`);
    return 1;
  }
}

function unknownCommand(name: string, io: CliIO, commands: CliCommand[]): number {
  const guess = name.startsWith('-')
    ? undefined
    : suggest(
        name,
        commands.map((c) => c.name),
      );
  const what = name.startsWith('-') ? `unknown option ${name}` : `unknown command '${name}'`;
  io.stderr(
    `error: ${what}${guess ? `; did you mean '${guess}'?` : ''}\n` +
      `Commands: ${commands.map((c) => c.name).join(', ')}. Run 'aifactory --help' for more.\n`,
  );
  return 1;
}
