import type { Clock } from '../../src/core/shared/ports.js';

/** A clock tests move by hand (token expiry, TOTP steps). */
export function fakeClock(start: string): Clock & { advance(ms: number): void; set(iso: string): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    set: (iso) => {
      now = new Date(iso).getTime();
    },
  };
}
