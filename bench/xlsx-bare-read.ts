/**
 * The xlsx benchmark's yardstick, run as its own process: exceljs's streaming WorkbookReader, with
 * the options the importer's exceljs reading used (worksheets emitted, shared strings and styles
 * cached, hyperlinks and entries ignored), reading a workbook bare: every row of every sheet, every
 * cell's value touched. Prints `{ rows, cells }` as JSON.
 *   node --import tsx bench/xlsx-bare-read.ts FILE
 */
import ExcelJS from 'exceljs';

const file = process.argv[2];
if (!file) throw new Error('usage: xlsx-bare-read.ts FILE');
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
  worksheets: 'emit',
  sharedStrings: 'cache',
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
});
let rows = 0;
let cells = 0;
for await (const worksheet of reader) {
  for await (const row of worksheet) {
    rows++;
    const values = row.values as unknown[];
    for (let i = 1; i < values.length; i++) if (values[i] !== undefined && values[i] !== null) cells++;
  }
}
process.stdout.write(`${JSON.stringify({ rows, cells })}\n`);
