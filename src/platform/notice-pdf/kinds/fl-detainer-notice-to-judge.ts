/**
 * `fl-detainer-notice-to-judge`: Florida's notice to the judge that a person in custody is subject
 * to an immigration detainer. Declared on the duty `fl-stat-908.105-notify-bail-judge`
 * (policies/state/fl/sb168-2019.policy.yaml).
 *
 * Sources (docs/domain addendum, section 3):
 * - Fla. Stat. 908.105 is titled "Duties related to immigration detainers" (chapter 908's table of
 *   contents, flsenate.gov/Laws/Statutes/2022/Chapter908/All). Its exact wording is UNCONFIRMED.
 * - The Florida Senate's 2019 bill summary (flsenate.gov/Committees/billsummaries/2019/html/1957):
 *   the law "Requires a law enforcement agency that has custody of someone who is subject to an
 *   immigration detainer to notify the judge of the detainer, record in the person's file the
 *   existence of the detainer, and comply with the detainer".
 * So the notice says only that: who, which detainer, received when, and the duty in the summary's
 * words. It does not address "the judge who decides on bail" (Louisiana's copy of the model law,
 * R.S. 33:84(A), words it so; that is not Florida text), and it sets no deadline or form of service
 * (none is confirmed).
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import { fill } from '../../notice-format.js';
import { personRows } from '../layout.js';
import { callout, heading, paragraph } from '../text.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['fl-detainer-notice-to-judge'];
const statement = (ctx: KindContext) => fill(words(ctx).statement, { agencyName: ctx.content.agencyName });

export const flDetainerNoticeToJudge: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    heading(doc, text.addressee);
    callout(doc, statement(ctx));
    for (const p of text.law) paragraph(doc, p);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    return [
      { kind: 'heading', text: text.addressee },
      { kind: 'callout', text: statement(ctx) },
      ...text.law.map((p): NoticeBlock => ({ kind: 'paragraph', text: p, strong: false })),
    ];
  },
  afterLegalBasis: () => null,
  closing: (ctx) => ({ servedOn: words(ctx).servedOn, closing: words(ctx).closing }),
  citationsOfOldNotices: [],
};
