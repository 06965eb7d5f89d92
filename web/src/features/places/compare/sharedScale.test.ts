import { describe, expect, it } from 'vitest';
import { pivotByYear } from '../../../shared/charts/statsData';
import { niceCeil, sharedMax, sharedScale, sharedSeries, sharedYears } from './sharedScale';

const table = (rows: { fiscalYear: number; outcome: string; count: number }[]) => pivotByYear(rows, 'outcome');

describe('one scale for both places', () => {
  it('rounds a maximum up to one whose quarters are whole and round', () => {
    const cases = [
      [0, 4],
      [1, 4],
      [4, 4],
      [5, 8],
      [7, 8],
      [11, 12],
      [16, 16],
      [17, 20],
      [21, 40],
      [68, 80],
      [81, 100],
      [100, 100],
      [101, 200],
      [251, 400],
      [4_990, 6_000],
      [8_001, 10_000],
    ] as const;
    for (const [n, max] of cases) {
      expect(niceCeil(n), String(n)).toBe(max);
      expect(Number.isInteger(max / 4), String(max)).toBe(true);
    }
  });

  it('takes the highest yearly total of either side (stacked), not of each series', () => {
    const a = table([
      { fiscalYear: 2014, outcome: 'released', count: 30 },
      { fiscalYear: 2014, outcome: 'declined-by-agency', count: 40 },
    ]);
    const b = table([{ fiscalYear: 2015, outcome: 'released', count: 180 }]);
    expect(sharedMax([a, b])).toBe(200);
    expect(sharedMax([a])).toBe(80);
    expect(sharedMax([])).toBe(4);
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
    expect(sharedScale([a, b])).toEqual({ years: [2013, 2014, 2015, 2016], yMax: 4, series: ['released'] });
  });

  it('gives both sides the same series, so that each keeps its colour when one side lacks another', () => {
    const a = table([
      { fiscalYear: 2014, outcome: 'pending', count: 1 },
      { fiscalYear: 2014, outcome: 'released', count: 2 },
    ]);
    const b = table([
      { fiscalYear: 2014, outcome: 'other', count: 1 },
      { fiscalYear: 2014, outcome: 'released', count: 1 },
    ]);
    const series = sharedSeries([a, b]);
    expect(new Set(series)).toEqual(new Set(['pending', 'released', 'other']));
    expect(series).toHaveLength(3);
    expect(sharedSeries([b, a]).indexOf('released')).toBeGreaterThanOrEqual(0);
  });
});
