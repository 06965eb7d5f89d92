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

/** Everything the use cases need, wired to one database. Shared by every entry point. */
export interface Services {
  readonly engine: DatabaseHandle['engine'];
  readonly places: PlaceRepository;
  readonly placeCatalogue: PlaceCatalogueStore;
  readonly agencies: AgencyRepository;
  readonly auth: AuthDeps;
  readonly detainers: DetainerDeps;
  /** Reports whether the database answers; used by the health route. */
  ping(): Promise<boolean>;
}

export interface ServiceOptions {
  readonly sessionTtlHours: number;
  readonly clock?: Clock;
}

export function createServices(handle: DatabaseHandle, options: ServiceOptions): Services {
  const { db } = handle;
  const clock = options.clock ?? systemClock;
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
