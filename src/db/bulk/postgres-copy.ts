import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkAppender, BulkRows, SqlValue } from './bulk-rows.js';
import { CopyTextEncoder } from './copy-text-encoder.js';

type CopyStream = ReturnType<typeof copyFrom>;

/**
 * Appends rows with COPY FROM STDIN on the client that holds the caller's transaction. Consecutive
 * appends to one table share one COPY, left open so that the server stores one batch while the next
 * is being read: `finish` ends it (the caller does before any other statement), `abort` fails it (the
 * server then rolls the COPY back and the connection can roll back the transaction).
 */
export function postgresCopy(client: pg.ClientBase): BulkAppender {
  let open: { table: string; stream: CopyStream; done: Promise<void> } | undefined;
  // Per table, kept across its COPYs: an encoder remembers the bytes of the codes it has written.
  const encoders = new Map<string, CopyTextEncoder>();

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
      const send = async (chunks: readonly Buffer[]) => {
        for (const chunk of chunks) if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
      };
      let encoder = encoders.get(rows.table);
      if (!encoder) encoders.set(rows.table, (encoder = new CopyTextEncoder()));
      const values = new Array<SqlValue>(rows.columns.length);
      for (let i = 0; i < rows.count; i++) {
        rows.put(i, values, 0);
        encoder.row(values, rows.coded, i);
        if (encoder.hasFilled) await send(encoder.takeFilled());
      }
      await send(encoder.takeAll());
    },
    finish,
    abort() {
      // What an encoder held belongs to the failed COPY.
      encoders.clear();
      if (!open) return;
      open.stream.destroy(new Error('import failed'));
      open = undefined;
    },
  };
}
