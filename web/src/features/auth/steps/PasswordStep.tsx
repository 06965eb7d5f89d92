import type { FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import type { StepProps } from './common';

/** Step 1: email and password. */
export function PasswordStep({
  id,
  busy,
  errorBox,
  email,
  password,
  onEmail,
  onPassword,
  onSubmit,
}: Omit<StepProps, 'focusRef'> & {
  readonly email: string;
  readonly password: string;
  readonly onEmail: (value: string) => void;
  readonly onPassword: (value: string) => void;
  readonly onSubmit: () => void;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      {errorBox}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
        <input
          id={`${id}-email`}
          type="email"
          name="email"
          autoComplete="username"
          required
          maxLength={254}
          value={email}
          onChange={(event) => onEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          value={password}
          onChange={(event) => onPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
