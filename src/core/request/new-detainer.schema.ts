import { Type, type Static } from 'typebox';
import { Instant, LocalDate, Line, Pattern, REQUEST_YEARS, HISTORY_YEARS, Uuid } from '../shared/input-types.js';
import { DETAINER_FORMS, PROBABLE_CAUSE_BASES, WARRANT_KINDS } from './detainer-request.js';
import { ScannedDocumentSchema } from './scanned-document.schema.js';
import { CustodyFactsSchema } from '../lifecycle/detainer-command.schema.js';

/**
 * A detainer request as it arrives at intake: `POST /detainers`, `detainers receive`, and each row
 * of a bulk intake file. The one declaration of its shape; what a shape cannot say (instants in
 * order, an edition of that form issued when it existed, the A-number's shape) is
 * `validateNewDetainer`'s job.
 */
export const NewDetainerSchema = Type.Object(
  {
    form: Type.Enum(DETAINER_FORMS),
    formEdition: Type.Optional(
      Pattern(
        '^(pre-2010|\\d{4}(-(0[1-9]|1[0-2]))?)$',
        'must be an edition such as 2017-02 (as printed), 2015 or pre-2010',
        {
          kind: 'editionForm',
          description:
            'edition as the form catalogue names it: YYYY-MM as printed (2017-02), a year (2015) or pre-2010; ' +
            'an edition the catalogue does not list for the form is refused, listing those it does',
        },
      ),
    ),
    warrant: Type.Optional(Type.Enum(WARRANT_KINDS)),
    probableCause: Type.Optional(Type.Array(Type.Enum(PROBABLE_CAUSE_BASES), { maxItems: 5, uniqueItems: true })),
    issuedAt: Instant(REQUEST_YEARS, 'when ICE issued the request; not before its form edition existed'),
    receivedAt: Type.Optional(Instant(REQUEST_YEARS, 'when the agency received it; now when absent')),
    issuingOffice: Type.Optional(Line({ maxLength: 200 })),
    federalReference: Type.Optional(
      Line({ minLength: 1, maxLength: 64, description: "ICE's detainer or event number" }),
    ),
    facilityId: Type.Optional(Uuid('the facility holding the person (of your agency)')),
    document: Type.Optional(ScannedDocumentSchema),
    facts: Type.Optional(CustodyFactsSchema),
    subject: Type.Object(
      {
        reference: Line({
          minLength: 1,
          maxLength: 64,
          description: "the agency's own reference, e.g. booking number",
        }),
        fullName: Type.Optional(Line({ maxLength: 200 })),
        birthDate: Type.Optional(LocalDate(HISTORY_YEARS, 'date of birth')),
        aNumber: Type.Optional(
          Pattern('^[Aa]?[0-9 -]{8,13}$', 'must be an A-number: A followed by 8 or 9 digits', {
            maxLength: 16,
            kind: 'aNumber',
          }),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type NewDetainerInput = Static<typeof NewDetainerSchema>;
