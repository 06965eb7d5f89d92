import { toApiError } from '../../shared/api';
import { usePlaceRules } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { useLocation } from '../../shared/router';
import { formatLocalDate } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { AtDateForm } from './AtDateForm';
import { AtDateNotice } from './AtDateNotice';
import { readAt } from '../../shared/atParam';
import { placeHref } from './policiesApi';
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
  const { search } = useLocation();
  // A ?at= that is not a date the API answers for shows today, and says so (AtDateNotice).
  const asked = readAt(search);
  const at = asked.kind === 'date' ? asked.at : null;
  const answer = usePlaceRules(state, countyFips, at === null ? {} : { at });

  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('policies.heading')}</h2>
      <AtDateForm
        hrefAt={(date) => placeHref(state, countyFips, date)}
        value={answer.isSuccess ? answer.data.at : (at ?? '')}
        chosen={asked.kind !== 'today'}
      />
      {answer.isPending && <Loading />}
      {answer.isError && <ErrorMessage error={toApiError(answer.error)} />}
      {answer.isSuccess && (
        <>
          <AtDateNotice asked={asked} shown={answer.data.at} reviewedThrough={answer.data.reviewedThrough} />
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
