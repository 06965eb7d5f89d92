import { describe, expect, it } from 'vitest';
import { OUTCOMES as CORE_OUTCOMES } from '../../../src/core/research/outcomes';
import { OUTCOMES } from './outcomes';

describe("the web's outcomes", () => {
  it('are the core’s, in the same order', () => {
    expect([...OUTCOMES]).toEqual([...CORE_OUTCOMES]);
  });
});
