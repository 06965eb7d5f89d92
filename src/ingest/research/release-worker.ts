/**
 * Worker thread entry: reads one release file (tokenising, parsing, report, rollup) and posts its
 * record batches to the importer, whose thread meanwhile stores the previous ones. At most IN_FLIGHT
 * batches are posted and not yet stored: the worker waits until the importer hands one back (with its
 * memory, reused for a later batch), so memory stays the same whatever the file's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchMemory, ReleaseReader } from '../../core/research/release-reader.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { readRelease } from './release-reading.js';
import { createResearchGazetteer } from './research-gazetteer.js';
import { rowBatchesOf, type WorkerAck, type WorkerReply, type WorkerTask } from './worker-protocol.js';

const IN_FLIGHT = 3;

async function main(port: NonNullable<typeof parentPort>, task: WorkerTask): Promise<void> {
  const reader = new ReleaseReader(task.dataset, createResearchGazetteer());
  let credits = IN_FLIGHT;
  let resume: (() => void) | undefined;
  port.on('message', (ack: WorkerAck) => {
    reader.reuse(ack.memory);
    credits++;
    resume?.();
  });
  try {
    for await (const message of readRelease(rowBatchesOf(task.path, task.fileName, task.kind), reader)) {
      if (message.kind === 'records') {
        while (credits === 0) await new Promise<void>((r) => (resume = r));
        credits--;
      }
      const reply: WorkerReply = { type: 'message', message };
      port.postMessage(reply, message.kind === 'records' ? [...batchMemory(message)] : []);
    }
  } catch (error) {
    const reply: WorkerReply = {
      type: 'error',
      fileError: error instanceof ResearchFileError,
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  }
  port.close();
}

if (parentPort) void main(parentPort, workerData as WorkerTask);
