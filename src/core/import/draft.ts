// What an import found, before it is written as YAML: each value with the setting it came from, or a
// placeholder with the reason it could not be carried over.
import type { NetworkMode, SourceLocation } from '../types.js';
import type { Env } from './settings.js';

export interface Origin {
  key: string;
  location: SourceLocation;
}

/** A value for aifactory.yaml; `todo` set when it could not be carried over (written as a placeholder). */
export interface Field<T> {
  value?: T;
  from?: Origin;
  /** Further settings the value was computed from. */
  also?: Origin[];
  todo?: string;
}

export interface DraftEnvironment {
  subscriptionId: Field<string>;
  tenantId: Field<string>;
  addressSpace: Field<string>;
  network?: {
    vnetResourceGroup: Field<string>;
    vnetName: Field<string>;
    dnsZonesSubscriptionId?: Field<string>;
    dnsZonesResourceGroup?: Field<string>;
  };
}

export interface DraftDeployment {
  name: string;
  model: string;
  version?: string;
  sku?: string;
  capacity?: number;
  from: Origin;
  also: Origin[];
}

export interface Draft {
  source: string;
  location: Field<string>;
  prefix: Field<string>;
  scaleSet: Field<string>;
  number: Field<number>;
  tags: Record<string, Field<string>>;
  mode: Field<NetworkMode>;
  environments: Record<Env, DraftEnvironment>;
  /** Services on by a flag (not baseline), in file order. */
  flagsOn: { id: string; from: Origin }[];
  /** Services switched off in the file, for a comment (off is the default). */
  flagsOff: { id: string; from: Origin }[];
  searchSku: Field<string>;
  semanticSearch: Field<string>;
  deployments: DraftDeployment[];
  /** `diagnostics.level` (today's diagnosticSettingLevel). */
  diagnosticsLevel: Field<string>;
  /** Further service options by service and option (`services.<id>.<option>`), in the order found. */
  serviceOptions: Record<string, Record<string, Field<unknown>>>;
}
