import { TOOL_VERSION } from '../../src/core/version.js';
import * as core from '@actions/core';
import { ResourceManagementClient } from '@azure/arm-resources';
import { DeploymentsClient } from '@azure/arm-resourcesdeployments';
import { readFileSync } from 'node:fs';

test('ESM modules load and the tool version matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  expect(TOOL_VERSION).toBe(pkg.version);
  expect(typeof core.getInput).toBe('function');
  expect(typeof ResourceManagementClient).toBe('function');
  expect(typeof DeploymentsClient).toBe('function');
});
