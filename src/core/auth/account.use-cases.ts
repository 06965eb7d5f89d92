import type { Agency } from '../agency/agency.js';
import type { AgencyRepository } from '../agency/agency-repository.port.js';
import { domainError, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import type { UserRepository } from './auth.ports.js';
import type { Principal } from './principal.js';
import type { User } from './user.js';

/** The signed-in user and their agency, for "who am I" screens. */
export async function currentAccount(
  deps: { users: UserRepository; agencies: AgencyRepository },
  principal: Principal,
): Promise<Result<{ user: User; agency: Agency }, DomainError>> {
  const [user, agency] = await Promise.all([
    deps.users.findById(principal.userId),
    deps.agencies.findById(principal.agencyId),
  ]);
  if (!user) return err(domainError('USER.NOT_FOUND', 'Your user account no longer exists.'));
  if (!agency) return err(domainError('AGENCY.NOT_FOUND', 'Your agency no longer exists.'));
  return ok({ user, agency });
}
