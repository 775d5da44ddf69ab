// What a host needs to know from the config before the run starts: the environment's subscription and tenant.
// The GitHub OIDC login needs a tenant, and both hosts warn when the identity they log in with is set up for
// another subscription than the one the config deploys to. The config is read by the application layer (the
// same parser the run uses); a config with errors gives nothing here, and the run then reports the errors.
import type { RunOptions } from '../../app/types.js';

export interface EnvironmentTarget {
  /** Where the ids come from, for messages: `environments.dev in infra/aifactory.yaml`. */
  where: string;
  subscriptionId: string;
  tenantId?: string;
}

export type EnvironmentReader = (
  configPath: string,
  environment: string,
) => Promise<EnvironmentTarget | undefined>;

/** Reads the environment from the config (relative to the current directory); undefined when it has errors. */
export const readEnvironmentTarget: EnvironmentReader = async (configPath, environment) => {
  const { loadEnvironment } = await import('../../app/run.js');
  const selected = loadEnvironment(configPath, environment).config?.environments[environment];
  if (!selected) return undefined;
  return {
    where: `environments.${environment} in ${configPath}`,
    subscriptionId: selected.subscriptionId,
    ...(selected.tenantId ? { tenantId: selected.tenantId } : {}),
  };
};

/** The environment a plan or apply is about, or undefined when the run reads no Azure (validate). */
export async function environmentOfRun(
  options: RunOptions,
  read: EnvironmentReader,
): Promise<EnvironmentTarget | undefined> {
  if (options.command === 'validate' || !options.environment) return undefined;
  try {
    return await read(options.configPath, options.environment);
  } catch {
    // An unreadable config is the run's to report, with its file and line.
    return undefined;
  }
}

export const sameSubscription = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
