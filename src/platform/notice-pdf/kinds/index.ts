/** One module per notice kind; the registry is complete for NOTICE_KINDS (the compiler checks it). */
import type { NoticeKind } from '../../../core/lifecycle/detainer-event.js';
import { bailJudgeNotice } from './bail-judge-notice.js';
import { caTruthCopyAndIntent } from './ca-truth-copy-and-intent.js';
import { flDetainerNoticeToJudge } from './fl-detainer-notice-to-judge.js';
import { heldOnDetainer } from './held-on-detainer.js';
import { ilAnnualReportRecord } from './il-annual-report-record.js';
import { orCommissionReport } from './or-commission-report.js';
import { releaseNotification } from './release-notification.js';
import { txHeldOnDetainer } from './tx-held-on-detainer.js';
import type { NoticeKindModule } from './types.js';

export type { KindContext, NoticeKindModule } from './types.js';

export const NOTICE_KIND_MODULES: Readonly<Record<NoticeKind, NoticeKindModule>> = {
  'ca-truth-copy-and-intent': caTruthCopyAndIntent,
  'tx-held-on-detainer': txHeldOnDetainer,
  'release-notification': releaseNotification,
  'fl-detainer-notice-to-judge': flDetainerNoticeToJudge,
  'il-annual-report-record': ilAnnualReportRecord,
  'or-commission-report': orCommissionReport,
  'held-on-detainer': heldOnDetainer,
  'bail-judge-notice': bailJudgeNotice,
};
