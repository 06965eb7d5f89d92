import { addDays, startOfLocalDay } from '../clock/local-calendar.js';
import type { Decision } from './decision.types.js';
import type { SubjectFacts } from './facts.js';
import type { EngineError } from './engine-errors.js';
import { evaluate, type EngineContext } from './evaluate.js';
import { PERSON_PROFILES, standardRequest, type PersonProfile, type StandardRequest } from './person-profiles.js';
import { LANGS, PROFILE_WORDS, placeWords, whenWords, type Lang } from './plain-summary.words.js';
import type { Result } from '../shared/result.js';
import { ACTIONS, type Action, type Citation } from './policy.types.js';

/**
 * The plain-language summary of the law in a place on a day (issue 12, point 3): for each profile
 * of person and each action, what the law says, from the engine's decision and the rule that
 * decides it, in English and Spanish. Nothing here is written per place: every sentence is built
 * from a decision.
 */

/** What the law says of one action for one profile: a modality, or why there is none. */
import { leadSentence, profileSentence } from './plain-summary.sentences.js';
import type {
  ActionSummary,
  Outcome,
  PlainSummary,
  ProfileSummary,
  SummaryPlace,
  Words,
} from './plain-summary.types.js';

/** Decides each profile on `at` (a local date of the place) and says it in words. */
export function plainSummary(
  engine: EngineContext,
  place: SummaryPlace,
  at: string,
  today: boolean,
  profiles: readonly PersonProfile[] = PERSON_PROFILES,
): PlainSummary {
  const request = standardRequest(at) ?? null;
  const summaries = profiles.map((profile): ProfileSummary => {
    const actions = request ? decideProfile(engine, place, at, request, profile) : notAsked();
    return {
      profile: profile.id,
      label: { en: PROFILE_WORDS[profile.id].en.one, es: PROFILE_WORDS[profile.id].es.one },
      actions,
      sentence: both((lang) => profileSentence(profile.id, actions, lang)),
    };
  });
  const opening = both(
    (lang) => `${whenWords(at, today, lang)} ${lang === 'en' ? 'in' : 'en'} ${placeWords(place, lang)}`,
  );
  return {
    at,
    today,
    agencyKind: 'county-jail',
    request,
    lead: both((lang) => leadSentence(opening[lang], summaries, lang)),
    profiles: summaries,
  };
}

function both(say: (lang: Lang) => string): Words {
  return Object.fromEntries(LANGS.map((lang) => [lang, say(lang)])) as unknown as Words;
}

function notAsked(): ActionSummary[] {
  return ACTIONS.map((action) => ({ action, outcome: 'not-asked', rule: null, rules: [], citations: [], facts: [] }));
}

function decideProfile(
  engine: EngineContext,
  place: SummaryPlace,
  at: string,
  request: StandardRequest,
  profile: PersonProfile,
): ActionSummary[] {
  const base = {
    asOf: startOfLocalDay(at, place.zone),
    state: place.state,
    countyFips: place.countyFips,
    agencyKind: 'county-jail' as const,
    discretion: 'comply' as const,
    request,
    releaseEligibleAt: null,
  };
  const subject = profile.facts(at);
  const decided = evaluate(engine, { ...base, subject });
  if (decided.ok || decided.error.kind !== 'MissingFact') {
    return ACTIONS.map((action) => summarise(engine, decided, action));
  }
  // A fact the profile leaves unknown: an action is still settled when every way the missing facts
  // could be gives it the same answer by the same rule (holds forbidden outright, say); otherwise it
  // is undecided, naming the facts.
  const missing = new Set<string>();
  const outcomes = completions(engine, base, subject, tried(at), missing, 0);
  const undecided = summarise(engine, decided, 'hold');
  return ACTIONS.map((action) => {
    const answers = outcomes.map((o) => summarise(engine, o, action));
    const first = answers[0]!;
    const same = answers.every((a) => a.outcome === first.outcome && a.rule === first.rule);
    if (same && first.outcome !== 'undecided') return first;
    // Cited: the rules that decide the action one way or the other as the facts turn out.
    const deciding = [...new Set(answers.flatMap((a) => (a.rule === null ? [] : [a.rule])))];
    const rules = deciding.length > 0 ? deciding : undecided.rules;
    return { ...undecided, action, rules, citations: citationsOf(engine, rules), facts: [...missing].sort() };
  });
}

/** Values a missing fact is tried with on a local date: enough to tell whether it can change an answer. */
const tried = (at: string): Readonly<Record<string, readonly unknown[]>> => ({
  proofOfLawfulStatus: [false, true],
  registrant: [false, true],
  federalFelonyWarrant: [false, true],
  terroristWatchListMatch: [false, true],
  removedAndReentered: [false, true],
  warrantGangOrRemovalOrder: [false, true],
  instantArrestDate: [at],
  convictions: [
    [],
    [
      {
        date: addDays(at, -365),
        level: 'felony',
        categories: [
          'serious-felony',
          'violent-felony',
          'state-prison-felony',
          'nyc-violent-or-serious',
          'nj-violent-or-serious',
          'nj-indictable-crime',
          'ct-class-a-b-felony',
          'dc-dangerous-or-violent-crime',
        ],
        prop47Reduced: false,
      },
    ],
  ],
  pendingCharges: [
    [],
    [{ level: 'felony', categories: ['serious-felony', 'violent-felony'], magistrateProbableCause: true }],
  ],
});
const MAX_DEPTH = 6;

/** Every decision the missing facts could lead to, trying each with the values above; `missing` collects them. */
function completions(
  engine: EngineContext,
  base: Omit<Parameters<typeof evaluate>[1], 'subject'>,
  subject: SubjectFacts,
  values: Readonly<Record<string, readonly unknown[]>>,
  missing: Set<string>,
  depth: number,
): Result<Decision, EngineError>[] {
  const decided = evaluate(engine, { ...base, subject });
  if (decided.ok || decided.error.kind !== 'MissingFact') return [decided];
  for (const fact of decided.error.facts) missing.add(fact);
  const field = decided.error.fact.replace(/^subject\./, '');
  const candidates = values[field];
  if (candidates === undefined || depth >= MAX_DEPTH) return [decided];
  return candidates.flatMap((value) =>
    completions(engine, base, { ...subject, [field]: value } as SubjectFacts, values, missing, depth + 1),
  );
}

/** Each rule by its first citation, the one a sentence names (the rule pages give them all). */
function citationsOf(engine: EngineContext, rules: readonly string[]): Citation[] {
  return rules.flatMap((id) => engine.library.rules.get(id)?.citations[0] ?? []);
}

function summarise(engine: EngineContext, decided: Result<Decision, EngineError>, action: Action): ActionSummary {
  if (!decided.ok) {
    const error = decided.error;
    const outcome: Outcome =
      error.kind === 'MissingFact' ? 'undecided' : error.kind === 'ConflictingRules' ? 'conflict' : 'not-asked';
    const facts = error.kind === 'MissingFact' ? [...error.facts].sort() : [];
    const relevant = error.kind !== 'ConflictingRules' || error.action === action ? error.rules : [];
    return { action, outcome, rule: null, rules: relevant, citations: citationsOf(engine, relevant), facts };
  }
  const trace = decided.value.trace.actions[action];
  if (!trace.requested || trace.modality === null) {
    return { action, outcome: 'not-asked', rule: null, rules: [], citations: [], facts: [] };
  }
  // Binding rule, or (nothing binds) the most junior rule that permits: the most specific word of the law.
  const rule = trace.binding?.rule ?? [...trace.rules].reverse().find((r) => r.outcome === 'permitted')?.rule ?? null;
  const rules = rule === null ? [] : [rule];
  return { action, outcome: trace.modality, rule, rules, citations: citationsOf(engine, rules), facts: [] };
}
