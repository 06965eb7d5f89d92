import { Type, type Static } from 'typebox';
import type { DetainerSummaryJson } from '../../core/lifecycle/detainer-presenter.js';
import { DETAINER_STATUSES } from '../../core/lifecycle/detainer-status.js';
import {
  DETAINER_FORMS,
  PROBABLE_CAUSE_BASES,
  REQUESTED_ACTIONS,
  WARRANT_KINDS,
} from '../../core/request/detainer-request.js';
import { INBOX_SORTS } from '../../core/request/inbox.use-cases.js';
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

export const NewDetainerBody = Type.Object(
  {
    form: Form,
    formEdition: Type.Optional(
      Type.String({
        pattern: '^(pre-2010|\\d{4}(-\\d{2})?)$',
        description: 'edition as the form catalogue names it: YYYY-MM as printed (2017-02), a year (2015) or pre-2010',
      }),
    ),
    warrant: Type.Optional(Warrant),
    probableCause: Type.Optional(Type.Array(ProbableCause, { maxItems: 5 })),
    issuedAt: Instant,
    receivedAt: Type.Optional(Instant),
    issuingOffice: Type.Optional(Type.String({ maxLength: 200 })),
    federalReference: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: "ICE's detainer or event number" }),
    ),
    facilityId: Type.Optional(Uuid),
    subject: Type.Object(
      {
        reference: Type.String({
          minLength: 1,
          maxLength: 64,
          description: "the agency's own reference, e.g. booking number",
        }),
        fullName: Type.Optional(Type.String({ maxLength: 200 })),
        birthDate: Type.Optional(Type.String({ format: 'date' })),
        aNumber: Type.Optional(Type.String({ maxLength: 16 })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type NewDetainerBody = Static<typeof NewDetainerBody>;

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
});
export type DetainerSummaryDto = Static<typeof DetainerSummaryDto>;

export const DetainerPageDto = Type.Object({
  items: Type.Array(DetainerSummaryDto),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type DetainerPageDto = Static<typeof DetainerPageDto>;

const localDate = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description });

export const DetainerListQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Enum(DETAINER_STATUSES, {
        description:
          'only requests in this status now (holding: deadline still ahead; release-due includes holds past it)',
      }),
    ),
    sort: Type.Optional(
      Type.Enum(INBOX_SORTS, {
        description:
          'received (default): newest receipt first; deadline: soonest hold deadline, then soonest duty, none last',
      }),
    ),
    form: Type.Optional(Form),
    facility: Type.Optional(Type.String({ format: 'uuid', description: 'only requests for this facility' })),
    from: Type.Optional(localDate('received on or after this local date of the agency (YYYY-MM-DD)')),
    to: Type.Optional(localDate('received on or before this local date of the agency (YYYY-MM-DD)')),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** The list item's schema must describe the core's JSON exactly (a missing field would be dropped silently). */
export type _SummaryMatchesTheCore = Assert<Same<DetainerSummaryDto, DetainerSummaryJson>>;
