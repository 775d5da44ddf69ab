// Role assignments as deterministic resources: the name is a GUID derived from scope, principal and role, so
// the same assignment has the same id on every run and a re-run is a no-op, not a duplicate.
import { deterministicGuid } from '../hash.js';
import type { Diagnostic, RoleAssignmentSpec, ServiceDefinition } from '../types.js';
import { platformApiVersion, type BuildContext } from './context.js';
import type { NamedResource } from './catalog-resources.js';
import { extensionId, type Draft } from './draft.js';

export const ROLE_ASSIGNMENT_TYPE = 'Microsoft.Authorization/roleAssignments';
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
    for (const principal of principals) {
      const name = deterministicGuid(
        target.id.toLowerCase(),
        principal.key,
        spec.roleDefinitionId.toLowerCase(),
      );
      const id = extensionId(target.id, ROLE_ASSIGNMENT_TYPE, name);
      if (seen.has(id)) continue;
      seen.add(id);
      drafts.push({
        service: owner,
        key: `role:${spec.role}:${principal.key}:${target.spec.key}`,
        id,
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
      });
    }
  };

  const identityOf = (service: string): Principal[] => {
    if (!enabled.has(service)) return [];
    const identity = (named.get(service) ?? []).find((r) => !r.parentId) ?? named.get(service)?.[0];
    return [
      {
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
          ? identityOf(p.service)
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
