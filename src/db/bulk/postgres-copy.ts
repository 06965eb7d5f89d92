import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkAppender, BulkRows, SqlValue } from './bulk-rows.js';

const LINES_PER_WRITE = 1_000;
const SPECIAL = /[\\\t\n\r]/;

/** A value in COPY's text format: \N for null; backslash, tab, line feed and carriage return escaped. */
export function copyText(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

type CopyStream = ReturnType<typeof copyFrom>;

/**
 * Appends rows with COPY FROM STDIN on the client that holds the caller's transaction. Consecutive
 * appends to one table share one COPY, left open so that the server stores one batch while the next
 * is being read: `finish` ends it (the caller does before any other statement), `abort` fails it (the
 * server then rolls the COPY back and the connection can roll back the transaction).
 */
export function postgresCopy(client: pg.ClientBase): BulkAppender {
  let open: { table: string; stream: CopyStream; done: Promise<void> } | undefined;

  const finish = async () => {
    if (!open) return;
    const { stream, done } = open;
    open = undefined;
    stream.end();
    await done;
  };

  return {
    async append(rows: BulkRows) {
      if (rows.count === 0) return;
      if (open?.table !== rows.table) {
        await finish();
        const stream = client.query(copyFrom(`copy ${rows.table} (${rows.columns.join(', ')}) from stdin`));
        // One watcher per COPY (not one per wait for the buffer to drain); awaited by finish.
        const done = finished(stream);
        done.catch(() => {});
        open = { table: rows.table, stream, done };
      }
      const { stream, done } = open;
      const { plain } = rows;
      const values = new Array<SqlValue>(rows.columns.length);
      for (let start = 0; start < rows.count; start += LINES_PER_WRITE) {
        let text = '';
        for (let i = start; i < Math.min(rows.count, start + LINES_PER_WRITE); i++) {
          rows.put(i, values, 0);
          for (let c = 0; c < values.length; c++) {
            const value = values[c] ?? null;
            if (c > 0) text += '\t';
            text += value === null ? '\\N' : plain[c] ? value : copyText(value);
          }
          text += '\n';
        }
        if (!stream.write(text)) await Promise.race([once(stream, 'drain'), done]);
      }
    },
    finish,
    abort() {
      if (!open) return;
      open.stream.destroy(new Error('import failed'));
      open = undefined;
    },
  };
}
