/**
 * SYNTHETIC fixtures, one small file per real FOIA release layout (docs/research/foia-release-layouts.md;
 * src/core/research/release-layouts.ts): the exact header names and order the research note records,
 * preamble rows (6 for the 2025, March 2026 and 44-column workbooks), several sheets where the layout
 * has them, redactions in the spellings the releases write, blanks, date cells and text dates, Excel
 * serials in text, a person's repeats within 24 hours out of file order, and rows that must be
 * rejected. Every value is invented (no row comes from a real release). Each fixture comes with what
 * the importer must make of it, computed from what was written here.
 *
 * Written by the layout tests into a temp folder, and by `npm run -s fixtures:foia -- DIR`.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { outcomeOf, type Outcome } from '../../src/core/research/outcomes.js';
import {
  COLUMN_SYNONYMS,
  isIdentifyingColumn,
  normaliseHeader,
  type LayoutField,
  type LayoutId,
} from '../../src/core/research/release-layouts.js';

export const ICE_2025_COLUMNS = [
  'Detainer Prepare Date',
  'Facility State',
  'Facility AOR',
  'Port of Departure',
  'Departure Country',
  'Departed Date',
  'Case Status',
  'Detainer Prepared Criminality',
  'Detention Facility',
  'Detention Facility Code',
  'Facility City',
  'Detainer Prep Threat Level',
  'Gender',
  'Citizenship Country',
  'Birth Country',
  'Birth Date',
  'Birth Year',
  'Entry Status',
  'Most Serious Conviction (MSC) Charge',
  'MSC Sentence Days',
  'MSC Sentence Months',
  'MSC Sentence Years',
  'MSC Charge Code',
  'MSC Charge Date',
  'MSC Conviction Date',
  'Felon',
  'Processing Disposition',
  'Case Category',
  'Final Program',
  'Time of Apprehension Case Category',
  'Time of Apprehension Current Program',
  'Apprehension Method',
  'Case Final Order Yes No',
  'Final Order Date',
  'Apprehension Date',
  'Entry Date',
  'Prior Felony Yes No',
  'Multiple Prior MISD Yes No',
  'Violent Misdemeanor Yes No',
  'Illegal Entry Yes No',
  'Illegal Reentry Yes No',
  'Immigration Fraud Yes No',
  'Significant Risk Yes No',
  'Other Removal Reason Yes No',
  'Other Removal Reason',
  'Criminal Street Gang Yes No',
  'Aggravated Felony Yes No',
  'Deportation Ordered Yes No',
  'Order to Show Cause Served Yes No',
  'Order to Show Cause Served Date',
  'Biometric Match Yes No',
  'Statements Made Yes No',
  'Unlawful Attempt Yes No',
  'Unlawful Entry Yes No',
  'Visa Yes No',
  'Final Order Yes No',
  'Federal Interest Yes No',
  'Resume Custody Yes No',
  'Detainer Lift Reason',
  'Detainer Type',
  'Alien File Number',
  'EID Case ID',
  'EID Subject ID',
  'EID DTA ID',
  'Unique Identifier',
] as const;

export const ICE_2026_03_COLUMNS = [
  'Detainer Prepare Date',
  'Facility State',
  'Facility AOR',
  'Port of Departure',
  'Departure Country',
  'Departed Date',
  'Case Status',
  'Detainer Criminality',
  'Detainer Facility',
  'Detainer Facility Code',
  'Facility City',
  'Detainer Threat Level',
  'Gender',
  'Citizenship Country',
  'Birth Country',
  'Birth Date',
  'Birth Year',
  'Entry Status',
  'MSC Charge',
  'MSC Sentence Days',
  'MSC Sentence Months',
  'MSC Sentence Years',
  'MSC Charge Code',
  'MSC Charge Date',
  'MSC Conviction Date',
  'Aggravated Felon Yes No',
  'Processing Disposition',
  'Case Category',
  'TOA Case Category',
  'TOA Current Program',
  'Apprehension Method',
  'Final Order Yes No',
  'Final Order Date',
  'Apprehension Date',
  'Entry Date',
  'Prior Felony Yes No',
  'Multiple Prior MISD Yes No',
  'Violent Misdemeanor Yes No',
  'Illegal Entry Yes No',
  'Illegal Reentry Yes No',
  'Immigration Fraud Yes No',
  'Significant Risk Yes No',
  'Other Removal Reason Yes No',
  'Other Removal Reason',
  'Criminal Street Gang Yes No',
  'Aggravated Felony Yes No',
  'Deportation Ordered Yes No',
  'Order to Show Cause Served Yes No',
  'Order to Show Cause Served Date',
  'Biometric Match Yes No',
  'Statements Made Yes No',
  'Unlawful Attempt Yes No',
  'Unlawful Entry Yes No',
  'Visa Yes No',
  'Federal Register Notice Yes No',
  'Resume Custody Yes No',
  'Detainer Lift Reason',
  'Detainer Lift Reason Code',
  'Active Investigation Yes No',
  'Arrest Warrant Served Date',
  'Detainer Type',
  'Notify Release Request Yes No',
  'TOD Current Duty Site',
  'EID DTA ID',
  'Anonymized Identifier',
] as const;

export const ICE_2026_08_COLUMNS = [
  'Apprehension Date',
  'Apprehension Method',
  'Biometric Match Yes No',
  'Birth Country',
  'Birth Year',
  'Case Category',
  'Case Status',
  'Citizenship Country',
  'Departed Date',
  'Departure Country',
  'Deportation Ordered Yes No',
  'Detainer Lift Reason',
  'Detainer Prepared Threat Level',
  'Detainer Prepared Date',
  'Detainer Prepared Criminality',
  'Detainer Type',
  'Detention Facility',
  'Detention Facility Code',
  'Entry Date',
  'Entry Status',
  'AOR',
  'City',
  'State',
  'Felon',
  'Final Order Date',
  'Final Order Yes No',
  'TOD Final Program',
  'Gender',
  'MSC Charge',
  'MSC Charge Code',
  'MSC Charge Date',
  'MSC Conviction Date',
  'Sentence Days',
  'Sentence Months',
  'Sentence Years',
  'Order to Show Cause Served Yes No',
  'Port Of Departure',
  'Processing Disposition',
  'Resume Custody Yes No',
  'Statements Made Yes No',
  'TOA Case Category',
  'TOA Case Category Code',
  'Alien File Number',
  'Anonymized Unique Identifier',
] as const;

export const TRAC_COLUMNS = [
  'Detainer Lift Reason',
  'Detainer Type',
  'Detainer Lift Reason Code',
  'Detainer Lift Reason2',
  'Detainer Lift Reason Code2',
  'Arrest Warrant Served Yes No',
  'Deportation Ordered Yes No',
  'Active Investigation Yes No',
  'Order to Show Cause Served Yes No',
  'Biometric Match Yes No',
  'Statements Made Yes No',
  'Prior Felony Yes No',
  'Multiple Prior Misd Yes No',
  'Violent Misdemeanor Yes No',
  'Illegal Entry Yes No',
  'Illegal Reentry Yes No',
  'Immigration Fraud Yes No',
  'Significant Risk Yes No',
  'Other Removal Reason Yes No',
  'Other Removal Reason',
  'Aggravated Felony Yes No',
  'Criminal Street Gang Yes No',
  'Detainer Request Upon Conviction Yes No',
  'Resume Custody Yes No',
  'Component Notified',
  'Previous Detainer Cancel Yes No',
  'Unlawful Entry Yes No',
  'Unlawful Attempt Yes No',
  'Final Order Yes No',
  'Federal Interest Yes No',
  'Visa Yes No',
  'Death Transfer Notify Request Yes No',
  'Federal Register Notice Yes No',
  'Notify Release Request Yes No',
  'Request Acceptance Yes No',
  'Return Signature Request Yes No',
  'Return Envelope Include Yes No',
  'Return by Fax Yes No',
  'Detainer AOR',
  'Program',
  'Active Yes No',
  'Detainer Detention Facility Code',
  'Government Employee ID',
  'Return to Employee ID',
  'Detainer Inmate Number Type Code',
  'Detainer Facility Other Type',
  'Other Detainer Facility Name',
  'Projected Release Day',
  'Projected Release Month',
  'Detainer Detention Facility',
  'Detainer Facility Function',
  'Detainer Facility Type',
  'Apprehension AOR',
  'Apprehension Site',
  'Apprehension Final Program',
  'Apprehension Method',
  'Apprehension Program Group',
  'Port of Departure',
  'Departure Country',
  'Case Category',
  'Gender',
  'Birth Country',
  'Birth City',
  'Birth State',
  'Citizenship Country',
  'Birth Date',
  'Race',
  'Ethnicity',
  'Admission Class',
  'Student Violator Yes No',
  'Non Immigrant Status Violation Yes No',
  'Non Immigrant Overstay Yes No',
  'EO VISA Abuse Flag',
  'EO Person Visa Abuse Yes No',
  'EO Gang Flag',
  'EO Person Gang Flag',
  'Entry Status',
  'Latest Entry Status',
  'Detainer Most Serious Conviction Charge Code',
  'Detainer Most Serious Conviction Charge',
  'Detainer Most Serious Conviction Crime Class',
  'Detainer Most Serious Conviction Criminal Charge Status',
  'Detainer Most Serious Charge Code',
  'Detainer Most Serious Charge',
  'Detainer Most Serious Charge Crime Class',
  'Detainer Most Serious Criminal Charge Status',
  'Detainer Most Serious Pending Charge Code',
  'Detainer Most Serious Pending Charge',
  'Detainer Most Serious Pending Criminal Charge Status',
  'Detainer Most Serious Pending Crime Class',
  'Aggravated Felon Type',
  'Mandatory Detention Yes No',
  'Detainer Prepared Criminality',
  'Detainer Threat Level',
  'Processing Disposition',
  'Latest Detainer Yes No',
  'Detainer Removal Case Yes No',
  'Current Yes No',
  'Apprehension Site Landmark',
  'EID DTA ID',
  'Detainer ID',
  'EID Subject ID',
  'EID Civilian ID',
  'EID Person ID',
  'EID Case ID',
  'Alien Number Unique Identifier',
  'Alien File Number',
  'Subject Name',
  'Apprehension Program',
  'Detainer Prepare Date',
  'Detainer Lift Date',
  'Previous Detainer Cancel Prep Date',
  'Order to Show Cause Served Date',
  'Arrest Warrant Served Date',
  'EID DTA Create Date',
  'Projected Release Date',
  'Apprehension Date',
  'Departed Date',
  'Final Order Date',
  'Entry Date',
  'Latest Entry Date',
  'Detainer Most Serious Conviction Conviction Date',
  'Detainer Most Serious Conviction Charge Date',
  'Detainer Most Serious Charge Date',
  'Most Serious Charge Conviction Date',
  'Detainer Most Serious Pending Conviction Date',
  'Detainer Most Serious Pending Charge Date',
  'Detainer Prepare Fiscal Year',
  'Projected Release Year',
  'Birth Year',
  'Detainer Most Serious Conviction Sentence Days',
  'Detainer Most Serious Conviction Sentence Months',
  'Detainer Most Serious Conviction Sentence Years',
  'Detainer Most Serious Charge Sentence Days',
  'Detainer Most Serious Charge Sentence Months',
  'Detainer Most Serious Charge Sentence Years',
  'Detainer Most Serious Pending Sentence Days',
  'Detainer Most Serious Pending Sentence Months',
  'Detainer Most Serious Pending Sentence Years',
] as const;

export const NPR_EXPORT_COLUMNS = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'] as const;
/** Layout A: the six columns NPR's script reads, as spelled in ICE's files (S1); the rest of the header is unconfirmed. */
export const ICE_LEA_COLUMNS = [
  'Prepare Date',
  'Detainer Lift Reason',
  'Detainer Detention Facility',
  'City',
  'State',
  'Detainer Type',
] as const;
/** Layout B (tab-delimited): the columns DDP's merge names (S5); exact spelling and the rest unconfirmed. */
export const DDP_FY_COLUMNS = [
  'Prepare Date',
  'Detainer Lift Reason',
  'Detainer Lift Reason 2 Code',
  'Detention Facility',
  'Area Of Responsibility',
  'State',
  'Detainer Type',
  'OSC Served Yes No',
  'OSC Served Date',
] as const;
/** Layout G: DDP's processed names (S4, S7). */
export const DDP_PROCESSED_COLUMNS = [
  'detainer_prepare_date',
  'facility_state',
  'facility_aor',
  'facility_city',
  'detention_facility',
  'detention_facility_code',
  'detainer_prepared_criminality',
  'citizenship_country',
  'msc_charge',
  'msc_charge_code',
  'detainer_lift_reason',
  'detainer_type',
  'unique_identifier',
  'duplicate_likely',
  'file_original',
  'sheet_original',
  'row_original',
] as const;

type DateFormat =
  | 'iso-midnight'
  | 'iso'
  | 'm/d/yy'
  | 'm/d/yyyy'
  | 'm/d/yyyy h:mm AM'
  | 'date-cell'
  | 'serial-text'
  | 'serial-number'
  | 'DDMONYY'
  | 'DD-MON-YYYY';

/** One detainer as the fixture means it; `at` is the prepare instant the importer must read (null: rejected for its date). */
interface Event {
  readonly at: number | null;
  /** The prepare-date cell when it is not a date (`at` null). */
  readonly badDate?: string;
  readonly rejectReason?: string;
  readonly liftReason: string;
  readonly facility: string;
  readonly facilityCode: string;
  readonly city: string;
  readonly state: string;
  /** The state's USPS code as the importer reads it. */
  readonly stateCode: string | null;
  readonly aor: string;
  readonly citizenship: string;
  readonly criminality: string;
  readonly mscCharge: string;
  readonly mscChargeCode: string;
  readonly form: string;
  /** A person key (a made-up token), a redaction, or '' (none). */
  readonly person: string;
}

export interface FixtureExpectation {
  readonly layout: LayoutId;
  readonly file: string;
  readonly delimiter: string | null;
  readonly preambleRows: number;
  readonly sheets: readonly { name: string; skipped: boolean; rowsRead: number }[];
  readonly rowsRead: number;
  readonly rowsLoaded: number;
  readonly rejectedByReason: Readonly<Record<string, number>>;
  readonly outcomes: Readonly<Partial<Record<Outcome, number>>>;
  /** Redacted cells per column (header name as written), columns with none left out. */
  readonly redacted: Readonly<Record<string, number>>;
  /** Lines of the records flagged as likely duplicates (same person within 24 h, in time order). */
  readonly duplicateLines: readonly number[];
  readonly facilities: number;
  readonly liftReasonCodes: Readonly<Record<string, number>>;
  /** Every person key and identifying value the file holds: none may reach a permanent table. */
  readonly secrets: readonly string[];
  /** Per loaded record by line: the facility code and dimensions the importer must read. */
  readonly dimensions: Readonly<Record<number, Record<string, string | null>>>;
}

const REDACTIONS: Readonly<Record<LayoutId, readonly string[]>> = {
  'npr-export': [],
  'ice-lea': [],
  'ddp-fy': ['(b)(6)', '(b)(7)(e)'],
  'ice-2025': ['(b)(6), (b)(7)(c)', '(b)(7)(e)', '(b)(6)(b)(7)(c)'],
  'ice-2026-03': ['b(6), b(7)c', 'b(6), b(7)C'],
  'ice-2026-08': ['b(6), b(7)c', 'b(6), b(7)(c)'],
  trac: ['(b)(6)(b)(7)(c)', '(b)(6),(b)(7)(c)', 'b(7)(e)'],
  'ddp-processed': ['(b)(6), (b)(7)(c)'],
  generic: ['(b)(6)'],
};

const H = 3_600_000;
const D = 24 * H;

/**
 * The events of a fixture (file order): a person twice within 24 hours with the later row first in
 * the file, a third time two days on, a redacted person, a redacted facility, modern and NPR-era lift
 * reasons, and three rows that must be rejected (no date, not a date, an unknown state or year 0002).
 */
function eventsFor(layout: LayoutId, tag: string): Event[] {
  const modern = !['npr-export', 'ice-lea', 'ddp-fy'].includes(layout);
  const year = modern ? 2024 : 2010;
  const day = (m: number, d: number, h = 0) => Date.UTC(year, m - 1, d, h);
  const red = REDACTIONS[layout];
  const redaction = (i: number) => red[i % Math.max(red.length, 1)] ?? '';
  const base = {
    facilityCode: 'SYNJAIL',
    aor: 'PHI',
    citizenship: 'MEXICO',
    criminality: '1 Convicted Criminal',
    mscCharge: 'SYNTHETIC CHARGE',
    mscChargeCode: '5404',
    form: modern ? 'I247A - Immigration Detainer - Notice of Action' : 'I247 - Immigration Detainer - Notice of Action',
  };
  const jailA = { facility: 'SYNTHETIC CNTY JAIL', city: 'DOYLESTOWN', state: 'PA', stateCode: 'PA' };
  const jailB = {
    facility: 'SYNTHETIC DETENTION CTR',
    city: 'HOUSTON',
    state: 'TX',
    stateCode: 'TX',
    facilityCode: 'SYNHOUTX',
    aor: 'HOU',
    citizenship: 'GUATEMALA',
    criminality: '3 Other Immigration Violator',
    mscCharge: '',
    mscChargeCode: '',
  };
  const p = (n: number) => (modern ? `PK-${tag}-${n}` : '');
  const events: Event[] = [
    { ...base, ...jailA, at: day(1, 10, 10), liftReason: 'Booked into Detention', person: p(1) },
    { ...base, ...jailB, at: day(1, 11), liftReason: 'Detainer Declined by LEA', person: p(2) },
    // The same person, two hours EARLIER than the first row: in time order the first row is the repeat.
    { ...base, ...jailA, at: day(1, 10, 8), liftReason: 'Booked into Detention', person: p(1) },
    // Facility name redacted.
    { ...base, ...jailA, facility: redaction(0) || '', at: day(2, 1), liftReason: '', person: p(3) },
    { ...base, ...jailB, at: day(2, 2), liftReason: 'Case Closed', person: modern ? redaction(1) || '' : '' },
    {
      ...base,
      ...jailB,
      at: day(1, 13),
      liftReason: modern ? 'Superseding - New Form Issued' : 'Lifted',
      person: p(2),
    },
    {
      ...base,
      ...jailA,
      at: day(3, 1),
      liftReason: modern ? 'USC or Presumptive Claim to US Citizenship' : 'United States Citizen Interviewed',
      person: p(4),
    },
    {
      ...base,
      ...jailA,
      at: day(3, 5, 12),
      liftReason: modern ? 'ICE Temporary Resource Constraint' : 'Transferred',
      person: p(5),
      city: redaction(2) || 'DOYLESTOWN',
    },
    {
      ...base,
      ...jailA,
      at: null,
      badDate: 'not a date',
      rejectReason: 'prepare date not a date',
      liftReason: '',
      person: p(6),
    },
    { ...base, ...jailA, at: null, badDate: '', rejectReason: 'prepare date missing', liftReason: '', person: p(7) },
  ];
  if (layout === 'trac' || layout === 'ice-2026-08') {
    // TRAC has no state column; the 44-column release has a text date of year 0002 (S7).
    events.push({
      ...base,
      ...jailA,
      at: null,
      badDate: '06/14/0002 03:10 PM',
      rejectReason: 'prepare date not a date',
      liftReason: '',
      person: p(8),
    });
  } else {
    events.push({
      ...base,
      ...jailA,
      state: 'ATLANTIS',
      stateCode: null,
      at: day(3, 9),
      rejectReason: 'state unknown',
      liftReason: 'Early Release',
      person: p(8),
    });
  }
  return events;
}

interface LayoutSpec {
  readonly id: LayoutId;
  readonly file: string;
  readonly columns: readonly string[];
  readonly delimiter?: ',' | '\t' | ';';
  readonly preamble: number;
  /** Data sheets (workbooks); the events are dealt to them in turn. */
  readonly sheets?: readonly string[];
  /** A sheet with notes and no header, before the data sheets. */
  readonly notesSheet?: string;
  readonly dates: readonly DateFormat[];
  /** Rows of the wrong length (text files of the npr family). */
  readonly shortRow?: boolean;
}

export const FIXTURE_LAYOUTS: readonly LayoutSpec[] = [
  {
    id: 'npr-export',
    file: 'npr-export.csv',
    columns: NPR_EXPORT_COLUMNS,
    delimiter: ',',
    preamble: 0,
    dates: ['iso-midnight'],
    shortRow: true,
  },
  {
    id: 'ice-lea',
    file: 'lea-detainers-FY10_raw.txt',
    columns: ICE_LEA_COLUMNS,
    delimiter: ',',
    preamble: 0,
    dates: ['m/d/yy', 'DDMONYY', 'm/d/yy', 'DD-MON-YYYY'],
    shortRow: true,
  },
  {
    id: 'ddp-fy',
    file: 'detainersfy10_raw.csv',
    columns: DDP_FY_COLUMNS,
    delimiter: '\t',
    preamble: 0,
    dates: ['iso', 'm/d/yy', 'iso', 'm/d/yyyy'],
  },
  {
    id: 'ice-2025',
    file: 'ERO Detainers_LESA-STU_FINAL Redacted (synthetic).xlsx',
    columns: ICE_2025_COLUMNS,
    preamble: 6,
    sheets: ['Detainers'],
    dates: ['date-cell', 'date-cell', 'date-cell', 'serial-text', 'm/d/yyyy', 'serial-number'],
  },
  {
    id: 'ice-2026-03',
    file: 'Detainers_FY24_synthetic.xlsx',
    columns: ICE_2026_03_COLUMNS,
    preamble: 6,
    sheets: ['FY24 part 1', 'FY24 part 2'],
    dates: ['date-cell', 'date-cell', 'date-cell', 'iso', 'm/d/yyyy h:mm AM'],
  },
  {
    id: 'ice-2026-08',
    file: 'DPR Detainers FY26 (synthetic).xlsx',
    columns: ICE_2026_08_COLUMNS,
    preamble: 6,
    sheets: ['Sheet1', 'Sheet2'],
    dates: ['date-cell', 'date-cell', 'date-cell', 'm/d/yyyy h:mm AM', 'serial-text'],
  },
  {
    id: 'trac',
    file: 'TRAC ERO Detainers_FY24_synthetic.xlsx',
    columns: TRAC_COLUMNS,
    preamble: 2,
    sheets: ['Page 1', 'Page 2'],
    notesSheet: 'Notes',
    dates: ['date-cell', 'serial-text', 'date-cell', 'serial-number'],
  },
  {
    id: 'ddp-processed',
    file: 'detainers-processed.csv',
    columns: DDP_PROCESSED_COLUMNS,
    delimiter: ',',
    preamble: 0,
    dates: ['iso', 'iso', 'iso', 'iso-midnight'],
  },
];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const two = (n: number) => String(n).padStart(2, '0');

/** The prepare-date cell of an event in a format (a Date or a number for workbook cells). */
function dateCell(at: number, format: DateFormat): string | number | Date {
  const d = new Date(at);
  const [y, m, day, h, mi] = [
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  ];
  const serial = (at - Date.UTC(1899, 11, 30)) / D;
  switch (format) {
    case 'iso-midnight':
      return `${d.toISOString().slice(0, 10)} 00:00:00`;
    case 'iso':
      return d.toISOString().slice(0, 19);
    case 'm/d/yy':
      return `${m}/${day}/${two(y % 100)}`;
    case 'm/d/yyyy':
      return `${m}/${day}/${y}`;
    case 'm/d/yyyy h:mm AM':
      return `${two(m)}/${two(day)}/${y} ${two(h % 12 === 0 ? 12 : h % 12)}:${two(mi)} ${h < 12 ? 'AM' : 'PM'}`;
    case 'date-cell':
      return d;
    case 'serial-text':
      return String(serial);
    case 'serial-number':
      return serial;
    case 'DDMONYY':
      return `${two(day)}${MONTHS[m - 1]}${two(y % 100)}`;
    case 'DD-MON-YYYY':
      return `${two(day)}-${MONTHS[m - 1]}-${y}`;
  }
}

/** Formats that lose the time of day. */
const DATE_ONLY: ReadonlySet<DateFormat> = new Set(['iso-midnight', 'm/d/yy', 'm/d/yyyy', 'DDMONYY', 'DD-MON-YYYY']);

const FIELD_OF = new Map<string, LayoutField>();
for (const [field, names] of Object.entries(COLUMN_SYNONYMS) as [LayoutField, readonly string[]][]) {
  for (const name of names) if (!FIELD_OF.has(name)) FIELD_OF.set(name, field);
}

interface WrittenRow {
  readonly cells: (string | number | Date)[];
  readonly line: number;
  readonly event: Event;
  /** The instant the importer reads (the event's, or midnight when the format has no time). */
  readonly at: number | null;
}

/** A row's cells under a header; identifying columns get made-up tokens (or a redaction) collected in `secrets`. */
function rowCells(
  spec: LayoutSpec,
  event: Event,
  index: number,
  secrets: Set<string>,
  date: string | number | Date,
): (string | number | Date)[] {
  const seen = new Set<LayoutField>();
  const red = REDACTIONS[spec.id];
  return spec.columns.map((column, c) => {
    const name = normaliseHeader(column);
    const field = FIELD_OF.get(name);
    // The first column of a field is the one the importer reads (the synonyms' order within a header is the header's).
    if (field && !seen.has(field) && firstOfField(spec, field) === c) {
      seen.add(field);
      if (field === 'preparedDate') return date;
      if (field === 'personKey') {
        if (event.person.startsWith('PK-')) secrets.add(event.person);
        return event.person;
      }
      if (field === 'liftReasonCode') return event.liftReason === 'Booked into Detention' ? 'B' : '';
      return (event as unknown as Record<string, string>)[field] ?? '';
    }
    if (isIdentifyingColumn(name)) {
      if (index % 3 === 2 && red.length > 0) return red[index % red.length]!;
      const token = `ID-${spec.id}-${c}-${index}`;
      secrets.add(token);
      return token;
    }
    if (/ yes no$/i.test(column) || / Yes No$/.test(column)) return index % 2 ? 'YES' : 'NO';
    return '';
  });
}

/** The column a field is read from: the header's column named by the field's first synonym present. */
function firstOfField(spec: LayoutSpec, field: LayoutField): number {
  const names = spec.columns.map(normaliseHeader);
  for (const synonym of COLUMN_SYNONYMS[field]) {
    const i = names.indexOf(synonym);
    if (i >= 0) return i;
  }
  return -1;
}

function csvText(rows: readonly (readonly (string | number | Date)[])[], delimiter: string): string {
  const quote = (cell: string | number | Date) => {
    const text = String(cell);
    return text.includes(delimiter) || text.includes('"') || text.includes('\n')
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  return `${rows.map((r) => r.map(quote).join(delimiter)).join('\n')}\n`;
}

/** Writes one layout's fixture into `dir`; returns what the importer must make of it. */
export async function writeFixture(spec: LayoutSpec, dir: string): Promise<FixtureExpectation> {
  const tag = spec.id.replace(/[^a-z0-9]/g, '');
  const events = eventsFor(spec.id, tag);
  const secrets = new Set<string>();
  const written: WrittenRow[] = [];
  const sheets = spec.sheets ?? [null];
  const bySheet: WrittenRow[][] = sheets.map(() => []);
  events.forEach((event, i) => {
    const format = spec.dates[i % spec.dates.length]!;
    const date = event.at === null ? (event.badDate ?? '') : dateCell(event.at, format);
    const at = event.at === null ? null : DATE_ONLY.has(format) ? event.at - (event.at % D) : event.at;
    const row: WrittenRow = { cells: rowCells(spec, event, i, secrets, date), line: 0, event, at };
    bySheet[i % sheets.length]!.push(row);
  });
  const path = join(dir, spec.file);
  const sheetReports: { name: string; skipped: boolean; rowsRead: number }[] = [];
  if (spec.delimiter) {
    // Text: header on line 1; rows numbered from line 2; the npr family gets a row of the wrong length last.
    const rows = bySheet[0]!.map((r, i) => ({ ...r, line: i + 2 }));
    written.push(...rows);
    const lines = [spec.columns, ...rows.map((r) => r.cells)];
    if (spec.shortRow) lines.push(['2010-01-01', 'Lifted', 'SHORT ROW']);
    writeFileSync(path, csvText(lines, spec.delimiter));
  } else {
    const workbook = new ExcelJS.Workbook();
    let offset = 0;
    if (spec.notesSheet) {
      const notes = workbook.addWorksheet(spec.notesSheet);
      const texts = [
        'SYNTHETIC TEST FIXTURE - not ICE data',
        'Notes on the release (invented)',
        'No data on this sheet',
      ];
      for (const text of texts) notes.addRow([text]);
      sheetReports.push({ name: spec.notesSheet, skipped: true, rowsRead: 0 });
      offset += texts.length;
    }
    sheets.forEach((name, s) => {
      const sheet = workbook.addWorksheet(name!);
      for (let p = 0; p < spec.preamble; p++) {
        sheet.addRow([p === 0 ? 'SYNTHETIC TEST FIXTURE - not ICE data' : `Preamble line ${p + 1} (invented)`]);
      }
      sheet.addRow([...spec.columns]);
      const rows = bySheet[s]!.map((r, i) => ({ ...r, line: offset + spec.preamble + 2 + i }));
      for (const r of rows) sheet.addRow(r.cells);
      written.push(...rows);
      sheetReports.push({ name: name!, skipped: false, rowsRead: rows.length });
      offset += spec.preamble + 1 + rows.length;
    });
    await workbook.xlsx.writeFile(path);
  }

  // What the importer must make of it.
  const loaded = written.filter((r) => r.at !== null && r.event.rejectReason === undefined);
  const rejectedByReason: Record<string, number> = {};
  for (const r of written) {
    if (r.event.rejectReason !== undefined)
      rejectedByReason[r.event.rejectReason] = (rejectedByReason[r.event.rejectReason] ?? 0) + 1;
  }
  if (spec.shortRow) rejectedByReason[`expected ${spec.columns.length} columns, found 3`] = 1;
  const outcomes: Partial<Record<Outcome, number>> = {};
  for (const r of loaded) {
    const outcome = outcomeOf(r.event.liftReason === '' ? null : r.event.liftReason);
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  const redactions = new Set(REDACTIONS[spec.id]);
  const redacted: Record<string, number> = {};
  for (const r of written) {
    r.cells.forEach((cell, c) => {
      if (typeof cell === 'string' && redactions.has(cell))
        redacted[spec.columns[c]!] = (redacted[spec.columns[c]!] ?? 0) + 1;
    });
  }
  const isValue = (text: string) => text !== '' && !redactions.has(text);
  const has = (field: LayoutField) => firstOfField(spec, field) >= 0;
  const facilities = new Set<string>();
  for (const r of loaded) {
    const e = r.event;
    const name = has('facility') && isValue(e.facility) ? e.facility : null;
    const city = has('city') && isValue(e.city) ? e.city : null;
    const code = has('facilityCode') ? e.facilityCode : null;
    const state = has('state') ? e.stateCode : null;
    // A facility with a code is one facility whatever its spelling (facilities as stable identities).
    if (code !== null) facilities.add(JSON.stringify(['code', code]));
    else if (name !== null || city !== null) facilities.add(JSON.stringify([name ?? '', city, state]));
  }
  const duplicateLines: number[] = [];
  const previous = new Map<string, number>();
  for (const r of [...loaded].sort((a, b) => a.at! - b.at! || a.line - b.line)) {
    const person = r.event.person;
    if (!has('personKey') || !isValue(person)) continue;
    const before = previous.get(person);
    if (before !== undefined && Math.abs(r.at! - before) <= D) duplicateLines.push(r.line);
    previous.set(person, r.at!);
  }
  const liftReasonCodes: Record<string, number> = {};
  if (has('liftReasonCode')) {
    for (const r of loaded)
      if (r.event.liftReason === 'Booked into Detention') liftReasonCodes.B = (liftReasonCodes.B ?? 0) + 1;
  }
  const dimensions: Record<number, Record<string, string | null>> = {};
  for (const r of loaded) {
    const value = (field: LayoutField) => {
      const text = (r.event as unknown as Record<string, string>)[field] ?? '';
      return has(field) && isValue(text) ? text : null;
    };
    dimensions[r.line] = {
      facilityCode: value('facilityCode'),
      aor: value('aor'),
      citizenship: value('citizenship'),
      criminality: value('criminality'),
      mscCharge: value('mscCharge'),
      mscChargeCode: value('mscChargeCode'),
    };
  }
  return {
    layout: spec.id,
    file: spec.file,
    delimiter: spec.delimiter ?? null,
    preambleRows: spec.notesSheet ? spec.preamble : spec.preamble,
    sheets: sheetReports,
    rowsRead: written.length + (spec.shortRow ? 1 : 0),
    rowsLoaded: loaded.length,
    rejectedByReason,
    outcomes,
    redacted,
    duplicateLines: duplicateLines.sort((a, b) => a - b),
    facilities: facilities.size,
    liftReasonCodes,
    secrets: [...secrets],
    dimensions,
  };
}

/** Writes every layout's fixture into `dir` (created if need be). */
export async function writeFoiaFixtures(dir: string): Promise<FixtureExpectation[]> {
  mkdirSync(dir, { recursive: true });
  const out: FixtureExpectation[] = [];
  for (const spec of FIXTURE_LAYOUTS) out.push(await writeFixture(spec, dir));
  return out;
}

/** The text layouts (one delimited file each), for the benchmark's scaled-up fixtures. */
export const TEXT_LAYOUTS = FIXTURE_LAYOUTS.filter((spec) => spec.delimiter !== undefined).map((spec) => spec.id);

/**
 * A text layout's fixture scaled up (the benchmark's real-layout files): the header as the fixture writes
 * it, then the fixture's events over and over until `rows` data rows, each round moved back by whole days
 * (up to five years, so the dates spread as a real release's do), its facilities numbered among
 * `facilities` (name and code: many facilities, as real releases have, not two), its person keys its own;
 * the rows the importer must reject (no date, not a date, an unknown state) in the first round only (a
 * real release has few; a quarter of the rows rejected would time the reject path, not the load); no row
 * of the wrong length. Dates in the layout's formats in turn. Written in chunks to `file`. Answers the
 * data rows written, those the importer must load, and the delimiter. With `placed` false, every city
 * and state cell is left empty (a release that names its facilities by code and places none, as TRAC's;
 * its rows without a state are then loaded, not rejected, so `loaded` does not count for it).
 */
export function writeScaledFixture(
  layout: LayoutId,
  rows: number,
  file: string,
  facilities = 3000,
  placed = true,
): { rows: number; loaded: number; delimiter: string } {
  const spec = FIXTURE_LAYOUTS.find((s) => s.id === layout);
  if (!spec?.delimiter) throw new Error(`${layout} is not a text layout`);
  const delimiter = spec.delimiter;
  const all = eventsFor(spec.id, spec.id.replace(/[^a-z0-9]/g, ''));
  const kept = all.filter((e) => e.at !== null && e.rejectReason === undefined);
  const redactions = new Set(REDACTIONS[spec.id]);
  let loaded = 0;
  const numbered = (text: string, n: number) => (text === '' || redactions.has(text) ? text : `${text} ${n}`);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, csvText([spec.columns], delimiter));
    const chunk: (string | number | Date)[][] = [];
    const secrets = new Set<string>();
    for (let i = 0; i < rows; i++) {
      const inFirst = i < all.length;
      const round = inFirst ? 0 : 1 + Math.floor((i - all.length) / kept.length);
      const base = inFirst ? all[i]! : kept[(i - all.length) % kept.length]!;
      if (base.at !== null && base.rejectReason === undefined) loaded++;
      const facility = round % facilities;
      const event: Event = {
        ...base,
        at: base.at === null ? null : base.at - (round % (5 * 365)) * D,
        facility: numbered(base.facility, facility),
        facilityCode: `${base.facilityCode}${facility}`,
        person: base.person.startsWith('PK-') ? `${base.person}-${round}` : base.person,
        ...(placed ? {} : { city: '', state: '' }),
      };
      const date = event.at === null ? (event.badDate ?? '') : dateCell(event.at, spec.dates[i % spec.dates.length]!);
      chunk.push(rowCells(spec, event, i, secrets, date));
      if (chunk.length === 10_000 || i === rows - 1) {
        writeSync(fd, csvText(chunk, delimiter));
        chunk.length = 0;
        secrets.clear();
      }
    }
  } finally {
    closeSync(fd);
  }
  return { rows, loaded, delimiter };
}
