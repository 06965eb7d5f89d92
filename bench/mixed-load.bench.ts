/**
 * `npm run bench mixed-load` and `npm run bench soak`: the desk's own traffic, driven by autocannon on
 * loopback against the built server (`dist/`, child processes) on one embedded PostgreSQL database
 * with the demo seeded.
 *
 * Each connection repeats ten requests as one records officer of Harris County (Texas: holds are
 * honoured, so release eligibility starts a hold): an intake (`POST /detainers`, 10%), the new
 * detainer's page (its version), two events on it (`facts-updated`, then `release-eligible`: 20%),
 * and six more reads (the inbox by deadline, three times, and three detainer pages: 70% reads).
 *
 * - mixed-load: req/s and p99 of that mix over `LOAD_CONNECTIONS` (default 50) connections for
 *   `LOAD_SECONDS` (default 20) on one instance, then on two instances of the server on the same
 *   database (autocannon spreads the connections over both), against the same mix answered from
 *   memory by a bare Fastify server (the framework's ceiling on this machine), all in one run.
 * - soak: the same mix on one instance for `SOAK_SECONDS` (default 300): the server's RSS after a
 *   warm-up and at the end (target: no growth beyond 10%), zero errors, and no hold past its deadline.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startEmbeddedPostgres, type EmbeddedServer } from '../test/support/embedded-postgres.js';
import { runCli, serve, type Server } from './cli-server.js';
import type { Figure } from './report.js';

const OFFICER = 'records-officer@harris.demo.example';

function positive(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^[1-9]\d*$/.test(text)) throw new Error(`${name} must be a positive whole number, not ${text}`);
  return Number(text);
}

interface Desk {
  readonly postgres: EmbeddedServer;
  readonly env: NodeJS.ProcessEnv;
  readonly token: string;
}

/** A migrated PostgreSQL database with the demo seeded, and an API token of the officer. */
async function prepareDesk(): Promise<Desk> {
  const postgres = await startEmbeddedPostgres();
  const url = await postgres.createDatabase('dd_bench_mixed');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_ANONYMOUS: '1000000',
    RATE_LIMIT_USER: '1000000',
    RATE_LIMIT_EXPENSIVE_ANONYMOUS: '1000000',
    RATE_LIMIT_EXPENSIVE_USER: '1000000',
  };
  await runCli(['migrate'], env);
  await runCli(['seed', '--demo'], env);
  const token = (await runCli(['tokens', 'create', '--user', OFFICER, '--name', 'bench-mixed'], env)).trim();
  if (!token.startsWith('ddk_')) throw new Error('tokens create printed no token');
  return { postgres, env, token };
}

/** A fresh intake body: the references differ on every call; the person is synthetic. */
function intakeBody(n: number): string {
  const stamp = `${process.pid}-${n}-${Math.random().toString(36).slice(2, 8)}`;
  return JSON.stringify({
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: ['biometric-database'],
    issuedAt: '2026-11-28T09:00:00-06:00',
    receivedAt: '2026-11-28T09:30:00-06:00',
    issuingOffice: 'Bench ERO office (SYNTHETIC)',
    federalReference: `BENCH-${stamp}`,
    subject: { reference: `BK-${stamp}`, fullName: 'Synthetic Bench Person' },
  });
}

interface Context {
  id?: string;
  version?: number;
}

/** The ten requests of one connection's round (see the file's comment), for autocannon. */
export function mixedRequests(token: string, pageIds: readonly string[]): autocannon.Request[] {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const readHeaders = { authorization: `Bearer ${token}` };
  let intakes = 0;
  const somePage = () => pageIds[Math.floor(Math.random() * pageIds.length)]!;
  const inbox: autocannon.Request = { method: 'GET', path: '/api/v1/detainers?sort=deadline', headers: readHeaders };
  const page = (): autocannon.Request => ({
    method: 'GET',
    headers: readHeaders,
    setupRequest: (request) => ({ ...request, path: `/api/v1/detainers/${somePage()}` }),
  });
  const event = (type: string, fields: Record<string, unknown>): autocannon.Request => ({
    method: 'POST',
    headers,
    setupRequest: (request, context: Context) => ({
      ...request,
      path: `/api/v1/detainers/${context.id}/events`,
      body: JSON.stringify({ type, expectedVersion: context.version, ...fields }),
    }),
    onResponse: (status, body, context: Context) => {
      if (status === 201) context.version = (JSON.parse(body) as { version: number }).version;
    },
  });
  return [
    {
      method: 'POST',
      path: '/api/v1/detainers',
      headers,
      setupRequest: (request) => ({ ...request, body: intakeBody(intakes++) }),
      onResponse: (status, body, context: Context) => {
        if (status === 201) context.id = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: 'GET',
      headers: readHeaders,
      setupRequest: (request, context: Context) => ({ ...request, path: `/api/v1/detainers/${context.id}` }),
      onResponse: (status, body, context: Context) => {
        if (status === 200) context.version = (JSON.parse(body) as { version: number }).version;
      },
    },
    event('facts-updated', { facts: { proofOfLawfulStatus: false } }),
    event('release-eligible', { at: new Date().toISOString(), reason: 'sentence-served' }),
    inbox,
    page(),
    inbox,
    page(),
    inbox,
    page(),
  ];
}

interface Measured {
  readonly requests: number;
  readonly perSecond: number;
  readonly p99: number;
  readonly p50: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function drive(urls: readonly string[], requests: autocannon.Request[], seconds: number): Promise<Measured> {
  const connections = positive('LOAD_CONNECTIONS', 50);
  // autocannon spreads the connections over several URLs (its README); its types name only one.
  const url = (urls.length === 1 ? urls[0]! : [...urls]) as string;
  const result = await autocannon({ url, connections, duration: seconds, requests });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    p99: result.latency.p99,
    p50: result.latency.p50,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The ids on the officer's first inbox page: the pages the reads open. */
export async function inboxIds(url: string, token: string): Promise<string[]> {
  const answer = await fetch(`${url}/api/v1/detainers?sort=deadline`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (answer.status !== 200) throw new Error(`the inbox answered ${answer.status}`);
  const ids = ((await answer.json()) as { items: { id: string }[] }).items.map((d) => d.id);
  if (ids.length === 0) throw new Error('the officer has no detainers to read');
  return ids;
}

/** What the bare server answers: each of the mix's responses as the real server gave it once. */
async function sampleAnswers(url: string, token: string, id: string) {
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const text = async (path: string, init?: RequestInit) => (await fetch(`${url}${path}`, init)).text();
  const created = await text('/api/v1/detainers', { method: 'POST', headers: auth, body: intakeBody(-1) });
  const newId = (JSON.parse(created) as { id: string }).id;
  const view = JSON.parse(await text(`/api/v1/detainers/${newId}`, { headers: auth })) as { version: number };
  const event = await text(`/api/v1/detainers/${newId}/events`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      type: 'facts-updated',
      expectedVersion: view.version,
      facts: { proofOfLawfulStatus: false },
    }),
  });
  return {
    inbox: await text('/api/v1/detainers?sort=deadline', { headers: auth }),
    page: await text(`/api/v1/detainers/${id}`, { headers: auth }),
    created,
    event,
  };
}

/** The bare Fastify server (bench/bare-desk-server.ts) in its own process, answering from memory. */
function bareServer(answers: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-desk-server.ts'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening at (http:\/\/\S+)/.exec(out);
      if (match) {
        resolve({
          url: match[1]!,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the bare server exited ${code}: ${err.slice(-500)}`)));
    child.stdin.end(JSON.stringify(answers));
  });
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (m: Measured) => `${m.perSecond.toFixed(0)} req/s, p50 ${ms(m.p50)}, p99 ${ms(m.p99)}`;
const faults = (m: Measured) => `${m.errors} errors, ${m.non2xx} non-2xx of ${m.requests}`;

export async function benchMixedLoad(): Promise<Figure[]> {
  const seconds = positive('LOAD_SECONDS', 20);
  const desk = await prepareDesk();
  const servers: Server[] = [];
  try {
    const first = await serve(desk.env);
    servers.push(first);
    const ids = await inboxIds(first.url, desk.token);
    const answers = await sampleAnswers(first.url, desk.token, ids[0]!);
    const requests = () => mixedRequests(desk.token, ids);
    await drive([first.url], requests(), 3); // warm the JIT and the pool
    const one = await drive([first.url], requests(), seconds);
    const second = await serve(desk.env);
    servers.push(second);
    await drive([second.url], requests(), 3);
    const two = await drive([first.url, second.url], requests(), seconds);
    const bare = await bareServer(answers);
    servers.push(bare);
    await drive([bare.url], requests(), 3);
    const ceiling = await drive([bare.url], requests(), seconds);
    const clean = (m: Measured) => m.errors === 0 && m.non2xx === 0;
    return [
      {
        name: `mixed desk load, one instance (${seconds} s)`,
        value: `${rate(one)}; ${faults(one)}`,
        baseline: `bare Fastify from memory: ${rate(ceiling)}`,
        ratio: one.perSecond / ceiling.perSecond,
        target: 'zero errors (the ratio shows the framework ceiling this machine leaves)',
        met: clean(one),
      },
      {
        name: `mixed desk load, two instances on one PostgreSQL (${seconds} s)`,
        value: `${rate(two)}; ${faults(two)}`,
        baseline: `one instance: ${rate(one)}`,
        ratio: two.perSecond / one.perSecond,
        target: 'zero errors (2 cores: the instances share them with PostgreSQL and the load)',
        met: clean(two),
      },
    ];
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await desk.postgres.stop().catch(() => {});
  }
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** The server's own count of holds past their lawful deadline, as an operator's alert reads it (/metrics). */
async function holdsPastDeadline(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = /^detainer_desk_holds_past_deadline (\S+)$/m.exec(text);
  if (!line) throw new Error('/metrics has no detainer_desk_holds_past_deadline (the database did not answer)');
  return Number(line[1]);
}

export async function benchSoak(): Promise<Figure[]> {
  const seconds = positive('SOAK_SECONDS', 300);
  const desk = await prepareDesk();
  let server: Server | undefined;
  try {
    server = await serve(desk.env);
    const ids = await inboxIds(server.url, desk.token);
    await drive([server.url], mixedRequests(desk.token, ids), 10); // warm-up
    const pid = server.child.pid!;
    const startMb = rssMb(pid);
    const soaked = await drive([server.url], mixedRequests(desk.token, ids), seconds);
    const endMb = rssMb(pid);
    const overdue = await holdsPastDeadline(server.url);
    const growth = endMb / startMb;
    return [
      {
        name: `soak: the mixed desk load on one instance for ${seconds} s`,
        value: `RSS ${startMb.toFixed(0)} -> ${endMb.toFixed(0)} MB; ${rate(soaked)}; ${faults(soaked)}; ${overdue} holds past their deadline`,
        baseline: `RSS after a 10 s warm-up ${startMb.toFixed(0)} MB`,
        ratio: growth,
        target: 'RSS growth <= 1.10x, zero errors, zero holds past their deadline',
        met: growth <= 1.1 && soaked.errors === 0 && soaked.non2xx === 0 && overdue === 0,
      },
    ];
  } finally {
    await server?.stop();
    await desk.postgres.stop().catch(() => {});
  }
}
