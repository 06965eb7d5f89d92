import { Kysely, PostgresDialect, sql, type PostgresPool, type Transaction } from 'kysely';
import type pg from 'pg';
import type { ImportReport } from '../../core/research/import-report.js';
import type {
  FacilityToStore,
  PlacedFacilityId,
  ResearchImportTransaction,
  ResearchStore,
  StoredDetainers,
  StoredProfiles,
  StoredRollup,
} from '../../core/research/import-release.js';
import {
  detainerRows,
  IMPORT_FOLLOWED,
  IMPORT_PERSONS,
  personRows,
  profileRows,
  narrowRollupRows,
  rollupCellRows,
  type BulkAppender,
} from '../bulk/bulk-rows.js';
import { postgresCopy } from '../bulk/postgres-copy.js';
import { sqliteBulkAppend } from '../bulk/sqlite-bulk-append.js';
import { monthIndex } from '../../core/research/rollup.js';
import type { CategoryCount, Followed, FollowRule } from '../../core/research/what-followed.js';
import { toFlag, toInstant } from '../codecs.js';
import type { DatabaseHandle } from '../engine.js';
import type { Database } from '../schema.js';
import { placeFacilities } from './research-facility-identity.js';

/**
 * The write side of the research tables: one import, one transaction. Records go in through the
 * engine's bulk path (see src/db/bulk); everything else through the query builder, in the same
 * transaction.
 */
export function sqlResearchStore(handle: DatabaseHandle): ResearchStore {
  const { native } = handle;
  if (native.engine === 'sqlite') {
    const bulk = sqliteBulkAppend(native.sqlite);
    return { inTransaction: (work) => handle.db.transaction().execute((trx) => withBulk('sqlite', trx, bulk, work)) };
  }
  return {
    // COPY needs the client itself: the transaction runs on one client taken from the pool.
    async inTransaction(work) {
      const client = await native.pool.connect();
      let failed = false;
      try {
        const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: singleClientPool(client) }) });
        const copy = postgresCopy(client);
        return await db.transaction().execute((trx) => withBulk('postgres', trx, copy, work));
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        // A client whose transaction failed is dropped rather than handed to the next caller.
        client.release(failed);
      }
    },
  };
}

/** Runs the work; what the bulk path has in flight is completed before the commit, or abandoned on failure. */
async function withBulk<T>(
  engine: 'sqlite' | 'postgres',
  trx: Transaction<Database>,
  bulk: BulkAppender,
  work: (tx: ResearchImportTransaction) => Promise<T>,
): Promise<T> {
  try {
    const result = await work(new SqlResearchImportTransaction(trx, bulk, engine));
    await bulk.finish();
    return result;
  } catch (error) {
    bulk.abort();
    throw error;
  }
}

/** A pool of the one client the caller holds; the caller releases it. */
function singleClientPool(client: pg.PoolClient): PostgresPool {
  const borrowed = {
    query: (...args: unknown[]) => (client.query as (...a: unknown[]) => unknown)(...args),
    release: () => {},
  };
  return { connect: async () => borrowed as never, end: async () => {} };
}

class SqlResearchImportTransaction implements ResearchImportTransaction {
  /** Whether person keys were set aside in IMPORT_PERSONS (a temporary table) in this transaction. */
  private personsAside = false;
  /** Whether records of this import were given a category (what followed): categoryCounts reads them. */
  private categorised = false;

  constructor(
    private readonly trx: Transaction<Database>,
    private readonly bulk: BulkAppender,
    private readonly engine: 'sqlite' | 'postgres',
  ) {}

  async deleteRelease(id: string): Promise<boolean> {
    await this.bulk.finish();
    // Rows of a release are written and deleted with it (the importer is their only writer): none
    // when it is not there, and then nothing else is read. A delete by a release that is not there
    // still scans: the rollup tables have no index on the release, and the BRIN index on the
    // records' release key matches every page not summarised yet, this import's records included.
    const release = await this.trx
      .selectFrom('research_releases')
      .select('key')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!release) return false;
    await this.trx.deleteFrom('research_rollup_cells').where('release_key', '=', release.key).execute();
    await this.trx.deleteFrom('research_rollup_facility_month').where('release_id', '=', id).execute();
    await this.trx.deleteFrom('research_rollup_outcome_state').where('release_id', '=', id).execute();
    await this.trx.deleteFrom('research_detainers').where('release_key', '=', release.key).execute();
    await this.trx.deleteFrom('research_profiles').where('release_key', '=', release.key).execute();
    await this.trx.deleteFrom('research_releases').where('id', '=', id).execute();
    return true;
  }

  async newReleaseKey(): Promise<number> {
    await this.bulk.finish();
    // PostgreSQL: one import at a time picks the next key (SQLite has one writer anyway); readers go on.
    if (this.engine === 'postgres') await sql`lock table research_releases in exclusive mode`.execute(this.trx);
    const last = await this.trx
      .selectFrom('research_releases')
      .select((eb) => eb.fn.max('key').as('key'))
      .executeTakeFirst();
    return Number(last?.key ?? 0) + 1;
  }

  async createRelease(release: {
    id: string;
    key: number;
    dataset: string;
    sourceFile: string;
    sha256: string;
    importedAt: Date;
    asOf: string | null;
    counts: { read: number; loaded: number; rejected: number };
    report: ImportReport;
  }): Promise<void> {
    await this.bulk.finish();
    await this.trx
      .insertInto('research_releases')
      .values({
        id: release.id,
        key: release.key,
        dataset: release.dataset,
        source_file: release.sourceFile,
        sha256: release.sha256,
        imported_at: toInstant(release.importedAt),
        rows_read: release.counts.read,
        rows_loaded: release.counts.loaded,
        rows_rejected: release.counts.rejected,
        report: JSON.stringify(release.report),
        first_prepared_date: release.report.preparedDates.first,
        last_prepared_date: release.report.preparedDates.last,
        as_of: release.asOf ?? release.report.preparedDates.last,
      })
      .execute();
  }

  async facilityIds(facilities: readonly FacilityToStore[], release: string): Promise<PlacedFacilityId[]> {
    if (facilities.length === 0) return [];
    await this.bulk.finish();
    return placeFacilities(this.trx, facilities, release);
  }

  async insertDetainers(releaseKey: number, rows: StoredDetainers): Promise<void> {
    await this.bulk.append(detainerRows(releaseKey, rows));
    if (!rows.hasPersons) return;
    if (!this.personsAside) {
      await this.bulk.finish();
      // Temporary: the keys never reach a permanent table, and go with the transaction (or before, below).
      const onCommit = this.engine === 'postgres' ? sql` on commit drop` : sql``;
      await sql`create temporary table ${sql.table(IMPORT_PERSONS)} (
        line integer primary key, person text not null, prepared_at ${sql.raw(this.engine === 'postgres' ? 'double precision' : 'real')} not null,
        outcome text not null, profile integer not null, month integer not null
      )${onCommit}`.execute(this.trx);
      // PostgreSQL keeps the index by person as the rows come, in the server's time while the reading
      // worker reads: the ddp-processed import at 500,000 rows 9.8 -> 8.6 s (three alternating runs each).
      // SQLite, one thread with the importer, gained nothing that way: it builds the index in traceDeclines.
      if (this.engine === 'postgres') await this.indexPersons();
      this.personsAside = true;
    }
    await this.bulk.append(personRows(rows));
  }

  async traceDeclines(releaseKey: number, rule: FollowRule): Promise<void> {
    await this.bulk.finish();
    if (!this.personsAside) return;
    const persons = sql.table(IMPORT_PERSONS);
    const followed = sql.table(IMPORT_FOLLOWED);
    if (this.engine === 'sqlite') await this.indexPersons();
    const onCommit = this.engine === 'postgres' ? sql` on commit drop` : sql``;
    const category = sql.join(
      Object.entries(rule.byLaterOutcome).map(([outcome, name]) => sql`when ${outcome} then ${name}`),
      sql` `,
    );
    await sql`create temporary table ${followed} (line integer primary key, followed text not null)${onCommit}`.execute(
      this.trx,
    );
    await sql`insert into ${followed} (line, followed)
      select line, case later ${category} else ${rule.none} end
      from (
        select d.line, (
          select n.outcome from ${persons} n
          where n.person = d.person and n.prepared_at > d.prepared_at + ${rule.windowMs}
          order by n.prepared_at, n.line limit 1
        ) as later
        from ${persons} d where d.outcome = ${rule.traced}
      ) as traced`.execute(this.trx);
    // Only the category is kept with the record; the keys go with the temporary tables.
    await sql`update research_detainers set followed = f.followed from ${followed} f
      where research_detainers.release_key = ${releaseKey} and research_detainers.line = f.line`.execute(this.trx);
    await sql`drop table ${followed}`.execute(this.trx);
    this.categorised = true;
  }

  /** Each person's records by prepare instant: the later detainer is found by index, not by a scan. */
  private async indexPersons(): Promise<void> {
    await sql`create index research_import_persons_by_person on ${sql.table(IMPORT_PERSONS)} (person, prepared_at, line)`.execute(
      this.trx,
    );
  }

  async categoryCounts(releaseKey: number): Promise<CategoryCount[]> {
    await this.bulk.finish();
    if (!this.categorised) return [];
    // The person's criminality is the record profile's (migration 0019): no record carries its own.
    const counts = await sql<{
      profile: number;
      month: string;
      followed: string | null;
      n: number | string;
    }>`select profile, substr(prepared_date, 1, 7) as month, followed, count(*) as n
      from research_detainers
      where release_key = ${releaseKey} and followed is not null
      group by profile, substr(prepared_date, 1, 7), followed`.execute(this.trx);
    return counts.rows.map((r) => ({
      profile: Number(r.profile),
      month: monthIndex(`${r.month}-01`),
      followed: r.followed as Followed | null,
      criminality: null,
      count: Number(r.n),
    }));
  }

  async flagLikelyDuplicates(releaseKey: number, windowMs: number): Promise<number> {
    await this.bulk.finish();
    if (!this.personsAside) return 0;
    // Each person's records in time order (file order among equal times); a record prepared within the window of the one before is flagged.
    const flagged = await sql`update research_detainers set likely_duplicate = ${toFlag(true)}
      where release_key = ${releaseKey} and line in (
        select line from (
          select line, prepared_at, lag(prepared_at) over (partition by person order by prepared_at, line) as previous
          from ${sql.table(IMPORT_PERSONS)}
        ) as p
        where previous is not null and abs(prepared_at - previous) <= ${windowMs}
      )`.execute(this.trx);
    await sql`drop table ${sql.table(IMPORT_PERSONS)}`.execute(this.trx);
    this.personsAside = false;
    return Number(flagged.numAffectedRows ?? 0);
  }

  async writeProfiles(releaseKey: number, profiles: StoredProfiles): Promise<void> {
    await this.bulk.append(profileRows(releaseKey, profiles));
  }

  async writeRollup(release: { readonly key: number; readonly id: string }, rollup: StoredRollup): Promise<void> {
    const releaseId = release.id;
    await this.bulk.append(rollupCellRows(release.key, rollup));
    let summarised: Promise<unknown> = Promise.resolve();
    if (this.engine === 'postgres') {
      // The planner joins the cells to the profiles (the view research_rollup_monthly) well only once it
      // knows their statistics (autovacuum would gather them a minute later). Sent (the turn awaited
      // below) before the narrower rollups are added up here.
      await this.bulk.finish();
      summarised = sql`analyze research_rollup_cells, research_profiles`.execute(this.trx);
      summarised.catch(() => {}); // awaited below
      await new Promise((sent) => setImmediate(sent));
    }
    // The narrower rollups of migration 0018, from the same cells: exactly equal to it.
    const narrow = narrowRollupRows(releaseId, rollup);
    await summarised;
    for (const rows of narrow) await this.bulk.append(rows);
    if (this.engine === 'postgres') {
      // Their statistics too (autovacuum's would come a minute later): without them the planner takes a
      // year's 25,000 facility-months for 500 and reads them through a bitmap (~40 ms of the server's).
      await this.bulk.finish();
      await sql`analyze research_rollup_facility_month, research_rollup_outcome_state`.execute(this.trx);
    }
  }
}
