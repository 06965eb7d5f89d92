import { Type, type Static, type TSchema } from 'typebox';
import type { IntakeReport } from '../../core/request/bulk-intake.js';
import {
  DETAILED_INVALID_ROWS,
  DRY_RUN_LISTED_ROWS,
  INTAKE_COLUMNS,
  PROBABLE_CAUSE_SEPARATOR,
} from '../../core/request/bulk-intake.js';
import { FieldProblemSchema, Uuid } from './common.schema.js';

const List = <T extends TSchema>(item: T) => Type.Immutable(Type.Array(item));

const FieldProblemDto = FieldProblemSchema;

export const IntakeRowReportDto = Type.Object({
  line: Type.Integer({ minimum: 2, description: 'the line of the file the row starts on (line 1 is the header)' }),
  federalReference: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union(
    [Type.Literal('created'), Type.Literal('already-logged'), Type.Literal('invalid'), Type.Literal('valid')],
    {
      description:
        'created; already-logged (a request with this federal reference is on file: skipped); invalid; or, in a ' +
        'file refused because of other rows, valid (not written)',
    },
  ),
  id: Type.Optional(Uuid),
  errors: Type.Optional(List(FieldProblemDto)),
});

export const IntakeImportQuery = Type.Object(
  {
    dryRun: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'check every row and report what an upload would do; write nothing',
      }),
    ),
  },
  { additionalProperties: false },
);

export const IntakeReportDto = Type.Object(
  {
    rows: List(IntakeRowReportDto),
    created: Type.Integer({ minimum: 0 }),
    alreadyLogged: Type.Integer({ minimum: 0 }),
    invalid: Type.Integer({ minimum: 0 }),
    valid: Type.Optional(
      Type.Integer({ minimum: 0, description: 'a refused file: rows that are fine but were not written (not listed)' }),
    ),
    omitted: Type.Optional(
      Type.Object(
        {
          rows: Type.Integer({ minimum: 1 }),
          byColumn: Type.Record(Type.String(), Type.Integer({ minimum: 1 }), {
            description: 'rows with a problem in each column (or "row"); a row may count in several',
          }),
        },
        {
          description: `a refused file with more than ${DETAILED_INVALID_ROWS} invalid rows: the invalid rows not listed, counted`,
        },
      ),
    ),
    dryRun: Type.Optional(Type.Boolean({ description: 'a dry run: every row checked, nothing written' })),
    unlisted: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: `a dry run of more than ${DRY_RUN_LISTED_ROWS} rows: the rows counted but not listed`,
      }),
    ),
  },
  {
    description:
      `A written file: one entry per row, in order. A refused file: the first ${DETAILED_INVALID_ROWS} invalid rows, ` +
      "each with every problem found (each bad column's, in the file's column order); the rest counted in omitted.",
  },
);
export type IntakeReportDto = Static<typeof IntakeReportDto>;

export const INTAKE_FILE_DESCRIPTION =
  `A CSV file (content-type text/csv, UTF-8) with a header row naming columns among ${INTAKE_COLUMNS.join(', ')} ` +
  `(federalReference, form, issuedAt and subjectReference are required), then one request per row. ` +
  `probableCause lists bases separated by "${PROBABLE_CAUSE_SEPARATOR}". Every row is checked before anything is ` +
  'written: if any row is invalid nothing is written and the answer is 422 INTAKE.INVALID_ROWS with this report in ' +
  `error.details (the first ${DETAILED_INVALID_ROWS} invalid rows in detail, the others counted by column, so that the ` +
  'answer stays small whatever the file). The file is read and checked in slices, letting other requests run. ' +
  'Rows whose federal reference is already on file are skipped (already-logged), so a second upload ' +
  'of the same file creates nothing. With ?dryRun=true the file is checked and nothing is written: the answer is 200 ' +
  `with dryRun true and each row (the first ${DRY_RUN_LISTED_ROWS}, the rest counted in unlisted) valid (an upload ` +
  'would create it), already-logged (an upload would skip it) or invalid with every problem found.';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type _IntakeReportMatchesTheCore = Assert<Same<IntakeReportDto, IntakeReport>>;
