import type { Kysely } from 'kysely';
import type {
  SecurityEvent,
  SecurityEventFilter,
  SecurityEventKind,
  SecurityEventLog,
  SecurityEventView,
} from '../../core/auth/security-event.ports.js';
import type { AgencyId, UserId } from '../../core/shared/ids.js';
import { instant, json, toInstant } from '../codecs.js';
import { pageWithTotal } from '../paged.js';
import type { Database } from '../schema.js';

/** The append-only security event log (database triggers refuse UPDATE and DELETE). */
export class SqlSecurityEventLog implements SecurityEventLog {
  constructor(private readonly db: Kysely<Database>) {}

  async append(event: SecurityEvent): Promise<void> {
    await this.db
      .insertInto('security_events')
      .values({
        id: event.id,
        occurred_at: toInstant(event.occurredAt),
        kind: event.kind,
        agency_id: event.agencyId,
        user_id: event.userId,
        actor_id: event.actorId,
        email_digest: event.emailDigest,
        address: event.address,
        details: JSON.stringify(event.details),
      })
      .execute();
  }

  async list(filter: SecurityEventFilter): Promise<{ events: SecurityEventView[]; total: number }> {
    let query = this.db.selectFrom('security_events');
    if (filter.agencyId) query = query.where('security_events.agency_id', '=', filter.agencyId);
    if (filter.kind) query = query.where('security_events.kind', '=', filter.kind);
    if (filter.userId) query = query.where('security_events.user_id', '=', filter.userId);
    if (filter.from) query = query.where('security_events.occurred_at', '>=', toInstant(filter.from));
    if (filter.to) query = query.where('security_events.occurred_at', '<', toInstant(filter.to));
    const { rows, total } = await pageWithTotal(
      query,
      (filtered) =>
        filtered
          .leftJoin('users', 'users.id', 'security_events.user_id')
          .selectAll('security_events')
          .select('users.email as user_email')
          .orderBy('security_events.occurred_at', 'desc')
          .orderBy('security_events.id', 'desc'),
      filter,
    );
    return {
      total,
      events: rows.map((row) => ({
        id: row.id,
        occurredAt: instant(row.occurred_at),
        kind: row.kind as SecurityEventKind,
        agencyId: row.agency_id as AgencyId | null,
        userId: row.user_id as UserId | null,
        actorId: row.actor_id as UserId | null,
        emailDigest: row.email_digest,
        address: row.address,
        details: json<SecurityEvent['details']>(row.details),
        userEmail: row.user_email,
      })),
    };
  }
}
