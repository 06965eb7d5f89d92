import { lawMap, type LawMapDeps } from '../core/law-map/law-map.js';
import { parseLawMapQuery } from '../core/law-map/law-map-query.js';
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

/** A bounded least-recently-used cache of text by key (a Map keeps insertion order). */
export class TextLru {
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): string | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: string): void {
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

/** The server's date (UTC): the last day the map and panel answer. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** The law map and panel over the law library and every us-atlas county, with the map's cache. */
export class LawMapService {
  readonly deps: LawMapDeps;
  private readonly cache: TextLru;

  constructor(
    law: Law,
    private readonly clock: Clock,
    maxBytes: number = LAW_MAP_CACHE_BYTES,
  ) {
    const counties = loadReferencePlaces().counties.map((c) => ({ fips: c.fips, state: c.stateCode }));
    this.deps = { library: law.engine.library, places: law.engine.places, counties };
    this.cache = new TextLru(maxBytes);
  }

  /** `GET /law/map`: the answer as JSON text, from the cache per (day, action, profile) when there. */
  mapJson(raw: unknown): Result<string, DomainError> {
    const query = parseLawMapQuery(raw, todayOf(this.clock));
    if (!query.ok) return query;
    const key = `${query.value.at}|${query.value.action}|${query.value.profile}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return ok(cached);
    const json = JSON.stringify(lawMap(this.deps, query.value));
    this.cache.set(key, json);
    return ok(json);
  }

  get cacheSize(): number {
    return this.cache.size;
  }
}
