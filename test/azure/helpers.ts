// Shared by the integration tests: an in-process emulator in a temp dir, the example configs, a quiet logger
// that records what it was told, and a plan built from live observation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger, RunOptions } from '../../src/app/types.js';
import { createArmContext, type ArmContext } from '../../src/azure/clients.js';
import { observe } from '../../src/azure/observe.js';
import { catalog } from '../../src/core/catalog/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { buildPlan } from '../../src/core/plan.js';
import { observeScope } from '../../src/core/scope.js';
import type { ProjectConfig } from '../../src/core/types.js';
import { startEmulator } from '../../src/emulator/index.js';
import { catalogApiVersions } from '../../src/app/observe.js';

export const repoRoot = new URL('../../', import.meta.url).pathname;

export function loadExample(name: string, mutate?: (text: string) => string): ProjectConfig {
  const file = path.join(repoRoot, 'examples', name, 'aifactory.yaml');
  const text = readFileSync(file, 'utf8');
  const result = parseConfig(mutate ? mutate(text) : text, file, catalog);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.config || errors.length > 0)
    throw new Error(`example ${name} does not parse: ${JSON.stringify(errors)}`);
  return result.config;
}

/** A small genai-1 project of our own, so these tests do not move with the examples. */
export function testConfigYaml(flags: Record<string, boolean> = {}, extra = ''): string {
  const flagLines = Object.entries(flags)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  return [
    'version: 1',
    'architecture: genai-1',
    'project:',
    '  number: 7',
    '  prefix: tst',
    '  scaleSet: "001"',
    '  location: swedencentral',
    'network:',
    '  mode: standalone',
    'environments:',
    '  dev:',
    '    subscriptionId: 11111111-1111-1111-1111-111111111111',
    '    tenantId: 99999999-9999-4999-8999-999999999999',
    '    addressSpace: 172.16.0.0/22',
    ...(flagLines ? ['flags:', flagLines] : []),
    extra,
  ].join('\n');
}

export function testConfig(flags: Record<string, boolean> = {}, extra = ''): ProjectConfig {
  const result = parseConfig(testConfigYaml(flags, extra), 'aifactory.yaml', catalog);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (!result.config || errors.length > 0)
    throw new Error(`test config does not parse: ${JSON.stringify(errors)}`);
  return result.config;
}

export interface Recorder extends Logger {
  lines: string[];
}

export function recordingLogger(): Recorder {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(m),
    warn: (m) => void lines.push(`warn: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    debug: () => {},
    startGroup: (n) => void lines.push(`[group] ${n}`),
    endGroup: () => void lines.push('[endgroup]'),
  };
}

export interface LabOptions {
  timeScale?: number;
  faults?: string;
  seed?: number;
  subscriptionId?: string;
  maxRetries?: number;
}

export interface Lab {
  url: string;
  stateDir: string;
  /** A scratch directory for config and plan files, removed with the lab. */
  work: string;
  ctx: ArmContext;
  stats(): { requests: number; byOperation: Record<string, number>; faults: Record<string, number> };
  /** Stops the emulator and starts a new one on the same state (e.g. without the faults). */
  restart(opts?: LabOptions): Promise<void>;
  close(): Promise<void>;
}

export async function startLab(first: LabOptions = {}): Promise<Lab> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'aifactory-apply-'));
  const work = mkdtempSync(path.join(os.tmpdir(), 'aifactory-work-'));
  const boot = async (opts: LabOptions) => {
    const emulator = await startEmulator({
      stateDir,
      timeScale: opts.timeScale ?? 0,
      catalog,
      ...(opts.faults ? { faults: opts.faults } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    });
    const ctx = createArmContext({
      target: 'local',
      endpoint: emulator.url,
      subscriptionId: opts.subscriptionId ?? '11111111-1111-1111-1111-111111111111',
      apiVersions: catalogApiVersions(catalog),
      retry: { baseDelayMs: 5, maxDelayMs: 50, attempts: 8 },
      pollIntervalMs: 5,
      ...(opts.maxRetries !== undefined ? { maxRetries: opts.maxRetries } : {}),
    });
    return { emulator, ctx };
  };
  let current = await boot(first);
  const lab: Lab = {
    url: current.emulator.url,
    stateDir,
    work,
    ctx: current.ctx,
    stats: () => current.emulator.stats(),
    restart: async (opts = {}) => {
      await current.emulator.close();
      current = await boot(opts);
      lab.url = current.emulator.url;
      lab.ctx = current.ctx;
    },
    close: async () => {
      await current.emulator.close();
      rmSync(stateDir, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    },
  };
  return lab;
}

/** Writes a config into the lab's scratch directory and returns its path. */
export function writeConfig(lab: Lab, yaml: string, name = 'aifactory.yaml'): string {
  const file = path.join(lab.work, name);
  writeFileSync(file, yaml);
  return file;
}

/** RunOptions for an apply against the lab's emulator. */
export function applyOptions(lab: Lab, configPath: string, extra: Partial<RunOptions> = {}): RunOptions {
  return {
    command: 'apply',
    configPath,
    environment: 'dev',
    allowDestroy: [],
    parallelism: 6,
    whatIf: false,
    target: 'local',
    endpoint: lab.url,
    timeScale: 0,
    ...extra,
  };
}

export async function livePlan(
  ctx: ArmContext,
  config: ProjectConfig,
  env = 'dev',
  allowDestroy: string[] = [],
) {
  const scope = observeScope(config, env, catalog);
  const observed = await observe(ctx, scope);
  return { ...buildPlan(config, env, catalog, observed, { allowDestroy }), observed, scope };
}
