import type { AgencyId, UserId } from '../shared/ids.js';
import type { Role } from './roles.js';

/** The authenticated caller of a use case. */
export interface Principal {
  readonly userId: UserId;
  readonly agencyId: AgencyId;
  readonly role: Role;
  readonly via: 'session' | 'token' | 'cli';
}
