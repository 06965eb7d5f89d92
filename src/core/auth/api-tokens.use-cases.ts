import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { AgencyId, ApiTokenId, UserId } from '../shared/ids.js';
import type { IdGenerator, SecretGenerator } from '../shared/ports.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import type { ApiTokenListing, ApiTokenRepository } from './api-token.ports.js';
import { API_TOKEN_PREFIX, forbidden, principalOf } from './auth.use-cases.js';
import type { Principal } from './principal.js';
import { NewApiTokenSchema, TOKEN_DEFAULT_DAYS } from './api-token.schema.js';
import { can } from './roles.js';
import { recordSecurityEvent, type EventOrigin } from './security-event.js';
import { checkSecondFactor, verifyCurrentPassword, type SecondFactorDeps } from './second-factor.use-cases.js';

/**
 * Personal API tokens for machine clients: they expire (default 90 days, at most 365), can be listed
 * and revoked, record when they were last used, and are minted only after the owner proves who they
 * are again (a browser session gives the password and, with a second factor, its code). A token
 * never mints tokens: a stolen token must not multiply itself. CJIS 5.6.2.1, ASVS V2/V3/V13.
 */
export interface ApiTokenDeps extends SecondFactorDeps {
  readonly tokens: ApiTokenRepository;
  readonly secrets: SecretGenerator;
  readonly ids: IdGenerator;
}

export { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from './api-token.schema.js';
/** The last-use time is written at most once per this interval per token (not one write per request). */
export const TOKEN_USE_RECORD_INTERVAL_MS = 60_000;
const DAY_MS = 86_400_000;

export interface CreatedApiToken {
  readonly id: ApiTokenId;
  readonly name: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  /** Shown once; only its digest is stored. */
  readonly secret: string;
}

export async function createApiToken(
  deps: ApiTokenDeps,
  principal: Principal,
  raw: Readonly<Record<string, unknown>>,
  origin: EventOrigin,
): Promise<Result<CreatedApiToken, DomainError>> {
  if (!can(principal.role, 'token:create')) return err(forbidden('create API tokens'));
  if (principal.via === 'token') {
    return err(
      domainError(
        'AUTH.FORBIDDEN',
        'An API token may not create API tokens: sign in with your password, or ask an operator (CLI).',
      ),
    );
  }
  // The schema of POST /tokens; options typed at the CLI arrive as text and are converted.
  const checked = validateTextInput(NewApiTokenSchema, raw);
  if (!checked.ok) return checked;
  const input = checked.value;
  const name = input.name.trim();
  if (name.length === 0) return err(invalidField('name', 'must not be blank', 'blank'));
  const days = input.expiresInDays ?? TOKEN_DEFAULT_DAYS;
  if (principal.via === 'session') {
    if (input.password === undefined || input.password === '') {
      return err(
        invalidField(
          'password',
          'is required to create a token from a browser session: give your current password',
          'passwordRequired',
        ),
      );
    }
    const user = await verifyCurrentPassword(deps, principal.userId, input.password);
    if (!user.ok) return user;
    const second = await checkSecondFactor(deps, principal.userId, input, 'field');
    if (!second.ok) return second;
  }
  const secret = API_TOKEN_PREFIX + deps.secrets.secret();
  const createdAt = deps.clock.now();
  const token = {
    id: deps.ids.uuid() as ApiTokenId,
    userId: principal.userId,
    name,
    createdAt,
    expiresAt: new Date(createdAt.getTime() + days * DAY_MS),
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.tokens.insert({ ...token, digest: deps.digest.digest(secret) });
  await recordSecurityEvent(deps, principal, 'token.created', ownAccount(principal), origin, {
    tokenId: token.id,
    expiresAt: token.expiresAt.toISOString(),
  });
  return ok({ id: token.id, name, createdAt, expiresAt: token.expiresAt, secret });
}

/** The owner of a valid (unrevoked, unexpired) token, as a principal; records the use (throttled). */
export async function authenticateToken(
  deps: Pick<ApiTokenDeps, 'tokens' | 'digest' | 'clock'>,
  token: string,
): Promise<Principal | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const now = deps.clock.now();
  const found = await deps.tokens.findActive(deps.digest.digest(token), now);
  if (!found || found.user.disabled) return undefined;
  const lastUsed = found.token.lastUsedAt?.getTime();
  if (lastUsed === undefined || now.getTime() - lastUsed >= TOKEN_USE_RECORD_INTERVAL_MS) {
    await deps.tokens.recordUse(found.token.id, now, new Date(now.getTime() - TOKEN_USE_RECORD_INTERVAL_MS));
  }
  return principalOf(found.user, 'token');
}

/**
 * Lists tokens (never secrets or digests). A caller sees their own; with `all`, an admin sees every
 * token of their agency. An operator at the CLI (`actor` undefined) filters by user or agency.
 */
export async function listApiTokens(
  deps: Pick<ApiTokenDeps, 'tokens'>,
  actor: Principal | undefined,
  filter: { all?: boolean; userId?: UserId; agencyId?: AgencyId },
): Promise<Result<ApiTokenListing[], DomainError>> {
  if (!actor) {
    return ok(
      await deps.tokens.list({
        ...(filter.userId ? { userId: filter.userId } : {}),
        ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
      }),
    );
  }
  if (filter.all) {
    if (!can(actor.role, 'user:manage')) return err(forbidden("list other users' API tokens"));
    return ok(await deps.tokens.list({ agencyId: actor.agencyId }));
  }
  return ok(await deps.tokens.list({ userId: actor.userId }));
}

/**
 * Revokes a token at once. A caller may revoke their own; an admin any of their agency. Any other
 * token, of another agency or unknown, is TOKEN.NOT_FOUND (ids of other tenants are not confirmed).
 */
export async function revokeApiToken(
  deps: Pick<ApiTokenDeps, 'tokens' | 'clock' | 'ids' | 'securityEvents'>,
  actor: Principal | undefined,
  id: string,
  origin: EventOrigin,
): Promise<Result<ApiTokenListing, DomainError>> {
  const notFound = domainError('TOKEN.NOT_FOUND', 'No API token with this id that you may revoke.');
  const token = await deps.tokens.findById(id as ApiTokenId);
  if (!token) return err(notFound);
  if (actor) {
    const own = token.userId === actor.userId;
    const agencyAdmin = can(actor.role, 'user:manage') && token.agencyId === actor.agencyId;
    if (!own && !agencyAdmin) return err(notFound);
  }
  const now = deps.clock.now();
  if (token.revokedAt) return ok(token);
  await deps.tokens.revoke(token.id, now);
  await recordSecurityEvent(deps, actor, 'token.revoked', { id: token.userId, agencyId: token.agencyId }, origin, {
    tokenId: token.id,
  });
  return ok({ ...token, revokedAt: now });
}

const ownAccount = (principal: Principal) => ({ id: principal.userId, agencyId: principal.agencyId });
