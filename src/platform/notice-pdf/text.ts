/**
 * Text on a notice: the embedded fonts, runs of text by the font that has their glyphs, wrapping
 * and measuring, and the text blocks every notice uses (paragraph, heading, callout).
 *
 * Fonts: Noto Sans (Latin with every accent, Greek, Cyrillic, Devanagari) first, then Noto Naskh
 * Arabic, Noto Sans SC (Chinese and Japanese kana) and Noto Sans KR (Hangul), all from npm packages
 * (see the README's dependencies table), regular and bold. Each run of text is set in the
 * first font of that chain that has its letters, so a name prints as written ("José Müller",
 * "Анна", "محمد", "王小明", "김민준", "राजेश"). PDFKit embeds only the fonts a notice uses, each subset to
 * the glyphs it prints, with a ToUnicode map so the text can be copied and searched. fontkit shapes
 * each run (Arabic joining, Devanagari conjuncts) and sets a right-to-left run right to left.
 * A letter no font has prints as the first font's blank box, never as another letter.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { normalizeSpaces } from '../notice-format.js';
import { COLOR, CONTENT_WIDTH, LINE_GAP, MARGIN_X, PAGE_WIDTH, SIZE, type Doc } from './style.js';

export type Weight = 'regular' | 'bold';

interface Face {
  /** The name the font is registered under in a document. */
  readonly name: string;
  readonly file: string;
}

const require = createRequire(import.meta.url);

/** A file of a font package: they export only their index, and their fonts sit beside it. */
function fontFile(pkg: string, ...parts: string[]): string {
  return path.join(path.dirname(require.resolve(pkg)), ...parts);
}

/** The chain of fonts by weight, the first one for every text it can set. */
const CHAIN: Readonly<Record<Weight, readonly Face[]>> = {
  regular: [
    { name: 'NotoSans', file: fontFile('@embedpdf/fonts-latin', '..', 'fonts', 'NotoSans-Regular.ttf') },
    { name: 'NotoNaskhArabic', file: fontFile('@embedpdf/fonts-arabic', '..', 'fonts', 'NotoNaskhArabic-Regular.ttf') },
    { name: 'NotoSansSC', file: fontFile('@embedpdf/fonts-sc', '..', 'fonts', 'NotoSansHans-Regular.otf') },
    { name: 'NotoSansKR', file: fontFile('@embedpdf/fonts-kr', '..', 'fonts', 'NotoSansKR-Regular.otf') },
  ],
  bold: [
    { name: 'NotoSans-Bold', file: fontFile('@embedpdf/fonts-latin', '..', 'fonts', 'NotoSans-Bold.ttf') },
    {
      name: 'NotoNaskhArabic-Bold',
      file: fontFile('@embedpdf/fonts-arabic', '..', 'fonts', 'NotoNaskhArabic-Bold.ttf'),
    },
    { name: 'NotoSansSC-Bold', file: fontFile('@embedpdf/fonts-sc', '..', 'fonts', 'NotoSansHans-Bold.otf') },
    { name: 'NotoSansKR-Bold', file: fontFile('@embedpdf/fonts-kr', '..', 'fonts', 'NotoSansKR-Bold.otf') },
  ],
};

// Read once per process; parsed by PDFKit for each document that uses them.
const bytes = new Map<string, Buffer>();
const parsed = new Map<string, fontkit.Font>();

function fontBytes(face: Face): Buffer {
  let data = bytes.get(face.file);
  if (!data) {
    data = readFileSync(face.file);
    bytes.set(face.file, data);
  }
  return data;
}

function covers(face: Face, codePoint: number): boolean {
  let font = parsed.get(face.file);
  if (!font) {
    font = fontkit.create(fontBytes(face)) as fontkit.Font;
    parsed.set(face.file, font);
  }
  return font.hasGlyphForCodePoint(codePoint);
}

const FACES = new Map([...CHAIN.regular, ...CHAIN.bold].map((face) => [face.name, face]));
const registered = new WeakMap<Doc, Set<string>>();

/**
 * Selects a font of the chain, registering it in the document on first use: a file is read (once
 * per process) only when some text needs it, so a Latin-only notice never reads the CJK fonts.
 */
function use(doc: Doc, name: string): Doc {
  let names = registered.get(doc);
  if (!names) {
    names = new Set();
    registered.set(doc, names);
  }
  if (!names.has(name)) {
    doc.registerFont(name, fontBytes(FACES.get(name)!));
    names.add(name);
  }
  return doc.font(name);
}

/** One run of text set in one font of the chain. */
export interface Run {
  readonly font: string;
  readonly text: string;
}

/** Letters that take the font of the text around them: spaces, marks and joiners. */
const FOLLOWS = /^[\s\p{M}\u200c\u200d]$/u;

/** The text in runs, each in the first font of the chain that has its letters. */
export function runs(text: string, weight: Weight): Run[] {
  const chain = CHAIN[weight];
  const out: Array<{ face: number; text: string }> = [];
  for (const ch of printable(text)) {
    const last = out[out.length - 1];
    let face: number;
    if (FOLLOWS.test(ch) && last) face = last.face;
    else {
      const cp = ch.codePointAt(0)!;
      const index = chain.findIndex((f) => covers(f, cp));
      face = index < 0 ? 0 : index;
    }
    if (last && last.face === face) last.text += ch;
    else out.push({ face, text: ch });
  }
  return out.map((r) => ({ font: chain[r.face]!.name, text: r.text }));
}

/** The primary font of a weight: selects it (and the size) for what follows. */
export function font(doc: Doc, weight: Weight, size: number): Doc {
  return use(doc, CHAIN[weight][0]!.name).fontSize(size);
}

/**
 * Noto Sans sets lines 1.36 em apart (room for stacked accents), Helvetica 1.16 em: lines are drawn
 * that much closer, so paragraphs keep the spacing of the notices' design and text extraction
 * still reads each table cell and column as one block.
 */
const TIGHTER_LINES = 0.2;

function currentSize(doc: Doc): number {
  return (doc as unknown as { _fontSize: number })._fontSize;
}

function lineGapOf(doc: Doc, lineGap: number | undefined): number {
  return (lineGap ?? 0) - TIGHTER_LINES * currentSize(doc);
}

/**
 * Writes text in runs of the fonts that have its letters, at (x, y) or where the last text ended.
 * The font size and colour are the document's current ones.
 */
export function write(
  doc: Doc,
  weight: Weight,
  text: string,
  x?: number,
  y?: number,
  options: PDFKit.Mixins.TextOptions = {},
): void {
  const parts = runs(text, weight);
  if (parts.length === 0) parts.push({ font: CHAIN[weight][0]!.name, text: '' });
  const lineGap = lineGapOf(doc, options.lineGap);
  parts.forEach((part, i) => {
    use(doc, part.font);
    const more = i < parts.length - 1 || options.continued === true;
    if (i === 0 && x !== undefined) doc.text(part.text, x, y, { ...options, lineGap, continued: more });
    else doc.text(part.text, { ...options, lineGap, continued: more });
  });
}

/** The width of a one-line text, in the current size. */
export function widthOf(doc: Doc, weight: Weight, text: string): number {
  return runs(text, weight).reduce((sum, part) => sum + use(doc, part.font).widthOfString(part.text), 0);
}

/** The height a text takes when wrapped to `width`. */
export function measure(doc: Doc, text: string, weight: Weight, size: number, width: number): number {
  const parts = runs(text, weight);
  font(doc, weight, size);
  if (parts.length <= 1) {
    const first = parts[0];
    if (first) use(doc, first.font);
    return doc.heightOfString(first?.text ?? '', { width, lineGap: lineGapOf(doc, LINE_GAP) });
  }
  // Mixed fonts: measured in the first font, each letter of another font counted as a wide one.
  const primary = CHAIN[weight][0]!.name;
  const estimate = parts.map((p) => (p.font === primary ? p.text : p.text.replace(/[^\s]/gu, 'W'))).join('');
  return doc.heightOfString(estimate, { width, lineGap: lineGapOf(doc, LINE_GAP) });
}

/** Text a PDF prints: odd spaces made plain, line breaks and tabs as one space, no control characters. */
export function printable(text: string): string {
  return (
    normalizeSpaces(text)
      .replace(/[\r\n\t]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
  );
}

// ---------------------------------------------------------------------------------------------
// Blocks of text

export interface ParagraphStyle {
  readonly weight?: Weight;
  readonly size?: number;
  readonly color?: string;
  /** Space after, in lines. */
  readonly gap?: number;
}

export function paragraph(doc: Doc, text: string, style: ParagraphStyle = {}): void {
  font(doc, style.weight ?? 'regular', style.size ?? SIZE.body).fillColor(style.color ?? COLOR.text);
  write(doc, style.weight ?? 'regular', text, MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: LINE_GAP });
  doc.moveDown(style.gap ?? 0.65);
}

export function heading(doc: Doc, text: string): void {
  doc.moveDown(0.3);
  // Keep a heading with at least two lines of what follows it.
  ensureRoom(doc, measure(doc, text, 'bold', SIZE.heading, CONTENT_WIDTH) + 2 * (SIZE.body + LINE_GAP) + 8);
  font(doc, 'bold', SIZE.heading).fillColor(COLOR.accent);
  write(doc, 'bold', text, MARGIN_X, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.4);
}

/** The sentence the notice exists for, set apart with a bar. */
export function callout(doc: Doc, text: string): void {
  const pad = 12;
  const width = CONTENT_WIDTH - 2 * pad - 4;
  const height = measure(doc, text, 'bold', SIZE.body + 1, width) + 2 * pad;
  ensureRoom(doc, height);
  const top = doc.y + 2;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, height).fill(COLOR.panel).restore();
  doc.save().rect(MARGIN_X, top, 4, height).fill(COLOR.accent).restore();
  font(doc, 'bold', SIZE.body + 1).fillColor(COLOR.text);
  write(doc, 'bold', text, MARGIN_X + pad + 4, top + pad, { width, lineGap: LINE_GAP });
  doc.x = MARGIN_X;
  doc.y = top + height + 14;
}

/** A label over a value in a shaded panel with a bar: the one fact a notice is about (e.g. a date). */
export function keyFact(doc: Doc, label: string, value: string): void {
  const pad = 12;
  const labelHeight = measure(doc, label, 'regular', SIZE.body - 1, CONTENT_WIDTH - 2 * pad);
  const valueHeight = measure(doc, value, 'bold', 15, CONTENT_WIDTH - 2 * pad);
  const total = pad + labelHeight + 4 + valueHeight + pad;
  ensureRoom(doc, total);
  const top = doc.y + 2;
  doc.save().rect(MARGIN_X, top, CONTENT_WIDTH, total).fill(COLOR.panel).restore();
  doc.save().rect(MARGIN_X, top, 4, total).fill(COLOR.accent).restore();
  font(doc, 'regular', SIZE.body - 1).fillColor(COLOR.muted);
  write(doc, 'regular', label, MARGIN_X + pad, top + pad, { width: CONTENT_WIDTH - 2 * pad, lineGap: LINE_GAP });
  font(doc, 'bold', 15).fillColor(COLOR.text);
  write(doc, 'bold', value, MARGIN_X + pad, top + pad + labelHeight + 4, { width: CONTENT_WIDTH - 2 * pad });
  doc.x = MARGIN_X;
  doc.y = top + total + 16;
}

export function rule(doc: Doc, color: string, width: number): void {
  const y = doc.y;
  doc.save().lineWidth(width).strokeColor(color);
  doc
    .moveTo(MARGIN_X, y)
    .lineTo(PAGE_WIDTH - MARGIN_X, y)
    .stroke();
  doc.restore();
}

export function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}
