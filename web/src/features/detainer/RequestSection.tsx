import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { DocumentFingerprint } from './DocumentFingerprint';
import { useI18n } from '../../shared/i18n';

/** The request as ICE sent it, and the person (their personal data only when the API gives it). */
export function RequestSection({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const when = (iso: string) => <time dateTime={iso}>{formatInstant(iso, timeZone, lang)}</time>;
  const { subject } = view;
  const personal = subject.fullName !== null || subject.birthDate !== null || subject.aNumber !== null;
  return (
    <div className="detainer-columns">
      <section aria-labelledby="request-heading">
        <h2 id="request-heading">{t('detainer.request.heading')}</h2>
        <dl className="facts">
          <dt>{t('detainer.request.form')}</dt>
          <dd>{view.form}</dd>
          <dt>{t('detainer.request.edition')}</dt>
          <dd>{view.formEdition ?? '—'}</dd>
          <dt>{t('detainer.request.warrant')}</dt>
          <dd>{t(`warrant.${view.warrant}`)}</dd>
          <dt>{t('detainer.request.bases')}</dt>
          <dd>{view.probableCause.length > 0 ? view.probableCause.join(', ') : '—'}</dd>
          <dt>{t('detainer.request.asks')}</dt>
          <dd>{view.requestedActions.map((action) => t(`action.${action}`)).join(', ')}</dd>
          <dt>{t('detainer.request.office')}</dt>
          <dd>{view.issuingOffice ?? '—'}</dd>
          <dt>{t('detainer.request.federalReference')}</dt>
          <dd className="mono">{view.federalReference ?? '—'}</dd>
          <dt>{t('detainer.request.issued')}</dt>
          <dd>{when(view.issuedAt)}</dd>
          <dt>{t('detainer.request.received')}</dt>
          <dd>{when(view.receivedAt)}</dd>
          <dt>{t('document.heading')}</dt>
          <DocumentFingerprint document={view.document} />
        </dl>
      </section>
      <section aria-labelledby="person-heading">
        <h2 id="person-heading">{t('detainer.person.heading')}</h2>
        <dl className="facts">
          <dt>{t('detainer.person.reference')}</dt>
          <dd className="mono">{subject.reference}</dd>
          {subject.fullName !== null && (
            <>
              <dt>{t('detainer.person.name')}</dt>
              <dd>{subject.fullName}</dd>
            </>
          )}
          {subject.birthDate !== null && (
            <>
              <dt>{t('detainer.person.birthDate')}</dt>
              <dd>{subject.birthDate}</dd>
            </>
          )}
          {subject.aNumber !== null && (
            <>
              <dt>{t('detainer.person.aNumber')}</dt>
              <dd className="mono">{subject.aNumber}</dd>
            </>
          )}
        </dl>
        {personal && <p className="small muted">{t('detainer.person.readRecorded')}</p>}
        {view.identityConflict && view.identityConflict.resolution === null && (
          <p className="message message-warning">
            {t('detainer.person.conflict', { fields: view.identityConflict.fields.map((f) => f.field).join(', ') })}
          </p>
        )}
      </section>
    </div>
  );
}
