import { compileLaw, FAST_CONFLICT, FAST_UNKNOWN_FORM } from '../policy/compile.js';
import { MissingFactSignal } from '../policy/engine-errors.js';
import type { EngineContext } from '../policy/evaluate.js';
import { domainError, invalidField, tooBroad, type DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { OUTCOMES } from './outcomes.js';
import { releasePeriods, type ReleasePeriod } from './release-coverage.js';
import { parseReplayQuery, type RecordAssumption, type ReplayQuery, type ReplaySelection } from './replay-query.js';
import { ADMINISTRATIVE_WARRANT_FROM, assumedSubject, RecordRequests } from './replay-request.js';
import type { ResearchStatsReader } from './stats.js';

/** One imported FOIA record, as much of it as a replay reads. */
export interface ReplayRecord {
  readonly preparedDate: string; // YYYY-MM-DD
  /** The raw form as released ('I247', 'I247D', ...), or null. */
  readonly form: string | null;
  readonly outcome: string;
  /** Flagged at import: the same person prepared within 24 hours (Deportation Data Project rule). */
  readonly likelyDuplicate: boolean;
}

/** A selection with the release read for each month (one per month, as the statistics choose). */
export interface PeriodSelection extends ReplaySelection {
  readonly periods: readonly ReleasePeriod[];
}

/** The records of a selection, in pages, in a stable order; memory stays constant whatever the count. */
export interface ReplayRecordSource {
  pages(selection: PeriodSelection): AsyncIterable<readonly ReplayRecord[]>;
  /** How many records the selection reads at most (a cheap upper bound, e.g. from the monthly rollup). */
  estimate(selection: PeriodSelection): Promise<number>;
}

export interface ActionTally {
  required: number;
  permitted: number;
  forbidden: number;
  notAsked: number;
}

export interface Assumption {
  readonly fact: string;
  readonly assumed: string;
  readonly why: string;
}

export interface ReplayReport {
  readonly law: {
    readonly place: { readonly state: string; readonly countyFips: string | null };
    readonly at: string;
    readonly agencyKind: 'county-jail';
    readonly rulesInForce: readonly string[];
  };
  readonly period: { readonly from: string; readonly to: string };
  readonly filters: {
    readonly state: string | null;
    readonly countyFips: string | null;
    readonly release: string | null;
    readonly includeReissues: boolean;
  };
  /**
   * The release whose records are replayed for each run of months: where releases overlap, one per
   * month, as the statistics choose (release-coverage.ts); only the named release's with filters.release.
   */
  readonly periods: readonly ReleasePeriod[];
  readonly records: number;
  /** Of `records`, those the release flags as likely duplicates; replayed like the others, as published. */
  readonly likelyDuplicates: number;
  readonly actual: { readonly byOutcome: Readonly<Record<string, number>> };
  readonly underLaw: {
    readonly hold: ActionTally;
    readonly notify: ActionTally;
    readonly transfer: ActionTally;
    readonly undecidable: Readonly<Record<string, number>>;
  };
  readonly assumptions: readonly Assumption[];
  readonly missingInData: readonly string[];
}

/** What the FOIA detainer files do not record, and the law may read. */
export const MISSING_IN_DATA: readonly string[] = [
  'request.formEdition (and request.form on some records)',
  'request.warrant',
  'request.probableCause',
  'subject.convictions',
  'subject.pendingCharges',
  'subject.registrant',
  'subject.federalFelonyWarrant',
  'subject.proofOfLawfulStatus',
  'subject.terroristWatchListMatch',
  'subject.removedAndReentered',
  'subject.warrantGangOrRemovalOrder',
  'subject.instantArrestDate',
  'agencyKind',
  'releaseEligibleAt',
];

export interface ReplayDeps {
  readonly law: EngineContext;
  readonly records: ReplayRecordSource;
  /** The imported releases, to choose one per month. */
  readonly releases: Pick<ResearchStatsReader, 'releases'>;
  /** The most records one replay may read (the public API's cap); no cap when absent (the CLI). */
  readonly maxRecords?: number;
}

/** Where to narrow a replay that would read too many records. */
export const NARROW_REPLAY = 'narrow from/to, or filter by filters.state, filters.countyFips or filters.release';

/**
 * The use case behind `replay` and POST /replay: checks the question, estimates the records it
 * would read (refusing over the cap, REQUEST.TOO_BROAD), streams the records, reports.
 */
export async function replayHistory(deps: ReplayDeps, raw: unknown): Promise<Result<ReplayReport, DomainError>> {
  const query = parseReplayQuery(raw);
  if (!query.ok) return query;
  const { selection } = query.value;
  const all = await deps.releases.releases();
  const named = selection.release;
  if (named !== null && !all.some((r) => r.id === named)) {
    const ids = all.map((r) => r.id);
    return err(
      invalidField('filters.release', `is not an imported release; one of ${ids.join(', ')}`, 'oneOf', {
        allowed: ids,
      }),
    );
  }
  const periods = releasePeriods(named === null ? all : all.filter((r) => r.id === named), {
    from: selection.from.slice(0, 7),
    to: selection.to.slice(0, 7),
  });
  const periodSelection: PeriodSelection = { ...selection, periods };
  if (deps.maxRecords !== undefined) {
    const estimate = await deps.records.estimate(periodSelection);
    if (estimate > deps.maxRecords) {
      return err(tooBroad('from', 'read records', estimate, deps.maxRecords, 'REPLAY_MAX_RECORDS', NARROW_REPLAY));
    }
  }
  return replayRecords(deps.law, query.value, deps.records.pages(periodSelection), periods);
}

const DECIDED = 0;

/**
 * Re-decides every record with the fast path as if the chosen place's law in force on `at` had
 * applied (compiled once), and counts what that law would have required, permitted or forbidden,
 * next to what actually happened. Pure over the records it is given (pages or single records).
 */
export async function replayRecords(
  law: EngineContext,
  query: ReplayQuery,
  records: AsyncIterable<readonly ReplayRecord[] | ReplayRecord>,
  periods: readonly ReleasePeriod[] = [],
): Promise<Result<ReplayReport, DomainError>> {
  const compiled = compileLaw(
    law.library,
    law.places,
    { state: query.law.state, countyFips: query.law.countyFips, agencyKind: 'county-jail' },
    new Date(`${query.at}T12:00:00Z`), // noon UTC is the same local date in every US zone
  );
  if (compiled === undefined) {
    const place = query.law.countyFips === null ? query.law.state : `${query.law.state}/${query.law.countyFips}`;
    return err(
      domainError('POLICY.UNKNOWN_PLACE', `law: no such place ${place}`, { field: 'law', rules: [], instant: null }),
    );
  }
  const subject = assumedSubject(query.assumeRecord);
  const requests = new RecordRequests();
  // tally[action * 4 + code]: code 0 not asked, 1 permitted, 2 required, 3 forbidden.
  const tally = new Float64Array(12);
  const byOutcome = new Map<string, number>(OUTCOMES.map((o) => [o, 0]));
  const undecidable = new Map<string, number>();
  let count = 0;
  let likelyDuplicates = 0;
  let formGiven = 0;
  const note = (reason: string) => undecidable.set(reason, (undecidable.get(reason) ?? 0) + 1);

  const one = (record: ReplayRecord): void => {
    count++;
    if (record.likelyDuplicate) likelyDuplicates++;
    byOutcome.set(record.outcome, (byOutcome.get(record.outcome) ?? 0) + 1);
    const request = requests.resolve(record.form, record.preparedDate);
    if (request === undefined) return void note('unknown form');
    if (record.form !== null && record.form !== '') formGiven++;
    let packed = DECIDED;
    try {
      packed = compiled.decide(request, subject);
    } catch (error) {
      if (!(error instanceof MissingFactSignal)) throw error;
      return void note(`missing fact ${error.fact}`);
    }
    if (packed === FAST_CONFLICT) return void note('conflicting rules');
    if (packed === FAST_UNKNOWN_FORM) return void note('unknown form edition');
    tally[packed & 3]!++;
    tally[4 + ((packed >> 2) & 3)]!++;
    tally[8 + ((packed >> 4) & 3)]!++;
  };

  for await (const item of records) {
    if (isPage(item)) for (let i = 0; i < item.length; i++) one(item[i]!);
    else one(item);
  }

  const action = (a: number): ActionTally => ({
    required: tally[a * 4 + 2]!,
    permitted: tally[a * 4 + 1]!,
    forbidden: tally[a * 4 + 3]!,
    notAsked: tally[a * 4]!,
  });
  const { selection } = query;
  return ok({
    law: {
      place: query.law,
      at: query.at,
      agencyKind: 'county-jail',
      rulesInForce: compiled.rules,
    },
    period: { from: selection.from, to: selection.to },
    filters: {
      state: selection.state,
      countyFips: selection.countyFips,
      release: selection.release,
      includeReissues: selection.includeReissues,
    },
    periods,
    records: count,
    likelyDuplicates,
    actual: { byOutcome: Object.fromEntries(byOutcome) },
    underLaw: {
      hold: action(0),
      notify: action(1),
      transfer: action(2),
      undecidable: Object.fromEntries([...undecidable.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    assumptions: assumptionsOf(query.assumeRecord, formGiven, count),
    missingInData: MISSING_IN_DATA,
  });
}

function isPage(item: readonly ReplayRecord[] | ReplayRecord): item is readonly ReplayRecord[] {
  return Array.isArray(item);
}

function assumptionsOf(assumption: RecordAssumption, formGiven: number, count: number): Assumption[] {
  return [
    {
      fact: 'request.form',
      assumed:
        `the record's form when given (${formGiven} of ${count} records): I247 is the I-247 edition in use on the ` +
        "record's prepare date, I247D/I247N/I247X the 2015 PEP editions, I247A the 2017-02 edition; otherwise the " +
        'form in use on the prepare date: I-247 until 2015-07-01, I-247D from 2015-07-02, I-247A from 2017-04-02',
      why: 'most FOIA releases record no form edition, and some no form',
    },
    {
      fact: 'request.warrant',
      assumed: `none before ${ADMINISTRATIVE_WARRANT_FROM}; administrative (I-200 or I-205) from that date`,
      why: 'the data records no warrant; ICE Policy 10074.2 sends an administrative warrant with every I-247A',
    },
    {
      fact: 'request.probableCause',
      assumed: 'a recorded basis: final-order',
      why:
        'the data records no probable-cause box; a basis is assumed so that no rule decides on the missing box ' +
        'alone (rules that forbid holds without probable cause are therefore satisfied)',
    },
    {
      fact: 'subject (convictions, pending charges, registrant, federal felony warrant, proof of lawful status, watch-list match)',
      assumed:
        assumption === 'none'
          ? 'none: no convictions, no pending charges, not a registrant, no federal felony warrant, no proof of lawful status, no watch-list match'
          : 'unknown: a record whose decision needs one of them is counted as undecidable (missing fact <name>)',
      why: `the data records nothing about the person (chosen with assumeRecord=${assumption})`,
    },
    {
      fact: 'agencyKind',
      assumed: 'county-jail',
      why: 'the data names facilities, not agency kinds; FOIA detainer facilities are mostly county jails',
    },
    {
      fact: 'releaseEligibleAt',
      assumed: 'not computed: hold deadlines are not reported',
      why: 'the data records no release times',
    },
  ];
}
