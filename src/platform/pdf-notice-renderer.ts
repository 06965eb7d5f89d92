/**
 * The notices the law requires, as PDFs in English and Spanish (PDFKit, its built-in Helvetica).
 *
 * - `ca-truth-copy-and-intent`: Cal. Gov. Code 7283.1(b) (and 7284.10(a)(2) for the Department of
 *   Corrections): a copy of the ICE request and whether the agency intends to comply, per action asked.
 * - `tx-held-on-detainer`: Tex. Code Crim. Proc. art. 2.251(a)(2): the person is held on an ICE
 *   detainer request; art. 2.251(b): proof of citizenship or lawful status lifts the duties.
 * - `release-notification`: Cal. Gov. Code 7283.1(b): the release date and time given to ICE.
 *
 * The wording lives in `./notice-templates/` (one dictionary per language); this file is layout only.
 * Output is deterministic: the same content gives the same bytes (dates in the PDF's info come from
 * `servedAt`, and the file ID is derived from them). Nothing is logged.
 *
 * The built-in fonts cover Windows-1252 (Latin-1 plus a few signs): other characters, e.g. in a
 * person's name, are printed without their accents where that helps and as "?" otherwise.
 */
import PDFDocument from 'pdfkit';
import type { NoticeContent, NoticeRenderer } from '../core/lifecycle/lifecycle.ports.js';
import { DEFAULT_CITATIONS, NOTICE_DICTIONARIES } from './notice-templates/index.js';
import type { Citation, CommonText, NoticeDictionary, RequestAction } from './notice-templates/index.js';
import { fill, formatForPeople, isSyntheticAgency, normalizeSpaces } from './notice-format.js';
import { noticePreview } from './notice-preview.js';

export { fill, formatForPeople, isSyntheticAgency } from './notice-format.js';

type Doc = PDFKit.PDFDocument;

const PAGE_WIDTH = 612; // US Letter, in points
const PAGE_HEIGHT = 792;
const MARGIN_X = 60;
const MARGIN_TOP = 44;
const MARGIN_BOTTOM = 66; // room for the footer
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#9aa3ad',
  panel: '#f1f3f5',
  tableHead: '#e2e7ec',
  accent: '#1f3a5f',
  link: '#1d4f91',
  demo: '#b3261e',
} as const;

const SIZE = { body: 10.5, small: 8.5, agency: 13, title: 15, subtitle: 9.5, heading: 11.5, footer: 8 } as const;
const LINE_GAP = 2;
const ACTIONS: readonly RequestAction[] = ['hold', 'notify', 'transfer'];

export const pdfNoticeRenderer: NoticeRenderer = {
  render: renderNotice,
  preview: noticePreview,
};

async function renderNotice(content: NoticeContent): Promise<Uint8Array> {
  const dict = NOTICE_DICTIONARIES[content.language];
  const common = dict.common;
  const when = (iso: string | null): string => formatForPeople(iso, common, content.timeZone);
  const stamp = instantOr(content.servedAt, new Date(0));
  const title = dict[content.kind].title;

  const doc = new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    lang: common.locale,
    displayTitle: true,
    info: {
      Title: pdfSafe(title),
      Author: pdfSafe(content.agencyName),
      Subject: pdfSafe(dict[content.kind].subtitle),
      Creator: 'Detainer Desk',
      Producer: 'Detainer Desk (PDFKit)',
      CreationDate: stamp,
      ModDate: stamp,
    },
  });
  const bytes = collect(doc);
  doc.addPage();

  const synthetic = isSyntheticAgency(content.agencyName);
  if (synthetic) banner(doc, common.syntheticBanner);
  header(doc, content, title, dict[content.kind].subtitle);
  details(doc, content, common, when);

  switch (content.kind) {
    case 'ca-truth-copy-and-intent':
      copyAndIntentBody(doc, content, dict, when);
      break;
    case 'tx-held-on-detainer':
      heldOnDetainerBody(doc, content, dict, when);
      break;
    case 'release-notification':
      releaseBody(doc, content, dict, when);
      break;
  }

  legalBasis(doc, content, dict);
  served(doc, common, when(content.servedAt));
  finishPages(doc, common, synthetic);
  doc.end();
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Blocks

function banner(doc: Doc, lines: readonly string[]): void {
  const [first = '', ...rest] = lines;
  const height = 10 + 14 + rest.length * 10;
  const top = doc.y;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, height).fill(COLOR.demo).restore();
  doc
    .font(BOLD)
    .fontSize(12)
    .fillColor('#ffffff')
    .text(pdfSafe(first), MARGIN_X, top + 6, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
  for (const [i, line] of rest.entries()) {
    doc
      .font(REGULAR)
      .fontSize(SIZE.small)
      .text(pdfSafe(line), MARGIN_X, top + 6 + 14 + i * 10, {
        width: CONTENT_WIDTH,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.x = MARGIN_X;
  doc.y = top + height + 12;
}

function header(doc: Doc, content: NoticeContent, title: string, subtitle: string): void {
  doc.font(BOLD).fontSize(SIZE.agency).fillColor(COLOR.accent);
  doc.text(pdfSafe(content.agencyName), MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: 1 });
  if (content.facilityName) {
    doc
      .font(REGULAR)
      .fontSize(SIZE.subtitle + 0.5)
      .fillColor(COLOR.muted);
    doc.text(pdfSafe(content.facilityName), { width: CONTENT_WIDTH });
  }
  doc.moveDown(0.35);
  rule(doc, COLOR.accent, 1.2);
  doc.moveDown(0.7);
  doc.font(BOLD).fontSize(SIZE.title).fillColor(COLOR.text);
  doc.text(pdfSafe(title), { width: CONTENT_WIDTH, lineGap: 2 });
  doc.moveDown(0.15);
  doc.font(REGULAR).fontSize(SIZE.subtitle).fillColor(COLOR.muted);
  doc.text(pdfSafe(subtitle), { width: CONTENT_WIDTH });
  doc.moveDown(0.9);
}

interface DetailCell {
  readonly label: string;
  readonly value: string;
  readonly strong?: boolean;
  /** Share of the panel's width. */
  readonly share: number;
}

/** The panel with who the notice is for and which request it is about: labels over values, in a grid. */
function details(doc: Doc, content: NoticeContent, common: CommonText, when: (iso: string | null) => string): void {
  const form = content.formEdition
    ? fill(common.formWithEdition, { form: content.form, edition: content.formEdition })
    : content.form;
  // Columns are shares of the panel's width; the second row's second cell lines up with the booking number.
  const rows: ReadonlyArray<ReadonlyArray<DetailCell>> = [
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
  const pad = 9;
  const gutter = 12;
  const inner = CONTENT_WIDTH - 2 * pad + gutter;
  const widthOf = (cell: DetailCell): number => cell.share * inner - gutter;
  const cellHeight = (cell: DetailCell): number =>
    measure(doc, cell.label, REGULAR, SIZE.small, widthOf(cell)) +
    2 +
    measure(doc, cell.value, cell.strong ? BOLD : REGULAR, SIZE.body, widthOf(cell));
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
      const width = widthOf(cell);
      doc.font(REGULAR).fontSize(SIZE.small).fillColor(COLOR.muted);
      doc.text(pdfSafe(cell.label), x, y, { width, lineGap: LINE_GAP });
      doc
        .font(cell.strong ? BOLD : REGULAR)
        .fontSize(SIZE.body)
        .fillColor(COLOR.text);
      doc.text(pdfSafe(cell.value), x, doc.y + 2, { width, lineGap: LINE_GAP });
      x += width + gutter;
    }
    y += (heights[r] ?? 0) + rowGap;
  });
  doc.x = MARGIN_X;
  doc.y = top + total + 14;
}

function copyAndIntentBody(
  doc: Doc,
  content: NoticeContent,
  dict: NoticeDictionary,
  when: (iso: string | null) => string,
): void {
  const text = dict['ca-truth-copy-and-intent'];
  for (const p of text.intro) paragraph(doc, fill(p, { agencyName: content.agencyName }));
  paragraph(doc, text.copyProvided, { font: BOLD });

  const asked = ACTIONS.flatMap((action) => {
    const decision = content.decisions[action];
    return decision ? [{ action, decision }] : [];
  });
  if (asked.length === 0) {
    paragraph(doc, text.undecided);
    return;
  }

  const pad = 6;
  const leftWidth = Math.round(CONTENT_WIDTH * 0.4);
  const rightWidth = CONTENT_WIDTH - leftWidth;
  const cell = (s: string, font: string, width: number): number => measure(doc, s, font, SIZE.body, width - 2 * pad);
  const headHeight =
    Math.max(cell(text.tableAction, BOLD, leftWidth), cell(text.tableIntent, BOLD, rightWidth)) + 2 * pad;
  const rows = asked.map(({ action, decision }) => {
    const left = text.actions[action];
    const answer = text.answers[decision];
    const right = `${answer} ${text.intents[action][decision]}`;
    const height = Math.max(cell(left, REGULAR, leftWidth), cell(right, REGULAR, rightWidth)) + 2 * pad;
    return { left, answer, rest: text.intents[action][decision], height };
  });

  const first = rows[0];
  ensureRoom(doc, headHeight + (first ? first.height : 0));
  let y = doc.y + 2;
  const drawHead = (): void => {
    doc.save().rect(MARGIN_X, y, CONTENT_WIDTH, headHeight).fill(COLOR.tableHead).restore();
    doc.font(BOLD).fontSize(SIZE.body).fillColor(COLOR.text);
    doc.text(pdfSafe(text.tableAction), MARGIN_X + pad, y + pad, { width: leftWidth - 2 * pad, lineGap: LINE_GAP });
    doc.text(pdfSafe(text.tableIntent), MARGIN_X + leftWidth + pad, y + pad, {
      width: rightWidth - 2 * pad,
      lineGap: LINE_GAP,
    });
    y += headHeight;
  };
  drawHead();
  for (const row of rows) {
    if (y + row.height > doc.page.maxY()) {
      doc.addPage();
      y = doc.y;
      drawHead();
    }
    doc.save().lineWidth(0.6).strokeColor(COLOR.rule);
    doc.rect(MARGIN_X, y, CONTENT_WIDTH, row.height).stroke();
    doc
      .moveTo(MARGIN_X + leftWidth, y)
      .lineTo(MARGIN_X + leftWidth, y + row.height)
      .stroke();
    doc.restore();
    doc.font(REGULAR).fontSize(SIZE.body).fillColor(COLOR.text);
    doc.text(pdfSafe(row.left), MARGIN_X + pad, y + pad, { width: leftWidth - 2 * pad, lineGap: LINE_GAP });
    doc.font(BOLD).text(`${pdfSafe(row.answer)} `, MARGIN_X + leftWidth + pad, y + pad, {
      width: rightWidth - 2 * pad,
      lineGap: LINE_GAP,
      continued: true,
    });
    doc.font(REGULAR).text(pdfSafe(row.rest), { lineGap: LINE_GAP });
    y += row.height;
  }
  doc.x = MARGIN_X;
  doc.y = y + 14;

  if (content.decisions.hold === 'comply' && content.holdUntil) {
    paragraph(doc, fill(text.holdUntil, { holdUntil: when(content.holdUntil) }));
  }
}

function heldOnDetainerBody(
  doc: Doc,
  content: NoticeContent,
  dict: NoticeDictionary,
  when: (iso: string | null) => string,
): void {
  const text = dict['tx-held-on-detainer'];
  callout(doc, text.held);
  paragraph(
    doc,
    content.holdUntil ? fill(text.holdUntil, { holdUntil: when(content.holdUntil) }) : text.holdUntilUnknown,
  );
  heading(doc, text.proofHeading);
  for (const p of text.proof) paragraph(doc, p);
}

function releaseBody(
  doc: Doc,
  content: NoticeContent,
  dict: NoticeDictionary,
  when: (iso: string | null) => string,
): void {
  const text = dict['release-notification'];
  for (const p of text.intro) paragraph(doc, fill(p, { agencyName: content.agencyName }));
  const value = content.releaseAt ? when(content.releaseAt) : text.releaseUnknown;
  const pad = 12;
  const labelHeight = measure(doc, text.releaseLabel, REGULAR, SIZE.body - 1, CONTENT_WIDTH - 2 * pad);
  const valueHeight = measure(doc, value, BOLD, 15, CONTENT_WIDTH - 2 * pad);
  const total = pad + labelHeight + 4 + valueHeight + pad;
  ensureRoom(doc, total);
  const top = doc.y + 2;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, total).fill(COLOR.panel).restore();
  doc.save().rect(MARGIN_X, top, 4, total).fill(COLOR.accent).restore();
  doc
    .font(REGULAR)
    .fontSize(SIZE.body - 1)
    .fillColor(COLOR.muted);
  doc.text(pdfSafe(text.releaseLabel), MARGIN_X + pad, top + pad, {
    width: CONTENT_WIDTH - 2 * pad,
    lineGap: LINE_GAP,
  });
  doc.font(BOLD).fontSize(15).fillColor(COLOR.text);
  doc.text(pdfSafe(value), MARGIN_X + pad, top + pad + labelHeight + 4, { width: CONTENT_WIDTH - 2 * pad });
  doc.x = MARGIN_X;
  doc.y = top + total + 16;
  for (const p of text.designee) paragraph(doc, p);
}

function legalBasis(doc: Doc, content: NoticeContent, dict: NoticeDictionary): void {
  const citations: readonly Citation[] =
    content.citations.length > 0 ? content.citations : DEFAULT_CITATIONS[content.kind];
  heading(doc, dict.common.legalBasisHeading);
  const indent = 12;
  for (const citation of citations) {
    const title = `•  ${pdfSafe(citation.title)}`;
    const href = pdfSafe(citation.href);
    doc.font(BOLD).fontSize(SIZE.body - 0.5);
    const titleWidth = doc.widthOfString(`${title}   `);
    doc.font(REGULAR).fontSize(SIZE.small - 0.5);
    // The address goes beside the title when both fit on one line, else on its own indented line.
    const beside = href.length === 0 || titleWidth + doc.widthOfString(href) <= CONTENT_WIDTH;
    const height =
      measure(doc, title, BOLD, SIZE.body - 0.5, CONTENT_WIDTH) +
      (beside ? 0 : measure(doc, href, REGULAR, SIZE.small - 0.5, CONTENT_WIDTH - indent));
    ensureRoom(doc, height + 4);
    const top = doc.y;
    doc
      .font(BOLD)
      .fontSize(SIZE.body - 0.5)
      .fillColor(COLOR.text);
    doc.text(title, MARGIN_X, top, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
    if (href) {
      const [x, y] = beside ? [MARGIN_X + titleWidth, top + 1.5] : [MARGIN_X + indent, doc.y];
      doc
        .font(REGULAR)
        .fontSize(SIZE.small - 0.5)
        .fillColor(COLOR.link);
      doc.text(href, x, y, { width: MARGIN_X + CONTENT_WIDTH - x, link: citation.href, lineGap: LINE_GAP });
      doc.y = Math.max(doc.y, top + height);
    }
    doc.x = MARGIN_X;
    doc.moveDown(0.25);
  }
  if (content.kind === 'ca-truth-copy-and-intent') {
    doc.moveDown(0.2);
    paragraph(doc, dict['ca-truth-copy-and-intent'].corrections, { size: SIZE.small + 0.5, color: COLOR.muted });
  }
}

function served(doc: Doc, common: CommonText, servedAt: string): void {
  doc.moveDown(0.6);
  ensureRoom(doc, 40);
  rule(doc, COLOR.rule, 0.6);
  doc.moveDown(0.7);
  paragraph(doc, fill(common.servedOn, { servedAt }), { font: BOLD, gap: 0.3 });
  paragraph(doc, common.keepNotice, { size: SIZE.body - 1, color: COLOR.muted });
}

/** Footers and, on a synthetic notice, the watermark: drawn on every page once the pages are known. */
function finishPages(doc: Doc, common: CommonText, synthetic: boolean): void {
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
    doc.font(REGULAR).fontSize(SIZE.footer).fillColor(COLOR.muted);
    doc.text(pdfSafe(common.generatedBy), MARGIN_X, y, { width: CONTENT_WIDTH / 2, lineBreak: false });
    const page = fill(common.pageOf, { page: String(i - range.start + 1), pages: String(range.count) });
    doc.text(pdfSafe(page), MARGIN_X + CONTENT_WIDTH / 2, y, {
      width: CONTENT_WIDTH / 2,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

function watermark(doc: Doc, text: string): void {
  const safe = pdfSafe(text);
  const angle = -Math.atan2(PAGE_HEIGHT, PAGE_WIDTH) * (180 / Math.PI) * 0.8;
  const diagonal = Math.hypot(PAGE_WIDTH, PAGE_HEIGHT) * 0.72;
  doc.font(BOLD).fontSize(1);
  const size = Math.min(52, diagonal / doc.widthOfString(safe));
  doc.fontSize(size);
  const width = doc.widthOfString(safe);
  const cx = PAGE_WIDTH / 2;
  const cy = PAGE_HEIGHT / 2;
  doc.save();
  doc.rotate(angle, { origin: [cx, cy] });
  doc.fillColor(COLOR.demo).fillOpacity(0.11);
  // A watermark is not part of the notice's text: an empty ActualText keeps it out of copy, search and
  // text extraction (the banner at the top carries the same words as text).
  doc.markContent('Span', { actual: ' ' });
  doc.text(safe, cx - width / 2, cy - size / 2, { lineBreak: false });
  doc.endMarkedContent();
  doc.restore();
}

// ---------------------------------------------------------------------------------------------
// Primitives

interface ParagraphStyle {
  readonly font?: string;
  readonly size?: number;
  readonly color?: string;
  /** Space after, in lines. */
  readonly gap?: number;
}

function paragraph(doc: Doc, text: string, style: ParagraphStyle = {}): void {
  doc
    .font(style.font ?? REGULAR)
    .fontSize(style.size ?? SIZE.body)
    .fillColor(style.color ?? COLOR.text);
  doc.text(pdfSafe(text), MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
  doc.moveDown(style.gap ?? 0.65);
}

function heading(doc: Doc, text: string): void {
  doc.moveDown(0.3);
  // Keep a heading with at least two lines of what follows it.
  ensureRoom(doc, measure(doc, text, BOLD, SIZE.heading, CONTENT_WIDTH) + 2 * (SIZE.body + LINE_GAP) + 8);
  doc.font(BOLD).fontSize(SIZE.heading).fillColor(COLOR.accent);
  doc.text(pdfSafe(text), MARGIN_X, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

/** The sentence the notice exists for, set apart with a bar. */
function callout(doc: Doc, text: string): void {
  const pad = 12;
  const width = CONTENT_WIDTH - 2 * pad - 4;
  const height = measure(doc, text, BOLD, SIZE.body + 1, width) + 2 * pad;
  ensureRoom(doc, height);
  const top = doc.y + 2;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, height).fill(COLOR.panel).restore();
  doc.save().rect(MARGIN_X, top, 4, height).fill(COLOR.accent).restore();
  doc
    .font(BOLD)
    .fontSize(SIZE.body + 1)
    .fillColor(COLOR.text);
  doc.text(pdfSafe(text), MARGIN_X + pad + 4, top + pad, { width, lineGap: LINE_GAP });
  doc.x = MARGIN_X;
  doc.y = top + height + 14;
}

function rule(doc: Doc, color: string, width: number): void {
  const y = doc.y;
  doc.save().lineWidth(width).strokeColor(color);
  doc
    .moveTo(MARGIN_X, y)
    .lineTo(PAGE_WIDTH - MARGIN_X, y)
    .stroke();
  doc.restore();
}

function measure(doc: Doc, text: string, font: string, size: number, width: number): number {
  doc.font(font).fontSize(size);
  return doc.heightOfString(pdfSafe(text), { width, lineGap: LINE_GAP });
}

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
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

// ---------------------------------------------------------------------------------------------
// Text

function instantOr(iso: string, fallback: Date): Date {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? fallback : new Date(ms);
}

/** Characters the built-in fonts can show: Latin-1 and the Windows-1252 additions. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

/** Text the built-in fonts can print: odd spaces made plain, other letters without their marks, or "?". */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of normalizeSpaces(text).replace(/[\r\n\t]+/g, ' ')) {
    if (encodable(ch)) {
      out += ch;
      continue;
    }
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    out += base.length > 0 && [...base].every(encodable) ? base : '?';
  }
  return out;
}
