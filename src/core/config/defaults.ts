// Values the config takes when a key is left out. Documented in docs/config.md; the JSON Schema's
// descriptions name the same defaults.
import type { Architecture, NetworkMode } from '../types.js';

export const DEFAULT_ARCHITECTURE: Architecture = 'genai-1';
export const DEFAULT_NETWORK_MODE: NetworkMode = 'standalone';
export const DEFAULT_SCALE_SET = '001';

export const DEFAULT_DEPLOYMENT = { format: 'OpenAI', sku: 'Standard', capacity: 10 };

/** Options every config carries, so the catalog's {{param:…}} placeholders always resolve. */
export function defaultServiceOptions(): Record<string, Record<string, unknown>> {
  return {
    aiFoundry: { deployments: [] },
    aiSearch: { sku: 'basic', semanticSearch: 'free' },
    cosmosDb: { api: 'nosql' },
    keyVault: { purgeProtection: false, softDeleteRetentionDays: 90 },
  };
}
