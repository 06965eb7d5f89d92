import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ResearchSource, ResearchSourceOpener } from '../../core/research/import-release.js';
import type { ResearchDataset } from '../../core/research/research-record.js';
import { ResearchFileError } from '../../core/research/row-parsing.js';
import { csvRows } from './csv-rows.js';
import { xlsxRows } from './xlsx-rows.js';

/** The SHA-256 of a file, streamed. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Opens NPR exports (.csv) and Deportation Data Project releases (.csv or .xlsx) from the file system. */
export const fileResearchSources: ResearchSourceOpener = {
  async open(path: string, dataset: ResearchDataset): Promise<ResearchSource> {
    const fileName = basename(path);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new ResearchFileError(`${path}: not a file`);
    } catch (error) {
      if (error instanceof ResearchFileError) throw error;
      throw new ResearchFileError(
        `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
      );
    }
    const kind = extname(path).toLowerCase();
    if (kind !== '.csv' && !(dataset === 'ddp' && kind === '.xlsx')) {
      throw new ResearchFileError(
        `${fileName}: ${dataset === 'npr' ? 'npr files are .csv' : 'ddp files are .xlsx or .csv'} (got "${kind || 'no extension'}")`,
      );
    }
    const sha256 = await sha256OfFile(path);
    return {
      fileName,
      sha256,
      rows: () => (kind === '.xlsx' ? xlsxRows(path, fileName) : csvRows(path, fileName)),
    };
  },
};
