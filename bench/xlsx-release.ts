/**
 * A SYNTHETIC workbook in the shape of ICE's 2025 detainer release (docs/research/foia-release-layouts.md,
 * section C): one sheet, six title/note rows above the header, the 65 headers in their exact order,
 * Excel date cells in the date columns, numbers in the number columns, shared strings (written after
 * the sheet, as Excel writes them), redacted identifier columns and a 40-hex `Unique Identifier` per
 * person (some persons with several detainers, a few within 24 hours). Every value is invented from a
 * seed; nothing comes from a real release. At 316,000 rows (the release's size) it is the import
 * benchmark's real-sized file; a few thousand rows make the worker-path test's fixture.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { seededRandom } from './random.js';
import { ICE_2025_COLUMNS } from '../test/research/foia-fixtures.js';

/** The 2025 release's 65 headers, in order (S2 in the research note): the fixtures' list, one place. */
export const RELEASE_2025_HEADERS = ICE_2025_COLUMNS;

/** Rows above the header (S2: `skip = 6`). */
export const RELEASE_2025_PREAMBLE_ROWS = 6;
/** The release's size (S8). */
export const RELEASE_2025_ROWS = 316_000;

const STATES: readonly (readonly [string, number])[] = [
  ['TX', 20],
  ['CA', 14],
  ['FL', 10],
  ['AZ', 6],
  ['GA', 5],
  ['NY', 5],
  ['NC', 4],
  ['IL', 4],
  ['NJ', 3],
  ['WA', 3],
  ['VA', 3],
  ['CO', 3],
  ['PA', 3],
  ['TN', 3],
  ['LA', 2],
  ['OK', 2],
  ['NV', 2],
  ['UT', 2],
  ['OR', 2],
  ['SC', 2],
  ['AL', 2],
  ['MA', 2],
  ['MD', 2],
  ['MI', 2],
  ['OH', 2],
  ['IN', 2],
  ['MO', 2],
  ['MN', 1],
  ['WI', 1],
  ['KY', 1],
  ['AR', 1],
  ['KS', 1],
  ['NE', 1],
  ['IA', 1],
  ['NM', 1],
  ['ID', 1],
  ['MS', 1],
  ['CT', 1],
  ['DE', 1],
  ['RI', 1],
  ['NH', 1],
  ['ME', 1],
  ['VT', 1],
  ['MT', 1],
  ['WY', 1],
  ['SD', 1],
  ['ND', 1],
  ['WV', 1],
  ['AK', 1],
  ['HI', 1],
  ['DC', 1],
  ['PR', 1],
];
const AORS = [
  'Atlanta',
  'Baltimore',
  'Boston',
  'Buffalo',
  'Chicago',
  'Dallas',
  'Denver',
  'Detroit',
  'El Paso',
  'Harlingen',
  'Houston',
  'Los Angeles',
  'Miami',
  'New Orleans',
  'New York City',
  'Newark',
  'Philadelphia',
  'Phoenix',
  'Salt Lake City',
  'San Antonio',
  'San Diego',
  'San Francisco',
  'Seattle',
  'St. Paul',
  'Washington',
].map((city) => `${city} Area of Responsibility`);
/** Invented city names (no real place is implied; the gazetteer leaves them unmapped). */
const CITY_PARTS = ['Oak', 'River', 'Cedar', 'Pine', 'Lake', 'Mill', 'Spring', 'Rock', 'Fair', 'Green', 'Elm', 'Ash'];
const CITY_ENDS = ['ton', 'ville', ' Falls', ' Springs', 'field', 'wood', ' City', 'burg', 'port', ' Heights'];
const FACILITY_KINDS = ['COUNTY JAIL', 'DETENTION CENTER', 'CORRECTIONAL FACILITY', 'SHERIFF OFFICE', 'STATE PRISON'];
const COUNTRIES: readonly (readonly [string, number])[] = [
  ['MEXICO', 40],
  ['GUATEMALA', 13],
  ['HONDURAS', 11],
  ['EL SALVADOR', 7],
  ['VENEZUELA', 4],
  ['COLOMBIA', 3],
  ['CUBA', 3],
  ['DOMINICAN REPUBLIC', 3],
  ['ECUADOR', 3],
  ['NICARAGUA', 2],
  ['HAITI', 2],
  ['BRAZIL', 1],
  ['JAMAICA', 1],
  ['INDIA', 1],
  ['CHINA, PEOPLES REPUBLIC OF', 1],
  ['PERU', 1],
  ['UNITED STATES', 1],
  ['UNKNOWN', 1],
];
const CRIMINALITY: readonly (readonly [string, number])[] = [
  ['1 Convicted Criminal', 58],
  ['2 Pending Criminal Charges', 30],
  ['3 Other Immigration Violator', 12],
];
/** Most serious conviction charge and its NCIC offense code. */
const MSC: readonly (readonly [string, string, number])[] = [
  ['Driving Under Influence Liquor', '5404', 18],
  ['Traffic Offense', '5499', 10],
  ['Assault', '1399', 9],
  ['Dangerous Drugs', '3599', 8],
  ['Illegal Entry', '0399', 8],
  ['Illegal Re-Entry', '0311', 6],
  ['Larceny', '2399', 5],
  ['Burglary', '2299', 4],
  ['Obstructing Police', '4802', 3],
  ['Weapon Offense', '5299', 3],
  ['Family Offense', '3899', 3],
  ['Sex Assault', '1199', 2],
  ['Robbery', '1299', 2],
  ['Fraudulent Activities', '2699', 2],
  ['Homicide', '0999', 1],
  ['Kidnapping', '1099', 1],
];
/** Modern lift reasons (the list); most recent detainers have none yet. */
const LIFT_REASONS: readonly (readonly [string, number])[] = [
  ['', 35],
  ['Booked into Detention', 30],
  ['Detainer Declined by LEA', 4],
  ['Case Closed', 4],
  ['Duplicate', 3],
  ['Early Release', 2],
  ['ICE Temporary Resource Constraint', 1],
  ['Insufficient Notice to ICE', 2],
  ['No longer in State, Local, or Federal Custody', 5],
  ['Noncitizen Not Amenable to Removal', 1],
  ['Judicial Review', 1],
  ['Prosecutorial Discretion', 2],
  ['Superseding - New Form Issued', 3],
  ['USC or Presumptive Claim to US Citizenship', 1],
];
const DETAINER_TYPES: readonly (readonly [string, number])[] = [
  ['I247A - Immigration Detainer - Notice of Action', 86],
  ['I247D - Immigration Detainer - Request for Voluntary Action', 3],
  ['I247N - Request for Voluntary Notification of Release of Suspected Priority Alien', 6],
  ['I247X - Request for Voluntary Transfer', 1],
];
const CASE_STATUS = [
  'ACTIVE',
  '8-Excluded/Removed - Inadmissible',
  '3-Voluntary Departure Confirmed',
  'A-Proceedings Terminated',
  '6-Deported/Removed - Deportability',
  'E-Relief Granted',
];
const ENTRY_STATUS = ['EWI-Entered Without Inspection', 'Parolee', 'B2-Visitor for Pleasure', 'Unknown', 'LPR'];
const DISPOSITIONS = [
  'Warrant of Arrest/Notice to Appear',
  'Reinstatement of Deport Order I-871',
  'Notice to Appear Issued',
  'Expedited Removal',
  'Administrative Deportation/Removal',
];
const CASE_CATEGORIES = [
  '[16] Reinstated Final Order',
  '[8C] Excludable / Inadmissible - Administrative Final Order Issued',
  '[3] Deportable - Under Adjudication by IJ',
  '[1A] Voluntary Departure - Un-Expired and Un-Extended Departure Period',
];
const PROGRAMS = ['ERO Criminal Alien Program', 'ERO 287(g) Program', 'Fugitive Operations', 'Non-Detained Docket'];
const METHODS = ['CAP Local Incarceration', 'CAP State Incarceration', 'CAP Federal Incarceration', '287(g) Program'];
const REDACTED = ['(b)(6), (b)(7)(c)', '(b)(6), (b)(7)(c), (b)(7)(e)', '(b)(6), (b)(7)(C)'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST_DAY = Date.UTC(2023, 8, 1);
const LAST_DAY = Date.UTC(2025, 5, 20);

export interface Release2025Options {
  readonly rows: number;
  readonly seed: number;
  /** Facilities (Zipf volume: the k-th busiest gets a share proportional to 1/k). */
  readonly facilities?: number;
}

interface Facility {
  readonly name: string;
  readonly code: string;
  readonly city: string;
  readonly state: string;
  readonly aor: string;
}

/** What the writer put in the file, for exact expectations. */
export interface Release2025Summary {
  readonly rows: number;
  readonly persons: number;
  /** Rows per lift reason ('' for none). */
  readonly liftReasons: Readonly<Record<string, number>>;
  /** Rows prepared within 24 hours of the same person's previous row (each person's rows are in time order). */
  readonly likelyDuplicates: number;
  /** Distinct facilities the rows name (each facility has its own name and code). */
  readonly facilitiesUsed: number;
}

function weighted<T>(random: () => number, items: readonly (readonly [T, ...unknown[]])[], weightAt: number) {
  const total = items.reduce((n, item) => n + (item[weightAt] as number), 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const item of items) cumulative.push((sum += (item[weightAt] as number) / total));
  return (): T => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]![0];
  };
}

function facilitiesOf(random: () => number, count: number): Facility[] {
  const state = weighted(random, STATES, 1);
  const codes = new Set<string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return Array.from({ length: count }, (_, i) => {
    const city = `${CITY_PARTS[Math.floor(random() * CITY_PARTS.length)]}${CITY_ENDS[Math.floor(random() * CITY_ENDS.length)]}`;
    let code: string;
    do {
      code = Array.from({ length: 7 }, () => letters[Math.floor(random() * 26)]).join('');
    } while (codes.has(code));
    codes.add(code);
    const kind = FACILITY_KINDS[i % FACILITY_KINDS.length]!;
    return {
      name: `${city.toUpperCase()} ${kind} ${i + 1}`,
      code,
      city: city.toUpperCase(),
      state: state(),
      aor: AORS[Math.floor(random() * AORS.length)]!,
    };
  });
}

/** A 40-hex person key, derived from the seed and a number (SHA-1 shaped, as the release's are). */
function personKey(seed: number, person: number): string {
  return createHash('sha1').update(`synthetic-${seed}-${person}`).digest('hex');
}

/**
 * Writes the workbook with exceljs's streaming writer (shared strings, styles for the date cells).
 * Deterministic for a seed and size.
 */
export async function writeRelease2025Workbook(path: string, options: Release2025Options): Promise<Release2025Summary> {
  const random = seededRandom(options.seed);
  const facilities = facilitiesOf(random, options.facilities ?? 3_000);
  // Zipf over facilities: cumulative 1/k weights.
  const zipf = weighted(
    random,
    facilities.map((f, k) => [f, 1 / (k + 1)] as const),
    1,
  );
  const country = weighted(random, COUNTRIES, 1);
  const criminality = weighted(random, CRIMINALITY, 1);
  const msc = weighted(
    random,
    MSC.map(([charge, code, w]) => [[charge, code] as const, w] as const),
    1,
  );
  const liftReason = weighted(random, LIFT_REASONS, 1);
  const detainerType = weighted(random, DETAINER_TYPES, 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const yesNo = () => (random() < 0.7 ? 'NO' : random() < 0.8 ? 'YES' : '');
  const dayBefore = (at: number, maxDays: number) => new Date(at - Math.floor(random() * maxDays) * DAY);
  const wholeDay = (at: number) => new Date(at - (at % DAY));

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('Detainers');
  const preamble: unknown[][] = [
    [{ richText: [{ font: { bold: true }, text: 'U.S. Immigration and Customs Enforcement' }] }],
    ['ERO Detainers (LESA-STU) - SYNTHETIC BENCHMARK FILE, not ICE data'],
    ['Detainers prepared 09/01/2023 - 06/20/2025'],
    ['Data are as of a point in time and may change; see the notes at the end of the release.'],
    ['Information withheld under FOIA exemptions (b)(6), (b)(7)(c) and (b)(7)(e) is marked as such.'],
    ['Source: ICE Enforcement and Removal Operations, LESA Statistical Tracking Unit (synthetic).'],
  ];
  for (const cells of preamble) sheet.addRow(cells).commit();
  sheet.addRow([...RELEASE_2025_HEADERS]).commit();

  const liftCounts: Record<string, number> = {};
  // Persons: about 1.2 detainers each; a person's next detainer comes hours to months later.
  let persons = 0;
  let likelyDuplicates = 0;
  const facilitiesUsed = new Set<string>();
  const recurring: { key: string; at: number }[] = [];
  for (let row = 0; row < options.rows; row++) {
    let key: string;
    let at: number;
    if (recurring.length > 0 && random() < 0.17) {
      const previous = recurring.splice(Math.floor(random() * recurring.length), 1)[0]!;
      key = previous.key;
      // One repeat in four within a day (a likely duplicate), the rest from 25 hours to months later.
      const hours = Math.floor(random() * 20);
      at = previous.at + (random() < 0.25 ? hours * HOUR : Math.floor(1 + random() * 120) * DAY + (1 + hours) * HOUR);
      at = Math.min(at, LAST_DAY + DAY - 60_000);
      if (at - previous.at <= DAY) likelyDuplicates++;
    } else {
      key = personKey(options.seed, persons++);
      at = FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / 60_000)) * 60_000;
    }
    if (recurring.length < 5_000) recurring.push({ key, at });
    const facility = zipf();
    facilitiesUsed.add(facility.code);
    const [charge, code] = msc();
    const crim = criminality();
    const convicted = crim.startsWith('1');
    const reason = liftReason();
    liftCounts[reason] = (liftCounts[reason] ?? 0) + 1;
    const departed = reason === 'Booked into Detention' && random() < 0.4;
    const values: unknown[] = [
      new Date(at),
      facility.state,
      facility.aor,
      departed ? `${pick(['Brownsville', 'Laredo', 'Houston', 'Calexico'])}, ${pick(['TX', 'CA'])}` : null,
      departed ? country() : null,
      departed ? wholeDay(at + Math.floor(1 + random() * 60) * DAY) : null,
      pick(CASE_STATUS),
      crim,
      facility.name,
      facility.code,
      facility.city,
      Math.floor(1 + random() * 3),
      random() < 0.88 ? 'Male' : 'Female',
      country(),
      country(),
      pick(REDACTED),
      1955 + Math.floor(random() * 50),
      pick(ENTRY_STATUS),
      convicted ? charge : null,
      convicted && random() < 0.5 ? Math.floor(random() * 365) : null,
      convicted && random() < 0.3 ? Math.floor(random() * 12) : null,
      convicted && random() < 0.2 ? Math.floor(random() * 10) : null,
      convicted ? code : null,
      convicted ? wholeDay(dayBefore(at, 3_000).getTime()) : null,
      convicted ? wholeDay(dayBefore(at, 1_000).getTime()) : null,
      convicted && random() < 0.2 ? 'Y' : 'N',
      pick(DISPOSITIONS),
      pick(CASE_CATEGORIES),
      pick(PROGRAMS),
      pick(CASE_CATEGORIES),
      pick(PROGRAMS),
      pick(METHODS),
      yesNo(),
      random() < 0.3 ? wholeDay(dayBefore(at, 4_000).getTime()) : null,
      new Date(at - Math.floor(random() * 48) * HOUR),
      random() < 0.6 ? wholeDay(dayBefore(at, 9_000).getTime()) : null,
    ];
    for (let c = 37; c <= 58; c++) {
      if (c === 45) values.push(random() < 0.02 ? 'Other - see narrative' : null);
      else if (c === 50) values.push(random() < 0.1 ? wholeDay(dayBefore(at, 400).getTime()) : null);
      else values.push(yesNo() || null);
    }
    values.push(reason || null, detainerType(), pick(REDACTED), pick(REDACTED), pick(REDACTED), pick(REDACTED), key);
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await workbook.commit();
  return {
    rows: options.rows,
    persons,
    liftReasons: liftCounts,
    likelyDuplicates,
    facilitiesUsed: facilitiesUsed.size,
  };
}

/**
 * The full-size workbook under var/bench/ (gitignored), written once and reused by later runs (its
 * name carries the generator's version, rows and seed, so a change to any of them writes a new one).
 */
export async function cachedRelease2025Workbook(root: string, rows = RELEASE_2025_ROWS, seed = 2025): Promise<string> {
  const path = join(root, 'var', 'bench', `ddp-2025-layout-v3-${rows}-${seed}.xlsx`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  await writeRelease2025Workbook(partial, { rows, seed });
  renameSync(partial, path);
  return path;
}
