// HTTP front of the emulator: authentication, fault injection, routing of ARM's REST paths to the world and
// the deployments, paging, and per-operation request counts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import { TIME_SCALE_HEADER } from './client-options.js';
import { ArmError, armErrors } from './errors.js';
import { parsePath, resourceRef, scopeId, keyOf, type ParsedPath } from './ids.js';
import { Deployments, type DeploymentScope } from './deployments.js';
import { isObject, type Reply, type World } from './world.js';
import { checkApiVersion } from './validate.js';

interface Route {
  /** Name the stats count under, e.g. `resourceGroups/list`. */
  operation: string;
  /** Resource types involved, for faults limited to a type. */
  types: string[];
  /** True for calls that change state and for polls: the ones faults hit (plain reads too with `reads=1`). */
  faultable: boolean;
  /** Key for deterministic fault draws. */
  key: string;
  handle: () => Reply | Promise<Reply>;
}

export interface ServerContext {
  world: World;
  deployments: Deployments;
  counts: Map<string, number>;
  /** Faults injected, by `<fault> <operation>` (e.g. `429 resources/listByResourceGroup`). */
  faulted: Map<string, number>;
  total: { requests: number };
}

const RESOURCES_NAMESPACE = 'microsoft.resources';

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, method: string, reply: Reply, timeScale: number): void {
  const headers: Record<string, string> = {
    'x-ms-request-id': randomUUID(),
    'x-ms-correlation-request-id': randomUUID(),
    [TIME_SCALE_HEADER]: String(timeScale),
    ...(reply.headers ?? {}),
  };
  if (reply.body !== undefined && method !== 'HEAD' && reply.status !== 204) {
    const text = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  } else {
    res.writeHead(reply.status, { ...headers, 'content-length': 0 });
    res.end();
  }
}

function page(base: string, url: URL, items: unknown[], pageSize: number): Reply {
  const topText = url.searchParams.get('$top');
  const top = topText !== null && Number(topText) > 0 ? Math.min(Number(topText), pageSize) : pageSize;
  const skip = Number(url.searchParams.get('$skiptoken') ?? '0') || 0;
  const value = items.slice(skip, skip + top);
  let nextLink: string | undefined;
  if (skip + top < items.length) {
    const next = new URL(url.toString());
    next.searchParams.set('$skiptoken', String(skip + top));
    nextLink = `${base}${next.pathname}${next.search}`;
  }
  return { status: 200, body: { value, ...(nextLink ? { nextLink } : {}) } };
}

/** Checks a bearer token: undefined when accepted, else ARM's error code and message for the 401. */
export type Authenticate = (token: string) => { code: string; message: string } | undefined;

export function createEmulatorServer(
  ctx: ServerContext,
  opts: { tls?: { key: string; cert: string }; authenticate?: Authenticate } = {},
): Server {
  const { world } = ctx;
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    void handle(ctx, req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        const error =
          e instanceof ArmError
            ? e
            : new ArmError(500, 'InternalServerError', `Emulator error: ${(e as Error).message}`);
        send(
          res,
          req.method ?? 'GET',
          { status: error.status, body: error.body(), headers: error.headers },
          world.timeScale,
        );
      } else {
        res.destroy();
      }
    });
  };
  const server: Server = opts.tls ? createTlsServer(opts.tls, listener) : createServer(listener);
  return server.on('clientError', (_e, socket) => socket.destroy());

  async function handle(c: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const host = req.headers.host ?? '127.0.0.1';
    const proto =
      typeof req.headers['x-forwarded-proto'] === 'string'
        ? req.headers['x-forwarded-proto']
        : opts.tls
          ? 'https'
          : 'http';
    const base = `${proto}://${host}`;
    // Clients that join an endpoint and an id ('/{resourceId}') send '//subscriptions/…'; ARM tolerates it.
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const cleanPath = (q < 0 ? rawUrl : rawUrl.slice(0, q)).replace(/\/{2,}/g, '/');
    const url = new URL(cleanPath + (q < 0 ? '' : rawUrl.slice(q)), base);
    c.total.requests += 1;
    const latency = world.faults.spec.latencyMs;
    if (latency > 0) await world.sleep(latency);
    const auth = req.headers.authorization;
    const token = typeof auth === 'string' ? /^Bearer\s+(\S+)/i.exec(auth)?.[1] : undefined;
    // Without a checker any token will do (loopback); with one (TLS, a stand-in Entra), only a valid one.
    const refused = token === undefined ? undefined : opts.authenticate?.(token);
    if (token === undefined || refused) {
      count(c, 'unauthenticated');
      await readBody(req);
      const e = refused ? new ArmError(401, refused.code, refused.message) : armErrors.authenticationFailed();
      send(
        res,
        method,
        {
          status: e.status,
          body: e.body(),
          headers: {
            'www-authenticate':
              'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"',
          },
        },
        world.timeScale,
      );
      return;
    }
    const text = await readBody(req);
    let body: Record<string, unknown> = {};
    if (text.trim() !== '' && method !== 'GET' && method !== 'HEAD') {
      try {
        const parsed: unknown = JSON.parse(text);
        if (!isObject(parsed)) throw new Error('the body is not a JSON object');
        body = parsed;
      } catch (e) {
        const err = armErrors.invalidRequestContent(
          `Unexpected character encountered while parsing value: ${(e as Error).message}`,
        );
        send(res, method, { status: err.status, body: err.body() }, world.timeScale);
        return;
      }
    }
    let route: Route;
    try {
      route = routeFor(c, method, url, base, body);
    } catch (e) {
      if (!(e instanceof ArmError)) throw e;
      count(c, `${method} unrouted`);
      send(res, method, { status: e.status, body: e.body(), headers: e.headers }, world.timeScale);
      return;
    }
    count(c, route.operation);
    if ((route.faultable || world.faults.spec.reads) && world.faults.active) {
      const fault = world.faults.requestFault(route.key, route.types);
      if (fault)
        c.faulted.set(`${fault} ${route.operation}`, (c.faulted.get(`${fault} ${route.operation}`) ?? 0) + 1);
      if (fault === 'drop') {
        req.socket.destroy();
        return;
      }
      if (fault) {
        const e =
          fault === '429'
            ? armErrors.throttled(world.faults.spec.retryAfterSeconds)
            : fault === '500'
              ? armErrors.internal()
              : armErrors.unavailable();
        send(res, method, { status: e.status, body: e.body(), headers: e.headers }, world.timeScale);
        return;
      }
    }
    let reply: Reply;
    try {
      reply = await route.handle();
    } catch (e) {
      if (!(e instanceof ArmError)) throw e;
      reply = { status: e.status, body: e.body(), headers: e.headers };
    }
    // Persisted before the client hears of it: an acknowledged change survives the process dying right after.
    world.store.flush();
    send(res, method, reply, world.timeScale);
  }
}

function count(c: ServerContext, operation: string): void {
  c.counts.set(operation, (c.counts.get(operation) ?? 0) + 1);
}

function requireResourcesVersion(
  c: ServerContext,
  url: URL,
  type = 'Microsoft.Resources/resourceGroups',
): void {
  const problem = checkApiVersion(c.world.registry, type, url.searchParams.get('api-version') ?? undefined);
  if (problem) throw problem;
}

function routeFor(
  c: ServerContext,
  method: string,
  url: URL,
  base: string,
  body: Record<string, unknown>,
): Route {
  const { world } = c;
  const path = url.pathname.replace(/\/+$/, '');
  const segs = path
    .split('/')
    .filter((s) => s !== '')
    .map(decodeURIComponent);
  const mutating = method !== 'GET' && method !== 'HEAD';
  const key = `${method} ${keyOf(path)}`;
  const make = (
    operation: string,
    handle: Route['handle'],
    types: string[] = [],
    faultable = mutating,
  ): Route => ({
    operation,
    handle,
    types,
    faultable,
    key,
  });
  if (lower(segs[0]) !== 'subscriptions' || segs.length < 2) throw armErrors.notFoundRoute(method, path);
  const sub = segs[1];
  const s2 = lower(segs[2]);

  // Polls of long-running operations.
  if (s2 === 'operationresults' && segs.length === 4 && method === 'GET') {
    const op = world.store.state.operations[segs[3]];
    return {
      ...make('operations/result', () => world.operationResult(base, sub, segs[3]), op?.types ?? [], true),
      key: `POLL ${op?.key ?? segs[3]}`,
    };
  }
  if (
    s2 === 'providers' &&
    lower(segs[3]) === RESOURCES_NAMESPACE &&
    lower(segs[4]) === 'operationstatuses' &&
    segs.length === 6
  ) {
    const op = world.store.state.operations[segs[5]];
    return {
      ...make('operations/status', () => world.operationStatus(sub, segs[5]), op?.types ?? [], true),
      key: `POLL ${op?.key ?? segs[5]}`,
    };
  }

  // Resource groups.
  if (s2 === 'resourcegroups' && segs.length === 3) {
    if (method !== 'GET') throw armErrors.methodNotAllowed(method, path);
    return make('resourceGroups/list', () => {
      requireResourcesVersion(c, url);
      return page(
        base,
        url,
        world.listGroups(sub, url.searchParams.get('$filter') ?? undefined),
        world.pageSize,
      );
    });
  }
  if (s2 === 'resourcegroups' && segs.length === 4) {
    const rg = segs[3];
    const withVersion = (fn: () => Reply) => () => {
      requireResourcesVersion(c, url);
      return fn();
    };
    switch (method) {
      case 'PUT':
        return make(
          'resourceGroups/createOrUpdate',
          withVersion(() => world.putGroup(sub, rg, body)),
        );
      case 'PATCH':
        return make(
          'resourceGroups/update',
          withVersion(() => world.patchGroup(sub, rg, body)),
        );
      case 'GET':
        return make(
          'resourceGroups/get',
          withVersion(() => ({ status: 200, body: world.renderGroup(world.requireGroup(sub, rg)) })),
        );
      case 'HEAD':
        return make(
          'resourceGroups/checkExistence',
          withVersion(() => {
            const g = world.store.group(sub, rg);
            return { status: g && g.provisioningState !== 'Deleting' ? 204 : 404 };
          }),
        );
      case 'DELETE':
        return make(
          'resourceGroups/delete',
          withVersion(() => world.deleteGroup(base, sub, rg)),
        );
      default:
        throw armErrors.methodNotAllowed(method, path);
    }
  }
  if (s2 === 'resourcegroups' && segs.length === 5 && lower(segs[4]) === 'resources' && method === 'GET') {
    return make('resources/listByResourceGroup', () => {
      requireResourcesVersion(c, url);
      return page(
        base,
        url,
        world.listResources(
          sub,
          segs[3],
          url.searchParams.get('$filter') ?? undefined,
          url.searchParams.get('$expand') ?? undefined,
        ),
        world.pageSize,
      );
    });
  }
  if (s2 === 'resources' && segs.length === 3 && method === 'GET') {
    return make('resources/list', () => {
      requireResourcesVersion(c, url);
      return page(
        base,
        url,
        world.listResources(
          sub,
          undefined,
          url.searchParams.get('$filter') ?? undefined,
          url.searchParams.get('$expand') ?? undefined,
        ),
        world.pageSize,
      );
    });
  }

  // Deployment operations at resource-group scope live outside /providers/.
  if (
    s2 === 'resourcegroups' &&
    lower(segs[4]) === 'deployments' &&
    lower(segs[6]) === 'operations' &&
    method === 'GET'
  ) {
    const scope: DeploymentScope = { subscriptionId: sub, resourceGroup: segs[3] };
    return deploymentOperationsRoute(c, make, url, base, scope, segs[5], segs[7]);
  }

  const parsed = parsePath(path);
  if (!parsed) throw armErrors.notFoundRoute(method, path);
  const last = parsed.providers[parsed.providers.length - 1];
  if (!last) throw armErrors.notFoundRoute(method, path);

  // Deployments (resource group or subscription scope).
  if (
    parsed.providers.length === 1 &&
    lower(last.namespace) === RESOURCES_NAMESPACE &&
    lower(last.pairs[0].type) === 'deployments'
  ) {
    return deploymentRoute(c, make, method, url, base, parsed, body);
  }
  // Tags at any scope.
  if (
    lower(last.namespace) === RESOURCES_NAMESPACE &&
    lower(last.pairs[0]?.type) === 'tags' &&
    last.pairs.length === 1
  ) {
    return tagsRoute(c, make, method, url, parsed, body);
  }
  // Soft-deleted key vaults and Cognitive Services accounts.
  const softDelete = softDeleteRoute(c, make, method, url, base, parsed, path);
  if (softDelete) return softDelete;

  // Generic resources by id.
  const ref = resourceRef(parsed);
  const apiVersion = url.searchParams.get('api-version') ?? undefined;
  if (!ref) {
    if (method !== 'GET') throw armErrors.methodNotAllowed(method, path);
    // A collection: …/{type} without a name lists that type's children of the parent (subnets, locks…).
    if (last.pairs.length === 0 || last.pairs.slice(0, -1).some((x) => x.name === undefined)) {
      throw armErrors.notFoundRoute(method, path);
    }
    const collectionType = `${last.namespace}/${last.pairs.map((p) => p.type).join('/')}`;
    const cut = last.pairs.length > 1 ? 1 : 3;
    const parentId = '/' + segs.slice(0, segs.length - cut).join('/');
    return make('resources/listChildren', () => {
      const problem = checkApiVersion(world.registry, collectionType, apiVersion);
      if (problem) throw problem;
      if (parsed.resourceGroup) world.requireGroup(sub, parsed.resourceGroup);
      return page(base, url, world.listChildren(parentId, collectionType), world.pageSize);
    });
  }
  const types = [ref.type];
  switch (method) {
    case 'PUT':
      return make(
        'resources/createOrUpdateById',
        () => world.putResource(base, ref, apiVersion, body),
        types,
      );
    case 'PATCH':
      return make('resources/updateById', () => world.patchResource(ref, apiVersion, body), types);
    case 'DELETE':
      return make('resources/deleteById', () => world.deleteResource(base, ref, apiVersion), types);
    case 'GET':
      return make(
        'resources/getById',
        () => {
          world.checkVersion(ref, apiVersion);
          return { status: 200, body: world.render(world.getResource(ref)) };
        },
        types,
      );
    case 'HEAD':
      return make(
        'resources/checkExistenceById',
        () => {
          world.checkVersion(ref, apiVersion);
          return { status: world.store.resource(ref.id) ? 204 : 404 };
        },
        types,
      );
    default:
      throw armErrors.methodNotAllowed(method, path);
  }
}

type Make = (operation: string, handle: Route['handle'], types?: string[], faultable?: boolean) => Route;

function deploymentRoute(
  c: ServerContext,
  make: Make,
  method: string,
  url: URL,
  base: string,
  parsed: ParsedPath,
  body: Record<string, unknown>,
): Route {
  const { deployments } = c;
  const scope: DeploymentScope = {
    subscriptionId: parsed.subscriptionId,
    resourceGroup: parsed.resourceGroup,
  };
  const suffix = parsed.resourceGroup ? '' : 'AtSubscriptionScope';
  const pairs = parsed.providers[0].pairs;
  const name = pairs[0].name;
  const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
  const templateTypes = (): string[] => {
    const props = isObject(body.properties) ? body.properties : {};
    const template = isObject(props.template) ? props.template : {};
    return Array.isArray(template.resources)
      ? template.resources.filter(isObject).map((r) => String(r.type))
      : [];
  };
  if (name === undefined) {
    if (method !== 'GET') throw armErrors.methodNotAllowed(method, url.pathname);
    return make(`deployments/list${parsed.resourceGroup ? 'ByResourceGroup' : suffix}`, () => {
      version();
      return page(base, url, deployments.list(scope), c.world.pageSize);
    });
  }
  const action = lower(pairs[1]?.type);
  if (pairs.length === 1) {
    switch (method) {
      case 'PUT':
        return make(
          `deployments/createOrUpdate${suffix}`,
          () => {
            version();
            return deployments.put(base, scope, name, body);
          },
          templateTypes(),
        );
      case 'GET':
        return make(`deployments/get${suffix}`, () => {
          version();
          return deployments.get(scope, name);
        });
      case 'HEAD':
        return make(`deployments/checkExistence${suffix}`, () => {
          version();
          return deployments.exists(scope, name);
        });
      case 'DELETE':
        return make(`deployments/delete${suffix}`, () => {
          version();
          return deployments.delete(base, scope, name);
        });
      default:
        throw armErrors.methodNotAllowed(method, url.pathname);
    }
  }
  if (action === 'whatif' && method === 'POST') {
    return make(
      `deployments/whatIf${suffix}`,
      () => {
        version();
        return deployments.whatIf(base, scope, name, body);
      },
      templateTypes(),
    );
  }
  if (action === 'validate' && method === 'POST') {
    return make(
      `deployments/validate${suffix}`,
      () => {
        version();
        return deployments.validate(scope, name, body);
      },
      templateTypes(),
    );
  }
  if (action === 'cancel' && method === 'POST') {
    return make(`deployments/cancel${suffix}`, () => {
      version();
      return deployments.cancel(scope, name);
    });
  }
  if (action === 'operations' && method === 'GET') {
    return deploymentOperationsRoute(c, make, url, base, scope, name, pairs[1].name);
  }
  throw armErrors.notFoundRoute(method, url.pathname);
}

function deploymentOperationsRoute(
  c: ServerContext,
  make: Make,
  url: URL,
  base: string,
  scope: DeploymentScope,
  name: string,
  operationId: string | undefined,
): Route {
  const suffix = scope.resourceGroup ? '' : 'AtSubscriptionScope';
  return make(`deploymentOperations/${operationId ? 'get' : 'list'}${suffix}`, () => {
    requireResourcesVersion(c, url, 'Microsoft.Resources/deployments');
    if (operationId) return c.deployments.operation(scope, name, operationId);
    return page(base, url, c.deployments.operations(scope, name), c.world.pageSize);
  });
}

function tagsRoute(
  c: ServerContext,
  make: Make,
  method: string,
  url: URL,
  parsed: ParsedPath,
  body: Record<string, unknown>,
): Route {
  const { world } = c;
  const scope =
    resourceRef({ ...parsed, providers: parsed.providers.slice(0, -1) })?.id ??
    scopeId(parsed.subscriptionId, parsed.resourceGroup);
  const read = (): Record<string, string> => {
    if (
      keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
      parsed.resourceGroup
    ) {
      return world.requireGroup(parsed.subscriptionId, parsed.resourceGroup).tags ?? {};
    }
    const r = world.store.resource(scope);
    if (!r) throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
    return (r.body.tags as Record<string, string> | undefined) ?? {};
  };
  const write = (tags: Record<string, string>) => {
    if (
      keyOf(scope) === keyOf(scopeId(parsed.subscriptionId, parsed.resourceGroup)) &&
      parsed.resourceGroup
    ) {
      const g = world.requireGroup(parsed.subscriptionId, parsed.resourceGroup);
      world.checkWriteLocks(g.id);
      g.tags = tags;
    } else {
      const r = world.store.resource(scope);
      if (!r) throw armErrors.resourceNotFound('resource', scope, parsed.resourceGroup);
      world.checkWriteLocks(r.id);
      r.body.tags = tags;
      // A tag write is a write: ARM's changedTime moves with it.
      r.changedAt = world.now();
    }
    world.store.changed();
  };
  const reply = (tags: Record<string, string>): Reply => ({
    status: 200,
    body: {
      id: `${scope}/providers/Microsoft.Resources/tags/default`,
      name: 'default',
      type: 'Microsoft.Resources/tags',
      properties: { tags },
    },
  });
  const version = () => requireResourcesVersion(c, url, 'Microsoft.Resources/tags');
  const requested = (): Record<string, string> => {
    const props = isObject(body.properties) ? body.properties : {};
    return isObject(props.tags) ? (props.tags as Record<string, string>) : {};
  };
  switch (method) {
    case 'GET':
      return make('tags/getAtScope', () => (version(), reply(read())));
    case 'PUT':
      return make('tags/createOrUpdateAtScope', () => {
        version();
        read();
        write(requested());
        return reply(read());
      });
    case 'PATCH':
      return make('tags/updateAtScope', () => {
        version();
        const current = read();
        const op = String(body.operation ?? '');
        let next: Record<string, string>;
        if (op === 'Merge') next = { ...current, ...requested() };
        else if (op === 'Replace') next = requested();
        else if (op === 'Delete')
          next = Object.fromEntries(Object.entries(current).filter(([k]) => !(k in requested())));
        else
          throw new ArmError(
            400,
            'InvalidTagOperation',
            `The tag operation '${op}' is invalid. Valid operations are 'Merge', 'Replace' and 'Delete'.`,
          );
        write(next);
        return reply(next);
      });
    case 'DELETE':
      return make('tags/deleteAtScope', () => {
        version();
        write({});
        return { status: 200 };
      });
    default:
      throw armErrors.methodNotAllowed(method, url.pathname);
  }
}

function softDeleteRoute(
  c: ServerContext,
  make: Make,
  method: string,
  url: URL,
  base: string,
  parsed: ParsedPath,
  path: string,
): Route | undefined {
  const { world } = c;
  if (parsed.resourceGroup || parsed.providers.length !== 1) return undefined;
  const p = parsed.providers[0];
  const ns = lower(p.namespace);
  const types = p.pairs.map((x) => lower(x.type)).join('/');
  const version = (type: string) => {
    const problem = checkApiVersion(world.registry, type, url.searchParams.get('api-version') ?? undefined);
    if (problem) throw problem;
  };
  if (ns === 'microsoft.keyvault') {
    if (types === 'deletedvaults' && p.pairs[0].name === undefined && method === 'GET') {
      return make(
        'deletedVaults/list',
        () => (
          version('Microsoft.KeyVault/vaults'),
          page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'keyVault'), world.pageSize)
        ),
      );
    }
    if (types === 'locations/deletedvaults' && p.pairs[1].name !== undefined && method === 'GET') {
      return make(
        'deletedVaults/get',
        () => (
          version('Microsoft.KeyVault/vaults'),
          { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }
        ),
      );
    }
    if (types === 'locations/deletedvaults/purge' && p.pairs[2].name === undefined && method === 'POST') {
      const id = path.replace(/\/purge$/i, '');
      return make(
        'deletedVaults/purge',
        () => (version('Microsoft.KeyVault/vaults'), world.purge(base, parsed.subscriptionId, id)),
        ['Microsoft.KeyVault/vaults'],
      );
    }
  }
  if (ns === 'microsoft.cognitiveservices') {
    if (types === 'deletedaccounts' && p.pairs[0].name === undefined && method === 'GET') {
      return make(
        'deletedAccounts/list',
        () => (
          version('Microsoft.CognitiveServices/accounts'),
          page(base, url, world.listSoftDeleted(parsed.subscriptionId, 'cognitiveServices'), world.pageSize)
        ),
      );
    }
    if (types === 'locations/resourcegroups/deletedaccounts' && p.pairs[2].name !== undefined) {
      if (method === 'GET') {
        return make(
          'deletedAccounts/get',
          () => (
            version('Microsoft.CognitiveServices/accounts'),
            { status: 200, body: world.renderSoftDeleted(world.getSoftDeleted(path)) }
          ),
        );
      }
      if (method === 'DELETE') {
        return make(
          'deletedAccounts/purge',
          () => (
            version('Microsoft.CognitiveServices/accounts'),
            world.purge(base, parsed.subscriptionId, path)
          ),
          ['Microsoft.CognitiveServices/accounts'],
        );
      }
    }
  }
  return undefined;
}

export { Deployments };
