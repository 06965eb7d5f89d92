/**
 * The sign-in throttle: a pure policy over counters of attempts (CJIS Security Policy 5.5.3,
 * "unsuccessful login attempts": lock after at most 5 consecutive invalid attempts; OWASP ASVS
 * 4.0 V2.2.1, anti-automation). Two scopes count attempts:
 * - the account, keyed by a digest of the normalised email whether or not an account has that
 *   email, so that an unknown email behaves exactly like a known one (no enumeration);
 * - the address the request came from, with a higher threshold (many accounts, one attacker).
 *
 * Every attempt is counted before the password is checked (so parallel requests cannot slip past
 * the threshold); a successful sign-in then forgives it. After `delayFrom` counted attempts in a
 * window, the next one must wait a delay that doubles with each attempt (progressive delay); at
 * `maxFailures` the key is locked for `lockMs`, and even the right password is refused.
 */

export interface ThrottlePolicy {
  /** Counted attempts within the window that lock the key. */
  readonly maxFailures: number;
  /** The window the attempts are counted in, from the first one. */
  readonly windowMs: number;
  /** How long a lock lasts. */
  readonly lockMs: number;
  /** From this many counted attempts on, the next attempt waits a delay. */
  readonly delayFrom: number;
  /** The first delay; each further attempt doubles it, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

const MINUTE = 60_000;

/** 5 failures within 15 minutes lock the account for 15 minutes; from the 3rd, a delay of 1 s, then 2 s. */
export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  delayFrom: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
};

/** One address: 30 failures within 15 minutes lock it for 15 minutes; from the 10th, 1 s doubling up to 8 s. */
export const ADDRESS_THROTTLE: ThrottlePolicy = {
  maxFailures: 30,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  delayFrom: 10,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
};

export type ThrottleScope = 'account' | 'address';

/** What the store keeps per key. */
export interface ThrottleState {
  /** Attempts counted (and not forgiven) in the current window. */
  readonly failures: number;
  readonly windowStartedAt: Date;
  readonly lastAttemptAt: Date;
  readonly lockedUntil: Date | null;
}

export type Admission =
  | {
      readonly kind: 'admitted';
      /** The state with this attempt counted. */
      readonly next: ThrottleState;
      /** This attempt reached the threshold: the key is locked from now on (unless it succeeds). */
      readonly locks: boolean;
    }
  | { readonly kind: 'refused'; readonly reason: 'locked' | 'delayed'; readonly retryAfterMs: number };

/** The delay an attempt must wait after `failures` counted attempts (0 below `delayFrom`). */
export function delayAfter(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.delayFrom) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - policy.delayFrom));
}

/** Whether the state still counts at `now` (its window or its lock has not run out). */
export function isCurrent(state: ThrottleState | undefined, policy: ThrottlePolicy, now: Date): state is ThrottleState {
  if (!state) return false;
  if (state.lockedUntil) return state.lockedUntil.getTime() > now.getTime();
  return now.getTime() - state.windowStartedAt.getTime() < policy.windowMs;
}

/** The lock in force at `now`, if any. */
export function lockedUntil(state: ThrottleState | undefined, now: Date): Date | null {
  return state?.lockedUntil && state.lockedUntil.getTime() > now.getTime() ? state.lockedUntil : null;
}

/** Decides whether an attempt may go ahead, and counts it if so. */
export function admit(state: ThrottleState | undefined, policy: ThrottlePolicy, now: Date): Admission {
  const at = now.getTime();
  const lock = lockedUntil(state, now);
  if (lock) return { kind: 'refused', reason: 'locked', retryAfterMs: lock.getTime() - at };
  if (!isCurrent(state, policy, now)) {
    const next = { failures: 1, windowStartedAt: now, lastAttemptAt: now, lockedUntil: null };
    return policy.maxFailures <= 1
      ? { kind: 'admitted', next: { ...next, lockedUntil: new Date(at + policy.lockMs) }, locks: true }
      : { kind: 'admitted', next, locks: false };
  }
  const earliest = state.lastAttemptAt.getTime() + delayAfter(policy, state.failures);
  if (at < earliest) return { kind: 'refused', reason: 'delayed', retryAfterMs: earliest - at };
  const failures = state.failures + 1;
  const locks = failures >= policy.maxFailures;
  return {
    kind: 'admitted',
    next: {
      failures,
      windowStartedAt: state.windowStartedAt,
      lastAttemptAt: now,
      lockedUntil: locks ? new Date(at + policy.lockMs) : null,
    },
    locks,
  };
}

/**
 * A successful sign-in forgives its attempt. The account starts afresh (undefined: no state); the
 * address keeps its other failures, and a lock only while they still reach the threshold.
 */
export function forgive(
  state: ThrottleState | undefined,
  scope: ThrottleScope,
  policy: ThrottlePolicy,
): ThrottleState | undefined {
  if (!state || scope === 'account') return undefined;
  const failures = Math.max(0, state.failures - 1);
  if (failures === 0) return undefined;
  return { ...state, failures, lockedUntil: failures >= policy.maxFailures ? state.lockedUntil : null };
}

/**
 * An attempt whose password was right but which stopped to ask for the second factor's code is
 * withdrawn: it counts neither as a failure nor as a success, in either scope. Withdrawing (not
 * forgiving) keeps the failures before it, so asking for the code again and again cannot reset the
 * count of wrong codes: a guesser of codes meets the lock as a guesser of passwords does.
 */
export function withdraw(state: ThrottleState | undefined, policy: ThrottlePolicy): ThrottleState | undefined {
  if (!state) return undefined;
  const failures = Math.max(0, state.failures - 1);
  if (failures === 0) return undefined;
  return { ...state, failures, lockedUntil: failures >= policy.maxFailures ? state.lockedUntil : null };
}

/** Seconds for a Retry-After header: whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
