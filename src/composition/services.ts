import type { AgencyRepository } from '../core/agency/agency-repository.port.js';
import type { AuthDeps } from '../core/auth/auth.use-cases.js';
import type { PlaceCatalogueStore } from '../core/place/place-catalogue.port.js';
import type { PlaceRepository } from '../core/place/place-repository.port.js';
import type { DetainerDeps } from '../core/request/detainer.use-cases.js';
import type { Clock } from '../core/shared/ports.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlAgencyRepository } from '../db/repositories/agency.repository.js';
import { SqlDetainerRepository } from '../db/repositories/detainer.repository.js';
import { SqlPlaceCatalogueStore } from '../db/repositories/place-catalogue.store.js';
import { SqlPlaceRepository } from '../db/repositories/place.repository.js';
import { SqlApiTokenRepository, SqlSessionRepository, SqlUserRepository } from '../db/repositories/user.repository.js';
import { argon2Hasher } from '../platform/argon2-hasher.js';
import { randomIds, randomSecrets, sha256Digest, systemClock } from '../platform/node-ports.js';
import { loadLaw, type Law } from './law.js';

/** Everything the use cases need, wired to one database. Shared by every entry point. */
export interface Services {
  readonly engine: DatabaseHandle['engine'];
  readonly places: PlaceRepository;
  readonly placeCatalogue: PlaceCatalogueStore;
  readonly agencies: AgencyRepository;
  readonly auth: AuthDeps;
  readonly detainers: DetainerDeps;
  /** The law library with places and the holiday calendar: what the policy use cases run on. */
  readonly law: Law;
  /** The one source of "now" for adapters (e.g. a default date); the core never reads the clock itself. */
  readonly clock: Clock;
  /** Reports whether the database answers; used by the health route. */
  ping(): Promise<boolean>;
}

export interface ServiceOptions {
  readonly sessionTtlHours: number;
  readonly clock?: Clock;
  /** The law library; loaded from `policies/` when absent. */
  readonly law?: Law;
}

export function createServices(handle: DatabaseHandle, options: ServiceOptions): Services {
  const { db } = handle;
  const clock = options.clock ?? systemClock;
  // Loaded first and eagerly: an invalid law library stops the process at start (PolicyLoadError).
  const law = options.law ?? loadLaw();
  return {
    engine: handle.engine,
    places: new SqlPlaceRepository(db),
    placeCatalogue: new SqlPlaceCatalogueStore(db),
    agencies: new SqlAgencyRepository(db),
    auth: {
      users: new SqlUserRepository(db),
      sessions: new SqlSessionRepository(db),
      tokens: new SqlApiTokenRepository(db),
      passwords: argon2Hasher,
      digest: sha256Digest,
      secrets: randomSecrets,
      ids: randomIds,
      clock,
      sessionTtlMs: options.sessionTtlHours * 3_600_000,
    },
    detainers: { detainers: new SqlDetainerRepository(db), clock, ids: randomIds },
    law,
    clock,
    ping: async () => {
      try {
        await db.selectFrom('meta').select('key').limit(1).execute();
        return true;
      } catch {
        return false;
      }
    },
  };
}
