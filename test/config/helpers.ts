// Shared input for the config tests: a valid file, and a way to change one part of it.
import { parseConfig } from '../../src/core/config/index.js';
import type { ConfigResult, Diagnostic } from '../../src/core/types.js';
import { fixtureCatalog } from './fixture-catalog.js';

export const VALID = `version: 1
architecture: genai-1
project:
  number: 1
  prefix: acme
  scaleSet: "001"
  location: swedencentral
  tags: { costCenter: "4711" }
network:
  mode: standalone
environments:
  dev:
    subscriptionId: 11111111-1111-1111-1111-111111111111
    addressSpace: 172.16.0.0/22
  stage:
    subscriptionId: 22222222-2222-2222-2222-222222222222
    addressSpace: 172.17.0.0/22
  prod:
    subscriptionId: 33333333-3333-3333-3333-333333333333
    addressSpace: 172.18.0.0/22
    flags: { aks: true }
flags:
  azureOpenAI: true
  cosmosDb: false
protect: [azureOpenAI]
`;

export function parse(text: string, file = 'aifactory.yaml'): ConfigResult {
  return parseConfig(text, file, fixtureCatalog);
}

export function errorsOf(result: ConfigResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === 'error');
}

/** The one error of `text` (fails when there are none or several). */
export function onlyError(text: string): Diagnostic {
  const result = parse(text);
  const errors = errorsOf(result);
  if (errors.length !== 1) {
    throw new Error(`expected exactly one error, got ${errors.length}:\n${JSON.stringify(errors, null, 2)}`);
  }
  expect(result.config).toBeUndefined();
  return errors[0];
}
