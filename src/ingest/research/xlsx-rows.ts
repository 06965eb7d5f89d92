import type { SheetRef, SourceRow } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';

const BATCH_ROWS = 1_000;

/**
 * The rows of every worksheet of an .xlsx file, in order, as text cells tagged with their sheet (one
 * SheetRef per sheet; the reader looks for each sheet's header), in batches, streamed with exceljs's
 * WorkbookReader (shared strings are cached, which a release's repeated facility names keep
 * small; rows are not). Dates become `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (the sheet's wall clock).
 */
export async function* xlsxRowBatches(path: string, fileName: string): AsyncGenerator<readonly SourceRow[]> {
  // Loaded here, not with the module: CSV imports (and the CLI's start) do without its weight.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let batch: SourceRow[] = [];
  let index = 0;
  try {
    for await (const worksheet of reader) {
      const sheet: SheetRef = { index, name: (worksheet as { name?: string }).name ?? `Sheet${index + 1}` };
      index++;
      for await (const row of worksheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        batch.push({ line: row.number, cells, sheet });
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
    }
  } catch (error) {
    if (error instanceof ResearchFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ResearchFileError(`${fileName}: not readable as an .xlsx workbook: ${message}`);
  }
  if (batch.length > 0) yield batch;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoWallClock(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if ('error' in v) return '';
  }
  return String(value as string);
}

function isoWallClock(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
