import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { REISSUED } from '../../core/research/outcomes.js';
import type { PeriodSelection, ReplayRecord, ReplayRecordSource } from '../../core/research/replay.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';

/**
 * Imported FOIA records for a replay, in pages, in constant memory. SQLite: keyset pages on the
 * primary key (release_key, line), each one indexed range query, so that other requests get the one
 * connection between pages. PostgreSQL: the table has no key index (migration 0004), so one query
 * streamed through a cursor; a replay counts, so the order of the rows does not matter.
 */
export class SqlResearchReplaySource implements ReplayRecordSource {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly pageSize = 5000,
  ) {}

  /** The records of the months that cover the period, from the monthly rollup: an upper bound, read cheaply. */
  async estimate(selection: PeriodSelection): Promise<number> {
    let query = this.db
      .selectFrom('research_rollup_monthly')
      .select(sql<string | number | null>`sum(count)`.as('n'))
      .where('month', '>=', selection.from.slice(0, 7))
      .where('month', '<=', selection.to.slice(0, 7))
      .where(periodsOf(selection, (p) => sql`(release_id = ${p.release} and month between ${p.from} and ${p.to})`));
    if (selection.state !== null) query = query.where('state', '=', selection.state);
    if (selection.countyFips !== null) query = query.where('county_fips', '=', selection.countyFips);
    if (!selection.includeReissues) query = query.where('outcome', '<>', REISSUED);
    const row = await query.executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  pages(selection: PeriodSelection): AsyncIterable<readonly ReplayRecord[]> {
    return this.engine === 'sqlite' ? this.keysetPages(selection) : this.streamedPages(selection);
  }

  private selected(selection: PeriodSelection, dateColumn: ReturnType<typeof sql<string>>) {
    // A release's months by its key, compared without the key's index (`+release_key`): SQLite keeps
    // walking the primary key in order, which the keyset pages rely on.
    const releaseKey = this.engine === 'sqlite' ? sql`+release_key` : sql`release_key`;
    let query = this.db
      .selectFrom('research_records')
      .select(['release_key', 'line', 'prepared_date', 'form', 'outcome', 'likely_duplicate'])
      .where(dateColumn, '>=', selection.from)
      .where(dateColumn, '<=', selection.to)
      .where(
        periodsOf(
          selection,
          (p) => sql`(${releaseKey} = (select r.key from research_releases r where r.id = ${p.release})
            and ${dateColumn} between ${`${p.from}-01`} and ${`${p.to}-31`})`,
        ),
      );
    if (selection.state !== null) query = query.where('state', '=', selection.state);
    if (selection.countyFips !== null) query = query.where('county_fips', '=', selection.countyFips);
    if (!selection.includeReissues) query = query.where('outcome', '<>', REISSUED);
    return query;
  }

  private async *streamedPages(selection: PeriodSelection): AsyncIterable<readonly ReplayRecord[]> {
    let page: ReplayRecord[] = [];
    for await (const row of this.selected(selection, sql<string>`prepared_date`).stream(this.pageSize)) {
      page.push(replayRecord(row));
      if (page.length === this.pageSize) {
        yield page;
        page = [];
      }
    }
    if (page.length > 0) yield page;
  }

  private async *keysetPages(selection: PeriodSelection): AsyncIterable<readonly ReplayRecord[]> {
    // The unary plus keeps SQLite on the key's order rather than sorting every remaining row per page.
    const dateColumn = sql<string>`+prepared_date`;
    let after: { release: number; line: number } | null = null;
    for (;;) {
      let query = this.selected(selection, dateColumn);
      if (after !== null) {
        const { release, line } = after;
        query = query.where((eb) => eb(eb.refTuple('release_key', 'line'), '>', eb.tuple(release, line)));
      }
      const rows = await query.orderBy('release_key').orderBy('line').limit(this.pageSize).execute();
      if (rows.length === 0) return;
      const page = new Array<ReplayRecord>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        page[i] = replayRecord(rows[i]!);
      }
      yield page;
      if (rows.length < this.pageSize) return;
      const last = rows[rows.length - 1]!;
      after = { release: Number(last.release_key), line: Number(last.line) };
    }
  }
}

function replayRecord(row: {
  prepared_date: string;
  form: string | null;
  outcome: string;
  likely_duplicate: number | boolean;
}): ReplayRecord {
  return {
    preparedDate: row.prepared_date,
    form: row.form,
    outcome: row.outcome,
    likelyDuplicate: Boolean(row.likely_duplicate),
  };
}

/** The selection's release per run of months, as one condition (none when no release covers the period). */
function periodsOf(
  selection: PeriodSelection,
  each: (period: PeriodSelection['periods'][number]) => RawBuilder<unknown>,
): RawBuilder<SqlBool> {
  if (selection.periods.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`(${sql.join(selection.periods.map(each), sql` or `)})`;
}
