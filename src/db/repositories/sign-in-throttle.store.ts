import type { Kysely, Selectable, Transaction } from 'kysely';
import type { SignInThrottleStore, ThrottleKey, ThrottleWrite } from '../../core/auth/security.ports.js';
import type { ThrottleState } from '../../core/auth/sign-in-throttle.js';
import { instant, optionalInstant, toInstant } from '../codecs.js';
import type { Database, SignInThrottlesTable } from '../schema.js';

/**
 * Throttle state in the database, so that it survives restarts and is shared by every server on
 * the same database. `update` makes each key's read-decide-write atomic: it first writes the keys
 * (a placeholder row with no failures where none exists, then a no-op update of every row, in key
 * order), which takes PostgreSQL's row locks and SQLite's write lock alike; a concurrent attempt on
 * the same keys waits until the transaction commits. A row with no failures is no state.
 */
export class SqlSignInThrottleStore implements SignInThrottleStore {
  constructor(private readonly db: Kysely<Database>) {}

  async update<T>(
    keys: readonly ThrottleKey[],
    decide: (current: ReadonlyMap<string, ThrottleState>) => { writes: readonly ThrottleWrite[]; result: T },
  ): Promise<T> {
    const ordered = [...keys].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return this.db.transaction().execute(async (trx) => {
      const placeholder = toInstant(new Date(0));
      for (const { key, scope } of ordered) {
        await trx
          .insertInto('sign_in_throttles')
          .values({ key, scope, failures: 0, window_started_at: placeholder, last_attempt_at: placeholder })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        await trx
          .updateTable('sign_in_throttles')
          .set((eb) => ({ failures: eb.ref('failures') }))
          .where('key', '=', key)
          .execute();
      }
      const { writes, result } = decide(
        await readStates(
          trx,
          ordered.map((k) => k.key),
        ),
      );
      for (const write of writes) await writeState(trx, write);
      // Placeholders nobody wrote leave no trace.
      await trx
        .deleteFrom('sign_in_throttles')
        .where(
          'key',
          'in',
          ordered.map((k) => k.key),
        )
        .where('failures', '=', 0)
        .execute();
      return result;
    });
  }

  async read(keys: readonly string[]): Promise<ReadonlyMap<string, ThrottleState>> {
    return keys.length === 0 ? new Map() : readStates(this.db, keys);
  }
}

async function readStates(
  db: Kysely<Database> | Transaction<Database>,
  keys: readonly string[],
): Promise<Map<string, ThrottleState>> {
  const rows = await db
    .selectFrom('sign_in_throttles')
    .selectAll()
    .where('key', 'in', [...keys])
    .where('failures', '>', 0)
    .execute();
  return new Map(rows.map((row) => [row.key, toState(row)]));
}

async function writeState(trx: Transaction<Database>, write: ThrottleWrite): Promise<void> {
  if (!write.state) {
    await trx.deleteFrom('sign_in_throttles').where('key', '=', write.key).execute();
    return;
  }
  const values = {
    failures: write.state.failures,
    window_started_at: toInstant(write.state.windowStartedAt),
    last_attempt_at: toInstant(write.state.lastAttemptAt),
    locked_until: write.state.lockedUntil ? toInstant(write.state.lockedUntil) : null,
  };
  await trx
    .insertInto('sign_in_throttles')
    .values({ key: write.key, scope: write.scope, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

function toState(row: Selectable<SignInThrottlesTable>): ThrottleState {
  return {
    failures: row.failures,
    windowStartedAt: instant(row.window_started_at),
    lastAttemptAt: instant(row.last_attempt_at),
    lockedUntil: optionalInstant(row.locked_until),
  };
}
