// ARM errors as the user should see them: the code ARM sent, its message, and what to do about it.
// The SDKs throw RestError (core-client and the TypeSpec runtime alike) with `code`/`statusCode`; a failed
// deployment carries the inner error in `properties.error.details`, where the useful code usually sits.

export interface ArmErrorInfo {
  code: string;
  message: string;
  statusCode?: number;
  hint?: string;
}

/** A failure the apply reports per service (the walker keeps it as the node's error). */
export class ArmOperationError extends Error {
  override name = 'ArmOperationError';
  constructor(readonly info: ArmErrorInfo) {
    super(`${info.code}: ${info.message}`);
  }
}

interface ErrorBody {
  code?: string;
  message?: string;
  details?: ErrorBody[];
}

/** Digs the most specific ARM error out of whatever the SDK threw. */
export function toArmError(error: unknown): ArmErrorInfo {
  if (error instanceof ArmOperationError) return error.info;
  const e = (error ?? {}) as {
    code?: unknown;
    statusCode?: unknown;
    message?: unknown;
    details?: unknown;
    response?: { status?: number; bodyAsText?: string; parsedBody?: unknown };
  };
  const statusCode =
    typeof e.statusCode === 'number'
      ? e.statusCode
      : typeof e.response?.status === 'number'
        ? e.response.status
        : undefined;
  let body: ErrorBody | undefined = pickErrorBody(e.details) ?? pickErrorBody(e.response?.parsedBody);
  if (!body && typeof e.response?.bodyAsText === 'string') {
    try {
      body = pickErrorBody(JSON.parse(e.response.bodyAsText));
    } catch {
      // not JSON: keep the SDK's own message
    }
  }
  const innermost = body ? deepest(body) : undefined;
  const code =
    innermost?.code ?? (typeof e.code === 'string' ? e.code : undefined) ?? connectionCode(e) ?? 'Unknown';
  const message =
    innermost?.message ?? body?.message ?? (typeof e.message === 'string' ? e.message : String(error));
  return withHint({ code, message: oneLine(message), statusCode });
}

function pickErrorBody(value: unknown): ErrorBody | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as { error?: ErrorBody; code?: string; message?: string };
  if (v.error && typeof v.error === 'object') return v.error;
  if (typeof v.code === 'string' && typeof v.message === 'string') return v as ErrorBody;
  return undefined;
}

/** Deployment failures wrap the real cause (`DeploymentFailed` → `Conflict` → `ScopeLocked`): take the leaf. */
export function deepest(body: ErrorBody): ErrorBody {
  let current = body;
  while (current.details && current.details.length > 0 && current.details[0].code)
    current = current.details[0];
  return current;
}

function connectionCode(e: { code?: unknown; message?: unknown }): string | undefined {
  const text = `${String(e.code ?? '')} ${String(e.message ?? '')}`;
  const m = /\b(ECONNREFUSED|ENOTFOUND|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH)\b/.exec(text);
  return m?.[1];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const HINTS: Record<string, string> = {
  ScopeLocked:
    'a management lock (CanNotDelete/ReadOnly) covers this resource or its resource group: remove the lock ' +
    '(az lock delete / portal → Locks) or ask its owner, then re-run; or keep the service on',
  AuthorizationFailed:
    'the identity running the apply lacks a role on this scope: grant it Contributor (and User Access ' +
    'Administrator or Role Based Access Control Administrator for role assignments) on the subscription or resource group',
  LinkedAuthorizationFailed:
    'the identity may write this resource but not the one it links to (subnet, DNS zone, identity): grant it a role on that scope too',
  RoleAssignmentUpdateNotPermitted:
    'a role assignment with this name exists with other properties: delete the old assignment, then re-run',
  InvalidTemplate:
    'the generated template was rejected: this is a bug in aifactory-flags; please report it with the plan JSON',
  InvalidTemplateDeployment:
    'ARM rejected the deployment before it started: see the message for the resource and property',
  InvalidRequestContent: 'ARM rejected a property of the request: see the message for which one',
  QuotaExceeded:
    'the subscription quota for this resource or SKU is used up in this region: request more quota or pick another region/SKU',
  OperationNotAllowed:
    'a quota or policy forbids this operation: request more quota or check the subscription limits',
  SkuNotAvailable: 'this SKU is not offered in this region for your subscription: pick another region or SKU',
  InsufficientQuota:
    'the model or SKU quota is used up: lower the capacity in the config or request more quota',
  RequestDisallowedByPolicy:
    'an Azure Policy assignment denies this resource: read the policy named in the message, then ask the platform team for an exemption or change the config',
  StorageAccountAlreadyTaken:
    'the globally unique name is taken by someone else: change the project prefix or salt input',
  VaultAlreadyExists:
    'the vault name exists (maybe soft-deleted in another subscription): purge it or change the prefix',
  FlagMustBeSetForRestore:
    'a soft-deleted resource with this name exists: recover it (re-run with it in the plan) or purge it first',
  ConflictError: 'a soft-deleted resource with this name blocks the create: recover or purge it',
  AnotherOperationInProgress: 'another operation on this resource is still running: wait for it, then re-run',
  ResourceGroupBeingDeleted: 'the resource group is being deleted: wait until it is gone, then re-run',
  InUseSubnetCannotBeDeleted:
    'a resource still uses the subnet: delete its private endpoints / NICs first, or wait for Azure to release it',
  MissingSubscriptionRegistration:
    'the resource provider is not registered on the subscription: az provider register --namespace <namespace>',
  SubscriptionNotFound:
    'the subscription id is wrong or the identity cannot see it: check environments.<env>.subscriptionId',
  InvalidAuthenticationToken:
    'the token was rejected: log in again (az login) or check the federated credential',
  ExpiredAuthenticationToken:
    'the token expired during the run: re-run; for OIDC use a credential that refreshes its ID token',
  CredentialUnavailableError:
    'no credential worked: set AZURE_CLIENT_ID/AZURE_TENANT_ID (+ AZURE_CLIENT_SECRET or a federated token), run az login, or use a managed identity',
  ECONNREFUSED:
    'nothing listens at the endpoint: start the emulator (aifactory emulator) or drop --endpoint to use the embedded one',
  ENOTFOUND: 'the endpoint host name does not resolve: check --endpoint',
  DeploymentFailed:
    'a resource of the deployment failed: see the deployment operations in the portal for the resource',
  ResourceNotFound:
    'something this service needs does not exist yet: check that the services it depends on applied',
  ParentResourceNotFound: 'the parent resource does not exist: check that the service owning it applied',
};

export function hintFor(code: string, statusCode?: number): string | undefined {
  if (HINTS[code]) return HINTS[code];
  if (/quota/i.test(code)) return HINTS.QuotaExceeded;
  if (statusCode === 429)
    return 'ARM throttled the requests beyond the retries: lower --parallelism and re-run';
  if (statusCode !== undefined && statusCode >= 500)
    return 'Azure returned a server error beyond the retries: re-run; what already applied is a no-op';
  return undefined;
}

export function withHint(info: ArmErrorInfo): ArmErrorInfo {
  const hint = info.hint ?? hintFor(info.code, info.statusCode);
  return hint ? { ...info, hint } : info;
}

export function isNotFound(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string } | undefined;
  if (e?.statusCode === 404) return true;
  const info = toArmError(error);
  return (
    info.statusCode === 404 ||
    info.code === 'ResourceNotFound' ||
    info.code === 'ResourceGroupNotFound' ||
    info.code === 'DeploymentNotFound'
  );
}
