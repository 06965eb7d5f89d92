import { Type, type Static } from 'typebox';
import { Line, MAX_OFFSET, MultilineText } from '../shared/input-types.js';
import { MAX_PAGE_SIZE } from './detainer.use-cases.js';
import { IDENTITY_CHOICES } from './identity.js';

export const MAX_REASON_LENGTH = 500;

/** What staff decide about an identity conflict: `POST /detainers/:id/identity-resolution` and `detainers resolve-identity`. */
export const IdentityResolutionSchema = Type.Object(
  {
    choice: Type.Enum(IDENTITY_CHOICES, {
      description:
        'keep-on-file: the record on file is right; use-submitted: the submitted details replace the differing fields ' +
        'on file; separate-person: the request concerns another person, recorded under their own reference',
    }),
    reason: MultilineText({
      minLength: 1,
      maxLength: MAX_REASON_LENGTH,
      description: 'why, in words (kept in the event log)',
    }),
    reference: Type.Optional(
      Type.Union([
        Line({
          minLength: 1,
          maxLength: 64,
          description: "separate-person only: the other person's own reference, e.g. booking number",
        }),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false },
);

/** A page of open identity conflicts: `GET /identity-conflicts` and `detainers identity-conflicts`. */
export const IdentityConflictQuerySchema = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
  },
  { additionalProperties: false },
);
export type IdentityConflictQuery = Static<typeof IdentityConflictQuerySchema>;
