import { Type, type TString } from 'typebox';
import { PROBLEM_KIND_KEY, type ProblemKind } from './problem-kinds.js';

/**
 * Schema builders shared by every input schema (HTTP bodies, query strings and parameters, CLI
 * input, CSV rows). Every string an input accepts is one of these, or is held by an enum, a format
 * or a pattern narrower than they are (a test walks the input schemas to keep it so).
 *
 * Text refuses control characters: C0 (except tab, line feed and carriage return in multi-line
 * text), DEL, C1, and unpaired UTF-16 surrogates (the pattern is compiled with the `u` flag, as
 * JSON Schema patterns are, so a surrogate pair is one code point and only a lone half matches).
 */
export const LINE_PATTERN = '^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*$';
export const MULTILINE_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*$';

/** The problem a schema reports when its value fails its pattern (read by validateInput; OpenAPI shows it). */
export const PROBLEM_KEY = 'x-problem';

interface TextOptions {
  readonly minLength?: number;
  readonly maxLength: number;
  readonly description?: string;
}

/** One line of text: no control characters at all. */
export function Line(options: TextOptions): TString {
  return Type.String({
    ...options,
    pattern: LINE_PATTERN,
    [PROBLEM_KEY]: 'must be one line of text without control characters',
    [PROBLEM_KIND_KEY]: 'oneLine',
  });
}

/** Text that may span lines (tab, LF and CR allowed); no other control character. */
export function MultilineText(options: TextOptions): TString {
  return Type.String({
    ...options,
    pattern: MULTILINE_PATTERN,
    [PROBLEM_KEY]: 'must be text without control characters (other than tab and line breaks)',
    [PROBLEM_KIND_KEY]: 'text',
  });
}

/** A string held by a pattern of its own (which must exclude control characters), with the problem to tell. */
export function Pattern(
  pattern: string,
  problem: string,
  { kind, ...options }: { description?: string; maxLength?: number; kind: ProblemKind },
) {
  return Type.String({ ...options, pattern, [PROBLEM_KEY]: problem, [PROBLEM_KIND_KEY]: kind });
}

/**
 * The plausible years of input instants and dates. Requests, events and inbox filters: 1990 to 2100
 * (the detainer forms in the catalogue are later; earlier is a typing error). Law and history
 * (evaluate's decision instant, replays, convictions, birth dates): 1900 to 2100, which covers the
 * library's earliest rule (1988) and a person's past.
 */
export const REQUEST_YEARS = { from: 1990, to: 2100 } as const;
export const HISTORY_YEARS = { from: 1900, to: 2100 } as const;
type Years = typeof REQUEST_YEARS | typeof HISTORY_YEARS;

function yearPattern(years: Years): string {
  return years === REQUEST_YEARS ? '(199\\d|20\\d\\d|2100)' : '(19\\d\\d|20\\d\\d|2100)';
}

/** An ISO 8601 instant with seconds and an offset, written with a year in range. */
export function Instant(years: Years, description: string) {
  return Type.String({
    format: 'date-time',
    pattern: `^${yearPattern(years)}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$`,
    [PROBLEM_KEY]: `must be an ISO 8601 instant with seconds and a time zone offset, in the years ${years.from} to ${years.to}`,
    [PROBLEM_KIND_KEY]: 'instant',
    'x-problem-years': years,
    description: `${description} (ISO 8601 with seconds and an offset; years ${years.from}-${years.to})`,
  });
}

/** A calendar date YYYY-MM-DD with a year in range (whether the day exists is checked by `format`). */
export function LocalDate(years: Years, description: string) {
  return Type.String({
    format: 'date',
    pattern: `^${yearPattern(years)}-\\d{2}-\\d{2}$`,
    [PROBLEM_KEY]: `must be a date written YYYY-MM-DD, in the years ${years.from} to ${years.to}`,
    [PROBLEM_KIND_KEY]: 'date',
    'x-problem-years': years,
    description: `${description} (YYYY-MM-DD; years ${years.from}-${years.to})`,
  });
}

export const Uuid = (description?: string) =>
  Type.String({ format: 'uuid', ...(description === undefined ? {} : { description }) });

/** A paging offset: bounded, so that no count overflows what a database takes. */
export const MAX_OFFSET = 1_000_000;
