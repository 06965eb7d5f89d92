import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { font, measure, printable, runs, widthOf } from './text.js';

describe('runs of text by font', () => {
  it('sets Latin with accents, Greek, Cyrillic and Devanagari in Noto Sans, in one run', () => {
    expect(runs('José Müller Ελένη Анна Nguyễn राजेश', 'regular')).toEqual([
      { font: 'NotoSans', text: 'José Müller Ελένη Анна Nguyễn राजेश' },
    ]);
    expect(runs('Ñandú', 'bold')).toEqual([{ font: 'NotoSans-Bold', text: 'Ñandú' }]);
  });

  it('sets each other script in the first font of the chain that has it; spaces and marks follow their run', () => {
    expect(runs('Name: محمد علي / 王小明 김민준 Anna', 'regular')).toEqual([
      { font: 'NotoSans', text: 'Name: ' },
      { font: 'NotoNaskhArabic', text: 'محمد علي ' },
      { font: 'NotoSans', text: '/ ' },
      { font: 'NotoSansSC', text: '王小明 ' },
      { font: 'NotoSansKR', text: '김민준 ' },
      { font: 'NotoSans', text: 'Anna' },
    ]);
    expect(runs('やまだ', 'bold')).toEqual([{ font: 'NotoSansSC-Bold', text: 'やまだ' }]);
  });

  it('leaves a letter no font has in the first font (a blank box, never another letter)', () => {
    expect(runs('\u{1F600}', 'regular')).toEqual([{ font: 'NotoSans', text: '\u{1F600}' }]);
  });

  it('makes text printable: plain spaces, no line breaks, tabs or control characters', () => {
    expect(printable('a\u00a0b\u202fc\td\r\ne\u0000f')).toBe('a b c d ef');
  });
});

describe('measuring text', () => {
  it('measures mixed scripts no narrower than their letters, and wraps taller in a narrow column', () => {
    const doc = new PDFDocument({ autoFirstPage: true });
    font(doc, 'regular', 10);
    const latin = widthOf(doc, 'regular', 'Anna');
    const mixed = widthOf(doc, 'regular', 'Anna 王小明');
    expect(mixed).toBeGreaterThan(latin);
    const one = measure(doc, 'José 王小明 محمد', 'regular', 10, 400);
    const narrow = measure(doc, 'José 王小明 محمد', 'regular', 10, 30);
    expect(narrow).toBeGreaterThan(one);
  });
});
