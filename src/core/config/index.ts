// The config of one project (aifactory.yaml): parse and validate, and per-environment views.
export { parseConfig } from './parse.js';
export { environmentFlags, selectEnvironment } from './environments.js';
export { formatDiagnostic } from './format.js';
export { servicesOn } from './checks.js';
