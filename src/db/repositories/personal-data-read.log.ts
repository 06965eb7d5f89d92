import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  PersonalDataRead,
  PersonalDataReadEntry,
  PersonalDataReadFilter,
  PersonalDataReadLog,
  ReadChannel,
} from '../../core/lifecycle/lifecycle.ports.js';
import type { DetainerId, UserId } from '../../core/shared/ids.js';
import { instant, toInstant } from '../codecs.js';
import { pageWithTotal } from '../paged.js';
import type { Database } from '../schema.js';

const CHANNELS: readonly string[] = ['session', 'token', 'cli'] satisfies ReadChannel[];

/** Records each read of a detainer's personal data (an append-only table), and lists them for auditors. */
export class SqlPersonalDataReadLog implements PersonalDataReadLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(read: PersonalDataRead): Promise<void> {
    await this.db
      .insertInto('personal_data_reads')
      .values({
        id: randomUUID(),
        agency_id: read.agencyId,
        user_id: read.userId,
        detainer_id: read.detainerId,
        read_at: toInstant(read.at),
        purpose: read.purpose,
        channel: read.channel,
      })
      .execute();
  }

  async list(filter: PersonalDataReadFilter): Promise<{ reads: PersonalDataReadEntry[]; total: number }> {
    let query = this.db.selectFrom('personal_data_reads');
    if (filter.agencyId) query = query.where('personal_data_reads.agency_id', '=', filter.agencyId);
    if (filter.userId) query = query.where('personal_data_reads.user_id', '=', filter.userId);
    if (filter.detainerId) query = query.where('personal_data_reads.detainer_id', '=', filter.detainerId);
    if (filter.from) query = query.where('personal_data_reads.read_at', '>=', toInstant(filter.from));
    if (filter.to) query = query.where('personal_data_reads.read_at', '<', toInstant(filter.to));
    const { rows, total } = await pageWithTotal(
      query,
      (filtered) =>
        filtered
          .leftJoin('users', 'users.id', 'personal_data_reads.user_id')
          .select([
            'personal_data_reads.id',
            'personal_data_reads.read_at',
            'personal_data_reads.user_id',
            'personal_data_reads.detainer_id',
            'personal_data_reads.purpose',
            'personal_data_reads.channel',
            'users.email as user_email',
          ])
          .orderBy('personal_data_reads.read_at', 'desc')
          .orderBy('personal_data_reads.id', 'desc'),
      filter,
    );
    return {
      total,
      reads: rows.map((row) => ({
        id: row.id,
        at: instant(row.read_at),
        userId: row.user_id as UserId,
        userEmail: row.user_email,
        detainerId: row.detainer_id as DetainerId,
        purpose: row.purpose,
        channel: row.channel !== null && CHANNELS.includes(row.channel) ? (row.channel as ReadChannel) : null,
      })),
    };
  }
}
