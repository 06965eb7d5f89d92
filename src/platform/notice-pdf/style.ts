/** The page and its look, shared by the layout, the text and the notice kinds' bodies. */
export type Doc = PDFKit.PDFDocument;

export const PAGE_WIDTH = 612; // US Letter, in points
export const PAGE_HEIGHT = 792;
export const MARGIN_X = 60;
export const MARGIN_TOP = 44;
export const MARGIN_BOTTOM = 66; // room for the footer
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#9aa3ad',
  panel: '#f1f3f5',
  tableHead: '#e2e7ec',
  accent: '#1f3a5f',
  link: '#1d4f91',
  demo: '#b3261e',
} as const;

export const SIZE = {
  body: 10.5,
  small: 8.5,
  agency: 13,
  title: 15,
  subtitle: 9.5,
  heading: 11.5,
  footer: 8,
} as const;
export const LINE_GAP = 2;
