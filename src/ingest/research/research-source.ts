import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ResearchSource, ResearchSourceOpener } from '../../core/research/import-release.js';
import { ReleaseReader } from '../../core/research/release-reader.js';
import type { LayoutRequest } from '../../core/research/release-layouts.js';
import type { ResearchGazetteer } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { readRelease } from './release-reading.js';
import { rowBatchesOf, type FileKind } from './worker-protocol.js';
import { readReleaseOnWorker } from './worker-release-reading.js';

/** The SHA-256 of a file, streamed. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Files from this size on are read on a worker thread; smaller ones would spend more starting it than it saves. */
export const WORKER_FROM_BYTES = 8 << 20;

export interface FileSourceOptions {
  /** The gazetteer for files read on this thread (a worker makes its own). */
  readonly gazetteer: () => ResearchGazetteer;
  readonly workerFromBytes?: number;
}

/** The file extensions a release may have, for every layout: delimited text (delimiter sniffed) or a workbook. */
export const RELEASE_EXTENSIONS = ['.csv', '.txt', '.tsv', '.xlsx'] as const;

/** Opens releases of any layout (.csv, .txt, .tsv or .xlsx) from the file system. */
export function fileResearchSources(options: FileSourceOptions): ResearchSourceOpener {
  const workerFromBytes = options.workerFromBytes ?? WORKER_FROM_BYTES;
  return {
    async open(path: string, request: LayoutRequest): Promise<ResearchSource> {
      const fileName = basename(path);
      let size: number;
      try {
        const info = await stat(path);
        if (!info.isFile()) throw new ResearchFileError(`${path}: not a file`);
        size = info.size;
      } catch (error) {
        if (error instanceof ResearchFileError) throw error;
        throw new ResearchFileError(
          `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
        );
      }
      const extension = extname(path).toLowerCase();
      if (!(RELEASE_EXTENSIONS as readonly string[]).includes(extension)) {
        throw new ResearchFileError(
          `${fileName}: a release is a ${RELEASE_EXTENSIONS.join(', ')} file (got "${extension || 'no extension'}")`,
        );
      }
      const kind: FileKind = extension === '.xlsx' ? 'xlsx' : 'csv';
      return {
        fileName,
        sha256: () => sha256OfFile(path),
        read: () => {
          if (size >= workerFromBytes) {
            return readReleaseOnWorker({ path, fileName, kind, dataset: request });
          }
          const reader = new ReleaseReader(request, options.gazetteer());
          return readRelease(
            rowBatchesOf(path, fileName, kind, (d) => reader.textDelimiter(d)),
            reader,
          );
        },
      };
    },
  };
}
