/**
 * The lean workbook reader reads what exceljs (the reader it replaced) reads: the same text for
 * every kind of cell, every sheet in order, written by exceljs's two writers (shared strings after
 * the sheet, as Excel writes them, or inline).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { excelSerialText, isDateFormat, xlsxSheets } from './xlsx-stream.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dd-xlsx-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every kind of cell a release might hold, one row per kind, and a second and third sheet. */
function fill(addSheet: (name: string) => { addRow(values: unknown[]): { commit?: () => void } }): void {
  const first = addSheet('Detainers');
  const rows: unknown[][] = [
    [{ richText: [{ font: { bold: true }, text: 'Title ' }, { text: 'in two runs' }] }],
    ['Detainer Prepare Date', 'Name & <notes>', 'Count', 'Flag'],
    [new Date(Date.UTC(2024, 1, 29)), 'plain', 42, true],
    [new Date(Date.UTC(2024, 1, 29, 13, 5, 7)), 'quote " and apostrophe \' ', 3.25, false],
    [null, 'ñandú – naïve ☃ 𝄞', -0.5, null],
    ['2024-03-01', { formula: '1+1', result: 2 }, { formula: 'A1', result: 'text result' }, { error: '#N/A' }],
    [undefined, undefined, undefined, 'only the last'],
    ['(b)(6), (b)(7)(c)', 'b(6), b(7)c', 1e21, 0.1 + 0.2],
  ];
  for (const values of rows) first.addRow(values).commit?.();
  addSheet('Second sheet').addRow(['Detainer Prepare Date', 'x']).commit?.();
  addSheet('Third')
    .addRow([new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), 'last'])
    .commit?.();
}

/** The text exceljs's streaming reader gives a cell (what the importer used before). */
function exceljsText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return exceljsText(v.result);
  if ('error' in v) return '';
  return typeof v.text === 'string' ? v.text : '';
}

async function viaExceljs(path: string) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache' });
  const sheets: { name: string; rows: { line: number; cells: string[] }[] }[] = [];
  for await (const worksheet of reader) {
    const rows: { line: number; cells: string[] }[] = [];
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(exceljsText(values[i]));
      while (cells.length > 0 && cells.at(-1) === '') cells.pop();
      rows.push({ line: row.number, cells });
    }
    sheets.push({ name: (worksheet as unknown as { name: string }).name, rows });
  }
  return sheets;
}

async function viaLean(path: string) {
  const sheets: { name: string; index: number; rows: { line: number; cells: string[] }[] }[] = [];
  for await (const { sheet, rows } of xlsxSheets(path, 'test.xlsx')) {
    const read: { line: number; cells: string[] }[] = [];
    for await (const batch of rows(2)) read.push(...batch);
    sheets.push({ ...sheet, rows: read });
  }
  return sheets;
}

describe('the lean xlsx reader', () => {
  it('reads a workbook written with shared strings after the sheets as exceljs does, every sheet in order', async () => {
    const path = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    fill((name) => writer.addWorksheet(name));
    await writer.commit();
    const lean = await viaLean(path);
    expect(lean.map((s) => [s.index, s.name])).toEqual([
      [0, 'Detainers'],
      [1, 'Second sheet'],
      [2, 'Third'],
    ]);
    expect(lean.map(({ name, rows }) => ({ name, rows }))).toEqual(await viaExceljs(path));
    expect(lean[0]!.rows.slice(0, 5)).toEqual([
      { line: 1, cells: ['Title in two runs'] },
      { line: 2, cells: ['Detainer Prepare Date', 'Name & <notes>', 'Count', 'Flag'] },
      { line: 3, cells: ['2024-02-29', 'plain', '42', 'true'] },
      { line: 4, cells: ['2024-02-29T13:05:07', 'quote " and apostrophe \' ', '3.25', 'false'] },
      { line: 5, cells: ['', 'ñandú – naïve ☃ 𝄞', '-0.5'] },
    ]);
    expect(lean[2]!.rows).toEqual([{ line: 1, cells: ['1999-12-31T23:59:59', 'last'] }]);
  });

  it('reads a workbook written in one piece (shared strings, formulas, the 1904 date system)', async () => {
    const path = join(dir, 'whole.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    fill((name) => workbook.addWorksheet(name));
    await workbook.xlsx.writeFile(path);
    const lean = await viaLean(path);
    expect(lean.map(({ name, rows }) => ({ name, rows }))).toEqual(await viaExceljs(path));
    expect(lean[0]!.rows[2]!.cells[0]).toBe('2024-02-29');
  });

  it('refuses a file that is not a workbook as a file error', async () => {
    const path = join(dir, 'not.xlsx');
    writeFileSync(path, 'date,lift_reason\n2020-01-01,x\n');
    await expect(viaLean(path)).rejects.toThrow(ResearchFileError);
    await expect(viaLean(path)).rejects.toThrow(/test\.xlsx: not readable as an \.xlsx workbook: not a zip archive/);
  });

  it('reads a hand-made workbook: stored (uncompressed) entries, inline strings, rows without numbers', async () => {
    const path = join(dir, 'hand-made.xlsx');
    writeFileSync(path, storedZip(handMadeWorkbook(SHEET)));
    const [sheet] = await viaLean(path);
    expect(sheet).toEqual({
      name: 'Raw & ready',
      index: 0,
      rows: [
        { line: 1, cells: ['Detainer Prepare Date', 'Note'] },
        { line: 2, cells: ['2024-01-02', 'inline <text>'] },
        { line: 3, cells: [] },
        { line: 4, cells: ['', '', 'C only', '', 'E'] },
      ],
    });
  });

  it('reports a worksheet cut short as a file error naming the sheet', async () => {
    const path = join(dir, 'cut.xlsx');
    writeFileSync(path, storedZip(handMadeWorkbook(SHEET.slice(0, SHEET.indexOf('</row>', 120)))));
    await expect(viaLean(path)).rejects.toThrow(ResearchFileError);
    await expect(viaLean(path)).rejects.toThrow(
      /^test\.xlsx: not readable as an \.xlsx workbook: sheet "Raw & ready": worksheet XML ends inside row 1$/,
    );
  });

  it('knows date formats and Excel serial dates', () => {
    expect(['yyyy-mm-dd', 'm/d/yy h:mm', '[$-409]mmm d, yyyy', 'hh:mm:ss', '[h]:mm'].map(isDateFormat)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['General', '0.00', '#,##0', '"Day "0', '0.00E+00'].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(excelSerialText(45351, false)).toBe('2024-02-29');
    expect(excelSerialText(45351.5, false)).toBe('2024-02-29T12:00:00');
    // A time a float cannot hold exactly is rounded to the nearest second, not cut.
    expect(excelSerialText(45351 + 43_199.9999 / 86_400, false)).toBe('2024-02-29T12:00:00');
    expect(excelSerialText(43889, true)).toBe('2024-02-29');
  });
});

const SHEET =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Detainer Prepare Date</t></is></c><c r="B1" t="inlineStr"><is><t>Note</t></is></c></row>' +
  '<row r="2"><c r="A2" t="d"><v>2024-01-02</v></c><c r="B2" t="inlineStr"><is><r><t>inline </t></r><r><t>&lt;text&gt;</t></r></is></c></row>' +
  '<row r="3"/>' +
  '<row><c r="C4" t="inlineStr"><is><t>C only</t></is></c><c r="E4" t="str"><f>X</f><v>E</v></c></row>' +
  '</sheetData></worksheet>';

/** The least a workbook needs: the package relationships, the workbook, its relationships, one sheet. */
function handMadeWorkbook(sheet: string): Record<string, string> {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return {
    '_rels/.rels': `<Relationships><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns:r="${rel}"><sheets><sheet name="Raw &amp; ready" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
  };
}

/** A zip of stored (uncompressed) entries; the reader does not check CRCs, so they are left 0. */
function storedZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
