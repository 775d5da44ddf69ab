// Role assignments as deterministic resources: the name is a GUID derived from scope, principal and role, so
// the same assignment has the same id on every run and a re-run is a no-op, not a duplicate.
import { deterministicGuid } from '../hash.js';
import type { Diagnostic, RoleAssignmentSpec, ServiceDefinition } from '../types.js';
import { platformApiVersion, type BuildContext } from './context.js';
import type { NamedResource } from './catalog-resources.js';
import { childId, extensionId, type Draft } from './draft.js';

export const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';
/** Cosmos DB's own data-plane role assignments: a child of the account, not an Azure RBAC extension resource. */
export const COSMOS_SQL_ROLE_ASSIGNMENT_TYPE = 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments';
const PROJECT_IDENTITY_SERVICE = 'managedIdentity';

interface Principal {
  /** What the GUID is derived from: stable even while the principal id is still unknown. */
  key: string;
  principalId: string;
  principalType: 'ServicePrincipal' | 'Group';
  /** The identity resource that must exist first. */
  dependsOn?: string;
}

export interface RoleInputs {
  ctx: BuildContext;
  services: ServiceDefinition[];
  named: Map<string, NamedResource[]>;
  diagnostics: Diagnostic[];
  /** Told when a resource of the owning service must wait for an assignment (`RoleAssignmentSpec.before`). */
  mustWait?: (resourceId: string, roleAssignmentId: string) => void;
}

export function roleAssignmentResources(input: RoleInputs): Draft[] {
  const { ctx, services, named, diagnostics } = input;
  const enabled = new Set(services.map((s) => s.id));
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const apiVersion = platformApiVersion(ctx, ROLE_ASSIGNMENT_TYPE);

  const add = (owner: string, spec: RoleAssignmentSpec, principals: Principal[]) => {
    // A relationship to a service that is off simply does not exist in this environment.
    if (!enabled.has(spec.scope.service)) return;
    const targets = named.get(spec.scope.service) ?? [];
    const target = spec.scope.resource ? targets.find((r) => r.spec.key === spec.scope.resource) : targets[0];
    if (!target) {
      diagnostics.push({
        severity: 'error',
        code: 'catalog.role-scope',
        message: `${owner}: role '${spec.role}' is scoped to ${spec.scope.service}${spec.scope.resource ? `.${spec.scope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
      });
      return;
    }
    const ownKeys = (keys: string[] | undefined) =>
      (keys ?? []).flatMap((key) =>
        (named.get(owner) ?? []).filter((r) => r.spec.key === key).map((r) => r.id),
      );
    const after = ownKeys(spec.after);
    const before = ownKeys(spec.before);
    for (const principal of principals) {
      const draft = spec.cosmosSql
        ? cosmosSqlDraft(ctx, owner, spec, target, principal)
        : rbacDraft(ctx, owner, spec, target, principal, apiVersion);
      if (seen.has(draft.id)) continue;
      seen.add(draft.id);
      draft.dependsOn.push(...after);
      drafts.push(draft);
      for (const id of before) input.mustWait?.(id, draft.id);
    }
  };

  const identityOf = (service: string, resource?: string): Principal[] => {
    if (!enabled.has(service)) return [];
    const list = named.get(service) ?? [];
    if (resource) {
      const found = list.find((r) => r.spec.key === resource);
      if (!found) {
        diagnostics.push({
          severity: 'error',
          code: 'catalog.role-principal',
          message: `a role assignment names the identity of ${service}.${resource}, which is no resource of '${service}' here`,
        });
        return [];
      }
      return [
        {
          key: `service:${service}.${resource}`,
          principalId: `{{principalId:${service}.${resource}}}`,
          principalType: 'ServicePrincipal',
          dependsOn: found.id,
        },
      ];
    }
    const identity = list.find((r) => !r.parentId) ?? list[0];
    return [
      {
        // Unchanged for service-wide identities, so existing assignments keep their names.
        key: `service:${service}`,
        principalId: `{{principalId:${service}}}`,
        principalType: 'ServicePrincipal',
        dependsOn: identity?.id,
      },
    ];
  };

  for (const service of services) {
    for (const spec of service.roleAssignments) {
      const p = spec.principal;
      const principals =
        p.kind === 'serviceIdentity'
          ? identityOf(p.service, p.resource)
          : p.kind === 'projectIdentity'
            ? identityOf(PROJECT_IDENTITY_SERVICE)
            : personaPrincipals(ctx, p.persona);
      add(service.id, spec, principals);
    }
  }
  // Persona access belongs to the service it grants access to: it comes and goes with that service.
  for (const [persona, specs] of Object.entries(ctx.catalog.personas ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    for (const spec of specs) add(spec.scope.service, spec, personaPrincipals(ctx, persona));
  }
  return drafts;
}

function personaPrincipals(ctx: BuildContext, persona: string): Principal[] {
  return (ctx.envConfig.personas?.[persona] ?? []).map((groupId) => ({
    key: `group:${groupId.toLowerCase()}`,
    principalId: groupId,
    principalType: 'Group' as const,
  }));
}

function rbacDraft(
  ctx: BuildContext,
  owner: string,
  spec: RoleAssignmentSpec,
  target: NamedResource,
  principal: Principal,
  apiVersion: string,
): Draft {
  const name = deterministicGuid(target.id.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
  return {
    service: owner,
    key: `role:${spec.role}:${principal.key}:${target.spec.key}`,
    id: extensionId(target.id, ROLE_ASSIGNMENT_TYPE, name),
    type: ROLE_ASSIGNMENT_TYPE,
    apiVersion,
    name,
    resourceGroup: target.resourceGroup.name,
    subscriptionId: ctx.subscriptionId,
    scope: target.id,
    body: {
      properties: {
        roleDefinitionId: `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${spec.roleDefinitionId}`,
        principalId: principal.principalId,
        principalType: principal.principalType,
      },
    },
    dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
    role: 'roleAssignment',
  };
}

/**
 * A Cosmos DB SQL role assignment: Cosmos checks data-plane access against its own role definitions
 * (`<account>/sqlRoleDefinitions/<guid>`), which Azure RBAC assignments do not grant.
 */
function cosmosSqlDraft(
  ctx: BuildContext,
  owner: string,
  spec: RoleAssignmentSpec,
  target: NamedResource,
  principal: Principal,
): Draft {
  const scope = `${target.id}${spec.cosmosSql?.path ?? ''}`;
  const name = deterministicGuid(scope.toLowerCase(), principal.key, spec.roleDefinitionId.toLowerCase());
  return {
    service: owner,
    key: `cosmosSqlRole:${spec.role}:${principal.key}:${target.spec.key}`,
    id: childId(target.id, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE, name),
    type: COSMOS_SQL_ROLE_ASSIGNMENT_TYPE,
    apiVersion: platformApiVersion(ctx, COSMOS_SQL_ROLE_ASSIGNMENT_TYPE),
    name,
    resourceGroup: target.resourceGroup.name,
    subscriptionId: ctx.subscriptionId,
    body: {
      properties: {
        roleDefinitionId: `${target.id}/sqlRoleDefinitions/${spec.roleDefinitionId}`,
        principalId: principal.principalId,
        scope,
      },
    },
    dependsOn: [target.id, ...(principal.dependsOn ? [principal.dependsOn] : [])],
    role: 'roleAssignment',
  };
}
