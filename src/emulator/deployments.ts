// ARM deployments of fully concrete templates: preflight validation, resources created in dependsOn order
// with simulated durations, the Azure-AsyncOperation protocol, deployment operations, what-if and validate.
import { createHash } from 'node:crypto';
import { ArmError, armErrors, type ArmErrorDetail } from './errors.js';
import { keyOf, refFromId, scopeId, type ResourceRef } from './ids.js';
import type { DeploymentOperationRecord, StoredDeployment } from './store.js';
import { checkApiVersion, checkBody } from './validate.js';
import { guidFrom, isObject, statusName, type Reply, type World } from './world.js';

export interface DeploymentScope {
  subscriptionId: string;
  resourceGroup?: string;
}

interface PlannedResource {
  index: number;
  ref: ResourceRef;
  apiVersion: string;
  body: Record<string, unknown>;
  dependsOn: string[]; // keys (lower-case ids) of template resources
}

const TEMPLATE_KEYS = new Set(['type', 'apiVersion', 'name', 'dependsOn', 'comments', 'scope', 'metadata']);

function templateError(message: string): ArmError {
  return new ArmError(400, 'InvalidTemplate', `Deployment template validation failed: '${message}'.`);
}

/** Finds a template language expression (`[...]`, not the `[[` escape) anywhere in a value. */
function findExpression(value: unknown, path: string): { path: string; text: string } | undefined {
  if (typeof value === 'string') {
    if (value.startsWith('[') && !value.startsWith('[[') && value.endsWith(']')) return { path, text: value };
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findExpression(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return undefined;
  }
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const hit = findExpression(v, path ? `${path}.${k}` : k);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** What ARM makes of template values that are not expressions: `[[…]` is the literal `[…]`. */
function unescapeLiterals(value: unknown): unknown {
  if (typeof value === 'string')
    return value.startsWith('[[') && value.endsWith(']') ? value.slice(1) : value;
  if (Array.isArray(value)) return value.map(unescapeLiterals);
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescapeLiterals(v)]));
  return value;
}

function deploymentId(scope: DeploymentScope, name: string): string {
  return `${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/${name}`;
}

function isoDuration(ms: number): string {
  return `PT${(ms / 1000).toFixed(3)}S`;
}

export class Deployments {
  private readonly cancelled = new Set<string>();
  private running = 0;
  peakRunning = 0;

  constructor(private readonly world: World) {}

  private get store() {
    return this.world.store;
  }

  /** Deployments that were running when the emulator stopped are run again (their writes are idempotent). */
  resume(): void {
    for (const d of Object.values(this.store.state.deployments)) {
      if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
        const planned = this.plan(d.template, {
          subscriptionId: d.subscriptionId,
          resourceGroup: d.resourceGroup,
        });
        void this.execute(d, planned);
      }
    }
  }

  // ───────────── template → planned resources ─────────────

  /** Structural validation of a template; throws InvalidTemplate. */
  plan(template: unknown, scope: DeploymentScope): PlannedResource[] {
    if (!isObject(template)) {
      throw armErrors.invalidRequestContent(
        "Required property 'template' not found in JSON. Path 'properties' (templateLink is not supported by the emulator: send the template inline)",
      );
    }
    const resources = template.resources;
    if (!Array.isArray(resources)) {
      throw templateError(
        "The template 'resources' must be an array of fully concrete resources (symbolic-name templates are not supported by the emulator)",
      );
    }
    const planned: PlannedResource[] = [];
    const byKey = new Map<string, PlannedResource>();
    resources.forEach((raw, index) => {
      if (!isObject(raw)) throw templateError(`The template resource at index '${index}' is not an object`);
      const expression = findExpression(raw, '');
      if (expression) {
        throw templateError(
          `The template resource '${String(raw.name ?? index)}' contains the template language expression '${expression.text}' at '${expression.path}'. The emulator, like aifactory, deploys only fully concrete templates: compute the value before deploying`,
        );
      }
      for (const unsupported of ['copy', 'condition', 'resources']) {
        if (raw[unsupported] !== undefined) {
          throw templateError(
            `The template resource '${String(raw.name ?? index)}' uses '${unsupported}', which the emulator does not support: list every resource explicitly`,
          );
        }
      }
      const { type, apiVersion, name } = raw;
      if (typeof type !== 'string' || typeof apiVersion !== 'string' || typeof name !== 'string') {
        throw templateError(
          `The template resource at index '${index}' must have string 'type', 'apiVersion' and 'name'`,
        );
      }
      if (type.toLowerCase() === 'microsoft.resources/deployments') {
        throw templateError(
          `The template resource '${name}' is a nested deployment, which the emulator does not support: deploy to each resource group separately`,
        );
      }
      const ref = this.resolveId(type, name, raw.scope, scope);
      const body: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) if (!TEMPLATE_KEYS.has(k)) body[k] = unescapeLiterals(v);
      const dependsOn = raw.dependsOn === undefined ? [] : raw.dependsOn;
      if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) {
        throw templateError(`The 'dependsOn' of template resource '${name}' must be an array of strings`);
      }
      const p: PlannedResource = { index, ref, apiVersion, body, dependsOn: dependsOn as string[] };
      const key = keyOf(ref.id);
      if (byKey.has(key))
        throw templateError(`The resource '${ref.id}' is defined multiple times in a template`);
      byKey.set(key, p);
      planned.push(p);
    });
    for (const p of planned) p.dependsOn = p.dependsOn.map((d) => this.resolveDependency(d, planned, p));
    this.checkCycles(planned, byKey);
    return planned;
  }

  private resolveId(type: string, name: string, scopeProp: unknown, scope: DeploymentScope): ResourceRef {
    const typeParts = type.split('/');
    const nameParts = name.split('/');
    if (
      typeParts.length < 2 ||
      typeParts.length - 1 !== nameParts.length ||
      nameParts.some((n) => n === '')
    ) {
      throw templateError(
        `The template resource '${name}' for type '${type}' has incorrect segment lengths. A nested resource type must have identical number of segments as its resource name. A root resource type must have segment length one greater than its resource name`,
      );
    }
    const base = scopeId(scope.subscriptionId, scope.resourceGroup);
    let prefix = base;
    if (typeof scopeProp === 'string' && scopeProp !== '') {
      prefix = scopeProp.startsWith('/') ? scopeProp.replace(/\/+$/, '') : `${base}/providers/${scopeProp}`;
    } else if (scopeProp !== undefined) {
      throw templateError(`The 'scope' of template resource '${name}' must be a resource id`);
    }
    if (type.toLowerCase() === 'microsoft.resources/resourcegroups') {
      if (scope.resourceGroup)
        throw templateError(`Resource groups can only be deployed at subscription scope ('${name}')`);
      return {
        id: scopeId(scope.subscriptionId, name),
        subscriptionId: scope.subscriptionId,
        resourceGroup: name,
        type: 'Microsoft.Resources/resourceGroups',
        namespace: 'Microsoft.Resources',
        name,
        parentId: base,
        extension: false,
        child: false,
      };
    }
    const path = typeParts
      .slice(1)
      .map((t, i) => `${t}/${nameParts[i]}`)
      .join('/');
    const ref = refFromId(`${prefix}/providers/${typeParts[0]}/${path}`);
    if (!ref)
      throw templateError(
        `The resource id of template resource '${name}' cannot be formed from scope '${prefix}'`,
      );
    return ref;
  }

  private resolveDependency(dep: string, planned: PlannedResource[], owner: PlannedResource): string {
    const d = dep.toLowerCase().replace(/\/+$/, '');
    const hit =
      planned.find((p) => keyOf(p.ref.id) === d) ??
      planned.find((p) => `${p.ref.type}/${p.ref.id.split('/').slice(-1)}`.toLowerCase() === d) ??
      planned.find((p) => keyOf(p.ref.id).endsWith(`/${d}`)) ??
      planned.find((p) => p.ref.name.toLowerCase() === d);
    if (!hit) {
      throw templateError(
        `The resource '${dep}' referenced in 'dependsOn' of '${owner.ref.name}' is not defined in the template`,
      );
    }
    return keyOf(hit.ref.id);
  }

  private checkCycles(planned: PlannedResource[], byKey: Map<string, PlannedResource>): void {
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (key: string, trail: string[]): void => {
      if (state.get(key) === 'done') return;
      if (state.get(key) === 'visiting') {
        throw templateError(
          `Circular dependency detected on resource: '${[...trail, key].map((k) => byKey.get(k)?.ref.name ?? k).join("' -> '")}'`,
        );
      }
      state.set(key, 'visiting');
      for (const next of byKey.get(key)?.dependsOn ?? []) visit(next, [...trail, key]);
      state.set(key, 'done');
    };
    for (const p of planned) visit(keyOf(p.ref.id), []);
  }

  /** Preflight: what ARM and the providers check before accepting a deployment. Errors as inner details. */
  private preflight(name: string, planned: PlannedResource[]): void {
    const details: ArmErrorDetail[] = [];
    for (const p of planned) {
      const location = typeof p.body.location === 'string' ? p.body.location : undefined;
      const version = checkApiVersion(this.world.registry, p.ref.type, p.apiVersion, location);
      if (version) {
        details.push(version.toDetail());
        continue;
      }
      if (p.ref.type === 'Microsoft.Resources/resourceGroups') continue;
      try {
        this.staticChecks(p);
      } catch (e) {
        if (e instanceof ArmError) details.push(e.toDetail());
        else throw e;
      }
    }
    if (details.length > 0) {
      throw new ArmError(
        400,
        'InvalidTemplateDeployment',
        `The template deployment '${name}' is not valid according to the validation procedure. The tracking id is '${guidFrom(name + Date.now())}'. See inner errors for details.`,
        details,
      );
    }
  }

  /** Body checks and soft-delete conflicts, which Azure reports at preflight. */
  private staticChecks(p: PlannedResource): void {
    const world = this.world;
    const problem = checkBody(p.ref, p.body);
    if (problem) throw problem;
    const type = p.ref.type.toLowerCase();
    if (type === 'microsoft.keyvault/vaults' || type === 'microsoft.cognitiveservices/accounts') {
      const deleted = world.findSoftDeleted(p.ref);
      const props = isObject(p.body.properties) ? p.body.properties : {};
      if (deleted && props.createMode !== 'recover' && props.restore !== true) {
        // Reuse the world's wording by running its check on a copy.
        world.prepareWrite(p.ref, structuredClone(p.body));
      }
    }
  }

  // ───────────── REST handlers ─────────────

  render(d: StoredDeployment): Record<string, unknown> {
    return {
      id: d.id,
      name: d.name,
      type: 'Microsoft.Resources/deployments',
      ...(d.location ? { location: d.location } : {}),
      ...(d.tags ? { tags: d.tags } : {}),
      properties: {
        provisioningState: d.provisioningState,
        mode: d.mode,
        timestamp: d.timestamp,
        duration: d.duration,
        correlationId: d.correlationId,
        templateHash: d.templateHash,
        parameters: d.parameters ?? {},
        outputs: {},
        outputResources: d.outputResources,
        providers: [],
        dependencies: [],
        ...(d.error ? { error: d.error } : {}),
      },
    };
  }

  private find(scope: DeploymentScope, name: string): StoredDeployment | undefined {
    return this.store.state.deployments[keyOf(deploymentId(scope, name))];
  }

  private requireScope(scope: DeploymentScope): void {
    if (scope.resourceGroup) this.world.requireGroup(scope.subscriptionId, scope.resourceGroup);
  }

  get(scope: DeploymentScope, name: string): Reply {
    this.requireScope(scope);
    const d = this.find(scope, name);
    if (!d) throw armErrors.deploymentNotFound(name);
    return { status: 200, body: this.render(d) };
  }

  exists(scope: DeploymentScope, name: string): Reply {
    this.requireScope(scope);
    return { status: this.find(scope, name) ? 204 : 404 };
  }

  list(scope: DeploymentScope): Record<string, unknown>[] {
    this.requireScope(scope);
    const prefix = keyOf(
      `${scopeId(scope.subscriptionId, scope.resourceGroup)}/providers/Microsoft.Resources/deployments/`,
    );
    return Object.entries(this.store.state.deployments)
      .filter(([k]) => k.startsWith(prefix))
      .map(([, d]) => this.render(d));
  }

  private parseBody(
    body: Record<string, unknown>,
    scope: DeploymentScope,
  ): { props: Record<string, unknown>; mode: string } {
    const props = body.properties;
    if (!isObject(props))
      throw armErrors.invalidRequestContent("Required property 'properties' not found in JSON. Path ''");
    const mode = typeof props.mode === 'string' ? props.mode : '';
    if (mode !== 'Incremental' && mode !== 'Complete') {
      throw new ArmError(
        400,
        'InvalidDeploymentMode',
        `The deployment mode '${mode}' is not valid. Valid values are 'Incremental' and 'Complete'.`,
      );
    }
    if (!scope.resourceGroup && (typeof body.location !== 'string' || body.location === '')) {
      throw new ArmError(
        400,
        'LocationRequired',
        'The location property is required for this definition (deployments at subscription scope need a location).',
      );
    }
    if (props.templateLink !== undefined) {
      throw templateError('templateLink is not supported by the emulator: send the template inline');
    }
    return { props, mode };
  }

  put(base: string, scope: DeploymentScope, name: string, body: Record<string, unknown>): Reply {
    this.requireScope(scope);
    const existing = this.find(scope, name);
    if (existing && (existing.provisioningState === 'Accepted' || existing.provisioningState === 'Running')) {
      throw new ArmError(
        409,
        'DeploymentActive',
        `Unable to edit or replace deployment '${name}': previous deployment from '${existing.startedAt}' is still active. Please see https://aka.ms/arm-deploy for usage details.`,
      );
    }
    const { props, mode } = this.parseBody(body, scope);
    if (mode === 'Complete') {
      throw new ArmError(
        400,
        'InvalidDeploymentMode',
        "The emulator supports only 'Incremental' deployments; aifactory deletes by resource id in cleanup order.",
      );
    }
    const planned = this.plan(props.template, scope);
    this.preflight(name, planned);
    const now = this.world.now();
    const id = deploymentId(scope, name);
    const op = this.world.newOperation(
      planned.map((p) => p.ref.type),
      `DEPLOY ${keyOf(id)}`,
    );
    const d: StoredDeployment = {
      id,
      name,
      subscriptionId: scope.subscriptionId,
      resourceGroup: scope.resourceGroup,
      location: typeof body.location === 'string' ? body.location : undefined,
      tags: isObject(body.tags) ? (body.tags as Record<string, string>) : undefined,
      template: props.template as StoredDeployment['template'],
      parameters: props.parameters,
      mode,
      provisioningState: 'Accepted',
      timestamp: now,
      startedAt: now,
      duration: 'PT0S',
      correlationId: guidFrom(`${id}:${now}`),
      templateHash: createHash('sha256').update(JSON.stringify(props.template)).digest('hex').slice(0, 20),
      outputResources: [],
      operations: [],
      asyncOperationId: op.id,
    };
    this.store.state.deployments[keyOf(id)] = d;
    this.store.changed();
    void this.execute(d, planned);
    return {
      status: existing ? 200 : 201,
      body: this.render(d),
      headers: this.world.asyncHeader(base, scope.subscriptionId, op),
    };
  }

  delete(base: string, scope: DeploymentScope, name: string): Reply {
    this.requireScope(scope);
    const d = this.find(scope, name);
    if (!d) return { status: 204 };
    if (d.provisioningState === 'Accepted' || d.provisioningState === 'Running') {
      throw new ArmError(
        409,
        'DeploymentActive',
        `Deployment '${name}' is still running and cannot be deleted; cancel it first.`,
      );
    }
    delete this.store.state.deployments[keyOf(d.id)];
    this.store.changed();
    const op = this.world.newOperation([], `DELETE ${keyOf(d.id)}`);
    this.world.finishOperation(op);
    return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
  }

  cancel(scope: DeploymentScope, name: string): Reply {
    this.requireScope(scope);
    const d = this.find(scope, name);
    if (!d) throw armErrors.deploymentNotFound(name);
    if (d.provisioningState !== 'Accepted' && d.provisioningState !== 'Running') {
      throw new ArmError(
        409,
        'DeploymentCannotBeCancelled',
        `Deployment '${name}' cannot be cancelled: it is ${d.provisioningState}.`,
      );
    }
    this.cancelled.add(keyOf(d.id));
    return { status: 204 };
  }

  operations(scope: DeploymentScope, name: string): Record<string, unknown>[] {
    this.requireScope(scope);
    const d = this.find(scope, name);
    if (!d) throw armErrors.deploymentNotFound(name);
    return d.operations.map((o) => this.renderOperation(d, o));
  }

  operation(scope: DeploymentScope, name: string, operationId: string): Reply {
    const all = this.operations(scope, name);
    const hit = all.find((o) => String(o.operationId).toLowerCase() === operationId.toLowerCase());
    if (!hit)
      throw new ArmError(
        404,
        'DeploymentOperationNotFound',
        `Deployment operation '${operationId}' of deployment '${name}' could not be found.`,
      );
    return { status: 200, body: hit };
  }

  private renderOperation(d: StoredDeployment, o: DeploymentOperationRecord): Record<string, unknown> {
    return {
      id: `${d.id}/operations/${o.operationId}`,
      operationId: o.operationId,
      properties: {
        provisioningOperation: o.provisioningOperation,
        provisioningState: o.provisioningState,
        timestamp: o.timestamp,
        duration: o.duration,
        ...(o.statusCode ? { statusCode: o.statusCode } : {}),
        ...(o.statusMessage !== undefined ? { statusMessage: o.statusMessage } : {}),
        targetResource: o.targetResource,
      },
    };
  }

  validate(scope: DeploymentScope, name: string, body: Record<string, unknown>): Reply {
    this.requireScope(scope);
    try {
      const { props, mode } = this.parseBody(body, scope);
      const planned = this.plan(props.template, scope);
      this.preflight(name, planned);
      return {
        status: 200,
        body: {
          id: deploymentId(scope, name),
          name,
          type: 'Microsoft.Resources/deployments',
          properties: {
            provisioningState: 'Succeeded',
            mode,
            timestamp: this.world.now(),
            validatedResources: planned.map((p) => ({ id: p.ref.id })),
          },
        },
      };
    } catch (e) {
      if (e instanceof ArmError && e.status === 400) return { status: 400, body: e.body() };
      throw e;
    }
  }

  whatIf(base: string, scope: DeploymentScope, name: string, body: Record<string, unknown>): Reply {
    this.requireScope(scope);
    const { props, mode } = this.parseBody(body, scope);
    const planned = this.plan(props.template, scope);
    this.preflight(name, planned);
    const changes = planned.map((p) => this.changeFor(p));
    if (mode === 'Complete' && scope.resourceGroup) {
      const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
      for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
        if (!inTemplate.has(keyOf(String(r.id)))) {
          const live = this.store.resource(String(r.id));
          changes.push({
            resourceId: String(r.id),
            changeType: 'Delete',
            before: live ? this.world.render(live) : r,
          });
        }
      }
    } else if (scope.resourceGroup) {
      const inTemplate = new Set(planned.map((p) => keyOf(p.ref.id)));
      for (const r of this.world.listResources(scope.subscriptionId, scope.resourceGroup, undefined)) {
        if (!inTemplate.has(keyOf(String(r.id))))
          changes.push({ resourceId: String(r.id), changeType: 'Ignore' });
      }
    }
    const op = this.world.newOperation(
      planned.map((p) => p.ref.type),
      `WHATIF ${keyOf(deploymentId(scope, name))}`,
    );
    this.world.later(this.world.scaledMs(1), () =>
      this.world.finishOperation(op, { result: { status: 'Succeeded', properties: { changes } } }),
    );
    return { status: 202, headers: this.world.locationHeader(base, scope.subscriptionId, op) };
  }

  private changeFor(p: PlannedResource): Record<string, unknown> {
    const after = { id: p.ref.id, name: p.ref.name, type: p.ref.type, apiVersion: p.apiVersion, ...p.body };
    if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
      const g = this.store.group(p.ref.subscriptionId, p.ref.name);
      if (!g) return { resourceId: p.ref.id, changeType: 'Create', after };
      const before = this.world.renderGroup(g);
      const delta = diff(
        { location: g.location, tags: g.tags ?? {} },
        { location: p.body.location, tags: p.body.tags ?? {} },
        '',
      );
      return {
        resourceId: p.ref.id,
        changeType: delta.length ? 'Modify' : 'NoChange',
        before,
        after,
        ...(delta.length ? { delta } : {}),
      };
    }
    const live = this.store.resource(p.ref.id);
    if (!live) return { resourceId: p.ref.id, changeType: 'Create', after };
    const before = this.world.render(live);
    const beforeBody = comparable(before);
    const afterBody = comparable(after);
    const delta = diff(beforeBody, afterBody, '');
    return {
      resourceId: live.id,
      changeType: delta.length ? 'Modify' : 'NoChange',
      before,
      after,
      ...(delta.length ? { delta } : {}),
    };
  }

  // ───────────── execution ─────────────

  private async execute(d: StoredDeployment, planned: PlannedResource[]): Promise<void> {
    const world = this.world;
    const op = d.asyncOperationId ? this.store.state.operations[d.asyncOperationId] : undefined;
    this.running += 1;
    this.peakRunning = Math.max(this.peakRunning, this.running);
    const started = Date.now();
    try {
      await world.sleep(1);
      if (world.closing) return;
      d.provisioningState = 'Running';
      d.operations = [];
      if (op) op.status = 'Running';
      this.store.changed();
      const seconds = this.resourceSeconds(planned);
      const outcome = new Map<string, Promise<boolean>>();
      const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
      const start = (p: PlannedResource): Promise<boolean> => {
        const key = keyOf(p.ref.id);
        let promise = outcome.get(key);
        if (!promise) {
          promise = (async () => {
            const deps = await Promise.all(p.dependsOn.map((k) => start(byKey.get(k) as PlannedResource)));
            if (deps.some((ok) => !ok) || world.closing || this.cancelled.has(keyOf(d.id))) return false;
            return this.provision(d, p, seconds.get(key) ?? 0);
          })();
          outcome.set(key, promise);
        }
        return promise;
      };
      const results = await Promise.all(planned.map(start));
      if (world.closing) return;
      d.duration = isoDuration(Date.now() - started);
      d.timestamp = world.now();
      if (this.cancelled.delete(keyOf(d.id))) {
        d.provisioningState = 'Canceled';
        if (op) world.finishOperation(op, { status: 'Canceled' });
      } else if (results.every((ok) => ok)) {
        d.provisioningState = 'Succeeded';
        d.outputResources = planned.map((p) => ({ id: p.ref.id }));
        if (op) world.finishOperation(op);
      } else {
        d.provisioningState = 'Failed';
        const failures = d.operations
          .filter((o) => o.provisioningState === 'Failed')
          .map((o) => (o.statusMessage as { error: ArmErrorDetail }).error);
        const error = new ArmError(
          400,
          'DeploymentFailed',
          'At least one resource deployment operation failed. Please list deployment operations for details. Please see https://aka.ms/arm-deployment-operations for usage details.',
          failures,
        );
        d.error = error.toDetail();
        d.outputResources = d.operations
          .filter((o) => o.provisioningState === 'Succeeded')
          .map((o) => ({ id: o.targetResource.id }));
        if (op) world.finishOperation(op, { error });
      }
      this.store.changed();
    } finally {
      this.running -= 1;
    }
  }

  /**
   * Simulated seconds per resource: the slowest type of the template (its service's typical time) spread over
   * the longest dependsOn chain, so one deployment takes about its service's time, as the plan estimates.
   */
  private resourceSeconds(planned: PlannedResource[]): Map<string, number> {
    const byKey = new Map(planned.map((p) => [keyOf(p.ref.id), p]));
    const depth = new Map<string, number>();
    const depthOf = (key: string): number => {
      const known = depth.get(key);
      if (known !== undefined) return known;
      const p = byKey.get(key) as PlannedResource;
      const value = 1 + Math.max(0, ...p.dependsOn.map(depthOf));
      depth.set(key, value);
      return value;
    };
    const longest = Math.max(1, ...planned.map((p) => depthOf(keyOf(p.ref.id))));
    const slowest = Math.max(
      0,
      ...planned.map((p) =>
        p.ref.type === 'Microsoft.Resources/resourceGroups'
          ? 0
          : this.world.registry.timing(p.ref.type, p.body.tags).provisioning,
      ),
    );
    return new Map(planned.map((p) => [keyOf(p.ref.id), slowest / longest]));
  }

  private async provision(d: StoredDeployment, p: PlannedResource, seconds: number): Promise<boolean> {
    const world = this.world;
    const record: DeploymentOperationRecord = {
      operationId: guidFrom(`${d.id}:${d.startedAt}:${p.ref.id}`)
        .replace(/-/g, '')
        .slice(0, 16)
        .toUpperCase(),
      provisioningOperation: 'Create',
      provisioningState: 'Running',
      timestamp: world.now(),
      duration: 'PT0S',
      targetResource: {
        id: p.ref.id,
        resourceName: p.ref.name,
        resourceType: p.ref.type,
        apiVersion: p.apiVersion,
      },
    };
    d.operations.push(record);
    this.store.changed();
    const started = Date.now();
    const finish = (ok: boolean, status: number, message: unknown) => {
      record.provisioningState = ok ? 'Succeeded' : 'Failed';
      record.statusCode = statusName(status);
      record.statusMessage = message;
      record.duration = isoDuration(Date.now() - started);
      record.timestamp = world.now();
      this.store.changed();
      return ok;
    };
    try {
      if (p.ref.type === 'Microsoft.Resources/resourceGroups') {
        const reply = world.putGroup(p.ref.subscriptionId, p.ref.name, p.body);
        return finish(true, reply.status, reply.body);
      }
      // ARM itself retries resources another operation holds, so a deployment waits instead of failing.
      while (world.isBusy(p.ref.id) && !world.closing) await world.sleep(Math.max(5, world.scaledMs(0.5)));
      const stored = world.prepareWrite(p.ref, p.body);
      const existed = this.store.resource(p.ref.id) !== undefined;
      world.commitWrite(p.ref, p.apiVersion, stored, existed ? 'Updating' : 'Creating');
      await world.sleep(world.scaledMs(seconds));
      const live = this.store.resource(p.ref.id);
      if (!live)
        return finish(false, 404, {
          status: 'Failed',
          error: armErrors.resourceNotFound(p.ref.type, p.ref.name, p.ref.resourceGroup).toDetail(),
        });
      if (world.faults.shouldFail(`fail ${keyOf(d.id)} ${keyOf(p.ref.id)}`, p.ref.type)) {
        live.provisioningState = 'Failed';
        this.store.changed();
        return finish(false, 200, {
          status: 'Failed',
          error: {
            code: 'ResourceDeploymentFailure',
            message: `The resource write operation failed to complete successfully, because it reached terminal provisioning state 'Failed'. (fault injected by the emulator for ${p.ref.type})`,
          },
        });
      }
      live.provisioningState = 'Succeeded';
      return finish(true, existed ? 200 : 201, world.render(live));
    } catch (e) {
      if (e instanceof ArmError) return finish(false, e.status, { status: 'Failed', error: e.toDetail() });
      throw e;
    }
  }
}

/** The parts of a resource what-if compares: what a client sends, minus what Azure derives. */
function comparable(resource: Record<string, unknown>): Record<string, unknown> {
  const { location, tags, sku, kind, identity, properties, plan } = resource;
  const result: Record<string, unknown> = {};
  if (location !== undefined) result.location = String(location).replace(/\s+/g, '').toLowerCase();
  if (tags !== undefined) result.tags = tags;
  if (sku !== undefined) result.sku = sku;
  if (kind !== undefined) result.kind = kind;
  if (plan !== undefined) result.plan = plan;
  if (isObject(identity)) {
    const { principalId: _p, tenantId: _t, ...rest } = identity;
    result.identity = rest;
  }
  if (isObject(properties)) {
    const { provisioningState: _s, subnets: _n, privateEndpoints: _e, ...rest } = properties;
    if (resource.type === 'Microsoft.ManagedIdentity/userAssignedIdentities') {
      delete rest.principalId;
      delete rest.clientId;
      delete rest.tenantId;
    }
    // Read-only: Key Vault derives a key's URIs.
    if (String(resource.type).toLowerCase() === 'microsoft.keyvault/vaults/keys') {
      delete rest.keyUri;
      delete rest.keyUriWithVersion;
    }
    result.properties = rest;
  }
  return result;
}

export interface PropertyChange {
  path: string;
  propertyChangeType: 'Create' | 'Delete' | 'Modify' | 'Array' | 'NoEffect';
  before?: unknown;
  after?: unknown;
  /** Array elements (path = index) and members of a changed array element (paths relative to it). */
  children?: PropertyChange[];
}

/**
 * Property-level differences as ARM what-if reports them: full dotted paths down to the leaves of objects;
 * an array that differs is one `Array` change whose children are its elements by index — removed and added
 * elements as Delete/Create, an object element changed in place as Modify with relative child paths.
 */
export function diff(before: unknown, after: unknown, path: string): PropertyChange[] {
  if (isObject(before) && isObject(after)) {
    const changes: PropertyChange[] = [];
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const k of keys) {
      const p = path ? `${path}.${k}` : k;
      if (!(k in before)) changes.push({ path: p, propertyChangeType: 'Create', after: after[k] });
      else if (!(k in after)) changes.push({ path: p, propertyChangeType: 'Delete', before: before[k] });
      else changes.push(...diff(before[k], after[k], p));
    }
    return changes;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (Array.isArray(before) && Array.isArray(after))
    return [{ path, propertyChangeType: 'Array', children: arrayDiff(before, after) }];
  return [{ path, propertyChangeType: 'Modify', before, after }];
}

/** Elements kept in order (longest common subsequence) are not changes; the rest are removed or added. */
function arrayDiff(before: unknown[], after: unknown[]): PropertyChange[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const lcs: number[][] = Array.from({ length: before.length + 1 }, () =>
    new Array<number>(after.length + 1).fill(0),
  );
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      lcs[i][j] = same(before[i], after[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const removed = new Map<number, unknown>();
  const added = new Map<number, unknown>();
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && same(before[i], after[j])) {
      i++;
      j++;
    } else if (j < after.length && (i === before.length || lcs[i][j + 1] >= lcs[i + 1][j]))
      added.set(j, after[j++]);
    else removed.set(i, before[i++]);
  }
  const children: PropertyChange[] = [];
  for (const [index, b] of removed) {
    const a = added.get(index);
    // An object element changed where it stands: ARM shows it as Modify with the members that differ.
    if (isObject(b) && isObject(a)) {
      added.delete(index);
      children.push({ path: String(index), propertyChangeType: 'Modify', children: diff(b, a, '') });
    } else children.push({ path: String(index), propertyChangeType: 'Delete', before: b });
  }
  for (const [index, a] of added)
    children.push({ path: String(index), propertyChangeType: 'Create', after: a });
  return children.sort((x, y) => Number(x.path) - Number(y.path));
}
