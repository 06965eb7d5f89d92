/**
 * Import one public detainer release: read its rows, parse them, store the records, the facilities
 * and the monthly rollup, and report on the data's quality. One transaction per import: a failure
 * anywhere (a bad row never fails it; a bad file, a decoding error or a database error does) leaves
 * nothing. Importing the same release again replaces it in that same transaction.
 */
import type { Clock } from '../shared/ports.js';
import { ReportBuilder, type ImportReport } from './import-report.js';
import type { ResearchDataset, ResearchGazetteer, ResearchRecord, SourceRow } from './research-record.js';
import { createRowParser, isHeaderRow, MAX_PREAMBLE_ROWS, ResearchFileError, type RowParser } from './row-parsing.js';

/** An opened source file: its digest (computed before the rows are read) and its rows, streamed. */
export interface ResearchSource {
  readonly fileName: string;
  readonly sha256: string;
  rows(): AsyncIterable<SourceRow>;
}

export interface ResearchSourceOpener {
  /** Rejects with ResearchFileError when the file cannot be read or its kind is not supported. */
  open(path: string, dataset: ResearchDataset): Promise<ResearchSource>;
}

export interface StoredDetainer {
  readonly line: number;
  readonly preparedDate: string;
  readonly facilityId: number | null;
  readonly state: string | null;
  readonly countyFips: string | null;
  readonly form: string | null;
  readonly liftReason: string | null;
  readonly outcome: string;
  readonly likelyDuplicate: boolean;
  readonly extra: Readonly<Record<string, string>> | null;
}

/** The writes of one import, all inside one transaction. */
export interface ResearchImportTransaction {
  /** Deletes a release with its records and rollup; true when there was one. */
  deleteRelease(id: string): Promise<boolean>;
  createRelease(release: {
    id: string;
    dataset: ResearchDataset;
    sourceFile: string;
    sha256: string;
    importedAt: Date;
  }): Promise<void>;
  /** The id of a facility (name, city, state), created when new. */
  facilityId(facility: {
    name: string;
    city: string | null;
    state: string | null;
    countyFips: string | null;
  }): Promise<number>;
  insertDetainers(releaseId: string, rows: readonly StoredDetainer[]): Promise<void>;
  /** Recomputes research_rollup_monthly for the release from its records. */
  rebuildRollup(releaseId: string): Promise<void>;
  finishRelease(
    id: string,
    counts: { read: number; loaded: number; rejected: number },
    report: ImportReport,
  ): Promise<void>;
}

export interface ResearchStore {
  /** Runs the work in one database transaction: committed when it resolves, rolled back when it throws. */
  inTransaction<T>(work: (tx: ResearchImportTransaction) => Promise<T>): Promise<T>;
}

export interface ResearchImportDeps {
  readonly sources: ResearchSourceOpener;
  readonly store: ResearchStore;
  readonly gazetteer: ResearchGazetteer;
  readonly clock: Clock;
}

export interface ImportInput {
  readonly dataset: ResearchDataset;
  readonly path: string;
  /** Defaults to `<dataset>-<first 12 hex digits of the file's SHA-256>`. */
  readonly release?: string;
  /** Called after every batch with the rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
}

export const BATCH_ROWS = 5_000;
/** Rows of the same person prepared this close together are flagged (the project's own rule). */
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;
const RELEASE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function defaultReleaseName(dataset: ResearchDataset, sha256: string): string {
  return `${dataset}-${sha256.slice(0, 12)}`;
}

export async function importResearchRelease(deps: ResearchImportDeps, input: ImportInput): Promise<ImportReport> {
  if (input.release !== undefined && !RELEASE_NAME.test(input.release)) {
    throw new ResearchFileError(
      'release name must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  }
  const source = await deps.sources.open(input.path, input.dataset);
  const release = input.release ?? defaultReleaseName(input.dataset, source.sha256);

  return deps.store.inTransaction(async (tx) => {
    const replaced = await tx.deleteRelease(release);
    await tx.createRelease({
      id: release,
      dataset: input.dataset,
      sourceFile: source.fileName,
      sha256: source.sha256,
      importedAt: deps.clock.now(),
    });

    const report = new ReportBuilder();
    const facilities = new Map<string, { id: number; countyFips: string | null }>();
    const lastSeen = new Map<string, number>();
    const maxPreamble = input.dataset === 'npr' ? 0 : MAX_PREAMBLE_ROWS;
    let parser: RowParser | undefined;
    let batch: ResearchRecord[] = [];
    let duplicates: boolean[] = [];

    const flush = async () => {
      if (batch.length === 0) return;
      const rows: StoredDetainer[] = [];
      for (let i = 0; i < batch.length; i++) {
        const record = batch[i]!;
        let facility: { id: number; countyFips: string | null } | null = null;
        let key: string | null = null;
        if (record.facility) {
          key = facilityKey(record.facility);
          facility = facilities.get(key) ?? null;
          if (!facility) {
            const { name, city, state } = record.facility;
            const countyFips = city !== null && state !== null ? deps.gazetteer.countyFips(city, state, name) : null;
            facility = { id: await tx.facilityId({ name, city, state, countyFips }), countyFips };
            facilities.set(key, facility);
          }
        }
        report.loaded(record, key, facility?.countyFips != null);
        rows.push({
          line: record.line,
          preparedDate: record.preparedDate,
          facilityId: facility?.id ?? null,
          state: record.state,
          countyFips: facility?.countyFips ?? null,
          form: record.form,
          liftReason: record.liftReason,
          outcome: record.outcome,
          likelyDuplicate: duplicates[i]!,
          extra: record.extra,
        });
      }
      await tx.insertDetainers(release, rows);
      batch = [];
      duplicates = [];
    };

    for await (const row of source.rows()) {
      if (row.cells.every((c) => c.trim() === '')) continue;
      if (!parser) {
        if (isHeaderRow(input.dataset, row.cells)) {
          parser = createRowParser(input.dataset, row.cells, deps.gazetteer);
          report.setColumns(parser.columns);
          continue;
        }
        if (++report.preambleRows > maxPreamble) throw noHeader(input.dataset, row.line);
        continue;
      }
      report.read(row);
      const parsed = parser.parse(row);
      if (!parsed.ok) {
        report.rejected(parsed.problem);
        continue;
      }
      const record = parsed.record;
      let duplicate = false;
      if (record.personKey !== null) {
        const previous = lastSeen.get(record.personKey);
        duplicate = previous !== undefined && Math.abs(record.preparedAt - previous) <= DUPLICATE_WINDOW_MS;
        if (duplicate) report.likelyDuplicates++;
        lastSeen.set(record.personKey, record.preparedAt);
      }
      batch.push(record);
      duplicates.push(duplicate);
      if (batch.length >= BATCH_ROWS) {
        await flush();
        input.onProgress?.(report.rowsReadSoFar);
      }
    }
    if (!parser) throw noHeader(input.dataset, null);
    await flush();
    await tx.rebuildRollup(release);
    const result = report.build({
      release,
      dataset: input.dataset,
      sourceFile: source.fileName,
      sha256: source.sha256,
      replaced,
    });
    input.onProgress?.(result.rowsRead);
    await tx.finishRelease(
      release,
      { read: result.rowsRead, loaded: result.rowsLoaded, rejected: result.rowsRejected },
      result,
    );
    return result;
  });
}

function facilityKey(f: { name: string; city: string | null; state: string | null }): string {
  return `${f.name}\u0000${f.city ?? ''}\u0000${f.state ?? ''}`;
}

function noHeader(dataset: ResearchDataset, line: number | null): ResearchFileError {
  const expected =
    dataset === 'npr'
      ? 'the first row must be the header date,lift_reason,det_facility,city,state,detainer_type'
      : `no header row with Detainer_Prepare_Date in the first ${MAX_PREAMBLE_ROWS} rows`;
  return new ResearchFileError(line === null ? `no header row: ${expected}` : `line ${line}: ${expected}`);
}
