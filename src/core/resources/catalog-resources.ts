// The resources a service's catalog entry lists, named and placed: one per spec, or one per entry of a
// `forEach` list option. Bodies are resolved later, once every name and id of the environment is known.
import { buildName, nameProblem, nameSources } from '../names.js';
import type { Diagnostic, ResourceSpec, ServiceDefinition } from '../types.js';
import {
  RESOURCE_GROUP_TYPE,
  modeAllows,
  resourceGroupId,
  type BuildContext,
  type ResourceGroupInfo,
} from './context.js';
import { childId, resourceId } from './draft.js';
import { getPath } from './placeholders.js';

export interface NamedResource {
  service: ServiceDefinition;
  spec: ResourceSpec;
  item?: Record<string, unknown>;
  /** The resource's own name (for a child, its last segment). */
  name: string;
  /** The name ARM templates use: `parent/child` for children. */
  armName: string;
  id: string;
  resourceGroup: ResourceGroupInfo;
  parentId?: string;
  /** Extension resources: the resource they hang off. */
  scope?: string;
  /** Deployed at subscription scope (outside any resource group). */
  subscriptionLevel?: boolean;
}

/** Finds a named resource of another enabled service (`parentService`, extension targets); undefined when off. */
export type ResourceLookup = (service: string, key: string | undefined) => NamedResource | undefined | 'off';

/** A service option from the config, else the catalog's default for it. */
export function serviceOption(ctx: BuildContext, service: ServiceDefinition, path: string): unknown {
  const value = getPath(ctx.config.services?.[service.id] ?? {}, path);
  if (value !== undefined) return value;
  const [head, ...rest] = path.split('.');
  const option = service.options?.find((o) => o.name === head);
  if (option?.default === undefined) return undefined;
  return rest.length > 0 ? getPath(option.default, rest.join('.')) : option.default;
}

/** An option counts as set when the config (or its default) gives it a value other than null or ''. */
export function optionIsSet(ctx: BuildContext, service: ServiceDefinition, name: string): boolean {
  const value = serviceOption(ctx, service, name);
  return value !== undefined && value !== null && value !== '';
}

/** The services on in this environment, by id: what `bodyWhenService` conditions look at. */
export type EnabledServices = Map<string, ServiceDefinition>;

/**
 * The `bodyWhenService` parts that hold in this environment: the other service on (with its option, if named, and
 * without its `unlessOption` true).
 */
export function servicePartsInForce(
  ctx: BuildContext,
  spec: ResourceSpec,
  enabled: EnabledServices,
): NonNullable<ResourceSpec['bodyWhenService']> {
  return (spec.bodyWhenService ?? []).filter((part) => {
    const other = enabled.get(part.service);
    if (!other) return false;
    if (part.unlessOption && serviceOption(ctx, other, part.unlessOption) === true) return false;
    if (!part.option) return true;
    return optionIsSet(ctx, other, part.option) && serviceOption(ctx, other, part.option) !== false;
  });
}

/**
 * The spec's body with the parts that depend on the service's options (`bodyWhenOption`), on other services
 * (`bodyWhenService`) and on the entry's optional fields (`bodyWhenItem`) merged in.
 */
export function bodyOf(
  ctx: BuildContext,
  service: ServiceDefinition,
  resource: Pick<NamedResource, 'spec' | 'item'>,
  enabled: EnabledServices = new Map(),
): Record<string, unknown> {
  const { spec, item } = resource;
  let body = spec.body ?? {};
  for (const part of spec.bodyWhenOption ?? []) {
    const holds = part.values
      ? part.values.includes(String(serviceOption(ctx, service, part.option)))
      : optionIsSet(ctx, service, part.option);
    const extra = holds ? part.set : part.unset;
    if (extra) body = deepMerge(body, extra);
  }
  for (const part of servicePartsInForce(ctx, spec, enabled)) body = deepMerge(body, part.set);
  for (const part of spec.bodyWhenItem ?? []) {
    const value = item ? getPath(item, part.field) : undefined;
    if (value !== undefined && value !== null && value !== '') body = deepMerge(body, part.set);
  }
  return body;
}

function deepMerge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function nameServiceResources(
  ctx: BuildContext,
  service: ServiceDefinition,
  diagnostics: Diagnostic[],
  lookup: ResourceLookup = () => 'off',
): NamedResource[] {
  const out: NamedResource[] = [];
  const byKey = new Map<string, NamedResource>();
  for (const spec of service.resources) {
    if (!modeAllows(spec, ctx.mode)) continue;
    const resourceGroup = ctx.resourceGroups[spec.resourceGroup];
    if (spec.type === RESOURCE_GROUP_TYPE && !resourceGroup.managed) continue;
    for (const item of itemsOf(ctx, service, spec, diagnostics)) {
      const itemName = item ? String(item.name) : optionName(ctx, service, spec);
      const built = buildName(spec.name, ctx.names, itemName, spec.type);
      if (built.problem) {
        const entry = spec.forEach
          ? { label: `the name of the services.${service.id}.${spec.forEach} entry` }
          : spec.nameOption
            ? {
                label: `services.${service.id}.${spec.nameOption}`,
                path: `services.${service.id}.${spec.nameOption}`,
              }
            : undefined;
        diagnostics.push(
          nameProblem({
            subject: `${service.id}: the name of ${spec.type} (${spec.key}${itemName ? ` '${itemName}'` : ''})`,
            rule: spec.name,
            built,
            ctx: ctx.names,
            where: nameSources(ctx.config, ctx.env, entry),
            item: itemName,
            locations: ctx.config.locations,
          }),
        );
      }
      let named: NamedResource;
      if (spec.type === RESOURCE_GROUP_TYPE) {
        const id = resourceGroupId(ctx.subscriptionId, built.name);
        named = {
          service,
          spec,
          item,
          name: built.name,
          armName: built.name,
          id,
          resourceGroup: { ...resourceGroup, name: built.name, id },
        };
      } else if (spec.parent) {
        const parent = spec.parentService ? lookup(spec.parentService, spec.parent) : byKey.get(spec.parent);
        if (!parent || parent === 'off') {
          diagnostics.push({
            severity: 'error',
            code: 'catalog.parent',
            message: `${service.id}: resource '${spec.key}' names parent '${spec.parentService ? `${spec.parentService}.` : ''}${spec.parent}', which ${parent === 'off' ? `is off in environment '${ctx.env}'` : `is not created in network mode '${ctx.mode}'`}`,
            hint: spec.parentService ? `switch ${spec.parentService} on` : undefined,
          });
          continue;
        }
        named = {
          service,
          spec,
          item,
          name: built.name,
          armName: `${parent.armName}/${built.name}`,
          id: childId(parent.id, spec.type, built.name),
          resourceGroup: parent.resourceGroup,
          parentId: parent.id,
          scope: parent.scope,
          subscriptionLevel: parent.subscriptionLevel,
        };
      } else if (spec.deployScope?.kind === 'subscription') {
        named = {
          service,
          spec,
          item,
          name: built.name,
          armName: built.name,
          id: `/subscriptions/${ctx.subscriptionId}/providers/${spec.type}/${built.name}`,
          resourceGroup: { ...resourceGroup, name: '', id: '' },
          subscriptionLevel: true,
        };
      } else if (spec.deployScope?.kind === 'extension') {
        const target = lookup(spec.deployScope.service, spec.deployScope.resource);
        if (target === 'off') continue; // the resource it would extend is not in this environment
        if (!target) {
          diagnostics.push({
            severity: 'error',
            code: 'catalog.extension-target',
            message: `${service.id}: resource '${spec.key}' extends ${spec.deployScope.service}${spec.deployScope.resource ? `.${spec.deployScope.resource}` : ''}, which is not created in network mode '${ctx.mode}'`,
          });
          continue;
        }
        named = {
          service,
          spec,
          item,
          name: built.name,
          armName: built.name,
          id: `${target.id}/providers/${spec.type}/${built.name}`,
          resourceGroup: target.resourceGroup,
          scope: target.id,
        };
      } else {
        named = {
          service,
          spec,
          item,
          name: built.name,
          armName: built.name,
          id: resourceId(resourceGroup.id, spec.type, built.name),
          resourceGroup,
        };
      }
      if (!byKey.has(spec.key)) byKey.set(spec.key, named);
      out.push(named);
    }
  }
  return out;
}

/** The name a `nameOption` spec takes from its option (checked against the rule like any name). */
function optionName(ctx: BuildContext, service: ServiceDefinition, spec: ResourceSpec): string | undefined {
  if (!spec.nameOption) return undefined;
  const value = serviceOption(ctx, service, spec.nameOption);
  return value === undefined || value === null ? undefined : String(value);
}

/** `[undefined]` for a plain spec; the list entries for a `forEach` spec (none when the option is absent). */
function itemsOf(
  ctx: BuildContext,
  service: ServiceDefinition,
  spec: ResourceSpec,
  diagnostics: Diagnostic[],
): (Record<string, unknown> | undefined)[] {
  if (!spec.forEach) return [undefined];
  const list = serviceOption(ctx, service, spec.forEach);
  if (list === undefined) return [];
  const where = `services.${service.id}.${spec.forEach}`;
  if (!Array.isArray(list)) {
    diagnostics.push({
      severity: 'error',
      code: 'config.type',
      message: `${where} must be a list`,
      location: ctx.config.locations?.[where],
    });
    return [];
  }
  const items: Record<string, unknown>[] = [];
  list.forEach((entry, i) => {
    if (
      entry === null ||
      typeof entry !== 'object' ||
      typeof (entry as Record<string, unknown>).name !== 'string'
    ) {
      diagnostics.push({
        severity: 'error',
        code: 'config.type',
        message: `${where}[${i}] needs a 'name' (a string)`,
        location: ctx.config.locations?.[`${where}.${i}`] ?? ctx.config.locations?.[where],
      });
      return;
    }
    items.push(entry as Record<string, unknown>);
  });
  return items;
}
