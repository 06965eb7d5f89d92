import { describe, expect, it } from 'vitest';
import type { CodedColumn } from '../../core/research/import-release.js';
import type { SqlValue } from './bulk-rows.js';
import { copyText, CopyTextEncoder } from './copy-text-encoder.js';

describe('COPY text format', () => {
  it('writes null as \\N and numbers as digits', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText(42)).toBe('42');
  });

  it('escapes backslash, tab, line feed and carriage return, and nothing else', () => {
    expect(copyText('JAIL 3, PA "EAST"')).toBe('JAIL 3, PA "EAST"');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('\\N')).toBe('\\\\N');
  });
});

describe('COPY text encoder', () => {
  const numbers = [
    0,
    -0,
    7,
    -7,
    10,
    99,
    100,
    2 ** 31 - 1,
    -(2 ** 31),
    2 ** 31,
    2 ** 40,
    -(2 ** 53),
    1.5,
    -0.25,
    1e21,
    NaN,
  ];
  const texts = [
    '',
    'PA',
    '2014-05-07',
    'café é',
    '中文 中',
    'emoji 😀 and 👩‍⚖️',
    'lone \ud800 surrogate \udfff',
    '\\N',
    'a\\b\tc\nd\re',
    'United States Citizen Interviewed',
    'A lift reason\twith a tab, longer than a short one',
    '\t\n\r\\',
    'é\t中\n😀\\\r',
    'a long value with an escape at the very end, well past sixteen bytes\\',
    'x'.repeat(1000) + '\n' + 'é'.repeat(500),
  ];

  /** Rows of mixed values: few distinct ones, thousands, always new ones; nulls. */
  function sampleRows(count: number): SqlValue[][] {
    let seed = 11;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const rows: SqlValue[][] = [];
    for (let i = 0; i < count; i++) {
      rows.push([
        i,
        numbers[next(numbers.length)]!,
        next(5) === 0 ? null : texts[next(texts.length)]!,
        `fresh ${i} é\t${next(1000)}`,
        next(3) === 0 ? null : `state ${next(60)}`,
        `één of many ${next(4500)}`,
        null,
      ]);
    }
    return rows;
  }

  /** What the importer sent before it wrote bytes itself: the rows as text, then as UTF-8. */
  const asText = (rows: readonly SqlValue[][]) =>
    Buffer.from(rows.map((row) => row.map(copyText).join('\t') + '\n').join(''), 'utf8');

  it('writes the same bytes as the text encoding, over many chunks, every chunk whole rows', () => {
    const rows = sampleRows(40_000);
    const encoder = new CopyTextEncoder();
    const chunks: Buffer[] = [];
    const copies: Buffer[] = [];
    const keep = (taken: Buffer[]) => {
      chunks.push(...taken);
      copies.push(...taken.map((chunk) => Buffer.from(chunk)));
    };
    rows.forEach((row, i) => {
      encoder.row(row);
      if (encoder.hasFilled) keep(encoder.takeFilled());
      if (i % 15_000 === 0) keep(encoder.takeAll()); // the end of one append, the next continues
    });
    keep(encoder.takeAll());

    expect(chunks.length).toBeGreaterThan(4);
    expect(Buffer.concat(chunks).equals(asText(rows))).toBe(true);
    for (const chunk of chunks) expect(chunk.at(-1)).toBe(0x0a);
    // Nothing was written into a chunk after it was taken.
    chunks.forEach((chunk, i) => expect(chunk.equals(copies[i]!)).toBe(true));
  });

  it('writes columns given as codes as the same bytes as their values', () => {
    const rows = sampleRows(20_000);
    // A value that moves its row to new memory while it is written, and is too long to be kept.
    rows[7_000]![2] = 'é\t'.repeat(200_000);
    rows[9_000]![2] = rows[7_000]![2];
    /** Columns 1 and 2 as codes into their distinct values, in order of first use (-1: null). */
    const codedColumn = (c: number): CodedColumn<SqlValue> => {
      const values: SqlValue[] = [];
      const codes = Int32Array.from(rows, (row) => {
        const value = row[c]!;
        if (value === null) return -1;
        const known = values.findIndex((v) => Object.is(v, value));
        return known >= 0 ? known : values.push(value) - 1;
      });
      return { codes, value: (code) => (code < 0 ? null : values[code]!) };
    };
    /** Columns 4 and 5 by one code for each distinct pair: a run of columns sharing their codes. */
    const pairs: SqlValue[][] = [];
    const pairCodes = Int32Array.from(rows, (row) => {
      const known = pairs.findIndex(([a, b]) => a === row[4] && b === row[5]);
      return known >= 0 ? known : pairs.push([row[4]!, row[5]!]) - 1;
    });
    const pairColumn = (k: number): CodedColumn<SqlValue> => ({ codes: pairCodes, value: (code) => pairs[code]![k]! });
    const coded = [null, codedColumn(1), codedColumn(2), null, pairColumn(0), pairColumn(1), null];
    const encoder = new CopyTextEncoder();
    const chunks: Buffer[] = [];
    rows.forEach((row, i) => {
      // Values of coded columns are not read: the codes are.
      encoder.row([row[0]!, 'unread', 'unread', row[3]!, 'unread', 'unread', row[6]!], coded, i);
      if (encoder.hasFilled) chunks.push(...encoder.takeFilled());
    });
    chunks.push(...encoder.takeAll());
    expect(Buffer.concat(chunks).equals(asText(rows))).toBe(true);
  });

  it('moves a row that outgrows its chunk into a larger one', () => {
    const huge = 'é\t'.repeat(200_000);
    const rows: SqlValue[][] = [
      ['before', 1],
      [huge, 2],
      ['after', 3],
    ];
    const encoder = new CopyTextEncoder();
    const chunks: Buffer[] = [];
    for (const row of rows) {
      encoder.row(row);
      if (encoder.hasFilled) chunks.push(...encoder.takeFilled());
    }
    chunks.push(...encoder.takeAll());
    expect(Buffer.concat(chunks).equals(asText(rows))).toBe(true);
    expect(chunks.map((chunk) => chunk.toString('utf8').split('\n').length - 1)).toEqual([1, 2]);
  });
});
