// Builds the fully concrete ARM templates of one service: no parameters, no expressions, every name and id
// computed by the core. Resource groups (and anything else outside a resource group) go into a
// subscription-scope deployment; everything else into one deployment per resource group it lives in.
// Dependencies between resources of the same template become `dependsOn`; dependencies on other services
// are the graph walker's job (those services finished before this one started).
import type { DesiredResource } from '../core/types.js';
import { fillLateValues, lateRefs, type LateRef } from '../core/resources/late-values.js';
import { parseResourceId, relativeScope, resourceGroupOf } from './ids.js';

export const RG_TEMPLATE_SCHEMA =
  'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const SUBSCRIPTION_TEMPLATE_SCHEMA =
  'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#';

export interface ArmTemplate {
  $schema: string;
  contentVersion: '1.0.0.0';
  metadata: Record<string, unknown>;
  resources: Record<string, unknown>[];
}

export interface PlannedDeployment {
  scope: 'subscription' | 'resourceGroup';
  resourceGroup?: string;
  /** `aifactory-<service>-<env>` in a resource group; with the project at subscription scope (shared by projects). */
  name: string;
  template: ArmTemplate;
  /** Ids of the resources it deploys, in template order. */
  resourceIds: string[];
}

const MAX_DEPLOYMENT_NAME = 64;

export function deploymentName(
  service: string,
  env: string,
  scope: 'subscription' | 'resourceGroup',
  project: string,
  suffix?: string,
): string {
  const svc = suffix ? `${service}-${suffix}` : service;
  const raw = scope === 'subscription' ? `aifactory-${project}-${svc}-${env}` : `aifactory-${svc}-${env}`;
  const clean = raw.replace(/[^-\w.()]/g, '-');
  if (clean.length <= MAX_DEPLOYMENT_NAME) return clean;
  return `${clean.slice(0, MAX_DEPLOYMENT_NAME - 9)}-${shortHash(clean)}`;
}

function shortHash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h.toString(36).padStart(8, '0').slice(0, 8);
}

/** Whether a resource lives outside any resource group (resource groups themselves, subscription-level roles). */
export function isSubscriptionScoped(r: DesiredResource): boolean {
  return (
    r.type.toLowerCase() === 'microsoft.resources/resourcegroups' ||
    resourceGroupOf(r.scope ?? r.id) === undefined
  );
}

/**
 * Writes a value so that ARM reads it back as it is: a string that starts with `[` and ends with `]` would be a
 * template expression, so it is written `[[…]` (ARM drops the first bracket). Bodies are fully concrete: no
 * string of ours is ever meant as an expression.
 */
export function escapeLiterals(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
  if (Array.isArray(value)) return value.map(escapeLiterals);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeLiterals(v)]));
  return value;
}

/** The template entry of one desired resource. */
export function templateResource(r: DesiredResource, idsInTemplate: Set<string>): Record<string, unknown> {
  const isRg = r.type.toLowerCase() === 'microsoft.resources/resourcegroups';
  const parsed = isRg ? undefined : parseResourceId(r.id);
  const entry: Record<string, unknown> = {
    type: r.type,
    apiVersion: r.apiVersion,
    name: isRg ? r.name : parsed!.name,
  };
  const scopeId = r.scope ?? parsed?.scope;
  if (scopeId) {
    const rel = relativeScope(scopeId);
    if (rel) entry.scope = rel;
  }
  for (const [k, v] of Object.entries(r.body)) {
    if (k === 'name' || k === 'type' || k === 'apiVersion' || k === 'dependsOn' || k === 'scope') continue;
    entry[k] = escapeLiterals(v);
  }
  const deps = r.dependsOn.filter(
    (d) => idsInTemplate.has(d.toLowerCase()) && d.toLowerCase() !== r.id.toLowerCase(),
  );
  // The scope of an extension resource in the same template must exist first, even if the core did not say so.
  if (
    scopeId &&
    idsInTemplate.has(scopeId.toLowerCase()) &&
    !deps.some((d) => d.toLowerCase() === scopeId.toLowerCase())
  )
    deps.push(scopeId);
  if (deps.length > 0) entry.dependsOn = deps;
  return entry;
}

/**
 * Splits one service's resources into deployments: subscription scope first, then resource groups in the
 * order their first resource appears, moved later when one of their resources depends on another group's.
 */
export function buildDeployments(
  service: string,
  env: string,
  project: string,
  resources: DesiredResource[],
  /** A second pass of the same service (e.g. `roles`, after its own identity exists). */
  suffix?: string,
): PlannedDeployment[] {
  const groups = new Map<string, DesiredResource[]>(); // '' = subscription scope
  for (const r of resources) {
    const key = isSubscriptionScoped(r) ? '' : resourceGroupOf(r.scope ?? r.id)!;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  const keys = orderGroups(groups);
  return keys.map((key) => {
    const members = oneWritePerParent(groups.get(key)!);
    const ids = new Set(members.map((m) => m.id.toLowerCase()));
    const scope = key === '' ? 'subscription' : 'resourceGroup';
    return {
      scope,
      ...(key === '' ? {} : { resourceGroup: key }),
      name: deploymentName(service, env, scope, project, suffix),
      template: {
        $schema: key === '' ? SUBSCRIPTION_TEMPLATE_SCHEMA : RG_TEMPLATE_SCHEMA,
        contentVersion: '1.0.0.0',
        metadata: { generator: 'aifactory-flags', service, environment: env, project },
        resources: members.map((m) => templateResource(m, ids)),
      },
      resourceIds: members.map((m) => m.id),
    } satisfies PlannedDeployment;
  });
}

/** The parent of a child resource (`…/accounts/a/deployments/d` → `…/accounts/a`); undefined for others. */
export function parentIdOf(r: Pick<DesiredResource, 'id' | 'type' | 'scope'>): string | undefined {
  if (r.scope || r.type.split('/').length < 3) return undefined;
  const parts = r.id.replace(/\/+$/, '').split('/');
  return parts.slice(0, -2).join('/');
}

/**
 * Children of one parent in the same template are written one after the other, in template order. Resource
 * providers serialise writes under a parent and refuse concurrent ones: model deployments of one Cognitive
 * Services account fail with "Another operation is being performed on the parent resource" (Bicep modules use
 * `@batchSize(1)` for them), subnets of one VNet with AnotherOperationInProgress. The chain also orders a
 * Foundry project's connections before the capability host that names them (a name, not an id: nothing else
 * would make the host wait).
 */
function oneWritePerParent(members: DesiredResource[]): DesiredResource[] {
  const previousChild = new Map<string, string>();
  return members.map((m) => {
    const parent = parentIdOf(m)?.toLowerCase();
    if (!parent) return m;
    const previous = previousChild.get(parent);
    previousChild.set(parent, m.id);
    if (!previous || m.dependsOn.some((d) => d.toLowerCase() === previous.toLowerCase())) return m;
    return { ...m, dependsOn: [...m.dependsOn, previous] };
  });
}

function orderGroups(groups: Map<string, DesiredResource[]>): string[] {
  const keys = [...groups.keys()];
  const groupOf = new Map<string, string>();
  for (const [k, members] of groups) for (const m of members) groupOf.set(m.id.toLowerCase(), k);
  const needs = new Map<string, Set<string>>(keys.map((k) => [k, new Set<string>()]));
  for (const [k, members] of groups)
    for (const m of members)
      for (const d of m.dependsOn) {
        const other = groupOf.get(d.toLowerCase());
        if (other !== undefined && other !== k) needs.get(k)!.add(other);
      }
  // Subscription scope always first: resource groups must exist before anything is deployed into them.
  for (const k of keys) if (k !== '' && groups.has('')) needs.get(k)!.add('');
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < keys.length) {
    const next = keys.find(
      (k) => !placed.has(k) && [...needs.get(k)!].every((n) => placed.has(n) || n === k),
    );
    // A cross-group cycle cannot be ordered; fall back to first appearance (ARM reports what is missing).
    const pick = next ?? keys.find((k) => !placed.has(k))!;
    ordered.push(pick);
    placed.add(pick);
  }
  return ordered;
}

/**
 * A service's resources in the passes apply deploys them in. A resource whose body needs a value of the
 * service's own resources known only after apply (`{{principalId:svc}}`, `{{principalId:svc.key}}`,
 * `{{live:svc.key:path}}`: e.g. role assignments of its own system-assigned identity) can only be filled in once
 * those exist: it goes into a second pass, with everything of the service that waits for it.
 */
export function deploymentPasses(service: string, resources: DesiredResource[]): DesiredResource[][] {
  const own = (ref: LateRef) => ref.ref === service || ref.ref.startsWith(`${service}.`);
  const late = new Set(resources.filter((r) => lateRefs(r.body).some(own)).map((r) => r.id.toLowerCase()));
  if (late.size === 0) return [resources];
  for (let grew = true; grew;) {
    grew = false;
    for (const r of resources) {
      const key = r.id.toLowerCase();
      if (!late.has(key) && r.dependsOn.some((d) => late.has(d.toLowerCase()))) {
        late.add(key);
        grew = true;
      }
    }
  }
  return [
    resources.filter((r) => !late.has(r.id.toLowerCase())),
    resources.filter((r) => late.has(r.id.toLowerCase())),
  ];
}

/** The values known only after apply that the resources need, each once. */
export function lateRefsOf(resources: DesiredResource[]): LateRef[] {
  const found = new Map<string, LateRef>();
  for (const r of resources)
    for (const ref of lateRefs(r.body)) if (!found.has(ref.key)) found.set(ref.key, ref);
  return [...found.values()];
}

/** The resource with its late placeholders replaced by the values read (`values` by `LateRef.key`). */
export function withLateValues(r: DesiredResource, values: Record<string, unknown>): DesiredResource {
  return { ...r, body: fillLateValues(r.body, values) as Record<string, unknown> };
}
