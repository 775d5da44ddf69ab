// ARM's error envelope and the error codes the emulator answers with. Messages follow Azure's own wording
// where it is known, so a client that matches on them behaves the same against the emulator and Azure.

export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
  details?: ArmErrorDetail[];
}

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ArmErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toDetail(): ArmErrorDetail {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }

  body(): { error: ArmErrorDetail } {
    return { error: this.toDetail() };
  }
}

export const armErrors = {
  authenticationFailed: () =>
    new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
    ),
  missingApiVersion: () =>
    new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    ),
  invalidApiVersion: (version: string, supported: string[]) =>
    new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`,
    ),
  resourceGroupNotFound: (rg: string) =>
    new ArmError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`),
  resourceNotFound: (type: string, name: string, rg?: string) =>
    new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${type}/${name}' under resource group '${rg ?? '(none)'}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    ),
  parentNotFound: (parentName: string) =>
    new ArmError(
      404,
      'ParentResourceNotFound',
      `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`,
    ),
  deploymentNotFound: (name: string) =>
    new ArmError(404, 'DeploymentNotFound', `Deployment '${name}' could not be found.`),
  invalidRequestContent: (detail: string) =>
    new ArmError(
      400,
      'InvalidRequestContent',
      `The request content was invalid and could not be deserialized: '${detail}'.`,
    ),
  anotherOperationInProgress: (id: string) =>
    new ArmError(
      409,
      'AnotherOperationInProgress',
      `Another operation on this or dependent resource is in progress. Resource '${id}' is being changed by an earlier request; retry after it completes.`,
    ),
  scopeLocked: (scope: string, operation: 'delete' | 'write', lockedScopes: string[]) =>
    new ArmError(
      409,
      'ScopeLocked',
      `The scope '${scope}' cannot perform ${operation} operation because following scope(s) are locked: '${lockedScopes.join("','")}'. Please remove the lock and try again.`,
    ),
  notFoundRoute: (method: string, path: string) =>
    new ArmError(404, 'NotFound', `The emulator does not serve ${method} ${path}.`),
  methodNotAllowed: (method: string, path: string) =>
    new ArmError(
      405,
      'MethodNotAllowed',
      `The requested resource does not support http method '${method}' (${path}).`,
    ),
  throttled: (retryAfter: number) =>
    new ArmError(
      429,
      'TooManyRequests',
      'The request is being throttled as the limit has been reached for operation type - Write. Retry after the time given in Retry-After.',
      undefined,
      { 'retry-after': String(retryAfter) },
    ),
  internal: () =>
    new ArmError(
      500,
      'InternalServerError',
      'Encountered internal server error (fault injected by the emulator).',
    ),
  unavailable: () =>
    new ArmError(
      503,
      'ServiceUnavailable',
      'The server is currently unable to handle the request (fault injected by the emulator).',
    ),
};
