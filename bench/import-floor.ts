/**
 * The floor under the import's speed target: the least work an importer of this design can do in
 * Node.js with better-sqlite3, run in this process and timed against the same `sqlite3 .import`.
 *
 * Each line is cut once (no quoting, no trimming: cheaper than any real tokeniser), its first field
 * kept as the date, the rest numbered as a profile through a Map, and (release, line, date, profile)
 * written to a without-rowid table keyed like `research_detainers`, 100 rows per statement, in one
 * transaction; the profiles are written at the end. No date parsing, outcomes, rollups, duplicates or
 * facilities, and one thread. An importer that also does those cannot go faster than this, so the
 * ratio of this figure is the ceiling the import's own ratio is measured under on this machine.
 */
import { readFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { elapsedMs } from './timing.js';

const ROWS_PER_STATEMENT = 100;
const WIDTH = 4;

export function importFloor(file: string, delimiter: string, databasePath: string): { rows: number; ms: number } {
  const start = process.hrtime.bigint();
  const db = new SQLite(databasePath);
  try {
    db.pragma('journal_mode = wal');
    db.pragma('synchronous = normal');
    db.exec(`create table detainers (release_key integer not null, line integer not null,
      prepared_date text not null, profile integer not null, primary key (release_key, line)) without rowid`);
    db.exec('create table profiles (id integer primary key, rest text not null)');
    const full = db.prepare(
      `insert into detainers values ${Array(ROWS_PER_STATEMENT).fill('(?, ?, ?, ?)').join(', ')}`,
    );
    const one = db.prepare('insert into detainers values (?, ?, ?, ?)');
    const profiles = new Map<string, number>();
    let rows = 0;
    db.transaction(() => {
      const text = readFileSync(file, 'utf8');
      const batch = new Array<string | number>(ROWS_PER_STATEMENT * WIDTH);
      let filled = 0;
      for (let at = text.indexOf('\n') + 1; at < text.length;) {
        let end = text.indexOf('\n', at);
        if (end < 0) end = text.length;
        const cut = text.indexOf(delimiter, at);
        const rest = text.slice(cut + 1, end);
        let profile = profiles.get(rest);
        if (profile === undefined) profiles.set(rest, (profile = profiles.size + 1));
        rows++;
        batch[filled++] = 1;
        batch[filled++] = rows;
        batch[filled++] = text.slice(at, cut);
        batch[filled++] = profile;
        if (filled === batch.length) {
          full.run(batch);
          filled = 0;
        }
        at = end + 1;
      }
      for (let i = 0; i < filled; i += WIDTH) one.run(batch.slice(i, i + WIDTH));
      const profile = db.prepare('insert into profiles values (?, ?)');
      for (const [rest, id] of profiles) profile.run(id, rest);
    })();
    return { rows, ms: elapsedMs(start) };
  } finally {
    db.close();
  }
}
