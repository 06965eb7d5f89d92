import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/**
 * Research data, apart from operational data (DESIGN.md section 6): ICE FOIA detainer records as
 * released, one row per record, with the dataset release they came from, and a monthly rollup kept
 * exact on every import for the portal's statistics.
 */
export function research(engine: Engine) {
  const t = columnTypes(engine);
  const id = engine === 'postgres' ? 'bigserial' : 'integer';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('research_releases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dataset', 'text', (c) => c.notNull())
        .addColumn('source_file', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('imported_at', t.instant, (c) => c.notNull())
        .addColumn('rows_read', 'integer', (c) => c.notNull())
        .addColumn('rows_loaded', 'integer', (c) => c.notNull())
        .addColumn('rows_rejected', 'integer', (c) => c.notNull())
        .addColumn('report', t.json, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('research_facilities')
        .addColumn('id', id, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('state', 'text')
        .addColumn('county_fips', 'text')
        .addUniqueConstraint('research_facilities_identity', ['name', 'city', 'state'])
        .execute();

      await db.schema
        .createTable('research_detainers')
        .addColumn('release_id', 'text', (c) => c.notNull().references('research_releases.id'))
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('prepared_date', 'text', (c) => c.notNull())
        .addColumn('facility_id', 'integer', (c) => c.references('research_facilities.id'))
        .addColumn('state', 'text')
        .addColumn('county_fips', 'text')
        .addColumn('form', 'text')
        .addColumn('lift_reason', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('likely_duplicate', t.flag, (c) => c.notNull())
        .addColumn('extra', t.json)
        .addPrimaryKeyConstraint('research_detainers_pk', ['release_id', 'line'])
        .execute();
      await db.schema
        .createIndex('research_detainers_date')
        .on('research_detainers')
        .columns(['prepared_date'])
        .execute();

      await db.schema
        .createTable('research_rollup_monthly')
        .addColumn('release_id', 'text', (c) => c.notNull().references('research_releases.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('county_fips', 'text', (c) => c.notNull())
        .addColumn('facility_id', 'integer', (c) => c.notNull())
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('lift_reason', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('research_rollup_monthly_pk', [
          'release_id',
          'month',
          'state',
          'county_fips',
          'facility_id',
          'form',
          'lift_reason',
          'outcome',
        ])
        .execute();
      await db.schema
        .createIndex('research_rollup_state')
        .on('research_rollup_monthly')
        .columns(['state', 'month'])
        .execute();
      await db.schema
        .createIndex('research_rollup_facility')
        .on('research_rollup_monthly')
        .columns(['facility_id', 'month'])
        .execute();
    },
  };
}
