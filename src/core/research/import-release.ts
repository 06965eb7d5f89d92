/**
 * Import one public detainer release: the source reads it (release-reader.ts: parsing, report and
 * rollup, possibly on another thread) while this stores each batch of records, the facilities and,
 * at the end, the monthly rollup and the report. One transaction per import: a failure anywhere (a
 * bad row never fails it; a bad file, a decoding error or a database error does) leaves nothing.
 * Importing the same release again replaces it in that same transaction.
 */
import type { Clock } from '../shared/ports.js';
import type { ImportReport } from './import-report.js';
import type { Outcome } from './outcomes.js';
import { ReleaseDictionaries, type ReleaseEnd, type ReleaseMessage } from './release-reader.js';
import type { ResearchDataset } from './research-record.js';
import { rollupCells } from './rollup.js';
import { storedDetainers, storedProfiles, storedRollup } from './stored-rows.js';
import { ResearchFileError } from './row-parsing.js';

/** An opened source file: its digest and the release read from it (the two may run at the same time). */
export interface ResearchSource {
  readonly fileName: string;
  sha256(): Promise<string>;
  /** Record batches in file order, then the end of the release. Stopping early stops the reading. */
  read(): AsyncIterable<ReleaseMessage>;
}

export interface ResearchSourceOpener {
  /** Rejects with ResearchFileError when the file cannot be read or its kind is not supported. */
  open(path: string, dataset: ResearchDataset): Promise<ResearchSource>;
}

/** A column of a batch as codes: within one import, equal codes stand for equal values. */
export interface CodedColumn<T> {
  /** Per record. */
  readonly codes: Int32Array;
  /** The value a code stands for (-1 too, usually null). */
  value(code: number): T;
}

/** One batch of records to store, by row; nulls where the release has no value. */
export interface StoredDetainers {
  readonly count: number;
  /**
   * The columns whose values repeat (the same few dates and profiles on many rows), as codes, for a
   * bulk path that turns each distinct value into its stored form once.
   */
  readonly coded: {
    /** YYYY-MM-DD. */
    readonly preparedDate: CodedColumn<string>;
    /** The record's profile: its number within the release (StoredProfiles). */
    readonly profile: CodedColumn<number>;
  };
  line(i: number): number;
  /** The release's other columns as JSON text. */
  extra(i: number): string | null;
  /** True when some record of the batch has a person key (Deportation Data Project releases). */
  readonly hasPersons: boolean;
  /** The record's pseudonymous person key, for the duplicate rule only: never stored with the record. */
  personKey(i: number): string | null;
  /** The prepare instant, ms, on the release's own clock (only differences are used). */
  preparedAt(i: number): number;
}

/** A release's record profiles to store, profile i being the one records name by number i. */
export interface StoredProfiles {
  readonly count: number;
  facilityId(i: number): number | null;
  state(i: number): string | null;
  countyFips(i: number): string | null;
  form(i: number): string | null;
  liftReason(i: number): string | null;
  outcome(i: number): Outcome;
}

/**
 * A release's monthly rollup to store, one cell per month and record profile, with values as the
 * rollup table keeps them: '' for an unknown state, county, form or lift reason, 0 for no facility.
 */
export interface StoredRollup {
  readonly count: number;
  readonly coded: {
    /** YYYY-MM, coded by months since 1900-01. */
    readonly month: CodedColumn<string>;
    /** The others coded by record profile. */
    readonly state: CodedColumn<string>;
    readonly countyFips: CodedColumn<string>;
    readonly facilityId: CodedColumn<number>;
    readonly form: CodedColumn<string>;
    readonly liftReason: CodedColumn<string>;
    readonly outcome: CodedColumn<Outcome>;
  };
  /** How many records cell i counts. */
  records(i: number): number;
}

/** A release's facilities as stored: each entry (by the reader's index) and its id. */
export interface StoredFacilities {
  readonly entries: readonly FacilityToStore[];
  readonly ids: readonly number[];
}

export interface FacilityToStore {
  readonly name: string;
  readonly city: string | null;
  readonly state: string | null;
  readonly countyFips: string | null;
}

/**
 * The writes of one import, all inside one transaction, in this order: a key for the new release,
 * its records (and facilities) as they are read, then, once the file's digest names it, the
 * release itself (replacing one of the same name), the profiles its records name and its rollup.
 */
export interface ResearchImportTransaction {
  /** A key no release has, for the records of the release being imported (held until the transaction ends). */
  newReleaseKey(): Promise<number>;
  /** The ids of facilities (name, city, state), in order, those not there yet created. */
  facilityIds(facilities: readonly FacilityToStore[]): Promise<number[]>;
  /** Appends records of the release through the engine's bulk path (person keys aside, for the duplicate rule). */
  insertDetainers(releaseKey: number, rows: StoredDetainers): Promise<void>;
  /**
   * Flags each record whose person's previous record in file order was prepared within `windowMs`
   * of it, from the person keys set aside by insertDetainers (then forgotten); returns how many.
   */
  flagLikelyDuplicates(releaseKey: number, windowMs: number): Promise<number>;
  /** Deletes a release with its records and rollup; true when there was one. */
  deleteRelease(id: string): Promise<boolean>;
  /** Stores the release whose records carry `key`, with its counts and report. */
  createRelease(release: {
    id: string;
    key: number;
    dataset: ResearchDataset;
    sourceFile: string;
    sha256: string;
    importedAt: Date;
    counts: { read: number; loaded: number; rejected: number };
    report: ImportReport;
  }): Promise<void>;
  /** Stores the profiles the release's records name. */
  writeProfiles(releaseKey: number, profiles: StoredProfiles): Promise<void>;
  /** Stores the release's monthly rollup, counted by the import. */
  writeRollup(releaseId: string, rollup: StoredRollup): Promise<void>;
}

export interface ResearchStore {
  /** Runs the work in one database transaction: committed when it resolves, rolled back when it throws. */
  inTransaction<T>(work: (tx: ResearchImportTransaction) => Promise<T>): Promise<T>;
}

export interface ResearchImportDeps {
  readonly sources: ResearchSourceOpener;
  readonly store: ResearchStore;
  readonly clock: Clock;
}

export interface ImportInput {
  readonly dataset: ResearchDataset;
  readonly path: string;
  /** Defaults to `<dataset>-<first 12 hex digits of the file's SHA-256>`. */
  readonly release?: string;
  /** Called after every batch with the rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
  /** Awaited once the reading has started and before anything is stored (the caller's database preparation). */
  readonly beforeStoring?: () => Promise<void>;
}

const RELEASE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/**
 * Rows of the same person prepared this close together are flagged (the Deportation Data Project's
 * own rule, brief 1.3): the later one, compared with that person's previous row in file order.
 */
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

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
  // The reading starts now; the file's digest (which names the release by default) is computed
  // meanwhile and is needed only once every record is stored.
  const messages = source.read()[Symbol.asyncIterator]();
  const first = messages.next();
  first.catch(() => {}); // awaited below; a failure before then is reported there, not as unhandled
  const sha256 = source.sha256();
  sha256.catch(() => {}); // likewise
  try {
    await input.beforeStoring?.();
    return await storeRelease(deps, input, source.fileName, sha256, first, messages);
  } finally {
    await messages.return?.();
  }
}

async function storeRelease(
  deps: ResearchImportDeps,
  input: ImportInput,
  fileName: string,
  digest: Promise<string>,
  first: Promise<IteratorResult<ReleaseMessage>>,
  rest: AsyncIterator<ReleaseMessage>,
): Promise<ImportReport> {
  return deps.store.inTransaction(async (tx) => {
    const key = await tx.newReleaseKey();
    const dictionaries = new ReleaseDictionaries();
    let end: ReleaseEnd | undefined;
    for (let next = await first; !next.done; next = await rest.next()) {
      const message = next.value;
      dictionaries.apply(message.added);
      if (message.kind === 'end') {
        end = message;
        break;
      }
      await tx.insertDetainers(key, storedDetainers(message, dictionaries));
      input.onProgress?.(message.rowsRead);
    }
    if (!end) throw new ResearchFileError(`${fileName}: the reading stopped before the end of the file`);
    const likelyDuplicates = await tx.flagLikelyDuplicates(key, DUPLICATE_WINDOW_MS);
    // Records name profiles, not facilities: the facilities are stored (or found) once, now.
    const counties = end.facilityCounties;
    const entries = dictionaries.facilities.map((f, i) => ({ ...f, countyFips: counties[i] ?? null }));
    const facilities = { entries, ids: await tx.facilityIds(entries) };

    // Named now: a release of the same name (this file's, imported before) goes in this transaction.
    const sha256 = await digest;
    const release = input.release ?? defaultReleaseName(input.dataset, sha256);
    const replaced = await tx.deleteRelease(release);
    const result: ImportReport = {
      release,
      dataset: input.dataset,
      sourceFile: fileName,
      sha256,
      replaced,
      ...end.quality,
      likelyDuplicates,
    };
    await tx.createRelease({
      id: release,
      key,
      dataset: input.dataset,
      sourceFile: fileName,
      sha256,
      importedAt: deps.clock.now(),
      counts: { read: result.rowsRead, loaded: result.rowsLoaded, rejected: result.rowsRejected },
      report: result,
    });
    await tx.writeProfiles(key, storedProfiles(dictionaries, facilities));
    await tx.writeRollup(release, storedRollup(rollupCells(end.rollup), dictionaries, facilities));
    input.onProgress?.(result.rowsRead);
    return result;
  });
}
