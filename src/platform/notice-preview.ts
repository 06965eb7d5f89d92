/**
 * A notice as text, for the desk's page: the same wording as its PDF (`./notice-templates/`), the
 * same choices (which rows, which sentences) and dates written for people in the notice's language,
 * as blocks in the order the PDF prints them. The PDF's own layout is in `./pdf-notice-renderer.ts`;
 * a test checks that every line of the preview is in the PDF's text.
 */
import type { NoticeBlock, NoticeContent, NoticePreview } from '../core/lifecycle/lifecycle.ports.js';
import { DEFAULT_CITATIONS, NOTICE_DICTIONARIES } from './notice-templates/index.js';
import type { RequestAction } from './notice-templates/index.js';
import { fill, formatForPeople, isSyntheticAgency } from './notice-format.js';

const ACTIONS: readonly RequestAction[] = ['hold', 'notify', 'transfer'];

export function noticePreview(content: NoticeContent): NoticePreview {
  const dict = NOTICE_DICTIONARIES[content.language];
  const common = dict.common;
  const when = (iso: string | null): string => formatForPeople(iso, common, content.timeZone);
  const blocks: NoticeBlock[] = [];
  const paragraph = (text: string, strong = false) => blocks.push({ kind: 'paragraph', text, strong });

  if (isSyntheticAgency(content.agencyName)) blocks.push({ kind: 'banner', text: common.syntheticBanner.join(' ') });
  const form = content.formEdition
    ? fill(common.formWithEdition, { form: content.form, edition: content.formEdition })
    : content.form;
  blocks.push({
    kind: 'fields',
    fields: [
      { label: common.personLabel, value: content.personName?.trim() || common.unknown },
      { label: common.bookingLabel, value: content.bookingReference },
      { label: common.formLabel, value: form },
      { label: common.issuedLabel, value: when(content.issuedAt) },
      { label: common.receivedLabel, value: when(content.receivedAt) },
    ],
  });

  switch (content.kind) {
    case 'ca-truth-copy-and-intent': {
      const text = dict['ca-truth-copy-and-intent'];
      for (const p of text.intro) paragraph(fill(p, { agencyName: content.agencyName }));
      paragraph(text.copyProvided, true);
      const rows = ACTIONS.flatMap((action) => {
        const decision = content.decisions[action];
        return decision
          ? [[text.actions[action], `${text.answers[decision]} ${text.intents[action][decision]}`] as const]
          : [];
      });
      if (rows.length === 0) paragraph(text.undecided);
      else {
        blocks.push({ kind: 'table', head: [text.tableAction, text.tableIntent], rows });
        if (content.decisions.hold === 'comply' && content.holdUntil)
          paragraph(fill(text.holdUntil, { holdUntil: when(content.holdUntil) }));
      }
      break;
    }
    case 'tx-held-on-detainer': {
      const text = dict['tx-held-on-detainer'];
      blocks.push({ kind: 'callout', text: text.held });
      paragraph(
        content.holdUntil ? fill(text.holdUntil, { holdUntil: when(content.holdUntil) }) : text.holdUntilUnknown,
      );
      blocks.push({ kind: 'heading', text: text.proofHeading });
      for (const p of text.proof) paragraph(p);
      break;
    }
    case 'release-notification': {
      const text = dict['release-notification'];
      for (const p of text.intro) paragraph(fill(p, { agencyName: content.agencyName }));
      blocks.push({
        kind: 'fields',
        fields: [
          { label: text.releaseLabel, value: content.releaseAt ? when(content.releaseAt) : text.releaseUnknown },
        ],
      });
      for (const p of text.designee) paragraph(p);
      break;
    }
  }

  blocks.push({ kind: 'heading', text: common.legalBasisHeading });
  const citations = content.citations.length > 0 ? content.citations : DEFAULT_CITATIONS[content.kind];
  blocks.push({ kind: 'citations', items: citations.map((c) => ({ title: c.title, href: c.href })) });
  if (content.kind === 'ca-truth-copy-and-intent') paragraph(dict['ca-truth-copy-and-intent'].corrections);
  paragraph(fill(common.servedOn, { servedAt: when(content.servedAt) }), true);
  paragraph(common.keepNotice);

  const title = dict[content.kind].title;
  const subtitle = dict[content.kind].subtitle;
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
