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
