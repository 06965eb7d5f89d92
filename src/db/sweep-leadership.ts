import pg from 'pg';
import type { SweepLeadership } from '../core/lifecycle/sweep-leadership.port.js';
import type { DatabaseTarget } from './connect.js';

/**
 * The PostgreSQL advisory lock the sweeping instance holds (one bigint key, the same in every
 * instance and release). An operator finds the leader with
 * `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 150001 AND classid = 0`
 * (the key's low and high 32 bits) and `pg_stat_activity.application_name`.
 */
export const SWEEPER_LOCK_KEY = 150_001n;
export const SWEEPER_APPLICATION_NAME = 'detainer-desk deadline sweeper';

/** The leadership of the deadline sweeper for the engine: an advisory lock on PostgreSQL, always this process on SQLite. */
export function openSweepLeadership(target: DatabaseTarget, options: { checkTimeoutMs: number }): SweepLeadership {
  return target.engine === 'postgres'
    ? new AdvisoryLockLeadership(target.url, options.checkTimeoutMs)
    : new SingleProcessLeadership();
}

/**
 * SQLite: one server process per database file, so it always leads. A second process on the same
 * file is not supported (README, "Several instances").
 */
export class SingleProcessLeadership implements SweepLeadership {
  async lead(): Promise<boolean> {
    return true;
  }
  leading(): boolean {
    return true;
  }
  async release(): Promise<void> {}
}

/**
 * PostgreSQL: a session-level `pg_try_advisory_lock` held on a connection of its own (outside the
 * pool, whose connections come and go), for as long as that connection lives. When the process
 * dies, its connection closes and the server frees the lock; the next instance to try takes it.
 * A leader checks its connection at each try (a query that must answer within the timeout); a
 * connection that errs, ends or does not answer is dropped, and with it the leadership.
 */
export class AdvisoryLockLeadership implements SweepLeadership {
  private client: pg.Client | undefined;
  private holding = false;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly checkTimeoutMs: number,
  ) {}

  async lead(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const client = this.client ?? (await this.connect());
      if (this.holding) {
        // A session lock is released only by its session: while the session answers, it holds.
        await client.query('SELECT 1');
      } else {
        const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
          SWEEPER_LOCK_KEY.toString(),
        ]);
        this.holding = result.rows[0]?.locked === true;
      }
      return this.holding;
    } catch {
      this.drop();
      return false;
    }
  }

  leading(): boolean {
    return this.holding;
  }

  async release(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    // Ending the session frees its advisory locks.
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: SWEEPER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: this.checkTimeoutMs,
      query_timeout: this.checkTimeoutMs,
    });
    const lost = () => {
      if (this.client === client) this.drop();
    };
    client.on('error', lost);
    client.on('end', lost);
    this.client = client;
    try {
      await client.connect();
    } catch (error) {
      this.drop();
      throw error;
    }
    return client;
  }

  /** Forgets the connection and the leadership; ending it frees the lock if the server still holds it. */
  private drop(): void {
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    client?.end().catch(() => {});
  }
}
