import { useMemo } from 'react';
import { toApiError } from '../../shared/api';
import { useReleases } from '../../shared/api/explorerHooks';
import { useI18n } from '../../shared/i18n';
import { useLocation } from '../../shared/router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { ExplorerForm } from './ExplorerForm';
import { ExplorerResult } from './ExplorerResult';
import { parseExplorerSearch } from './explorerState';
import './data.css';

/**
 * /data — the data explorer (issue 12, point 4): ICE's FOIA detainer records counted by the groupings
 * and filters chosen, from the releases chosen, as a chart and its table with downloads and the API
 * URL. The whole view is in the address. Releases that cover the same months are never added up: each month
 * comes from the newest release covering it, and the page says which release each period comes from.
 */
export function DataPage() {
  const { t } = useI18n();
  usePageTitle(t('data.title'));
  const { search } = useLocation();
  const text = search.toString();
  const { state, ignored } = useMemo(() => parseExplorerSearch(new URLSearchParams(text)), [text]);
  const releases = useReleases();
  return (
    <article className="page-wide data-page">
      <h1>{t('data.title')}</h1>
      <p className="lede">{t('data.intro')}</p>
      {ignored.length > 0 && (
        <p className="message message-warning" role="status">
          {t('data.ignored', { names: ignored.join(', ') })}
        </p>
      )}
      {releases.isPending ? (
        <Loading />
      ) : releases.isError ? (
        <ErrorMessage error={toApiError(releases.error)} />
      ) : (
        <>
          <ExplorerForm key={text} state={state} releases={releases.data} />
          <section aria-labelledby="data-result-heading" className="explorer-result">
            <h2 id="data-result-heading">{t('data.result')}</h2>
            {releases.data.releases.length === 0 ? (
              <p className="message message-note">{t('data.noReleases')}</p>
            ) : (
              <ExplorerResult state={state} />
            )}
          </section>
        </>
      )}
    </article>
  );
}
