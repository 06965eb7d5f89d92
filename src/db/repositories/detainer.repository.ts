import type { Kysely, Selectable } from 'kysely';
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
import { count, instant, json, toInstant } from '../codecs.js';
import type { Database, DetainerRequestsTable, SubjectsTable } from '../schema.js';
import { isUniqueViolation } from '../unique-violation.js';

export class SqlDetainerRepository implements DetainerRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(request: DetainerRequest): Promise<'inserted' | 'duplicate-reference'> {
    try {
      await this.db.transaction().execute(async (trx) => {
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
      });
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate-reference';
      throw error;
    }
  }

  async findById(agencyId: AgencyId, id: DetainerId): Promise<DetainerRequest | undefined> {
    const row = await this.selectJoined().where('d.agency_id', '=', agencyId).where('d.id', '=', id).executeTakeFirst();
    return row && toDetainer(row);
  }

  async list(query: DetainerListQuery): Promise<DetainerPage> {
    let rows = this.db
      .selectFrom('detainer_requests as d')
      .innerJoin('subjects as s', 's.id', 'd.subject_id')
      .selectAll('d')
      .select('s.reference as subject_reference')
      .where('d.agency_id', '=', query.agencyId);
    let total = this.db
      .selectFrom('detainer_requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('agency_id', '=', query.agencyId);
    if (query.submittedBy) {
      rows = rows.where('d.submitted_by', '=', query.submittedBy);
      total = total.where('submitted_by', '=', query.submittedBy);
    }
    const [items, counted] = await Promise.all([
      rows.orderBy('d.received_at', 'desc').orderBy('d.id').limit(query.limit).offset(query.offset).execute(),
      total.executeTakeFirstOrThrow(),
    ]);
    return { items: items.map(toSummary), total: count(counted.n as string | number) };
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

async function upsertSubject(trx: Kysely<Database>, request: DetainerRequest): Promise<string> {
  const existing = await trx
    .selectFrom('subjects')
    .select('id')
    .where('agency_id', '=', request.agencyId)
    .where('reference', '=', request.subject.reference)
    .executeTakeFirst();
  if (existing) return existing.id;
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
    .execute();
  return subject.id;
}

type JoinedRow = Selectable<DetainerRequestsTable> & {
  subject_reference: SubjectsTable['reference'];
  subject_full_name: SubjectsTable['full_name'];
  subject_birth_date: SubjectsTable['birth_date'];
  subject_a_number: SubjectsTable['a_number'];
};

function toSummary(row: Selectable<DetainerRequestsTable> & { subject_reference: string }): DetainerSummary {
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
    subject: { id: row.subject_id as SubjectId, reference: row.subject_reference },
    submittedBy: row.submitted_by as UserId,
    createdAt: instant(row.created_at),
  };
}

function toDetainer(row: JoinedRow): DetainerRequest {
  const summary = toSummary(row);
  return {
    ...summary,
    subject: {
      ...summary.subject,
      fullName: row.subject_full_name,
      birthDate: row.subject_birth_date,
      aNumber: row.subject_a_number,
    },
  };
}
