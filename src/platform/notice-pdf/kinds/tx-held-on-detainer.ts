/**
 * `tx-held-on-detainer`: Tex. Code Crim. Proc. art. 2.251(a)(2) (SB 4, 2017): the agency shall
 * "inform the person that the person is being held pursuant to an immigration detainer request
 * issued by United States Immigration and Customs Enforcement"; art. 2.251(b): the duties do not
 * apply where the person "has provided proof that the person is a citizen of the United States or
 * that the person has lawful immigration status in the United States, such as a Texas driver's
 * license or similar government-issued identification". Declared on the duty
 * `tx-inform-held-on-detainer` (policies/state/tx/sb4-2017.policy.yaml).
 */
import type { NoticeBlock } from '../../../core/lifecycle/lifecycle.ports.js';
import { fill } from '../../notice-format.js';
import { personRows } from '../layout.js';
import { callout, heading, paragraph } from '../text.js';
import { personClosing } from './closing.js';
import type { KindContext, NoticeKindModule } from './types.js';

const words = (ctx: KindContext) => ctx.dict['tx-held-on-detainer'];
const holdLine = (ctx: KindContext) =>
  ctx.content.holdUntil
    ? fill(words(ctx).holdUntil, { holdUntil: ctx.when(ctx.content.holdUntil) })
    : words(ctx).holdUntilUnknown;

export const txHeldOnDetainer: NoticeKindModule = {
  title: (ctx) => words(ctx).title,
  subtitle: (ctx) => words(ctx).subtitle,
  details: (ctx) => personRows(ctx.content, ctx.dict.common, ctx.when),
  pdfBody: (doc, ctx) => {
    const text = words(ctx);
    callout(doc, text.held);
    paragraph(doc, holdLine(ctx));
    heading(doc, text.proofHeading);
    for (const p of text.proof) paragraph(doc, p);
  },
  previewBody: (ctx) => {
    const text = words(ctx);
    return [
      { kind: 'callout', text: text.held },
      { kind: 'paragraph', text: holdLine(ctx), strong: false },
      { kind: 'heading', text: text.proofHeading },
      ...text.proof.map((p): NoticeBlock => ({ kind: 'paragraph', text: p, strong: false })),
    ];
  },
  afterLegalBasis: () => null,
  closing: personClosing,
  citationsOfOldNotices: [
    {
      title: 'Tex. Code Crim. Proc. art. 2.251 (SB 4, 2017)',
      href: 'https://www.lawserver.com/law/state/texas/tx-codes/texas_code_of_criminal_procedure_2-251',
    },
  ],
};
