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
import { detectLayout, requestTakes, type LayoutInfo, type LayoutRequest } from './release-layouts.js';
import {
  cellsOf,
  DATE_FIRST,
  type FacilityRef,
  type ResearchGazetteer,
  type ResearchRecord,
  type SheetRef,
  type SourceLine,
  type SplitSourceRow,
} from './research-record.js';
import { PackedTextsBuilder, type PackedTexts } from './packed-texts.js';
import { RowEndings, type RestIndexes } from './row-endings.js';
import { monthIndex, RollupCounter, type RollupTable } from './rollup.js';
import { cellState, createRowParser, MAX_PREAMBLE_ROWS, ResearchFileError, type RowParser } from './row-parsing.js';
import { CRIMINALITY, criminalityOf, type Criminality } from './criminality.js';
import {
  CONVICTION_CATEGORIES,
  convictionCategoryOf,
  groupingText,
  isUsCitizenLift,
  type ConvictionCategory,
} from './dimensions.js';

/** Raw texts remembered per kind (with what they mean) before all of that kind are forgotten. */
const REMEMBERED_TEXTS = 65_536;

/** Records per batch. */
export const BATCH_ROWS = 16_384;

/**
 * A facility as one release spells it: each distinct (code, name, city, state) is one entry, so that
 * every spelling reaches the store, which finds the facility by its code where there is one.
 */
export interface FacilityEntry {
  readonly name: string;
  /** ICE's facility code, or null when the release gives none. */
  readonly code: string | null;
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
  /** Area of responsibility, as written (dimensions.ts groupingText), in the reader's `aors`. */
  readonly aor: number;
  /** Citizenship country, as written (groupingText), in the reader's `citizenships`. */
  readonly citizenship: number;
  /** Index in CRIMINALITY (criminality.ts). */
  readonly criminality: number;
  /** Index in CONVICTION_CATEGORIES (dimensions.ts): the most serious conviction's NCIC group. */
  readonly conviction: number;
}

/** Dictionary entries first used by a batch, in index order (appended to what earlier batches brought). */
export interface DictionaryAdditions {
  readonly dates: readonly string[];
  readonly states: readonly string[];
  readonly forms: readonly string[];
  readonly liftReasons: readonly string[];
  readonly aors: readonly string[];
  readonly citizenships: readonly string[];
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
  /** Each facility's loaded records (by its index), for the report's facilities once the store has placed them. */
  readonly facilityRows: readonly number[];
  /** New dictionary entries not yet sent (none in practice: every entry arrives with its first record). */
  readonly added: DictionaryAdditions;
}

export type ReleaseMessage = RecordBatch | ReleaseEnd;

/** Each facility's county FIPS (by its index), or null where it has no city and state or the gazetteer does not know it. */
export function facilityCounties(
  facilities: readonly FacilityEntry[],
  gazetteer: Pick<ResearchGazetteer, 'countyFips'>,
): (string | null)[] {
  return facilities.map(({ name, city, state }) =>
    city !== null && state !== null ? gazetteer.countyFips(city, state, name) : null,
  );
}

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
  private readonly aors = new TextDictionary();
  private readonly citizenships = new TextDictionary();
  /** Dictionary indexes of raw texts (as groupingText reads them), and categories of raw texts, each worked out once. */
  private readonly aorOfText = new Map<string, number>();
  private readonly citizenshipOfText = new Map<string, number>();
  private readonly criminalityOfText = new Map<string, number>();
  private readonly convictionOfText = new Map<string | null, Map<string | null, number>>();
  private readonly facilities = new Dictionary<FacilityEntry>();
  /** Facility indexes by code, then name, city and state. */
  private readonly facilityByCode = new Map<
    string | null,
    Map<string, Map<string | null, Map<string | null, number>>>
  >();
  private readonly profiles = new Dictionary<RecordProfile>();
  /** Profile index by its indexes as two numbers (profileOf), or as one text when they do not fit. */
  private readonly profileByNumbers = new Map<number, Map<number, number>>();
  private readonly profileIndex = new Map<string, number>();
  private parser: RowParser | undefined;
  /** Set when the release's rows may be read by their rest (RowParser.splitColumns). */
  private endings: RowEndings | undefined;
  private readonly spare: BatchMemory[] = [];
  private batch = new BatchBuilder(undefined);
  /** The layout of the first header found (the release's). */
  private layout: LayoutInfo | undefined;
  /** The worksheet being read (undefined for a text file), whether it is skipped, its preamble so far. */
  private sheet: SheetRef | undefined;
  private sheetStarted = false;
  private sheetSkipped = false;
  private sheetPreamble = 0;
  private sheetHeaderRow: number | null = null;
  private sheetRowsFrom = 0;
  /** Added to a row's number on its sheet, so that lines stay unique across sheets; the highest line so far. */
  private lineOffset = 0;
  private lastLine = 0;
  /** Rows read whole (not split) since the last split row. */
  private wholeRows = 0;

  constructor(
    private readonly request: LayoutRequest,
    private readonly gazetteer: ResearchGazetteer,
  ) {}

  /** The delimiter of a text file, as its reader sniffed it (for the report). */
  textDelimiter(delimiter: string): void {
    this.report.delimiter = delimiter;
  }

  /** Takes the next rows of the file; returns the batches they completed (usually none or one). */
  read(rows: readonly SourceLine[]): RecordBatch[] {
    const done: RecordBatch[] = [];
    for (const row of rows) {
      if (row.sheet !== this.sheet || !this.sheetStarted) this.startSheet(row.sheet);
      const line = row.line + this.lineOffset;
      if (line > this.lastLine) this.lastLine = line;
      if (this.sheetSkipped) continue;
      if (this.endings && 'first' in row && row.rest !== null) {
        this.readSplit(row, line, row.rest, this.endings);
        this.wholeRows = 0;
      } else {
        this.readCells(line, row.line, cellsOf(row));
        // The text reader stopped splitting rows (their rests did not repeat): the meanings kept are let go.
        if (++this.wholeRows === BATCH_ROWS) this.endings?.forgetAll();
      }
      if (this.batch.count === BATCH_ROWS) done.push(this.takeBatch());
    }
    return done;
  }

  /**
   * A row on another worksheet than the row before starts that sheet: its header is looked for again
   * and its rows are numbered on from the last line of the sheets before.
   */
  private startSheet(sheet: SheetRef | undefined): void {
    if (this.sheetStarted) {
      this.endSheet();
      this.lineOffset = this.lastLine;
    }
    this.sheet = sheet;
    this.sheetStarted = true;
    this.sheetSkipped = false;
    this.sheetPreamble = 0;
    this.sheetHeaderRow = null;
    this.sheetRowsFrom = this.report.rowsReadSoFar;
    if (this.parser) {
      this.endings?.fold();
      this.endings = undefined;
      this.parser = undefined;
    }
  }

  private endSheet(): void {
    if (this.sheet === undefined) return;
    this.endings?.fold();
    this.report.sheets.push({
      name: this.sheet.name,
      headerRow: this.sheetHeaderRow,
      rowsRead: this.report.rowsReadSoFar - this.sheetRowsFrom,
      skipped: this.sheetHeaderRow === null,
      layout: this.sheetHeaderRow === null ? null : (this.parser?.layout.id ?? null),
    });
  }

  private readCells(line: number, row: number, cells: readonly string[]): void {
    if (isBlank(cells)) return;
    if (!this.parser) {
      this.readHeader(line, row, cells);
      return;
    }
    this.report.read(cells);
    const parsed = this.parser.parse({ line, cells });
    if (parsed.ok) this.add(parsed.record);
    else this.report.rejected(this.sheet ? { ...parsed.problem, sheet: this.sheet.name, row } : parsed.problem);
  }

  /**
   * A row read through the meanings of its rest and of its date, each worked out once (row-endings.ts),
   * and its person cell; a row split at other columns than the header's own is read whole.
   */
  private readSplit(row: SplitSourceRow, line: number, cells: readonly string[], endings: RowEndings): void {
    const columns = row.columns ?? DATE_FIRST;
    const own = endings.columns;
    if (columns !== own && (columns.date !== own.date || columns.person !== own.person)) {
      this.readCells(line, row.line, cellsOf(row));
      return;
    }
    const rest = endings.restOf(cells);
    const date = endings.dateOf(row.first);
    if (rest.blank && date.state === 'empty' && (own.person < 0 || cellState(row.person) === 'empty')) return;
    const personKey = own.person < 0 ? null : endings.personOf(row.person);
    this.report.readRows(1);
    rest.rowsRead++;
    date.rowsRead++;
    const { cell } = date;
    const problem = rest.rest.problemBeforeDate ?? (cell.ok ? rest.rest.problemAfterDate : cell.reason);
    if (problem !== null || !cell.ok) {
      this.report.rejected({ line, reason: problem ?? 'prepare date not a date' });
      return;
    }
    if (date.index < 0) date.index = this.dates.indexOf(cell.date);
    const indexes = (rest.indexes ??= this.indexesOf(rest.rest));
    endings.loaded(rest, date);
    this.batch.push(line, date.index, indexes.profile, cell.at, personKey, rest.extra);
  }

  /**
   * The last batch (when any rows are left), then the end of the release, worked out only when asked
   * for (the last batch can be stored meanwhile); throws when no header was found.
   */
  *finish(): Generator<ReleaseMessage> {
    if (this.sheetStarted) this.endSheet();
    if (!this.layout) throw noHeader(this.request, null);
    this.endings?.fold();
    if (this.batch.count > 0) yield this.takeBatch();
    yield {
      kind: 'end',
      quality: this.report.build(),
      rollup: this.rollup.table(),
      facilityRows: this.report.facilityRows(this.facilities.entries.length),
      added: this.takeAdded(),
    };
  }

  /**
   * A row before the header: the header when it is one of a layout the request takes (a layout of
   * the other family fails the import, naming it); else a preamble row, up to the limit (NPR's files
   * have none). A sheet with no header within the limit is skipped; a text file fails.
   */
  private readHeader(line: number, row: number, cells: readonly string[]): void {
    const layout = detectLayout(cells);
    if (layout !== null) {
      if (!requestTakes(this.request, layout)) throw otherFamily(this.request, layout, line);
      if (this.layout && layout.family !== this.layout.family) {
        throw new ResearchFileError(
          `line ${line}: sheet "${this.sheet?.name ?? ''}" has the ${layout.id} layout (${layout.family}), the release before it ${this.layout.id} (${this.layout.family}): one release holds one family`,
        );
      }
      this.parser = createRowParser(layout, cells, this.gazetteer);
      this.report.setColumns(this.parser.columns);
      if (!this.layout) {
        this.layout = layout;
        this.report.layout = layout;
        this.report.preambleRows = this.sheetPreamble;
      }
      this.sheetHeaderRow = row;
      const split = this.parser.splitColumns;
      if (split) this.endings = new RowEndings(this.parser, split, this.report, this.rollup);
      return;
    }
    // NPR's text files have the header on their first line; workbooks carry title rows above it.
    const maxPreamble = this.request === 'npr' && this.sheet === undefined ? 0 : MAX_PREAMBLE_ROWS;
    if (++this.sheetPreamble <= maxPreamble) return;
    if (this.sheet === undefined) throw noHeader(this.request, line);
    this.sheetSkipped = true;
  }

  private add(record: ResearchRecord): void {
    const date = this.dates.indexOf(record.preparedDate);
    const indexes = this.indexesOf(record);
    this.report.loaded(record, indexes.facility);
    this.rollup.add(indexes.profile, monthIndex(record.preparedDate));
    const extra = record.extra === null ? null : JSON.stringify(record.extra);
    this.batch.push(record.line, date, indexes.profile, record.preparedAt, record.personKey, extra);
  }

  private indexesOf(
    values: Pick<ResearchRecord, 'state' | 'form' | 'liftReason' | 'facility' | 'dimensions'>,
  ): RestIndexes {
    const facility = values.facility ? this.facilityIndex(values.facility) : -1;
    const state = values.state === null ? -1 : this.states.indexOf(values.state);
    const form = values.form === null ? -1 : this.forms.indexOf(values.form);
    const liftReason = values.liftReason === null ? -1 : this.liftReasons.indexOf(values.liftReason);
    const { dimensions } = values;
    const aor = textIndex(dimensions.aor, this.aorOfText, this.aors);
    const citizenship = textIndex(dimensions.citizenship, this.citizenshipOfText, this.citizenships);
    const criminality = categoryIndex(dimensions.criminality, this.criminalityOfText, (text) =>
      CRIMINALITY.indexOf(criminalityOf(text) as Criminality),
    );
    const { mscChargeCode: code, mscCharge: charge } = dimensions;
    const conviction = code === null && charge === null ? -1 : this.convictionIndex(code, charge);
    const profile = { facility, state, form, liftReason, aor, citizenship, criminality, conviction };
    return { facility, profile: this.profileOf(profile) };
  }

  /** The most serious conviction's category for its code and charge texts, worked out once per pair. */
  private convictionIndex(code: string | null, charge: string | null): number {
    let byCharge = this.convictionOfText.get(code);
    if (byCharge === undefined) {
      if (this.convictionOfText.size >= REMEMBERED_TEXTS) this.convictionOfText.clear();
      this.convictionOfText.set(code === null ? null : detachedText(code), (byCharge = new Map()));
    }
    let index = byCharge.get(charge);
    if (index === undefined) {
      if (byCharge.size >= REMEMBERED_TEXTS) byCharge.clear();
      index = CONVICTION_CATEGORIES.indexOf(convictionCategoryOf(code, charge) as ConvictionCategory);
      byCharge.set(charge === null ? null : detachedText(charge), index);
    }
    return index;
  }

  private profileOf(profile: RecordProfile): number {
    const { facility, state, form, liftReason, aor, citizenship, criminality, conviction } = profile;
    // Two numbers (exact below 2^53) while every index fits its bits, else one text.
    if (
      facility < 2 ** 29 &&
      citizenship < 2 ** 14 - 1 &&
      criminality < 7 &&
      conviction < 31 &&
      state < 1023 &&
      form < 1023 &&
      liftReason < 1023 &&
      aor < 1023
    ) {
      const outer = (facility + 1) * 2 ** 22 + (citizenship + 1) * 2 ** 8 + (criminality + 1) * 2 ** 5 + conviction + 1;
      const inner = (((state + 1) * 1024 + form + 1) * 1024 + liftReason + 1) * 1024 + aor + 1;
      let byInner = this.profileByNumbers.get(outer);
      if (byInner === undefined) this.profileByNumbers.set(outer, (byInner = new Map()));
      let index = byInner.get(inner);
      if (index === undefined) byInner.set(inner, (index = this.profiles.add(profile)));
      return index;
    }
    const key = `${facility} ${state} ${form} ${liftReason} ${aor} ${citizenship} ${criminality} ${conviction}`;
    let index = this.profileIndex.get(key);
    if (index === undefined) this.profileIndex.set(key, (index = this.profiles.add(profile)));
    return index;
  }

  /** The facility's dictionary index, found by code, name, then city, then state (no key strings built per row). */
  private facilityIndex(ref: FacilityRef): number {
    let byName = this.facilityByCode.get(ref.code);
    if (!byName) this.facilityByCode.set(ref.code === null ? null : detachedText(ref.code), (byName = new Map()));
    let byCity = byName.get(ref.name);
    if (!byCity) byName.set(detachedText(ref.name), (byCity = new Map()));
    let byState = byCity.get(ref.city);
    if (!byState) byCity.set(ref.city === null ? null : detachedText(ref.city), (byState = new Map()));
    let index = byState.get(ref.state);
    if (index === undefined) {
      const city = ref.city === null ? null : detachedText(ref.city);
      const code = ref.code === null ? null : detachedText(ref.code);
      index = this.facilities.add({ name: detachedText(ref.name), code, city, state: ref.state });
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
      aors: this.aors.takeAdded(),
      citizenships: this.citizenships.takeAdded(),
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
      // Copied: a cell cut from a piece of the file would keep that piece alive until the batch is posted.
      this.person[i] = detachedText(personKey);
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
  /** Per lift reason: whether it says the person is (or claims to be) a U.S. citizen (dimensions.ts). */
  readonly usCitizen: boolean[] = [];
  readonly aors: string[] = [];
  readonly citizenships: string[] = [];
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
      this.usCitizen.push(isUsCitizenLift(reason));
    }
    this.aors.push(...added.aors);
    this.citizenships.push(...added.citizenships);
    this.profiles.push(...added.profiles);
    this.facilities.push(...added.facilities);
  }
}

/** The dictionary index of a text as groupingText reads it (-1 for none), remembered by the raw text. */
function textIndex(raw: string | null, known: Map<string, number>, dictionary: TextDictionary): number {
  if (raw === null) return -1;
  let index = known.get(raw);
  if (index === undefined) {
    const text = groupingText(raw);
    index = text === null ? -1 : dictionary.indexOf(text);
    known.set(detachedText(raw), index);
  }
  return index;
}

/** A category's index (-1 for none) for a raw text, worked out once per text. */
function categoryIndex(raw: string | null, known: Map<string, number>, indexOf: (text: string) => number): number {
  if (raw === null) return -1;
  let index = known.get(raw);
  if (index === undefined) known.set(detachedText(raw), (index = indexOf(raw)));
  return index;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

function noHeader(request: LayoutRequest, line: number | null): ResearchFileError {
  const expected =
    request === 'npr'
      ? "the first row must be the header: NPR's date,lift_reason,det_facility,city,state,detainer_type or ICE's LEA Prepare Date,Detainer Lift Reason,Detainer Detention Facility,City,State,Detainer Type"
      : `no header row with a prepare date column (e.g. Detainer Prepare Date) in the first ${MAX_PREAMBLE_ROWS + 1} rows of any sheet`;
  return new ResearchFileError(line === null ? `no header row: ${expected}` : `line ${line}: ${expected}`);
}

function otherFamily(request: LayoutRequest, layout: LayoutInfo, line: number): ResearchFileError {
  return new ResearchFileError(
    `line ${line}: the header is the ${layout.id} layout (${layout.name}), of the ${layout.family} family, not ${request}: import it with "import auto" (or "import ${layout.family}")`,
  );
}
