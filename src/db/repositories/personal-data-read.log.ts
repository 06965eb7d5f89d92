import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { PersonalDataReadLog } from '../../core/lifecycle/lifecycle.ports.js';
import type { AgencyId, DetainerId, UserId } from '../../core/shared/ids.js';
import { toInstant } from '../codecs.js';
import type { Database } from '../schema.js';

/** Records each read of a detainer's personal data (an append-only table). */
export class SqlPersonalDataReadLog implements PersonalDataReadLog {
  constructor(private readonly db: Kysely<Database>) {}

  async record(read: {
    agencyId: AgencyId;
    userId: UserId;
    detainerId: DetainerId;
    at: Date;
    purpose: string;
  }): Promise<void> {
    await this.db
      .insertInto('personal_data_reads')
      .values({
        id: randomUUID(),
        agency_id: read.agencyId,
        user_id: read.userId,
        detainer_id: read.detainerId,
        read_at: toInstant(read.at),
        purpose: read.purpose,
      })
      .execute();
  }
}
