/**
 * `release-notification`: Cal. Gov. Code 7283.1(b) (TRUTH Act): when the agency gives ICE the
 * release date and time, it must "promptly provide the same notification in writing to the
 * individual and to his or her attorney or to one additional person who the individual shall be
 * permitted to designate". Declared on the duty `ca-truth-release-notice`
 * (policies/state/ca/ab2792-truth-act-2016.policy.yaml).
 */
import { fill } from '../../notice-format.js';
import { personRows } from '../layout.js';
import { keyFact, paragraph } from '../text.js';
import { personClosing } from './closing.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['release-notification'];
const releaseValue = (ctx: KindContext) =>
  ctx.content.releaseAt ? ctx.when(ctx.content.releaseAt) : words(ctx).releaseUnknown;

export const releaseNotification: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    for (const p of text.intro) paragraph(doc, fill(p, { agencyName: ctx.content.agencyName }));
    keyFact(doc, text.releaseLabel, releaseValue(ctx));
    for (const p of text.designee) paragraph(doc, p);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    return [
      ...text.intro.map((p) => ({
        kind: 'paragraph' as const,
        text: fill(p, { agencyName: ctx.content.agencyName }),
        strong: false,
      })),
      { kind: 'fields', fields: [{ label: text.releaseLabel, value: releaseValue(ctx) }] },
      ...text.designee.map((p) => ({ kind: 'paragraph' as const, text: p, strong: false })),
    ];
  },
  afterLegalBasis: () => null,
  closing: personClosing,
  citationsOfOldNotices: [
    { title: 'Cal. Gov. Code 7283.1(b)', href: 'https://self-law.org/code/ca/government-code/7283-1' },
  ],
};
