// Built-in Azure role definitions the catalog assigns, by name. The GUIDs are the same in every tenant; each
// one was checked against Microsoft's built-in roles reference. Keep one place so a typo cannot hide in a service.

export interface BuiltInRole {
  role: string;
  roleDefinitionId: string;
}

function role(name: string, id: string): BuiltInRole {
  return { role: name, roleDefinitionId: id };
}

export const roles = {
  owner: role('Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'),
  contributor: role('Contributor', 'b24988ac-6180-42a0-ab88-20f7382dd24c'),
  reader: role('Reader', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'),

  storageBlobDataContributor: role('Storage Blob Data Contributor', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'),
  storageBlobDataReader: role('Storage Blob Data Reader', '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'),
  storageBlobDataOwner: role('Storage Blob Data Owner', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'),
  storageQueueDataContributor: role('Storage Queue Data Contributor', '974c5e8b-45b9-4653-ba55-5f855dd0fb88'),
  storageTableDataContributor: role('Storage Table Data Contributor', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'),
  storageFileDataPrivilegedContributor: role(
    'Storage File Data Privileged Contributor',
    '69566ab7-960f-475b-8e7c-b3118f30c6bd',
  ),

  keyVaultSecretsUser: role('Key Vault Secrets User', '4633458b-17de-408a-b874-0445c86b69e6'),
  keyVaultSecretsOfficer: role('Key Vault Secrets Officer', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'),
  keyVaultAdministrator: role('Key Vault Administrator', '00482a5a-887f-4fb3-b363-3b7fe8e74483'),
  keyVaultCryptoServiceEncryptionUser: role(
    'Key Vault Crypto Service Encryption User',
    'e147488a-f6f5-4113-8e2d-b22465e65bf6',
  ),

  acrPull: role('AcrPull', '7f951dda-4ed3-4680-a7ca-43fe172d538d'),
  acrPush: role('AcrPush', '8311e382-0749-4cb8-b61a-304f252e45ec'),

  searchIndexDataReader: role('Search Index Data Reader', '1407120a-92aa-4202-b7e9-c0e197c71c8f'),
  searchIndexDataContributor: role('Search Index Data Contributor', '8ebe5a00-799e-43f5-93ac-243d3dce84a7'),
  searchServiceContributor: role('Search Service Contributor', '7ca78c08-252a-4471-8644-bb5ff32d4ba0'),

  cognitiveServicesOpenAIUser: role('Cognitive Services OpenAI User', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'),
  cognitiveServicesOpenAIContributor: role(
    'Cognitive Services OpenAI Contributor',
    'a001fd3d-188f-4b5d-821b-7da978bf7442',
  ),
  cognitiveServicesUser: role('Cognitive Services User', 'a97b65f3-24c7-4388-baec-2e87135dc908'),
  cognitiveServicesSpeechUser: role('Cognitive Services Speech User', 'f2dc8367-1007-4938-bd23-fe263f013447'),
  azureAIDeveloper: role('Azure AI Developer', '64702f94-c441-49e6-a78b-ef80e0188fee'),
  azureAIUser: role('Azure AI User', '53ca6127-db72-4b80-b1b0-d745d6d5456d'),
  azureAIAdministrator: role('Azure AI Administrator', 'b78c5d69-af96-48a3-bf8d-a8b4d589de94'),
  azureAIProjectManager: role('Azure AI Project Manager', 'eadc314b-1a2d-4efa-be10-5d325db5065e'),

  azureMLDataScientist: role('AzureML Data Scientist', 'f6c7c914-8db3-469d-8ca1-694a8f32e121'),
  azureMLComputeOperator: role('AzureML Compute Operator', 'e503ece1-11d0-4e8e-8e2c-7a6c3bf38815'),

  cosmosDbOperator: role('Cosmos DB Operator', '230815da-be43-4aae-9cb4-875f7bd000aa'),
  cosmosDbAccountReader: role('Cosmos DB Account Reader Role', 'fbdf93bf-df7d-467e-a4d2-9458aa1360c8'),
  // A Cosmos DB SQL (data-plane) role definition, not an Azure RBAC one: the same id under every account's
  // `sqlRoleDefinitions`, assigned with `databaseAccounts/sqlRoleAssignments` (RoleAssignmentSpec.cosmosSql).
  cosmosDbBuiltInDataContributor: role(
    'Cosmos DB Built-in Data Contributor',
    '00000000-0000-0000-0000-000000000002',
  ),
  documentDbAccountContributor: role(
    'DocumentDB Account Contributor',
    '5bd9cd88-fe45-4216-938b-f97437e15450',
  ),

  aksClusterUser: role('Azure Kubernetes Service Cluster User Role', '4abbcc35-e782-43d8-92c5-2d3f1bd2253f'),
  aksRbacReader: role('Azure Kubernetes Service RBAC Reader', '7f6c6a51-bcf8-42ba-9220-52d62157d7db'),

  monitoringMetricsPublisher: role('Monitoring Metrics Publisher', '3913510d-42f4-4e42-8a64-420c390055eb'),
  monitoringReader: role('Monitoring Reader', '43d0d8ad-25c7-4714-9337-8ba259a9fe05'),
  logAnalyticsReader: role('Log Analytics Reader', '73c42c96-874c-492b-b04d-ab87d138a893'),

  websiteContributor: role('Website Contributor', 'de139f84-1756-47ae-9be6-808fbbe84772'),
  logicAppContributor: role('Logic App Contributor', '87a39d53-fc1b-424a-814c-f7e04687dc9e'),
  dataFactoryContributor: role('Data Factory Contributor', '673868aa-7521-48a0-acc6-0f60742d39f5'),
  eventHubsDataSender: role('Azure Event Hubs Data Sender', '2b629674-e913-4c01-ae53-ef4638d8f975'),
  eventHubsDataReceiver: role('Azure Event Hubs Data Receiver', 'a638d3c7-ab3a-418d-83e6-5f17a39d4fde'),
  redisCacheContributor: role('Redis Cache Contributor', 'e0f68234-74aa-48ed-b826-c38b57376e17'),
  sqlDbContributor: role('SQL DB Contributor', '9b7fa17d-e63e-47b0-bb0a-15c516ac86ec'),
  virtualMachineUserLogin: role('Virtual Machine User Login', 'fb879df8-f326-4884-b1cf-06f3ad86be52'),
} as const satisfies Record<string, BuiltInRole>;
