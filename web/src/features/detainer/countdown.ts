/** The parts of a remaining time, largest first, at most two (e.g. 1 d 4 h, 3 h 12 min, 42 s). */
export interface Remaining {
  readonly past: boolean;
  readonly parts: ReadonlyArray<{ readonly unit: 'd' | 'h' | 'm' | 's'; readonly n: number }>;
}

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
] as const;

/** How long until the deadline (or since it, `past`), in whole units, the two largest that are not zero. */
export function remaining(deadline: Date, now: Date): Remaining {
  const diff = deadline.getTime() - now.getTime();
  let left = Math.abs(diff);
  const parts: Array<{ unit: 'd' | 'h' | 'm' | 's'; n: number }> = [];
  for (const [unit, ms] of UNITS) {
    const n = Math.floor(left / ms);
    left -= n * ms;
    if (n > 0 || (unit === 's' && parts.length === 0)) parts.push({ unit, n });
  }
  return { past: diff < 0, parts: parts.slice(0, 2) };
}

/** Under two hours to go: the desk shows it in red (issue 11). */
export const isUrgent = (deadline: Date, now: Date) => deadline.getTime() - now.getTime() < 2 * 3_600_000;
