/**
 * The page of a notice, whatever its kind: the document (US Letter, its info and language), the
 * demo banner, the header (agency, title), the panel of who and which request, the legal basis,
 * the served line, and on every page the footer and, on a demo agency's notice, the watermark.
 *
 * Output is deterministic: the same content gives the same bytes (dates in the PDF's info come
 * from `servedAt`, and the file ID is derived from them). Nothing is logged.
 */
import PDFDocument from 'pdfkit';
import type { NoticeContent } from '../../core/lifecycle/lifecycle.ports.js';
import type { Citation, CommonText } from '../notice-templates/index.js';
import { fill } from '../notice-format.js';
import {
  COLOR,
  CONTENT_WIDTH,
  LINE_GAP,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  MARGIN_X,
  PAGE_HEIGHT,
  PAGE_WIDTH,
} from './style.js';
import { SIZE, type Doc } from './style.js';
import { ensureRoom, font, heading, measure, paragraph, printable, rule, widthOf, write } from './text.js';

/** A new document for a notice, and the promise of its bytes once it is ended. */
export function createDocument(
  content: NoticeContent,
  common: CommonText,
  title: string,
  subtitle: string,
): { doc: Doc; bytes: Promise<Uint8Array> } {
  const stamp = instantOr(content.servedAt, new Date(0));
  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    lang: common.locale,
    displayTitle: true,
    info: {
      Title: printable(title),
      Author: printable(content.agencyName),
      Subject: printable(subtitle),
      Creator: 'Detainer Desk',
      Producer: 'Detainer Desk (PDFKit)',
      CreationDate: stamp,
      ModDate: stamp,
    },
  });
  const bytes = collect(doc);
  doc.addPage();
  return { doc, bytes };
}

export function banner(doc: Doc, lines: readonly string[]): void {
  const [first = '', ...rest] = lines;
  const height = 10 + 14 + rest.length * 10;
  const top = doc.y;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, height).fill(COLOR.demo).restore();
  font(doc, 'bold', 12).fillColor('#ffffff');
  write(doc, 'bold', first, MARGIN_X, top + 6, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
  for (const [i, line] of rest.entries()) {
    font(doc, 'regular', SIZE.small);
    write(doc, 'regular', line, MARGIN_X, top + 6 + 14 + i * 10, {
      width: CONTENT_WIDTH,
      align: 'center',
      lineBreak: false,
    });
  }
  doc.x = MARGIN_X;
  doc.y = top + height + 12;
}

export function header(doc: Doc, content: NoticeContent, title: string, subtitle: string): void {
  font(doc, 'bold', SIZE.agency).fillColor(COLOR.accent);
  write(doc, 'bold', content.agencyName, MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: 1 });
  if (content.facilityName) {
    font(doc, 'regular', SIZE.subtitle + 0.5).fillColor(COLOR.muted);
    write(doc, 'regular', content.facilityName, undefined, undefined, { width: CONTENT_WIDTH });
  }
  doc.moveDown(0.35);
  rule(doc, COLOR.accent, 1.2);
  doc.moveDown(0.7);
  font(doc, 'bold', SIZE.title).fillColor(COLOR.text);
  write(doc, 'bold', title, MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: 2 });
  doc.moveDown(0.15);
  font(doc, 'regular', SIZE.subtitle).fillColor(COLOR.muted);
  write(doc, 'regular', subtitle, MARGIN_X, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.9);
}

export interface DetailCell {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
  /** Share of the panel's width. */
  readonly share: number;
}

/** A panel of labels over values, in a grid of rows (e.g. who the notice is for and which request). */
export function details(doc: Doc, rows: ReadonlyArray<ReadonlyArray<DetailCell>>): void {
  const pad = 9;
  const gutter = 12;
  const inner = CONTENT_WIDTH - 2 * pad + gutter;
  const widthOfCell = (cell: DetailCell): number => cell.share * inner - gutter;
  const cellHeight = (cell: DetailCell): number =>
    measure(doc, cell.label, 'regular', SIZE.small, widthOfCell(cell)) +
    2 +
    measure(doc, cell.value, cell.strong ? 'bold' : 'regular', SIZE.body, widthOfCell(cell));
  const heights = rows.map((row) => Math.max(...row.map(cellHeight)));
  const rowGap = 7;
  const total = heights.reduce((a, b) => a + b, 0) + rowGap * (rows.length - 1) + 2 * pad;
  ensureRoom(doc, total);
  const top = doc.y;
  doc.save().roundedRect(MARGIN_X, top, CONTENT_WIDTH, total, 4).fill(COLOR.panel).restore();
  let y = top + pad;
  rows.forEach((row, r) => {
    let x = MARGIN_X + pad;
    for (const cell of row) {
      const width = widthOfCell(cell);
      font(doc, 'regular', SIZE.small).fillColor(COLOR.muted);
      write(doc, 'regular', cell.label, x, y, { width, lineGap: LINE_GAP });
      const weight = cell.strong ? 'bold' : 'regular';
      font(doc, weight, SIZE.body).fillColor(COLOR.text);
      write(doc, weight, cell.value, x, doc.y + 2, { width, lineGap: LINE_GAP });
      x += width + gutter;
    }
    y += (heights[r] ?? 0) + rowGap;
  });
  doc.x = MARGIN_X;
  doc.y = top + total + 14;
}

/** The person and the request: the panel a notice about a person opens with. */
export function personRows(
  content: NoticeContent,
  common: CommonText,
  when: (iso: string | null) => string,
): DetailCell[][] {
  const form = content.formEdition
    ? fill(common.formWithEdition, { form: content.form, edition: content.formEdition })
    : content.form;
  // Columns are shares of the panel's width; the second row's second cell lines up with the booking number.
  return [
    [
      { label: common.personLabel, value: content.personName?.trim() || common.unknown, strong: true, share: 0.42 },
      { label: common.bookingLabel, value: content.bookingReference, strong: true, share: 0.3 },
      { label: common.formLabel, value: form, share: 0.28 },
    ],
    [
      { label: common.issuedLabel, value: when(content.issuedAt), share: 0.42 },
      { label: common.receivedLabel, value: when(content.receivedAt), share: 0.58 },
    ],
  ];
}

/** The citations of the law the notice rests on, each with its address (a link). */
export function legalBasis(doc: Doc, title: string, citations: readonly Citation[]): void {
  heading(doc, title);
  const indent = 12;
  const titleSize = SIZE.body - 0.5;
  const hrefSize = SIZE.small - 0.5;
  for (const citation of citations) {
    const text = `•  ${printable(citation.title)}`;
    const href = printable(citation.href);
    font(doc, 'bold', titleSize);
    const titleWidth = widthOf(doc, 'bold', `${text}   `);
    font(doc, 'regular', hrefSize);
    // The address goes beside the title when both fit on one line, else on its own indented line.
    const beside = href.length === 0 || titleWidth + widthOf(doc, 'regular', href) <= CONTENT_WIDTH;
    const height =
      measure(doc, text, 'bold', titleSize, CONTENT_WIDTH) +
      (beside ? 0 : measure(doc, href, 'regular', hrefSize, CONTENT_WIDTH - indent));
    ensureRoom(doc, height + 4);
    const top = doc.y;
    font(doc, 'bold', titleSize).fillColor(COLOR.text);
    write(doc, 'bold', text, MARGIN_X, top, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    if (href) {
      const [x, y] = beside ? [MARGIN_X + titleWidth, top + 1.5] : [MARGIN_X + indent, doc.y];
      font(doc, 'regular', hrefSize).fillColor(COLOR.link);
      write(doc, 'regular', href, x, y, {
        width: MARGIN_X + CONTENT_WIDTH - x,
        link: citation.href,
        lineGap: LINE_GAP,
      });
      doc.y = Math.max(doc.y, top + height);
    }
    doc.x = MARGIN_X;
    doc.moveDown(0.25);
  }
}

/** The closing lines: when the notice was served (`servedOn` has `{servedAt}`), then a line for its reader. */
export function served(doc: Doc, servedOn: string, servedAt: string, closing: string | null): void {
  doc.moveDown(0.6);
  ensureRoom(doc, 40);
  rule(doc, COLOR.rule, 0.6);
  doc.moveDown(0.7);
  paragraph(doc, fill(servedOn, { servedAt }), { weight: 'bold', gap: 0.3 });
  if (closing) paragraph(doc, closing, { size: SIZE.body - 1, color: COLOR.muted });
}

/** Footers and, on a demo agency's notice, the watermark: drawn on every page once the pages are known. */
export function finishPages(doc: Doc, common: CommonText, synthetic: boolean): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the bottom margin must not open a new page
    if (synthetic) watermark(doc, common.syntheticWatermark);
    const y = PAGE_HEIGHT - 42;
    doc.save().lineWidth(0.5).strokeColor(COLOR.rule);
    doc
      .moveTo(MARGIN_X, y - 8)
      .lineTo(PAGE_WIDTH - MARGIN_X, y - 8)
      .stroke();
    doc.restore();
    font(doc, 'regular', SIZE.footer).fillColor(COLOR.muted);
    write(doc, 'regular', common.generatedBy, MARGIN_X, y, { width: CONTENT_WIDTH / 2, lineBreak: false });
    const page = fill(common.pageOf, { page: String(i - range.start + 1), pages: String(range.count) });
    write(doc, 'regular', page, MARGIN_X + CONTENT_WIDTH / 2, y, {
      width: CONTENT_WIDTH / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

function watermark(doc: Doc, text: string): void {
  const angle = -Math.atan2(PAGE_HEIGHT, PAGE_WIDTH) * (180 / Math.PI) * 0.8;
  const diagonal = Math.hypot(PAGE_WIDTH, PAGE_HEIGHT) * 0.72;
  font(doc, 'bold', 1);
  const size = Math.min(52, diagonal / widthOf(doc, 'bold', text));
  doc.fontSize(size);
  const width = widthOf(doc, 'bold', text);
  const cx = PAGE_WIDTH / 2;
  const cy = PAGE_HEIGHT / 2;
  doc.save();
  doc.rotate(angle, { origin: [cx, cy] });
  doc.fillColor(COLOR.demo).fillOpacity(0.11);
  // A watermark is not part of the notice's text: an empty ActualText keeps it out of copy, search and
  // text extraction (the banner at the top carries the same words as text).
  doc.markContent('Span', { actual: ' ' });
  write(doc, 'bold', text, cx - width / 2, cy - size / 2, { lineBreak: false });
  doc.endMarkedContent();
  doc.restore();
}

function collect(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
  });
}

function instantOr(iso: string, fallback: Date): Date {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? fallback : new Date(ms);
}

/**
 * A row of a two-column table: the left cell's text; the right cell's opening words in bold, then
 * (when given) the rest in regular type on the same line.
 */
export interface TableRow {
  readonly left: string;
  readonly right: string;
  readonly rightRest?: string;
}

/** A two-column table with a shaded head row, repeated on a new page; `leftShare` of the width is the left column. */
export function table(
  doc: Doc,
  head: readonly [string, string],
  rows: ReadonlyArray<TableRow>,
  leftShare = 0.55,
): void {
  const pad = 6;
  const leftWidth = Math.round(CONTENT_WIDTH * leftShare);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const cell = (s: string, bold: boolean, width: number): number =>
    measure(doc, s, bold ? 'bold' : 'regular', SIZE.body, width - 2 * pad);
  const rightHeight = (row: TableRow) =>
    row.rightRest === undefined
      ? cell(row.right, true, rightWidth)
      : cell(`${row.right} ${row.rightRest}`, false, rightWidth);
  const headHeight = Math.max(cell(head[0], true, leftWidth), cell(head[1], true, rightWidth)) + 2 * pad;
  const sized = rows.map((row) => ({
    row,
    height: Math.max(cell(row.left, false, leftWidth), rightHeight(row)) + 2 * pad,
  }));
  ensureRoom(doc, headHeight + (sized[0]?.height ?? 0));
  let y = doc.y + 2;
  const drawHead = (): void => {
    doc.save().rect(MARGIN_X, y, CONTENT_WIDTH, headHeight).fill(COLOR.tableHead).restore();
    font(doc, 'bold', SIZE.body).fillColor(COLOR.text);
    write(doc, 'bold', head[0], MARGIN_X + pad, y + pad, { width: leftWidth - 2 * pad, lineGap: LINE_GAP });
    write(doc, 'bold', head[1], MARGIN_X + leftWidth + pad, y + pad, {
      width: rightWidth - 2 * pad,
      lineGap: LINE_GAP,
    });
    y += headHeight;
  };
  drawHead();
  for (const { row, height } of sized) {
    if (y + height > doc.page.maxY()) {
      doc.addPage();
      y = doc.y;
      drawHead();
    }
    doc.save().lineWidth(0.6).strokeColor(COLOR.rule);
    doc.rect(MARGIN_X, y, CONTENT_WIDTH, height).stroke();
    doc
      .moveTo(MARGIN_X + leftWidth, y)
      .lineTo(MARGIN_X + leftWidth, y + height)
      .stroke();
    doc.restore();
    font(doc, 'regular', SIZE.body).fillColor(COLOR.text);
    write(doc, 'regular', row.left, MARGIN_X + pad, y + pad, { width: leftWidth - 2 * pad, lineGap: LINE_GAP });
    font(doc, 'bold', SIZE.body);
    const rest = row.rightRest;
    write(doc, 'bold', rest === undefined ? row.right : `${row.right} `, MARGIN_X + leftWidth + pad, y + pad, {
      width: rightWidth - 2 * pad,
      lineGap: LINE_GAP,
      ...(rest === undefined ? {} : { continued: true }),
    });
    if (rest !== undefined) {
      font(doc, 'regular', SIZE.body);
      write(doc, 'regular', rest, undefined, undefined, { lineGap: LINE_GAP });
    }
    y += height;
  }
  doc.x = MARGIN_X;
  doc.y = y + 14;
}
