/**
 * `npm run bench`: every benchmark, each figure a ratio to a baseline measured in the same run.
 * Speed targets live here, never in tests.
 */
import { benchBundle } from './bundle.bench.js';
import { benchDesk } from './desk.bench.js';
import { benchLoad } from './load.bench.js';
import { benchMixedLoad, benchSoak } from './mixed-load.bench.js';
import { benchLawMap } from './law-map.bench.js';
import { benchPolicyEngine } from './policy-engine.bench.js';
import { benchResearch } from './research.bench.js';
import { benchRealLayouts } from './research-io.bench.js';
import { printFigures, type Figure } from './report.js';
import { benchXlsx } from './xlsx.bench.js';

const only = process.argv[2];
const suites: Record<string, () => Promise<Figure[]>> = {
  'policy-engine': benchPolicyEngine,
  research: benchResearch,
  load: benchLoad,
  'mixed-load': benchMixedLoad,
  soak: benchSoak,
  desk: benchDesk,
  bundle: benchBundle,
  'law-map': benchLawMap,
  xlsx: benchXlsx,
  'real-layouts': () => benchRealLayouts(Number(process.env.BENCH_LAYOUT_ROWS ?? 500_000)),
};

let missed = 0;
for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  process.stdout.write(`\nrunning ${name}...\n`);
  const figures = await run();
  printFigures(name, figures);
  missed += figures.filter((f) => !f.met && !f.informational).length;
}
process.stdout.write(`\n${missed === 0 ? 'All targets met.' : `${missed} target(s) not met.`}\n`);
