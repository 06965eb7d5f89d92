import type { ProfileId } from './person-profiles.js';
import type { ActionSummary, ProfileSummary } from './plain-summary.types.js';
import {
  ACTION_PRONOUN,
  ACTION_WORDS,
  EVERYONE,
  MODAL,
  PROFILE_WORDS,
  factWords,
  orList,
  type Lang,
} from './plain-summary.words.js';
import { ACTIONS } from './policy.types.js';

/**
 * The summary's sentences in English and Spanish, built from decided actions (plain-summary.ts):
 * one per profile, and the lead across profiles, action by action.
 */

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
export function profileSentence(profile: ProfileId, actions: readonly ActionSummary[], lang: Lang): string {
  const who = PROFILE_WORDS[profile][lang].one;
  const parts = actions.map((a) => pronounClause(a, lang));
  return lang === 'en' ? `For ${who}, a jail ${parts.join('; it ')}.` : `Para ${who}, una cárcel ${parts.join('; ')}.`;
}

/**
 * Across profiles, action by action: profiles the law treats alike (same outcome, same rule, same
 * facts) are named together; when all are alike, "anyone".
 */
export function leadSentence(opening: string, profiles: readonly ProfileSummary[], lang: Lang): string {
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
