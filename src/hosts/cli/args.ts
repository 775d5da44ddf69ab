// Argument parsing against a command's OptionSpec list: `--name value`, `--name=value`, `--flag`,
// `--no-flag`, lists as `a,b` (repeatable). Every mistake is a message that names the option, the valid
// choices and the nearest match.
import { suggest } from '../../core/suggest.js';
import type { CliCommand, OptionSpec, ParsedArgs } from './command.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP_OPTION: OptionSpec = { name: 'help', kind: 'boolean', description: 'Show this help' };

export function parseArgs(command: CliCommand, argv: string[]): ParsedArgs {
  const specs = new Map(command.options.map((o) => [o.name, o]));
  const args: ParsedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === '-h' || token === '--help') {
      args.help = true;
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      throw new UsageError(
        `unexpected argument '${token}' for 'aifactory ${command.name}'; options start with --`,
      );
    }
    const eq = token.indexOf('=');
    let name = eq === -1 ? token.slice(2) : token.slice(2, eq);
    let inline = eq === -1 ? undefined : token.slice(eq + 1);
    let spec = specs.get(name);
    if (
      !spec &&
      name.startsWith('no-') &&
      specs.get(name.slice(3))?.kind === 'boolean' &&
      inline === undefined
    ) {
      name = name.slice(3);
      spec = specs.get(name);
      inline = 'false';
    }
    if (!spec) {
      const guess = suggest(name, [...specs.keys(), 'help']);
      throw new UsageError(
        `unknown option --${name} for 'aifactory ${command.name}'${guess ? `; did you mean --${guess}?` : ''}`,
      );
    }
    if (spec.kind === 'boolean') {
      if (inline === undefined) args[name] = true;
      else if (/^(true|false)$/i.test(inline)) args[name] = inline.toLowerCase() === 'true';
      else throw new UsageError(`--${name} is a switch: use --${name} or --no-${name} (got '${inline}')`);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`--${name} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`);
      }
      value = next;
      i++;
    }
    args[name] = convert(spec, value, args[name]);
  }
  if (args.help) return args;
  for (const spec of command.options) {
    if (args[spec.name] === undefined && spec.default !== undefined) args[spec.name] = spec.default;
    if (args[spec.name] === undefined && spec.required) {
      throw new UsageError(
        `'aifactory ${command.name}' needs --${spec.name}${spec.valueName ? ` ${spec.valueName}` : ''}`,
      );
    }
  }
  return args;
}

function convert(spec: OptionSpec, value: string, previous: ParsedArgs[string]): ParsedArgs[string] {
  if (spec.kind === 'number') {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
      throw new UsageError(`--${spec.name} must be a number (got '${value}')`);
    return n;
  }
  if (spec.kind === 'list') {
    const items = value
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    for (const item of items) checkChoice(spec, item);
    return [...(Array.isArray(previous) ? previous : []), ...items];
  }
  checkChoice(spec, value);
  return value;
}

function checkChoice(spec: OptionSpec, value: string): void {
  if (!spec.choices || spec.choices.includes(value)) return;
  const guess = suggest(value, spec.choices);
  throw new UsageError(
    `--${spec.name} does not accept '${value}'; valid choices: ${spec.choices.join(', ')}${guess ? `; did you mean '${guess}'?` : ''}`,
  );
}

/** `aifactory <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const usage = command.options
    .filter((o) => o.required)
    .map((o) => `--${o.name} ${o.valueName ?? 'VALUE'}`)
    .join(' ');
  const lines = [
    `Usage: aifactory ${command.name}${usage ? ` ${usage}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
  ];
  const label = (o: OptionSpec) =>
    `--${o.name}${o.kind === 'boolean' ? '' : ` ${o.valueName ?? (o.kind === 'list' ? 'A,B' : 'VALUE')}`}`;
  const all = [...command.options, HELP_OPTION];
  const width = Math.max(...all.map((o) => label(o).length)) + 2;
  for (const o of all) {
    const extra: string[] = [];
    if (o.required) extra.push('required');
    if (o.choices) extra.push(`one of: ${o.choices.join(', ')}`);
    if (o.default !== undefined && o.default !== false)
      extra.push(`default: ${Array.isArray(o.default) ? o.default.join(',') : o.default}`);
    lines.push(`  ${label(o).padEnd(width)}${o.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
