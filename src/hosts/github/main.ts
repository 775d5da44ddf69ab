// Entry of the GitHub Action bundle (dist/action/index.js): wires @actions/core, the application layer, the
// core's renderer and @actions/github into the Action's flow. The engine, the Azure SDK and Octokit load on
// first use, so the first log line comes early (see scripts/bench-action.mjs). No top-level await: tools
// may require() the bundle.
import * as core from '@actions/core';
import { renderMarkdown } from '../../core/render/index.js';
import { readEnvironmentTarget } from '../shared/environment-target.js';
import { lazyCredential } from '../shared/lazy-credential.js';
import { runAction } from './action.js';

runAction({
  core,
  run: async (options, logger) => (await import('../../app/run.js')).run(options, logger),
  renderMarkdown,
  defaultCredential: () =>
    lazyCredential(async () => (await import('../../azure/credentials.js')).defaultCredential(process.env)),
  getOctokit: async (token, options) => (await import('@actions/github')).getOctokit(token, options),
  env: process.env,
  readEnvironment: readEnvironmentTarget,
}).catch((error: unknown) => {
  core.setFailed(
    `aifactory-flags stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
  );
});
