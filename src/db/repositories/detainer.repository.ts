import type { Kysely, Selectable } from 'kysely';
import { TERMINAL, type DetainerStatus } from '../../core/lifecycle/detainer-status.js';
import type { AppendBatch } from '../../core/lifecycle/lifecycle.ports.js';
import type {
  DetainerForm,
  DetainerRequest,
  DetainerSummary,
  ProbableCauseBasis,
  RequestedAction,
  WarrantKind,
} from '../../core/request/detainer-request.js';
import type {
  DetainerListQuery,
  DetainerPage,
  DetainerRepository,
} from '../../core/request/detainer-repository.port.js';
import type { AgencyId, DetainerId, FacilityId, SubjectId, UserId } from '../../core/shared/ids.js';
import { count, instant, json, optionalInstant, toInstant } from '../codecs.js';
import type { Engine } from '../engine.js';
import type { Database, DetainerRequestsTable, DetainerStatesTable, SubjectsTable } from '../schema.js';
import { FEDERAL_REFERENCE_KEY, violatesUniqueKey } from '../unique-violation.js';
import { appendInTransaction } from './detainer-event.store.js';

export class SqlDetainerRepository implements DetainerRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  async insert(request: DetainerRequest, initial: AppendBatch): Promise<'inserted' | 'duplicate-reference'> {
    if (initial.expectedVersion !== 0 || initial.detainerId !== request.id || initial.agencyId !== request.agencyId) {
      throw new Error('The initial events of a request must start its own stream (expectedVersion 0)');
    }
    try {
      await this.db.transaction().execute(async (trx) => {
        // A write first: on SQLite it takes the write lock before anything is read.
        const subjectId = await upsertSubject(trx, request);
        await trx
          .insertInto('detainer_requests')
          .values({
            id: request.id,
            agency_id: request.agencyId,
            facility_id: request.facilityId,
            subject_id: subjectId,
            form: request.form,
            form_edition: request.formEdition,
            warrant: request.warrant,
            probable_cause: JSON.stringify(request.probableCause),
            requested_actions: JSON.stringify(request.requestedActions),
            issued_at: toInstant(request.issuedAt),
            received_at: toInstant(request.receivedAt),
            issuing_office: request.issuingOffice,
            federal_reference: request.federalReference,
            submitted_by: request.submittedBy,
            created_at: toInstant(request.createdAt),
          })
          .execute();
        if ((await appendInTransaction(trx, this.engine, initial)) !== 'appended') {
          throw new Error(`Detainer ${request.id} already has events`);
        }
      });
      return 'inserted';
    } catch (error) {
      if (violatesUniqueKey(error, FEDERAL_REFERENCE_KEY)) return 'duplicate-reference';
      throw error;
    }
  }

  async findById(agencyId: AgencyId, id: DetainerId): Promise<DetainerRequest | undefined> {
    const row = await this.selectJoined().where('d.agency_id', '=', agencyId).where('d.id', '=', id).executeTakeFirst();
    return row && toDetainer(row);
  }

  async list(query: DetainerListQuery): Promise<DetainerPage> {
    const filtered = this.filtered(query);
    let rows = filtered
      .selectAll('d')
      .select([
        's.reference as subject_reference',
        'p.status as projected_status',
        'p.version as projected_version',
        'p.hold_deadline as projected_hold_deadline',
      ]);
    rows =
      query.sort === 'deadline'
        ? rows
            .orderBy('p.hold_deadline', (ob) => ob.asc().nullsLast())
            .orderBy('p.next_duty_due', (ob) => ob.asc().nullsLast())
            .orderBy('d.received_at', 'desc')
        : rows.orderBy('d.received_at', 'desc');
    const [items, counted] = await Promise.all([
      rows.orderBy('d.id').limit(query.limit).offset(query.offset).execute(),
      filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: items.map((row) => toSummary(row, query.now)), total: count(counted.n as string | number) };
  }

  async openIds(agencyId: AgencyId): Promise<DetainerId[]> {
    const rows = await this.db
      .selectFrom('detainer_states')
      .select('detainer_id')
      .where('agency_id', '=', agencyId)
      .where('status', 'not in', [...TERMINAL])
      .orderBy('detainer_id')
      .execute();
    return rows.map((row) => row.detainer_id as DetainerId);
  }

  /** The agency's requests with their projection, narrowed by the query's filters. */
  private filtered(query: DetainerListQuery) {
    const now = toInstant(query.now);
    let q = this.db
      .selectFrom('detainer_requests as d')
      .innerJoin('subjects as s', 's.id', 'd.subject_id')
      .leftJoin('detainer_states as p', 'p.detainer_id', 'd.id')
      .where('d.agency_id', '=', query.agencyId);
    if (query.submittedBy) q = q.where('d.submitted_by', '=', query.submittedBy);
    if (query.form) q = q.where('d.form', '=', query.form);
    if (query.facilityId) q = q.where('d.facility_id', '=', query.facilityId);
    if (query.receivedFrom) q = q.where('d.received_at', '>=', toInstant(query.receivedFrom));
    if (query.receivedTo) q = q.where('d.received_at', '<', toInstant(query.receivedTo));
    const status = query.status;
    if (status) {
      q = q.where((eb) => {
        switch (status) {
          case 'holding':
            return eb.and([
              eb('p.status', '=', 'holding'),
              eb.or([eb('p.hold_deadline', 'is', null), eb('p.hold_deadline', '>', now)]),
            ]);
          case 'release-due':
            return eb.or([
              eb('p.status', '=', 'release-due'),
              eb.and([eb('p.status', '=', 'holding'), eb('p.hold_deadline', '<=', now)]),
            ]);
          case 'pending':
            // A request logged before the lifecycle existed has no projection yet: it is pending.
            return eb.or([eb('p.status', '=', 'pending'), eb('p.status', 'is', null)]);
          default:
            return eb('p.status', '=', status);
        }
      });
    }
    return q;
  }

  async facilityBelongsTo(agencyId: AgencyId, facilityId: FacilityId): Promise<boolean> {
    const row = await this.db
      .selectFrom('facilities')
      .select('id')
      .where('id', '=', facilityId)
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    return row !== undefined;
  }

  private selectJoined() {
    return this.db
      .selectFrom('detainer_requests as d')
      .innerJoin('subjects as s', 's.id', 'd.subject_id')
      .selectAll('d')
      .select([
        's.reference as subject_reference',
        's.full_name as subject_full_name',
        's.birth_date as subject_birth_date',
        's.a_number as subject_a_number',
      ]);
  }
}

/** The agency's subject with the request's reference: inserted if absent (safe under concurrent intake), then read. */
async function upsertSubject(trx: Kysely<Database>, request: DetainerRequest): Promise<string> {
  const { subject } = request;
  await trx
    .insertInto('subjects')
    .values({
      id: subject.id,
      agency_id: request.agencyId,
      reference: subject.reference,
      full_name: subject.fullName,
      birth_date: subject.birthDate,
      a_number: subject.aNumber,
      created_at: toInstant(request.createdAt),
    })
    .onConflict((oc) => oc.columns(['agency_id', 'reference']).doNothing())
    .execute();
  const row = await trx
    .selectFrom('subjects')
    .select('id')
    .where('agency_id', '=', request.agencyId)
    .where('reference', '=', subject.reference)
    .executeTakeFirstOrThrow();
  return row.id;
}

type JoinedRow = Selectable<DetainerRequestsTable> & {
  subject_reference: SubjectsTable['reference'];
  subject_full_name: SubjectsTable['full_name'];
  subject_birth_date: SubjectsTable['birth_date'];
  subject_a_number: SubjectsTable['a_number'];
};

type ListedRow = Selectable<DetainerRequestsTable> & {
  subject_reference: string;
  projected_status: string | null;
  projected_version: number | null;
  projected_hold_deadline: Selectable<DetainerStatesTable>['hold_deadline'];
};

function toRequestFields(row: Selectable<DetainerRequestsTable>): Omit<DetainerRequest, 'subject'> {
  return {
    id: row.id as DetainerId,
    agencyId: row.agency_id as AgencyId,
    facilityId: row.facility_id as FacilityId | null,
    form: row.form as DetainerForm,
    formEdition: row.form_edition,
    warrant: row.warrant as WarrantKind,
    probableCause: json<ProbableCauseBasis[]>(row.probable_cause),
    requestedActions: json<RequestedAction[]>(row.requested_actions),
    issuedAt: instant(row.issued_at),
    receivedAt: instant(row.received_at),
    issuingOffice: row.issuing_office,
    federalReference: row.federal_reference,
    submittedBy: row.submitted_by as UserId,
    createdAt: instant(row.created_at),
  };
}

function toSummary(row: ListedRow, now: Date): DetainerSummary {
  const holdDeadline = optionalInstant(row.projected_hold_deadline);
  const stored = (row.projected_status ?? 'pending') as DetainerStatus;
  // As `statusAt` in the core: a hold whose deadline has passed is release-due, recorded or not.
  const status =
    stored === 'holding' && holdDeadline && holdDeadline.getTime() <= now.getTime() ? 'release-due' : stored;
  return {
    ...toRequestFields(row),
    subject: { id: row.subject_id as SubjectId, reference: row.subject_reference },
    status,
    version: Number(row.projected_version ?? 0),
    holdDeadline,
  };
}

function toDetainer(row: JoinedRow): DetainerRequest {
  return {
    ...toRequestFields(row),
    subject: {
      id: row.subject_id as SubjectId,
      reference: row.subject_reference,
      fullName: row.subject_full_name,
      birthDate: row.subject_birth_date,
      aNumber: row.subject_a_number,
    },
  };
}
