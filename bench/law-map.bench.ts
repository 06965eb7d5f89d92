/**
 * The law map and panel (issue 12, Speed):
 * - `GET /api/v1/law/map` for all 3,231 counties, through the whole HTTP stack (Fastify's inject: routing,
 *   rate limits, the core's parser, serialisation; no socket): cold (a day, action and profile not in the
 *   cache) and warm (the same again) p95, as a browser asks (Accept-Encoding: gzip, deflate, br). Cold against the same 3,231 inputs decided bare with the fast
 *   path (compileLaw per county, decide), the same days, actions and profiles: target within 3x; warm
 *   within 5 ms.
 * - `law panel` from 2008-01-01 to today for every county and action (each profile): rows per second and
 *   time, against deciding every county on every day bare with the fast path. The daily baseline would take
 *   minutes, so it is measured on every 16th day (the same number of decisions per day) and scaled to every
 *   day: target at least 20x.
 */
import { loadLaw } from '../src/composition/law.js';
import { createServices } from '../src/composition/services.js';
import { prepareDatabase } from '../src/composition/prepare-database.js';
import { todayOf } from '../src/composition/law-map-service.js';
import { addDays } from '../src/core/clock/local-calendar.js';
import { MissingFactSignal } from '../src/core/policy/engine-errors.js';
import { compileLaw } from '../src/core/policy/compile.js';
import { lawPanel } from '../src/core/law-map/law-panel.js';
import { MAP_AGENCY_KIND, noonOf, type LawMapDeps } from '../src/core/law-map/law-map.js';
import { PROFILES, profileSubject, standardRequest, type Profile } from '../src/core/law-map/profiles.js';
import { ACTIONS, type Action } from '../src/core/policy/policy.types.js';
import { systemClock } from '../src/platform/node-ports.js';
import { openDatabase } from '../src/db/connect.js';
import { benchServer } from './bench-server.js';
import { perSecond, formatRate, type Figure } from './report.js';
import { elapsedMs, quantile } from './timing.js';
import { seededRandom } from './random.js';

const COLD_SAMPLES = 60;
const WARM_SAMPLES = 300;
const BASELINE_DAY_STRIDE = 16;
/** What a browser sends: the map answers brotli, compressed once per answer and cached so. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** Decides every county on a day bare: compile the law per county, decide the standard request once. */
function decideBare(deps: LawMapDeps, day: string, profile: Profile): number {
  const { request } = standardRequest(day);
  const subject = profileSubject(profile, day);
  const asOf = noonOf(day);
  let sum = 0;
  for (const county of deps.counties) {
    const law = compileLaw(
      deps.library,
      deps.places,
      { state: county.state, countyFips: county.fips, agencyKind: MAP_AGENCY_KIND },
      asOf,
    );
    try {
      sum += law?.decide(request, subject) ?? 0;
    } catch (error) {
      if (!(error instanceof MissingFactSignal)) throw error;
      sum += 1;
    }
  }
  return sum;
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

export async function benchLawMap(): Promise<Figure[]> {
  const handle = openDatabase({ engine: 'sqlite', path: ':memory:' });
  const services = createServices(handle, { sessionTtlHours: 12, law: loadLaw() });
  await prepareDatabase(handle, () => services, { demo: false });
  const app = await benchServer(handle, services, { replayMaxRecords: 1, statsMaxRows: 1, bodyLimitBytes: 16_384 });
  await app.ready();
  const deps = services.lawMap.deps;
  const today = todayOf(systemClock);
  const all = daysBetween('2008-01-01', today);
  const random = seededRandom(12);
  const inputs = Array.from({ length: COLD_SAMPLES }, () => ({
    at: all[Math.floor(random() * all.length)]!,
    action: ACTIONS[Math.floor(random() * 3)]! as Action,
    profile: PROFILES[Math.floor(random() * PROFILES.length)]!,
  }));
  const urlOf = (q: (typeof inputs)[number]) => `/api/v1/law/map?at=${q.at}&action=${q.action}&profile=${q.profile}`;

  // Warm-up (JIT) on days outside the samples' keys: a different profile-day pair each time.
  for (let i = 0; i < 5; i++) {
    await app.inject({ method: 'GET', url: `/api/v1/law/map?at=2009-0${i + 1}-03&action=hold&profile=no-record` });
    decideBare(deps, `2009-0${i + 1}-03`, 'no-record');
  }

  // Cold and bare alternate, so that both meet the machine in the same state.
  const cold: number[] = [];
  const bare: number[] = [];
  let bytes = 0;
  for (const q of inputs) {
    let start = process.hrtime.bigint();
    const res = await app.inject({ method: 'GET', url: urlOf(q), headers: BROWSER });
    cold.push(elapsedMs(start));
    if (res.statusCode !== 200) throw new Error(`law map answered ${res.statusCode}: ${res.body.slice(0, 200)}`);
    bytes = res.rawPayload.length;
    start = process.hrtime.bigint();
    decideBare(deps, q.at, q.profile);
    bare.push(elapsedMs(start));
  }
  const warm: number[] = [];
  for (let i = 0; i < WARM_SAMPLES; i++) {
    const start = process.hrtime.bigint();
    const res = await app.inject({ method: 'GET', url: urlOf(inputs[i % inputs.length]!), headers: BROWSER });
    warm.push(elapsedMs(start));
    if (res.statusCode !== 200) throw new Error(`law map answered ${res.statusCode}`);
  }

  // The panel: every county, every action, 2008-01-01 to today, for each profile.
  const panelTimes: number[] = [];
  let rows = 0;
  for (const profile of PROFILES) {
    const start = process.hrtime.bigint();
    const panel = lawPanel(deps, { from: '2008-01-01', to: today, profile, actions: ACTIONS });
    panelTimes.push(elapsedMs(start));
    rows += panel.periods.length;
  }
  const panelMs = panelTimes.reduce((a, b) => a + b, 0);
  // Baseline: every county on every 16th day, each profile (the fast path decides all three actions at once).
  const sampled = all.filter((_, i) => i % BASELINE_DAY_STRIDE === 0);
  let baselineSampledMs = 0;
  for (const profile of PROFILES) {
    const start = process.hrtime.bigint();
    for (const day of sampled) decideBare(deps, day, profile);
    baselineSampledMs += elapsedMs(start);
  }
  const baselineMs = (baselineSampledMs * all.length) / sampled.length;
  await app.close();
  await handle.close();

  const coldP95 = p95(cold);
  const bareP95 = p95(bare);
  const warmP95 = p95(warm);
  const counties = deps.counties.length;
  return [
    {
      name: `law map cold p95 (${counties} counties, ${COLD_SAMPLES} uncached days; ${(bytes / 1024).toFixed(0)} kB brotli)`,
      value: `${coldP95.toFixed(1)} ms (p50 ${quantile(cold, 0.5).toFixed(1)})`,
      baseline: `fast path bare, same inputs ${bareP95.toFixed(1)} ms`,
      ratio: coldP95 / bareP95,
      target: '<= 3x the bare fast path',
      met: coldP95 <= 3 * bareP95,
    },
    {
      name: `law map warm p95 (${WARM_SAMPLES} cached answers)`,
      value: `${warmP95.toFixed(2)} ms (p50 ${quantile(warm, 0.5).toFixed(2)})`,
      baseline: `cold ${coldP95.toFixed(1)} ms`,
      ratio: coldP95 / warmP95,
      target: '<= 5 ms',
      met: warmP95 <= 5,
    },
    {
      name: `law panel 2008-01-01..${today}, ${counties} counties x 3 actions x ${PROFILES.length} profiles`,
      value: `${(panelMs / 1000).toFixed(2)} s, ${rows} rows, ${formatRate(perSecond(rows, panelMs))} rows`,
      baseline: `every county every day bare ${(baselineMs / 1000).toFixed(0)} s (1 day in ${BASELINE_DAY_STRIDE} timed)`,
      ratio: baselineMs / panelMs,
      target: '>= 20x faster',
      met: baselineMs / panelMs >= 20,
    },
  ];
}
