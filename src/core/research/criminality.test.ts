import { describe, expect, it } from 'vitest';
import { criminalityColumn, criminalityOf, NO_CONVICTION } from './criminality.js';

describe("the person's criminality as a release records it", () => {
  it("reads ICE's three-category codes, and the words alone", () => {
    expect(criminalityOf('1 Convicted Criminal')).toBe('convicted');
    expect(criminalityOf(' 2 Pending Criminal Charges ')).toBe('pending-charges');
    expect(criminalityOf('3 Other Immigration Violator')).toBe('no-criminal-record');
    expect(criminalityOf('Convicted Criminal')).toBe('convicted');
    expect(criminalityOf('PENDING CRIMINAL CHARGES')).toBe('pending-charges');
    expect(criminalityOf('Other Immigration Violator')).toBe('no-criminal-record');
  });

  it('gives no category to nothing, a redaction or an unknown value (never "no conviction")', () => {
    for (const value of [null, undefined, '', '  ', '(b)(6)', 'unknown', '4 Something else']) {
      expect(criminalityOf(value)).toBeNull();
    }
  });

  it('counts pending charges and other immigration violators as no conviction, convicted not', () => {
    expect(NO_CONVICTION).toEqual(['pending-charges', 'no-criminal-record']);
  });

  it("finds the release's criminality column by its name", () => {
    expect(criminalityColumn(['Detainer_Prepare_Date', 'Detainer_Prepared_Criminality'])).toBe(
      'Detainer_Prepared_Criminality',
    );
    expect(criminalityColumn(['date', 'lift_reason', 'det_facility'])).toBeNull();
  });
});
