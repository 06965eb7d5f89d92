import type SQLite from 'better-sqlite3';
import type { CodedColumn } from '../../core/research/import-release.js';
import { putAll, type BulkAppender, type BulkRows, type SqlValue } from './bulk-rows.js';

/** Rows per statement: prepared once per table, reused. */
const ROWS_PER_STATEMENT = 100;

/** The temporary tables of an expanded append (appendExpanded): dropped once its rows are in. */
const CELLS = 'research_bulk_cells';
const codesTable = (group: number) => `research_bulk_codes_${group}`;

/**
 * Appends rows through better-sqlite3 directly: the query builder would build and compile a
 * statement per batch, which costs more than SQLite's own work. Runs on the connection the caller's
 * transaction holds (SQLite has one), so it commits or rolls back with it; nothing is left pending.
 */
export function sqliteBulkAppend(sqlite: SQLite.Database): BulkAppender {
  const statements = new Map<string, SQLite.Statement>();
  const statementFor = (table: string, columns: readonly string[], count: number) => {
    const key = `${table}(${columns.join(',')}):${count}`;
    let statement = statements.get(key);
    if (!statement) {
      const row = `(${columns.map(() => '?').join(', ')})`;
      const sql = `insert into ${table} (${columns.join(', ')}) values ${Array(count).fill(row).join(', ')}`;
      statements.set(key, (statement = sqlite.prepare(sql)));
    }
    return statement;
  };
  const insert = (
    table: string,
    columns: readonly string[],
    count: number,
    put: (i: number, into: SqlValue[], at: number) => void,
  ) => {
    const width = columns.length;
    const full = new Array<SqlValue>(ROWS_PER_STATEMENT * width);
    for (let start = 0; start < count; start += ROWS_PER_STATEMENT) {
      const n = Math.min(ROWS_PER_STATEMENT, count - start);
      const values = n === ROWS_PER_STATEMENT ? full : new Array<SqlValue>(n * width);
      for (let i = 0; i < n; i++) put(start + i, values, i * width);
      statementFor(table, columns, n).run(values);
    }
  };

  /**
   * Rows whose coded columns repeat a few values over many rows (a release's rollup: ~470,000 cells,
   * ~30,000 profiles): each code's values are written once to a temporary table, the rows as their
   * codes and other values, and SQLite builds the rows itself (`insert ... select`, in the rows'
   * order), rather than taking every value of every row from JavaScript (measured on the rollup of
   * 2,000,000 Zipf records: 2.5 s taken per value, 0.6 s this way). The values stored are the same.
   */
  const appendExpanded = (rows: BulkRows, coded: readonly (CodedColumn<SqlValue> | null)[]) => {
    // Columns sharing one array of codes share one table of values.
    const groups: { codes: Int32Array; columns: number[] }[] = [];
    coded.forEach((column, c) => {
      if (!column) return;
      let group = groups.find((g) => g.codes === column.codes);
      if (!group) groups.push((group = { codes: column.codes, columns: [] }));
      group.columns.push(c);
    });
    const plain = rows.columns.flatMap((_, c) => (coded[c] ? [] : [c]));
    const value = (c: number) => `v${c}`;
    groups.forEach((group, g) => {
      const used = distinctCodes(group.codes, rows.count);
      const columns = ['code', ...group.columns.map(value)];
      sqlite.exec(
        `create temporary table ${codesTable(g)} (code integer primary key, ${group.columns.map(value).join(', ')})`,
      );
      insert(codesTable(g), columns, used.length, (i, into, at) => {
        const code = used[i]!;
        into[at] = code;
        group.columns.forEach((c, k) => (into[at + 1 + k] = coded[c]!.value(code)));
      });
    });
    const codeColumn = (g: number) => `g${g}`;
    const width = rows.columns.length;
    const row = new Array<SqlValue>(width);
    // A plain column with one value in every row (the release's id) is given once, as a parameter
    // of the final statement, rather than written to and read from every cell.
    const constant = constantColumns(rows, plain, row);
    const varying = plain.filter((c) => !constant.has(c));
    const cellColumns = [...groups.map((_, g) => codeColumn(g)), ...varying.map(value)];
    sqlite.exec(`create temporary table ${CELLS} (${cellColumns.join(', ')})`);
    insert(CELLS, cellColumns, rows.count, (i, into, at) => {
      rows.put(i, row, 0);
      groups.forEach((group, g) => (into[at + g] = group.codes[i]!));
      varying.forEach((c, k) => (into[at + groups.length + k] = row[c]!));
    });
    const groupOf = (c: number) => groups.findIndex((g) => g.columns.includes(c));
    const parameters: SqlValue[] = [];
    const expressions = rows.columns.map((_, c) => {
      if (coded[c]) return `d${groupOf(c)}.${value(c)}`;
      if (!constant.has(c)) return `${CELLS}.${value(c)}`;
      parameters.push(constant.get(c)!);
      return '?';
    });
    // CROSS JOIN keeps the cells the outer loop, read in rowid order (the order they were given).
    const joins = groups.map((_, g) => ` cross join ${codesTable(g)} d${g}`).join('');
    const on = groups.map((_, g) => `d${g}.code = ${CELLS}.${codeColumn(g)}`).join(' and ');
    sqlite
      .prepare(
        `insert into ${rows.table} (${rows.columns.join(', ')}) select ${expressions.join(', ')} from ${CELLS}${joins}` +
          `${on ? ` where ${on}` : ''} order by ${CELLS}.rowid`,
      )
      .run(parameters);
    sqlite.exec(`drop table ${CELLS}`);
    groups.forEach((_, g) => sqlite.exec(`drop table ${codesTable(g)}`));
  };

  return {
    append(rows) {
      if (rows.expand && rows.coded) appendExpanded(rows, rows.coded);
      else insert(rows.table, rows.columns, rows.count, (i, into, at) => putAll(rows, i, into, at));
      return Promise.resolve();
    },
    finish: () => Promise.resolve(),
    abort: () => {},
  };
}

/**
 * The distinct codes among the first `count`, ascending: marked in an array over their range (a
 * release's profiles, months... are small integers), not a Set of ~470,000 cells' codes; a Set
 * when the range is too wide for that. The order only fills a temporary table keyed by code.
 */
export function distinctCodes(codes: Int32Array, count: number): number[] {
  if (count === 0) return [];
  let min = codes[0]!;
  let max = min;
  for (let i = 1; i < count; i++) {
    const code = codes[i]!;
    if (code < min) min = code;
    else if (code > max) max = code;
  }
  if (max - min >= 1 << 24) return [...new Set(codes.subarray(0, count))].sort((a, b) => a - b);
  const seen = new Uint8Array(max - min + 1);
  for (let i = 0; i < count; i++) seen[codes[i]! - min] = 1;
  const used: number[] = [];
  for (let k = 0; k < seen.length; k++) if (seen[k] === 1) used.push(k + min);
  return used;
}

/**
 * The plain columns (of `plain`) whose value is the same (===) in every row, with that value; none
 * when there are no rows. `row` is scratch space of the rows' width.
 */
export function constantColumns(rows: BulkRows, plain: readonly number[], row: SqlValue[]): Map<number, SqlValue> {
  const constant = new Map<number, SqlValue>();
  if (rows.count === 0) return constant;
  rows.put(0, row, 0);
  for (const c of plain) constant.set(c, row[c]!);
  for (let i = 1; i < rows.count && constant.size > 0; i++) {
    rows.put(i, row, 0);
    for (const [c, v] of constant) if (row[c] !== v) constant.delete(c);
  }
  return constant;
}
