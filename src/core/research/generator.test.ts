import { describe, expect, it } from 'vitest';
import { NPR_CALIBRATION } from './generator-calibration.data.js';
import { generateNprLines, generateRecords, NPR_HEADER, seededRandom } from './generator.js';

describe('synthetic generator', () => {
  it('writes the NPR six-column format', () => {
    const lines = [...generateNprLines(NPR_CALIBRATION, { records: 50, seed: 'format' })];
    expect(lines[0]).toBe(`${NPR_HEADER}\n`);
    expect(lines).toHaveLength(51);
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^\d{4}-\d{2}-\d{2} 00:00:00,[^,]*,"SYNTHETIC COUNTY JAIL \d+, [A-Z]{2}",[^,]+,[A-Z ]+,[^,]*\n$/,
      );
    }
  });

  it('keeps dates inside the source period', () => {
    for (const r of generateRecords(NPR_CALIBRATION, { records: 5_000, seed: 'dates' })) {
      expect(r.date >= '2007-10-01' && r.date <= NPR_CALIBRATION.lastDate).toBe(true);
      expect(new Date(`${r.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(r.date);
    }
  });

  it('is a deterministic PRNG per seed', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const c = seededRandom('y');
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
});
