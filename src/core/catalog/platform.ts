// GA api-versions of the resource types the core generates around services. Each was checked against the ARM
// template reference and public Bicep in use. The one preview: diagnostic settings — the only api-version that
// accepts `categoryGroup` (allLogs, audit) is 2021-05-01-preview; the last GA one (2016-09-01) predates it.
export const platformApiVersions: Record<string, string> = {
  'Microsoft.Resources/resourceGroups': '2024-03-01',
  'Microsoft.Resources/deployments': '2024-03-01',
  'Microsoft.Authorization/locks': '2020-05-01',
  'Microsoft.Network/privateEndpoints': '2024-05-01',
  'Microsoft.Network/privateEndpoints/privateDnsZoneGroups': '2024-05-01',
  'Microsoft.Network/privateDnsZones': '2024-06-01',
  'Microsoft.Network/privateDnsZones/virtualNetworkLinks': '2024-06-01',
  'Microsoft.Network/privateDnsZones/A': '2024-06-01',
  'Microsoft.Network/virtualNetworks/subnets': '2024-05-01',
  'Microsoft.Network/networkSecurityGroups': '2024-05-01',
  'Microsoft.Authorization/roleAssignments': '2022-04-01',
  // Cosmos DB data-plane role assignments: the Cosmos DB account's own GA api-version.
  'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments': '2024-11-15',
  'Microsoft.Insights/diagnosticSettings': '2021-05-01-preview',
};

/** Api-versions that are previews on purpose, with the reason (the catalog test allows only these). */
export const previewApiVersions: Record<string, string> = {
  'Microsoft.Insights/diagnosticSettings':
    'only 2021-05-01-preview accepts categoryGroup (allLogs/audit); no later GA version exists',
};
