/**
 * `bail-judge-notice`: the states whose law asks the agency with custody to tell the judge (or
 * court) who decides on release on bail that the person is subject to an immigration detainer:
 * La. R.S. 33:84(A)(1) (Act 2024 No. 314: "Provide to the judge authorized to grant or deny the
 * detainee's release on bail notice that the detainee is subject to an immigration detainer");
 * W. Va. Code 15-16-3(a)(1) ("Provide notice to the court ..."); Indiana SEA 76 (2026: "provide the
 * judge ... notice"). Florida has its own kind (fl-detainer-notice-to-judge), worded from its Senate
 * summary. The law is named by the citations of the rules the decision applied. Declared on the
 * duties la-rs-33.84-notify-bail-judge, wv-code-15-16-3-notify-bail-court and in-notify-bail-judge.
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import { fill } from '../../notice-format.js';
import { personRows } from '../layout.js';
import { callout, heading, paragraph } from '../text.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['bail-judge-notice'];
const statement = (ctx: KindContext) => fill(words(ctx).statement, { agencyName: ctx.content.agencyName });

export const bailJudgeNotice: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    heading(doc, words(ctx).addressee);
    callout(doc, statement(ctx));
    for (const p of words(ctx).law) paragraph(doc, p);
  },
  previewBody: (ctx): NoticeBlock[] => [
    { kind: 'heading', text: words(ctx).addressee },
    { kind: 'callout', text: statement(ctx) },
    ...words(ctx).law.map((p): NoticeBlock => ({ kind: 'paragraph', text: p, strong: false })),
  ],
  afterLegalBasis: () => null,
  closing: (ctx) => ({ servedOn: words(ctx).servedOn, closing: words(ctx).closing }),
  citationsOfOldNotices: [],
};
