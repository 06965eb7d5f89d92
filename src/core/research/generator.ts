/**
 * Synthetic national detainer records in the NPR six-column format
 * (`date,lift_reason,det_facility,city,state,detainer_type`), calibrated on aggregates of the real
 * ICE FOIA release. Pure and lazy: a seeded PRNG (sfc32, seeded with cyrb128 of the seed text), no
 * clock, no I/O; records come one at a time so any number can be streamed in constant memory.
 * The same calibration and seed always give the same records, byte for byte.
 */

/** Weighted choices: [value, weight]. */
export type Weighted = readonly (readonly [string, number])[];

export interface GeneratorCalibration {
  /** Where the numbers come from. */
  readonly source: string;
  /** The last prepare date of the source (its last month is partial). */
  readonly lastDate: string;
  /** [YYYY-MM, count] for every month of the source. */
  readonly months: Weighted;
  /** Per calendar year: [lift reason, count]; '' = pending. */
  readonly liftReasonsByYear: Readonly<Record<string, Weighted>>;
  /** Per calendar year: [form, count]; '' = not recorded. Years absent: never recorded. */
  readonly formsByYear: Readonly<Record<string, Weighted>>;
  /** [state name in capitals, USPS code, weight, real cities of the state]. */
  readonly states: readonly (readonly [string, string, number, readonly string[]])[];
}

export const NPR_HEADER = 'date,lift_reason,det_facility,city,state,detainer_type';

export interface GeneratedRecord {
  readonly date: string; // YYYY-MM-DD
  readonly liftReason: string;
  readonly facility: string;
  readonly city: string;
  readonly state: string; // full name in capitals
  readonly stateCode: string;
  readonly form: string;
}

/** Synthetic facilities per state: a few per state, more where the state weighs more. */
const FACILITIES_PER_STATE = { min: 3, max: 60 } as const;

/** A 32-bit PRNG (sfc32) seeded from any text (cyrb128); returns floats in [0, 1). */
export function seededRandom(seed: string): () => number {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  let a = (h1 ^ h2 ^ h3 ^ h4) >>> 0;
  let b = (h2 ^ h1) >>> 0;
  let c = (h3 ^ h1) >>> 0;
  let d = (h4 ^ h1) >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next(); // warm up
  return next;
}

/** A sampler over weighted values: binary search on the cumulative weights. */
function sampler<T>(entries: readonly (readonly [T, number])[]): (u: number) => T {
  const values = entries.filter(([, w]) => w > 0).map(([v]) => v);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of entries) if (w > 0) cumulative.push((sum += w));
  if (values.length === 0) throw new Error('a calibration distribution has no weight');
  return (u) => {
    const target = u * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}

function daysIn(month: string, lastDate: string): number {
  if (lastDate.startsWith(month)) return Number(lastDate.slice(8, 10));
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Records one at a time; stop after `records`. */
export function* generateRecords(
  calibration: GeneratorCalibration,
  options: { readonly records: number; readonly seed: string },
): Generator<GeneratedRecord> {
  const random = seededRandom(options.seed);
  const month = sampler(calibration.months);
  const liftByYear = new Map(Object.entries(calibration.liftReasonsByYear).map(([y, w]) => [y, sampler(w)]));
  const formByYear = new Map(Object.entries(calibration.formsByYear).map(([y, w]) => [y, sampler(w)]));
  const totalWeight = calibration.states.reduce((s, [, , w]) => s + w, 0);
  const state = sampler(calibration.states.map((s) => [s, s[2]] as const));
  const facilityCount = new Map(
    calibration.states.map(([name, , weight]) => [
      name,
      Math.min(FACILITIES_PER_STATE.max, Math.max(FACILITIES_PER_STATE.min, Math.round((weight / totalWeight) * 600))),
    ]),
  );
  for (let i = 0; i < options.records; i++) {
    const m = month(random());
    const year = m.slice(0, 4);
    const day = 1 + Math.floor(random() * daysIn(m, calibration.lastDate));
    const liftReason = liftByYear.get(year)?.(random()) ?? '';
    const form = formByYear.get(year)?.(random()) ?? '';
    const [stateName, stateCode, , cities] = state(random());
    // Skewed towards the first facilities: a few large jails, many small ones.
    const n = facilityCount.get(stateName)!;
    const facilityNo = 1 + Math.floor(n * random() ** 2.5);
    yield {
      date: `${m}-${String(day).padStart(2, '0')}`,
      liftReason,
      facility: `SYNTHETIC COUNTY JAIL ${facilityNo}, ${stateCode}`,
      city: cities[(facilityNo - 1) % cities.length]!,
      state: stateName,
      stateCode,
      form,
    };
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record as a line of the NPR format (no line ending). */
export function toNprLine(record: GeneratedRecord): string {
  return [`${record.date} 00:00:00`, record.liftReason, record.facility, record.city, record.state, record.form]
    .map(csvField)
    .join(',');
}

/** The header, then one line per record, each ending in "\n". */
export function* generateNprLines(
  calibration: GeneratorCalibration,
  options: { readonly records: number; readonly seed: string },
): Generator<string> {
  yield `${NPR_HEADER}\n`;
  for (const record of generateRecords(calibration, options)) yield `${toNprLine(record)}\n`;
}

/** The same text in chunks of `linesPerChunk` lines, so a stream is not one write per record. */
export function* generateNprChunks(
  calibration: GeneratorCalibration,
  options: { readonly records: number; readonly seed: string },
  linesPerChunk = 2_000,
): Generator<string> {
  let chunk: string[] = [];
  for (const line of generateNprLines(calibration, options)) {
    chunk.push(line);
    if (chunk.length >= linesPerChunk) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join('');
}
