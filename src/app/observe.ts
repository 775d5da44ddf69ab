// Opens the ARM connection a run needs — the embedded emulator, one already running (--endpoint), or Azure
// with the host's credential or the default chain — and reads the observed state through it. Failures to
// get there are turned into one clear sentence with what to do: never a stack trace.
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import type { Catalog, Diagnostic, ObserveScope, ObservedState } from '../core/types.js';
import { ARM_ENDPOINT, armScope, createArmContext, type ArmContext } from '../azure/clients.js';
import { defaultCredential } from '../azure/credentials.js';
import { toArmError } from '../azure/errors.js';
import { observe, rememberTenantSource } from '../azure/observe.js';
import type { RunOptions } from './types.js';

export const DEFAULT_STATE_DIR = '.aifactory/local';

/** A failure to reach or prepare the target, with the diagnostic hosts print. */
export class TargetError extends Error {
  override name = 'TargetError';
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.hint ? `${diagnostic.message} (${diagnostic.hint})` : diagnostic.message);
  }
}

export interface ArmSession {
  ctx: ArmContext;
  /** For logs: "local emulator at http://127.0.0.1:…, state .aifactory/local" or "Azure (subscription …)". */
  description: string;
  close(): Promise<void>;
}

/** api-versions by ARM type from the catalog: what delete and observe need for resources they did not create. */
export function catalogApiVersions(catalog: Catalog | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!catalog) return out;
  for (const s of catalog.services) for (const r of s.resources) out[r.type] ??= r.apiVersion;
  Object.assign(out, catalog.platformApiVersions ?? {});
  return out;
}

export async function openArmSession(
  options: RunOptions,
  subscriptionId: string,
  catalog?: Catalog,
): Promise<ArmSession> {
  const apiVersions = catalogApiVersions(catalog);
  if (options.target === 'azure') {
    refuseLocalOnly(options);
    const endpoint = options.endpoint ? checkAzureEndpoint(options.endpoint) : undefined;
    const credential = options.credential ?? defaultCredential();
    const ctx = createArmContext({
      target: 'azure',
      credential,
      subscriptionId,
      apiVersions,
      ...(endpoint ? { endpoint } : {}),
    });
    rememberTenantSource(ctx, () => tenantOfCredential(credential, armScope(ctx.endpoint)));
    return {
      ctx,
      description: `Azure (subscription ${subscriptionId}${endpoint ? `, ARM endpoint ${endpoint}` : ''})`,
      close: async () => {},
    };
  }
  if (options.target !== 'local') {
    throw new TargetError({
      severity: 'error',
      code: 'target.unsupported',
      message: `target '${options.target}' cannot be observed or changed live`,
      hint: 'use --target local (the embedded emulator) or --target azure',
    });
  }
  if (options.endpoint) {
    const endpoint = checkEndpoint(options.endpoint);
    const ctx = createArmContext({ target: 'local', endpoint, subscriptionId, apiVersions });
    return { ctx, description: `local emulator at ${endpoint}`, close: async () => {} };
  }
  const stateDir = path.resolve(options.stateDir ?? DEFAULT_STATE_DIR);
  ensureWritable(stateDir);
  const { startEmulator, StateDirLockedError } = await import('../emulator/index.js');
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({
      stateDir,
      port: 0,
      host: '127.0.0.1',
      ...(catalog ? { catalog } : {}),
      ...(options.timeScale !== undefined ? { timeScale: options.timeScale } : {}),
    });
  } catch (error) {
    if (error instanceof StateDirLockedError)
      throw new TargetError({
        severity: 'error',
        code: 'target.state-dir-locked',
        message: error.message,
        hint: error.hint,
      });
    throw new TargetError({
      severity: 'error',
      code: 'target.emulator-start',
      message: `the local emulator could not start with state dir ${stateDir}: ${oneLine(error)}`,
      hint: 'pass --state-dir DIR with a writable directory, or --endpoint URL to use a running emulator',
    });
  }
  const ctx = createArmContext({ target: 'local', endpoint: emulator.url, subscriptionId, apiVersions });
  return {
    ctx,
    description: `local emulator (embedded) at ${emulator.url}, state ${path.relative(process.cwd(), stateDir) || '.'}`,
    close: () => emulator.close(),
  };
}

/** The emulator's options mean nothing on Azure: say so instead of ignoring them. */
function refuseLocalOnly(options: RunOptions): void {
  const given = [
    ...(options.stateDir !== undefined ? ['--state-dir'] : []),
    ...(options.timeScale !== undefined ? ['--time-scale'] : []),
  ];
  if (given.length === 0) return;
  throw new TargetError({
    severity: 'error',
    code: 'target.local-only',
    message: `${given.join(' and ')} ${given.length === 1 ? 'is' : 'are'} for --target local (the emulator); --target azure does not use ${given.length === 1 ? 'it' : 'them'}`,
    hint: `drop ${given.join(' and ')}, or use --target local`,
  });
}

/** An ARM endpoint of another cloud (sovereign, Azure Stack Hub): https only, as the SDK sends tokens only over TLS. */
function checkAzureEndpoint(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    url = new URL('invalid:');
  }
  if (url.protocol !== 'https:')
    throw new TargetError({
      severity: 'error',
      code: 'target.endpoint',
      message: `--endpoint '${endpoint}' is not an https URL: with --target azure it is the ARM endpoint, and tokens go only over TLS`,
      hint: 'e.g. --endpoint https://management.usgovcloudapi.net; for the local emulator use --target local',
    });
  return url.toString().replace(/\/+$/, '');
}

function checkEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url.toString().replace(/\/+$/, '');
  } catch {
    throw new TargetError({
      severity: 'error',
      code: 'target.endpoint',
      message: `--endpoint '${endpoint}' is not a URL`,
      hint: 'give the URL the emulator printed, e.g. http://127.0.0.1:4780',
    });
  }
}

function ensureWritable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new TargetError({
      severity: 'error',
      code: 'target.state-dir',
      message: `the emulator's state dir ${dir} is not writable: ${oneLine(error)}`,
      hint: 'pass --state-dir DIR with a directory you can write, or --endpoint URL to use a running emulator',
    });
  }
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].trim();
}

/**
 * Turns a failure talking to ARM into a diagnostic: an unreachable endpoint, a credential that does not
 * work, or ARM's own error code with its hint.
 */
export function targetDiagnostic(error: unknown, where: string): Diagnostic {
  if (error instanceof TargetError) return error.diagnostic;
  const info = toArmError(error);
  const text = `${info.code} ${info.message}`;
  if (
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|REQUEST_SEND_ERROR|socket hang up/i.test(text)
  ) {
    return {
      severity: 'error',
      code: 'target.unreachable',
      message: `cannot reach ${where}: ${info.message}`,
      hint: 'check that the emulator runs (aifactory emulator) and the --endpoint URL, or drop --endpoint to use the embedded one',
    };
  }
  if (
    /CredentialUnavailable|AuthenticationError|AggregateAuthenticationError/i.test(
      `${(error as Error)?.name} ${text}`,
    )
  ) {
    return {
      severity: 'error',
      code: 'target.credential',
      message: `no Azure credential worked: ${info.message}`,
      hint: 'set AZURE_CLIENT_ID/AZURE_TENANT_ID with AZURE_FEDERATED_TOKEN_FILE or AZURE_CLIENT_SECRET, run az login, or use a managed identity (docs/apply.md lists the order)',
    };
  }
  return {
    severity: 'error',
    code: `arm.${info.code}`,
    message: `${where}: ${info.code}: ${info.message}`,
    ...(info.hint ? { hint: info.hint } : {}),
  };
}

/** What `run` calls for `plan --target local|azure`: the live observed state of one project environment. */
export async function observeTarget(
  options: RunOptions,
  scope: ObserveScope,
  catalog?: Catalog,
): Promise<ObservedState> {
  const session = await openArmSession(options, options.subscriptionId ?? scope.subscriptionId, catalog);
  try {
    return await observe(session.ctx, { ...scope, subscriptionId: session.ctx.subscriptionId });
  } catch (error) {
    throw new TargetError(targetDiagnostic(error, session.description));
  } finally {
    await session.close();
  }
}

/**
 * The tenant of the identity the credential signs in as: the `tid` claim of its ARM access token. The payload
 * is only read, not verified: the token is ARM's business, the tenant merely fills Key Vault bodies.
 */
export async function tenantOfCredential(
  credential: TokenCredential,
  scope = `${ARM_ENDPOINT}/.default`,
): Promise<string | undefined> {
  const token = await credential.getToken(scope);
  return token ? tenantOfToken(token.token) : undefined;
}

export function tenantOfToken(jwt: string): string | undefined {
  const payload = jwt.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { tid?: unknown };
    return typeof claims.tid === 'string' && claims.tid !== '' ? claims.tid : undefined;
  } catch {
    return undefined;
  }
}
