import { describe, expect, it } from 'vitest';
import { Condition } from './condition.js';

describe('Condition', () => {
  it('resolves at once when the condition already holds, and otherwise when a change makes it hold', async () => {
    const condition = new Condition();
    let count = 0;
    await condition.until(() => true);
    const waiting = condition.until(() => count >= 2);
    let done = false;
    void waiting.then(() => (done = true));
    count = 1;
    condition.changed();
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    count = 2;
    condition.changed();
    await waiting;
    expect(done).toBe(true);
  });
});
