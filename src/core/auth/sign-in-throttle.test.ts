import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_THROTTLE,
  ADDRESS_THROTTLE,
  admit,
  delayAfter,
  forgive,
  withdraw,
  lockedUntil,
  retryAfterSeconds,
  type ThrottlePolicy,
  type ThrottleState,
} from './sign-in-throttle.js';

const T0 = Date.parse('2026-12-05T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

/** Fails at each instant in turn; returns what each attempt got and the final state. */
function failAt(policy: ThrottlePolicy, seconds: readonly number[], start?: ThrottleState) {
  let state = start;
  const outcomes = seconds.map((s) => {
    const admission = admit(state, policy, at(s));
    if (admission.kind === 'admitted') state = admission.next;
    return admission;
  });
  return { outcomes, state };
}

describe('the sign-in throttle', () => {
  it('locks an account for 15 minutes at the 5th failure, with delays of 1 s and 2 s before the 4th and 5th', () => {
    const { outcomes, state } = failAt(ACCOUNT_THROTTLE, [0, 0, 0, 0.5, 1, 2, 2.5, 4, 5]);
    expect(outcomes.map((o) => (o.kind === 'admitted' ? (o.locks ? 'locks' : 'ok') : o.reason))).toEqual([
      'ok', // 1st
      'ok', // 2nd
      'ok', // 3rd: from now on, a delay of 1 s
      'delayed', // 0.5 s after the 3rd
      'ok', // 4th, 1 s after the 3rd: next delay 2 s
      'delayed',
      'delayed',
      'locks', // 5th, 3 s after the 4th
      'locked',
    ]);
    expect(state?.lockedUntil).toEqual(at(4 + 15 * 60));
    expect(outcomes[3]).toEqual({ kind: 'refused', reason: 'delayed', retryAfterMs: 500 });
    expect(outcomes[8]).toEqual({ kind: 'refused', reason: 'locked', retryAfterMs: (15 * 60 - 1) * 1000 });
  });

  it('refuses even a would-be right attempt while locked, and counts afresh when the lock ends', () => {
    const { state } = failAt(ACCOUNT_THROTTLE, [0, 10, 20, 30, 40]);
    expect(lockedUntil(state, at(41))).toEqual(at(940));
    expect(admit(state, ACCOUNT_THROTTLE, at(939)).kind).toBe('refused');
    const after = admit(state, ACCOUNT_THROTTLE, at(940));
    expect(after).toMatchObject({ kind: 'admitted', locks: false, next: { failures: 1, windowStartedAt: at(940) } });
    expect(lockedUntil(state, at(940))).toBeNull();
  });

  it('starts a new window 15 minutes after the first failure', () => {
    const { state } = failAt(ACCOUNT_THROTTLE, [0, 10, 20]);
    expect(admit(state, ACCOUNT_THROTTLE, at(900))).toMatchObject({ kind: 'admitted', next: { failures: 1 } });
    expect(admit(state, ACCOUNT_THROTTLE, at(899))).toMatchObject({ kind: 'admitted', next: { failures: 4 } });
  });

  it('withdraws an attempt stopped for the second factor, keeping the failures before it', () => {
    const { state } = failAt(ACCOUNT_THROTTLE, [0, 10, 20, 30]);
    expect(withdraw(state, ACCOUNT_THROTTLE)).toMatchObject({ failures: 3, lockedUntil: null });
    expect(withdraw({ ...state!, failures: 1 }, ACCOUNT_THROTTLE)).toBeUndefined();
    expect(withdraw(undefined, ACCOUNT_THROTTLE)).toBeUndefined();
    // Asking for the code again cannot unlock: a locked state keeps its lock while failures still reach it.
    const locked = failAt(ACCOUNT_THROTTLE, [0, 10, 20, 30, 40, 50]).state;
    if (locked && locked.failures > ACCOUNT_THROTTLE.maxFailures) {
      expect(withdraw(locked, ACCOUNT_THROTTLE)?.lockedUntil).toEqual(locked.lockedUntil);
    }
  });

  it('forgives a successful attempt: the account starts afresh, the address keeps its other failures', () => {
    const { state } = failAt(ACCOUNT_THROTTLE, [0, 10, 20, 30, 40]);
    expect(forgive(state, 'account', ACCOUNT_THROTTLE)).toBeUndefined();
    const address = failAt(
      ADDRESS_THROTTLE,
      Array.from({ length: 30 }, (_, i) => i * 10),
    ).state;
    expect(address).toMatchObject({ failures: 30, lockedUntil: at(290 + 900) });
    // The 30th attempt succeeded: it no longer counts, and 29 failures do not lock.
    expect(forgive(address, 'address', ADDRESS_THROTTLE)).toMatchObject({ failures: 29, lockedUntil: null });
    expect(forgive({ ...address!, failures: 1 }, 'address', ADDRESS_THROTTLE)).toBeUndefined();
  });

  it('doubles the delay up to its cap', () => {
    expect([2, 3, 4, 5, 6, 7].map((n) => delayAfter(ACCOUNT_THROTTLE, n))).toEqual([0, 1000, 2000, 4000, 8000, 8000]);
    expect(delayAfter(ADDRESS_THROTTLE, 9)).toBe(0);
    expect(delayAfter(ADDRESS_THROTTLE, 10)).toBe(1000);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect([0, 1, 999, 1000, 1001].map(retryAfterSeconds)).toEqual([1, 1, 1, 1, 2]);
  });

  it('never admits more than the threshold of failures within one window, whatever their timing', () => {
    for (const policy of [ACCOUNT_THROTTLE, ADDRESS_THROTTLE]) {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: policy.windowMs - 1 }), { minLength: 1, maxLength: 200 }),
          (offsets) => {
            const times = [...offsets].sort((a, b) => a - b).map((ms) => ms / 1000);
            const admitted = failAt(policy, times).outcomes.filter((o) => o.kind === 'admitted').length;
            expect(admitted).toBeLessThanOrEqual(policy.maxFailures);
          },
        ),
      );
    }
  });
});
