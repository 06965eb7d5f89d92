import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults that run the embedded SQLite database on port 3000', () => {
    const config = loadConfig({}, '/srv/dd');
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      database: { engine: 'sqlite', path: '/srv/dd/var/detainer-desk.db' },
      logLevel: 'info',
      demoData: false,
      sessionIdleMinutes: 30,
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('switches to PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://dd:secret@db.internal:5432/dd', PG_POOL_SIZE: '4' });
    expect(config.database).toEqual({
      engine: 'postgres',
      url: 'postgres://dd:secret@db.internal:5432/dd',
      poolSize: 4,
    });
  });

  it('accepts sqlite:PATH in DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:data/x.db' }, '/a').database).toEqual({
      engine: 'sqlite',
      path: '/a/data/x.db',
    });
  });

  it('refuses to start on invalid values, naming every bad variable', () => {
    const attempt = () =>
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual(['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TRUST_PROXY']);
      expect((error as ConfigError).message).toContain('PORT must be a whole number from 0 to 65535');
    }
  });

  it('reads the metrics token: none by default, 16 or more characters without spaces when set', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '  0123456789abcdef  ' }).metricsToken).toBe('0123456789abcdef');
    for (const bad of ['short', '0123456789 abcdef']) {
      expect(() => loadConfig({ METRICS_TOKEN: bad })).toThrow(
        'METRICS_TOKEN must be 16 or more characters without spaces',
      );
    }
  });

  it('reads the session idle timeout in minutes, from 5 to 1440', () => {
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes).toBe(15);
    for (const bad of ['4', '1441', 'soon', '-5']) {
      expect(() => loadConfig({ SESSION_IDLE_MINUTES: bad })).toThrow(
        'SESSION_IDLE_MINUTES must be a whole number from 5 to 1440',
      );
    }
  });

  it('has work and rate limits, validated like the rest', () => {
    expect(loadConfig({}).work).toEqual({
      threads: 2,
      queueLimit: 16,
      replayMaxRecords: 2_000_000,
      statsMaxRows: 50_000,
    });
    expect(loadConfig({ RATE_LIMIT_USER: '50' }).rateLimit).toEqual({
      windowSeconds: 60,
      anonymous: 300,
      user: 50,
      expensiveAnonymous: 20,
      expensiveUser: 120,
      portalAnonymous: 120,
      portalUser: 600,
    });
    expect(() => loadConfig({ WORKER_THREADS: 'many', RATE_LIMIT_ANONYMOUS: '0', REPLAY_MAX_RECORDS: '-5' })).toThrow(
      /WORKER_THREADS must be a whole number from 0 to 64; REPLAY_MAX_RECORDS .*; RATE_LIMIT_ANONYMOUS must be a whole number from 1/,
    );
  });

  it('never echoes a database password in its errors', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:hunter2@[bad' })).toThrow(/DATABASE_URL is not a valid URL/);
    try {
      loadConfig({ DATABASE_URL: 'postgres://u:hunter2@[bad' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });
});
