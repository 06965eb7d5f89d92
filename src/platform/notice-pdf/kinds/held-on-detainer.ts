/**
 * `held-on-detainer`: the states whose law asks only that the person be told they are held on an
 * immigration detainer request, in ICE's words: Okla. Stat. tit. 22, 171.3(A)(2) ("Inform the
 * person ... that he or she is being held pursuant to an immigration detainer request", Laws 2021,
 * c. 255); Mont. Code Ann. 27-16-801(2)(b) ("inform the person to whom the immigration detainer
 * request applies that the person is being held pursuant to the immigration detainer request");
 * Indiana SEA 76 (2026), "inform the individual that the individual is being held pursuant to an
 * immigration detainer request". Texas has its own kind (tx-held-on-detainer), which adds its
 * proof-of-status exception. The law is named by the citations of the rules the decision applied.
 * Declared on the duties ok-inform-held-on-detainer, mt-inform-held-on-detainer and
 * in-inform-held-on-detainer.
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import { fill } from '../../notice-format.js';
import { personRows } from '../layout.js';
import { callout, paragraph } from '../text.js';
import { personClosing } from './closing.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['held-on-detainer'];
const holdLine = (ctx: KindContext) =>
  ctx.content.holdUntil
    ? fill(words(ctx).holdUntil, { holdUntil: ctx.when(ctx.content.holdUntil) })
    : words(ctx).holdUntilUnknown;

export const heldOnDetainer: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    callout(doc, words(ctx).held);
    paragraph(doc, holdLine(ctx));
    paragraph(doc, words(ctx).lawNote);
  },
  previewBody: (ctx): NoticeBlock[] => [
    { kind: 'callout', text: words(ctx).held },
    { kind: 'paragraph', text: holdLine(ctx), strong: false },
    { kind: 'paragraph', text: words(ctx).lawNote, strong: false },
  ],
  afterLegalBasis: () => null,
  closing: personClosing,
  citationsOfOldNotices: [],
};
