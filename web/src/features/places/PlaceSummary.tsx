import { toApiError } from '../../shared/api';
import { usePlaceSummary } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { useLocation } from '../../shared/router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { readAt } from '../../shared/atParam';

/**
 * The top of a place page: what the law in force says, in plain words, on the date in the address
 * (?at=) or today. The sentences come from the API, generated from the engine's decisions in both
 * languages; this shows the reader's.
 */
export function PlaceSummary({
  state,
  countyFips = null,
}: {
  readonly state: string;
  readonly countyFips?: string | null;
}) {
  const { lang, t } = useI18n();
  const { search } = useLocation();
  // As the rules below it: a ?at= that is not a usable date shows today (the rules' notice says so).
  const asked = readAt(search);
  const answer = usePlaceSummary(state, countyFips, asked.kind === 'date' ? asked.at : null);

  return (
    <section aria-labelledby="summary-heading" className="place-summary">
      <h2 id="summary-heading">{t('summary.heading')}</h2>
      {answer.isPending && <Loading />}
      {answer.isError && <ErrorMessage error={toApiError(answer.error)} />}
      {answer.isSuccess && (
        <>
          <p className="summary-lead">{answer.data.lead[lang]}</p>
          <p className="small muted">
            {answer.data.request === null
              ? t('summary.noRequest')
              : t('summary.request', {
                  form: answer.data.request.form,
                  edition: answer.data.request.formEdition,
                  warrant: t(`summary.warrant.${answer.data.request.warrant}`),
                })}
          </p>
          <details className="summary-profiles">
            <summary>{t('summary.byProfile')}</summary>
            <ul>
              {answer.data.profiles.map((p) => (
                <li key={p.profile}>{p.sentence[lang]}</li>
              ))}
            </ul>
          </details>
          <p className="small muted">{t('summary.generated')}</p>
        </>
      )}
    </section>
  );
}
