// One call from "these add-ons on" to a plan over the real catalog, through the YAML the user would write.
import { catalog } from '../../../src/core/catalog/index.js';
import { parseConfig } from '../../../src/core/config/index.js';
import { buildPlan } from '../../../src/core/plan.js';
import type {
  Architecture,
  Diagnostic,
  DesiredState,
  NetworkMode,
  ObservedState,
  Plan,
  PlanAction,
  ProjectConfig,
} from '../../../src/core/types.js';
import { emptyObserved } from '../../core/fixtures.js';
import {
  SUBSCRIPTION,
  flagsFor,
  parseProject,
  projectYaml,
  requiredOptions,
  type EnvironmentSpec,
  type ProjectSpec,
} from './project.js';

export interface PlanInput {
  architecture?: Architecture;
  mode?: NetworkMode;
  /** Add-ons to switch on; what they require is switched on too. */
  on?: string[];
  services?: Record<string, Record<string, unknown>>;
  protect?: string[];
  environment?: Partial<EnvironmentSpec>;
  observed?: ObservedState;
  allowDestroy?: string[];
}

export function specOf(input: PlanInput): ProjectSpec {
  const architecture = input.architecture ?? 'genai-1';
  const { flags, on } = flagsFor(input.on ?? [], architecture);
  return {
    architecture,
    mode: input.mode ?? 'standalone',
    flags,
    services: { ...requiredOptions(on), ...input.services },
    protect: input.protect,
    environments: { dev: { addressSpace: '172.16.0.0/20', ...input.environment } },
  };
}

export function configOf(input: PlanInput): ProjectConfig {
  return parseProject(projectYaml(specOf(input)));
}

export function planOf(input: PlanInput): { plan: Plan; desired: DesiredState; config: ProjectConfig } {
  const config = configOf(input);
  const { plan, desired } = buildPlan(config, 'dev', catalog, input.observed ?? emptyObserved(SUBSCRIPTION), {
    allowDestroy: input.allowDestroy ?? [],
  });
  return { plan, desired, config };
}

/** Diagnostics of a config text (for the error paths: parseProject would throw on them). */
export function configErrors(text: string): Diagnostic[] {
  return parseConfig(text, 'aifactory.yaml', catalog).diagnostics.filter((d) => d.severity === 'error');
}

export function actionOf(plan: Plan, service: string): PlanAction {
  const action = plan.actions.find((a) => a.service === service);
  if (!action)
    throw new Error(`no action for ${service}; plan has ${plan.actions.map((a) => a.service).join(', ')}`);
  return action;
}

export function positionOf(plan: Plan, service: string): number {
  return plan.actions.findIndex((a) => a.service === service);
}
