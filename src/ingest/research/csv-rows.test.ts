import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellsOf, type SourceLine, type SourceRow, type SplitSourceRow } from '../../core/research/research-record.js';
import { csvRowBatches } from './csv-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'dd-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  { reader: 'streamed', splitRows: false },
  { reader: 'split at the first cell', splitRows: true },
])('CSV rows ($reader)', ({ splitRows }) => {
  /** The rows as cells, however the reader gave them. */
  async function rowsOf(name: string, content: string | Buffer): Promise<SourceRow[]> {
    const path = join(dir, name);
    writeFileSync(path, content);
    const rows: SourceRow[] = [];
    for await (const batch of csvRowBatches(path, name, { splitRows })) {
      for (const row of batch) rows.push({ line: row.line, cells: cellsOf(row) });
    }
    return rows;
  }

  it.each([
    ['tab', '\t'],
    ['semicolon', ';'],
    ['comma', ','],
  ])('sniffs a %s delimiter from the header line and cuts rows at it', async (_, d) => {
    const header = ['Prepare Date', 'Detainer Lift Reason', 'Detention Facility', 'Area Of Responsibility'];
    const content = `${header.join(d)}\n1/10/10${d}Lifted${d}"JAIL${d} WEST"${d}PHI\n1/11/10${d}${d}"JAIL, EAST"${d}HOU\n`;
    const path = join(dir, `delimited-${_}.txt`);
    writeFileSync(path, content);
    let sniffed = '';
    const rows: SourceRow[] = [];
    for await (const batch of csvRowBatches(path, 'x.txt', { splitRows, onDelimiter: (x) => (sniffed = x) })) {
      for (const row of batch) rows.push({ line: row.line, cells: cellsOf(row) });
    }
    expect(sniffed).toBe(d);
    expect(rows.slice(0, 3)).toEqual([
      { line: 1, cells: header },
      { line: 2, cells: ['1/10/10', 'Lifted', `JAIL${d} WEST`, 'PHI'] },
      { line: 3, cells: ['1/11/10', '', 'JAIL, EAST', 'HOU'] },
    ]);
  });

  it('numbers rows by the line they start on, across quoted line breaks and blank lines', async () => {
    const rows = await rowsOf('lines.csv', 'a,b\n"one\ntwo",x\n\n3,"y"\n');
    expect(rows.filter((r) => r.cells.some((c) => c !== ''))).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['one\ntwo', 'x'] },
      { line: 5, cells: ['3', 'y'] },
    ]);
  });

  it('reads CRLF line ends and drops a byte order mark', async () => {
    const rows = await rowsOf('crlf.csv', '\uFEFFdate,state\r\n2010-01-01,PA\r\n');
    expect(rows.slice(0, 2)).toEqual([
      { line: 1, cells: ['date', 'state'] },
      { line: 2, cells: ['2010-01-01', 'PA'] },
    ]);
  });

  it('reads a quote inside an unquoted cell as a character', async () => {
    const rows = await rowsOf('literal.csv', 'name,city\nJAIL "3",X\nA,B"C\n');
    expect(rows.slice(1)).toEqual([
      { line: 2, cells: ['JAIL "3"', 'X'] },
      { line: 3, cells: ['A', 'B"C'] },
    ]);
  });

  it('keeps commas and quotes inside quoted cells', async () => {
    const rows = await rowsOf('quotes.csv', 'name,city\n"JAIL 3, PA","SAY ""HI"""\n');
    expect(rows[1]).toEqual({ line: 2, cells: ['JAIL 3, PA', 'SAY "HI"'] });
  });

  it('reads a file of many pieces whole, in order', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `${i},SYNTHETIC FACILITY ${i % 97}`);
    const rows = await rowsOf('many.csv', `n,facility\n${lines.join('\n')}\n`);
    const data = rows.filter((r) => r.cells.length === 2 && r.line > 1);
    expect(data).toHaveLength(50_000);
    expect(data.every((r, i) => r.line === i + 2 && r.cells[0] === String(i))).toBe(true);
  });

  it('fails on a quote left open, naming the line', async () => {
    await expect(rowsOf('open.csv', 'a,b\n1,2\n"never closed,3\n4,5\n')).rejects.toThrow(
      /open\.csv: not readable as CSV: line 3/,
    );
  });

  it('fails on a row that runs on for megabytes instead of holding it all in memory', async () => {
    const runaway = `a,b\n"${'x'.repeat(5 << 20)}`;
    await expect(rowsOf('runaway.csv', runaway)).rejects.toThrow(/line 2: no end of row within 4 MB/);
  });

  it('fails on bytes that are not UTF-8, naming where', async () => {
    await expect(rowsOf('latin1.csv', Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xe9, 0x0a]))).rejects.toThrow(
      /latin1\.csv: not valid UTF-8/,
    );
  });

  it('reads a character cut by the end of a piece, the plain pieces around it alike', async () => {
    // The reader takes 64 KiB at a time: "é" (two bytes) is cut between the first piece and the second.
    const lead = `a,b\n${'x,1\n'.repeat(16_000)}`;
    const padding = 'y'.repeat(65_536 - Buffer.byteLength(lead) - 2);
    const rows = await rowsOf('cut.csv', `${lead}${padding},\u00e9\n${'z,2\n'.repeat(20_000)}`);
    expect(rows[16_001]).toEqual({ line: 16_002, cells: [padding, '\u00e9'] });
    expect(rows.filter((row) => row.cells[0] === 'z')).toHaveLength(20_000);
    expect(rows.findLast((row) => row.cells[0] === 'z')).toEqual({ line: 36_002, cells: ['z', '2'] });
  });

  it('fails on bytes that are not UTF-8 after plain pieces, naming where', async () => {
    const plain = Buffer.from(`a,b\n${'x,1\n'.repeat(40_000)}`);
    await expect(rowsOf('late.csv', Buffer.concat([plain, Buffer.from([0xe9, 0x0a])]))).rejects.toThrow(
      /late\.csv: not valid UTF-8 \(in bytes 131072-160005\)/,
    );
  });
});

describe('CSV rows split at the first cell', () => {
  async function linesOf(name: string, content: string): Promise<SourceLine[]> {
    const path = join(dir, name);
    writeFileSync(path, content);
    const lines: SourceLine[] = [];
    for await (const batch of csvRowBatches(path, name, { splitRows: true })) lines.push(...batch);
    return lines;
  }

  it('gives rows that end alike one shared array of cells', async () => {
    const lines = await linesOf(
      'shared.csv',
      'date,facility,state\n2013-01-01,"JAIL 3, PA",PA\n2014-02-02,"JAIL 3, PA",PA\n',
    );
    const [a, b] = lines.slice(1) as SplitSourceRow[];
    expect(a).toEqual({ line: 2, first: '2013-01-01', rest: ['JAIL 3, PA', 'PA'] });
    expect(b!.first).toBe('2014-02-02');
    expect(b!.rest).toBe(a!.rest);
  });

  it('reads whole the rows whose first cell is quoted or whose quotes run over lines, and a last line without a break', async () => {
    const lines = await linesOf('mixed.csv', 'a,b,c\r\n"x, y",1,2\r\nz,"multi\r\nline",3\r\nlast,4,5');
    expect(lines.map((row) => ({ line: row.line, cells: cellsOf(row) }))).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', '1', '2'] },
      { line: 3, cells: ['z', 'multi\r\nline', '3'] },
      { line: 5, cells: ['last', '4', '5'] },
    ]);
  });

  it('reads a file whose lines end with a lone carriage return', async () => {
    const lines = await linesOf('mac.csv', 'a,b\r1,2\r3,4\r');
    expect(lines.map(cellsOf).filter((cells) => cells.some((c) => c !== ''))).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
