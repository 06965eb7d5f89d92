import type { ReleaseMessage, ReleaseReader } from '../../core/research/release-reader.js';
import type { SourceLine } from '../../core/research/research-record.js';

/** A release read on this thread: the rows' batches through the core's reader, one message at a time. */
export async function* readRelease(
  rowBatches: AsyncIterable<readonly SourceLine[]>,
  reader: ReleaseReader,
): AsyncGenerator<ReleaseMessage> {
  for await (const rows of rowBatches) yield* reader.read(rows);
  yield* reader.finish();
}
