/** One module per notice kind; the registry is complete for NOTICE_KINDS (the compiler checks it). */
import type { NoticeKind } from '../../../core/lifecycle/detainer-event.js';
import { caTruthCopyAndIntent } from './ca-truth-copy-and-intent.js';
import { releaseNotification } from './release-notification.js';
import { txHeldOnDetainer } from './tx-held-on-detainer.js';
import type { NoticeKindModule } from './types.js';

export type { KindContext, NoticeKindModule } from './types.js';

export const NOTICE_KIND_MODULES: Readonly<Record<NoticeKind, NoticeKindModule>> = {
  'ca-truth-copy-and-intent': caTruthCopyAndIntent,
  'tx-held-on-detainer': txHeldOnDetainer,
  'release-notification': releaseNotification,
};
