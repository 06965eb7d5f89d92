import { usePersonalDataReads } from '../../shared/api/auditHooks';
import { toApiError } from '../../shared/api';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { useUrlFilters } from '../../shared/useUrlFilters';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import { auditAt, READS_PAGE, READS_SEARCH, readsQuery } from './auditSearch';
import { ReadFiltersForm } from './ReadFilters';

/** The log of personal-data reads: filters in the URL (the page's other parameters kept), each read linking to its request, paging. */
export function ReadsLog({ timeZone }: { readonly timeZone: string }) {
  const { t, lang, plural } = useI18n();
  const { filters, offset, apply, hrefWith, pageHref } = useUrlFilters(READS_SEARCH, auditAt);
  const reads = usePersonalDataReads(readsQuery(filters, offset, timeZone));
  // The readers to filter by: those of the latest reads (auditors cannot list the agency's users).
  const recent = usePersonalDataReads({ limit: 500 });
  const readers = new Map<string, string>();
  for (const read of recent.data?.reads ?? []) readers.set(read.userId, read.userEmail ?? t('audit.unknownUser'));
  for (const read of reads.data?.reads ?? []) readers.set(read.userId, read.userEmail ?? t('audit.unknownUser'));
  const users = [...readers].map(([id, email]) => ({ id, email })).sort((a, b) => a.email.localeCompare(b.email));
  const word = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);

  return (
    <section aria-labelledby="reads-heading">
      <h2 id="reads-heading">{t('audit.reads.title')}</h2>
      <p className="muted">{t('audit.reads.intro')}</p>
      <ReadFiltersForm
        key={JSON.stringify(filters)}
        filters={filters}
        users={users}
        onApply={apply}
        clearHref={hrefWith({})}
      />
      {reads.isPending ? (
        <Loading />
      ) : reads.error ? (
        <ErrorMessage error={toApiError(reads.error)} />
      ) : reads.data.reads.length === 0 ? (
        <p className="message message-note" role="status">
          {t('audit.reads.empty')}
        </p>
      ) : (
        <>
          <p role="status">{plural('audit.reads.count', reads.data.total)}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="reads-caption">
            <table className="stack-table stack-compact">
              <caption id="reads-caption">{t('audit.reads.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.reads.col.at')}</th>
                  <th scope="col">{t('audit.reads.col.user')}</th>
                  <th scope="col">{t('audit.reads.col.detainer')}</th>
                  <th scope="col">{t('audit.reads.col.purpose')}</th>
                  <th scope="col">{t('audit.reads.col.channel')}</th>
                </tr>
              </thead>
              <tbody>
                {reads.data.reads.map((read) => (
                  <tr key={read.id}>
                    <td data-label={t('audit.reads.col.at')}>{formatInstant(read.at, timeZone, lang)}</td>
                    <td data-label={t('audit.reads.col.user')} className="break">
                      {read.userEmail ?? t('audit.unknownUser')}
                    </td>
                    <td data-label={t('audit.reads.col.detainer')}>
                      <Link
                        to={href('detainer', { id: read.detainerId })}
                        aria-label={t('audit.reads.open', { id: read.detainerId })}
                        className="mono"
                      >
                        {read.detainerId.slice(0, 8)}
                      </Link>
                    </td>
                    <td data-label={t('audit.reads.col.purpose')}>
                      {word(`audit.purpose.${read.purpose}`, read.purpose)}
                    </td>
                    <td data-label={t('audit.reads.col.channel')}>
                      {word(`audit.channel.${read.channel ?? 'unknown'}`, read.channel ?? '')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paging
            label={t('audit.reads.title')}
            total={reads.data.total}
            limit={READS_PAGE}
            offset={offset}
            hrefAt={pageHref}
          />
        </>
      )}
    </section>
  );
}
