import type { Facility } from '../agency/agency.js';
import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { DetainerDeps } from './detainer.use-cases.js';
import { FORM_CATALOGUE, type FormEdition } from './form-catalogue.js';
import { NewDetainerSchema } from './new-detainer.schema.js';

/** What a form for logging one request offers: the choices, and the constraints of what it sends. */
export interface IntakeForm {
  readonly forms: readonly FormEdition[];
  readonly facilities: readonly Pick<Facility, 'id' | 'name'>[];
  /** What the agency does where the law leaves an action permitted (the live preview asks the law with it). */
  readonly discretion: 'comply' | 'decline';
  /** The request body's one declaration (NewDetainerSchema) as JSON Schema: the form checks fields with its constraints. */
  readonly request: unknown;
}

/** For roles that log requests: the form catalogue, the caller's agency's facilities and discretion, the body's schema. */
export async function intakeForm(deps: DetainerDeps, principal: Principal): Promise<Result<IntakeForm, DomainError>> {
  if (!can(principal.role, 'detainer:create')) return err(forbidden('log detainer requests'));
  const agency = await deps.agencies.findById(principal.agencyId);
  if (!agency) return err(domainError('AGENCY.NOT_FOUND', 'Your agency no longer exists.'));
  const facilities = await deps.agencies.listFacilities(agency.id);
  return ok({
    forms: FORM_CATALOGUE,
    facilities: facilities.map(({ id, name }) => ({ id, name })),
    discretion: agency.discretion,
    request: JSON.parse(JSON.stringify(NewDetainerSchema)) as unknown,
  });
}
