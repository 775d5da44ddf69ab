// Diagnostic settings: every resource the catalog names sends its logs and metrics to the project's Log
// Analytics workspace, as an extension resource of that resource.
import type { Diagnostic, DiagnosticLevel, DiagnosticsSpec, ServiceDefinition } from '../types.js';
import { platformApiVersion, type BuildContext } from './context.js';
import type { NamedResource } from './catalog-resources.js';
import { extensionId, type Draft } from './draft.js';

export const DIAGNOSTIC_SETTINGS_TYPE = 'Microsoft.Insights/diagnosticSettings';
export const DIAGNOSTIC_SETTINGS_NAME = 'aifactory-to-log-analytics';
export const LOG_ANALYTICS_SERVICE = 'logAnalytics';
const WORKSPACE_TYPE = 'Microsoft.OperationalInsights/workspaces';

export function diagnosticSettingsResources(
  ctx: BuildContext,
  services: ServiceDefinition[],
  named: Map<string, NamedResource[]>,
  diagnostics: Diagnostic[],
): Draft[] {
  const workspace = (named.get(LOG_ANALYTICS_SERVICE) ?? []).find((r) => r.spec.type === WORKSPACE_TYPE);
  if (!workspace) return []; // No workspace in this environment: nowhere to send them.
  const apiVersion = platformApiVersion(ctx, DIAGNOSTIC_SETTINGS_TYPE);
  const level = diagnosticLevelOf(ctx);
  const drafts: Draft[] = [];
  for (const service of services) {
    for (const spec of service.diagnostics) {
      const targets = (named.get(service.id) ?? []).filter((r) => r.spec.key === spec.resource);
      if (targets.length === 0) {
        diagnostics.push({
          severity: 'error',
          code: 'catalog.diagnostics-target',
          message: `${service.id}: diagnostic settings attach to resource '${spec.resource}', which the service does not create in network mode '${ctx.mode}'`,
        });
        continue;
      }
      for (const target of targets) {
        drafts.push({
          service: service.id,
          key: `diag:${target.spec.key}:${target.name}`,
          id: extensionId(target.id, DIAGNOSTIC_SETTINGS_TYPE, DIAGNOSTIC_SETTINGS_NAME),
          type: DIAGNOSTIC_SETTINGS_TYPE,
          apiVersion,
          name: DIAGNOSTIC_SETTINGS_NAME,
          resourceGroup: target.resourceGroup.name,
          subscriptionId: ctx.subscriptionId,
          scope: target.id,
          body: { properties: settingsBody(atLevel(spec, level), workspace.id) },
          dependsOn: [target.id, workspace.id],
          role: 'diagnosticSettings',
        });
      }
    }
  }
  return drafts;
}

/** The environment's level (its own, else the project's, else the catalog's default), with its definition. */
export function diagnosticLevelOf(ctx: BuildContext): { name: string; level?: DiagnosticLevel } {
  const name =
    ctx.envConfig.diagnostics?.level ??
    ctx.config.diagnostics?.level ??
    ctx.catalog.defaultDiagnosticLevel ??
    'gold';
  return { name, level: ctx.catalog.diagnosticLevels?.[name] };
}

/**
 * What one resource sends at a level: the categories its `levels` name for it, else the level's default capped
 * by the resource's own logs (a resource that sends no logs, or only some categories, never sends more).
 */
export function atLevel(
  spec: DiagnosticsSpec,
  at: { name: string; level?: DiagnosticLevel },
): DiagnosticsSpec {
  const metrics = spec.metrics && (at.level?.metrics ?? true);
  const own = spec.levels?.[at.name];
  if (own) return { ...spec, logs: own, metrics };
  const wanted = at.level?.logs ?? 'allLogs';
  if (wanted === 'none') return { ...spec, logs: [], metrics };
  if (wanted === 'audit' && spec.logs === 'allLogs') return { ...spec, logs: 'audit', metrics };
  return { ...spec, metrics };
}

function settingsBody(spec: DiagnosticsSpec, workspaceId: string): Record<string, unknown> {
  const logs =
    spec.logs === 'allLogs' || spec.logs === 'audit'
      ? [{ categoryGroup: spec.logs, enabled: true }]
      : spec.logs.map((category) => ({ category, enabled: true }));
  const body: Record<string, unknown> = { workspaceId, logs };
  if (spec.metrics) body.metrics = [{ category: 'AllMetrics', enabled: true }];
  return body;
}
