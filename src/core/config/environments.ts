// Per-environment views of the config: the flags in force, and picking an environment by name.
import type { Diagnostic, EnvironmentConfig, ProjectConfig } from '../types.js';
import { suggest } from '../suggest.js';

/** Base flags overlaid by the environment's overrides (canonical ids). */
export function environmentFlags(config: ProjectConfig, env: string): Record<string, boolean> {
  return { ...config.flags, ...(config.environments[env]?.flags ?? {}) };
}

/** The environment named `env`, or an error naming the valid choices and the nearest one. */
export function selectEnvironment(
  config: ProjectConfig,
  env: string,
): { environment?: EnvironmentConfig; diagnostics: Diagnostic[] } {
  const environment = config.environments[env];
  if (environment) return { environment, diagnostics: [] };
  const choices = Object.keys(config.environments);
  const guess = suggest(env, choices);
  return {
    diagnostics: [
      {
        severity: 'error',
        code: 'config.unknown-environment',
        message: `unknown environment '${env}': ${config.file} defines ${choices.length === 0 ? 'no environments' : choices.join(', ')}`,
        location: config.locations['environments'],
        hint: `${guess ? `did you mean '${guess}'? ` : ''}valid choices: ${choices.join(', ')}`,
      },
    ],
  };
}
