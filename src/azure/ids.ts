// Parsing ARM resource ids: the template builder needs type and name from an id, and the scope an extension
// resource (role assignment, diagnostic setting) hangs off.

export interface ParsedId {
  subscriptionId?: string;
  resourceGroup?: string;
  /** Provider namespace plus types, e.g. `Microsoft.CognitiveServices/accounts/projects`. */
  type: string;
  /** Names joined by '/', e.g. `acct/proj` — the form ARM templates take. */
  name: string;
  /** For extension resources: the id of the resource (or RG / subscription) they extend. */
  scope?: string;
}

export function parseResourceId(id: string): ParsedId {
  const trimmed = id.replace(/\/+$/, '');
  const providersAt = trimmed.toLowerCase().lastIndexOf('/providers/');
  const sub = /^\/subscriptions\/([^/]+)/i.exec(trimmed)?.[1];
  const rg = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i.exec(trimmed)?.[1];
  if (providersAt < 0) {
    if (rg && /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+$/i.test(trimmed)) {
      return { subscriptionId: sub, resourceGroup: rg, type: 'Microsoft.Resources/resourceGroups', name: rg };
    }
    if (sub && /^\/subscriptions\/[^/]+$/i.test(trimmed)) {
      return { subscriptionId: sub, type: 'Microsoft.Resources/subscriptions', name: sub };
    }
    throw new Error(`not an ARM resource id: ${id}`);
  }
  const head = trimmed.slice(0, providersAt);
  const parts = trimmed.slice(providersAt + '/providers/'.length).split('/');
  const namespace = parts[0];
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    types.push(parts[i]);
    names.push(parts[i + 1]);
  }
  // An id with providers before the last one extends whatever precedes it.
  const isExtension = head.toLowerCase().includes('/providers/') || !rg || head.split('/').length > 5;
  return {
    subscriptionId: sub,
    resourceGroup: rg,
    type: [namespace, ...types].join('/'),
    name: names.join('/'),
    ...(isExtension && head !== '' ? { scope: head } : {}),
  };
}

/** `Microsoft.KeyVault/vaults/kv1` — how an ARM template's `scope` names a resource in the deployment's RG. */
export function relativeScope(scopeId: string): string | undefined {
  const parsed = parseResourceId(scopeId);
  if (
    parsed.type === 'Microsoft.Resources/resourceGroups' ||
    parsed.type === 'Microsoft.Resources/subscriptions'
  )
    return undefined;
  const types = parsed.type.split('/');
  const names = parsed.name.split('/');
  const segments = [types[0]];
  for (let i = 1; i < types.length; i++) segments.push(types[i], names[i - 1]);
  return segments.join('/');
}

/** The RG an id lives in (for an extension resource: the RG of what it extends). */
export function resourceGroupOf(id: string): string | undefined {
  return /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}

export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `searchServices/srch-prj001 (on vaults/kv1)` — enough to recognise a resource in a log line. */
export function shortId(id: string): string {
  try {
    const p = parseResourceId(id);
    const type = p.type.split('/').slice(1).join('/');
    const own = `${type}/${p.name}`;
    if (!p.scope || !p.resourceGroup || /\/resourceGroups\/[^/]+$/i.test(p.scope)) return own;
    const on = parseResourceId(p.scope);
    return `${own} on ${on.type.split('/').slice(1).join('/')}/${on.name}`;
  } catch {
    return id;
  }
}
