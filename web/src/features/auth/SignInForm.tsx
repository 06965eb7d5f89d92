import { useId, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import type { MeDto } from '../../shared/types';
import { signIn } from './authApi';

/** Email and password; calls onSignedIn with the account once the API accepts them. */
export function SignInForm({ onSignedIn }: { readonly onSignedIn: (me: MeDto) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      {error && <ErrorMessage error={error} />}
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
          onChange={(event) => setEmail(event.target.value)}
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
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
