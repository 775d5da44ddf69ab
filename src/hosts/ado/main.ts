// Entry of the Azure DevOps task bundle (ado-extension/tasks/AIFactoryFlagsV1/dist/index.js): maps the
// task lib onto the task's flow. No top-level await, so the task lib's test runner can require() it.
import * as tl from 'azure-pipelines-task-lib/task.js';
import { run } from '../../app/run.js';
import { readEnvironmentTarget } from '../shared/environment-target.js';
import type { EndpointReader } from './credential.js';
import { runTask, type TaskLib } from './task.js';

/** Secret parameters are read from the endpoint's JSON, which the task lib does not echo to the debug log. */
const SECRET_PARAMETERS = ['serviceprincipalkey', 'serviceprincipalcertificate', 'accesstoken'];

function authParam(id: string, key: string): string | undefined {
  if (!SECRET_PARAMETERS.includes(key.toLowerCase()))
    return tl.getEndpointAuthorizationParameter(id, key, true);
  const parameters = tl.getEndpointAuthorization(id, true)?.parameters ?? {};
  const match = Object.keys(parameters).find((k) => k.toLowerCase() === key.toLowerCase());
  return match ? parameters[match] : undefined;
}

const endpoint: EndpointReader = {
  scheme: (id) => tl.getEndpointAuthorizationScheme(id, true),
  authParam,
  dataParam: (id, key) => tl.getEndpointDataParameter(id, key, true),
  // Read straight from the environment: tl.getVariable would echo the value to the debug log.
  variable: (name) => (name === 'System.AccessToken' ? process.env.SYSTEM_ACCESSTOKEN : tl.getVariable(name)),
  setSecret: (value) => tl.setSecret(value),
};

const lib: TaskLib = {
  getInput: (name) => tl.getInput(name, false),
  debug: (m) => tl.debug(m),
  warning: (m) => tl.warning(m),
  error: (m) => tl.error(m),
  logIssue: (type, message, file, line, column) =>
    tl.logIssue(type === 'error' ? tl.IssueType.Error : tl.IssueType.Warning, message, file, line, column),
  setVariable: (name, value, secret, isOutput) => tl.setVariable(name, value, secret, isOutput),
  uploadSummary: (path) => tl.uploadSummary(path),
  setResult: (result, message) =>
    result === 'Failed'
      ? tl.setResult(tl.TaskResult.Failed, message)
      : tl.setResult(tl.TaskResult.Succeeded, message),
  endpoint,
};

runTask({
  tl: lib,
  run,
  write: (line) => console.log(line),
  env: process.env,
  cwd: process.cwd(),
  readEnvironment: readEnvironmentTarget,
}).catch((error: unknown) => {
  tl.setResult(
    tl.TaskResult.Failed,
    `aifactory-flags stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
  );
});
