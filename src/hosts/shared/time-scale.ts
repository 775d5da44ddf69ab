// The local emulator's clock for the hosts. The Action and the task have no input for it on purpose: it only
// matters when trying them out on the emulator (target local), where a pipeline or test sets it for every step
// at once through the environment, as the CLI's --time-scale does for one command.
import type { RunOptions } from '../../app/types.js';

export const TIME_SCALE_VARIABLE = 'AIFACTORY_TIME_SCALE';

export interface TimeScaleReading {
  /** Seconds of emulated work per second the resource would take in Azure; absent means the default. */
  timeScale?: number;
  problem?: string;
}

/**
 * AIFACTORY_TIME_SCALE for target local: a positive number (0.01 makes a 60 s resource take 0.6 s). Other
 * targets ignore it, so a variable left set for a trial never changes a real run.
 */
export function readTimeScale(env: Record<string, string | undefined>, target: string): TimeScaleReading {
  if (target !== 'local') return {};
  const raw = env[TIME_SCALE_VARIABLE]?.trim();
  if (!raw) return {};
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    return {
      problem:
        `Environment variable ${TIME_SCALE_VARIABLE} is '${raw}': use a positive number, e.g. 0.01 (a 60 s ` +
        `resource takes 0.6 s on the local emulator), or unset it for the default.`,
    };
  }
  return { timeScale: value };
}

/** Adds the time scale to options built for target local, or the problem to `problems`. */
export function withTimeScale(
  options: RunOptions,
  env: Record<string, string | undefined>,
  problems: string[],
): RunOptions {
  const reading = readTimeScale(env, options.target);
  if (reading.problem) problems.push(reading.problem);
  return reading.timeScale === undefined ? options : { ...options, timeScale: reading.timeScale };
}
