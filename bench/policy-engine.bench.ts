/**
 * Fast-path decisions per second on 1,000,000 generated California cases, against the same
 * TRUST Act hold rule (Gov. Code 7282.5, 2014) written for json-rules-engine, run on the same cases.
 */
import { Engine } from 'json-rules-engine';
import { loadLaw } from '../src/composition/law.js';
import { compileLaw, type FastRequest } from '../src/core/policy/compile.js';
import type { Conviction, SubjectFacts } from '../src/core/policy/facts.js';
import { codeOf } from '../src/core/policy/formula.js';
import type { OffenseCategory, OffenseLevel } from '../src/core/offense/offense-categories.js';
import { formatRate, perSecond, type Figure } from './report.js';
import { elapsedMs } from './timing.js';
import { pick, seededRandom } from './random.js';

const CASES = 1_000_000;
const BASELINE_CASES = 50_000;
const AS_OF = new Date('2016-06-01T17:00:00Z');
const TODAY = '2016-06-01';

interface Case {
  readonly request: FastRequest;
  readonly subject: SubjectFacts;
}

function generateCases(count: number): Case[] {
  const random = seededRandom(2026);
  const categories: OffenseCategory[][] = [
    [],
    ['serious-felony'],
    ['violent-felony'],
    ['state-prison-felony'],
    ['ca-7282.5-a3'],
    ['aggravated-felony'],
    ['aggravated-felony-a-p'],
  ];
  const levels: OffenseLevel[] = ['felony', 'misdemeanor', 'wobbler'];
  const requests: FastRequest[] = [
    { form: 'I-247D', formEdition: '2015', warrant: 'none', probableCause: ['final-order'] },
    { form: 'I-247N', formEdition: '2015', warrant: 'none', probableCause: ['final-order'] },
    { form: 'I-247D', formEdition: '2015', warrant: 'none', probableCause: ['biometric-database', 'final-order'] },
    { form: 'I-247X', formEdition: '2015', warrant: 'none', probableCause: ['final-order'] },
  ];
  const cases: Case[] = [];
  for (let i = 0; i < count; i++) {
    const convictions: Conviction[] = [];
    const n = Math.floor(random() * 3);
    for (let c = 0; c < n; c++) {
      const year = 1995 + Math.floor(random() * 21);
      convictions.push({
        date: `${year}-0${1 + Math.floor(random() * 9)}-15`,
        level: pick(random, levels),
        categories: pick(random, categories),
        prop47Reduced: false,
      });
    }
    cases.push({
      request: pick(random, requests),
      subject: {
        convictions,
        registrant: random() < 0.02,
        federalFelonyWarrant: random() < 0.02,
        pendingCharges:
          random() < 0.1
            ? [{ level: 'felony', categories: ['violent-felony'], magistrateProbableCause: random() < 0.5 }]
            : [],
        proofOfLawfulStatus: false,
      },
    });
  }
  return cases;
}

/** The same rule as the policy file ca-gov-7282.5-hold, in json-rules-engine's terms. */
function trustActEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const within = (date: string, years: number) =>
    date >= `${Number(TODAY.slice(0, 4)) - years}${TODAY.slice(4)}` && date <= TODAY;
  engine.addOperator('anyConviction', (convictions: Conviction[], kind: string) =>
    convictions.some((c) => {
      if (kind === 'serious-or-violent')
        return c.categories.includes('serious-felony') || c.categories.includes('violent-felony');
      if (kind === 'prison-felony') return c.level === 'felony' && c.categories.includes('state-prison-felony');
      if (kind === 'listed-wobbler-5y')
        return c.categories.includes('ca-7282.5-a3') && c.level === 'wobbler' && within(c.date, 5);
      if (kind === 'listed-felony') return c.categories.includes('ca-7282.5-a3') && c.level === 'felony';
      if (kind === 'aggravated-a-p') return c.categories.includes('aggravated-felony-a-p');
      return false;
    }),
  );
  engine.addOperator(
    'anyMagistrateFelony',
    (charges: SubjectFacts['pendingCharges'] & object, expected: boolean) =>
      charges.some(
        (c) =>
          c.magistrateProbableCause &&
          c.categories.some((k) => ['serious-felony', 'violent-felony', 'state-prison-felony'].includes(k)),
      ) === expected,
  );
  engine.addRule({
    name: 'ca-trust-act-hold-permitted',
    conditions: {
      any: [
        { fact: 'convictions', operator: 'anyConviction', value: 'serious-or-violent' },
        { fact: 'convictions', operator: 'anyConviction', value: 'prison-felony' },
        { fact: 'convictions', operator: 'anyConviction', value: 'listed-wobbler-5y' },
        { fact: 'convictions', operator: 'anyConviction', value: 'listed-felony' },
        { fact: 'convictions', operator: 'anyConviction', value: 'aggravated-a-p' },
        { fact: 'registrant', operator: 'equal', value: true },
        { fact: 'federalFelonyWarrant', operator: 'equal', value: true },
        { fact: 'pendingCharges', operator: 'anyMagistrateFelony', value: true },
      ],
    },
    event: { type: 'hold-permitted' },
  });
  return engine;
}

function time(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return elapsedMs(start);
}

export async function benchPolicyEngine(): Promise<Figure[]> {
  const law = loadLaw();
  const compiled = compileLaw(
    law.engine.library,
    law.engine.places,
    // Fresno: no county policy of its own, so the TRUST Act alone decides (Los Angeles' sheriff stopped holds in 2014).
    { state: 'CA', countyFips: '06019', agencyKind: 'county-jail' },
    AS_OF,
  );
  if (!compiled) throw new Error('no law for CA');
  const cases = generateCases(CASES);

  let sink = 0;
  const runFast = (count: number) => {
    for (let i = 0; i < count; i++) sink ^= compiled.decide(cases[i]!.request, cases[i]!.subject);
  };
  runFast(CASES); // warm-up
  const fastMs = Math.min(
    time(() => runFast(CASES)),
    time(() => runFast(CASES)),
    time(() => runFast(CASES)),
  );
  const fastRate = perSecond(CASES, fastMs);

  const engine = trustActEngine();
  let agreements = 0;
  let compared = 0;
  const jreStart = process.hrtime.bigint();
  for (let i = 0; i < BASELINE_CASES; i++) {
    const { subject, request } = cases[i]!;
    const { events } = await engine.run({
      convictions: subject.convictions,
      registrant: subject.registrant,
      federalFelonyWarrant: subject.federalFelonyWarrant,
      pendingCharges: subject.pendingCharges,
    });
    const hold = codeOf(compiled.decide(request, subject), 'hold');
    if (hold !== 0) {
      compared++;
      if ((hold === 1) === events.length > 0) agreements++;
    }
  }
  const jreMs = elapsedMs(jreStart);
  const jreRate = perSecond(BASELINE_CASES, jreMs);
  if (agreements !== compared)
    throw new Error(`json-rules-engine and the fast path disagree on ${compared - agreements} of ${compared} holds`);
  process.stdout.write(
    `  (checked: both engines agree on all ${compared} hold decisions of the baseline sample; sink ${sink & 1})\n`,
  );

  return [
    {
      name: `fast path, ${CASES.toLocaleString('en-US')} CA cases (all CA law in force 2016-06-01)`,
      value: formatRate(fastRate),
      baseline: '1.00M/s (target)',
      ratio: fastRate / 1e6,
      target: '>= 1,000,000 decisions/s on one core',
      met: fastRate >= 1e6,
    },
    {
      name: `fast path vs json-rules-engine (TRUST Act hold rule, first ${BASELINE_CASES.toLocaleString('en-US')} cases)`,
      value: formatRate(fastRate),
      baseline: formatRate(jreRate),
      ratio: fastRate / jreRate,
      target: '>= 100x json-rules-engine',
      met: fastRate / jreRate >= 100,
    },
  ];
}
