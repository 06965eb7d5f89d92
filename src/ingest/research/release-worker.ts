/**
 * Worker thread entry: reads one release file (tokenising, parsing, report, rollup) and posts its
 * record batches to the importer, whose thread meanwhile stores the previous ones. At most IN_FLIGHT
 * batches are posted and not yet stored (READ_AHEAD_AT_START until the first is stored): the worker
 * waits until the importer hands one back (with its memory, reused for a later batch), so memory stays
 * the same whatever the file's size. Wide releases (the 2025 workbook keeps ~1.5 kB of other columns
 * per record, 25 MB per batch) are held back further: the other columns' text posted and not yet
 * stored stays under EXTRA_IN_FLIGHT bytes (one batch is always let through).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { batchMemory, ReleaseReader, type RecordBatch } from '../../core/research/release-reader.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { readRelease } from './release-reading.js';
import { Condition } from './condition.js';
import { createResearchGazetteer } from './research-gazetteer.js';
import { rowBatchesOf, type WorkerAck, type WorkerReply, type WorkerTask } from './worker-protocol.js';

const IN_FLIGHT = 8;
/** Before the importer stores its first batch (it may still be migrating the database), it may read this far ahead. */
const READ_AHEAD_AT_START = 16;
/**
 * Bytes of other-column text (`extra` JSON, packed) posted and not yet stored, at most: about one
 * batch of the 2025 layout, so that the importer holds one such batch while the worker fills the next.
 */
const EXTRA_IN_FLIGHT = 32 << 20;

const extraLength = (message: RecordBatch) => message.extra?.bytes.length ?? 0;

async function main(port: NonNullable<typeof parentPort>, task: WorkerTask): Promise<void> {
  // States only: the facilities' counties are worked out by the importer once every record is read.
  const reader = new ReleaseReader(task.dataset, createResearchGazetteer());
  let posted = 0;
  let stored = 0;
  /** The other-column bytes of each batch posted and not yet stored, oldest first (acks come in order). */
  const extraPosted: number[] = [];
  let extraInFlight = 0;
  const acks = new Condition();
  port.on('message', (ack: WorkerAck) => {
    reader.reuse(ack.memory);
    stored++;
    extraInFlight -= extraPosted.shift() ?? 0;
    acks.changed();
  });
  const mayPost = (extra: number) =>
    posted - stored < (stored === 0 ? READ_AHEAD_AT_START : IN_FLIGHT) &&
    (posted === stored || extraInFlight + extra <= EXTRA_IN_FLIGHT);
  try {
    for await (const message of readRelease(
      rowBatchesOf(task.path, task.fileName, task.kind, (d) => reader.textDelimiter(d)),
      reader,
    )) {
      if (message.kind === 'records') {
        const extra = extraLength(message);
        await acks.until(() => mayPost(extra));
        posted++;
        extraPosted.push(extra);
        extraInFlight += extra;
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
