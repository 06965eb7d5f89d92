import type { AgencyRepository } from '../core/agency/agency-repository.port.js';
import type { AuthDeps } from '../core/auth/auth.use-cases.js';
import type { SecurityDeps } from '../core/auth/security.ports.js';
import { ACCOUNT_THROTTLE, ADDRESS_THROTTLE } from '../core/auth/sign-in-throttle.js';
import { SqlAccountStore, SqlSessionStore } from '../db/repositories/account.repository.js';
import { SqlSecurityEventLog } from '../db/repositories/security-event.log.js';
import { SqlSignInThrottleStore } from '../db/repositories/sign-in-throttle.store.js';
import type { PlaceCatalogueStore } from '../core/place/place-catalogue.port.js';
import type { PlaceRepository } from '../core/place/place-repository.port.js';
import type { DetainerDeps } from '../core/request/detainer.use-cases.js';
import type { Clock } from '../core/shared/ports.js';
import type { DatabaseHandle } from '../db/engine.js';
import { SqlAgencyRepository } from '../db/repositories/agency.repository.js';
import { SqlDetainerRepository } from '../db/repositories/detainer.repository.js';
import { SqlAuditChainReader } from '../db/repositories/audit-chain.reader.js';
import { SqlDetainerEventStore } from '../db/repositories/detainer-event.store.js';
import { SqlPersonalDataReadLog } from '../db/repositories/personal-data-read.log.js';
import { SqlPlaceCatalogueStore } from '../db/repositories/place-catalogue.store.js';
import { SqlPlaceRepository } from '../db/repositories/place.repository.js';
import { SqlResearchStatsRepository } from '../db/repositories/research-stats.repository.js';
import type { ResearchStatsReader } from '../core/research/stats.js';
import { DeskStatsPublisher, type DeskStatsReader } from '../core/research/stats-desk.js';
import { SqlResearchReplaySource } from '../db/repositories/research-replay.repository.js';
import { SqlSessionRepository, SqlUserRepository } from '../db/repositories/user.repository.js';
import { SqlApiTokenRepository } from '../db/repositories/api-token.repository.js';
import { SqlSecondFactorRepository } from '../db/repositories/second-factor.repository.js';
import type { AuditChainReader } from '../core/audit/audit.ports.js';
import { VerifiedChains } from '../core/audit/verified-chains.js';
import type { LifecycleDeps } from '../core/lifecycle/lifecycle.use-cases.js';
import type { AlarmCounter } from '../core/lifecycle/lifecycle.ports.js';
import { SqlAlarmCounter } from '../db/repositories/alarm-counts.query.js';
import { databaseReadiness, type DatabaseReadiness } from '../db/readiness.js';
import type { ReplayDeps } from '../core/research/replay.js';
import { argon2Hasher } from '../platform/argon2-hasher.js';
import { pdfNoticeRenderer } from '../platform/pdf-notice-renderer.js';
import {
  eventLoopScheduler,
  randomIds,
  randomSecrets,
  secondFactorRandom,
  sha256Digest,
  systemClock,
} from '../platform/node-ports.js';
import { loadLaw, type Law } from './law.js';
import { LawMapService } from './law-map-service.js';
import { researchImportDeps } from './research-import.js';
import { researchFacilitiesDeps, type ResearchFacilitiesDeps } from './research-facilities.js';
import type { ResearchImportDeps } from '../core/research/import-release.js';

/** Everything the use cases need, wired to one database. Shared by every entry point. */
export interface Services {
  readonly engine: DatabaseHandle['engine'];
  readonly places: PlaceRepository;
  readonly placeCatalogue: PlaceCatalogueStore;
  readonly agencies: AgencyRepository;
  readonly auth: AuthDeps;
  /** Sign-in throttling, security events, account administration and sessions by id (over `auth`). */
  readonly security: SecurityDeps;
  readonly detainers: DetainerDeps;
  /** The law library with places and the holiday calendar: what the policy use cases run on. */
  readonly law: Law;
  /** The detainer lifecycle: event store, decisions, notices, reads of personal data. */
  readonly lifecycle: LifecycleDeps;
  readonly audit: AuditChainReader;
  /** Each agency's chain as last verified intact (one per process): the audit page re-hashes only what was appended since. */
  readonly verifiedChains: VerifiedChains;
  /** Imports of public detainer data (ICE FOIA releases) into the research tables. */
  readonly researchImport: ResearchImportDeps;
  /** Research facilities across releases: the facility reference and the listing (issue 14). */
  readonly researchFacilities: ResearchFacilitiesDeps;
  /** Public statistics: FOIA research data (rollup) and suppressed counts of the desk's own detainers. */
  readonly stats: ResearchStatsReader & DeskStatsReader;
  /** The desk's own statistics as published: complete months only, computed once a day (one per process). */
  readonly deskStats: DeskStatsPublisher;
  /** Replays of imported FOIA records under another place's law (research). */
  readonly replay: ReplayDeps;
  /** The one source of "now" for adapters (e.g. a default date); the core never reads the clock itself. */
  readonly clock: Clock;
  /** Reports whether the database answers; used by the health route. */
  ping(): Promise<boolean>;
  /** Whether the database answers and is migrated to this code's schema; used by the readiness route. */
  readiness(): Promise<DatabaseReadiness>;
  /** Open alarms by kind and unswept holds past their deadline, across agencies: read by /metrics. */
  readonly alarmCounts: AlarmCounter;
  // --- map-api (issue 12): the law map and panel, with the map's cache (one per process) ---
  readonly lawMap: LawMapService;
}

export interface ServiceOptions {
  readonly sessionTtlHours: number;
  /** A session unused this long ends (SESSION_IDLE_MINUTES); 30 when absent. */
  readonly sessionIdleMinutes?: number;
  readonly clock?: Clock;
  /** The law library; loaded from `policies/` when absent. */
  readonly law?: Law;
}

export function createServices(handle: DatabaseHandle, options: ServiceOptions): Services {
  const { db } = handle;
  const clock = options.clock ?? systemClock;
  const stats = new SqlResearchStatsRepository(db, handle.engine);
  // Loaded first and eagerly: an invalid law library stops the process at start (PolicyLoadError).
  const law = options.law ?? loadLaw();
  const detainers = new SqlDetainerRepository(db, handle.engine);
  const agencies = new SqlAgencyRepository(db);
  const securityEvents = new SqlSecurityEventLog(db);
  const audit = new SqlAuditChainReader(db);
  const auth: AuthDeps = {
    securityEvents,
    users: new SqlUserRepository(db),
    sessions: new SqlSessionRepository(db),
    tokens: new SqlApiTokenRepository(db),
    passwords: argon2Hasher,
    digest: sha256Digest,
    secrets: randomSecrets,
    ids: randomIds,
    clock,
    sessionTtlMs: options.sessionTtlHours * 3_600_000,
    secondFactor: {
      factors: new SqlSecondFactorRepository(db),
      random: secondFactorRandom,
      issuer: 'Detainer Desk',
    },
  };
  return {
    engine: handle.engine,
    places: new SqlPlaceRepository(db),
    placeCatalogue: new SqlPlaceCatalogueStore(db),
    agencies,
    auth,
    security: {
      ...auth,
      throttles: new SqlSignInThrottleStore(db),
      accounts: new SqlAccountStore(db),
      sessionStore: new SqlSessionStore(db),
      sessionIdleMs: (options.sessionIdleMinutes ?? 30) * 60_000,
      throttlePolicies: { account: ACCOUNT_THROTTLE, address: ADDRESS_THROTTLE },
    },
    detainers: { detainers, agencies, law: law.engine, clock, ids: randomIds, scheduler: eventLoopScheduler },
    lifecycle: {
      detainers,
      agencies,
      events: new SqlDetainerEventStore(db, handle.engine),
      law: law.engine,
      renderer: pdfNoticeRenderer,
      reads: new SqlPersonalDataReadLog(db),
      clock,
      ids: randomIds,
    },
    audit,
    verifiedChains: new VerifiedChains(audit),
    researchImport: researchImportDeps(handle, clock),
    researchFacilities: researchFacilitiesDeps(handle),
    stats,
    deskStats: new DeskStatsPublisher(stats, clock),
    replay: { law: law.engine, records: new SqlResearchReplaySource(db, handle.engine), releases: stats },
    law,
    clock,
    lawMap: new LawMapService(law, clock),
    readiness: () => databaseReadiness(handle),
    alarmCounts: new SqlAlarmCounter(db, handle.engine),
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
