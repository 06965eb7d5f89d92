import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urgencyOf } from './projection.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-11-30T16:00:00Z');
const key = (u: ReturnType<typeof urgencyOf>) => [u.rank, u.at === null ? Infinity : u.at.getTime()] as const;
const before = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);

describe('urgencyOf: the inbox order by deadline', () => {
  it('puts a release-due request before every hold still running at the time of reading, whenever it is read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 200 }), // when release became due (hours from T0), possibly after it was written
        fc.integer({ min: 0, max: 100 }), // when the projection was written
        fc.integer({ min: 0, max: 100 }), // the hold's deadline after T0
        fc.integer({ min: 0, max: 300 }), // when the inbox is read, after the writing
        (dueAt, writtenAt, deadline, readAt) => {
          const written = new Date(T0 + writtenAt * HOUR);
          const now = T0 + writtenAt * HOUR + readAt * HOUR;
          const due = urgencyOf('release-due', null, new Date(T0 + dueAt * HOUR).toISOString(), null, written);
          const hold = urgencyOf('holding', new Date(T0 + deadline * HOUR), null, null, written);
          if (T0 + deadline * HOUR > now) expect(before(key(due), key(hold))).toBe(true);
        },
      ),
    );
  });

  it('ranks holds, then open requests with a duty due, then other open requests, then closed ones', () => {
    const now = new Date(T0);
    const hold = urgencyOf('holding', new Date(T0 + 40 * HOUR), null, new Date(T0 - HOUR), now);
    const duty = urgencyOf('pending', null, null, new Date(T0 - 10 * HOUR), now);
    const none = urgencyOf('pending', null, null, null, now);
    const closed = urgencyOf('released', null, null, new Date(T0 - 20 * HOUR), now);
    const lifted = urgencyOf('lifted', null, null, null, now);
    expect([hold, duty, none, closed, lifted].map((u) => u.rank)).toEqual([0, 1, 2, 3, 3]);
    expect(duty.at?.toISOString()).toBe(new Date(T0 - 10 * HOUR).toISOString());
    expect(closed.at).toBeNull();
  });
});
