import { describe, expect, it } from 'vitest';
import { SERIES_COLOURS, seriesColour } from './labels';

describe("a series' colour", () => {
  it('follows the order two compared charts share, whatever series each chart has', () => {
    const order = ['I247', 'unknown', 'I247D'];
    // One side has I247 and unknown, the other I247D and unknown: unknown keeps one colour.
    expect(seriesColour('unknown', 1, order)).toBe(seriesColour('unknown', 0, order));
    expect(seriesColour('I247D', 0, order)).toBe(SERIES_COLOURS[2]);
  });

  it('is by its place among the chart’s own series without a shared order, or when not in it', () => {
    expect(seriesColour('released', 3)).toBe(SERIES_COLOURS[3]);
    expect(seriesColour('other', 1, ['released'])).toBe(SERIES_COLOURS[1]);
    expect(seriesColour('x', SERIES_COLOURS.length + 2)).toBe(SERIES_COLOURS[2]);
  });
});
