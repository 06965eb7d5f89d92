import { toApiError } from '../../shared/api';
import { useDetainerStats } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';

/** The imported releases, as the statistics API names them (the source stamp of every figure). */
export function AboutReleases() {
  const { lang, t } = useI18n();
  const answer = useDetainerStats({});
  return (
    <section aria-labelledby="about-releases">
      <h2 id="about-releases">{t('about.releases')}</h2>
      {answer.isPending ? (
        <Loading />
      ) : answer.isError ? (
        <ErrorMessage error={toApiError(answer.error)} />
      ) : answer.data.releases.length === 0 ? (
        <p className="message message-note">{t('stats.noReleases')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('about.releases.caption')}>
          <table className="release-table">
            <caption>{t('about.releases.caption')}</caption>
            <thead>
              <tr>
                {(['release', 'dataset', 'file', 'sha', 'imported', 'records'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`about.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.data.releases.map((r) => (
                <tr key={r.id} data-release={r.id}>
                  <th scope="row">{r.id}</th>
                  <td>
                    {r.dataset === 'synthetic' ? (
                      <span className="synthetic-label">{t('about.synthetic')}</span>
                    ) : (
                      r.dataset
                    )}
                  </td>
                  <td className="mono">{r.sourceFile}</td>
                  <td className="mono sha">{r.sha256}</td>
                  <td>{formatLocalDate(r.importedAt.slice(0, 10), lang)}</td>
                  <td className="num">{r.rowsLoaded.toLocaleString(lang === 'es' ? 'es-US' : 'en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
