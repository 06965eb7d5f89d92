/**
 * `npm run bench bundle`: the web app's JavaScript per route, gzipped, against a budget (issue 11).
 * The app is built afresh (Vite, the project's config, into a scratch folder) with its manifest;
 * a route loads the entry chunk and what it imports, then its page's lazy chunks (routes.tsx) and
 * what they import. Each chunk is counted once per route, gzipped at level 9 as a server would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Figure } from './report.js';

/** The first load (the entry: shell, home page, sign-in), gzipped. */
export const FIRST_LOAD_BUDGET_KB = 110;
/** Any route's whole JavaScript (the entry and its page's chunks), gzipped. */
export const ROUTE_BUDGET_KB = 150;

/** The map page's data file (web/src/features/map/geometry.ts), as the manifest names it. */
const MAP_DATA = '../node_modules/us-atlas/counties-albers-10m.json';
/**
 * The map page's JavaScript and data together, gzipped: the route's budget plus the counties'
 * geometry (about 250 kB gzipped; no smaller us-atlas file keeps every county).
 */
export const MAP_PAGE_BUDGET_KB = ROUTE_BUDGET_KB + 260;

type RouteName =
  | 'home'
  | 'signIn'
  | 'state'
  | 'county'
  | 'rule'
  | 'desk'
  | 'detainer'
  | 'intake'
  | 'import'
  | 'audit'
  | 'admin'
  | 'map'
  | 'compare'
  | 'aboutData'
  | 'data';

/**
 * The web app's route table, loaded at run time (the web code is type-checked under its own
 * config); a route missing from PAGE_MODULES stops the benchmark.
 */
async function webRoutes(): Promise<Readonly<Record<string, { readonly path: string }>>> {
  const module = '../web/src/shared/routes.ts';
  return ((await import(module)) as { ROUTES: Readonly<Record<string, { readonly path: string }>> }).ROUTES;
}

/** The words each area of pages loads with its first page (web/src/shared/i18n.ts, MESSAGE_AREAS). */
const DESK_WORDS = 'src/shared/messages/deskArea.ts';
const PUBLIC_WORDS = 'src/shared/messages/publicArea.ts';

/** The page modules each route loads lazily (web/src/app/routes.tsx), with its words; none for pages in the entry. */
const PAGE_MODULES: Readonly<Record<RouteName, readonly string[]>> = {
  home: [],
  signIn: [],
  state: ['src/features/places/StatePage.tsx', 'src/features/policies/PlaceRules.tsx', PUBLIC_WORDS],
  county: ['src/features/places/CountyPage.tsx', 'src/features/policies/PlaceRules.tsx', PUBLIC_WORDS],
  rule: ['src/features/policies/RulePage.tsx', PUBLIC_WORDS],
  desk: ['src/features/detainers/DeskPage.tsx', DESK_WORDS],
  detainer: ['src/features/detainer/DetainerPage.tsx', DESK_WORDS],
  intake: ['src/features/intake/IntakePage.tsx', DESK_WORDS],
  import: ['src/features/intake/ImportPage.tsx', DESK_WORDS],
  audit: ['src/features/audit/AuditPage.tsx', DESK_WORDS],
  admin: ['src/features/admin/AdminPage.tsx', DESK_WORDS],
  map: ['src/features/map/MapPage.tsx', PUBLIC_WORDS],
  // compare (issue 12, point 5)
  compare: ['src/features/places/compare/ComparePage.tsx', PUBLIC_WORDS],
  // slice "measures" (issue 12)
  aboutData: ['src/features/about/AboutDataPage.tsx', PUBLIC_WORDS],
  // explorer (issue 12)
  data: ['src/features/data/DataPage.tsx', PUBLIC_WORDS],
};

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly isEntry?: boolean;
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

/** The JavaScript files a set of manifest keys loads: each chunk and its static imports, once. */
function filesOf(manifest: Manifest, keys: readonly string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the manifest has no ${key}: update PAGE_MODULES in bench/bundle.bench.ts`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export async function benchBundle(): Promise<Figure[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'dd-bundle-'));
  try {
    await build({
      configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
    if (!entry) throw new Error('the manifest has no entry');
    const gz = new Map<string, number>();
    const size = (file: string) => {
      if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length);
      return gz.get(file)!;
    };
    const total = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + size(file), 0);
    const first = total(filesOf(manifest, [entry]));
    const figures: Figure[] = [
      {
        name: 'first load (entry: shell, home, sign-in), JS gzipped',
        value: kb(first),
        baseline: `${filesOf(manifest, [entry]).size} chunk(s)`,
        ratio: first / 1024 / FIRST_LOAD_BUDGET_KB,
        target: `<= ${FIRST_LOAD_BUDGET_KB} kB`,
        met: first / 1024 <= FIRST_LOAD_BUDGET_KB,
      },
    ];
    const routes = await webRoutes();
    for (const [name, route] of Object.entries(routes)) {
      const pages = PAGE_MODULES[name as RouteName] as readonly string[] | undefined;
      if (!pages) throw new Error(`route ${name} is missing from PAGE_MODULES in bench/bundle.bench.ts`);
      const files = filesOf(manifest, [entry, ...pages]);
      const bytes = total(files);
      figures.push({
        name: `route ${name} (${route.path}), JS gzipped`,
        value: kb(bytes),
        baseline: `first load ${kb(first)} + ${kb(bytes - first)} in ${files.size - filesOf(manifest, [entry]).size} lazy chunk(s)`,
        ratio: bytes / 1024 / ROUTE_BUDGET_KB,
        target: `<= ${ROUTE_BUDGET_KB} kB`,
        met: bytes / 1024 <= ROUTE_BUDGET_KB,
      });
    }
    // map-page (issue 12): the map's data (us-atlas counties, a static file fetched by the map, not JS).
    const mapData = manifest[MAP_DATA];
    if (!mapData) throw new Error(`the manifest has no ${MAP_DATA}: update MAP_DATA in bench/bundle.bench.ts`);
    const mapBytes = size(mapData.file);
    const mapRoute = total(filesOf(manifest, [entry, ...PAGE_MODULES.map]));
    figures.push({
      name: 'map data (us-atlas counties, JSON), gzipped',
      value: kb(mapBytes),
      baseline: `${kb(readFileSync(join(outDir, mapData.file)).length)} raw; route map JS ${kb(mapRoute)}`,
      ratio: (mapRoute + mapBytes) / 1024 / MAP_PAGE_BUDGET_KB,
      target: `JS + data <= ${MAP_PAGE_BUDGET_KB} kB`,
      met: (mapRoute + mapBytes) / 1024 <= MAP_PAGE_BUDGET_KB,
    });
    // JavaScript chunks only (the map's data is a static file, not a chunk: its figure is above).
    const chunks = new Set(
      Object.values(manifest)
        .map((c) => c.file)
        .filter((f) => f.endsWith('.js')),
    );
    const largest = Math.max(...[...chunks].map((f) => readFileSync(join(outDir, f)).length));
    figures.push({
      name: 'largest chunk (raw, Vite warns past 500 kB)',
      value: kb(largest),
      baseline: `${chunks.size} files`,
      ratio: largest / 1024 / 500,
      target: '<= 500 kB',
      met: largest / 1024 <= 500,
    });
    return figures;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
