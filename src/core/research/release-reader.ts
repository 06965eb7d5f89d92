/**
 * Reads one release's rows, in file order, into record batches, and at the end gives its data-quality
 * report and its monthly rollup. Header detection, row parsing, the report and the rollup all happen
 * here, so that the reading can run apart from the writing (the importer runs it on a worker thread
 * while the database takes the previous batch).
 *
 * A batch is columnar: small integers into dictionaries (dates, states, forms, lift reasons,
 * facilities) whose new entries travel with the batch that first uses them. Typed arrays cross a
 * thread without being copied, and the writer turns an index into a value once, not once per row.
 */
import { detachedText } from '../shared/detached-text.js';
import { ReportBuilder, type ReleaseQuality } from './import-report.js';
import { outcomeOf, type Outcome } from './outcomes.js';
import {
  cellsOf,
  type FacilityRef,
  type ResearchDataset,
  type ResearchGazetteer,
  type ResearchRecord,
  type SourceLine,
  type SplitSourceRow,
} from './research-record.js';
import { PackedTextsBuilder, type PackedTexts } from './packed-texts.js';
import { RowEndings, type RestIndexes } from './row-endings.js';
import { monthIndex, RollupCounter, type RollupTable } from './rollup.js';
import { createRowParser, isHeaderRow, MAX_PREAMBLE_ROWS, ResearchFileError, type RowParser } from './row-parsing.js';

/** Records per batch. */
export const BATCH_ROWS = 16_384;

export interface FacilityEntry {
  readonly name: string;
  readonly city: string | null;
  /** USPS code. */
  readonly state: string | null;
}

/**
 * What a record says but for its line, date and person, as dictionary indexes (-1: no value): a few
 * thousand distinct profiles stand for millions of records.
 */
export interface RecordProfile {
  readonly facility: number;
  readonly state: number;
  readonly form: number;
  readonly liftReason: number;
}

/** Dictionary entries first used by a batch, in index order (appended to what earlier batches brought). */
export interface DictionaryAdditions {
  readonly dates: readonly string[];
  readonly states: readonly string[];
  readonly forms: readonly string[];
  readonly liftReasons: readonly string[];
  readonly facilities: readonly FacilityEntry[];
  readonly profiles: readonly RecordProfile[];
}

export interface RecordBatch {
  readonly kind: 'records';
  readonly count: number;
  /** Data rows read so far (loaded or rejected), for progress. */
  readonly rowsRead: number;
  readonly line: Int32Array;
  /** Dictionary indexes. */
  readonly date: Int32Array;
  readonly profile: Int32Array;
  /** The prepare instant (ms on the release's own clock), read with the person key for the duplicate rule. */
  readonly preparedAt: Float64Array;
  /** Each record's (pseudonymous) person key, or null for the whole batch when no record has one. */
  readonly person: readonly (string | null)[] | null;
  /** Other columns of each record as JSON text (packed-texts.ts), or null for the whole batch when no record has any. */
  readonly extra: PackedTexts | null;
  readonly added: DictionaryAdditions;
}

export interface ReleaseEnd {
  readonly kind: 'end';
  readonly quality: ReleaseQuality;
  /** The release's monthly rollup, by record profile and month. */
  readonly rollup: RollupTable;
  /**
   * Each facility's county FIPS (by its index), or null when the gazetteer does not know it: worked
   * out once the file is read, so that the gazetteer's index is built while the records are stored.
   */
  readonly facilityCounties: readonly (string | null)[];
  /** New dictionary entries not yet sent (none in practice: every entry arrives with its first record). */
  readonly added: DictionaryAdditions;
}

export type ReleaseMessage = RecordBatch | ReleaseEnd;

/** The memory of a batch's columns, handed back after the batch is stored so the next batch can reuse it. */
export type BatchMemory = readonly ArrayBuffer[];

/** The buffers a batch's columns are views of, to pass between threads or hand back. */
export function batchMemory(batch: RecordBatch): BatchMemory {
  const columns: ArrayBufferView[] = [batch.line, batch.date, batch.profile, batch.preparedAt];
  if (batch.extra) columns.push(batch.extra.ends, batch.extra.bytes);
  return columns.map((column) => column.buffer as ArrayBuffer);
}

/** Entries numbered in order of first use; the ones not yet sent are taken once, to travel with a batch. */
class Dictionary<V> {
  readonly entries: V[] = [];
  private sent = 0;

  add(entry: V): number {
    return this.entries.push(entry) - 1;
  }

  takeAdded(): V[] {
    const added = this.entries.slice(this.sent);
    this.sent = this.entries.length;
    return added;
  }
}

/** A dictionary of texts, found by value. */
class TextDictionary extends Dictionary<string> {
  private readonly index = new Map<string, number>();

  indexOf(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      const kept = detachedText(text);
      i = this.add(kept);
      this.index.set(kept, i);
    }
    return i;
  }
}

export class ReleaseReader {
  private readonly report = new ReportBuilder();
  private readonly rollup = new RollupCounter();
  private readonly dates = new TextDictionary();
  private readonly states = new TextDictionary();
  private readonly forms = new TextDictionary();
  private readonly liftReasons = new TextDictionary();
  private readonly facilities = new Dictionary<FacilityEntry>();
  private readonly facilityByName = new Map<string, Map<string | null, Map<string | null, number>>>();
  private readonly profiles = new Dictionary<RecordProfile>();
  /** Profile index by its four indexes as one key. */
  private readonly profileIndex = new Map<string, number>();
  private parser: RowParser | undefined;
  /** Set when the release's rows may be read by their rest (RowParser.restRepeats). */
  private endings: RowEndings | undefined;
  private readonly spare: BatchMemory[] = [];
  private batch = new BatchBuilder(undefined);

  constructor(
    private readonly dataset: ResearchDataset,
    private readonly gazetteer: ResearchGazetteer,
  ) {}

  /** Takes the next rows of the file; returns the batches they completed (usually none or one). */
  read(rows: readonly SourceLine[]): RecordBatch[] {
    const done: RecordBatch[] = [];
    for (const row of rows) {
      if (this.endings && 'first' in row && row.rest !== null) this.readSplit(row, row.rest, this.endings);
      else this.readCells(row.line, cellsOf(row));
      if (this.batch.count === BATCH_ROWS) done.push(this.takeBatch());
    }
    return done;
  }

  private readCells(line: number, cells: readonly string[]): void {
    if (isBlank(cells)) return;
    if (!this.parser) {
      this.readHeader(line, cells);
      return;
    }
    this.report.read(cells);
    const parsed = this.parser.parse({ line, cells });
    if (parsed.ok) this.add(parsed.record);
    else this.report.rejected(parsed.problem);
  }

  /** A row read through the meanings of its rest and of its date, each worked out once (row-endings.ts). */
  private readSplit(row: SplitSourceRow, cells: readonly string[], endings: RowEndings): void {
    const rest = endings.restOf(cells);
    const date = endings.dateOf(row.first);
    if (rest.blank && date.state === 'empty') return;
    this.report.readRows(1);
    rest.rowsRead++;
    date.rowsRead++;
    const { cell } = date;
    const problem = rest.rest.problemBeforeDate ?? (cell.ok ? rest.rest.problemAfterDate : cell.reason);
    if (problem !== null || !cell.ok) {
      this.report.rejected({ line: row.line, reason: problem ?? 'prepare date not a date' });
      return;
    }
    if (date.index < 0) date.index = this.dates.indexOf(cell.date);
    const indexes = (rest.indexes ??= this.indexesOf(rest.rest));
    endings.loaded(rest, date);
    this.batch.push(row.line, date.index, indexes.profile, cell.at, rest.rest.personKey, rest.extra);
  }

  /**
   * The last batch (when any rows are left), then the end of the release, worked out only when asked
   * for (the last batch can be stored meanwhile); throws when no header was found.
   */
  *finish(): Generator<ReleaseMessage> {
    if (!this.parser) throw noHeader(this.dataset, null);
    this.endings?.fold();
    if (this.batch.count > 0) yield this.takeBatch();
    const counties = this.facilities.entries.map(({ name, city, state }) =>
      city !== null && state !== null ? this.gazetteer.countyFips(city, state, name) : null,
    );
    const quality = this.report.build((facility) => counties[facility] !== null);
    yield { kind: 'end', quality, rollup: this.rollup.table(), facilityCounties: counties, added: this.takeAdded() };
  }

  private readHeader(line: number, cells: readonly string[]): void {
    if (isHeaderRow(this.dataset, cells)) {
      this.parser = createRowParser(this.dataset, cells, this.gazetteer);
      this.report.setColumns(this.parser.columns);
      if (this.parser.restRepeats) this.endings = new RowEndings(this.parser, this.report, this.rollup);
      return;
    }
    const maxPreamble = this.dataset === 'npr' ? 0 : MAX_PREAMBLE_ROWS;
    if (++this.report.preambleRows > maxPreamble) throw noHeader(this.dataset, line);
  }

  private add(record: ResearchRecord): void {
    const date = this.dates.indexOf(record.preparedDate);
    const indexes = this.indexesOf(record);
    this.report.loaded(record, indexes.facility);
    this.rollup.add(indexes.profile, monthIndex(record.preparedDate));
    const extra = record.extra === null ? null : JSON.stringify(record.extra);
    this.batch.push(record.line, date, indexes.profile, record.preparedAt, record.personKey, extra);
  }

  private indexesOf(values: Pick<ResearchRecord, 'state' | 'form' | 'liftReason' | 'facility'>): RestIndexes {
    const facility = values.facility ? this.facilityIndex(values.facility) : -1;
    const state = values.state === null ? -1 : this.states.indexOf(values.state);
    const form = values.form === null ? -1 : this.forms.indexOf(values.form);
    const liftReason = values.liftReason === null ? -1 : this.liftReasons.indexOf(values.liftReason);
    return { facility, profile: this.profileOf({ facility, state, form, liftReason }) };
  }

  private profileOf(profile: RecordProfile): number {
    const key = `${profile.facility} ${profile.state} ${profile.form} ${profile.liftReason}`;
    let index = this.profileIndex.get(key);
    if (index === undefined) this.profileIndex.set(key, (index = this.profiles.add(profile)));
    return index;
  }

  /** The facility's dictionary index, found by name, then city, then state (no key strings built per row). */
  private facilityIndex(ref: FacilityRef): number {
    let byCity = this.facilityByName.get(ref.name);
    if (!byCity) this.facilityByName.set(detachedText(ref.name), (byCity = new Map()));
    let byState = byCity.get(ref.city);
    if (!byState) byCity.set(ref.city === null ? null : detachedText(ref.city), (byState = new Map()));
    let index = byState.get(ref.state);
    if (index === undefined) {
      const city = ref.city === null ? null : detachedText(ref.city);
      index = this.facilities.add({ name: detachedText(ref.name), city, state: ref.state });
      byState.set(ref.state, index);
    }
    return index;
  }

  /** Takes back the memory of a stored batch (when the batch travelled to another thread and back). */
  reuse(memory: BatchMemory): void {
    this.spare.push(memory);
  }

  private takeBatch(): RecordBatch {
    const batch = this.batch.build(this.report.rowsReadSoFar, this.takeAdded());
    this.batch = new BatchBuilder(this.spare.pop());
    return batch;
  }

  private takeAdded(): DictionaryAdditions {
    return {
      dates: this.dates.takeAdded(),
      states: this.states.takeAdded(),
      forms: this.forms.takeAdded(),
      liftReasons: this.liftReasons.takeAdded(),
      facilities: this.facilities.takeAdded(),
      profiles: this.profiles.takeAdded(),
    };
  }
}

class BatchBuilder {
  count = 0;
  private readonly line: Int32Array;
  private readonly date: Int32Array;
  private readonly profile: Int32Array;
  private readonly preparedAt: Float64Array;
  private person: (string | null)[] | null = null;
  private extra: PackedTextsBuilder | null = null;

  constructor(private readonly memory: BatchMemory | undefined) {
    const int32 = (i: number) => new Int32Array(memory?.[i] ?? new ArrayBuffer(BATCH_ROWS * 4));
    [this.line, this.date, this.profile] = [int32(0), int32(1), int32(2)];
    this.preparedAt = new Float64Array(memory?.[3] ?? new ArrayBuffer(BATCH_ROWS * 8));
  }

  push(
    line: number,
    date: number,
    profile: number,
    preparedAt: number,
    personKey: string | null,
    extra: string | null,
  ) {
    const i = this.count++;
    this.line[i] = line;
    this.date[i] = date;
    this.profile[i] = profile;
    this.preparedAt[i] = preparedAt;
    if (personKey !== null) {
      this.person ??= new Array<string | null>(BATCH_ROWS).fill(null);
      this.person[i] = personKey;
    }
    if (extra !== null && this.extra === null) {
      const [ends, bytes] = [this.memory?.[4], this.memory?.[5]];
      this.extra = new PackedTextsBuilder(BATCH_ROWS, ends && bytes ? { ends, bytes } : undefined);
      for (let before = 0; before < i; before++) this.extra.push(before, null);
    }
    this.extra?.push(i, extra);
  }

  build(rowsRead: number, added: DictionaryAdditions): RecordBatch {
    const n = this.count;
    return {
      kind: 'records',
      count: n,
      rowsRead,
      line: this.line.subarray(0, n),
      date: this.date.subarray(0, n),
      profile: this.profile.subarray(0, n),
      preparedAt: this.preparedAt.subarray(0, n),
      person: this.person === null ? null : this.person.slice(0, n),
      extra: this.extra === null ? null : this.extra.build(n),
      added,
    };
  }
}

/** The dictionaries as the writer sees them: every entry received so far, by index. */
export class ReleaseDictionaries {
  readonly dates: string[] = [];
  readonly states: string[] = [];
  readonly forms: string[] = [];
  readonly liftReasons: string[] = [];
  readonly outcomes: Outcome[] = [];
  readonly facilities: FacilityEntry[] = [];
  readonly profiles: RecordProfile[] = [];

  /** Adds a batch's new entries. */
  apply(added: DictionaryAdditions): void {
    this.dates.push(...added.dates);
    this.states.push(...added.states);
    this.forms.push(...added.forms);
    for (const reason of added.liftReasons) {
      this.liftReasons.push(reason);
      this.outcomes.push(outcomeOf(reason));
    }
    this.profiles.push(...added.profiles);
    this.facilities.push(...added.facilities);
  }
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

function noHeader(dataset: ResearchDataset, line: number | null): ResearchFileError {
  const expected =
    dataset === 'npr'
      ? 'the first row must be the header date,lift_reason,det_facility,city,state,detainer_type'
      : `no header row with Detainer_Prepare_Date in the first ${MAX_PREAMBLE_ROWS} rows`;
  return new ResearchFileError(line === null ? `no header row: ${expected}` : `line ${line}: ${expected}`);
}
