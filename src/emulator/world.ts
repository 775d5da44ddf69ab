// The emulated Azure Resource Manager: resource groups, resources by id, locks, soft-deleted vaults and
// accounts, subnets and the long-running operations clients poll. HTTP lives in server.ts; templates in
// deployments.ts. Every change goes through the store, which persists it.
import { createHash } from 'node:crypto';
import { contains, overlaps, parseCidr } from '../core/cidr.js';
import { LOCAL_TENANT_ID } from '../core/scope.js';
import { checkEncryption, keyUriOf } from './encryption.js';
import { ArmError, armErrors, type ArmErrorDetail } from './errors.js';
import type { FaultInjector } from './faults.js';
import { isWithin, keyOf, refFromId, scopeId, type ResourceRef } from './ids.js';
import type { TypeRegistry } from './registry.js';
import type { AsyncOperation, SoftDeleted, Store, StoredResource, StoredResourceGroup } from './store.js';
import { checkApiVersion, checkBody, isTrackedType } from './validate.js';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export const OPERATIONS_API_VERSION = '2025-04-01';

const BUSY_STATES = new Set(['Accepted', 'Creating', 'Updating', 'Deleting']);

/** Types whose writes finish synchronously on Azure (no provisioning). */
const SYNCHRONOUS_TYPES = new Set([
  'microsoft.authorization/locks',
  'microsoft.authorization/roleassignments',
  'microsoft.insights/diagnosticsettings',
  'microsoft.resources/tags',
  'microsoft.network/privatednszones/a',
]);

const KEY_VAULT = 'microsoft.keyvault/vaults';
const VAULT_KEY = 'microsoft.keyvault/vaults/keys';
const COGNITIVE = 'microsoft.cognitiveservices/accounts';
const VNET = 'microsoft.network/virtualnetworks';
const SUBNET = 'microsoft.network/virtualnetworks/subnets';
const PRIVATE_ENDPOINT = 'microsoft.network/privateendpoints';
const LOCK = 'microsoft.authorization/locks';
const ROLE_ASSIGNMENT = 'microsoft.authorization/roleassignments';
const DIAGNOSTIC_SETTINGS = 'microsoft.insights/diagnosticsettings';

const EMULATOR_TENANT = LOCAL_TENANT_ID;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deterministic GUID from text: principal ids of managed identities, correlation ids. */
export function guidFrom(text: string): string {
  const h = createHash('sha256').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function statusName(status: number): string {
  const names: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    503: 'ServiceUnavailable',
  };
  return names[status] ?? String(status);
}

export interface WorldOptions {
  store: Store;
  registry: TypeRegistry;
  faults: FaultInjector;
  timeScale: number;
  pageSize: number;
}

export class World {
  readonly store: Store;
  readonly registry: TypeRegistry;
  readonly faults: FaultInjector;
  readonly timeScale: number;
  readonly pageSize: number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly sleepers = new Set<() => void>();
  closing = false;

  constructor(opts: WorldOptions) {
    this.store = opts.store;
    this.registry = opts.registry;
    this.faults = opts.faults;
    this.timeScale = opts.timeScale;
    this.pageSize = opts.pageSize;
  }

  // ───────────── time ─────────────

  scaledMs(seconds: number): number {
    return Math.max(0, Math.round(seconds * this.timeScale * 1000));
  }

  /** Resolves after `ms` (or at once when the emulator closes, so nothing hangs). */
  sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.closing) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.timers.delete(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.timers.add(timer);
      this.sleepers.add(done);
    });
  }

  /** Runs `fn` after `ms`, unless the emulator closes first (the persisted state then resumes on restart). */
  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closing) fn();
    }, ms);
    this.timers.add(timer);
  }

  stopTimers(): void {
    this.closing = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const wake of [...this.sleepers]) wake();
  }

  now(): string {
    return new Date().toISOString();
  }

  // ───────────── long-running operations ─────────────

  newOperation(types: string[], key: string): AsyncOperation {
    const op: AsyncOperation = {
      id: this.store.nextId('op'),
      status: 'InProgress',
      startTime: this.now(),
      types,
      key,
    };
    this.store.state.operations[op.id] = op;
    this.store.changed();
    return op;
  }

  finishOperation(
    op: AsyncOperation,
    outcome: { error?: ArmError; result?: unknown; status?: 'Canceled' } = {},
  ): void {
    op.status = outcome.status ?? (outcome.error ? 'Failed' : 'Succeeded');
    op.endTime = this.now();
    if (outcome.error) {
      op.error = outcome.error.toDetail() as AsyncOperation['error'];
      op.errorStatus = outcome.error.status;
    }
    if (outcome.result !== undefined) op.result = outcome.result;
    this.store.changed();
  }

  asyncHeader(base: string, subscriptionId: string, op: AsyncOperation): Record<string, string> {
    return {
      'azure-asyncoperation': `${base}/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
    };
  }

  locationHeader(base: string, subscriptionId: string, op: AsyncOperation): Record<string, string> {
    return {
      location: `${base}/subscriptions/${subscriptionId}/operationresults/${op.id}?api-version=${OPERATIONS_API_VERSION}`,
    };
  }

  operationStatus(subscriptionId: string, opId: string): Reply {
    const op = this.store.state.operations[opId];
    if (!op) throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
    return {
      status: 200,
      body: {
        id: `/subscriptions/${subscriptionId}/providers/Microsoft.Resources/operationStatuses/${op.id}`,
        name: op.id,
        status: op.status,
        startTime: op.startTime,
        ...(op.endTime ? { endTime: op.endTime } : {}),
        ...(op.error ? { error: op.error } : {}),
      },
    };
  }

  operationResult(base: string, subscriptionId: string, opId: string): Reply {
    const op = this.store.state.operations[opId];
    if (!op) throw new ArmError(404, 'OperationNotFound', `The operation '${opId}' could not be found.`);
    if (op.status === 'InProgress' || op.status === 'Running') {
      return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
    }
    if (op.status === 'Failed' && op.error) {
      return { status: op.errorStatus ?? 400, body: { error: op.error } };
    }
    if (op.result !== undefined) return { status: 200, body: op.result };
    return { status: 204 };
  }

  // ───────────── resource groups ─────────────

  renderGroup(g: StoredResourceGroup): Record<string, unknown> {
    return {
      id: g.id,
      name: g.name,
      type: 'Microsoft.Resources/resourceGroups',
      location: g.location,
      ...(g.managedBy ? { managedBy: g.managedBy } : {}),
      tags: g.tags ?? {},
      properties: { provisioningState: g.provisioningState },
    };
  }

  requireGroup(subscriptionId: string, name: string): StoredResourceGroup {
    const g = this.store.group(subscriptionId, name);
    if (!g || g.provisioningState === 'Deleting') throw armErrors.resourceGroupNotFound(name);
    return g;
  }

  putGroup(subscriptionId: string, name: string, body: Record<string, unknown>): Reply {
    if (!/^[-\w._()]{1,90}$/.test(name) || name.endsWith('.')) {
      throw new ArmError(
        400,
        'InvalidResourceGroupName',
        `Resource group name '${name}' is invalid: use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'.`,
      );
    }
    if (typeof body.location !== 'string' || body.location.trim() === '') {
      throw new ArmError(400, 'LocationRequired', 'The location property is required for this definition.');
    }
    if (body.tags !== undefined && !isObject(body.tags)) {
      throw armErrors.invalidRequestContent(
        "Error converting value to type 'Dictionary<string,string>'. Path 'tags'",
      );
    }
    const id = scopeId(subscriptionId, name);
    const existing = this.store.group(subscriptionId, name);
    if (existing?.provisioningState === 'Deleting') {
      throw new ArmError(
        409,
        'ResourceGroupBeingDeleted',
        `The resource group '${name}' is in deprovisioning state and cannot perform this operation.`,
      );
    }
    if (existing && normalizeLocation(existing.location) !== normalizeLocation(body.location)) {
      throw new ArmError(
        409,
        'InvalidResourceGroupLocation',
        `Invalid resource group location '${body.location}'. The Resource group already exists in location '${existing.location}'.`,
      );
    }
    if (existing) this.checkWriteLocks(id);
    const group: StoredResourceGroup = {
      id: existing?.id ?? id,
      name: existing?.name ?? name,
      location: body.location,
      tags: (body.tags as Record<string, string> | undefined) ?? {},
      ...(typeof body.managedBy === 'string' ? { managedBy: body.managedBy } : {}),
      provisioningState: 'Succeeded',
    };
    this.store.state.resourceGroups[keyOf(id)] = group;
    this.store.changed();
    return { status: existing ? 200 : 201, body: this.renderGroup(group) };
  }

  patchGroup(subscriptionId: string, name: string, body: Record<string, unknown>): Reply {
    const g = this.requireGroup(subscriptionId, name);
    this.checkWriteLocks(g.id);
    if (body.tags !== undefined) {
      if (!isObject(body.tags)) throw armErrors.invalidRequestContent("Error converting value. Path 'tags'");
      g.tags = body.tags as Record<string, string>;
    }
    if (typeof body.managedBy === 'string') g.managedBy = body.managedBy;
    this.store.changed();
    return { status: 200, body: this.renderGroup(g) };
  }

  listGroups(subscriptionId: string, filter: string | undefined): Record<string, unknown>[] {
    const prefix = keyOf(`/subscriptions/${subscriptionId}/resourceGroups/`);
    const match = filter ? parseFilter(filter) : undefined;
    return Object.entries(this.store.state.resourceGroups)
      .filter(([k]) => k.startsWith(prefix))
      .map(([, g]) => g)
      .filter(
        (g) =>
          !match ||
          match({
            name: g.name,
            type: 'Microsoft.Resources/resourceGroups',
            tags: g.tags ?? {},
            location: g.location,
          }),
      )
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((g) => this.renderGroup(g));
  }

  deleteGroup(base: string, subscriptionId: string, name: string): Reply {
    const g = this.requireGroup(subscriptionId, name);
    const locked = this.locksBlockingDelete(g.id);
    if (locked.length > 0) throw armErrors.scopeLocked(g.id, 'delete', locked);
    const inside = this.resourcesWithin(g.id);
    const busy = inside.find((r) => BUSY_STATES.has(r.provisioningState));
    if (busy) throw armErrors.anotherOperationInProgress(busy.id);
    g.provisioningState = 'Deleting';
    this.store.changed();
    const seconds = Math.max(1, ...inside.map((r) => this.registry.timing(r.type, r.body.tags).deletion));
    const op = this.newOperation(
      inside.map((r) => r.type),
      `DELETE ${keyOf(g.id)}`,
    );
    this.later(this.scaledMs(seconds), () => {
      for (const r of inside) this.removeWithSoftDelete(r);
      delete this.store.state.resourceGroups[keyOf(g.id)];
      for (const [k, d] of Object.entries(this.store.state.deployments)) {
        if (isWithin(d.id, g.id)) delete this.store.state.deployments[k];
      }
      this.finishOperation(op);
    });
    return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
  }

  // ───────────── resources ─────────────

  resourcesWithin(scope: string): StoredResource[] {
    const k = keyOf(scope);
    return Object.entries(this.store.state.resources)
      .filter(([key]) => key === k || key.startsWith(k + '/'))
      .map(([, r]) => r);
  }

  /** The resource as ARM returns it, with what Azure derives (provisioning state, subnets, principal ids). */
  render(r: StoredResource): Record<string, unknown> {
    const body = structuredClone(r.body);
    const properties: Record<string, unknown> = isObject(body.properties) ? body.properties : {};
    const type = r.type.toLowerCase();
    if (type === VNET) {
      properties.subnets = this.childrenOf(r.id, SUBNET).map((s) => this.render(s));
    }
    if (type === SUBNET) {
      const endpoints = this.endpointsUsing(r.id);
      if (endpoints.length > 0) properties.privateEndpoints = endpoints.map((id) => ({ id }));
    }
    // Locks and diagnostic settings are not provisioned; everything else reports its state.
    if (type !== LOCK && type !== DIAGNOSTIC_SETTINGS) properties.provisioningState = r.provisioningState;
    return { id: r.id, name: r.name, type: r.type, ...body, properties };
  }

  childrenOf(parentId: string, childType: string): StoredResource[] {
    const prefix = keyOf(parentId) + '/';
    return Object.entries(this.store.state.resources)
      .filter(([k, r]) => k.startsWith(prefix) && r.type.toLowerCase() === childType)
      .filter(([k]) => !k.slice(prefix.length).includes('/providers/'))
      .map(([, r]) => r)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  endpointsUsing(subnetId: string): string[] {
    return Object.values(this.store.state.resources)
      .filter((r) => r.type.toLowerCase() === PRIVATE_ENDPOINT && r.provisioningState !== 'Deleting')
      .filter((r) => {
        const props = r.body.properties;
        const subnet = isObject(props) && isObject(props.subnet) ? props.subnet.id : undefined;
        return typeof subnet === 'string' && keyOf(subnet) === keyOf(subnetId);
      })
      .map((r) => r.id);
  }

  /** Checks api-version and type for a request by id; throws ARM's error. */
  checkVersion(ref: ResourceRef, apiVersion: string | undefined, location?: string): void {
    const problem = checkApiVersion(this.registry, ref.type, apiVersion, location);
    if (problem) throw problem;
  }

  requireScope(ref: ResourceRef): void {
    if (ref.resourceGroup) this.requireGroup(ref.subscriptionId, ref.resourceGroup);
    const parentIsGroup = keyOf(ref.parentId) === keyOf(scopeId(ref.subscriptionId, ref.resourceGroup));
    if (parentIsGroup) return;
    const parent = this.store.resource(ref.parentId);
    if (!parent || parent.provisioningState === 'Deleting') {
      if (ref.extension) {
        const p = refFromId(ref.parentId);
        throw armErrors.resourceNotFound(p?.type ?? 'resource', p?.name ?? ref.parentId, ref.resourceGroup);
      }
      throw armErrors.parentNotFound(refFromId(ref.parentId)?.name ?? ref.parentId);
    }
  }

  getResource(ref: ResourceRef): StoredResource {
    const r = this.store.resource(ref.id);
    if (!r) {
      if (ref.resourceGroup) this.requireGroup(ref.subscriptionId, ref.resourceGroup);
      throw armErrors.resourceNotFound(ref.type, ref.name, ref.resourceGroup);
    }
    return r;
  }

  isBusy(id: string): boolean {
    const r = this.store.resource(id);
    return r !== undefined && BUSY_STATES.has(r.provisioningState);
  }

  /** Locks whose scope covers `id`, optionally only ReadOnly ones; the lock scopes are returned. */
  private locks(filter: (lockScope: string, level: string) => boolean): string[] {
    const scopes: string[] = [];
    for (const r of Object.values(this.store.state.resources)) {
      if (r.type.toLowerCase() !== LOCK) continue;
      const lockRef = refFromId(r.id);
      if (!lockRef) continue;
      const level = isObject(r.body.properties) ? String(r.body.properties.level) : '';
      if (filter(lockRef.parentId, level) && !scopes.includes(lockRef.parentId))
        scopes.push(lockRef.parentId);
    }
    return scopes;
  }

  locksBlockingDelete(id: string): string[] {
    return this.locks((scope) => isWithin(id, scope) || isWithin(scope, id));
  }

  checkWriteLocks(id: string): void {
    const readOnly = this.locks((scope, level) => level === 'ReadOnly' && isWithin(id, scope));
    if (readOnly.length > 0) throw armErrors.scopeLocked(id, 'write', readOnly);
  }

  /**
   * All checks of a write by id that need the world: scope exists, locks, soft-deleted names, subnet ranges,
   * references. Returns the body to store (what ARM keeps of the request).
   */
  prepareWrite(ref: ResourceRef, body: Record<string, unknown>): Record<string, unknown> {
    const type = ref.type.toLowerCase();
    const problem = checkBody(ref, body);
    if (problem) throw problem;
    this.requireScope(ref);
    if (type !== LOCK) this.checkWriteLocks(ref.id);
    const existing = this.store.resource(ref.id);
    if (
      existing &&
      isTrackedType(type) &&
      typeof body.location === 'string' &&
      typeof existing.body.location === 'string'
    ) {
      if (normalizeLocation(body.location) !== normalizeLocation(existing.body.location)) {
        throw new ArmError(
          400,
          'InvalidResourceLocation',
          `The resource '${ref.name}' already exists in location '${existing.body.location}' in resource group '${ref.resourceGroup}'. A resource with the same name cannot be created in location '${body.location}'. Please select a new resource name.`,
        );
      }
    }
    const stored = structuredClone(body);
    delete stored.id;
    delete stored.name;
    delete stored.type;
    if (type === KEY_VAULT) this.prepareVault(ref, stored, existing);
    if (type === COGNITIVE) this.prepareCognitive(ref, stored);
    if (type === SUBNET) this.checkSubnet(ref, stored);
    if (type === VNET) this.checkVnet(ref, stored);
    if (type === PRIVATE_ENDPOINT) this.checkEndpoint(stored);
    if (type === ROLE_ASSIGNMENT) this.checkRoleAssignment(ref, stored, existing);
    this.addIdentity(ref, stored);
    if (type === VAULT_KEY) this.addKeyUris(ref, stored, existing);
    checkEncryption(
      { resource: (id) => this.store.resource(id), all: () => Object.values(this.store.state.resources) },
      ref,
      stored,
      existing,
    );
    return stored;
  }

  /** Stores a prepared write with the given provisioning state and applies its side effects. */
  commitWrite(
    ref: ResourceRef,
    apiVersion: string,
    stored: Record<string, unknown>,
    state: StoredResource['provisioningState'],
  ): { resource: StoredResource; created: boolean } {
    const type = ref.type.toLowerCase();
    const existing = this.store.resource(ref.id);
    let inlineSubnets: unknown[] | undefined;
    if (type === VNET) {
      const props = isObject(stored.properties) ? stored.properties : {};
      inlineSubnets = Array.isArray(props.subnets) ? props.subnets : [];
      delete props.subnets;
    }
    if (type === KEY_VAULT || type === COGNITIVE) {
      for (const [k, sd] of Object.entries(this.store.state.softDeleted)) {
        if (this.softDeletedMatches(sd, ref)) delete this.store.state.softDeleted[k];
      }
    }
    const now = this.now();
    const resource: StoredResource = {
      id: existing?.id ?? ref.id,
      name: existing?.name ?? ref.name,
      type: existing?.type ?? ref.type,
      apiVersion,
      body: stored,
      provisioningState: state,
      createdAt: existing?.createdAt ?? now,
      changedAt: now,
    };
    this.store.putResource(resource);
    if (inlineSubnets) this.reconcileSubnets(resource, inlineSubnets, apiVersion);
    return { resource, created: existing === undefined };
  }

  /** PUT by id from a client: validate, store, and answer synchronously or as a long-running operation. */
  putResource(
    base: string,
    ref: ResourceRef,
    apiVersion: string | undefined,
    body: Record<string, unknown>,
  ): Reply {
    this.checkVersion(ref, apiVersion, typeof body.location === 'string' ? body.location : undefined);
    if (this.isBusy(ref.id)) throw armErrors.anotherOperationInProgress(ref.id);
    const stored = this.prepareWrite(ref, body);
    const ms = SYNCHRONOUS_TYPES.has(ref.type.toLowerCase())
      ? 0
      : this.scaledMs(this.registry.timing(ref.type, body.tags).provisioning);
    const existed = this.store.resource(ref.id) !== undefined;
    if (ms === 0) {
      const { resource, created } = this.commitWrite(ref, apiVersion as string, stored, 'Succeeded');
      return { status: created ? 201 : 200, body: this.render(resource) };
    }
    const { resource } = this.commitWrite(
      ref,
      apiVersion as string,
      stored,
      existed ? 'Updating' : 'Creating',
    );
    const op = this.newOperation([ref.type], `PUT ${keyOf(ref.id)}`);
    this.later(ms, () => {
      const current = this.store.resource(ref.id);
      if (current) {
        current.provisioningState = 'Succeeded';
        this.store.changed();
      }
      this.finishOperation(op);
    });
    return {
      status: existed ? 200 : 201,
      body: this.render(resource),
      headers: this.asyncHeader(base, ref.subscriptionId, op),
    };
  }

  patchResource(ref: ResourceRef, apiVersion: string | undefined, body: Record<string, unknown>): Reply {
    this.checkVersion(ref, apiVersion);
    const r = this.getResource(ref);
    if (BUSY_STATES.has(r.provisioningState)) throw armErrors.anotherOperationInProgress(r.id);
    this.checkWriteLocks(r.id);
    const merged = mergePatch(r.body, body);
    const stored = this.prepareWrite(ref, {
      ...merged,
      location: r.body.location ?? merged.location,
    });
    const { resource } = this.commitWrite(ref, apiVersion as string, stored, 'Succeeded');
    return { status: 200, body: this.render(resource) };
  }

  deleteResource(base: string, ref: ResourceRef, apiVersion: string | undefined): Reply {
    this.checkVersion(ref, apiVersion);
    if (ref.resourceGroup) this.requireGroup(ref.subscriptionId, ref.resourceGroup);
    const r = this.store.resource(ref.id);
    if (!r) return { status: 204 };
    const type = r.type.toLowerCase();
    if (type !== LOCK) {
      const locked = this.locksBlockingDelete(r.id);
      if (locked.length > 0) throw armErrors.scopeLocked(r.id, 'delete', locked);
    }
    const tree = this.resourcesWithin(r.id).filter(
      (x) => x.type.toLowerCase() !== LOCK || keyOf(x.id) === keyOf(r.id),
    );
    const busy = tree.find((x) => BUSY_STATES.has(x.provisioningState));
    if (busy) throw armErrors.anotherOperationInProgress(busy.id);
    for (const subnet of tree.filter((x) => x.type.toLowerCase() === SUBNET)) {
      const users = this.endpointsUsing(subnet.id);
      if (users.length > 0) throw inUseSubnet(subnet.name, users[0]);
    }
    const ms = SYNCHRONOUS_TYPES.has(type)
      ? 0
      : this.scaledMs(this.registry.timing(r.type, r.body.tags).deletion);
    if (ms === 0) {
      for (const x of tree) this.removeWithSoftDelete(x);
      return { status: 200 };
    }
    r.provisioningState = 'Deleting';
    this.store.changed();
    const op = this.newOperation([r.type], `DELETE ${keyOf(r.id)}`);
    this.later(ms, () => {
      for (const x of this.resourcesWithin(r.id)) this.removeWithSoftDelete(x);
      this.finishOperation(op);
    });
    return { status: 202, headers: this.locationHeader(base, ref.subscriptionId, op) };
  }

  /** Removes a resource; vaults and Cognitive Services accounts go to their soft-deleted collections. */
  removeWithSoftDelete(r: StoredResource): void {
    const type = r.type.toLowerCase();
    const ref = refFromId(r.id);
    const props = isObject(r.body.properties) ? r.body.properties : {};
    const location = normalizeLocation(String(r.body.location ?? 'global'));
    const deletedAt = new Date();
    if (ref && type === KEY_VAULT && props.enableSoftDelete !== false) {
      const days = typeof props.softDeleteRetentionInDays === 'number' ? props.softDeleteRetentionInDays : 90;
      const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.KeyVault/locations/${location}/deletedVaults/${r.name}`;
      this.store.state.softDeleted[keyOf(id)] = softDeleted(
        id,
        'keyVault',
        r,
        location,
        deletedAt,
        days,
        props.enablePurgeProtection === true,
      );
    } else if (ref && type === COGNITIVE) {
      const id = `/subscriptions/${ref.subscriptionId}/providers/Microsoft.CognitiveServices/locations/${location}/resourceGroups/${ref.resourceGroup}/deletedAccounts/${r.name}`;
      this.store.state.softDeleted[keyOf(id)] = softDeleted(
        id,
        'cognitiveServices',
        r,
        location,
        deletedAt,
        2,
        false,
      );
    }
    this.store.removeResource(r.id);
  }

  /**
   * Tracked resources of a group (or the subscription). As on ARM, `createdTime`, `changedTime` and
   * `provisioningState` are returned only when `$expand` asks for them.
   */
  listResources(
    subscriptionId: string,
    resourceGroup: string | undefined,
    filter: string | undefined,
    expand?: string,
  ): Record<string, unknown>[] {
    const expanded = new Set(
      (expand ?? '')
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    );
    const scope = scopeId(subscriptionId, resourceGroup);
    if (resourceGroup) this.requireGroup(subscriptionId, resourceGroup);
    const match = filter ? parseFilter(filter) : undefined;
    return this.resourcesWithin(scope)
      .filter((r) => isTrackedType(r.type) && !(refFromId(r.id)?.extension ?? false))
      .filter(
        (r) =>
          !match ||
          match({
            name: r.name,
            type: r.type,
            tags: (r.body.tags as Record<string, string> | undefined) ?? {},
            location: String(r.body.location ?? ''),
          }),
      )
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => {
        // Lists return the envelope, not the properties (as ARM does without $expand).
        const { location, tags, kind, sku, identity, managedBy, plan } = r.body as Record<string, unknown>;
        return {
          id: r.id,
          name: r.name,
          type: r.type,
          ...(location !== undefined ? { location } : {}),
          ...(kind !== undefined ? { kind } : {}),
          ...(sku !== undefined ? { sku } : {}),
          ...(identity !== undefined ? { identity } : {}),
          ...(managedBy !== undefined ? { managedBy } : {}),
          ...(plan !== undefined ? { plan } : {}),
          tags: tags ?? {},
          ...(expanded.has('createdtime') ? { createdTime: r.createdAt } : {}),
          ...(expanded.has('changedtime') ? { changedTime: r.changedAt } : {}),
          ...(expanded.has('provisioningstate') ? { provisioningState: r.provisioningState } : {}),
        };
      });
  }

  /** GET on a collection path: the children of one type under a parent (subnets, locks at a scope…). */
  listChildren(parentId: string, type: string): Record<string, unknown>[] {
    return this.childrenOf(parentId, type.toLowerCase()).map((r) => this.render(r));
  }

  // ───────────── soft delete ─────────────

  private softDeletedMatches(sd: SoftDeleted, ref: ResourceRef): boolean {
    if (sd.name.toLowerCase() !== ref.name.toLowerCase()) return false;
    if (sd.kind === 'keyVault') return ref.type.toLowerCase() === KEY_VAULT;
    const old = refFromId(sd.resource.id);
    return (
      ref.type.toLowerCase() === COGNITIVE &&
      old !== undefined &&
      old.subscriptionId.toLowerCase() === ref.subscriptionId.toLowerCase() &&
      (old.resourceGroup ?? '').toLowerCase() === (ref.resourceGroup ?? '').toLowerCase()
    );
  }

  findSoftDeleted(ref: ResourceRef): SoftDeleted | undefined {
    return Object.values(this.store.state.softDeleted).find((sd) => this.softDeletedMatches(sd, ref));
  }

  private prepareVault(
    ref: ResourceRef,
    body: Record<string, unknown>,
    existing: StoredResource | undefined,
  ): void {
    const props = isObject(body.properties) ? body.properties : (body.properties = {});
    const taken = Object.values(this.store.state.resources).find(
      (r) =>
        r.type.toLowerCase() === KEY_VAULT &&
        r.name.toLowerCase() === ref.name.toLowerCase() &&
        keyOf(r.id) !== keyOf(ref.id),
    );
    if (taken) {
      throw new ArmError(
        409,
        'VaultAlreadyExists',
        `The vault name '${ref.name}' is already in use. Vault names are globally unique so it is possible that the name is already taken.`,
      );
    }
    const deleted = this.findSoftDeleted(ref);
    if (props.createMode === 'recover') {
      if (!deleted) {
        throw new ArmError(
          404,
          'SoftDeletedVaultDoesNotExist',
          `A soft deleted vault with the given name '${ref.name}' does not exist. Ensure that the name for the vault that is being attempted to recover is in a recoverable state. For more information on soft delete please follow this link https://go.microsoft.com/fwlink/?linkid=2149745`,
        );
      }
      const old = isObject(deleted.resource.body.properties) ? deleted.resource.body.properties : {};
      delete props.createMode;
      for (const [k, v] of Object.entries(old)) if (props[k] === undefined) props[k] = v;
      if (old.enablePurgeProtection === true) props.enablePurgeProtection = true;
    } else if (deleted) {
      throw new ArmError(
        409,
        'ConflictError',
        `A vault with the same name already exists in deleted state. You need to either recover or purge existing key vault. Follow this link https://go.microsoft.com/fwlink/?linkid=2149745 for more information on soft delete. (deleted vault: ${deleted.id})`,
      );
    }
    const before = existing && isObject(existing.body.properties) ? existing.body.properties : {};
    if (before.enablePurgeProtection === true && props.enablePurgeProtection === false) {
      throw new ArmError(
        400,
        'BadRequest',
        'The property "enablePurgeProtection" cannot be set to false. Enabling the purge protection for a vault is an irreversible action.',
      );
    }
    if (before.enablePurgeProtection === true && props.enablePurgeProtection === undefined)
      props.enablePurgeProtection = true;
  }

  private prepareCognitive(ref: ResourceRef, body: Record<string, unknown>): void {
    const props = isObject(body.properties) ? body.properties : (body.properties = {});
    const deleted = this.findSoftDeleted(ref);
    if (deleted && props.restore !== true) {
      throw new ArmError(
        409,
        'FlagMustBeSetForRestore',
        `An existing resource with ID '${deleted.resource.id}' has been soft-deleted. To restore the resource, you must specify 'restore' to be 'true' in the property. If you don't want to restore existing resource, please purge it first.`,
      );
    }
    delete props.restore;
    // Restored, the account comes back as it was (keys, settings); what the request sets goes on top.
    if (deleted) {
      const old = isObject(deleted.resource.body.properties) ? deleted.resource.body.properties : {};
      for (const [k, v] of Object.entries(old)) if (props[k] === undefined) props[k] = structuredClone(v);
    }
  }

  renderSoftDeleted(sd: SoftDeleted): Record<string, unknown> {
    if (sd.kind === 'keyVault') {
      const props = isObject(sd.resource.body.properties) ? sd.resource.body.properties : {};
      return {
        id: sd.id,
        name: sd.name,
        type: 'Microsoft.KeyVault/deletedVaults',
        properties: {
          vaultId: sd.resource.id,
          location: sd.location,
          deletionDate: sd.deletionDate,
          scheduledPurgeDate: sd.scheduledPurgeDate,
          tags: sd.resource.body.tags ?? {},
          purgeProtectionEnabled: props.enablePurgeProtection === true,
        },
      };
    }
    const live = this.render(sd.resource);
    return {
      ...live,
      id: sd.id,
      type: 'Microsoft.CognitiveServices/locations/resourceGroups/deletedAccounts',
      properties: {
        ...(live.properties as Record<string, unknown>),
        deletionDate: sd.deletionDate,
        scheduledPurgeDate: sd.scheduledPurgeDate,
      },
    };
  }

  listSoftDeleted(subscriptionId: string, kind: SoftDeleted['kind']): Record<string, unknown>[] {
    const prefix = keyOf(`/subscriptions/${subscriptionId}/`);
    return Object.entries(this.store.state.softDeleted)
      .filter(([k, sd]) => k.startsWith(prefix) && sd.kind === kind)
      .map(([, sd]) => this.renderSoftDeleted(sd));
  }

  getSoftDeleted(id: string): SoftDeleted {
    const sd = this.store.state.softDeleted[keyOf(id)];
    const ref = refFromId(id);
    if (!sd)
      throw armErrors.resourceNotFound(ref?.type ?? 'deleted resource', ref?.name ?? id, ref?.resourceGroup);
    return sd;
  }

  purge(base: string, subscriptionId: string, id: string): Reply {
    const sd = this.getSoftDeleted(id);
    if (sd.purgeProtection) {
      throw new ArmError(
        409,
        'InvalidOperation',
        `Operation 'DeletedVaultPurge' is not allowed. Purge protection is enabled for vault '${sd.name}': it is purged automatically on ${sd.scheduledPurgeDate}; recover it (createMode: recover) to use the name again.`,
      );
    }
    const op = this.newOperation([sd.resource.type], `PURGE ${keyOf(id)}`);
    this.later(this.scaledMs(1), () => {
      delete this.store.state.softDeleted[keyOf(id)];
      this.store.changed();
      this.finishOperation(op);
    });
    return { status: 202, headers: this.locationHeader(base, subscriptionId, op) };
  }

  // ───────────── networking ─────────────

  private vnetPrefixes(vnet: Record<string, unknown>): string[] {
    const props = isObject(vnet.properties) ? vnet.properties : {};
    const space = isObject(props.addressSpace) ? props.addressSpace : {};
    return Array.isArray(space.addressPrefixes) ? space.addressPrefixes.map(String) : [];
  }

  private subnetPrefix(subnet: Record<string, unknown>): string | undefined {
    const props = isObject(subnet.properties) ? subnet.properties : {};
    if (typeof props.addressPrefix === 'string') return props.addressPrefix;
    if (Array.isArray(props.addressPrefixes) && typeof props.addressPrefixes[0] === 'string')
      return props.addressPrefixes[0];
    return undefined;
  }

  /** Checks one subnet's range against the VNet's address space and its sibling subnets. */
  private checkSubnetRange(
    vnetName: string,
    vnetPrefixes: string[],
    name: string,
    prefix: string | undefined,
    siblings: { name: string; prefix?: string }[],
  ): void {
    const cidr = prefix ? parseCidr(prefix) : undefined;
    if (!cidr) {
      throw new ArmError(
        400,
        'NetcfgInvalidSubnet',
        `Subnet '${name}' is not valid in virtual network '${vnetName}': address prefix '${prefix ?? '(missing)'}' is not a valid CIDR such as 10.1.0.0/24 (host bits must be zero).`,
      );
    }
    const spaces = vnetPrefixes.map(parseCidr).filter((c) => c !== undefined);
    if (!spaces.some((s) => contains(s, cidr))) {
      throw new ArmError(
        400,
        'NetcfgSubnetRangeOutsideVnet',
        `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}' (${vnetPrefixes.join(', ')}).`,
      );
    }
    for (const s of siblings) {
      if (s.name.toLowerCase() === name.toLowerCase() || !s.prefix) continue;
      const other = parseCidr(s.prefix);
      if (other && overlaps(other, cidr)) {
        throw new ArmError(
          400,
          'NetcfgSubnetRangesOverlap',
          `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet '${s.name}' (${s.prefix}) in virtual network '${vnetName}'.`,
        );
      }
    }
  }

  private checkSubnet(ref: ResourceRef, body: Record<string, unknown>): void {
    const vnet = this.store.resource(ref.parentId) as StoredResource;
    const siblings = this.childrenOf(vnet.id, SUBNET).map((s) => ({
      name: s.name,
      prefix: this.subnetPrefix(s.body),
    }));
    this.checkSubnetRange(
      vnet.name,
      this.vnetPrefixes(vnet.body),
      ref.name,
      this.subnetPrefix(body),
      siblings,
    );
  }

  private checkVnet(ref: ResourceRef, body: Record<string, unknown>): void {
    const prefixes = this.vnetPrefixes(body);
    for (const p of prefixes) {
      if (!parseCidr(p)) {
        throw new ArmError(
          400,
          'InvalidAddressPrefixFormat',
          `Address prefix '${p}' of virtual network '${ref.name}' is not a valid CIDR such as 10.1.0.0/16.`,
        );
      }
    }
    const props = isObject(body.properties) ? body.properties : {};
    const inline = Array.isArray(props.subnets) ? props.subnets.filter(isObject) : [];
    const seen: { name: string; prefix?: string }[] = [];
    for (const s of inline) {
      const name = String(s.name ?? '');
      this.checkSubnetRange(ref.name, prefixes, name, this.subnetPrefix(s), seen);
      seen.push({ name, prefix: this.subnetPrefix(s) });
    }
    // Like ARM, a VNet PUT is the whole truth: subnets it leaves out are deleted, which fails while in use.
    const keep = new Set(inline.map((s) => String(s.name ?? '').toLowerCase()));
    for (const existing of this.childrenOf(ref.id, SUBNET)) {
      if (keep.has(existing.name.toLowerCase())) continue;
      const users = this.endpointsUsing(existing.id);
      if (users.length > 0) throw inUseSubnet(existing.name, users[0]);
    }
  }

  private reconcileSubnets(vnet: StoredResource, inline: unknown[], apiVersion: string): void {
    const keep = new Set<string>();
    for (const s of inline.filter(isObject)) {
      const name = String(s.name ?? '');
      keep.add(name.toLowerCase());
      const id = `${vnet.id}/subnets/${name}`;
      const existing = this.store.resource(id);
      const now = this.now();
      this.store.putResource({
        id: existing?.id ?? id,
        name,
        type: 'Microsoft.Network/virtualNetworks/subnets',
        apiVersion,
        body: { properties: isObject(s.properties) ? structuredClone(s.properties) : {} },
        provisioningState: 'Succeeded',
        createdAt: existing?.createdAt ?? now,
        changedAt: now,
      });
    }
    for (const existing of this.childrenOf(vnet.id, SUBNET)) {
      if (!keep.has(existing.name.toLowerCase())) this.store.removeResource(existing.id);
    }
  }

  private checkEndpoint(body: Record<string, unknown>): void {
    const props = body.properties as Record<string, unknown>;
    const subnetId = String((props.subnet as Record<string, unknown>).id);
    const subnet = this.store.resource(subnetId);
    if (!subnet || subnet.type.toLowerCase() !== SUBNET) {
      throw new ArmError(
        400,
        'InvalidResourceReference',
        `Resource ${subnetId} referenced by the private endpoint was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
      );
    }
  }

  private checkRoleAssignment(
    ref: ResourceRef,
    body: Record<string, unknown>,
    existing: StoredResource | undefined,
  ): void {
    const props = body.properties as Record<string, unknown>;
    const roleOf = (p: Record<string, unknown>) =>
      String(p.roleDefinitionId ?? '')
        .split('/')
        .pop()
        ?.toLowerCase();
    if (existing) {
      const before = existing.body.properties as Record<string, unknown>;
      if (
        String(before.principalId).toLowerCase() !== String(props.principalId).toLowerCase() ||
        roleOf(before) !== roleOf(props)
      ) {
        throw new ArmError(
          400,
          'RoleAssignmentUpdateNotPermitted',
          'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
        );
      }
      return;
    }
    const duplicate = Object.values(this.store.state.resources).find((r) => {
      if (r.type.toLowerCase() !== ROLE_ASSIGNMENT) return false;
      const other = refFromId(r.id);
      const p = r.body.properties as Record<string, unknown>;
      return (
        other !== undefined &&
        keyOf(other.parentId) === keyOf(ref.parentId) &&
        String(p.principalId).toLowerCase() === String(props.principalId).toLowerCase() &&
        roleOf(p) === roleOf(props)
      );
    });
    if (duplicate) {
      throw new ArmError(
        409,
        'RoleAssignmentExists',
        `The role assignment already exists. The ID of the existing role assignment is ${duplicate.name}.`,
      );
    }
  }

  /**
   * Key Vault reports a key's data-plane URIs. A PUT of an existing key changes nothing and makes no new version
   * (rotation is the data plane's job), so the version stays the one the key was created with.
   */
  private addKeyUris(
    ref: ResourceRef,
    body: Record<string, unknown>,
    existing: StoredResource | undefined,
  ): void {
    const props = isObject(body.properties) ? body.properties : (body.properties = {});
    const vault = refFromId(ref.parentId)?.name ?? '';
    const before = isObject(existing?.body.properties) ? existing.body.properties : {};
    const version =
      typeof before.keyUriWithVersion === 'string'
        ? before.keyUriWithVersion.split('/').pop()!
        : guidFrom(`key-version:${keyOf(ref.id)}:${this.now()}`).replace(/-/g, '');
    props.keyUri = keyUriOf(vault, ref.name);
    props.keyUriWithVersion = `${props.keyUri}/${version}`;
  }

  /** Azure fills in the principal of a system-assigned identity, and the ids of a user-assigned identity. */
  private addIdentity(ref: ResourceRef, body: Record<string, unknown>): void {
    if (
      isObject(body.identity) &&
      typeof body.identity.type === 'string' &&
      /systemassigned/i.test(body.identity.type)
    ) {
      body.identity.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
      body.identity.tenantId = EMULATOR_TENANT;
    }
    if (ref.type.toLowerCase() === 'microsoft.managedidentity/userassignedidentities') {
      const props = isObject(body.properties) ? body.properties : (body.properties = {});
      props.principalId = guidFrom(`principal:${keyOf(ref.id)}`);
      props.clientId = guidFrom(`client:${keyOf(ref.id)}`);
      props.tenantId = EMULATOR_TENANT;
    }
  }
}

function inUseSubnet(subnetName: string, userId: string): ArmError {
  return new ArmError(
    400,
    'InUseSubnetCannotBeDeleted',
    `Subnet ${subnetName} is in use by ${userId} and cannot be deleted. In order to delete the subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.`,
  );
}

function softDeleted(
  id: string,
  kind: SoftDeleted['kind'],
  resource: StoredResource,
  location: string,
  deletedAt: Date,
  retentionDays: number,
  purgeProtection: boolean,
): SoftDeleted {
  return {
    id,
    kind,
    name: resource.name,
    location,
    resource: { ...resource, provisioningState: 'Succeeded' },
    deletionDate: deletedAt.toISOString(),
    scheduledPurgeDate: new Date(deletedAt.getTime() + retentionDays * 86400e3).toISOString(),
    purgeProtection,
  };
}

export function normalizeLocation(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

/** JSON merge patch (RFC 7386) as ARM applies PATCH bodies; tags are replaced as a whole. */
export function mergePatch(
  target: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = structuredClone(target);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete result[k];
    else if (k !== 'tags' && isObject(v) && isObject(result[k]))
      result[k] = mergePatch(result[k] as Record<string, unknown>, v);
    else result[k] = structuredClone(v);
  }
  return result;
}

interface FilterSubject {
  name: string;
  type: string;
  location: string;
  tags: Record<string, string>;
}

/**
 * ARM's $filter subset for resource lists: `tagName eq 'x' [and tagValue eq 'y']`, `resourceType eq 'T'`,
 * `name eq 'n'`, `location eq 'l'`, `substringof('s', name)`, joined with `and`.
 */
export function parseFilter(filter: string): (s: FilterSubject) => boolean {
  const clauses = filter.split(/\s+and\s+/i).map((c) => c.trim());
  const tests: ((s: FilterSubject) => boolean)[] = [];
  let tagName: string | undefined;
  let tagValue: string | undefined;
  for (const clause of clauses) {
    const eq = /^(\w+)\s+eq\s+'((?:[^']|'')*)'$/i.exec(clause);
    const sub = /^substringof\(\s*'((?:[^']|'')*)'\s*,\s*name\s*\)$/i.exec(clause);
    if (eq) {
      const field = eq[1].toLowerCase();
      const value = eq[2].replace(/''/g, "'");
      if (field === 'tagname') tagName = value;
      else if (field === 'tagvalue') tagValue = value;
      else if (field === 'resourcetype') tests.push((s) => s.type.toLowerCase() === value.toLowerCase());
      else if (field === 'name') tests.push((s) => s.name.toLowerCase() === value.toLowerCase());
      else if (field === 'location')
        tests.push((s) => normalizeLocation(s.location) === normalizeLocation(value));
      else throw invalidFilter(filter);
    } else if (sub) {
      const value = sub[1].replace(/''/g, "'").toLowerCase();
      tests.push((s) => s.name.toLowerCase().includes(value));
    } else {
      throw invalidFilter(filter);
    }
  }
  if (tagValue !== undefined && tagName === undefined) throw invalidFilter(filter);
  if (tagName !== undefined) {
    const name = tagName.toLowerCase();
    const value = tagValue;
    tests.push((s) =>
      Object.entries(s.tags).some(
        ([k, v]) => k.toLowerCase() === name && (value === undefined || v === value),
      ),
    );
  }
  return (s) => tests.every((t) => t(s));
}

function invalidFilter(filter: string): ArmError {
  return new ArmError(
    400,
    'InvalidFilterInQueryString',
    `Invalid $filter '${filter}' specified in the query string. Supported: tagName eq 'x' [and tagValue eq 'y'], resourceType eq 'T', name eq 'n', location eq 'l', substringof('s', name), joined with 'and'.`,
  );
}

export type { ArmErrorDetail };
