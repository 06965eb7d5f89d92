import type { FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useSecurityEvents } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import type { SecurityEventQueryDto } from '../../shared/types';
import { useUrlFilters } from '../../shared/useUrlFilters';
import { auditAt, EVENTS_PAGE, EVENTS_SEARCH } from './auditSearch';
import {
  isSecurityEventKind,
  SECURITY_EVENT_KINDS,
  type SecurityEventKind,
} from '../../shared/messages/securityEvents';

function eventsQuery(kind: SecurityEventKind | '', offset: number): SecurityEventQueryDto {
  return { ...(kind === '' ? {} : { kind }), limit: EVENTS_PAGE, offset };
}

/** The agency's security events, newest first: kind filter and page in the URL, kinds in words. */
export function SecurityEventsLog({ timeZone }: { readonly timeZone: string }) {
  const { t, lang, plural } = useI18n();
  const { filters, offset, apply, pageHref } = useUrlFilters(EVENTS_SEARCH, auditAt);
  const { kind } = filters;
  const events = useSecurityEvents(eventsQuery(kind, offset));
  const kindText = (value: SecurityEventKind) => t(`audit.kind.${value}`);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get('kind') ?? '');
    apply({ kind: isSecurityEventKind(chosen) ? chosen : '' });
  };

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('audit.events.title')}</h2>
      <form key={kind} className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor="events-kind">{t('audit.events.kind')}</label>
          <select id="events-kind" name="kind" defaultValue={kind}>
            <option value="">{t('audit.events.anyKind')}</option>
            {SECURITY_EVENT_KINDS.map((value) => (
              <option key={value} value={value}>
                {kindText(value)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('audit.events.apply')}
          </button>
        </div>
      </form>
      {events.isPending ? (
        <Loading />
      ) : events.error ? (
        <ErrorMessage error={toApiError(events.error)} />
      ) : events.data.events.length === 0 ? (
        <p className="message message-note">{t('audit.events.empty')}</p>
      ) : (
        <>
          <p>{plural('audit.events.count', events.data.total)}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="events-caption">
            <table className="stack-table stack-compact">
              <caption id="events-caption">{t('audit.events.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.events.col.at')}</th>
                  <th scope="col">{t('audit.events.col.kind')}</th>
                  <th scope="col">{t('audit.events.col.user')}</th>
                  <th scope="col">{t('audit.events.col.by')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.events.map((event) => (
                  <tr key={event.id}>
                    <td data-label={t('audit.events.col.at')}>{formatInstant(event.occurredAt, timeZone, lang)}</td>
                    <td data-label={t('audit.events.col.kind')}>{kindText(event.kind)}</td>
                    <td data-label={t('audit.events.col.user')} className="break">
                      {event.userEmail ?? t('audit.events.unknownEmail')}
                    </td>
                    <td data-label={t('audit.events.col.by')}>
                      {event.actorId ? t('audit.events.byAdmin') : t('audit.events.byUser')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paging
            label={t('audit.events.title')}
            total={events.data.total}
            limit={EVENTS_PAGE}
            offset={offset}
            hrefAt={pageHref}
          />
        </>
      )}
    </section>
  );
}
