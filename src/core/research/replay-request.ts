import type { FastRequest } from '../policy/compile.js';
import type { SubjectFacts } from '../policy/facts.js';
import { FORM_CATALOGUE, findEdition, type FormEdition } from '../request/form-catalogue.js';
import type { DetainerForm, WarrantKind } from '../request/detainer-request.js';
import type { RecordAssumption } from './replay-query.js';

/** ICE Policy 10074.2: from this local date every detainer (I-247A) comes with an I-200 or I-205. */
export const ADMINISTRATIVE_WARRANT_FROM = '2017-04-02';

/** The full detainer forms, one in use at a time: the form assumed when a record names none. */
const DEFAULT_FORMS: readonly DetainerForm[] = ['I-247', 'I-247D', 'I-247A'];

/**
 * FOIA spellings by the letters and digits of their first word: 'I247', 'I247D', 'I-247D', and the
 * NPR file's labels ('I247D - Immigration Detainer - Request for Action').
 */
const FORM_OF_CODE: Readonly<Record<string, DetainerForm>> = {
  I247: 'I-247',
  I247D: 'I-247D',
  I247N: 'I-247N',
  I247X: 'I-247X',
  I247A: 'I-247A',
};

/**
 * The edition of a named form for a record dated `date`: the one in use that day, else the latest
 * already issued (an older print still in use), else the first (e.g. an I-247D dated before the
 * PEP rollout is read as the 2015 edition).
 */
export function editionForRecord(form: DetainerForm, date: string): FormEdition {
  const inUse = findEdition(form, null, date);
  if (inUse) return inUse;
  const editions = FORM_CATALOGUE.filter((e) => e.form === form);
  const issued = editions.filter((e) => e.inUseFrom === null || e.inUseFrom <= date);
  return issued[issued.length - 1] ?? editions[0]!;
}

/** The form in use on a record's date when the record names none. */
export function formInUse(date: string): FormEdition {
  for (const form of DEFAULT_FORMS) {
    const edition = findEdition(form, null, date);
    if (edition) return edition;
  }
  return editionForRecord('I-247A', date);
}

export function warrantOn(date: string): WarrantKind {
  return date < ADMINISTRATIVE_WARRANT_FROM ? 'none' : 'administrative';
}

/** Every date on which the assumed request can change: edition boundaries and the warrant policy. */
const BOUNDARIES: readonly string[] = [
  ...new Set([
    ADMINISTRATIVE_WARRANT_FROM,
    ...FORM_CATALOGUE.flatMap((e) => [e.inUseFrom, e.inUseUntil]).filter((d): d is string => d !== null),
  ]),
].sort();

interface Segments {
  /** requests[i] applies from BOUNDARIES[i - 1] (inclusive) to BOUNDARIES[i] (exclusive). */
  readonly requests: readonly FastRequest[];
  readonly given: boolean;
}

/**
 * The request assumed for each record, from its raw form and prepare date. Requests are built once
 * per raw form and date segment, so resolving a record allocates nothing.
 */
export class RecordRequests {
  private readonly byRawForm = new Map<string, Segments | null>();

  /** The request for a record; undefined when its form is not a detainer form. */
  resolve(rawForm: string | null, date: string): FastRequest | undefined {
    const segments = this.segments(rawForm ?? '');
    if (segments === null) return undefined;
    const requests = segments.requests;
    let i = 0;
    while (i < BOUNDARIES.length && date >= BOUNDARIES[i]!) i++;
    return requests[i];
  }

  /** Whether a raw form names a form (true), names none (false), or is not one (undefined). */
  formGiven(rawForm: string | null): boolean | undefined {
    const segments = this.segments(rawForm ?? '');
    return segments === null ? undefined : segments.given;
  }

  private segments(raw: string): Segments | null {
    const cached = this.byRawForm.get(raw);
    if (cached !== undefined) return cached;
    const code = (raw.trim().split(/\s/)[0] ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
    const form = code === '' ? null : FORM_OF_CODE[code];
    let built: Segments | null = null;
    if (form !== undefined) {
      const starts = ['0000-01-01', ...BOUNDARIES];
      built = {
        given: form !== null,
        requests: starts.map((date) => {
          const edition = form === null ? formInUse(date) : editionForRecord(form, date);
          return {
            form: edition.form,
            formEdition: edition.edition,
            warrant: warrantOn(date),
            probableCause: ['final-order'],
          };
        }),
      };
    }
    this.byRawForm.set(raw, built);
    return built;
  }
}

/** The subject facts assumed for every record: none of anything, or nothing known. */
export function assumedSubject(assumption: RecordAssumption): SubjectFacts {
  return assumption === 'none'
    ? {
        convictions: [],
        pendingCharges: [],
        registrant: false,
        federalFelonyWarrant: false,
        proofOfLawfulStatus: false,
        terroristWatchListMatch: false,
        removedAndReentered: false,
        warrantGangOrRemovalOrder: false,
      }
    : {};
}
