/**
 * Import one public detainer release: the source reads it (release-reader.ts: parsing, report and
 * rollup, possibly on another thread) while this stores each batch of records, the facilities and,
 * at the end, the monthly rollup and the report. One transaction per import: a failure anywhere (a
 * bad row never fails it; a bad file, a decoding error or a database error does) leaves nothing.
 * Importing the same release again replaces it in that same transaction.
 */
import type { Clock } from '../shared/ports.js';
import { facilitiesQuality, type ImportReport } from './import-report.js';
import { facilityCounties, ReleaseDictionaries, type ReleaseEnd, type ReleaseMessage } from './release-reader.js';
import type { ResearchDataset, ResearchGazetteer } from './research-record.js';
import { rollupCells } from './rollup.js';
import type {
  FacilityToStore,
  PlacedFacilityId,
  StoredDetainers,
  StoredProfiles,
  StoredRollup,
} from './stored-release.js';
import { storedDetainers, storedProfiles, storedRollup } from './stored-rows.js';
import { followRule, splitByCategories, TRACED_OUTCOME, type CategoryCount, type FollowRule } from './what-followed.js';

export type {
  CodedColumn,
  FacilityToStore,
  PlacedFacilityId,
  StoredDetainers,
  StoredFacilities,
  StoredProfiles,
  StoredRollup,
} from './stored-release.js';
import { ResearchFileError } from './row-parsing.js';
import type { LayoutRequest } from './release-layouts.js';

/** An opened source file: its digest and the release read from it (the two may run at the same time). */
export interface ResearchSource {
  readonly fileName: string;
  sha256(): Promise<string>;
  /** Record batches in file order, then the end of the release. Stopping early stops the reading. */
  read(): AsyncIterable<ReleaseMessage>;
}

export interface ResearchSourceOpener {
  /**
   * Rejects with ResearchFileError when the file cannot be read or its kind is not supported. The
   * request is a dataset (its family of layouts) or `auto` (any layout, release-layouts.ts).
   */
  open(path: string, request: LayoutRequest): Promise<ResearchSource>;
}

/**
 * The writes of one import, all inside one transaction, in this order: a key for the new release,
 * its records (and facilities) as they are read, then, once the file's digest names it, the
 * release itself (replacing one of the same name), the profiles its records name and its rollup.
 */
export interface ResearchImportTransaction {
  /** A key no release has, for the records of the release being imported (held until the transaction ends). */
  newReleaseKey(): Promise<number>;
  /**
   * The facilities of a release, in order, found or created: by code where one is given (whatever the
   * spelling), else by (name, city, state). Each spelling is kept with the release that gave it; a
   * facility without a place takes one given here, and gives it to the earlier releases' records; a
   * coded facility no release places takes the facility reference's. Answers each one's id and place.
   */
  facilityIds(facilities: readonly FacilityToStore[], release: string): Promise<PlacedFacilityId[]>;
  /** Appends records of the release through the engine's bulk path (person keys aside, for the duplicate rule). */
  insertDetainers(releaseKey: number, rows: StoredDetainers): Promise<void>;
  /**
   * Applies the rule of what followed a decline (what-followed.ts) to the person keys set aside by
   * insertDetainers, and stores each traced record's category with it (nothing when the release has
   * no person keys). Called before flagLikelyDuplicates, which forgets the keys.
   */
  traceDeclines(releaseKey: number, rule: FollowRule): Promise<void>;
  /** The records given a category in this import, counted by profile, month and categories (none: []). */
  categoryCounts(releaseKey: number): Promise<CategoryCount[]>;
  /**
   * Flags each record whose person's previous record in time order (prepare instant, then line) was prepared within `windowMs`
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
    /** The date the release is as of, for precedence (release-precedence.ts); null: its last prepare date. */
    asOf: string | null;
    counts: { read: number; loaded: number; rejected: number };
    report: ImportReport;
  }): Promise<void>;
  /** Stores the profiles the release's records name. */
  writeProfiles(releaseKey: number, profiles: StoredProfiles): Promise<void>;
  /** Stores the release's monthly rollup, counted by the import (its cells name the profiles written before). */
  writeRollup(release: { readonly key: number; readonly id: string }, rollup: StoredRollup): Promise<void>;
}

export interface ResearchStore {
  /** Runs the work in one database transaction: committed when it resolves, rolled back when it throws. */
  inTransaction<T>(work: (tx: ResearchImportTransaction) => Promise<T>): Promise<T>;
}

export interface ResearchImportDeps {
  readonly sources: ResearchSourceOpener;
  readonly store: ResearchStore;
  readonly clock: Clock;
  /** Places the release's facilities in their counties once every record is read (made when first asked for). */
  readonly gazetteer: () => ResearchGazetteer;
}

export interface ImportInput {
  /** The family of layouts the file must be, or `auto`: the release's dataset is its layout's family either way. */
  readonly dataset: LayoutRequest;
  readonly path: string;
  /** Defaults to `<dataset>-<first 12 hex digits of the file's SHA-256>`. */
  readonly release?: string;
  /**
   * The date the release is as of (YYYY-MM-DD), which decides which of two overlapping releases counts
   * (release-precedence.ts); defaults to the last prepare date of its records.
   */
  readonly asOf?: string;
  /** Called after every batch with the rows read so far. */
  readonly onProgress?: (rowsRead: number) => void;
  /** Awaited once the reading has started and before anything is stored (the caller's database preparation). */
  readonly beforeStoring?: () => Promise<void>;
}

const RELEASE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/**
 * Rows of the same person prepared this close together are flagged (the Deportation Data Project's
 * own rule, brief 1.3): the later one, compared with that person's previous row in time order.
 */
export const DUPLICATE_WINDOW_MS = 24 * 3_600_000;

/** A real calendar day written YYYY-MM-DD (years 1900-2100). */
function isCalendarDate(text: string): boolean {
  const match = /^(19\d\d|20\d\d|2100)-(\d\d)-(\d\d)$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function defaultReleaseName(dataset: ResearchDataset, sha256: string): string {
  return `${dataset}-${sha256.slice(0, 12)}`;
}

export async function importResearchRelease(deps: ResearchImportDeps, input: ImportInput): Promise<ImportReport> {
  if (input.release !== undefined && !RELEASE_NAME.test(input.release)) {
    throw new ResearchFileError(
      'release name must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  }
  if (input.asOf !== undefined && !isCalendarDate(input.asOf)) {
    throw new ResearchFileError('as-of date must be a calendar date written YYYY-MM-DD');
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
    let countiesPrepared = false;
    for (let next = await first; !next.done; next = await rest.next()) {
      const message = next.value;
      dictionaries.apply(message.added);
      // The county index the facilities are placed by at the end (~0.2 s), built as soon as a facility
      // with a city and state is read: while a reading worker reads on. None is built for a release
      // whose facilities have no place (TRAC's).
      if (!countiesPrepared && message.added.facilities.some((f) => f.city !== null && f.state !== null)) {
        countiesPrepared = true;
        deps.gazetteer().prepareCounties?.();
      }
      if (message.kind === 'end') {
        end = message;
        break;
      }
      await tx.insertDetainers(key, storedDetainers(message, dictionaries));
      input.onProgress?.(message.rowsRead);
    }
    if (!end) throw new ResearchFileError(`${fileName}: the reading stopped before the end of the file`);
    await tx.traceDeclines(key, followRule(DUPLICATE_WINDOW_MS));
    const likelyDuplicates = await tx.flagLikelyDuplicates(key, DUPLICATE_WINDOW_MS);
    // The person's criminality (and the other dimensions) are the record profile's, stored with it.
    const categorised = await tx.categoryCounts(key);

    // Named now: a release of the same name (this file's, imported before) goes in this transaction.
    const sha256 = await digest;
    // The layout's family: the dataset asked for (the reader refuses the other family), or auto's choice.
    const dataset = end.quality.layout.family;
    const release = input.release ?? defaultReleaseName(dataset, sha256);
    const replaced = await tx.deleteRelease(release);
    // Records name profiles, not facilities: the facilities are stored (or found) once, now, and
    // placed (a coded facility this release does not place may be placed by another release).
    const counties = facilityCounties(dictionaries.facilities, deps.gazetteer());
    const spelled = dictionaries.facilities.map((f, i) => ({ ...f, countyFips: counties[i] ?? null }));
    const placed = await tx.facilityIds(spelled, release);
    const entries = spelled.map((f, i) => ({ ...f, ...placed[i]! }));
    const facilities = { entries, ids: placed.map((p) => p.id) };
    const result: ImportReport = {
      release,
      dataset,
      sourceFile: fileName,
      sha256,
      replaced,
      ...end.quality,
      facilities: facilitiesQuality(spelled.map((f, i) => ({ ...f, ...placed[i]!, rows: end.facilityRows[i] ?? 0 }))),
      likelyDuplicates,
    };
    await tx.createRelease({
      id: release,
      key,
      dataset,
      sourceFile: fileName,
      sha256,
      importedAt: deps.clock.now(),
      asOf: input.asOf ?? null,
      counts: { read: result.rowsRead, loaded: result.rowsLoaded, rejected: result.rowsRejected },
      report: result,
    });
    const profiles = storedProfiles(dictionaries, facilities);
    await tx.writeProfiles(key, profiles);
    const isTraced = (profile: number) => profiles.outcome(profile) === TRACED_OUTCOME;
    const cells = splitByCategories(rollupCells(end.rollup), isTraced, categorised);
    await tx.writeRollup({ key, id: release }, storedRollup(cells, dictionaries, facilities));
    input.onProgress?.(result.rowsRead);
    return result;
  });
}
