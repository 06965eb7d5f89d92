/**
 * A bar chart's count axis up to `max`: every whole number when there are four or fewer, else 0, the
 * quarters and `max`, rounded. Each once: rounded quarters repeat on small counts (3 gave 0, 1, 2, 2, 3,
 * a label drawn twice).
 */
export function countTicks(max: number): number[] {
  if (max <= 4) return Array.from({ length: Math.max(1, Math.floor(max)) + 1 }, (_, i) => i);
  return [...new Set([0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(max * f)))];
}
