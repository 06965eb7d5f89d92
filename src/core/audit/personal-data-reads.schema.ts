import { Type, type Static } from 'typebox';
import { Instant, MAX_OFFSET, REQUEST_YEARS, Uuid } from '../shared/input-types.js';

export const PERSONAL_DATA_READ_PAGE = { default: 100, max: 500 } as const;

/** `GET /audit/reads` and `audit reads` (options as text): the log of reads of personal data. */
export const PersonalDataReadQuerySchema = Type.Object(
  {
    userId: Type.Optional(Uuid('only the reads by this user')),
    detainerId: Type.Optional(Uuid('only the reads of this detainer')),
    from: Type.Optional(Instant(REQUEST_YEARS, 'reads at or after this instant')),
    to: Type.Optional(Instant(REQUEST_YEARS, 'reads before this instant')),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: PERSONAL_DATA_READ_PAGE.max, default: PERSONAL_DATA_READ_PAGE.default }),
    ),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  },
  { additionalProperties: false },
);
export type PersonalDataReadQuery = Static<typeof PersonalDataReadQuerySchema>;
