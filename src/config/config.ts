import type { KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { isKeyProblem, parsePrivateKey, parsePublicKey } from '../core/audit/signed-heads.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string; poolSize: number };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly logLevel: LogLevel;
  readonly sessionTtlHours: number;
  readonly sessionIdleMinutes: number;
  readonly bodyLimitBytes: number;
  readonly trustProxy: boolean;
  readonly demoData: boolean;
  readonly shutdownTimeoutMs: number;
  readonly sweepIntervalSeconds: number;
  /** Heavy public work (replays, statistics) off the event loop; see `WorkLimits`. */
  readonly work: WorkLimits;
  readonly rateLimit: RateLimits;
  /** The Ed25519 private key that signs published audit chain heads, parsed when read, or null. */
  readonly auditSigningKey: KeyObject | null;
  /** The Ed25519 public key `audit verify --against` checks heads files with, parsed when read, or null. */
  readonly auditPublicKey: KeyObject | null;
  /** The bearer token GET /metrics asks for; undefined: /metrics is open to anyone who reaches the port. */
  readonly metricsToken: string | undefined;
}

export interface WorkLimits {
  /** Worker threads for replays and statistics; 0 runs them on the main thread (an in-memory SQLite database always does). */
  readonly threads: number;
  /** Requests that may wait for a thread; beyond it the answer is 503 SERVER.BUSY. */
  readonly queueLimit: number;
  /** The most records one replay may read (estimated before it runs). */
  readonly replayMaxRecords: number;
  /** The most rows one statistics answer may have (estimated before it runs). */
  readonly statsMaxRows: number;
}

/**
 * Requests per window: anonymous callers per address, signed-in callers per user; `expensive` for the
 * costly routes, `portal` for the public figures (answered from rollups and caches, a page asking many).
 */
export interface RateLimits {
  readonly windowSeconds: number;
  readonly anonymous: number;
  readonly user: number;
  readonly expensiveAnonymous: number;
  readonly expensiveUser: number;
  readonly portalAnonymous: number;
  readonly portalUser: number;
}

export interface ConfigProblem {
  readonly variable: string;
  readonly problem: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration: ${problems.map((p) => `${p.variable} ${p.problem}`).join('; ')}`);
  }
}

/**
 * Every environment variable Detainer Desk reads, with its default. The README's configuration
 * table is this list; keep them together.
 */
export const CONFIG_VARIABLES = {
  PORT: { default: '3000', meaning: 'HTTP port (0 picks a free port)' },
  HOST: { default: 'localhost', meaning: 'interface to listen on (0.0.0.0 for all)' },
  DATABASE_URL: {
    default: '',
    meaning: 'postgres://user:pass@host:5432/db for PostgreSQL; empty or sqlite:PATH for embedded SQLite',
  },
  SQLITE_PATH: { default: './var/detainer-desk.db', meaning: 'SQLite file when DATABASE_URL is empty' },
  PG_POOL_SIZE: { default: '10', meaning: 'PostgreSQL connections per process (1-100)' },
  LOG_LEVEL: { default: 'info', meaning: `one of ${LOG_LEVELS.join(', ')}` },
  SESSION_TTL_HOURS: { default: '12', meaning: 'how long a sign-in lasts (1-720)' },
  SESSION_IDLE_MINUTES: { default: '30', meaning: 'a session unused this long ends (5-1440)' },
  BODY_LIMIT_BYTES: { default: '1048576', meaning: 'largest accepted request body (1024-104857600)' },
  TRUST_PROXY: {
    default: 'false',
    meaning: 'true behind a TLS-terminating proxy: trusts X-Forwarded-* and marks cookies Secure',
  },
  DEMO_DATA: {
    default: 'false',
    meaning:
      'true seeds the labelled synthetic demo agencies, users and requests, and 20,000 generated FOIA-style records',
  },
  SHUTDOWN_TIMEOUT_MS: { default: '10000', meaning: 'grace period for in-flight requests on SIGTERM (100-120000)' },
  SWEEP_INTERVAL_SECONDS: {
    default: '30',
    meaning:
      'how often the deadline sweeper marks expired holds release-due and logs alarms (1-3600); with several ' +
      'instances, how often each tries to become the one that sweeps',
  },
  WORKER_THREADS: {
    default: '2',
    meaning:
      'worker threads for replays and statistics, each with its own database connection (0-64; 0 runs them on the ' +
      'main thread, as an in-memory SQLite database always does)',
  },
  WORK_QUEUE_LIMIT: {
    default: '16',
    meaning: 'replays and statistics that may wait for a worker thread; beyond it 503 SERVER.BUSY (0-10000)',
  },
  REPLAY_MAX_RECORDS: {
    default: '2000000',
    meaning: 'the most imported records one replay may read, estimated before it runs; beyond it 422 REQUEST.TOO_BROAD',
  },
  STATS_MAX_ROWS: {
    default: '50000',
    meaning: 'the most rows one statistics answer may have, estimated before it runs; beyond it 422 REQUEST.TOO_BROAD',
  },
  RATE_LIMIT_WINDOW_SECONDS: { default: '60', meaning: 'the window of the rate limits below (1-86400)' },
  RATE_LIMIT_ANONYMOUS: {
    default: '300',
    meaning: 'requests per window from one address without sign-in; beyond it 429 REQUEST.RATE_LIMITED',
  },
  RATE_LIMIT_USER: { default: '1200', meaning: 'requests per window from one signed-in user (any address)' },
  RATE_LIMIT_EXPENSIVE_ANONYMOUS: {
    default: '20',
    meaning:
      'requests per window to a costly route (replay, evaluate lists, bulk intake) from one address without sign-in',
  },
  RATE_LIMIT_EXPENSIVE_USER: {
    default: '120',
    meaning: 'requests per window to a costly route from one signed-in user',
  },
  RATE_LIMIT_PORTAL_ANONYMOUS: {
    default: '120',
    meaning:
      "requests per window to the portal's figures (statistics, releases, law map and panel; one page asks up to a dozen) from one address without sign-in",
  },
  RATE_LIMIT_PORTAL_USER: {
    default: '600',
    meaning: "requests per window to the portal's figures from one signed-in user",
  },
  AUDIT_SIGNING_KEY: {
    default: '',
    meaning:
      'the Ed25519 private key that signs audit chain heads (audit heads --sign, GET /api/v1/audit/heads): PKCS#8 PEM, or its DER in base64 on one line',
  },
  AUDIT_PUBLIC_KEY: {
    default: '',
    meaning:
      'the Ed25519 public key audit verify --against checks a heads file with (SPKI PEM, or its DER in base64 on one line)',
  },
  METRICS_TOKEN: {
    default: '',
    meaning:
      'when set (16+ characters, no spaces), GET /metrics needs "Authorization: Bearer <token>"; empty: open to anyone who reaches the port',
  },
} as const;

type Variable = keyof typeof CONFIG_VARIABLES;
type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration once; the result is frozen. Names every bad variable. */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const problems: ConfigProblem[] = [];
  const read = (name: Variable): string => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? CONFIG_VARIABLES[name].default : value.trim();
  };
  const integer = (name: Variable, min: number, max: number): number => {
    const text = read(name);
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
      problems.push({ variable: name, problem: `must be a whole number from ${min} to ${max}` });
      return min;
    }
    return value;
  };
  const boolean = (name: Variable): boolean => {
    const text = read(name).toLowerCase();
    if (['true', '1', 'yes'].includes(text)) return true;
    if (['false', '0', 'no'].includes(text)) return false;
    problems.push({ variable: name, problem: 'must be true or false' });
    return false;
  };

  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== '' && !/^\S{16,}$/.test(metricsToken))
    problems.push({ variable: 'METRICS_TOKEN', problem: 'must be 16 or more characters without spaces' });

  const logLevel = read('LOG_LEVEL') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problems.push({ variable: 'LOG_LEVEL', problem: `must be one of ${LOG_LEVELS.join(', ')}` });

  const key = (name: 'AUDIT_SIGNING_KEY' | 'AUDIT_PUBLIC_KEY'): KeyObject | null => {
    const text = env[name]?.trim() ?? '';
    if (text === '') return null;
    const parsed = name === 'AUDIT_SIGNING_KEY' ? parsePrivateKey(text) : parsePublicKey(text);
    if (!isKeyProblem(parsed)) return parsed;
    problems.push({ variable: name, problem: parsed.problem });
    return null;
  };

  const config: Config = {
    port: integer('PORT', 0, 65535),
    host: read('HOST'),
    database: databaseConfig(read('DATABASE_URL'), read('SQLITE_PATH'), integer('PG_POOL_SIZE', 1, 100), cwd, problems),
    logLevel,
    sessionTtlHours: integer('SESSION_TTL_HOURS', 1, 720),
    sessionIdleMinutes: integer('SESSION_IDLE_MINUTES', 5, 1440),
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', 1024, 104_857_600),
    trustProxy: boolean('TRUST_PROXY'),
    demoData: boolean('DEMO_DATA'),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 100, 120_000),
    sweepIntervalSeconds: integer('SWEEP_INTERVAL_SECONDS', 1, 3600),
    work: {
      threads: integer('WORKER_THREADS', 0, 64),
      queueLimit: integer('WORK_QUEUE_LIMIT', 0, 10_000),
      replayMaxRecords: integer('REPLAY_MAX_RECORDS', 1, 1_000_000_000),
      statsMaxRows: integer('STATS_MAX_ROWS', 1, 10_000_000),
    },
    rateLimit: {
      windowSeconds: integer('RATE_LIMIT_WINDOW_SECONDS', 1, 86_400),
      anonymous: integer('RATE_LIMIT_ANONYMOUS', 1, 1_000_000),
      user: integer('RATE_LIMIT_USER', 1, 1_000_000),
      expensiveAnonymous: integer('RATE_LIMIT_EXPENSIVE_ANONYMOUS', 1, 1_000_000),
      expensiveUser: integer('RATE_LIMIT_EXPENSIVE_USER', 1, 1_000_000),
      portalAnonymous: integer('RATE_LIMIT_PORTAL_ANONYMOUS', 1, 1_000_000),
      portalUser: integer('RATE_LIMIT_PORTAL_USER', 1, 1_000_000),
    },
    auditSigningKey: key('AUDIT_SIGNING_KEY'),
    auditPublicKey: key('AUDIT_PUBLIC_KEY'),
    metricsToken: metricsToken === '' ? undefined : metricsToken,
  };
  if (problems.length > 0) {
    const order = Object.keys(CONFIG_VARIABLES);
    throw new ConfigError(problems.sort((a, b) => order.indexOf(a.variable) - order.indexOf(b.variable)));
  }
  return Object.freeze({
    ...config,
    database: Object.freeze(config.database),
    work: Object.freeze(config.work),
    rateLimit: Object.freeze(config.rateLimit),
  });
}

function databaseConfig(
  url: string,
  sqlitePath: string,
  poolSize: number,
  cwd: string,
  problems: ConfigProblem[],
): DatabaseConfig {
  if (url === '') return { engine: 'sqlite', path: resolvePath(sqlitePath, cwd) };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '')
      problems.push({ variable: 'DATABASE_URL', problem: 'sqlite: needs a file path, e.g. sqlite:./var/dd.db' });
    return { engine: 'sqlite', path: resolvePath(path, cwd) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
      return { engine: 'postgres', url, poolSize };
    } catch {
      problems.push({ variable: 'DATABASE_URL', problem: 'is not a valid URL' });
    }
  } else {
    problems.push({ variable: 'DATABASE_URL', problem: 'must start with postgres://, postgresql:// or sqlite:' });
  }
  return { engine: 'sqlite', path: ':memory:' };
}

function resolvePath(path: string, cwd: string): string {
  return path === ':memory:' ? path : resolve(cwd, path);
}
