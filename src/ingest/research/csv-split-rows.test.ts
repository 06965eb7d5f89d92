import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cellsOf, type SourceLine, type SplitColumns } from '../../core/research/research-record.js';
import { csvSplitRowBatches, wellQuotedCells } from './csv-split-rows.js';

async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function rowsOf(text: string, columns: SplitColumns, size = 7): Promise<SourceLine[]> {
  const rows: SourceLine[] = [];
  for await (const batch of csvSplitRowBatches(piecesOf(text, size), {
    fileName: 'x.csv',
    runawayChars: 1 << 20,
    columns,
  })) {
    rows.push(...batch);
  }
  return rows;
}

describe('wellQuotedCells', () => {
  it.each(['a,b,c', '"a, b",c', 'a,"b ""quoted"" c",', '"",x,""', ',,', '"(b)(6), (b)(7)(c)",PA'])(
    'cuts %s as papaparse does',
    (line) => {
      expect(wellQuotedCells(line, ',')).toEqual(Papa.parse<string[]>(line, { delimiter: ',' }).data[0]);
    },
  );

  it.each(['a"b,c', '"a" ,b', '"open,b', 'a,"b"c'])('leaves %s to papaparse', (line) => {
    expect(wellQuotedCells(line, ',')).toBeNull();
  });

  it('cuts at a tab', () => {
    expect(wellQuotedCells('"a\tb"\tc', '\t')).toEqual(['a\tb', 'c']);
  });
});

describe('CSV rows split around their own cells', () => {
  const columns: SplitColumns = { date: 2, person: 1 };
  const header = 'state,person,date,facility\n';

  it('gives the date and person cells apart and rows alike but for them one shared rest', async () => {
    const rows = await rowsOf(
      `${header}PA,P-1,2020-01-01,"JAIL, EAST"\nPA,P-2,2020-01-02,"JAIL, EAST"\n"T, X",P-3,2020-01-03,J\n`,
      columns,
    );
    const [, a, b, quoted] = rows;
    expect(a).toMatchObject({ line: 2, first: '2020-01-01', person: 'P-1', rest: ['PA', 'JAIL, EAST'] });
    expect(b).toMatchObject({ line: 3, first: '2020-01-02', person: 'P-2' });
    expect(b && 'rest' in b && a && 'rest' in a && b.rest === a.rest).toBe(true);
    expect(rows.map((row) => ({ line: row.line, cells: cellsOf(row) }))).toEqual([
      { line: 1, cells: ['state', 'person', 'date', 'facility'] },
      { line: 2, cells: ['PA', 'P-1', '2020-01-01', 'JAIL, EAST'] },
      { line: 3, cells: ['PA', 'P-2', '2020-01-02', 'JAIL, EAST'] },
      // A quote before the last own cell: read whole.
      { line: 4, cells: ['T, X', 'P-3', '2020-01-03', 'J'] },
    ]);
    expect(quoted).not.toHaveProperty('first');
  });

  it('reads whole the rows too short for their own cells, blank lines and quoted line breaks', async () => {
    const rows = await rowsOf(`${header}PA\n\nPA,P-1,2020-01-01,"two\nlines"\nNY,P-2,2020-01-02,J`, columns);
    expect(rows.map((row) => ({ line: row.line, cells: cellsOf(row) }))).toEqual([
      { line: 1, cells: ['state', 'person', 'date', 'facility'] },
      { line: 2, cells: ['PA'] },
      { line: 4, cells: ['PA', 'P-1', '2020-01-01', 'two\nlines'] },
      { line: 6, cells: ['NY', 'P-2', '2020-01-02', 'J'] },
    ]);
  });

  it('stops remembering rests that do not repeat (a row number on every row), and reads on the same', async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `PA,P-${i},2020-01-01,"J, ${i}"`);
    const rows = await rowsOf(`${header}${lines.join('\n')}\n`, columns, 1 << 16);
    expect(rows).toHaveLength(40_001);
    expect('first' in rows[100]!).toBe(true);
    expect('first' in rows[39_000]!).toBe(false);
    expect(cellsOf(rows[39_000]!)).toEqual(['PA', 'P-38999', '2020-01-01', 'J, 38999']);
    expect(rows[39_000]!.line).toBe(39_001);
  });
});
