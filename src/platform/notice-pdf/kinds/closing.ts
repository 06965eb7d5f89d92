import type { KindContext } from './types.js';

/** How a notice given to the person closes: when it was served, and to keep it. */
export const personClosing = (ctx: KindContext) => ({
  servedOn: ctx.dict.common.servedOn,
  closing: ctx.dict.common.keepNotice,
});
