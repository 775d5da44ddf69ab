// Parsing ARM resource ids: /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}]…
// and extension resources `{scope}/providers/{ns}/{type}/{name}` hanging off another id.

export interface ProviderSegment {
  namespace: string;
  /** (type, name) pairs; the last may lack a name when the path addresses a collection or an action. */
  pairs: { type: string; name?: string }[];
}

export interface ParsedPath {
  subscriptionId: string;
  resourceGroup?: string;
  providers: ProviderSegment[];
}

export interface ResourceRef {
  /** Canonical id: `resourceGroups` spelled as ARM spells it, names as given. */
  id: string;
  subscriptionId: string;
  resourceGroup?: string;
  /** Full type of the addressed resource, e.g. `Microsoft.Network/virtualNetworks/subnets`. */
  type: string;
  namespace: string;
  name: string;
  /** Id of the parent resource (children) or of the scope (extension resources); the RG/subscription otherwise. */
  parentId: string;
  /** True when the resource hangs off another resource's id via `/providers/` (role assignments, locks…). */
  extension: boolean;
  /** True for child resources (more than one type segment under the same provider). */
  child: boolean;
}

/** Splits a path into its parts; undefined when it does not start with /subscriptions/{id}. */
export function parsePath(path: string): ParsedPath | undefined {
  const segments = path
    .split('/')
    .filter((s) => s.length > 0)
    .map(decodeURIComponent);
  if (segments.length < 2 || segments[0].toLowerCase() !== 'subscriptions') return undefined;
  const result: ParsedPath = { subscriptionId: segments[1], providers: [] };
  let i = 2;
  if (segments[i]?.toLowerCase() === 'resourcegroups') {
    if (segments[i + 1] === undefined) return result;
    result.resourceGroup = segments[i + 1];
    i += 2;
  }
  while (i < segments.length) {
    if (segments[i].toLowerCase() !== 'providers' || segments[i + 1] === undefined) return undefined;
    const provider: ProviderSegment = { namespace: segments[i + 1], pairs: [] };
    i += 2;
    while (i < segments.length && segments[i].toLowerCase() !== 'providers') {
      provider.pairs.push({ type: segments[i], name: segments[i + 1] });
      i += 2;
    }
    if (provider.pairs.length === 0) return undefined;
    result.providers.push(provider);
  }
  return result;
}

export function scopeId(subscriptionId: string, resourceGroup?: string): string {
  return resourceGroup
    ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
    : `/subscriptions/${subscriptionId}`;
}

function providerPath(p: ProviderSegment): string {
  return `/providers/${p.namespace}/${p.pairs.map((x) => (x.name === undefined ? x.type : `${x.type}/${x.name}`)).join('/')}`;
}

/** The resource a fully named path addresses; undefined for collections (last type without a name). */
export function resourceRef(parsed: ParsedPath): ResourceRef | undefined {
  const last = parsed.providers[parsed.providers.length - 1];
  if (!last || last.pairs.some((p) => p.name === undefined)) return undefined;
  const base = scopeId(parsed.subscriptionId, parsed.resourceGroup);
  const outer = parsed.providers.slice(0, -1).map(providerPath).join('');
  const id = base + outer + providerPath(last);
  const child = last.pairs.length > 1;
  const parentId = child
    ? base + outer + providerPath({ namespace: last.namespace, pairs: last.pairs.slice(0, -1) })
    : base + outer;
  return {
    id,
    subscriptionId: parsed.subscriptionId,
    resourceGroup: parsed.resourceGroup,
    type: `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`,
    namespace: last.namespace,
    name: last.pairs[last.pairs.length - 1].name as string,
    parentId,
    extension: parsed.providers.length > 1,
    child,
  };
}

export function refFromId(id: string): ResourceRef | undefined {
  const parsed = parsePath(id);
  return parsed ? resourceRef(parsed) : undefined;
}

export function keyOf(id: string): string {
  return id.toLowerCase().replace(/\/+$/, '');
}

/** True when `id` is `scope` itself or lies beneath it. */
export function isWithin(id: string, scope: string): boolean {
  const a = keyOf(id);
  const b = keyOf(scope);
  return a === b || a.startsWith(b + '/');
}
