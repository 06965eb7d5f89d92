/**
 * Heavy public work off the event loop: replays, statistics and lists of evaluations run on worker
 * threads (piscina), each thread with its own handle on the same database, so that the main thread
 * keeps answering (health, intake, sign-in) while they run. Admission is bounded: at most `threads`
 * tasks run and `queueLimit` wait; beyond that the caller is told the server is busy (503
 * SERVER.BUSY with Retry-After). An in-memory SQLite database cannot be opened by a second thread,
 * so with one (tests) or with WORKER_THREADS=0 the tasks run on the main thread, behind the same
 * admission bound.
 */
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { EngineContext } from '../core/policy/evaluate.js';
import type { DatabaseTarget } from '../db/connect.js';
import type { DatabaseHandle } from '../db/engine.js';
import { runWorkTask, workDeps, type WorkAnswers, type WorkCaps, type WorkTask } from './work-tasks.js';

export interface WorkPoolOptions extends WorkCaps {
  /** Worker threads; 0 runs the tasks on the main thread. */
  readonly threads: number;
  /** Tasks that may wait for a thread when all are busy. */
  readonly queueLimit: number;
}

/** What the worker thread is given: where the database is, and the caps. */
export interface WorkerSetup {
  readonly target: DatabaseTarget;
  readonly caps: WorkCaps;
}

export type WorkOutcome<T> =
  { readonly kind: 'done'; readonly value: T } | { readonly kind: 'busy'; readonly retryAfterSeconds: number };

export interface WorkPool {
  /** 'threads' when tasks run on worker threads, 'main-thread' otherwise. */
  readonly mode: 'threads' | 'main-thread';
  run<K extends WorkTask['kind']>(task: Extract<WorkTask, { kind: K }>): Promise<WorkOutcome<WorkAnswers[K]>>;
  /** Tasks running or waiting now. */
  readonly pending: number;
  close(): Promise<void>;
}

type Executor = (task: WorkTask) => Promise<unknown>;

/** How much lower the workers' scheduling priority is than the main thread's (Linux; ignored elsewhere). */
const WORKER_NICE_INCREMENT = 10;

/**
 * The pool for a server: worker threads on `target` (a SQLite file or a PostgreSQL URL), or the main
 * thread's handle when there are no threads or the database is in memory.
 */
export function createWorkPool(
  handle: DatabaseHandle,
  law: EngineContext,
  target: DatabaseTarget | undefined,
  options: WorkPoolOptions,
): WorkPool {
  const caps: WorkCaps = { replayMaxRecords: options.replayMaxRecords, statsMaxRows: options.statsMaxRows };
  const inMemory = target === undefined || (target.engine === 'sqlite' && target.path === ':memory:');
  if (options.threads === 0 || inMemory) {
    const deps = workDeps(handle, law, caps);
    return boundedPool(
      'main-thread',
      1,
      options.queueLimit,
      (task) => runWorkTask(deps, task),
      async () => {},
    );
  }
  const worker = workerFile();
  const setup: WorkerSetup = {
    // A worker needs few connections: it runs one task at a time.
    target: target.engine === 'postgres' ? { ...target, poolSize: 2 } : target,
    caps,
  };
  const piscina = new Piscina({
    filename: worker.filename,
    workerData: setup,
    minThreads: options.threads,
    maxThreads: options.threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Linux schedules each thread on its own: the workers yield the CPU to the main thread, which
    // answers every other request (on a small machine the workers would otherwise take every core).
    niceIncrement: WORKER_NICE_INCREMENT,
  });
  return boundedPool(
    'threads',
    options.threads,
    options.queueLimit,
    (task) => piscina.run(task),
    async () => {
      await piscina.destroy();
      worker.dispose();
    },
  );
}

/**
 * Admission control over an executor: `slots` tasks run at once, `queueLimit` more wait their turn
 * (first come, first served), the rest are refused with a Retry-After estimated from recent tasks.
 */
export function boundedPool(
  mode: WorkPool['mode'],
  slots: number,
  queueLimit: number,
  execute: Executor,
  dispose: () => Promise<void> = async () => {},
): WorkPool {
  let pending = 0;
  let running = 0;
  const waiting: Array<() => void> = [];
  // A smoothed task duration, for Retry-After: how long until a place in the queue frees up.
  let averageMs = 1000;
  return {
    mode,
    get pending() {
      return pending;
    },
    async run(task) {
      if (pending >= slots + queueLimit) {
        const waves = Math.ceil((pending - slots + 1) / slots);
        return { kind: 'busy', retryAfterSeconds: Math.min(60, Math.max(1, Math.ceil((waves * averageMs) / 1000))) };
      }
      pending++;
      if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
      running++;
      const start = performance.now();
      try {
        const value = (await execute(task)) as never;
        return { kind: 'done', value };
      } finally {
        running--;
        pending--;
        averageMs = 0.8 * averageMs + 0.2 * (performance.now() - start);
        waiting.shift()?.();
      }
    },
    close: dispose,
  };
}

/**
 * The worker module: compiled JavaScript beside this file in a build; in development and tests,
 * where this file is TypeScript, a small bootstrap module (written to the temporary folder) that
 * registers tsx in the worker first, then re-exports the TypeScript worker.
 */
function workerFile(): { filename: string; dispose(): void } {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./work.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return { filename: fileURLToPath(entry), dispose: () => {} };
  const tsxApi = new URL(
    'dist/esm/api/index.mjs',
    pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
  );
  const filename = join(tmpdir(), `detainer-desk-work-worker-${randomUUID()}.mjs`);
  writeFileSync(
    filename,
    `import { register } from ${JSON.stringify(tsxApi.href)};\n` +
      'register();\n' +
      `const worker = await import(${JSON.stringify(entry.href)});\n` +
      'export default worker.default;\n',
  );
  return { filename, dispose: () => rmSync(filename, { force: true }) };
}
