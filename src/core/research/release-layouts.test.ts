import { describe, expect, it } from 'vitest';
import {
  COLUMN_SYNONYMS,
  detectLayout,
  isIdentifyingColumn,
  normaliseHeader,
  splitColumnsOf,
  requestTakes,
  sniffDelimiter,
  splitLine,
} from './release-layouts.js';

const id = (cells: string[]) => detectLayout(cells)?.id ?? null;

describe('layout detection', () => {
  it('names each layout by the columns that identify it', () => {
    expect(id(['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'])).toBe('npr-export');
    expect(id(['DATE', 'LIFT_REASON', 'DET_FACILITY', 'CITY', 'STATE', 'DETAINER_TYPE'])).toBe('npr-export');
    expect(
      id(['Prepare Date', 'Detainer Lift Reason', 'Detainer Detention Facility', 'City', 'State', 'Detainer Type']),
    ).toBe('ice-lea');
    expect(id(['Prepare Date', 'Detainer Lift Reason', 'Detention Facility', 'Area Of Responsibility'])).toBe('ddp-fy');
    const c = ['Detainer Prepare Date', 'Facility State', 'Facility AOR', 'Detainer Prepared Criminality'];
    const cRest = ['Detention Facility', 'Detention Facility Code', 'Facility City', 'Unique Identifier'];
    expect(id([...c, ...cRest])).toBe('ice-2025');
    expect(
      id([
        'Detainer Prepare Date',
        'Detainer Criminality',
        'Detainer Facility',
        'Detainer Facility Code',
        'Detainer Lift Reason Code',
        'Anonymized Identifier',
      ]),
    ).toBe('ice-2026-03');
    expect(
      id([
        'Detainer Prepared Date',
        'Detention Facility',
        'Detention Facility Code',
        'AOR',
        'City',
        'State',
        'Anonymized Unique Identifier',
      ]),
    ).toBe('ice-2026-08');
    expect(
      id([
        'Detainer Lift Reason',
        'Detainer AOR',
        'Detainer Detention Facility Code',
        'Detainer Detention Facility',
        'Detainer Prepare Date',
        'Alien Number Unique Identifier',
      ]),
    ).toBe('trac');
    expect(id(['prepare_date', 'detention_facility', 'unique_identifier'])).toBe('ddp-processed');
  });

  it('prefers the snake_case layout for a snake_case header, however many columns another layout shares', () => {
    const processed = [
      'detainer_prepare_date',
      'facility_state',
      'facility_aor',
      'detainer_prepared_criminality',
      'detention_facility',
      'detention_facility_code',
      'facility_city',
      'unique_identifier',
    ];
    expect(id(processed)).toBe('ddp-processed');
    expect(detectLayout(processed)?.family).toBe('ddp');
  });

  it('reads a header with a prepare date and no full layout as generic, and other rows as no header', () => {
    expect(detectLayout(['Detainer Prepare Date', 'State'])).toMatchObject({ id: 'generic', family: 'ddp' });
    expect(id(['Detainer_Prepare_Date', 'Facility', 'Unique_Identifier_X'])).toBe('generic');
    expect(id(['ICE ERO-LESA detainers, FOIA release', '', ''])).toBeNull();
    expect(id(['Date', '2025-06-20'])).toBeNull();
    expect(id(['when', 'what'])).toBeNull();
    expect(id([])).toBeNull();
  });

  it('lets npr take the npr family only, ddp the rest, auto any', () => {
    const lea = detectLayout([
      'Prepare Date',
      'Detainer Lift Reason',
      'Detainer Detention Facility',
      'City',
      'State',
      'Detainer Type',
    ])!;
    const generic = detectLayout(['Detainer Prepare Date', 'State'])!;
    expect([requestTakes('npr', lea), requestTakes('ddp', lea), requestTakes('auto', lea)]).toEqual([
      true,
      false,
      true,
    ]);
    expect([requestTakes('npr', generic), requestTakes('ddp', generic)]).toEqual([false, true]);
  });
});

describe('the synonym table', () => {
  it('lists each name under one field only, normalised', () => {
    const all = Object.values(COLUMN_SYNONYMS).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(normaliseHeader(name)).toBe(name);
    expect(normaliseHeader('Most Serious Conviction (MSC) Charge')).toBe(COLUMN_SYNONYMS.mscCharge[0]);
  });

  it('marks every person key and identifying column, not the dimensions', () => {
    for (const name of [
      ...COLUMN_SYNONYMS.personKey,
      'alien_file_number',
      'subject_name',
      'eid_case_id',
      'eid_subject_id',
      'eid_dta_id',
      'eid_civilian_id',
      'eid_person_id',
      'detainer_id',
      'birth_date',
      'government_employee_id',
      'return_to_employee_id',
      'duplicate_episode_identifier',
    ]) {
      expect(isIdentifyingColumn(name), name).toBe(true);
    }
    for (const name of [
      'citizenship_country',
      'facility_aor',
      'birth_country',
      'birth_year',
      'gender',
      'msc_charge_code',
    ]) {
      expect(isIdentifyingColumn(name), name).toBe(false);
    }
  });

  it("names each row's own columns: the prepare date's and the person key's, wherever they stand", () => {
    expect(splitColumnsOf(['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'])).toEqual({
      date: 0,
      person: -1,
    });
    expect(splitColumnsOf(['lift_reason', 'date', 'det_facility'])).toEqual({ date: 1, person: -1 });
    expect(splitColumnsOf(['State', 'Unique Identifier', 'Detainer Prepare Date'])).toEqual({ date: 2, person: 1 });
    expect(splitColumnsOf(['lift_reason', 'det_facility'])).toBeNull();
  });
});

describe('delimiter sniffing', () => {
  it('finds the delimiter that splits a line into a header, outside quotes, past a preamble', () => {
    expect(sniffDelimiter(['Prepare Date\tDetention Facility\tArea Of Responsibility', 'x'], 50)).toBe('\t');
    expect(sniffDelimiter(['"Title, with a comma"', 'Detainer Prepare Date;State;"City, Town"'], 50)).toBe(';');
    expect(sniffDelimiter(['date,lift_reason,det_facility,city,state,detainer_type'], 0)).toBe(',');
  });
  it('falls back on the delimiter found most often outside quotes, then comma', () => {
    expect(sniffDelimiter(['a;b;c;"d,e"'], 5)).toBe(';');
    expect(sniffDelimiter(['a\tb', 'x'], 5)).toBe('\t');
    expect(sniffDelimiter([''], 5)).toBe(',');
  });
  it('splits a line with quotes', () => {
    expect(splitLine('a,"b,c",d', ',')).toEqual(['a', 'b,c', 'd']);
    expect(splitLine('"say ""hi""";x', ';')).toEqual(['say "hi"', 'x']);
  });
});
