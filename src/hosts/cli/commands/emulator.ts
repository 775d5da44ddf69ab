// `aifactory emulator`: runs the local ARM emulator until SIGINT/SIGTERM. The URL is the first line on stdout so
// scripts can read it (`url=$(aifactory emulator --port 0 | head -1)`); everything else goes to stderr.
import path from 'node:path';
import type { CliCommand, CliIO, ParsedArgs } from '../command.js';
import {
  DEFAULT_TIME_SCALE,
  StateDirLockedError,
  parseFaults,
  startEmulator,
} from '../../../emulator/index.js';

export const DEFAULT_EMULATOR_PORT = 4780;
export const DEFAULT_STATE_DIR = '.aifactory/local';

function num(args: ParsedArgs, name: string, fallback: number): number {
  const v = args[name];
  if (v === undefined || v === '') return fallback;
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number (got '${String(v)}')`);
  return n;
}

/** Starts the emulator, prints its URL, and serves until `stop` resolves. Returns the exit code. */
export async function serveEmulator(args: ParsedArgs, io: CliIO, stop: Promise<unknown>): Promise<number> {
  let port: number;
  let timeScale: number;
  let seed: number;
  const faults = typeof args.faults === 'string' ? args.faults : undefined;
  try {
    port = num(args, 'port', DEFAULT_EMULATOR_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new Error(`--port must be 0..65535 (got ${port}); 0 picks a free port`);
    timeScale = num(args, 'time-scale', DEFAULT_TIME_SCALE);
    if (timeScale < 0)
      throw new Error(`--time-scale must be ≥ 0 (got ${timeScale}); 0.01 makes a 60 s resource take 0.6 s`);
    seed = num(args, 'seed', 1);
    parseFaults(faults);
  } catch (e) {
    io.stderr(`error: ${(e as Error).message}\n`);
    return 1;
  }
  const stateDir = path.resolve(
    io.cwd,
    typeof args['state-dir'] === 'string' ? args['state-dir'] : DEFAULT_STATE_DIR,
  );
  const host = typeof args.host === 'string' ? args.host : '127.0.0.1';
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({ port, host, stateDir, timeScale, faults, seed });
  } catch (e) {
    const hint = e instanceof StateDirLockedError ? ` (${e.hint})` : '';
    io.stderr(`error: ${(e as Error).message}${hint}\n`);
    return 1;
  }
  io.stdout(`${emulator.url}\n`);
  io.stderr(
    `ARM emulator listening at ${emulator.url} (state ${stateDir}, time scale ${timeScale}${faults ? `, faults ${faults}, seed ${seed}` : ''}).\n` +
      `Use it with: aifactory plan --target local --endpoint ${emulator.url} …   Stop with Ctrl+C.\n`,
  );
  await stop;
  const stats = emulator.stats();
  await emulator.close();
  io.stderr(`ARM emulator stopped after ${stats.requests} requests; state saved in ${stateDir}.\n`);
  return 0;
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export const emulatorCommand: CliCommand = {
  name: 'emulator',
  summary: 'Run the local Azure Resource Manager emulator (for --target local, tests and demos)',
  options: [
    {
      name: 'port',
      kind: 'number',
      description: 'Port to listen on; 0 picks a free one',
      valueName: 'PORT',
      default: DEFAULT_EMULATOR_PORT,
    },
    {
      name: 'host',
      kind: 'string',
      description: 'Address to listen on (keep loopback: any token is accepted)',
      valueName: 'HOST',
      default: '127.0.0.1',
    },
    {
      name: 'state-dir',
      kind: 'string',
      description: 'Directory the emulated Azure state is kept in',
      valueName: 'DIR',
      default: DEFAULT_STATE_DIR,
    },
    {
      name: 'time-scale',
      kind: 'number',
      description: 'Factor on typical provisioning seconds (0.01: a 60 s resource takes 0.6 s)',
      valueName: 'X',
      default: DEFAULT_TIME_SCALE,
    },
    {
      name: 'faults',
      kind: 'string',
      description:
        'Fault injection, e.g. 429=0.1,500=0.05,503=0.05,fail=0.02,drop=0.01,latency=50,retryAfter=0 (fail=1:Microsoft.Search/searchServices limits to a type; reads=1 faults plain reads too)',
      valueName: 'SPEC',
    },
    {
      name: 'seed',
      kind: 'number',
      description: 'Seed of the fault draws (same seed, same faults)',
      valueName: 'N',
      default: 1,
    },
  ],
  run: (args: ParsedArgs, io: CliIO) => serveEmulator(args, io, untilSignal()),
};
