// Entry of the GitHub Action bundle (dist/action/index.js): wires @actions/core, @actions/github, the
// application layer and the core's renderer into the Action's flow. The engine is imported on first use, so
// the first log line comes before the Azure SDK is loaded. No top-level await: tools may require() it.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { defaultCredential } from '../../azure/credentials.js';
import { renderMarkdown } from '../../core/render/index.js';
import { runAction } from './action.js';

runAction({
  core,
  run: async (options, logger) => (await import('../../app/run.js')).run(options, logger),
  renderMarkdown,
  defaultCredential: () => defaultCredential(process.env),
  getOctokit,
  env: process.env,
}).catch((error: unknown) => {
  core.setFailed(
    `aifactory-flags stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
  );
});
