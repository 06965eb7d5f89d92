/**
 * A release read as rows of cells and as rows split at their first cell (shared rests, as the CSV
 * reader gives NPR exports) yields the same batches and the same report, rejections included.
 */
import { describe, expect, it } from 'vitest';
import { packedText } from './packed-texts.js';
import { ReleaseReader, type ReleaseEnd, type ReleaseMessage } from './release-reader.js';
import { monthIndex, rollupCells, type RollupTable } from './rollup.js';
import type { LayoutRequest } from './release-layouts.js';
import type { ResearchGazetteer, SourceLine, SourceRow, SplitColumns } from './research-record.js';

const gazetteer: ResearchGazetteer = {
  stateCode: (s) => ({ PENNSYLVANIA: 'PA', PA: 'PA', 'NEW YORK': 'NY', TEXAS: 'TX' })[s.trim().toUpperCase()] ?? null,
  countyFips: (city) => (city === 'NORRISTOWN' ? '42091' : null),
};

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATES = ['2013-01-05 00:00:00', '2014-07-31 00:00:00', '2/29/2012', '', '   ', '2013-02-30', '(b)(6)', 'soon'];
const RESTS: string[][] = [
  ['Booked into Detention', 'MONTGOMERY CNTY JAIL, PA', 'NORRISTOWN', 'PENNSYLVANIA', ''],
  ['Detainer Declined by LEA', 'BUCKS CNTY JAIL', 'DOYLESTOWN', 'PA', 'I-247'],
  ['', 'RIKERS', 'NEW YORK', 'NEW YORK', '(b)(7)(c)'],
  ['Some New Reason', '', '', 'TEXAS', ''],
  ['Lifted', 'SOMEWHERE', 'NOWHERE', 'ATLANTIS', ''], // state unknown
  ['Lifted', 'TOO FEW COLUMNS'],
  ['Lifted', 'A', 'B', 'PA', '', 'one too many'],
  ['', '', '', '', ''], // blank with an empty date
  [' ', '(b)(6)', '', 'PA', ' I-247 '],
];

function rowsOf(header: readonly string[], count: number, seed: number, rests = RESTS): SourceRow[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const rows: SourceRow[] = [{ line: 1, cells: header }];
  for (let i = 0; i < count; i++) rows.push({ line: i + 2, cells: [pick(DATES), ...pick(rests)] });
  return rows;
}

/** The rows as the split reader gives them: equal rests as one shared array. */
function split(rows: readonly SourceRow[]): SourceLine[] {
  const shared = new Map<string, readonly string[]>();
  return rows.map(({ line, cells }) => {
    const key = JSON.stringify(cells.slice(1));
    if (!shared.has(key)) shared.set(key, cells.slice(1));
    return { line, first: cells[0]!, rest: cells.length > 1 ? shared.get(key)! : null };
  });
}

/** The messages of reading the rows, the rollup as its cells in one order (a hash table's order may differ). */
function read(rows: readonly SourceLine[], pieceRows = 1000, request: LayoutRequest = 'npr'): unknown[] {
  const reader = new ReleaseReader(request, gazetteer);
  const messages: ReleaseMessage[] = [];
  for (let i = 0; i < rows.length; i += pieceRows) messages.push(...reader.read(rows.slice(i, i + pieceRows)));
  messages.push(...reader.finish());
  return messages.map((m) => (m.kind === 'end' ? { ...m, rollup: sortedCells(m.rollup) } : m));
}

function sortedCells(table: RollupTable): string[] {
  const cells = rollupCells(table);
  return Array.from(
    { length: cells.count },
    (_, i) => `${cells.profile[i]} ${cells.month[i]} ${cells.records[i]}`,
  ).sort();
}

/** The rollup counted apart, record by record, from the batches. */
function rollupOfBatches(messages: readonly unknown[]): string[] {
  const counts = new Map<string, number>();
  const dates: string[] = [];
  for (const m of messages as ReleaseMessage[]) {
    dates.push(...m.added.dates);
    if (m.kind !== 'records') continue;
    for (let i = 0; i < m.count; i++) {
      const key = `${m.profile[i]} ${monthIndex(dates[m.date[i]!]!)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, n]) => `${key} ${n}`).sort();
}

const NPR_HEADER = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'];

describe('reading rows split at their first cell', () => {
  it('gives the batches and the report of reading their cells, rejections and blanks included', () => {
    const rows = rowsOf(NPR_HEADER, 120_000, 7);
    const asCells = read(rows);
    const asSplit = read(split(rows));
    expect(asSplit).toEqual(asCells);
    const end = asCells.at(-1) as ReleaseEnd & { rollup: string[] };
    expect((asCells as ReleaseMessage[]).filter((m) => m.kind === 'records')).toHaveLength(2);
    expect(end.rollup).toEqual(rollupOfBatches(asCells));
    expect(end.quality.rowsRejected).toBeGreaterThan(0);
    expect(Object.keys(end.quality.rejections.byReason).sort()).toEqual([
      'expected 6 columns, found 3',
      'expected 6 columns, found 7',
      'prepare date missing',
      'prepare date not a date',
      'state unknown',
    ]);
    expect(end.quality.unknownLiftReasons).toHaveProperty(['Some New Reason']);
  });

  it('keeps other columns as extra, once per distinct rest', () => {
    const header = [...NPR_HEADER, 'note'];
    const rests = RESTS.slice(0, 4).flatMap((r) => [
      [...r, 'kept'],
      [...r, ''],
    ]);
    const rows = rowsOf(header, 5_000, 11, rests);
    const asSplit = read(split(rows));
    expect(asSplit).toEqual(read(rows));
    const records = (asSplit as ReleaseMessage[]).filter((m) => m.kind === 'records');
    const texts = records.flatMap((m) => Array.from({ length: m.count }, (_, i) => m.extra && packedText(m.extra, i)));
    expect(texts.filter((t) => t === '{"note":"kept"}').length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set([null, '{"note":"kept"}']));
  });

  it('counts the same when more distinct rests and dates come than it remembers', () => {
    const rows: SourceRow[] = [{ line: 1, cells: NPR_HEADER }];
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 140_000; i++) {
      // Every date text new (more than are remembered); half the rests new, half among 50 that recur.
      const day = `${2000 + (i % 20)}-${two(1 + (i % 12))}-01 ${two(Math.floor(i / 3600) % 24)}:${two(Math.floor(i / 60) % 60)}:${two(i % 60)}`;
      const facility = `FACILITY ${i % 2 ? i : i % 50}`;
      rows.push({ line: i + 2, cells: [day, 'Lifted', facility, 'CITY', i % 3 ? 'PA' : 'ATLANTIS', ''] });
    }
    const asSplit = read(split(rows), 5000);
    expect(asSplit).toEqual(read(rows, 5000));
    expect((asSplit.at(-1) as { rollup: string[] }).rollup).toEqual(rollupOfBatches(asSplit));
  });

  it('counts the rollup of a rest whose dates lie centuries apart, in any order', () => {
    const next = random(3);
    const rows: SourceRow[] = [{ line: 1, cells: NPR_HEADER }];
    for (let i = 0; i < 20_000; i++) {
      const year = 1900 + Math.floor(next() * (i < 10_000 ? 40 : 1100));
      const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
      rows.push({ line: i + 2, cells: [`${year}-${month}-01 00:00:00`, ...RESTS[i % 3]!] });
    }
    const asSplit = read(split(rows));
    expect(asSplit).toEqual(read(rows));
    expect((asSplit.at(-1) as { rollup: string[] }).rollup).toEqual(rollupOfBatches(asSplit));
  });

  it('reads rows split at a date that is not the first column as rows of cells', () => {
    const header = ['lift_reason', 'date', 'det_facility', 'city', 'state', 'detainer_type'];
    const rows: SourceRow[] = [
      { line: 1, cells: header },
      { line: 2, cells: ['Lifted', '2013-01-05', 'RIKERS', 'NEW YORK', 'NY', ''] },
    ];
    expect(read(split(rows))).toEqual(read(rows));
  });
});

describe('reading rows split around their own cells (a person key, the date not first)', () => {
  const header = [
    'Facility State',
    'Unique Identifier',
    'Detainer Prepare Date',
    'Detention Facility',
    'Detainer Lift Reason',
  ];
  const columns: SplitColumns = { date: 2, person: 1 };
  /** The rows as the split reader gives them around `columns`, but `whole` (by index) as cells. */
  const splitAround = (rows: readonly SourceRow[], whole: (i: number) => boolean): SourceLine[] => {
    const shared = new Map<string, readonly string[]>();
    return rows.map((row, i) => {
      if (i === 0 || whole(i)) return row;
      const rest = [row.cells[0]!, ...row.cells.slice(3)];
      const key = JSON.stringify(rest);
      if (!shared.has(key)) shared.set(key, rest);
      return { line: row.line, first: row.cells[2]!, person: row.cells[1]!, rest: shared.get(key)!, columns };
    });
  };
  const rows: SourceRow[] = [{ line: 1, cells: header }];
  const next = random(5);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let i = 0; i < 40_000; i++) {
    const person = pick(['P-1', 'P-2', '', '(b)(6), (b)(7)(c)', ` P-${i % 7} `]);
    const [reason, facility, , state] = pick(RESTS);
    rows.push({ line: i + 2, cells: [state ?? '', person, pick(DATES), facility ?? '', reason ?? ''] });
  }
  rows.push({ line: 40_002, cells: ['', '', '', '', ''] });

  it('gives the batches and the report of reading their cells, person keys and their empties included', () => {
    const asCells = read(rows, 1000, 'ddp');
    expect(
      read(
        splitAround(rows, () => false),
        1000,
        'ddp',
      ),
    ).toEqual(asCells);
    const end = asCells.at(-1) as ReleaseEnd;
    expect(end.quality.columns.find((c) => c.column === 'Unique Identifier')).toMatchObject({
      redacted: expect.any(Number),
    });
    expect(end.quality.columns.find((c) => c.column === 'Unique Identifier')!.empty).toBeGreaterThan(0);
    const people = (asCells as ReleaseMessage[]).flatMap((m) => (m.kind === 'records' ? (m.person ?? []) : []));
    expect(new Set(people)).toEqual(new Set(['P-1', 'P-2', null, ...Array.from({ length: 7 }, (_, i) => `P-${i}`)]));
  });

  it('counts the same when rows stop coming split and come split again', () => {
    const asSplit = read(
      splitAround(rows, (i) => i > 2_000 && i < 30_000),
      1000,
      'ddp',
    );
    expect(asSplit).toEqual(read(rows, 1000, 'ddp'));
  });
});

describe('workbooks of several sheets', () => {
  const header = ['Detainer Prepare Date', 'Facility State', 'Detention Facility', 'Detainer Lift Reason'];
  const sheet = (index: number, name: string) => ({ index, name });
  const endOf = (reader: ReleaseReader, rows: SourceRow[]) => {
    const messages = [...reader.read(rows), ...reader.finish()];
    return { end: messages.at(-1) as ReleaseEnd, records: messages.filter((m) => m.kind === 'records') };
  };

  it('finds each sheet header again, skips a sheet without one, numbers lines on across sheets', () => {
    const a = sheet(0, 'Part 1');
    const notes = sheet(1, 'Notes');
    const b = sheet(2, 'Part 2');
    const rows: SourceRow[] = [
      { line: 1, cells: ['SYNTHETIC title'], sheet: a },
      { line: 2, cells: header, sheet: a },
      { line: 3, cells: ['2024-01-01', 'PA', 'JAIL', 'Lifted'], sheet: a },
      { line: 4, cells: ['2024-01-02', 'PA', 'JAIL', ''], sheet: a },
      // 60 rows of notes: more than the preamble limit, so the sheet is skipped.
      ...Array.from({ length: 60 }, (_, i) => ({ line: i + 1, cells: [`note ${i}`], sheet: notes })),
      { line: 1, cells: ['SYNTHETIC'], sheet: b },
      { line: 2, cells: ['SYNTHETIC'], sheet: b },
      { line: 3, cells: header, sheet: b },
      { line: 4, cells: ['not a date', 'PA', 'JAIL', ''], sheet: b },
      { line: 5, cells: ['2024-02-01', 'TEXAS', 'JAIL', 'Case Closed'], sheet: b },
    ];
    const { end, records } = endOf(new ReleaseReader('auto', gazetteer), rows);
    expect(end.quality.layout.id).toBe('generic');
    expect(end.quality.preambleRows).toBe(1);
    expect(end.quality.sheets).toEqual([
      { name: 'Part 1', headerRow: 2, rowsRead: 2, skipped: false, layout: 'generic' },
      { name: 'Notes', headerRow: null, rowsRead: 0, skipped: true, layout: null },
      { name: 'Part 2', headerRow: 3, rowsRead: 2, skipped: false, layout: 'generic' },
    ]);
    expect(end.quality.rejections.sample).toEqual([
      { line: 4 + 64, reason: 'prepare date not a date', sheet: 'Part 2', row: 4 },
    ]);
    expect(records.flatMap((m) => (m.kind === 'records' ? [...m.line] : []))).toEqual([3, 4, 5 + 64]);
    expect(end.quality.columns.map((c) => c.column)).toEqual(header);
  });

  it('fails when no sheet has a header, and on a header of the other family', () => {
    const notes = sheet(0, 'Notes');
    expect(() => endOf(new ReleaseReader('ddp', gazetteer), [{ line: 1, cells: ['no header'], sheet: notes }])).toThrow(
      /no header row/,
    );
    const npr = ['date', 'lift_reason', 'det_facility', 'city', 'state', 'detainer_type'];
    expect(() => endOf(new ReleaseReader('ddp', gazetteer), [{ line: 1, cells: npr }])).toThrow(
      /line 1: the header is the npr-export layout .*, of the npr family, not ddp: import it with "import auto"/,
    );
  });
});
