import {
  DEFAULT_MIGRATION_TABLE,
  Migrator,
  type Kysely,
  type KyselyPlugin,
  type Migration,
  type MigrationResultSet,
} from 'kysely';
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

/*
 * THE RULE FOR MIGRATIONS (README, "Upgrades"): forward only, and safe with the previous release
 * still serving. An upgrade migrates the database while the servers of the previous release keep
 * answering, then replaces them one at a time; for that while, the previous release reads and writes
 * the new schema. So a migration may only expand:
 * - add tables, views, indexes, and columns that are nullable or have a default (the previous
 *   release's INSERTs do not name them);
 * - never drop, rename or narrow (type, NOT NULL, CHECK, unique) anything the previous release reads
 *   or writes; that is a contract step, in a later release, once the releases that still use it are
 *   gone (a release first stops reading it, the next one drops it);
 * - a table replaced by another is kept readable under its old name (a view with the same columns);
 * - backfills go in batches small enough not to hold long locks, or are computed on read until filled;
 * - no down migrations: a mistake is mended by a new migration; a failed upgrade is rolled back by
 *   restoring the backup taken before it;
 * - a migration says in its comment why it is safe with the previous release serving.
 * `detainer-desk migrate --dry-run` shows what a migration would do on a copy of the real data;
 * test/db/previous-release.test.ts runs the previous release's server (release/previous-release)
 * against the schema this one migrates to and reads every page it serves.
 * (Some migrations before 0024 rebuilt or replaced research tables: written before this rule.)
 */

interface MigrationEntry {
  readonly name: string;
  /** What the migration does, in a sentence (printed by `migrate --dry-run`). */
  readonly description: string;
  readonly migration: Migration;
}

/** One migration set for both engines; a migration that needs engine-specific SQL receives the engine. */
function migrationEntries(engine: Engine): readonly MigrationEntry[] {
  const entry = (name: string, description: string, migration: Migration): MigrationEntry => ({
    name,
    description,
    migration,
  });
  return [
    entry(
      '0001-foundation',
      'places, agencies (the tenants), user accounts and the first detainer request tables',
      foundation(engine),
    ),
    entry(
      '0002-lifecycle',
      'the hash-chained, append-only detainer event log, its projection, decisions, notices and personal-data reads',
      lifecycle(engine),
    ),
    entry('0003-research', 'research releases, their ICE FOIA records and the monthly rollup', research(engine)),
    entry(
      '0004-research-bulk-load',
      'research tables reshaped for bulk loading (release keys, fewer indexes and foreign keys)',
      researchBulkLoad(engine),
    ),
    entry(
      '0005-research-profiles',
      'research records name a per-release profile of their repeated columns; the view research_records joins them back',
      researchProfiles(engine),
    ),
    entry(
      '0006-research-rollup-brin',
      "PostgreSQL: the monthly rollup's place index becomes a BRIN index (SQLite: nothing)",
      researchRollupBrin(engine),
    ),
    entry(
      '0007-sign-in-security',
      'sign-in throttling, the append-only security event log, session ids and last use, last sign-in',
      signInSecurity(engine),
    ),
    entry(
      '0008-token-expiry-second-factor',
      'API tokens expire and record their last use; TOTP second factor with recovery codes',
      tokenExpirySecondFactor(engine),
    ),
    entry(
      '0009-identity-conflicts',
      "each request keeps the subject's details as submitted; differences from the record on file are flagged",
      identityConflicts(engine),
    ),
    entry(
      '0010-audit-page-notice-previews',
      'the personal-data read log indexed by agency and channel; notices keep their laid-out text',
      auditPageNoticePreviews(engine),
    ),
    entry(
      '0011-inbox-urgency',
      "the inbox's urgency key, alarms and open duties in the projection, recomputed from the events",
      inboxUrgency(engine),
    ),
    entry(
      '0012-agency-request-counts',
      "SQLite: each agency's request count kept by triggers (PostgreSQL: nothing)",
      agencyRequestCounts(engine),
    ),
    entry(
      '0013-alarm-parameters',
      "the decision-blocked alarm's error kind and missing fact in the projection, filled from the events",
      alarmParameters(),
    ),
    entry('0014-inbox-closed-last', "closed requests' inbox rank moves after every open one", inboxClosedLast()),
    entry(
      '0015-research-what-followed',
      "research records' criminality and what followed a decline, in the records and the rollup",
      researchWhatFollowed(engine),
    ),
    entry(
      '0016-research-release-coverage',
      "each research release's first and last prepare date, filled from its records",
      researchReleaseCoverage(),
    ),
    entry(
      '0017-research-release-precedence',
      "releases' as-of dates; stored outcomes brought to the table of every era's lift reasons",
      researchReleasePrecedence(),
    ),
    entry(
      '0018-research-narrow-rollups',
      'rollups by facility and month and by outcome and state, filled from the monthly rollup',
      researchNarrowRollups(engine),
    ),
    entry(
      '0019-research-dimensions',
      "research profiles' area of responsibility, citizenship, criminality, offense group and U.S.-citizen flag",
      researchDimensions(engine),
    ),
    entry(
      '0020-research-facility-identity',
      "research facilities keyed by ICE's facility code; every spelling kept; a facility reference list",
      researchFacilityIdentity(engine),
    ),
    entry(
      '0021-research-facility-month-places',
      'the facility rollup gains re-issue counts, state and county (rebuilt and filled)',
      researchFacilityMonthPlaces(engine),
    ),
    entry(
      '0022-research-outcome-state-lift-reason',
      'the outcome-by-state rollup gains the lift reason, keyed by state first (rebuilt and filled)',
      researchOutcomeStateLiftReason(engine),
    ),
    entry(
      '0023-research-rollup-cells',
      'the monthly rollup stored as cells of the release profiles, read through a view of the same name and rows',
      researchRollupCells(engine),
    ),
  ];
}

function migrations(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(migrationEntries(engine).map((e) => [e.name, e.migration]));
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

/**
 * Applies every pending migration (on PostgreSQL in one transaction; Kysely runs SQLite's without).
 * Returns the names applied. A database migrated by a later release (it has applied migrations this
 * release does not know, after all of this release's own) is left as it is: by the rule above, this
 * release may keep serving on it during a rolling upgrade.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const known = migrationEntries(handle.engine).map((e) => e.name);
  const applied = await appliedMigrations(handle);
  const later = applied.filter((name) => !known.includes(name));
  if (later.length > 0) {
    const missing = known.filter((name) => !applied.includes(name));
    if (missing.length > 0 || later.some((name) => name < known[known.length - 1]!)) {
      throw new MigrationError(
        missing[0] ?? later[0],
        new Error(
          `the database has migrations this release does not know (${later.join(', ')}) ` +
            `and lacks some it does (${missing.join(', ') || 'none'}): not a later release's schema`,
        ),
      );
    }
    return [];
  }
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations(handle.engine) },
  });
  const { error, results }: MigrationResultSet = await migrator.migrateToLatest();
  if (error) throw new MigrationError(results?.find((r) => r.status === 'Error')?.migrationName, error);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Kysely's record of the migrations applied (none when the database has never been migrated). */
async function appliedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const tables = await handle.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === DEFAULT_MIGRATION_TABLE)) return [];
  const rows = await (handle.db as unknown as Kysely<MigrationTable>)
    .selectFrom(DEFAULT_MIGRATION_TABLE)
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

interface MigrationTable {
  readonly [DEFAULT_MIGRATION_TABLE]: { name: string };
}

/** A pending migration as `migrate --dry-run` shows it. */
export interface PlannedMigration {
  readonly name: string;
  readonly description: string;
  /** Every statement it sent, compiled for this engine, in order (parameters, if any, after it). */
  readonly statements: readonly string[];
}

export interface MigrationPlan {
  readonly pending: readonly PlannedMigration[];
  /** Applied migrations this release does not know (a later release migrated the database). */
  readonly unknownApplied: readonly string[];
}

/**
 * What `migrateToLatest` would do, without doing it: the pending migrations run, in order, inside one
 * transaction that is always rolled back, and every statement they send is recorded as the engine's
 * compiler wrote it. Both engines roll back DDL, so the database is left as it was (on SQLite the file
 * is not written: a rolled-back transaction's pages never reach it). The statements are the ones a
 * real run would send on this data (a backfill's work depends on the rows there). Kysely's own
 * bookkeeping tables are neither created nor written.
 */
export async function planMigrations(handle: DatabaseHandle): Promise<MigrationPlan> {
  const entries = migrationEntries(handle.engine);
  const applied = await appliedMigrations(handle);
  const pending = entries.filter((e) => !applied.includes(e.name));
  const unknownApplied = applied.filter((name) => !entries.some((e) => e.name === name));
  // A later release's schema: nothing of this release's to apply (migrateToLatest leaves it as it is).
  if (pending.length === 0 || unknownApplied.length > 0) return { pending: [], unknownApplied };
  const executor = handle.db.getExecutor();
  const planned: PlannedMigration[] = [];
  const trx = await handle.db.startTransaction().execute();
  try {
    for (const entry of pending) {
      const statements: string[] = [];
      const recorder: KyselyPlugin = {
        transformQuery({ node, queryId }) {
          const compiled = executor.compileQuery(node, queryId);
          const parameters =
            compiled.parameters.length > 0 ? ` -- parameters: ${JSON.stringify(compiled.parameters)}` : '';
          statements.push(`${compiled.sql.trim()};${parameters}`);
          return node;
        },
        transformResult: async ({ result }) => result,
      };
      await entry.migration.up(trx.withPlugin(recorder));
      planned.push({ name: entry.name, description: entry.description, statements });
    }
  } catch (error) {
    throw new MigrationError(pending[planned.length]?.name, error);
  } finally {
    await trx.rollback().execute();
  }
  return { pending: planned, unknownApplied };
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
