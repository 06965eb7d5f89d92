import { expect, it } from 'vitest';
import {
  OFFENSE_CATEGORIES,
  OFFENSE_CATEGORY_STATES,
  OFFENSE_LEVELS,
} from '../../src/core/offense/offense-categories.js';
import * as web from '../../web/src/features/detainer/factRows.js';

it('the facts editor offers exactly the levels and categories the facts schema defines', () => {
  expect([...web.OFFENSE_LEVELS]).toEqual([...OFFENSE_LEVELS]);
  expect([...web.OFFENSE_CATEGORIES]).toEqual(Object.keys(OFFENSE_CATEGORIES));
  expect(web.OFFENSE_CATEGORY_STATES).toEqual(OFFENSE_CATEGORY_STATES);
});

it('offers an agency the general categories and its own state’s, keeping any a row already has', () => {
  const texas = web.categoriesFor('TX', []);
  expect(texas).toContain('tx-travis-2017-listed');
  expect(texas).toContain('aggravated-felony');
  expect(texas).not.toContain('nj-violent-or-serious');
  expect(web.categoriesFor('TX', ['nj-violent-or-serious'])).toContain('nj-violent-or-serious');
  expect(web.categoriesFor(undefined, [])).toEqual([...web.OFFENSE_CATEGORIES]);
});

it('asks every yes-or-no fact the facts schema defines', async () => {
  const { SUBJECT_FACT_FIELDS } = await import('../../src/core/policy/evaluation-input.schema.js');
  const { BOOLEAN_SUBJECT_FACTS } = await import('../../web/src/shared/subjectFacts.js');
  const booleans = Object.entries(SUBJECT_FACT_FIELDS)
    .filter(([, schema]) => (schema as { type?: string }).type === 'boolean')
    .map(([name]) => name);
  expect([...BOOLEAN_SUBJECT_FACTS].sort()).toEqual(booleans.sort());
});
