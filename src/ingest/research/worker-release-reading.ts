import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { batchMemory, type ReleaseMessage } from '../../core/research/release-reader.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { Condition } from './condition.js';
import type { WorkerAck, WorkerReply, WorkerTask } from './worker-protocol.js';

/**
 * A worker running the module beside this one: compiled JavaScript in a build; in development and
 * tests, where this file is TypeScript, a small script that registers tsx in the worker first.
 */
/**
 * The worker's young generation (MB) by the kind of file. The reader allocates a few short-lived objects
 * per row; with a worker's default young generation V8 sometimes kept it small and promoted those objects,
 * which made some imports half again as slow (2.5 s or 3.6 s for 2,000,000 rows, run to run). A workbook's
 * reader makes more of them (its XML): 64 MB, ~5% faster than 32 or 16 MB on a 100,000-row 2025 workbook. A
 * text file's reader, which tokenises each distinct row ending once, is as fast with 16 MB (three alternating
 * runs each on the Zipf file and four 500,000-row layouts, 2026-12-06) and peaks 25-40 MB lower (the Zipf
 * import into SQLite ~325 -> ~283 MB, under the NPR import's 300 MB).
 */
const YOUNG_GENERATION_MB: Record<WorkerTask['kind'], number> = { csv: 16, xlsx: 64 };

const limitsFor = (task: WorkerTask) => ({ maxYoungGenerationSizeMb: YOUNG_GENERATION_MB[task.kind] });

function startWorker(task: WorkerTask): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./release-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData: task, resourceLimits: limitsFor(task) });
  const tsxApi = new URL(
    'dist/esm/api/index.mjs',
    pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json')),
  );
  const script = `import(${JSON.stringify(tsxApi.href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(script, { eval: true, workerData: task, resourceLimits: limitsFor(task) });
}

/**
 * A release read on a worker thread, so that tokenising and parsing the next batches overlaps with
 * the database storing this one. Asking for the next message means the last one is stored: its
 * memory goes back to the worker, which may then read one batch further. Stopping early (an error
 * while storing) ends the worker.
 */
export async function* readReleaseOnWorker(task: WorkerTask): AsyncGenerator<ReleaseMessage> {
  const worker = startWorker(task);
  const replies: WorkerReply[] = [];
  let failure: Error | undefined;
  let exited = false;
  const news = new Condition();
  worker.on('message', (reply: WorkerReply) => {
    replies.push(reply);
    news.changed();
  });
  worker.on('error', (error) => {
    failure = error;
    news.changed();
  });
  worker.on('exit', () => {
    exited = true;
    news.changed();
  });
  try {
    for (;;) {
      await news.until(() => replies.length > 0 || failure !== undefined || exited);
      const reply = replies.shift();
      if (reply?.type === 'error') {
        throw reply.fileError ? new ResearchFileError(reply.message) : new Error(reply.message);
      }
      if (reply) {
        const { message } = reply;
        if (message.kind === 'end') {
          yield message;
          return;
        }
        yield message;
        const memory = batchMemory(message);
        worker.postMessage({ memory } satisfies WorkerAck, [...memory]);
        continue;
      }
      if (failure) throw failure;
      throw new Error(`the worker reading ${task.fileName} stopped before the end of the file`);
    }
  } finally {
    await worker.terminate();
  }
}
