/**
 * A lean streaming reader of .xlsx workbooks, for releases of hundreds of thousands of rows.
 *
 * exceljs's streaming reader (what this replaces for imports) reads the zip front to back. Excel
 * writes the shared strings after the worksheets, so exceljs first inflates each worksheet into a
 * temporary file (about 600 MB for the 2025 release), and it builds a Row and Cell object per cell.
 * Here the zip's central directory is read first (the file is on disk, so any entry can be read in
 * any order): the shared strings and the styles are read whole, then each worksheet is inflated as a
 * stream and its XML scanned row by row straight into text cells. Memory holds the shared strings
 * (one string per distinct text: 316,000 person keys are ~30 MB) and one chunk of XML.
 *
 * Cells as text, like the importer's exceljs reading did: shared, inline and formula strings as
 * written (XML entities and Excel's `_xHHHH_` escapes decoded, rich text runs joined, phonetic runs
 * left out); numbers as JavaScript prints them; numbers in a date or time format (the cell's style)
 * as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when they have a time of day (to the nearest second);
 * booleans `true`/`false`; errors empty. Zip64 archives are read; encrypted ones are refused.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import type { SheetRef } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';

/** A worksheet row: its number on the sheet (1-based) and its cells from column A on. */
export interface XlsxRow {
  readonly line: number;
  readonly cells: string[];
}

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The zip's entries by name, from its central directory. */
async function zipEntries(file: FileHandle, size: number, fileName: string): Promise<Map<string, ZipEntry>> {
  const bad = (why: string) => new ResearchFileError(`${fileName}: not readable as an .xlsx workbook: ${why}`);
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  let at = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw bad('not a zip archive (no end of central directory)');
  let count = tail.readUInt16LE(at + 10);
  let cdSize = tail.readUInt32LE(at + 12);
  let cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    if (at < 20 || tail.readUInt32LE(at - 20) !== ZIP64_LOCATOR) throw bad('zip64 locator missing');
    const recordOffset = Number(tail.readBigUInt64LE(at - 20 + 8));
    const record = Buffer.alloc(56);
    await file.read(record, 0, 56, recordOffset);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw bad('zip64 end of central directory missing');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size) throw bad('central directory beyond the end of the file');
  const cd = Buffer.alloc(cdSize);
  await file.read(cd, 0, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cdSize || cd.readUInt32LE(p) !== CENTRAL) throw bad('central directory damaged');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    let compressedSize = cd.readUInt32LE(p + 20);
    const uncompressedSize = cd.readUInt32LE(p + 24);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    let localHeaderOffset = cd.readUInt32LE(p + 42);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    // Zip64: the sizes and offset that do not fit in 32 bits are in extra field 0x0001, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = cd.readUInt16LE(e);
      const length = cd.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) q += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(cd.readBigUInt64LE(q));
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + length;
    }
    if (flags & 1) throw bad(`${name} is encrypted`);
    entries.set(name, { name, method, compressedSize, localHeaderOffset });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** An entry's uncompressed bytes as a stream. */
async function entryStream(file: FileHandle, path: string, entry: ZipEntry, fileName: string): Promise<Readable> {
  const header = Buffer.alloc(30);
  await file.read(header, 0, 30, entry.localHeaderOffset);
  if (header.readUInt32LE(0) !== LOCAL) {
    throw new ResearchFileError(`${fileName}: not readable as an .xlsx workbook: ${entry.name} damaged`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) {
    throw new ResearchFileError(
      `${fileName}: not readable as an .xlsx workbook: ${entry.name} uses compression method ${entry.method}`,
    );
  }
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

/** An entry's text, in decoded pieces. */
async function* entryText(stream: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text !== '') yield text;
  }
  const last = decoder.decode();
  if (last !== '') yield last;
}

async function wholeText(stream: Readable): Promise<string> {
  let text = '';
  for await (const piece of entryText(stream)) text += piece;
  return text;
}

const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** XML character data as text: entities decoded. */
function xmlText(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
    name ? NAMED[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)),
  );
}

/** A string item's text: entities and Excel's `_xHHHH_` escapes (ECMA-376 ST_Xstring) decoded. */
function stringText(raw: string): string {
  const text = xmlText(raw);
  if (text.indexOf('_x') < 0) return text;
  return text.replace(EXCEL_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const T_ELEMENT = /<t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/t>)/g;

/**
 * The text of a string item (`<si>` or `<is>` content): its `<t>` elements joined (one for plain
 * text, one per run for rich text), phonetic guides (`<rPh>`) left out.
 */
function itemText(xml: string): string {
  let body = xml;
  if (body.indexOf('<rPh') >= 0) body = body.replace(/<rPh[\s\S]*?<\/rPh>/g, '');
  const first = body.indexOf('<t');
  if (first < 0) return '';
  let text = '';
  T_ELEMENT.lastIndex = first;
  for (let m = T_ELEMENT.exec(body); m; m = T_ELEMENT.exec(body)) text += m[1] ?? '';
  return stringText(text);
}

/** The shared string table: one detached string per `<si>`, in order. */
async function sharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  let pending = '';
  for await (const piece of entryText(stream)) {
    pending += piece;
    let from = 0;
    for (;;) {
      const open = pending.indexOf('<si', from);
      if (open < 0) break;
      const afterName = pending.charCodeAt(open + 3);
      if (afterName === 47 /* / */) {
        // <si/>: an empty item
        const end = pending.indexOf('>', open);
        if (end < 0) break;
        strings.push('');
        from = end + 1;
        continue;
      }
      const close = pending.indexOf('</si>', open);
      if (close < 0) break;
      strings.push(` ${itemText(pending.slice(open, close))}`.slice(1));
      from = close + 5;
    }
    pending = pending.slice(from);
  }
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Does a custom number format show a date or time? Quoted text, `[...]` colours/conditions and escapes aside. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  const section = bare.split(';')[0] ?? '';
  return /[dmyhs]/i.test(section) && !/^general$/i.test(section.trim());
}

function attribute(tag: string, name: string): string | undefined {
  const at = tag.search(new RegExp(`\\s${name}="`));
  if (at < 0) return undefined;
  const start = at + name.length + 3;
  return xmlText(tag.slice(start, tag.indexOf('"', start)));
}

/** Which cell style indexes (`s`) format numbers as dates or times. */
function dateStyles(styles: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = attribute(m[0], 'numFmtId');
    const code = attribute(m[0], 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const result: boolean[] = [];
  for (const m of xfs.matchAll(/<xf(?:\s[^>]*)?>/g)) {
    const id = Number(attribute(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id);
    result.push(code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return result;
}

const DAY_MS = 86_400_000;

/** An Excel serial date as `YYYY-MM-DD`, or with `THH:MM:SS` when it has a time of day; '' when out of range. */
export function excelSerialText(serial: number, date1904: boolean): string {
  const ms = Math.round(((date1904 ? serial + 1462 : serial) - 25569) * 86_400) * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The 0-based column of a cell reference (`AB12` is 27); -1 when there is none. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : column - 1;
}

/** The value of attribute `name` (with its `="`, e.g. ` r="`) in tag text xml[from, to), or undefined. */
function attributeIn(xml: string, from: number, to: number, name: string): string | undefined {
  const at = xml.indexOf(name, from);
  if (at < 0 || at >= to) return undefined;
  const start = at + name.length;
  return xml.slice(start, xml.indexOf('"', start));
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * The rows in xml (whole `<row>` elements, and whatever surrounds them), appended to `rows`;
 * `previous` is the number of the row before (for rows without `r`). Returns the last row's number.
 */
function scanRows(xml: string, context: SheetContext, rows: XlsxRow[], previous: number): number {
  let line = previous;
  let p = 0;
  for (;;) {
    let open = xml.indexOf('<row', p);
    while (open >= 0) {
      const next = xml.charCodeAt(open + 4);
      if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) break;
      open = xml.indexOf('<row', open + 4);
    }
    if (open < 0) return line;
    const tagEnd = xml.indexOf('>', open);
    const r = attributeIn(xml, open, tagEnd, ' r="');
    line = r === undefined ? line + 1 : Number(r);
    if (xml.charCodeAt(tagEnd - 1) === 47 /* <row .../> */) {
      rows.push({ line, cells: [] });
      p = tagEnd + 1;
      continue;
    }
    const end = xml.indexOf('</row>', tagEnd);
    if (tagEnd < 0 || end < 0) throw new Error(`worksheet XML ends inside row ${line}`);
    rows.push({ line, cells: scanCells(xml, tagEnd + 1, end, context) });
    p = end + 6;
  }
}

function scanCells(xml: string, from: number, to: number, context: SheetContext): string[] {
  const cells: string[] = [];
  let p = from;
  for (;;) {
    const open = xml.indexOf('<c', p);
    if (open < 0 || open >= to) return cells;
    const after = xml.charCodeAt(open + 2);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      p = open + 2;
      continue;
    }
    const tagEnd = xml.indexOf('>', open);
    const ref = attributeIn(xml, open, tagEnd, ' r="');
    const column = ref === undefined ? cells.length : columnOf(ref);
    if (xml.charCodeAt(tagEnd - 1) === 47 /* <c .../> */) {
      p = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf('</c>', tagEnd);
    if (tagEnd < 0 || close < 0 || close > to) throw new Error('worksheet XML has a cell without its end');
    p = close + 4;
    const type = attributeIn(xml, open, tagEnd, ' t="');
    let text: string;
    if (type === 'inlineStr') {
      const is = xml.indexOf('<is>', tagEnd);
      text = is >= 0 && is < close ? itemText(xml.slice(is + 4, xml.indexOf('</is>', is))) : '';
    } else {
      const v = xml.indexOf('<v', tagEnd);
      if (v < 0 || v >= close || xml.charCodeAt(v + 2) === 47) continue;
      const valueStart = xml.indexOf('>', v) + 1;
      const raw = xml.slice(valueStart, xml.indexOf('</v>', valueStart));
      if (type === undefined || type === 'n') {
        const number = Number(raw);
        const style = attributeIn(xml, open, tagEnd, ' s="');
        text =
          style !== undefined && context.dates[Number(style)] === true
            ? excelSerialText(number, context.date1904)
            : Number.isNaN(number)
              ? raw
              : String(number);
      } else if (type === 's') {
        text = context.strings[Number(raw)] ?? '';
      } else if (type === 'str') {
        text = stringText(raw);
      } else if (type === 'b') {
        text = raw === '1' ? 'true' : 'false';
      } else if (type === 'e') {
        text = '';
      } else {
        text = xmlText(raw); // 'd': an ISO 8601 date written as text
      }
    }
    if (text === '') continue;
    while (cells.length < column) cells.push('');
    cells[column] = text;
  }
}

/** The sheet's rows in batches of at least `batchRows` (fewer at the end), as its XML is inflated. */
async function* sheetRows(stream: Readable, context: SheetContext, batchRows: number): AsyncGenerator<XlsxRow[]> {
  let pending = '';
  let line = 0;
  let rows: XlsxRow[] = [];
  for await (const piece of entryText(stream)) {
    pending += piece;
    const cut = pending.lastIndexOf('</row>');
    if (cut < 0) continue;
    line = scanRows(pending.slice(0, cut + 6), context, rows, line);
    pending = pending.slice(cut + 6);
    if (rows.length >= batchRows) {
      yield rows;
      rows = [];
    }
  }
  line = scanRows(pending, context, rows, line);
  if (rows.length > 0) yield rows;
}

/** A workbook part's path from a relationship target (relative to `base`'s folder, or absolute). */
function partPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

function relationships(xml: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\s[^>]*>/g)].map((m) => ({
    id: attribute(m[0], 'Id') ?? '',
    type: attribute(m[0], 'Type') ?? '',
    target: attribute(m[0], 'Target') ?? '',
  }));
}

/** A worksheet and its rows (read when iterated; each sheet's rows must be read before the next sheet's). */
export interface XlsxSheet {
  readonly sheet: SheetRef;
  rows(batchRows: number): AsyncGenerator<XlsxRow[]>;
}

/**
 * The workbook's worksheets in the workbook's order (chart sheets and dialog sheets aside).
 * Throws ResearchFileError when the file is not a readable workbook.
 */
export async function* xlsxSheets(path: string, fileName: string): AsyncGenerator<XlsxSheet> {
  const bad = (why: string) => new ResearchFileError(`${fileName}: not readable as an .xlsx workbook: ${why}`);
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const entries = await zipEntries(file, size, fileName);
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry ? wholeText(await entryStream(file, path, entry, fileName)) : undefined;
    };
    const rootRels = relationships((await text('_rels/.rels')) ?? '');
    const officeDocument = rootRels.find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = officeDocument ? partPath('', officeDocument.target) : 'xl/workbook.xml';
    const workbook = await text(workbookPath);
    if (workbook === undefined) throw bad(`no ${workbookPath}`);
    const relsPath = partPath(workbookPath, `_rels/${workbookPath.split('/').pop()}.rels`);
    const rels = relationships((await text(relsPath)) ?? '');
    const byType = (suffix: string) => rels.find((r) => r.type.endsWith(suffix));
    const stringsRel = byType('/sharedStrings');
    const stylesRel = byType('/styles');
    const stringsEntry = stringsRel && entries.get(partPath(workbookPath, stringsRel.target));
    const context: SheetContext = {
      strings: stringsEntry ? await sharedStrings(await entryStream(file, path, stringsEntry, fileName)) : [],
      dates: dateStyles((stylesRel && (await text(partPath(workbookPath, stylesRel.target)))) ?? ''),
      date1904: /<workbookPr\s[^>]*date1904="(?:1|true)"/.test(workbook),
    };
    const sheets = [...workbook.matchAll(/<sheet\s[^>]*>/g)].map((m) => ({
      name: attribute(m[0], 'name') ?? '',
      rel: rels.find((r) => r.id === attribute(m[0], 'r:id')),
    }));
    let index = 0;
    for (const { name, rel } of sheets) {
      if (!rel || !rel.type.endsWith('/worksheet')) continue;
      const entry = entries.get(partPath(workbookPath, rel.target));
      if (!entry) throw bad(`sheet "${name}" missing`);
      const sheet: SheetRef = { index: index++, name };
      yield {
        sheet,
        rows: async function* (batchRows: number) {
          try {
            yield* sheetRows(await entryStream(file, path, entry, fileName), context, batchRows);
          } catch (error) {
            if (error instanceof ResearchFileError) throw error;
            throw bad(`sheet "${name}": ${error instanceof Error ? error.message : String(error)}`);
          }
        },
      };
    }
  } catch (error) {
    if (error instanceof ResearchFileError) throw error;
    throw bad(error instanceof Error ? error.message : String(error));
  } finally {
    await file.close();
  }
}
