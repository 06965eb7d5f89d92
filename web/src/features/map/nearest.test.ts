import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './nearest';

// A plus sign of points around the centre (index 0), and one far off to the right and below.
const points = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: -10, y: 1 },
  { x: 0, y: -10 },
  { x: 1, y: 10 },
  { x: 30, y: 25 },
];

describe('nearestInDirection', () => {
  it('moves to the nearest point in each direction', () => {
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(nearestInDirection(points, 0, 'left')).toBe(2);
    expect(nearestInDirection(points, 0, 'up')).toBe(3);
    expect(nearestInDirection(points, 0, 'down')).toBe(4);
  });

  it('reaches a point off the line within 60° of it, and stops at the edge', () => {
    expect(nearestInDirection(points, 1, 'right')).toBe(5);
    expect(nearestInDirection(points, 5, 'right')).toBeNull();
    expect(nearestInDirection(points, 99, 'right')).toBeNull();
  });
});
