import { Type, type Static } from 'typebox';
import type { DetainerSummaryJson } from '../../core/lifecycle/detainer-presenter.js';
import { DETAINER_STATUSES } from '../../core/lifecycle/detainer-status.js';
import {
  DETAINER_FORMS,
  PROBABLE_CAUSE_BASES,
  REQUESTED_ACTIONS,
  WARRANT_KINDS,
} from '../../core/request/detainer-request.js';
import { InboxQuerySchema } from '../../core/request/inbox.schema.js';
import { NewDetainerSchema, type NewDetainerInput } from '../../core/request/new-detainer.schema.js';
import { Instant, Uuid } from './common.schema.js';

export const Form = Type.Enum(DETAINER_FORMS);
const Warrant = Type.Enum(WARRANT_KINDS);
const ProbableCause = Type.Enum(PROBABLE_CAUSE_BASES);
export const DetainerStatusDto = Type.Enum(DETAINER_STATUSES, {
  description:
    'pending (no release eligibility yet), holding (held on the detainer, deadline ahead), release-due ' +
    '(eligible for release and no lawful hold, or the hold has ended), or closed: transferred, released, ' +
    'lifted (withdrawn by ICE), cancelled (entered in error)',
});

/** The body of POST /detainers: the core's one declaration of an intake request. */
export const NewDetainerBody = NewDetainerSchema;
export type NewDetainerBody = NewDetainerInput;

export const DetainerFields = {
  id: Uuid,
  agencyId: Uuid,
  facilityId: Type.Union([Uuid, Type.Null()]),
  form: Form,
  formEdition: Type.Union([Type.String(), Type.Null()]),
  warrant: Warrant,
  probableCause: Type.Array(ProbableCause),
  requestedActions: Type.Array(Type.Enum(REQUESTED_ACTIONS)),
  issuedAt: Instant,
  receivedAt: Instant,
  issuingOffice: Type.Union([Type.String(), Type.Null()]),
  federalReference: Type.Union([Type.String(), Type.Null()]),
  submittedBy: Uuid,
  createdAt: Instant,
};

/** One request with the subject's personal data: only for the agency's own staff, one at a time. */
export const DetainerDto = Type.Object({
  ...DetainerFields,
  subject: Type.Object({
    id: Uuid,
    reference: Type.String(),
    fullName: Type.Union([Type.String(), Type.Null()]),
    birthDate: Type.Union([Type.String(), Type.Null()]),
    aNumber: Type.Union([Type.String(), Type.Null()]),
  }),
});
export type DetainerDto = Static<typeof DetainerDto>;

/** A request in a list: the subject only by the agency's reference, never personal data. */
export const DetainerSummaryDto = Type.Object({
  ...DetainerFields,
  subject: Type.Object({ id: Uuid, reference: Type.String() }),
  status: DetainerStatusDto,
  version: Type.Integer({ minimum: 1, description: 'send it as expectedVersion when recording the next event' }),
  holdDeadline: Type.Union([Instant, Type.Null()], { description: 'the lawful end of the hold, while holding' }),
  openDuties: Type.Object(
    {
      count: Type.Integer({ minimum: 0 }),
      nextDue: Type.Union([Instant, Type.Null()], { description: 'the soonest due of them' }),
    },
    { description: 'the duties owed and not yet done (not those waiting for a missing fact)' },
  ),
});
export type DetainerSummaryDto = Static<typeof DetainerSummaryDto>;

export const DetainerPageDto = Type.Object({
  items: Type.Array(DetainerSummaryDto),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type DetainerPageDto = Static<typeof DetainerPageDto>;

/** The inbox query: the core's schema, which `detainers list` uses too. */
export const DetainerListQuery = InboxQuerySchema;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** The list item's schema must describe the core's JSON exactly (a missing field would be dropped silently). */
export type _SummaryMatchesTheCore = Assert<Same<DetainerSummaryDto, DetainerSummaryJson>>;
