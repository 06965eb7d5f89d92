import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';
import { columnTypes } from './column-types.js';

/** Places, tenants, accounts and the first slice of detainer requests. */
export function foundation(engine: Engine) {
  const t = columnTypes(engine);
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('states')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('fips', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('counties')
        .addColumn('fips', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('state_code', 'text', (c) => c.notNull().references('states.code'))
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('counties_state_code').on('counties').column('state_code').execute();

      await db.schema
        .createTable('agencies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('state_code', 'text', (c) => c.notNull().references('states.code'))
        .addColumn('county_fips', 'text', (c) => c.references('counties.fips'))
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('ori', 'text')
        .addColumn('synthetic', t.flag, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('facilities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addUniqueConstraint('facilities_agency_name', ['agency_id', 'name'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', t.flag, (c) => c.notNull())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_agency_id').on('users').column('agency_id').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('digest', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('expires_at', t.instant, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('digest', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addColumn('revoked_at', t.instant)
        .execute();

      await db.schema
        .createTable('subjects')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('reference', 'text', (c) => c.notNull())
        .addColumn('full_name', 'text')
        .addColumn('birth_date', 'text')
        .addColumn('a_number', 'text')
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addUniqueConstraint('subjects_agency_reference', ['agency_id', 'reference'])
        .execute();

      await db.schema
        .createTable('detainer_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('facility_id', 'text', (c) => c.references('facilities.id'))
        .addColumn('subject_id', 'text', (c) => c.notNull().references('subjects.id'))
        .addColumn('form', 'text', (c) => c.notNull())
        .addColumn('form_edition', 'text')
        .addColumn('warrant', 'text', (c) => c.notNull())
        .addColumn('probable_cause', t.json, (c) => c.notNull())
        .addColumn('requested_actions', t.json, (c) => c.notNull())
        .addColumn('issued_at', t.instant, (c) => c.notNull())
        .addColumn('received_at', t.instant, (c) => c.notNull())
        .addColumn('issuing_office', 'text')
        .addColumn('federal_reference', 'text')
        .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', t.instant, (c) => c.notNull())
        .addUniqueConstraint('detainer_requests_agency_reference', ['agency_id', 'federal_reference'])
        .execute();
      await db.schema
        .createIndex('detainer_requests_agency_received')
        .on('detainer_requests')
        .columns(['agency_id', 'received_at'])
        .execute();
    },
  };
}
