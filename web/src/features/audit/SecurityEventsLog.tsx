import { useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useSecurityEvents } from '../../shared/api/hooks';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import type { SecurityEventQueryDto } from '../../shared/types';
import { EVENTS_PAGE } from './auditSearch';

/** The security event kinds of the API (src/core/auth/security-event.ports.ts), in its order. */
export const SECURITY_EVENT_KINDS = [
  'sign-in.succeeded',
  'sign-in.failed',
  'sign-in.second-factor-asked',
  'sign-in.refused',
  'account.locked',
  'address.locked',
  'account.unlocked',
  'user.added',
  'user.changed',
  'user.disabled',
  'user.enabled',
  'user.password-set',
  'session.revoked',
  'token.created',
  'token.revoked',
  'second-factor.enrolment-started',
  'second-factor.enabled',
  'second-factor.disabled',
  'second-factor.reset',
] as const;

type Kind = NonNullable<SecurityEventQueryDto['kind']>;
/** Fails to compile when the API gains a kind this list (and the dictionary) lacks. */
type Unlisted = Exclude<Kind, (typeof SECURITY_EVENT_KINDS)[number]>;
export const EVERY_KIND_LISTED: [Unlisted] extends [never] ? true : never = true;
const isKind = (value: string): value is Kind => (SECURITY_EVENT_KINDS as readonly string[]).includes(value);

function eventsQuery(kind: string, offset: number): SecurityEventQueryDto {
  return { ...(isKind(kind) ? { kind } : {}), limit: EVENTS_PAGE, offset };
}

interface SecurityEventsLogProps {
  readonly kind: string;
  readonly offset: number;
  readonly timeZone: string;
  readonly keep: Readonly<Record<string, string>>;
}

/** The agency's security events, newest first: kind filter and page in the URL, kinds in words. */
export function SecurityEventsLog({ kind, offset, timeZone, keep }: SecurityEventsLogProps) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(kind);
  const events = useSecurityEvents(eventsQuery(kind, offset));
  const kindText = (value: string) => {
    const key = `audit.kind.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  const countKey = (n: number) =>
    new Intl.PluralRules(lang).select(n) === 'one' ? 'audit.events.count.one' : 'audit.events.count.other';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href('audit', {}, { ...keep, kind: draft }));
  };

  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">{t('audit.events.title')}</h2>
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor="events-kind">{t('audit.events.kind')}</label>
          <select id="events-kind" name="kind" value={draft} onChange={(e) => setDraft(e.target.value)}>
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
          <p>{t(countKey(events.data.total), { count: events.data.total.toLocaleString(lang) })}</p>
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
            hrefAt={(next) => href('audit', {}, { ...keep, kind, eventsOffset: next })}
          />
        </>
      )}
    </section>
  );
}
