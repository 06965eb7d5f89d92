import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvisoryLockLeadership,
  openSweepLeadership,
  SingleProcessLeadership,
  SWEEPER_APPLICATION_NAME,
} from '../../src/db/sweep-leadership.js';
import { createTestDatabase } from '../support/engines.js';

describe('[postgres] the deadline sweeper leadership (advisory lock)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const opened: AdvisoryLockLeadership[] = [];
  const leadership = () => {
    const made = new AdvisoryLockLeadership(database.url, 5000);
    opened.push(made);
    return made;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const made of opened) await made.release();
    await database?.dispose();
  });

  it('lets one instance lead; another takes over once it gives up', async () => {
    const first = leadership();
    const second = leadership();
    expect(await first.lead()).toBe(true);
    expect(await second.lead()).toBe(false);
    // Asking again keeps the leadership where it is.
    expect(await first.lead()).toBe(true);
    expect(await second.lead()).toBe(false);
    expect([first.leading(), second.leading()]).toEqual([true, false]);

    await first.release();
    expect(first.leading()).toBe(false);
    expect(await first.lead()).toBe(false);
    expect(await second.lead()).toBe(true);
    await second.release();
  });

  it('knows at once when its connection is lost, and another instance takes over', async () => {
    const first = leadership();
    const second = leadership();
    expect(await first.lead()).toBe(true);
    expect(await second.lead()).toBe(false);

    // The server ends the leader's session (as when its process or network dies).
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE application_name = ${SWEEPER_APPLICATION_NAME} AND datname = current_database()
                AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)`.execute(database.db);
    await expect.poll(() => first.leading()).toBe(false);
    expect(await second.lead()).toBe(true);
    // The old leader reconnects at its next try and is refused.
    expect(await first.lead()).toBe(false);
    await second.release();
  });

  it('is not the leader while the database cannot be reached, and never throws', async () => {
    const url = new URL(database.url);
    url.port = '1';
    const unreachable = new AdvisoryLockLeadership(url.toString(), 2000);
    expect(await unreachable.lead()).toBe(false);
    expect(unreachable.leading()).toBe(false);
    await unreachable.release();
  });
});

describe('[sqlite] the deadline sweeper leadership (one process per file)', () => {
  it('always leads', async () => {
    const single = openSweepLeadership({ engine: 'sqlite', path: ':memory:' }, { checkTimeoutMs: 1000 });
    expect(single).toBeInstanceOf(SingleProcessLeadership);
    expect(await single.lead()).toBe(true);
    expect(single.leading()).toBe(true);
  });
});
