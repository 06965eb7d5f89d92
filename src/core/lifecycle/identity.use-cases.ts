import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import type { IdentityConflictItem } from '../request/detainer-repository.port.js';
import type { DetainerDeps } from '../request/detainer.use-cases.js';
import { getDetainer } from '../request/detainer.use-cases.js';
import { IdentityConflictQuerySchema, IdentityResolutionSchema } from '../request/identity.schema.js';
import { validateInput, validateTextInput } from '../shared/validate-input.js';
import type { IdentityChoice } from '../request/identity.js';
import { domainError, invalidField, type DomainError } from '../shared/errors.js';
import type { SubjectId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import type { DetainerEventPayload } from './detainer-event.js';
import { foldDetainer } from './detainer-state.js';
import { viewDetainer, type DetainerView, type LifecycleDeps } from './lifecycle.use-cases.js';
import { projectionOf } from './projection.js';

/** What staff decide about an identity conflict, as a client sends it. */
export interface IdentityResolutionInput {
  readonly choice: IdentityChoice;
  readonly reason: string;
  /** separate-person only: the agency's reference for the other person (e.g. their own booking number). */
  readonly reference: string | null;
}

/** Checks a resolution as typed (API body or CLI options) with its schema, then what the schema cannot say. */
export function parseIdentityResolution(raw: unknown): Result<IdentityResolutionInput, DomainError> {
  const checked = validateInput(IdentityResolutionSchema, raw);
  if (!checked.ok) return checked;
  const { choice, reason, reference } = checked.value;
  if (reason.trim() === '') return err(invalidField('reason', 'must say why, in words', 'reason'));
  if (choice === 'separate-person') {
    if (reference === undefined || reference === null || reference.trim() === '')
      return err(invalidField('reference', "must name the other person's own reference", 'ownReference'));
  } else if (reference !== undefined && reference !== null) {
    return err(
      invalidField('reference', 'is only given with choice separate-person', 'onlyWith', {
        allowed: ['separate-person'],
      }),
    );
  }
  return ok({ choice, reason: reason.trim(), reference: choice === 'separate-person' ? reference!.trim() : null });
}

/** The agency's open identity conflicts, oldest first: which fields differ, never their values. */
export async function listIdentityConflicts(
  deps: DetainerDeps,
  principal: Principal,
  raw: Readonly<Record<string, unknown>>,
): Promise<Result<{ items: IdentityConflictItem[]; total: number; limit: number; offset: number }, DomainError>> {
  if (!can(principal.role, 'detainer:read')) return err(forbidden('see identity conflicts'));
  // The query's schema; options typed at the CLI arrive as text and are converted.
  const checked = validateTextInput(IdentityConflictQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const { limit = 50, offset = 0 } = checked.value;
  const found = await deps.detainers.identityConflicts(principal.agencyId, { limit, offset });
  return ok({ ...found, limit, offset });
}

/**
 * Resolves a detainer's open identity conflict: keep the record on file, take the submitted
 * details into it, or record the request's person as a separate person under their own reference.
 * The decision is an `identity-resolved` event in the detainer's hash-chained history.
 */
export async function resolveIdentity(
  deps: LifecycleDeps,
  principal: Principal,
  id: string,
  input: IdentityResolutionInput,
): Promise<Result<DetainerView, DomainError>> {
  if (!can(principal.role, 'detainer:record') || !can(principal.role, 'detainer:read'))
    return err(forbidden('resolve identity conflicts'));
  const found = await getDetainer(deps, principal, id);
  if (!found.ok) return found;
  const request = found.value;
  const conflict = request.identityConflict;
  if (!conflict || conflict.resolution) return err(noOpenConflict());
  const history = await deps.events.load(request.agencyId, request.id);
  const state = foldDetainer(history);
  const now = deps.clock.now();
  const payload: DetainerEventPayload = {
    type: 'identity-resolved',
    choice: input.choice,
    fields: [...conflict.fields],
    reason: input.reason,
    reference: input.reference,
  };
  const after = foldDetainer([
    ...history,
    {
      detainerId: request.id,
      agencyId: request.agencyId,
      version: state.version + 1,
      payload,
      recordedAt: now.toISOString(),
      actor: principal.userId,
    },
  ]);
  const outcome = await deps.detainers.resolveIdentity(
    {
      agencyId: request.agencyId,
      detainerId: request.id,
      choice: input.choice,
      fields: conflict.fields,
      separate:
        input.choice === 'separate-person' && input.reference !== null
          ? { id: deps.ids.uuid() as SubjectId, reference: input.reference }
          : null,
      by: principal.userId,
      at: now,
    },
    {
      agencyId: request.agencyId,
      detainerId: request.id,
      expectedVersion: state.version,
      events: [{ payload, actor: principal.userId }],
      recordedAt: now,
      decisions: [],
      notices: [],
      projection: projectionOf(after, now),
    },
  );
  switch (outcome) {
    case 'not-in-conflict':
      return err(noOpenConflict());
    case 'version-conflict':
      return err(
        domainError(
          'DETAINER.VERSION_CONFLICT',
          'Another change was recorded first: reload the detainer and try again.',
        ),
      );
    case 'reference-taken':
      return err(invalidField('reference', 'is already the reference of a person on file', 'referenceTaken'));
    case 'resolved':
      return viewDetainer(deps, principal, id, 'resolve-identity');
  }
}

function noOpenConflict(): DomainError {
  return domainError('IDENTITY.NO_OPEN_CONFLICT', 'This detainer has no open identity conflict to resolve.');
}
