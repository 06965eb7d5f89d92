/**
 * Moving across the map with the arrow keys: from a county, the nearest county whose centre lies
 * in the direction pressed (within 60° either side of it; nearer to the line counts more). Pure.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const UNIT: Readonly<Record<Direction, Point>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The index of the nearest point in the direction from `points[from]`, or null when there is none. */
export function nearestInDirection(points: readonly Point[], from: number, direction: Direction): number | null {
  const origin = points[from];
  if (!origin) return null;
  const unit = UNIT[direction];
  let best: number | null = null;
  let bestScore = Infinity;
  for (const [i, p] of points.entries()) {
    if (i === from) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // Ahead, and within 60° of the direction (across ≤ √3 · along).
    if (along <= 0 || across > along * Math.sqrt(3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}
