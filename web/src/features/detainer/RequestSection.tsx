import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { DocumentFingerprint } from './DocumentFingerprint';
import { useDetainerText } from './strings';

/** The request as ICE sent it, and the person (their personal data only when the API gives it). */
export function RequestSection({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { d, t, lang } = useDetainerText();
  const when = (iso: string) => <time dateTime={iso}>{formatInstant(iso, timeZone, lang)}</time>;
  const { subject } = view;
  const personal = subject.fullName !== null || subject.birthDate !== null || subject.aNumber !== null;
  return (
    <div className="detainer-columns">
      <section aria-labelledby="request-heading">
        <h2 id="request-heading">{d('request.heading')}</h2>
        <dl className="facts">
          <dt>{d('request.form')}</dt>
          <dd>{view.form}</dd>
          <dt>{d('request.edition')}</dt>
          <dd>{view.formEdition ?? '—'}</dd>
          <dt>{d('request.warrant')}</dt>
          <dd>{t(`warrant.${view.warrant}`)}</dd>
          <dt>{d('request.bases')}</dt>
          <dd>{view.probableCause.length > 0 ? view.probableCause.join(', ') : '—'}</dd>
          <dt>{d('request.asks')}</dt>
          <dd>{view.requestedActions.map((action) => t(`action.${action}`)).join(', ')}</dd>
          <dt>{d('request.office')}</dt>
          <dd>{view.issuingOffice ?? '—'}</dd>
          <dt>{d('request.federalReference')}</dt>
          <dd className="mono">{view.federalReference ?? '—'}</dd>
          <dt>{d('request.issued')}</dt>
          <dd>{when(view.issuedAt)}</dd>
          <dt>{d('request.received')}</dt>
          <dd>{when(view.receivedAt)}</dd>
          <dt>{t('document.heading')}</dt>
          <DocumentFingerprint document={view.document} />
        </dl>
      </section>
      <section aria-labelledby="person-heading">
        <h2 id="person-heading">{d('person.heading')}</h2>
        <dl className="facts">
          <dt>{d('person.reference')}</dt>
          <dd className="mono">{subject.reference}</dd>
          {subject.fullName !== null && (
            <>
              <dt>{d('person.name')}</dt>
              <dd>{subject.fullName}</dd>
            </>
          )}
          {subject.birthDate !== null && (
            <>
              <dt>{d('person.birthDate')}</dt>
              <dd>{subject.birthDate}</dd>
            </>
          )}
          {subject.aNumber !== null && (
            <>
              <dt>{d('person.aNumber')}</dt>
              <dd className="mono">{subject.aNumber}</dd>
            </>
          )}
        </dl>
        {personal && <p className="small muted">{d('person.readRecorded')}</p>}
        {view.identityConflict && view.identityConflict.resolution === null && (
          <p className="message message-warning">
            {d('person.conflict', { fields: view.identityConflict.fields.map((f) => f.field).join(', ') })}
          </p>
        )}
      </section>
    </div>
  );
}
