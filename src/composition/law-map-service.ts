import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { lawMap, type LawMapDeps } from '../core/law-map/law-map.js';
import { parseLawMapQuery, parseLawPanelQuery } from '../core/law-map/law-map-query.js';
import { lawPanel, panelCountiesKnown, panelCsvLines, type LawPanel } from '../core/law-map/law-panel.js';
import type { DomainError } from '../core/shared/errors.js';
import type { Clock } from '../core/shared/ports.js';
import { ok, type Result } from '../core/shared/result.js';
import { loadReferencePlaces } from '../ingest/reference/reference-places.js';
import type { Law } from './law.js';

/**
 * The law map's cache bound: answers are kept as JSON text (about 150 kB each for 3,231 counties),
 * least recently used first out, up to this many bytes (about 200 answers).
 */
export const LAW_MAP_CACHE_BYTES = 32 * 1024 * 1024;

/** A bounded least-recently-used cache of UTF-8 bytes by key (a Map keeps insertion order). */
export class BytesLru {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): Buffer | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: Buffer): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= old.length;
    }
    if (value.length > this.maxBytes) return;
    this.entries.set(key, value);
    this.bytes += value.length;
    for (const [oldest, text] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= text.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  get sizeInBytes(): number {
    return this.bytes;
  }
}

/** How a map answer is kept and sent: as it is, or compressed (brotli, gzip) for clients that accept it. */
export type MapEncoding = 'identity' | 'br' | 'gzip';

/** The server's date (UTC): the last day the map and panel answer. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** The law map and panel over the law library and every us-atlas county, with the map's cache. */
export class LawMapService {
  readonly deps: LawMapDeps;
  private readonly cache: BytesLru;

  constructor(
    law: Law,
    private readonly clock: Clock,
    maxBytes: number = LAW_MAP_CACHE_BYTES,
  ) {
    const counties = loadReferencePlaces().counties.map((c) => ({ fips: c.fips, state: c.stateCode }));
    this.deps = { library: law.engine.library, places: law.engine.places, counties };
    this.cache = new BytesLru(maxBytes);
  }

  /**
   * `GET /law/map`: the answer as JSON (UTF-8 bytes, sent as they are), from the cache per (day, action,
   * profile) when there.
   */
  mapJson(raw: unknown, encoding: MapEncoding = 'identity'): Result<Buffer, DomainError> {
    const query = parseLawMapQuery(raw, todayOf(this.clock));
    if (!query.ok) return query;
    const key = `${query.value.at}|${query.value.action}|${query.value.profile}`;
    const cached = this.cache.get(`${key}|${encoding}`);
    if (cached !== undefined) return ok(cached);
    let json = this.cache.get(`${key}|identity`);
    if (json === undefined) {
      json = Buffer.from(JSON.stringify(lawMap(this.deps, query.value)), 'utf8');
      this.cache.set(`${key}|identity`, json);
    }
    if (encoding === 'identity') return ok(json);
    // Compressed once and kept: a cached answer is never compressed again on the way out.
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : gzipSync(json, { level: 6 });
    this.cache.set(`${key}|${encoding}`, compressed);
    return ok(compressed);
  }

  /** `GET /law/panel` and `law panel`: every county's periods of constant law over a range. */
  panel(raw: unknown): Result<LawPanel, DomainError> {
    const query = parseLawPanelQuery(raw, todayOf(this.clock));
    if (!query.ok) return query;
    const known = panelCountiesKnown(this.deps, query.value);
    if (!known.ok) return known;
    return ok(lawPanel(this.deps, known.value));
  }

  /** The panel as CSV text, a line at a time (header first). */
  panelCsv(panel: LawPanel): Generator<string> {
    const states = new Map(this.deps.counties.map((c) => [c.fips, c.state]));
    return panelCsvLines(panel, (fips) => states.get(fips) ?? '');
  }

  get cacheSize(): number {
    return this.cache.size;
  }
}
