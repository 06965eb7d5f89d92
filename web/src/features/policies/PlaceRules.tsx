import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import { useLocation } from '../../shared/router';
import { formatLocalDate } from '../../shared/time';
import type { PlaceRulesDto } from '../../shared/types';
import { useApiGet } from '../../shared/useApiGet';
import { AtDateForm } from './AtDateForm';
import { atFrom, placeRulesPath } from './policiesApi';
import { RuleCard } from './RuleCard';

/** The rules in force in a state or county on a date: today, or the one in the address (?at=). */
export function PlaceRules({
  state,
  countyFips = null,
}: {
  readonly state: string;
  readonly countyFips?: string | null;
}) {
  const { lang, t } = useI18n();
  const { pathname, search } = useLocation();
  const at = atFrom(search);
  const answer = useApiGet<PlaceRulesDto>(placeRulesPath(state, countyFips, at));

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('policies.heading')}</h2>
      <AtDateForm
        pathname={pathname}
        value={answer.status === 'ok' ? answer.data.at : (at ?? '')}
        chosen={at !== null}
      />
      {answer.status === 'loading' && <Loading />}
      {answer.status === 'error' && <ErrorMessage error={answer.error} />}
      {answer.status === 'ok' && (
        <>
          <p>{t('policies.intro', { date: formatLocalDate(answer.data.at, lang) })}</p>
          {countyFips === null && <p className="small muted">{t('policies.stateNote')}</p>}
          {answer.data.rules.length === 0 ? (
            <p className="message message-note">{t('policies.none')}</p>
          ) : (
            <ul
              className="rule-list"
              aria-label={t('policies.caption', { date: formatLocalDate(answer.data.at, lang) })}
            >
              {answer.data.rules.map((rule) => (
                <li key={rule.id}>
                  <RuleCard rule={rule} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
