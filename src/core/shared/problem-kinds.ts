/**
 * What is wrong with a field, in a word a machine can read: every field problem the API reports
 * (`details.problem`, each of `details.problems[]`, each error of a bulk intake row) carries its
 * `kind` beside the English `problem`, with the kind's parameters (`limit`, `allowed`, `years`), so a
 * client can say it in its reader's language. Every problem has a kind (`invalidField` requires one).
 */
export const PROBLEM_KINDS = [
  'required',
  'unknownField',
  'type',
  'oneOf',
  'empty',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'duplicate',
  'minFields',
  'maxFields',
  'form',
  'uuid',
  'instant',
  'date',
  'oneLine',
  'text',
  'future',
  'afterReceived',
  'blank',
  'reason',
  'birthDate',
  'aNumber',
  'edition',
  'beforeEdition',
  'beforeForm',
  'afterRetired',
  'invalid',
  'unknownColumn',
  'repeatedColumn',
  'missingColumn',
  'cellCount',
  'noRequests',
  'notOurFacility',
  'noEvent',
  'notCorrectable',
  'replaceOnly',
  'noDuty',
  'beforeStart',
  'afterEnd',
  'notJson',
  'duplicateKey',
  'forbiddenKey',
  'maxDepth',
  'tooLarge',
  'encoding',
  'malformedCsv',
  'calendarDate',
  'editionForm',
  'sha256',
  'stateCode',
  'countyFips',
  'passwordRequired',
  'codeRequired',
  'wrongCode',
  'totpSecret',
  'dutyWaiting',
  'wrongNotice',
  'noNoticeForDuty',
  'noticeNotDue',
  'ownReference',
  'onlyWith',
  'referenceTaken',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/**
 * A kind's parameters: a limit (length, value, count), the accepted values, a range of years, a date,
 * the other field of a range (beforeStart: the start; afterEnd: the end).
 */
export interface ProblemParams {
  readonly limit?: number;
  readonly other?: string;
  readonly allowed?: readonly string[];
  readonly years?: { readonly from: number; readonly to: number };
  readonly date?: string;
}

/** The schema keyword naming the kind of problem a schema's `x-problem` text is (validateInput reads it). */
export const PROBLEM_KIND_KEY = 'x-problem-kind';
