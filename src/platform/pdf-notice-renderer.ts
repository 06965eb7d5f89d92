/**
 * The notices the law requires, as PDFs in English and Spanish (PDFKit). Which notice a duty is
 * discharged by, and in which languages, is declared in the policy files (a duty's `notice`).
 *
 * The work is split by job (`./notice-pdf/`):
 * - `layout.ts`: the page: document, demo banner, header, details panel, legal basis, served line,
 *   footers and watermark;
 * - `text.ts`: the embedded Unicode fonts (Noto, a fallback chain by script), runs, wrapping and
 *   the text blocks;
 * - `kinds/`: one module per notice kind, with its body as PDF and as preview blocks, and the
 *   sources its wording rests on.
 * The wording lives in `./notice-templates/` (one dictionary per language).
 */
import type { NoticeContent, NoticeRenderer } from '../core/lifecycle/lifecycle.ports.js';
import { NOTICE_DICTIONARIES } from './notice-templates/index.js';
import { formatForPeople, isSyntheticNotice } from './notice-format.js';
import { NOTICE_KIND_MODULES } from './notice-pdf/kinds/index.js';
import { banner, createDocument, details, finishPages, header, legalBasis, served } from './notice-pdf/layout.js';
import { COLOR, SIZE } from './notice-pdf/style.js';
import { paragraph } from './notice-pdf/text.js';
import { noticePreview, noticeCitationsOf } from './notice-preview.js';

export { fill, formatForPeople, isSyntheticAgency } from './notice-format.js';
export { printable } from './notice-pdf/text.js';

export const pdfNoticeRenderer: NoticeRenderer = {
  render: renderNotice,
  preview: noticePreview,
};

async function renderNotice(content: NoticeContent): Promise<Uint8Array> {
  const dict = NOTICE_DICTIONARIES[content.language];
  const common = dict.common;
  const when = (iso: string | null): string => formatForPeople(iso, common, content.timeZone);
  const kind = NOTICE_KIND_MODULES[content.kind];
  const ctx = { content, dict, when };
  const title = kind.title(ctx);
  const subtitle = kind.subtitle(ctx);

  const { doc, bytes } = createDocument(content, common, title, subtitle);
  const synthetic = isSyntheticNotice(content);
  if (synthetic) banner(doc, common.syntheticBanner);
  header(doc, content, title, subtitle);
  details(doc, kind.details(ctx));
  kind.pdfBody(doc, ctx);
  legalBasis(doc, common.legalBasisHeading, noticeCitationsOf(content));
  const note = kind.afterLegalBasis(ctx);
  if (note) {
    doc.moveDown(0.2);
    paragraph(doc, note, { size: SIZE.small + 0.5, color: COLOR.muted });
  }
  const end = kind.closing(ctx);
  served(doc, end.servedOn, when(content.servedAt), end.closing);
  finishPages(doc, common, synthetic);
  doc.end();
  return bytes;
}
