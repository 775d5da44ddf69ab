// Access groups ("personas") of a project and the built-in roles each gets on the project's services. The
// core assigns a persona's roles only on services enabled in the environment, to the Entra group object ids
// the environment lists under `personas.<name>`.
import type { RoleAssignmentSpec } from '../types.js';
import { roles, type BuiltInRole } from './roles.js';

function grant(persona: string, role: BuiltInRole, service: string, resource?: string): RoleAssignmentSpec {
  return {
    ...role,
    principal: { kind: 'persona', persona },
    scope: resource ? { service, resource } : { service },
  };
}

function grants(persona: string, list: [BuiltInRole, string, string?][]): RoleAssignmentSpec[] {
  return list.map(([role, service, resource]) => grant(persona, role, service, resource));
}

export const personas: Record<string, RoleAssignmentSpec[]> = {
  // Build and evaluate models and agents, read and write project data.
  dataScientists: grants('dataScientists', [
    [roles.azureAIDeveloper, 'aiFoundry'],
    [roles.azureAIUser, 'aiFoundry'],
    [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
    [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
    [roles.storageBlobDataContributor, 'storage'],
    [roles.storageBlobDataContributor, 'storage2'],
    [roles.storageBlobDataContributor, 'dataLake'],
    [roles.searchIndexDataContributor, 'aiSearch'],
    [roles.keyVaultSecretsUser, 'keyVault'],
    [roles.azureMLDataScientist, 'azureML'],
    [roles.azureMLComputeOperator, 'azureML'],
    [roles.cognitiveServicesUser, 'speech'],
    [roles.cognitiveServicesUser, 'vision'],
    [roles.cognitiveServicesUser, 'documentIntelligence'],
    [roles.cognitiveServicesUser, 'contentSafety'],
    [roles.logAnalyticsReader, 'logAnalytics'],
  ]),
  // Build applications on the project's services.
  developers: grants('developers', [
    [roles.azureAIUser, 'aiFoundry'],
    [roles.cognitiveServicesOpenAIUser, 'aiFoundry'],
    [roles.cognitiveServicesOpenAIUser, 'azureOpenAI'],
    [roles.storageBlobDataContributor, 'storage'],
    [roles.searchIndexDataContributor, 'aiSearch'],
    [roles.keyVaultSecretsUser, 'keyVault'],
    [roles.acrPush, 'containerRegistry'],
    [roles.websiteContributor, 'webApp'],
    [roles.websiteContributor, 'functionApp'],
    [roles.logicAppContributor, 'logicApps'],
    [roles.aksClusterUser, 'aks'],
    [roles.cognitiveServicesUser, 'speech'],
    [roles.cognitiveServicesUser, 'vision'],
    [roles.cognitiveServicesUser, 'documentIntelligence'],
    [roles.cognitiveServicesUser, 'contentSafety'],
    [roles.eventHubsDataSender, 'eventHubs'],
    [roles.eventHubsDataReceiver, 'eventHubs'],
    [roles.logAnalyticsReader, 'logAnalytics'],
  ]),
  // Look, do not touch: read the resources, the data of search and storage, and the logs.
  readers: grants('readers', [
    [roles.reader, 'aiFoundry'],
    [roles.reader, 'aiSearch'],
    [roles.reader, 'storage'],
    [roles.reader, 'keyVault'],
    [roles.storageBlobDataReader, 'storage'],
    [roles.searchIndexDataReader, 'aiSearch'],
    [roles.reader, 'azureML'],
    [roles.cosmosDbAccountReader, 'cosmosDb'],
    [roles.monitoringReader, 'appInsights'],
    [roles.logAnalyticsReader, 'logAnalytics'],
  ]),
};
