import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import { CODE_PATTERN, type StepProps } from './common';

/** Enrolment: the new secret (shown once) and the first code from the app to activate it. */
export function EnrolConfirmStep({
  id,
  busy,
  errorBox,
  focusRef,
  secret,
  uri,
  onSubmit,
}: StepProps & { readonly secret: string; readonly uri: string; readonly onSubmit: (code: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const hintId = `${id}-enrol-hint`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(code.trim());
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2 ref={focusRef} tabIndex={-1}>
        {t('enrol.title')}
      </h2>
      {errorBox}
      <p>{t('enrol.required')}</p>
      <p>{t('enrol.secretIntro')}</p>
      <dl className="secret-details">
        <dt>{t('enrol.secret')}</dt>
        <dd>
          <code className="mono secret">{secret}</code>
        </dd>
        <dt>{t('enrol.uri')}</dt>
        <dd>
          <code className="mono secret">{uri}</code>
        </dd>
      </dl>
      <div className="field">
        <label htmlFor={`${id}-enrol-code`}>{t('enrol.codeLabel')}</label>
        <input
          id={`${id}-enrol-code`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern={CODE_PATTERN}
          required
          maxLength={6}
          aria-describedby={hintId}
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <p id={hintId} className="small muted">
          {t('signIn.code.hint')}
        </p>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('enrol.confirm')}
      </button>
    </form>
  );
}
