/**
 * Worker thread entry: reads one release file (tokenising, parsing, report, rollup) and posts its
 * record batches to the importer, whose thread meanwhile stores the previous ones. At most IN_FLIGHT
 * batches are posted and not yet stored (READ_AHEAD_AT_START until the first is stored): the worker
 * waits until the importer hands one back (with its memory, reused for a later batch), so memory stays
 * the same whatever the file's size.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchMemory, ReleaseReader } from '../../core/research/release-reader.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { readRelease } from './release-reading.js';
import { Condition } from './condition.js';
import { createResearchGazetteer } from './research-gazetteer.js';
import { rowBatchesOf, type WorkerAck, type WorkerReply, type WorkerTask } from './worker-protocol.js';

const IN_FLIGHT = 8;
/** Before the importer stores its first batch (it may still be migrating the database), it may read this far ahead. */
const READ_AHEAD_AT_START = 16;

async function main(port: NonNullable<typeof parentPort>, task: WorkerTask): Promise<void> {
  const reader = new ReleaseReader(task.dataset, createResearchGazetteer());
  let posted = 0;
  let stored = 0;
  const acks = new Condition();
  port.on('message', (ack: WorkerAck) => {
    reader.reuse(ack.memory);
    stored++;
    acks.changed();
  });
  const mayPost = () => posted - stored < (stored === 0 ? READ_AHEAD_AT_START : IN_FLIGHT);
  try {
    for await (const message of readRelease(
      rowBatchesOf(task.path, task.fileName, task.kind, (d) => reader.textDelimiter(d)),
      reader,
    )) {
      if (message.kind === 'records') {
        await acks.until(mayPost);
        posted++;
      }
      const reply: WorkerReply = { type: 'message', message };
      port.postMessage(
        reply,
        message.kind === 'records' ? [...batchMemory(message)] : [message.rollup.buffer as ArrayBuffer],
      );
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
