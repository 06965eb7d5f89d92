/**
 * A second, independent NPR-layout generator for the benchmark (not the project's src generator):
 * `date,lift_reason,det_facility,city,state,detainer_type`, with
 * - FACILITIES facilities (each with its own city), their volume Zipf-distributed (weight 1/rank);
 * - every state, DC and the territories: the first facilities take one place each, the rest a
 *   place at random, the places themselves weighted by a Zipf law over a seeded shuffle;
 * - the national lift-reason mix and the records per calendar year of the real NPR export
 *   (the totals `/work/shared/data/README.md` states for `npr-sanctuary-cities/export`, as numbers;
 *   no row of the real files is used), dates uniform within each year's covered span;
 * - the detainer form recorded only in 2014 (about one record in five) and 2015 (nearly all), with
 *   that export's form mix.
 * Seeded (mulberry32, bench/random.ts) and deterministic; streamed in chunks (constant memory).
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { US_STATES } from '../src/ingest/reference/states.data.js';
import { seededRandom } from './random.js';

export const FACILITIES = 3_000;

/** Records per calendar year of the prepare date (NPR export, `all_detainers_by_year.csv`'s totals). */
const YEARS: readonly (readonly [number, number])[] = [
  [2007, 39_124],
  [2008, 228_077],
  [2009, 256_947],
  [2010, 301_119],
  [2011, 314_966],
  [2012, 272_878],
  [2013, 204_215],
  [2014, 147_849],
  [2015, 49_653],
];
const ALL_RECORDS = YEARS.reduce((sum, [, n]) => sum + n, 0);

/** National lift-reason totals over 2007-10 - 2015-07; the rest of the records have none (pending). */
const LIFT_REASONS: readonly (readonly [string, number])[] = [
  ['Booked into Detention', 659_041],
  ['Lifted', 167_874],
  ['Case Closed', 105_147],
  ['Detainer Declined by LEA', 20_241],
  ['Transferred', 17_988],
  ['Early Release', 10_711],
  ['Prosecutorial Discretion', 1_931],
  ['Alien Not Subject to Deportation', 1_846],
  ['United States Citizen Interviewed', 693],
  ['Lifted - Lack of Funds', 666],
  ['Died', 401],
  ['Lifted - Lack of Space', 366],
];
const WITH_REASON = LIFT_REASONS.reduce((sum, [, n]) => sum + n, 0);
const REASONS: readonly (readonly [string, number])[] = [['', ALL_RECORDS - WITH_REASON], ...LIFT_REASONS];

const NOTICE_2013 = 'I247 - Immigration Detainer - Notice of Action (as of March 2013)';
const NOTICE_PRIOR = 'I247 - Immigration Detainer - Notice of Action (prior to March 2013)';
const REQUEST = 'I247D - Immigration Detainer - Request for Action';
const ADVISAL = 'I247N - Immigration Advisal - Request for Notification';
/** Form mix per year where one is recorded, and the share of that year's records with none. */
const FORMS: Readonly<Record<number, { none: number; mix: readonly (readonly [string, number])[] }>> = {
  2014: {
    none: 147_849 - 29_400,
    mix: [
      [NOTICE_2013, 29_310],
      [NOTICE_PRIOR, 80],
      [REQUEST, 6],
      [ADVISAL, 4],
    ],
  },
  2015: {
    none: 49_653 - 49_653,
    mix: [
      [NOTICE_2013, 46_187],
      [REQUEST, 2_805],
      [ADVISAL, 542],
      [NOTICE_PRIOR, 119],
    ],
  },
};

/** First and last day (UTC ms) each year's records may fall on: the release runs 2007-10-01 - 2015-07-19. */
function yearSpan(year: number): { first: number; days: number } {
  const first = Date.UTC(year, year === 2007 ? 9 : 0, 1);
  const last = year === 2015 ? Date.UTC(2015, 6, 19) : Date.UTC(year, 11, 31);
  return { first, days: Math.round((last - first) / 86_400_000) + 1 };
}

/** Cumulative weights, for picking by binary search. */
class Weighted<T> {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly items: readonly T[],
    weights: readonly number[],
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  pick(random: () => number): T {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

const weighted = <T>(pairs: readonly (readonly [T, number])[]) =>
  new Weighted(
    pairs.map(([item]) => item),
    pairs.map(([, w]) => w),
  );

interface Facility {
  /** `name,city,STATE` as the row writes it. */
  readonly cells: string;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const KINDS = ['COUNTY JAIL', 'DETENTION CENTER', 'CORRECTIONAL FACILITY', 'STATE PRISON', 'POLICE DEPT'];

function facilities(random: () => number): Facility[] {
  const places = shuffled(US_STATES, random);
  const placeWeight = weighted(places.map((state, rank) => [state, 1 / (rank + 1)] as const));
  const out: Facility[] = [];
  for (let i = 0; i < FACILITIES; i++) {
    const state = i < places.length ? places[i]! : placeWeight.pick(random);
    const city = `${state.code} TOWN ${String(i).padStart(4, '0')}`;
    out.push({ cells: `${city} ${KINDS[i % KINDS.length]!},${city},${state.name.toUpperCase()}` });
  }
  // Volume by rank: the facility list is shuffled so that rank does not follow the place order.
  return shuffled(out, random);
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The generated file as chunks of text, lazily. */
export function* zipfNprChunks(records: number, seed: number): Generator<string> {
  const random = seededRandom(seed);
  const all = facilities(random);
  const facility = weighted(all.map((f, rank) => [f, 1 / (rank + 1)] as const));
  const year = weighted(YEARS);
  const reason = weighted(REASONS);
  const forms = new Map(
    Object.entries(FORMS).map(([y, f]) => [Number(y), weighted<string>([['', f.none], ...f.mix])] as const),
  );
  const spans = new Map(YEARS.map(([y]) => [y, yearSpan(y)] as const));
  let chunk = 'date,lift_reason,det_facility,city,state,detainer_type\n';
  for (let i = 0; i < records; i++) {
    const y = year.pick(random);
    const span = spans.get(y)!;
    const day = new Date(span.first + Math.floor(random() * span.days) * 86_400_000);
    const form = forms.get(y)?.pick(random) ?? '';
    const date = `${day.getUTCFullYear()}-${two(day.getUTCMonth() + 1)}-${two(day.getUTCDate())} 00:00:00`;
    chunk += `${date},${reason.pick(random)},${facility.pick(random).cells},${form}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

export async function writeZipfNprFile(records: number, seed: number, path: string): Promise<void> {
  await pipeline(Readable.from(zipfNprChunks(records, seed)), createWriteStream(path));
}
