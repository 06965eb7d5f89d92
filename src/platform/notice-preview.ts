/**
 * A notice as text, for the desk's page: the same wording as its PDF (`./notice-templates/`), the
 * same choices (which rows, which sentences: each kind's module in `./notice-pdf/kinds/` makes both)
 * and dates written for people in the notice's language, as blocks in the order the PDF prints
 * them. A test checks that every line of the preview is in the PDF's text.
 */
import type { NoticeBlock, NoticeContent, NoticePreview } from '../core/lifecycle/lifecycle.ports.js';
import type { Citation } from './notice-templates/index.js';
import { NOTICE_DICTIONARIES } from './notice-templates/index.js';
import { fill, formatForPeople, isSyntheticNotice } from './notice-format.js';
import { NOTICE_KIND_MODULES } from './notice-pdf/kinds/index.js';

/**
 * The citations a notice prints: those kept with it (the rules the decision applied), or, for a
 * notice served before they were kept, those its kind printed then.
 */
export function noticeCitationsOf(content: NoticeContent): readonly Citation[] {
  return content.citations.length > 0 ? content.citations : NOTICE_KIND_MODULES[content.kind].citationsOfOldNotices;
}

export function noticePreview(content: NoticeContent): NoticePreview {
  const dict = NOTICE_DICTIONARIES[content.language];
  const common = dict.common;
  const when = (iso: string | null): string => formatForPeople(iso, common, content.timeZone);
  const kind = NOTICE_KIND_MODULES[content.kind];
  const ctx = { content, dict, when };
  const blocks: NoticeBlock[] = [];
  const paragraph = (text: string, strong = false) => blocks.push({ kind: 'paragraph', text, strong });

  if (isSyntheticNotice(content)) blocks.push({ kind: 'banner', text: common.syntheticBanner.join(' ') });
  blocks.push({
    kind: 'fields',
    fields: kind.details(ctx).flatMap((row) => row.map((cell) => ({ label: cell.label, value: cell.value }))),
  });
  blocks.push(...kind.previewBody(ctx));
  blocks.push({ kind: 'heading', text: common.legalBasisHeading });
  blocks.push({ kind: 'citations', items: noticeCitationsOf(content).map((c) => ({ title: c.title, href: c.href })) });
  const note = kind.afterLegalBasis(ctx);
  if (note) paragraph(note);
  const end = kind.closing(ctx);
  paragraph(fill(end.servedOn, { servedAt: when(content.servedAt) }), true);
  if (end.closing) paragraph(end.closing);

  const title = kind.title(ctx);
  const subtitle = kind.subtitle(ctx);
  return {
    language: content.language,
    locale: common.locale,
    agencyName: content.agencyName,
    facilityName: content.facilityName,
    title,
    subtitle,
    blocks,
    text: [content.agencyName, content.facilityName, title, subtitle, ...blocks.map(blockText)]
      .filter((part): part is string => Boolean(part))
      .join('\n\n'),
  };
}

function blockText(block: NoticeBlock): string {
  switch (block.kind) {
    case 'banner':
    case 'callout':
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'fields':
      return block.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
    case 'table':
      return [block.head, ...block.rows].map(([a, b]) => `${a}: ${b}`).join('\n');
    case 'citations':
      return block.items.map((c) => `${c.title} (${c.href})`).join('\n');
  }
}
