import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import type { StepProps } from './common';

/** Enrolment, for a signed-in admin or supervisor without a factor (e.g. after a reload): the password again. */
export function EnrolPasswordStep({
  id,
  busy,
  errorBox,
  focusRef,
  onSubmit,
}: StepProps & { readonly onSubmit: (password: string) => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(password);
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2 ref={focusRef} tabIndex={-1}>
        {t('enrol.title')}
      </h2>
      {errorBox}
      <p>{t('enrol.required')}</p>
      <div className="field">
        <label htmlFor={`${id}-enrol-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-enrol-password`}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('enrol.start')}
      </button>
    </form>
  );
}
