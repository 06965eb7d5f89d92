import { sql, type ColumnDataType, type Expression } from 'kysely';
import type { Engine } from '../engine.js';

type ColumnType = ColumnDataType | Expression<unknown>;

/** Column types that differ between the engines; everything else is portable SQL. */
export function columnTypes(engine: Engine): {
  instant: ColumnType;
  flag: ColumnType;
  json: ColumnType;
  bytes: ColumnType;
} {
  return engine === 'postgres'
    ? { instant: 'timestamptz', flag: 'boolean', json: 'jsonb', bytes: 'bytea' }
    : { instant: 'text', flag: 'integer', json: sql`text`, bytes: 'blob' };
}
