import { sql, type Kysely } from 'kysely';
import type { ReplayRecord, ReplayRecordSource } from '../../core/research/replay.js';
import type { ReplaySelection } from '../../core/research/replay-query.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';

/**
 * Imported FOIA records for a replay, streamed in pages by keyset on the primary key
 * (release_id, line): each page is one indexed range query, so memory stays constant and a
 * page never repeats or skips a row.
 */
export class SqlResearchReplaySource implements ReplayRecordSource {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly pageSize = 5000,
  ) {}

  /**
   * SQLite would otherwise walk the date index and sort every remaining row for each page
   * (quadratic over a replay): the unary plus keeps it on the primary key's order.
   */
  private dateColumn() {
    return this.engine === 'sqlite' ? sql<string>`+prepared_date` : sql<string>`prepared_date`;
  }

  async *pages(selection: ReplaySelection): AsyncIterable<readonly ReplayRecord[]> {
    let after: { release: string; line: number } | null = null;
    for (;;) {
      let query = this.db
        .selectFrom('research_detainers')
        .select(['release_id', 'line', 'prepared_date', 'form', 'outcome'])
        .where(this.dateColumn(), '>=', selection.from)
        .where(this.dateColumn(), '<=', selection.to);
      if (selection.state !== null) query = query.where('state', '=', selection.state);
      if (selection.countyFips !== null) query = query.where('county_fips', '=', selection.countyFips);
      if (selection.release !== null) query = query.where('release_id', '=', selection.release);
      if (after !== null) {
        const { release, line } = after;
        query = query.where((eb) => eb(eb.refTuple('release_id', 'line'), '>', eb.tuple(release, line)));
      }
      const rows = await query.orderBy('release_id').orderBy('line').limit(this.pageSize).execute();
      if (rows.length === 0) return;
      const page: ReplayRecord[] = new Array<ReplayRecord>(rows.length);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        page[i] = { preparedDate: row.prepared_date, form: row.form, outcome: row.outcome };
      }
      yield page;
      if (rows.length < this.pageSize) return;
      const last = rows[rows.length - 1]!;
      after = { release: last.release_id, line: Number(last.line) };
    }
  }
}
