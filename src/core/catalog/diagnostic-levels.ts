// What each resource type sends at the silver and bronze diagnostic levels, where that is not simply the `audit`
// category group: the log categories today's AI Factory picks per type (its diagnostics modules, one per
// service), and `allLogs` for types without an audit category group or whose logs the AI Factory keeps whole.
// Gold is always the resource's own `logs` (every category). Metrics follow the level (all of them at each).
import type { DiagnosticsSpec } from '../types.js';

type Levels = NonNullable<DiagnosticsSpec['levels']>;

export const diagnosticLevels = {
  cognitiveServices: { silver: ['Audit', 'RequestResponse'], bronze: ['Audit'] },
  search: { silver: ['OperationLogs'], bronze: ['OperationLogs'] },
  machineLearning: {
    silver: [
      'AmlComputeClusterEvent',
      'AmlComputeJobEvent',
      'AmlRunStatusChangedEvent',
      'ModelsChangeEvent',
      'DeploymentEventAKS',
      'InferencingOperationAKS',
      'ComputeInstanceEvent',
      'RunEvent',
    ],
    bronze: ['AmlComputeClusterEvent', 'AmlRunStatusChangedEvent', 'RunEvent'],
  },
  containerRegistry: {
    silver: ['ContainerRegistryRepositoryEvents', 'ContainerRegistryLoginEvents'],
    bronze: ['ContainerRegistryLoginEvents'],
  },
  cosmos: {
    silver: ['DataPlaneRequests', 'QueryRuntimeStatistics', 'PartitionKeyStatistics', 'ControlPlaneRequests'],
    bronze: ['DataPlaneRequests', 'ControlPlaneRequests'],
  },
  dataFactory: {
    silver: [
      'ActivityRuns',
      'PipelineRuns',
      'TriggerRuns',
      'SSISPackageEventMessages',
      'SSISIntegrationRuntimeLogs',
    ],
    bronze: ['ActivityRuns', 'PipelineRuns'],
  },
  eventHubs: {
    silver: ['OperationalLogs', 'AutoScaleLogs', 'KafkaUserErrorLogs', 'EventHubVNetConnectionEvent'],
    bronze: ['OperationalLogs', 'EventHubVNetConnectionEvent'],
  },
  webApp: {
    silver: ['AppServiceHTTPLogs', 'AppServiceAppLogs', 'AppServiceAuditLogs', 'AppServicePlatformLogs'],
    bronze: ['AppServiceHTTPLogs', 'AppServiceAuditLogs'],
  },
  functionApp: {
    silver: ['FunctionAppLogs', 'AppServiceHTTPLogs', 'AppServiceAppLogs', 'AppServiceAuditLogs'],
    bronze: ['FunctionAppLogs', 'AppServiceHTTPLogs'],
  },
  containerAppsEnvironment: {
    silver: ['ContainerAppConsoleLogs', 'ContainerAppSystemLogs'],
    bronze: ['ContainerAppSystemLogs'],
  },
  postgres: {
    silver: ['PostgreSQLLogs', 'PostgreSQLFlexQueryStoreRuntime', 'PostgreSQLFlexSessions'],
    bronze: ['PostgreSQLLogs'],
  },
  sqlDatabase: {
    silver: ['SQLInsights', 'QueryStoreRuntimeStatistics', 'Errors', 'Timeouts', 'Deadlocks'],
    bronze: ['Errors', 'Timeouts'],
  },
  /** Every category at every level: App Insights (as the AI Factory does) and types without an audit group. */
  everyLog: { silver: 'allLogs', bronze: 'allLogs' },
} satisfies Record<string, Levels>;
