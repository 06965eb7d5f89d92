import { Type, type Static } from 'typebox';
import {
  DETAINER_FORMS,
  PROBABLE_CAUSE_BASES,
  REQUESTED_ACTIONS,
  WARRANT_KINDS,
} from '../../core/request/detainer-request.js';
import { Instant, Uuid } from './common.schema.js';

const Form = Type.Enum(DETAINER_FORMS);
const Warrant = Type.Enum(WARRANT_KINDS);
const ProbableCause = Type.Enum(PROBABLE_CAUSE_BASES);

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

const DetainerFields = {
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
});
export type DetainerSummaryDto = Static<typeof DetainerSummaryDto>;

export const DetainerPageDto = Type.Object({
  items: Type.Array(DetainerSummaryDto),
  total: Type.Integer({ minimum: 0 }),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type DetainerPageDto = Static<typeof DetainerPageDto>;

export const DetainerListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
