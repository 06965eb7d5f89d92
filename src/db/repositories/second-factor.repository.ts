import type { Kysely } from 'kysely';
import type { SecondFactor, SecondFactorRepository } from '../../core/auth/second-factor.ports.js';
import type { UserId } from '../../core/shared/ids.js';
import { count, instant, optionalInstant, toInstant } from '../codecs.js';
import type { Database } from '../schema.js';

/** TOTP factors and the digests of recovery codes. Multi-row changes run in one transaction. */
export class SqlSecondFactorRepository implements SecondFactorRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(userId: UserId): Promise<SecondFactor | undefined> {
    const row = await this.db
      .selectFrom('user_second_factors')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        userId: row.user_id as UserId,
        secret: row.secret,
        createdAt: instant(row.created_at),
        confirmedAt: optionalInstant(row.confirmed_at),
        lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
      }
    );
  }

  async startEnrolment(factor: { userId: UserId; secret: string; createdAt: Date }): Promise<'started' | 'active'> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx
        .selectFrom('user_second_factors')
        .select('confirmed_at')
        .where('user_id', '=', factor.userId)
        .executeTakeFirst();
      if (current?.confirmed_at) return 'active';
      await trx.deleteFrom('user_second_factors').where('user_id', '=', factor.userId).execute();
      await trx
        .insertInto('user_second_factors')
        .values({
          user_id: factor.userId,
          secret: factor.secret,
          created_at: toInstant(factor.createdAt),
          confirmed_at: null,
          last_used_step: null,
        })
        .execute();
      return 'started';
    });
  }

  async confirm(
    userId: UserId,
    step: number | null,
    confirmedAt: Date,
    recoveryCodeDigests: readonly string[],
  ): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('user_second_factors')
        .set({ confirmed_at: toInstant(confirmedAt), last_used_step: step })
        .where('user_id', '=', userId)
        .where('confirmed_at', 'is', null)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return false;
      await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
      if (recoveryCodeDigests.length > 0) {
        await trx
          .insertInto('user_recovery_codes')
          .values(
            recoveryCodeDigests.map((digest) => ({
              user_id: userId,
              digest,
              created_at: toInstant(confirmedAt),
              used_at: null,
            })),
          )
          .execute();
      }
      return true;
    });
  }

  async useStep(userId: UserId, step: number): Promise<boolean> {
    // One conditional UPDATE: two requests with the same code cannot both succeed.
    const updated = await this.db
      .updateTable('user_second_factors')
      .set({ last_used_step: step })
      .where('user_id', '=', userId)
      .where('confirmed_at', 'is not', null)
      .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async useRecoveryCode(userId: UserId, digest: string, usedAt: Date): Promise<boolean> {
    const updated = await this.db
      .updateTable('user_recovery_codes')
      .set({ used_at: toInstant(usedAt) })
      .where('user_id', '=', userId)
      .where('digest', '=', digest)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  async unusedRecoveryCodes(userId: UserId): Promise<number> {
    const row = await this.db
      .selectFrom('user_recovery_codes')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return count(row?.n);
  }

  async remove(userId: UserId, options: { endSessions: boolean }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute();
      await trx.deleteFrom('user_second_factors').where('user_id', '=', userId).execute();
      if (options.endSessions) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    });
  }
}
