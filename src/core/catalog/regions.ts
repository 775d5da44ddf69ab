// Every public Azure region (physical, `az account list-locations --query "[?metadata.regionType=='Physical']"`)
// with the short code names use. Codes are unique and at most 4 characters so that the tightest names
// (storage accounts: 24 characters) still fit with the longest environment spelling.
import type { RegionInfo } from '../types.js';

function region(name: string, short: string, displayName: string): RegionInfo {
  return { name, short, displayName };
}

export const regions: RegionInfo[] = [
  // Americas
  region('eastus', 'eus', 'East US'),
  region('eastus2', 'eus2', 'East US 2'),
  region('centralus', 'cus', 'Central US'),
  region('northcentralus', 'ncus', 'North Central US'),
  region('southcentralus', 'scus', 'South Central US'),
  region('westcentralus', 'wcus', 'West Central US'),
  region('westus', 'wus', 'West US'),
  region('westus2', 'wus2', 'West US 2'),
  region('westus3', 'wus3', 'West US 3'),
  region('canadacentral', 'cac', 'Canada Central'),
  region('canadaeast', 'cae', 'Canada East'),
  region('brazilsouth', 'brs', 'Brazil South'),
  region('brazilsoutheast', 'brse', 'Brazil Southeast'),
  region('mexicocentral', 'mxc', 'Mexico Central'),
  region('chilecentral', 'clc', 'Chile Central'),
  // Europe
  region('northeurope', 'neu', 'North Europe'),
  region('westeurope', 'weu', 'West Europe'),
  region('uksouth', 'uks', 'UK South'),
  region('ukwest', 'ukw', 'UK West'),
  region('francecentral', 'frc', 'France Central'),
  region('francesouth', 'frs', 'France South'),
  region('germanywestcentral', 'gwc', 'Germany West Central'),
  region('germanynorth', 'gno', 'Germany North'),
  region('norwayeast', 'noe', 'Norway East'),
  region('norwaywest', 'now', 'Norway West'),
  region('switzerlandnorth', 'szn', 'Switzerland North'),
  region('switzerlandwest', 'szw', 'Switzerland West'),
  region('swedencentral', 'sdc', 'Sweden Central'),
  region('swedensouth', 'sds', 'Sweden South'),
  region('polandcentral', 'plc', 'Poland Central'),
  region('italynorth', 'itn', 'Italy North'),
  region('spaincentral', 'spc', 'Spain Central'),
  // Asia Pacific
  region('eastasia', 'ea', 'East Asia'),
  region('southeastasia', 'sea', 'Southeast Asia'),
  region('japaneast', 'jpe', 'Japan East'),
  region('japanwest', 'jpw', 'Japan West'),
  region('koreacentral', 'krc', 'Korea Central'),
  region('koreasouth', 'krs', 'Korea South'),
  region('centralindia', 'inc', 'Central India'),
  region('southindia', 'ins', 'South India'),
  region('westindia', 'inw', 'West India'),
  region('jioindiawest', 'jiw', 'Jio India West'),
  region('jioindiacentral', 'jic', 'Jio India Central'),
  region('australiaeast', 'aue', 'Australia East'),
  region('australiasoutheast', 'ause', 'Australia Southeast'),
  region('australiacentral', 'auc', 'Australia Central'),
  region('australiacentral2', 'auc2', 'Australia Central 2'),
  region('newzealandnorth', 'nzn', 'New Zealand North'),
  region('indonesiacentral', 'idc', 'Indonesia Central'),
  region('malaysiawest', 'myw', 'Malaysia West'),
  // Middle East and Africa
  region('uaenorth', 'uan', 'UAE North'),
  region('uaecentral', 'uac', 'UAE Central'),
  region('qatarcentral', 'qac', 'Qatar Central'),
  region('israelcentral', 'ilc', 'Israel Central'),
  region('southafricanorth', 'san', 'South Africa North'),
  region('southafricawest', 'saw', 'South Africa West'),
];
