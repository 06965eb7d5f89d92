import type { FactReader } from '../fact-reader.js';
import type { Formula, Why } from '../formula.js';
import { FORBIDDEN, PERMITTED, packActions } from '../formula.js';
import { MissingFactSignal } from '../engine-errors.js';
import type { Action } from '../policy.types.js';
import { yearsBefore } from './lookback.js';
import { Actions, Flag, paramsSchema, parseWith } from './params.js';

const WINDOW_YEARS = 5;
const CATEGORY = 'nyc-violent-or-serious';
const NycSchema = paramsSchema({ actions: Actions, reentryException: Flag });

interface NycParams {
  /** What the law gates: holds (14-154, NYPD); holds and telling ICE of a release (9-131, DOC). */
  readonly actions: readonly Action[];
  /** 14-154: the NYPD's 48-hour hold for ICE to obtain a judge's warrant. */
  readonly reentryException: boolean;
}

/**
 * NYC Local Laws 58 and 59 of 2014 (Admin. Code 9-131 for the Department of Correction, 14-154 for
 * the NYPD). The city honours a detainer only if a federal judge's warrant accompanies it and the
 * person was convicted of a "violent or serious crime" within five years of the instant arrest (or
 * of release from a sentence of incarceration served for it), or may match the terrorist watch list.
 * The Department of Correction may not tell ICE of a release unless the detainer is one it may honour
 * (Council summary of Int 0486-2014). The NYPD may also hold up to 48 hours, excluding weekends and
 * holidays, for ICE to obtain a judge's warrant, when the person has such a conviction at any time
 * and was deported and re-entered unlawfully, or may match the watch list (City practice advisory).
 */
export const nycLocalLaws2014: Formula<NycParams> = {
  name: 'nyc-local-laws-2014',
  summary:
    "the listed actions are permitted only with a federal judge's warrant and a violent or serious conviction within 5 years of the arrest or of release from its sentence (or a possible watch-list match), or under the NYPD's 48-hour exception; otherwise forbidden",
  parseParams: (raw) =>
    parseWith(NycSchema, raw, (p) => ({
      actions: p.actions as Action[],
      reentryException: p.reentryException ?? false,
    })),
  decide: (facts, params, why) => {
    const permitted = (reason: string) => answer(params.actions, PERMITTED, reason, why);
    if (facts.warrant() === 'judicial') {
      const arrest = convictionInWindow(facts);
      if (arrest !== undefined)
        return permitted(
          `federal judge's warrant, and a violent or serious crime conviction within 5 years (${arrest})`,
        );
      if (facts.terroristWatchListMatch())
        return permitted("federal judge's warrant, and a possible terrorist watch-list match");
    } else if (!params.reentryException) {
      return answer(params.actions, FORBIDDEN, 'no warrant from a federal judge accompanies the request', why);
    }
    if (params.reentryException) {
      if (facts.convictions().some((c) => c.categories.includes(CATEGORY)) && facts.removedAndReentered())
        return permitted(
          "up to 48 hours (excluding weekends and holidays) for ICE to obtain a judge's warrant: a violent or serious conviction, and deported and re-entered unlawfully",
        );
      if (facts.terroristWatchListMatch())
        return permitted(
          "up to 48 hours (excluding weekends and holidays) for ICE to obtain a judge's warrant: a possible terrorist watch-list match",
        );
    }
    return answer(
      params.actions,
      FORBIDDEN,
      facts.warrant() === 'judicial'
        ? 'no violent or serious crime conviction within 5 years of the arrest or of release, and no watch-list match'
        : "no federal judge's warrant, and neither the 48-hour exception's conviction and re-entry nor a watch-list match",
      why,
    );
  },
};

function answer(
  actions: readonly Action[],
  code: typeof PERMITTED | typeof FORBIDDEN,
  reason: string,
  why?: Why,
): number {
  for (const action of actions) why?.(action, reason);
  return packActions(actions, code);
}

/**
 * How a violent or serious conviction falls within five years of the instant arrest: by its date
 * (up to the decision day), or by the release from a sentence of incarceration served for it.
 * Undefined when none does. The arrest date, and a release not recorded, are read only when needed.
 */
function convictionInWindow(facts: FactReader): string | undefined {
  const qualifying = facts.convictions().filter((c) => c.categories.includes(CATEGORY));
  if (qualifying.length === 0) return undefined;
  const from = yearsBefore(facts.instantArrestDate(), WINDOW_YEARS);
  const today = facts.localDate();
  if (qualifying.some((c) => c.date >= from && c.date <= today)) return 'of the arrest';
  let releaseUnknown = false;
  for (const c of qualifying) {
    if (c.releasedFromIncarceration === undefined) releaseUnknown = true;
    else if (c.releasedFromIncarceration !== null && c.releasedFromIncarceration >= from)
      return 'of release from its sentence';
  }
  if (releaseUnknown) throw new MissingFactSignal('subject.convictions.releasedFromIncarceration');
  return undefined;
}
