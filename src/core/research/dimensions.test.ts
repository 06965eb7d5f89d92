import { describe, expect, it } from 'vitest';
import { criminalityOf } from './criminality.js';
import {
  CONVICTION_CATEGORIES,
  convictionCategoryOf,
  groupingText,
  isUsCitizenLift,
  NCIC_OFFENSE_GROUPS,
  UNKNOWN_CODE,
} from './dimensions.js';

describe('the most serious conviction category (NCIC offense groups)', () => {
  it("reads the group from the code's first two digits", () => {
    expect(convictionCategoryOf('2399', 'LARCENY')).toBe('larceny');
    expect(convictionCategoryOf('5404', 'DRIVING UNDER INFLUENCE LIQUOR')).toBe('traffic');
    expect(convictionCategoryOf('3562', null)).toBe('dangerous-drugs');
    expect(convictionCategoryOf(' 0301 ', null)).toBe('immigration');
    expect(convictionCategoryOf('1313', null)).toBe('assault');
    expect(convictionCategoryOf('7399', null)).toBe('public-order');
    expect(convictionCategoryOf('2399 LARCENY', null)).toBe('larceny');
  });

  it('says unknown-code for a code outside the table, not a code, or a charge without a code', () => {
    expect(convictionCategoryOf('9999', null)).toBe(UNKNOWN_CODE);
    expect(convictionCategoryOf('4299', null)).toBe(UNKNOWN_CODE);
    expect(convictionCategoryOf('23999', null)).toBe(UNKNOWN_CODE);
    expect(convictionCategoryOf('ABC', null)).toBe(UNKNOWN_CODE);
    expect(convictionCategoryOf(null, 'BURGLARY')).toBe(UNKNOWN_CODE);
    expect(convictionCategoryOf('', 'BURGLARY')).toBe(UNKNOWN_CODE);
  });

  it('gives no category when neither a code nor a charge is recorded', () => {
    expect(convictionCategoryOf(null, null)).toBeNull();
    expect(convictionCategoryOf('  ', ' ')).toBeNull();
  });

  it('lists every group once, then unknown-code', () => {
    expect(new Set(CONVICTION_CATEGORIES).size).toBe(CONVICTION_CATEGORIES.length);
    expect(CONVICTION_CATEGORIES.length).toBe(NCIC_OFFENSE_GROUPS.size + 1);
    expect(CONVICTION_CATEGORIES.slice(0, 4)).toEqual(['sovereignty', 'military', 'immigration', 'homicide']);
    expect(CONVICTION_CATEGORIES.at(-1)).toBe(UNKNOWN_CODE);
  });
});

describe('criminality across the releases’ spellings', () => {
  it('reads the code with and without the digit, any case', () => {
    for (const [text, category] of [
      ['1 Convicted Criminal', 'convicted'],
      ['Convicted Criminal', 'convicted'],
      ['1 CONVICTED CRIMINAL', 'convicted'],
      ['2 Pending Criminal Charges', 'pending-charges'],
      ['pending criminal charges', 'pending-charges'],
      ['3 Other Immigration Violator', 'no-criminal-record'],
      ['OTHER IMMIGRATION VIOLATOR', 'no-criminal-record'],
    ] as const) {
      expect(criminalityOf(text)).toBe(category);
    }
  });
});

describe('the U.S.-citizen flag from the lift reason', () => {
  it('is set by both spellings, any case and spacing', () => {
    expect(isUsCitizenLift('USC or Presumptive Claim to US Citizenship')).toBe(true);
    expect(isUsCitizenLift('united states citizen  interviewed ')).toBe(true);
  });

  it('is not set by other reasons or none', () => {
    expect(isUsCitizenLift('Booked into Detention')).toBe(false);
    expect(isUsCitizenLift(null)).toBe(false);
  });
});

describe('citizenship and area of responsibility as written, for grouping', () => {
  it('trims, joins runs of spaces and upper-cases; blank is none', () => {
    expect(groupingText('  Mexico ')).toBe('MEXICO');
    expect(groupingText('El  Salvador')).toBe('EL SALVADOR');
    expect(groupingText('New Orleans Area of Responsibility')).toBe('NEW ORLEANS AREA OF RESPONSIBILITY');
    expect(groupingText('   ')).toBeNull();
    expect(groupingText(null)).toBeNull();
  });
});
