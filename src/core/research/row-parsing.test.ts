import { describe, expect, it } from 'vitest';
import { NO_DIMENSIONS, type ResearchGazetteer } from './research-record.js';
import {
  cellState,
  createRowParser,
  isHeaderRow,
  isRedacted,
  normaliseHeader,
  parseReleaseDate,
} from './row-parsing.js';

const gazetteer: ResearchGazetteer = {
  stateCode: (s) => ({ PENNSYLVANIA: 'PA', PA: 'PA', 'NEW YORK': 'NY', TX: 'TX' })[s.trim().toUpperCase()] ?? null,
  countyFips: () => null,
};
const NPR_HEADER = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'];

describe('FOIA redactions', () => {
  it.each(['(b)(6)(b)(7)(c)', '(b)(6), (b)(7)(c)', '(b)(6)', ' (b)(7)(C) ', '(b)(6);(b)(7)(c)', '(b) (6), (b) (7)(c)'])(
    '%s is a redaction',
    (text) => {
      expect(isRedacted(text)).toBe(true);
      expect(cellState(text)).toBe('redacted');
    },
  );
  it.each(['b6', '(b)', 'Case Closed', '(6)', 'HOLD (b)(6)'])('%s is not', (text) => {
    expect(isRedacted(text)).toBe(false);
  });
  it('tells empty from value', () => {
    expect(cellState('  ')).toBe('empty');
    expect(cellState(undefined)).toBe('empty');
    expect(cellState('x')).toBe('value');
  });
});

describe('release dates', () => {
  it('reads NPR, ISO and US forms', () => {
    expect(parseReleaseDate('2007-10-02 00:00:00')).toEqual({ date: '2007-10-02', at: Date.UTC(2007, 9, 2) });
    expect(parseReleaseDate('2023-11-05T14:30:00')?.at).toBe(Date.UTC(2023, 10, 5, 14, 30));
    expect(parseReleaseDate('2/29/2024')?.date).toBe('2024-02-29');
    expect(parseReleaseDate('11/5/2023 2:30 PM')?.at).toBe(Date.UTC(2023, 10, 5, 14, 30));
    expect(parseReleaseDate('11/5/2023 12:10 AM')?.at).toBe(Date.UTC(2023, 10, 5, 0, 10));
  });
  it.each(['2023-02-29', '2023-13-01', '13/40/2020', 'yesterday', '', '2023-01-01 25:00:00'])('rejects %j', (text) => {
    expect(parseReleaseDate(text)).toBeNull();
  });
});

describe('NPR rows', () => {
  const parser = createRowParser('npr', NPR_HEADER, gazetteer);

  it('recognises the header in any case', () => {
    expect(
      isHeaderRow(
        'npr',
        NPR_HEADER.map((h) => h.toUpperCase()),
      ),
    ).toBe(true);
    expect(isHeaderRow('npr', ['date', 'lift_reason'])).toBe(false);
    expect(normaliseHeader(' Detainer Prepare Date ')).toBe('detainer_prepare_date');
  });

  it('maps the state name to USPS, keeps the form and the facility as given', () => {
    const parsed = parser.parse({
      line: 2,
      cells: [
        '2014-05-01 00:00:00',
        'Booked into Detention',
        'BUCKS CNTY JAIL, PA',
        'DOYLESTOWN',
        'PENNSYLVANIA',
        'I247D',
      ],
    });
    expect(parsed).toEqual({
      ok: true,
      record: {
        line: 2,
        preparedDate: '2014-05-01',
        preparedAt: Date.UTC(2014, 4, 1),
        facility: { name: 'BUCKS CNTY JAIL, PA', code: null, city: 'DOYLESTOWN', state: 'PA' },
        state: 'PA',
        form: 'I247D',
        liftReason: 'Booked into Detention',
        outcome: 'transferred-to-ice',
        personKey: null,
        dimensions: NO_DIMENSIONS,
        extra: null,
      },
    });
  });

  it('reads an empty lift reason as pending and an empty type as unknown form', () => {
    const parsed = parser.parse({ line: 3, cells: ['2008-01-02 00:00:00', '', 'X', 'Y', 'NEW YORK', ''] });
    expect(parsed.ok && parsed.record).toMatchObject({ outcome: 'pending', liftReason: null, form: null, state: 'NY' });
  });

  it('rejects an unknown state, a bad date and a short row, naming the reason', () => {
    expect(parser.parse({ line: 4, cells: ['2008-01-02 00:00:00', '', 'X', 'Y', 'ATLANTIS', ''] })).toEqual({
      ok: false,
      problem: { line: 4, reason: 'state unknown' },
    });
    expect(parser.parse({ line: 5, cells: ['2008-02-30', '', 'X', 'Y', 'TX', ''] })).toMatchObject({
      problem: { reason: 'prepare date not a date' },
    });
    expect(parser.parse({ line: 6, cells: ['2008-02-03', ''] })).toMatchObject({
      problem: { reason: 'expected 6 columns, found 2' },
    });
  });
});

describe('Deportation Data Project rows', () => {
  const header = [
    'Detainer_Prepare_Date',
    'Detainer_Lift_Date',
    'Detainer_Lift_Reason',
    'Detainer_Type',
    'Facility',
    'Facility_City',
    'Facility_State',
    'Unique_Identifier',
    'Biometric_Match',
  ];
  const parser = createRowParser('ddp', header, gazetteer);

  it('finds the header by its column names', () => {
    expect(isHeaderRow('ddp', ['ICE ERO-LESA detainers, FOIA release', '', ''])).toBe(false);
    expect(isHeaderRow('ddp', header)).toBe(true);
    expect(isHeaderRow('ddp', ['Detainer Prepare Date', 'State'])).toBe(true);
  });

  it('turns redactions into nulls and keeps the other columns in extra', () => {
    const parsed = parser.parse({
      line: 9,
      cells: [
        '2023-11-05T14:30:00',
        '(b)(6), (b)(7)(c)',
        'Detainer Declined by LEA',
        'Hold',
        '(b)(6)(b)(7)(c)',
        'DOYLESTOWN',
        'PA',
        'P-1',
        'YES',
      ],
    });
    expect(parsed.ok && parsed.record).toMatchObject({
      preparedDate: '2023-11-05',
      facility: { name: '', city: 'DOYLESTOWN', state: 'PA' },
      form: 'Hold',
      outcome: 'declined-by-agency',
      personKey: 'P-1',
      extra: { Biometric_Match: 'YES' },
    });
  });
});

describe('every redaction spelling the releases write (issue 14)', () => {
  it.each([
    'b(6), b(7)c',
    'b(6), b(7)C',
    '(b)(6), (b)(7)(c)',
    '(b)(6)(b)(7)(c)',
    '(b)(6),(b)(7)(c)',
    'b(6), b(7)(c)',
    '(b)(7)(e)',
    'b(7)(e)',
    'B(6), B(7)C',
  ])('%s is a redaction, also on the fast path of a cell starting with a letter', (text) => {
    expect(isRedacted(text)).toBe(true);
    expect(cellState(text)).toBe('redacted');
  });
  it.each([
    'b(6) WING, SYNTHETIC JAIL',
    'SYNTHETIC JAIL b(6)',
    'bob(6)',
    'b(7)cell',
    'b(x)',
    'b()',
    'Bucks(7) County',
    'b',
  ])('%s merely contains it: a value', (text) => {
    expect(isRedacted(text)).toBe(false);
    expect(cellState(text)).toBe('value');
  });
});

describe('release dates of every era', () => {
  it('reads Excel serial numbers written as text, 1899-12-30 origin, within the plausible range', () => {
    expect(parseReleaseDate('45123')).toEqual({ date: '2023-07-16', at: Date.UTC(2023, 6, 16) });
    expect(parseReleaseDate('45123.5')).toEqual({ date: '2023-07-16', at: Date.UTC(2023, 6, 16, 12) });
    expect(parseReleaseDate('32874')?.date).toBe('1990-01-01');
    expect(parseReleaseDate('73050')?.date).toBe('2099-12-31');
    expect(parseReleaseDate('32873')).toBeNull();
    expect(parseReleaseDate('73051')).toBeNull();
    expect(parseReleaseDate('4512')).toBeNull();
  });
  it('reads m/d/yy with the strptime %y pivot: 69-99 are 19xx, 00-68 are 20xx', () => {
    expect(parseReleaseDate('3/12/08')?.date).toBe('2008-03-12');
    expect(parseReleaseDate('12/31/68')?.date).toBe('2068-12-31');
    expect(parseReleaseDate('1/1/69')?.date).toBe('1969-01-01');
    expect(parseReleaseDate('10/2/07 1:05 PM')?.at).toBe(Date.UTC(2007, 9, 2, 13, 5));
    expect(parseReleaseDate('10/02/2007 13:05:09')?.at).toBe(Date.UTC(2007, 9, 2, 13, 5, 9));
  });
  it('reads DDMONYY and DD-MON-YY(YY)', () => {
    expect(parseReleaseDate('12MAR08')?.date).toBe('2008-03-12');
    expect(parseReleaseDate('1mar08')?.date).toBe('2008-03-01');
    expect(parseReleaseDate('12-MAR-08')?.date).toBe('2008-03-12');
    expect(parseReleaseDate('12-Mar-2008')?.date).toBe('2008-03-12');
    expect(parseReleaseDate('31-FEB-08')).toBeNull();
    expect(parseReleaseDate('12FOO08')).toBeNull();
    expect(parseReleaseDate('12-MAR08')).toBeNull();
  });
  it.each(['06/14/0002 03:10 PM', '0002-06-14', '13:00 PM', '1/1/2020 13:00 PM', '2/30/08'])('rejects %j', (text) => {
    expect(parseReleaseDate(text)).toBeNull();
  });
});

describe('rows of the modern layouts, read through the synonyms', () => {
  const header = [
    'Detainer Prepare Date',
    'Facility State',
    'Facility AOR',
    'Detainer Prepared Criminality',
    'Detention Facility',
    'Detention Facility Code',
    'Facility City',
    'Citizenship Country',
    'Birth Date',
    'Most Serious Conviction (MSC) Charge',
    'MSC Charge Code',
    'Detainer Lift Reason',
    'Detainer Type',
    'Alien File Number',
    'EID Case ID',
    'Gender',
    'Unique Identifier',
  ];
  const parser = createRowParser('ddp', header, gazetteer);

  it('detects the layout, reads the code and the dimensions, keeps the person key apart and no identifying column', () => {
    expect(parser.layout.id).toBe('ice-2025');
    expect(parser.splitColumns).toEqual({ date: 0, person: 16 });
    const parsed = parser.parse({
      line: 8,
      cells: [
        '2024-01-10',
        'PA',
        'PHI',
        '1 Convicted Criminal',
        'SYNTHETIC JAIL',
        'SYNJAIL',
        'DOYLESTOWN',
        'MEXICO',
        '1990-01-01',
        'b(6), b(7)c',
        '5404',
        'Booked into Detention',
        'I247A',
        'A-SYNTH',
        'E-SYNTH',
        'M',
        'PK-1',
      ],
    });
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    expect(parsed.record.facility).toEqual({
      name: 'SYNTHETIC JAIL',
      code: 'SYNJAIL',
      city: 'DOYLESTOWN',
      state: 'PA',
    });
    expect(parsed.record.dimensions).toEqual({
      aor: 'PHI',
      citizenship: 'MEXICO',
      criminality: '1 Convicted Criminal',
      mscCharge: null,
      mscChargeCode: '5404',
    });
    expect(parsed.record.personKey).toBe('PK-1');
    expect(parsed.record.extra).toEqual({ Gender: 'M' });
  });

  it('reads every person-key column as the key, none into extra', () => {
    for (const key of [
      'Anonymized Identifier',
      'Anonymized Unique Identifier',
      'Alien Number Unique Identifier',
      'unique_id',
    ]) {
      const p = createRowParser(
        'ddp',
        ['Detainer Prepare Date', 'Subject Name', 'Detainer ID', key, 'Note'],
        gazetteer,
      );
      const parsed = p.parse({ line: 2, cells: ['2024-01-10', 'NAME', 'D-1', 'PK-2', 'kept'] });
      if (!parsed.ok) throw new Error(parsed.problem.reason);
      expect(parsed.record.personKey, key).toBe('PK-2');
      expect(parsed.record.extra, key).toEqual({ Note: 'kept' });
    }
  });
});
