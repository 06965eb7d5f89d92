import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle, Engine } from '../engine.js';
import { foundation } from './0001-foundation.js';
import { lifecycle } from './0002-lifecycle.js';
import { research } from './0003-research.js';
import { researchBulkLoad } from './0004-research-bulk-load.js';
import { researchProfiles } from './0005-research-profiles.js';
import { researchRollupBrin } from './0006-research-rollup-brin.js';
import { signInSecurity } from './0007-sign-in-security.js';
import { tokenExpirySecondFactor } from './0008-token-expiry-second-factor.js';
import { identityConflicts } from './0009-identity-conflicts.js';
import { auditPageNoticePreviews } from './0010-audit-page-notice-previews.js';
import { inboxUrgency } from './0011-inbox-urgency.js';
import { agencyRequestCounts } from './0012-agency-request-counts.js';
import { alarmParameters } from './0013-alarm-parameters.js';
import { inboxClosedLast } from './0014-inbox-closed-last.js';
import { researchWhatFollowed } from './0015-research-what-followed.js';
// explorer (issue 12): releases' time coverage
import { researchReleaseCoverage } from './0016-research-release-coverage.js';
// issue 14: releases' as-of dates (precedence) and the outcome table of every era (re-issues)
import { researchReleasePrecedence } from './0017-research-release-precedence.js';
// issue 14 (speed): rollups for facility by period and outcome by state and year
import { researchNarrowRollups } from './0018-research-narrow-rollups.js';
// issue 14, point 5: the dimensions researchers ask for
import { researchDimensions } from './0019-research-dimensions.js';
// facilities as stable identities (issue 14, helper F)
import { researchFacilityIdentity } from './0020-research-facility-identity.js';
import { researchFacilityMonthPlaces } from './0021-research-facility-month-places.js';
// issue 14 (speed): a state by year and lift reason from the outcome-by-state rollup
import { researchOutcomeStateLiftReason } from './0022-research-outcome-state-lift-reason.js';
// issue 14 (speed): the monthly rollup as cells of the releases' profiles, read through a view
import { researchRollupCells } from './0023-research-rollup-cells.js';

/** One migration set for both engines; a migration that needs engine-specific SQL receives the engine. */
function migrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-foundation': foundation(engine),
    '0002-lifecycle': lifecycle(engine),
    '0003-research': research(engine),
    '0004-research-bulk-load': researchBulkLoad(engine),
    '0005-research-profiles': researchProfiles(engine),
    '0006-research-rollup-brin': researchRollupBrin(engine),
    '0007-sign-in-security': signInSecurity(engine),
    '0008-token-expiry-second-factor': tokenExpirySecondFactor(engine),
    '0009-identity-conflicts': identityConflicts(engine),
    '0010-audit-page-notice-previews': auditPageNoticePreviews(engine),
    '0011-inbox-urgency': inboxUrgency(engine),
    '0012-agency-request-counts': agencyRequestCounts(engine),
    '0013-alarm-parameters': alarmParameters(),
    '0014-inbox-closed-last': inboxClosedLast(),
    '0015-research-what-followed': researchWhatFollowed(engine),
    '0016-research-release-coverage': researchReleaseCoverage(),
    '0017-research-release-precedence': researchReleasePrecedence(),
    '0018-research-narrow-rollups': researchNarrowRollups(engine),
    '0019-research-dimensions': researchDimensions(engine),
    '0020-research-facility-identity': researchFacilityIdentity(engine),
    '0021-research-facility-month-places': researchFacilityMonthPlaces(engine),
    '0022-research-outcome-state-lift-reason': researchOutcomeStateLiftReason(engine),
    '0023-research-rollup-cells': researchRollupCells(engine),
  };
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string | undefined,
    cause: unknown,
  ) {
    super(`Migration ${migration ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(handle.engine) },
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) throw new MigrationError(results?.find((r) => r.status === 'Error')?.migrationName, error);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Applies the migrations up to and including `name` (tests of a migration's data handling). */
export async function migrateUpTo(handle: DatabaseHandle, name: string): Promise<void> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(handle.engine) },
  });
  const { error, results } = await migrator.migrateTo(name);
  if (error) throw new MigrationError(results?.find((r) => r.status === 'Error')?.migrationName, error);
}

/**
 * The migrations this code knows that the database has not applied, in order (empty when it is up
 * to date). Reads only: a database never migrated answers every name.
 */
export async function pendingMigrations(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(handle.engine) },
  });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}
