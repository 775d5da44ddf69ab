// The application layer: what every host (CLI, GitHub Action, Azure DevOps task) calls. It reads files,
// picks an observer (file, local emulator, Azure) and runs the core. Hosts only translate inputs and outputs.
import type { TokenCredential } from '@azure/core-auth';
import type { Diagnostic, Plan, ActionKind } from '../core/types.js';

export type Command = 'validate' | 'plan' | 'apply';
export type Target = 'azure' | 'local' | 'file';

/** Where a host sends what the user should see. Hosts map these to their own log commands. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** An error; with a location when it points into a file (hosts turn that into an annotation / issue). */
  error(message: string, location?: { file: string; line: number; column: number }): void;
  debug(message: string): void;
  /** A collapsible section (GitHub log group, Azure DevOps ##[group]). */
  startGroup(name: string): void;
  endGroup(): void;
}

export interface RunOptions {
  command: Command;
  /** Path to aifactory.yaml (relative to cwd). */
  configPath: string;
  /** Environment name; validate checks every environment when absent. */
  environment?: string;
  /** plan: where to write the plan JSON; apply: the reviewed plan to apply exactly. */
  planFile?: string;
  allowDestroy: string[];
  parallelism: number;
  whatIf: boolean;
  target: Target;
  /** target=file: observed-state JSON snapshot. */
  observedFile?: string;
  /** target=local: an emulator already running; otherwise one is started in-process. */
  endpoint?: string;
  stateDir?: string;
  timeScale?: number;
  /** target=azure: the credential the host built (OIDC, service connection, chain). */
  credential?: TokenCredential;
  /** Overrides the environment's subscriptionId from the config. */
  subscriptionId?: string;
  tenantId?: string;
  forceUnlock?: boolean;
}

export interface ServiceOutcome {
  service: string;
  action: ActionKind;
  status: 'succeeded' | 'failed' | 'skipped' | 'noop';
  seconds: number;
  /** For failures: ARM's error code and message, and what to do. For skips: which dependency failed. */
  error?: { code: string; message: string; hint?: string };
  skippedBecause?: string[];
}

export interface ApplyResult {
  ok: boolean;
  seconds: number;
  outcomes: ServiceOutcome[];
}

export interface RunResult {
  /** 0 success, 1 error or blocked, 2 plan has changes (only meaningful to --detailed-exitcode callers). */
  exitCode: 0 | 1 | 2;
  ok: boolean;
  diagnostics: Diagnostic[];
  plan?: Plan;
  /** Where the plan JSON was written, when it was. */
  planFile?: string;
  /** The Markdown the hosts put in job summaries and PR comments (plan, and after apply the outcomes). */
  markdown?: string;
  apply?: ApplyResult;
  /** One sentence for the end of the log / task result. */
  message: string;
}
