import { addDays, startOfLocalDay } from '../clock/local-calendar.js';
import type { Decision } from './decision.types.js';
import type { SubjectFacts } from './facts.js';
import type { EngineError } from './engine-errors.js';
import { evaluate, type EngineContext } from './evaluate.js';
import {
  PERSON_PROFILES,
  standardRequest,
  type PersonProfile,
  type ProfileId,
  type StandardRequest,
} from './person-profiles.js';
import {
  ACTION_PRONOUN,
  ACTION_WORDS,
  EVERYONE,
  LANGS,
  MODAL,
  PROFILE_WORDS,
  factWords,
  orList,
  placeWords,
  whenWords,
  type Lang,
} from './plain-summary.words.js';
import type { Result } from '../shared/result.js';
import { ACTIONS, type Action, type Citation } from './policy.types.js';

/**
 * The plain-language summary of the law in a place on a day (issue 12, point 3): for each profile
 * of person and each action, what the law says, from the engine's decision and the rule that
 * decides it, in English and Spanish. Nothing here is written per place: every sentence is built
 * from a decision.
 */

/** What the law says of one action for one profile: a modality, or why there is none. */
export const OUTCOMES = ['required', 'permitted', 'forbidden', 'undecided', 'conflict', 'not-asked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface ActionSummary {
  readonly action: Action;
  readonly outcome: Outcome;
  /**
   * The rule the sentence cites: the binding rule (required, forbidden), the most specific rule that
   * permits (permitted), or null. Undecided and conflicting answers cite every rule involved in `rules`.
   */
  readonly rule: string | null;
  readonly rules: readonly string[];
  /** The first citation of each rule in `rules`: what the sentence names. */
  readonly citations: readonly Citation[];
  /** Undecided: the facts that decide, sorted. */
  readonly facts: readonly string[];
}

export type Words = Readonly<Record<Lang, string>>;

export interface ProfileSummary {
  readonly profile: ProfileId;
  readonly label: Words;
  readonly actions: readonly ActionSummary[];
  readonly sentence: Words;
}

export interface PlainSummary {
  readonly at: string;
  readonly today: boolean;
  readonly agencyKind: 'county-jail';
  /** The ordinary request of that day the decisions answer; null when no form was in use. */
  readonly request: StandardRequest | null;
  /** One sentence across profiles, action by action. */
  readonly lead: Words;
  readonly profiles: readonly ProfileSummary[];
}

export interface SummaryPlace {
  readonly state: string;
  readonly stateFips: string;
  readonly stateName: string;
  readonly countyFips: string | null;
  readonly countyName: string | null;
  readonly zone: string;
}

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
  convictions: [
    [],
    [
      {
        date: addDays(at, -365),
        level: 'felony',
        categories: ['serious-felony', 'violent-felony', 'state-prison-felony', 'nyc-violent-or-serious'],
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

function cite(a: ActionSummary): string {
  return a.citations.length === 0 ? '' : ` (${a.citations.map((c) => c.title).join('; ')})`;
}

/** One action for a group of persons (`who`), in the reader's language. */
function clause(a: ActionSummary, who: string, lang: Lang): string {
  return said(a, ACTION_WORDS[a.action][lang](who), lang);
}

/** What the law says of an action, around its verb phrase ("hold them on an ICE detainer"). */
function said(a: ActionSummary, verb: string, lang: Lang): string {
  switch (a.outcome) {
    case 'required':
    case 'permitted':
    case 'forbidden':
      return `${MODAL[a.outcome][lang]} ${verb}${cite(a)}`;
    case 'undecided': {
      const facts = orList(
        a.facts.map((f) => factWords(f, lang)),
        lang,
      );
      return lang === 'en'
        ? `may or may not ${verb}: that depends on ${facts}${cite(a)}`
        : `puede o no ${verb}: depende ${facts}${cite(a)}`;
    }
    case 'conflict':
      return lang === 'en'
        ? `faces rules that conflict on whether to ${verb}${cite(a)}`
        : `tiene normas contradictorias sobre si ${verb}${cite(a)}`;
    case 'not-asked':
      return lang === 'en'
        ? `is not asked to ${verb} by the request form in use`
        : `no recibe en el formulario en uso la petición de ${verb}`;
  }
}

function pronounClause(a: ActionSummary, lang: Lang): string {
  return said(a, ACTION_PRONOUN[a.action][lang], lang);
}

/** "For a person with no criminal record, a jail may not hold them …; may not tell ICE …; …." */
function profileSentence(profile: ProfileId, actions: readonly ActionSummary[], lang: Lang): string {
  const who = PROFILE_WORDS[profile][lang].one;
  const parts = actions.map((a) => pronounClause(a, lang));
  return lang === 'en' ? `For ${who}, a jail ${parts.join('; it ')}.` : `Para ${who}, una cárcel ${parts.join('; ')}.`;
}

/**
 * Across profiles, action by action: profiles the law treats alike (same outcome, same rule, same
 * facts) are named together; when all are alike, "anyone".
 */
function leadSentence(opening: string, profiles: readonly ProfileSummary[], lang: Lang): string {
  const clauses = ACTIONS.map((action) => {
    const groups = new Map<string, { a: ActionSummary; ids: ProfileId[] }>();
    for (const p of profiles) {
      const a = p.actions.find((x) => x.action === action)!;
      const key = `${a.outcome}|${a.rules.join(',')}|${a.facts.join(',')}`;
      const group = groups.get(key) ?? { a, ids: [] };
      group.ids.push(p.profile);
      groups.set(key, group);
    }
    const all = [...groups.values()];
    if (all.length === 1) {
      const { a } = all[0]!;
      const everyone =
        a.outcome === 'required' || a.outcome === 'permitted' || a.outcome === 'forbidden'
          ? EVERYONE[a.outcome][lang]
          : lang === 'en'
            ? 'anyone'
            : 'cualquier persona';
      return clause(a, everyone, lang);
    }
    return all
      .map(({ a, ids }) =>
        clause(
          a,
          orList(
            ids.map((id) => PROFILE_WORDS[id][lang].many),
            lang,
          ),
          lang,
        ),
      )
      .join(lang === 'en' ? ', and ' : ', y ');
  });
  return lang === 'en'
    ? `${opening}, a jail ${clauses.join('; it ')}.`
    : `${opening}, una cárcel ${clauses.join('; ')}.`;
}
