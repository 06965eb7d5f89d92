import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from 'kysely';
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
  IdentityConflictItem,
  IdentityResolution,
} from '../../core/request/detainer-repository.port.js';
import {
  identityDifferences,
  type IdentityChoice,
  type IdentityDetails,
  type IdentityField,
} from '../../core/request/identity.js';
import type { AgencyId, DetainerId, FacilityId, SubjectId, UserId } from '../../core/shared/ids.js';
import { count, instant, json, optionalInstant, toInstant } from '../codecs.js';
import type { Engine } from '../engine.js';
import { pageWithTotal } from '../paged.js';
import type {
  Database,
  DetainerRequestsTable,
  DetainerStatesTable,
  IdentityConflictsTable,
  SubjectsTable,
  SubmittedSubjectsTable,
} from '../schema.js';
import { FEDERAL_REFERENCE_KEY, isUniqueViolation, violatesUniqueKey } from '../unique-violation.js';
import { appendInTransaction } from './detainer-event.store.js';

/** A list query with no filter: its total is every request of the agency. */
function unfiltered(query: DetainerListQuery): boolean {
  return [query.submittedBy, query.form, query.facilityId, query.receivedFrom, query.receivedTo, query.status].every(
    (filter) => filter === undefined,
  );
}

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
        const { id: subjectId, onFile } = await upsertSubject(trx, request);
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
        // What the request submitted is kept with it; a difference from the record on file is flagged.
        const { subject } = request;
        await trx
          .insertInto('submitted_subjects')
          .values({
            detainer_id: request.id,
            agency_id: request.agencyId,
            id: subject.id,
            reference: subject.reference,
            full_name: subject.fullName,
            birth_date: subject.birthDate,
            a_number: subject.aNumber,
            created_at: toInstant(request.createdAt),
          })
          .execute();
        const fields = onFile ? identityDifferences(subject, onFile) : [];
        if (fields.length > 0) {
          await trx
            .insertInto('identity_conflicts')
            .values({
              detainer_id: request.id,
              agency_id: request.agencyId,
              fields: JSON.stringify(fields),
              detected_at: toInstant(request.createdAt),
              resolved_at: null,
              choice: null,
              resolved_by: null,
            })
            .execute();
        }
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
    const columns = [
      's.reference as subject_reference',
      'ss.id as submitted_subject_id',
      'ss.reference as submitted_reference',
      'p.status as projected_status',
      'p.version as projected_version',
      'p.hold_deadline as projected_hold_deadline',
      'p.next_duty_due as projected_next_duty_due',
    ] as const;
    // The open duties of each listed request: counted for the page's rows only (an index on detainer_id).
    const openDutyCount = sql<
      string | number | bigint
    >`(select count(*) from detainer_open_duties od where od.detainer_id = d.id)`.as('open_duty_count');
    // By deadline, the page is read in the order of an index of the projection (agency, urgency,
    // receipt, id), so the database stops after the page; see `urgencyOf` for why the key stays
    // true as time passes. Every request has a projection row (migration 0010).
    const page =
      query.sort === 'deadline'
        ? this.db
            .selectFrom('detainer_states as p')
            .innerJoin('detainer_requests as d', 'd.id', 'p.detainer_id')
            .innerJoin('subjects as s', 's.id', 'd.subject_id')
            .leftJoin('submitted_subjects as ss', 'ss.detainer_id', 'd.id')
            .where('p.agency_id', '=', query.agencyId)
            .where((eb) => this.matching(eb, query))
            .selectAll('d')
            .select(columns)
            .select(openDutyCount)
            .orderBy('p.sort_rank')
            .orderBy('p.sort_at')
            .orderBy('p.received_at', 'desc')
            .orderBy('p.detainer_id')
        : this.db
            .selectFrom('detainer_requests as d')
            .innerJoin('subjects as s', 's.id', 'd.subject_id')
            .leftJoin('submitted_subjects as ss', 'ss.detainer_id', 'd.id')
            .leftJoin('detainer_states as p', 'p.detainer_id', 'd.id')
            .where('d.agency_id', '=', query.agencyId)
            .where((eb) => this.matching(eb, query))
            .selectAll('d')
            .select(columns)
            .select(openDutyCount)
            .orderBy('d.received_at', 'desc')
            .orderBy('d.id');
    // The count joins the projection only when a filter reads it (SQLite would join it anyway).
    const requests = this.db.selectFrom('detainer_requests as d').where('d.agency_id', '=', query.agencyId);
    const counted =
      unfiltered(query) && this.engine === 'sqlite'
        ? // The agency's counter (migration 0012), kept by triggers with every request inserted.
          this.db
            .selectFrom('agencies as a')
            .leftJoin('agency_request_counts as c', 'c.agency_id', 'a.id')
            .where('a.id', '=', query.agencyId)
            .select((eb) => eb.fn.coalesce('c.requests', eb.lit(0)).as('n'))
        : (query.status === undefined
            ? requests.where((eb) => this.matching(eb as unknown as ExpressionBuilder<FilterTables, 'd' | 'p'>, query))
            : requests.leftJoin('detainer_states as p', 'p.detainer_id', 'd.id').where((eb) => this.matching(eb, query))
          ).select((eb) => eb.fn.countAll().as('n'));
    // One statement: the count rides along as a scalar subquery (computed once); a page past the end
    // has no row to carry it, so it is asked alone.
    const items = await page.select(counted.as('total_count')).limit(query.limit).offset(query.offset).execute();
    const total = items[0]
      ? (items[0].total_count as string | number)
      : ((await counted.executeTakeFirstOrThrow()).n as string | number);
    const asSubmitted = query.subjectAs === 'submitted';
    return {
      items: items.map((row) => toSummary(row as ListedRow, query.now, asSubmitted)),
      total: count(total),
    };
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

  /** The query's filters over a request (`d`) and its projection (`p`); the agency is chosen by the caller. */
  private matching(eb: ExpressionBuilder<FilterTables, 'd' | 'p'>, query: DetainerListQuery) {
    const now = toInstant(query.now);
    const conditions: Expression<SqlBool>[] = [];
    if (query.submittedBy) conditions.push(eb('d.submitted_by', '=', query.submittedBy));
    if (query.form) conditions.push(eb('d.form', '=', query.form));
    if (query.facilityId) conditions.push(eb('d.facility_id', '=', query.facilityId));
    if (query.receivedFrom) conditions.push(eb('d.received_at', '>=', toInstant(query.receivedFrom)));
    if (query.receivedTo) conditions.push(eb('d.received_at', '<', toInstant(query.receivedTo)));
    switch (query.status) {
      case undefined:
        break;
      case 'holding':
        conditions.push(
          eb.and([
            eb('p.status', '=', 'holding'),
            eb.or([eb('p.hold_deadline', 'is', null), eb('p.hold_deadline', '>', now)]),
          ]),
        );
        break;
      case 'release-due':
        conditions.push(
          eb.or([
            eb('p.status', '=', 'release-due'),
            eb.and([eb('p.status', '=', 'holding'), eb('p.hold_deadline', '<=', now)]),
          ]),
        );
        break;
      case 'pending':
        // A request logged before the lifecycle existed had no projection: it is pending.
        conditions.push(eb.or([eb('p.status', '=', 'pending'), eb('p.status', 'is', null)]));
        break;
      default:
        conditions.push(eb('p.status', '=', query.status));
    }
    return eb.and(conditions);
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

  async loggedReferences(agencyId: AgencyId, references: readonly string[]): Promise<string[]> {
    if (references.length === 0) return [];
    const rows = await this.db
      .selectFrom('detainer_requests')
      .select('federal_reference')
      .where('agency_id', '=', agencyId)
      .where('federal_reference', 'in', [...references])
      .execute();
    return rows.map((r) => r.federal_reference).filter((r): r is string => r !== null);
  }

  async identityConflicts(
    agencyId: AgencyId,
    page: { limit: number; offset: number },
  ): Promise<{ items: IdentityConflictItem[]; total: number }> {
    const open = this.db
      .selectFrom('identity_conflicts as ic')
      .innerJoin('detainer_requests as d', 'd.id', 'ic.detainer_id')
      .innerJoin('subjects as s', 's.id', 'd.subject_id')
      .where('ic.agency_id', '=', agencyId)
      .where('ic.resolved_at', 'is', null);
    const { rows, total } = await pageWithTotal(
      open,
      (filtered) =>
        filtered
          .select(['ic.detainer_id', 'ic.fields', 'ic.detected_at', 's.id as subject_id', 's.reference'])
          .orderBy('ic.detected_at')
          .orderBy('ic.detainer_id'),
      page,
    );
    return {
      items: rows.map((row) => ({
        detainerId: row.detainer_id as DetainerId,
        subjectId: row.subject_id as SubjectId,
        reference: row.reference,
        fields: json<IdentityField[]>(row.fields),
        detectedAt: instant(row.detected_at),
      })),
      total,
    };
  }

  async resolveIdentity(
    resolution: IdentityResolution,
    event: AppendBatch,
  ): Promise<'resolved' | 'not-in-conflict' | 'version-conflict' | 'reference-taken'> {
    const { agencyId, detainerId } = resolution;
    if (event.agencyId !== agencyId || event.detainerId !== detainerId) {
      throw new Error('The resolution and its event name different detainers');
    }
    try {
      return await this.db.transaction().execute(async (trx) => {
        // A write first (the SQLite write lock); it also claims the open conflict once.
        const closed = await trx
          .updateTable('identity_conflicts')
          .set({ resolved_at: toInstant(resolution.at), choice: resolution.choice, resolved_by: resolution.by })
          .where('detainer_id', '=', detainerId)
          .where('agency_id', '=', agencyId)
          .where('resolved_at', 'is', null)
          .executeTakeFirst();
        if (Number(closed.numUpdatedRows) === 0) return 'not-in-conflict';
        const request = await trx
          .selectFrom('detainer_requests as d')
          .innerJoin('submitted_subjects as ss', 'ss.detainer_id', 'd.id')
          .select(['d.subject_id', 'ss.full_name', 'ss.birth_date', 'ss.a_number'])
          .where('d.id', '=', detainerId)
          .executeTakeFirstOrThrow();
        const submitted: IdentityDetails = {
          fullName: request.full_name,
          birthDate: request.birth_date,
          aNumber: request.a_number,
        };
        if (resolution.choice === 'use-submitted') {
          const set: Partial<Record<'full_name' | 'birth_date' | 'a_number', string | null>> = {};
          for (const field of resolution.fields) set[COLUMN[field]] = submitted[field];
          if (Object.keys(set).length > 0) {
            await trx.updateTable('subjects').set(set).where('id', '=', request.subject_id).execute();
          }
        } else if (resolution.choice === 'separate-person' && resolution.separate) {
          await trx
            .insertInto('subjects')
            .values({
              id: resolution.separate.id,
              agency_id: agencyId,
              reference: resolution.separate.reference,
              full_name: submitted.fullName,
              birth_date: submitted.birthDate,
              a_number: submitted.aNumber,
              created_at: toInstant(resolution.at),
            })
            .execute();
          await trx
            .updateTable('detainer_requests')
            .set({ subject_id: resolution.separate.id })
            .where('id', '=', detainerId)
            .execute();
        }
        if ((await appendInTransaction(trx, this.engine, event)) !== 'appended') throw new VersionConflict();
        return 'resolved';
      });
    } catch (error) {
      if (error instanceof VersionConflict) return 'version-conflict';
      if (resolution.choice === 'separate-person' && isUniqueViolation(error)) return 'reference-taken';
      throw error;
    }
  }

  private selectJoined() {
    return this.db
      .selectFrom('detainer_requests as d')
      .innerJoin('subjects as s', 's.id', 'd.subject_id')
      .leftJoin('submitted_subjects as ss', 'ss.detainer_id', 'd.id')
      .leftJoin('identity_conflicts as ic', 'ic.detainer_id', 'd.id')
      .selectAll('d')
      .select([
        's.reference as subject_reference',
        's.full_name as subject_full_name',
        's.birth_date as subject_birth_date',
        's.a_number as subject_a_number',
        'ss.id as submitted_id',
        'ss.reference as submitted_reference',
        'ss.full_name as submitted_full_name',
        'ss.birth_date as submitted_birth_date',
        'ss.a_number as submitted_a_number',
        'ic.fields as conflict_fields',
        'ic.detected_at as conflict_detected_at',
        'ic.resolved_at as conflict_resolved_at',
        'ic.choice as conflict_choice',
        'ic.resolved_by as conflict_resolved_by',
      ]);
  }
}

/** The tables the inbox's filters read, under their aliases. */
type FilterTables = { d: DetainerRequestsTable; p: DetainerStatesTable };

/** Thrown inside a transaction to roll it back when another event came first. */
class VersionConflict extends Error {}

const COLUMN: Readonly<Record<IdentityField, 'full_name' | 'birth_date' | 'a_number'>> = {
  fullName: 'full_name',
  birthDate: 'birth_date',
  aNumber: 'a_number',
};

/**
 * The agency's subject with the request's reference: inserted if absent (safe under concurrent
 * intake), then read. `onFile` is the record that was already there (null when this request created it).
 */
async function upsertSubject(
  trx: Kysely<Database>,
  request: DetainerRequest,
): Promise<{ id: string; onFile: IdentityDetails | null }> {
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
    .select(['id', 'full_name', 'birth_date', 'a_number'])
    .where('agency_id', '=', request.agencyId)
    .where('reference', '=', subject.reference)
    .executeTakeFirstOrThrow();
  const onFile =
    row.id === subject.id ? null : { fullName: row.full_name, birthDate: row.birth_date, aNumber: row.a_number };
  return { id: row.id, onFile };
}

type JoinedRow = Selectable<DetainerRequestsTable> & {
  subject_reference: SubjectsTable['reference'];
  subject_full_name: SubjectsTable['full_name'];
  subject_birth_date: SubjectsTable['birth_date'];
  subject_a_number: SubjectsTable['a_number'];
  submitted_id: SubmittedSubjectsTable['id'] | null;
  submitted_reference: SubmittedSubjectsTable['reference'] | null;
  submitted_full_name: SubmittedSubjectsTable['full_name'];
  submitted_birth_date: SubmittedSubjectsTable['birth_date'];
  submitted_a_number: SubmittedSubjectsTable['a_number'];
  conflict_fields: unknown;
  conflict_detected_at: Selectable<IdentityConflictsTable>['detected_at'] | null;
  conflict_resolved_at: Selectable<IdentityConflictsTable>['resolved_at'];
  conflict_choice: IdentityConflictsTable['choice'];
  conflict_resolved_by: IdentityConflictsTable['resolved_by'];
};

type ListedRow = Selectable<DetainerRequestsTable> & {
  subject_reference: string;
  submitted_subject_id: string | null;
  submitted_reference: string | null;
  projected_status: string | null;
  projected_version: number | null;
  projected_hold_deadline: Selectable<DetainerStatesTable>['hold_deadline'];
  projected_next_duty_due: Selectable<DetainerStatesTable>['next_duty_due'];
  open_duty_count: string | number | bigint | null;
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

function toSummary(row: ListedRow, now: Date, asSubmitted: boolean): DetainerSummary {
  const holdDeadline = optionalInstant(row.projected_hold_deadline);
  const stored = (row.projected_status ?? 'pending') as DetainerStatus;
  // As `statusAt` in the core: a hold whose deadline has passed is release-due, recorded or not.
  const status =
    stored === 'holding' && holdDeadline && holdDeadline.getTime() <= now.getTime() ? 'release-due' : stored;
  return {
    ...toRequestFields(row),
    subject:
      asSubmitted && row.submitted_subject_id !== null
        ? { id: row.submitted_subject_id as SubjectId, reference: row.submitted_reference ?? row.subject_reference }
        : { id: row.subject_id as SubjectId, reference: row.subject_reference },
    status,
    version: Number(row.projected_version ?? 0),
    holdDeadline,
    openDuties: {
      count: Number(row.open_duty_count ?? 0),
      nextDue: optionalInstant(row.projected_next_duty_due),
    },
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
    submittedSubject:
      row.submitted_id === null
        ? null
        : {
            id: row.submitted_id as SubjectId,
            reference: row.submitted_reference ?? row.subject_reference,
            fullName: row.submitted_full_name,
            birthDate: row.submitted_birth_date,
            aNumber: row.submitted_a_number,
          },
    identityConflict:
      row.conflict_fields === null || row.conflict_detected_at === null
        ? null
        : {
            fields: json<IdentityField[]>(row.conflict_fields),
            detectedAt: instant(row.conflict_detected_at),
            resolution:
              row.conflict_resolved_at === null
                ? null
                : {
                    choice: row.conflict_choice as IdentityChoice,
                    at: instant(row.conflict_resolved_at),
                    by: row.conflict_resolved_by ?? '',
                  },
          },
  };
}
