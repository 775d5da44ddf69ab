// Values the config takes when a key is left out. Documented in docs/config.md; the JSON Schema's
// descriptions name the same defaults.
import type { Architecture, Catalog, NetworkMode } from '../types.js';

export const DEFAULT_ARCHITECTURE: Architecture = 'genai-1';
export const DEFAULT_NETWORK_MODE: NetworkMode = 'standalone';
export const DEFAULT_SCALE_SET = '001';

/** A model deployment's defaults, besides name, model and version which the user gives. */
export const DEFAULT_DEPLOYMENT = { format: 'OpenAI', sku: 'Standard', capacity: 10 };

/** Every catalog option that has a default, so config.services shows what the plan will use. */
export function defaultServiceOptions(catalog: Catalog): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const service of catalog.services) {
    for (const option of service.options ?? []) {
      if (option.default === undefined) continue;
      result[service.id] ??= {};
      result[service.id][option.name] = structuredClone(option.default);
    }
  }
  return result;
}
