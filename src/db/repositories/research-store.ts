import { sql, type Kysely, type Transaction } from 'kysely';
import type { ImportReport } from '../../core/research/import-report.js';
import type { ResearchImportTransaction, ResearchStore, StoredDetainer } from '../../core/research/import-release.js';
import { toFlag, toInstant } from '../codecs.js';
import type { Database } from '../schema.js';

/** Rows per INSERT: 11 parameters each stays under SQLite's 32,766 and PostgreSQL's 65,535 limits. */
const INSERT_CHUNK = 2_500;

/** The write side of the research tables: one import, one transaction. */
export class SqlResearchStore implements ResearchStore {
  constructor(private readonly db: Kysely<Database>) {}

  inTransaction<T>(work: (tx: ResearchImportTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new SqlResearchImportTransaction(trx)));
  }
}

class SqlResearchImportTransaction implements ResearchImportTransaction {
  constructor(private readonly trx: Transaction<Database>) {}

  async deleteRelease(id: string): Promise<boolean> {
    await this.trx.deleteFrom('research_rollup_monthly').where('release_id', '=', id).execute();
    await this.trx.deleteFrom('research_detainers').where('release_id', '=', id).execute();
    const deleted = await this.trx.deleteFrom('research_releases').where('id', '=', id).executeTakeFirst();
    return Number(deleted.numDeletedRows) > 0;
  }

  async createRelease(release: {
    id: string;
    dataset: string;
    sourceFile: string;
    sha256: string;
    importedAt: Date;
  }): Promise<void> {
    await this.trx
      .insertInto('research_releases')
      .values({
        id: release.id,
        dataset: release.dataset,
        source_file: release.sourceFile,
        sha256: release.sha256,
        imported_at: toInstant(release.importedAt),
        rows_read: 0,
        rows_loaded: 0,
        rows_rejected: 0,
        report: '{}',
      })
      .execute();
  }

  async facilityId(facility: {
    name: string;
    city: string | null;
    state: string | null;
    countyFips: string | null;
  }): Promise<number> {
    const existing = await this.trx
      .selectFrom('research_facilities')
      .select(['id', 'county_fips'])
      .where('name', '=', facility.name)
      .where((eb) => (facility.city === null ? eb('city', 'is', null) : eb('city', '=', facility.city)))
      .where((eb) => (facility.state === null ? eb('state', 'is', null) : eb('state', '=', facility.state)))
      .executeTakeFirst();
    if (existing) {
      if (existing.county_fips === null && facility.countyFips !== null) {
        await this.trx
          .updateTable('research_facilities')
          .set({ county_fips: facility.countyFips })
          .where('id', '=', existing.id)
          .execute();
      }
      return Number(existing.id);
    }
    const inserted = await this.trx
      .insertInto('research_facilities')
      .values({ name: facility.name, city: facility.city, state: facility.state, county_fips: facility.countyFips })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(inserted.id);
  }

  async insertDetainers(releaseId: string, rows: readonly StoredDetainer[]): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await this.trx
        .insertInto('research_detainers')
        .values(
          rows.slice(start, start + INSERT_CHUNK).map((r) => ({
            release_id: releaseId,
            line: r.line,
            prepared_date: r.preparedDate,
            facility_id: r.facilityId,
            state: r.state,
            county_fips: r.countyFips,
            form: r.form,
            lift_reason: r.liftReason,
            outcome: r.outcome,
            likely_duplicate: toFlag(r.likelyDuplicate),
            extra: r.extra === null ? null : JSON.stringify(r.extra),
          })),
        )
        .execute();
    }
  }

  async rebuildRollup(releaseId: string): Promise<void> {
    await this.trx.deleteFrom('research_rollup_monthly').where('release_id', '=', releaseId).execute();
    const month = sql<string>`substr(prepared_date, 1, 7)`;
    const state = sql<string>`coalesce(state, '')`;
    const county = sql<string>`coalesce(county_fips, '')`;
    const facility = sql<number>`coalesce(facility_id, 0)`;
    const form = sql<string>`coalesce(form, '')`;
    const reason = sql<string>`coalesce(lift_reason, '')`;
    await this.trx
      .insertInto('research_rollup_monthly')
      .columns([
        'release_id',
        'month',
        'state',
        'county_fips',
        'facility_id',
        'form',
        'lift_reason',
        'outcome',
        'count',
      ])
      .expression(
        this.trx
          .selectFrom('research_detainers')
          .select([
            'release_id',
            month.as('month'),
            state.as('state'),
            county.as('county_fips'),
            facility.as('facility_id'),
            form.as('form'),
            reason.as('lift_reason'),
            'outcome',
            sql<number>`count(*)`.as('count'),
          ])
          .where('release_id', '=', releaseId)
          .groupBy(['release_id', month, state, county, facility, form, reason, 'outcome']),
      )
      .execute();
  }

  async finishRelease(
    id: string,
    counts: { read: number; loaded: number; rejected: number },
    report: ImportReport,
  ): Promise<void> {
    await this.trx
      .updateTable('research_releases')
      .set({
        rows_read: counts.read,
        rows_loaded: counts.loaded,
        rows_rejected: counts.rejected,
        report: JSON.stringify(report),
      })
      .where('id', '=', id)
      .execute();
  }
}
