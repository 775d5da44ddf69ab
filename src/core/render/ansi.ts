// ANSI colours for terminals; every function is the identity when colour is off, so no escape code leaks into
// logs, files or pipes.
import type { ShownAction } from './common.js';

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  action(kind: ShownAction, s: string): string;
}

const wrap = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;

export function paint(color: boolean): Paint {
  if (!color) {
    const same = (s: string) => s;
    return { bold: same, dim: same, red: same, green: same, yellow: same, cyan: same, action: (_k, s) => s };
  }
  const p = {
    bold: wrap('1'),
    dim: wrap('2'),
    red: wrap('31'),
    green: wrap('32'),
    yellow: wrap('33'),
    cyan: wrap('36'),
  };
  const byAction: Record<ShownAction, (s: string) => string> = {
    create: p.green,
    update: p.yellow,
    delete: p.red,
    noop: p.dim,
    blocked: wrap('1;31'),
    conflict: wrap('1;35'),
  };
  return { ...p, action: (kind, s) => byAction[kind](s) };
}

/** Pads by visible width, ignoring escape codes. */
export function padEnd(s: string, width: number): string {
  const visible = s.replace(/\u001b\[[0-9;]*m/g, '').length;
  return visible >= width ? s : s + ' '.repeat(width - visible);
}
