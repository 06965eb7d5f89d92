import { expect, it } from 'vitest';
import { OFFENSE_CATEGORIES, OFFENSE_LEVELS } from '../../src/core/offense/offense-categories.js';
import * as web from '../../web/src/features/detainer/factRows.js';

it('the facts editor offers exactly the levels and categories the facts schema defines', () => {
  expect([...web.OFFENSE_LEVELS]).toEqual([...OFFENSE_LEVELS]);
  expect([...web.OFFENSE_CATEGORIES]).toEqual(Object.keys(OFFENSE_CATEGORIES));
});
