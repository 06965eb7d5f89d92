import { describe, expect, it } from 'vitest';
import { pivotByYear } from '../../../shared/charts/statsData';
import { niceCeil, sharedMax, sharedScale, sharedYears } from './sharedScale';

const table = (rows: { fiscalYear: number; outcome: string; count: number }[]) => pivotByYear(rows, 'outcome');

describe('one scale for both places', () => {
  it('rounds a maximum up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(7)).toBe(10);
    expect(niceCeil(10)).toBe(10);
    expect(niceCeil(11)).toBe(20);
    expect(niceCeil(21)).toBe(25);
    expect(niceCeil(251)).toBe(500);
    expect(niceCeil(4_990)).toBe(5_000);
    expect(niceCeil(5_001)).toBe(10_000);
  });

  it('takes the highest yearly total of either side (stacked), not of each series', () => {
    const a = table([
      { fiscalYear: 2014, outcome: 'released', count: 30 },
      { fiscalYear: 2014, outcome: 'declined-by-agency', count: 40 },
    ]);
    const b = table([{ fiscalYear: 2015, outcome: 'released', count: 180 }]);
    expect(sharedMax([a, b])).toBe(200);
    expect(sharedMax([a])).toBe(100);
    expect(sharedMax([])).toBe(1);
  });

  it('spans every fiscal year from the earliest to the latest of either side', () => {
    const a = table([{ fiscalYear: 2013, outcome: 'released', count: 1 }]);
    const b = table([
      { fiscalYear: 2016, outcome: 'released', count: 1 },
      { fiscalYear: 2015, outcome: 'released', count: 1 },
    ]);
    expect(sharedYears([a, b])).toEqual([2013, 2014, 2015, 2016]);
    expect(sharedYears([b, a])).toEqual([2013, 2014, 2015, 2016]);
    expect(sharedYears([table([])])).toEqual([]);
    expect(sharedScale([a, b])).toEqual({ years: [2013, 2014, 2015, 2016], yMax: 1 });
  });
});
