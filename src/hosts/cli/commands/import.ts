// `aifactory import`: today's variables.yaml (Azure DevOps) or .env (GitHub) → aifactory.yaml, plus a report
// of every setting not carried over and why.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '../../../core/catalog/index.js';
import { formatDiagnostic, parseConfig } from '../../../core/config/index.js';
import { importEnv, importVariables } from '../../../core/import/index.js';
import type { CliCommand, CliIO } from '../command.js';
import { inCwd, str } from '../common.js';

/** By name first (variables*.yml, *.env, .env.template), then by content (`variables:` at the top). */
export function detectFormat(file: string, text: string): 'ado' | 'env' {
  const name = path.basename(file).toLowerCase();
  if (/\.ya?ml$/.test(name)) return 'ado';
  if (name.startsWith('.env') || name.endsWith('.env') || name.includes('env.template')) return 'env';
  return /^variables\s*:/m.test(text) ? 'ado' : 'env';
}

function fail(io: CliIO, message: string): number {
  io.stderr(`error: ${message}\n`);
  return 1;
}

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    "Write aifactory.yaml from today's variables.yaml or .env, with a report of what was not carried over",
  options: [
    {
      name: 'from',
      kind: 'string',
      valueName: 'FILE',
      required: true,
      description: "Today's Azure DevOps variables.yaml or GitHub .env file",
    },
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE',
      default: 'aifactory.yaml',
      description: 'Where to write',
    },
    {
      name: 'format',
      kind: 'string',
      choices: ['ado', 'env', 'auto'],
      default: 'auto',
      description: 'ado: variables.yaml; env: .env; auto: by file name, then content',
    },
    { name: 'force', kind: 'boolean', description: 'Overwrite --out when it exists' },
  ],
  async run(args, io) {
    const from = str(args, 'from');
    if (!from) return fail(io, 'missing --from FILE (the variables.yaml or .env to import)');
    const out = str(args, 'out') ?? 'aifactory.yaml';
    const fromPath = inCwd(io, from);
    const outPath = inCwd(io, out);
    if (!existsSync(fromPath)) return fail(io, `${from}: no such file`);
    if (existsSync(outPath) && args.force !== true) {
      return fail(io, `${out} exists; refusing to overwrite it (pass --force, or choose another --out)`);
    }
    const text = readFileSync(fromPath, 'utf8');
    const requested = str(args, 'format') ?? 'auto';
    const format = requested === 'auto' ? detectFormat(from, text) : requested;
    const result = format === 'ado' ? importVariables(text, from, catalog) : importEnv(text, from, catalog);

    for (const d of result.report) io.stderr(`${formatDiagnostic(d)}\n`);
    const count = (s: string) => result.report.filter((d) => d.severity === s).length;
    const errors = count('error');
    if (result.yaml === '')
      return fail(
        io,
        `${from} could not be read as ${format === 'ado' ? 'an Azure DevOps variables file' : 'a .env file'}; nothing written`,
      );

    writeFileSync(outPath, result.yaml);
    const notCarried = result.report.filter((d) => d.code === 'import.not-carried').length;
    io.stdout(
      `wrote ${out} from ${from} (${format === 'ado' ? 'Azure DevOps variables' : '.env'}): ${notCarried} settings not carried over, ${count('warning')} warnings, ${errors} errors\n`,
    );
    if (errors > 0) {
      io.stdout(
        `fix the ${errors} error(s) above: each "<todo>" in ${out} marks one; then run aifactory validate --config ${out}\n`,
      );
      return 1;
    }
    // The import must always produce a valid file; say so loudly if it did not.
    const check = parseConfig(result.yaml, out, catalog).diagnostics.filter((d) => d.severity === 'error');
    for (const d of check) io.stderr(`${formatDiagnostic(d)}\n`);
    if (check.length > 0) return 1;
    io.stdout(`${out} validates; next: aifactory plan --config ${out} --env dev\n`);
    return 0;
  },
};
