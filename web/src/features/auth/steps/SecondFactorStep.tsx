import { useState, type FormEvent } from 'react';
import type { SecondFactorProof } from '../signInFlow';
import { useI18n } from '../../../shared/i18n';
import { CODE_PATTERN, type StepProps } from './common';

/** Step 2 (accounts with a second factor): the authenticator app's code, or a recovery code. */
export function SecondFactorStep({
  id,
  busy,
  errorBox,
  focusRef,
  recovery,
  onToggleRecovery,
  onSubmit,
}: StepProps & {
  readonly recovery: boolean;
  readonly onToggleRecovery: () => void;
  readonly onSubmit: (proof: SecondFactorProof) => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const hintId = `${id}-code-hint`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(recovery ? { recoveryCode: recoveryCode.trim() } : { code: code.trim() });
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2>{t('signIn.code.title')}</h2>
      {errorBox}
      <p id={hintId}>{t(recovery ? 'signIn.recovery.hint' : 'signIn.code.hint')}</p>
      {recovery ? (
        <div className="field">
          <label htmlFor={`${id}-recovery`}>{t('signIn.recovery.label')}</label>
          <input
            ref={focusRef}
            id={`${id}-recovery`}
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={64}
            aria-describedby={hintId}
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.target.value)}
          />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('signIn.code.label')}</label>
          <input
            ref={focusRef}
            id={`${id}-code`}
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
        </div>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('signIn.code.submit')}
      </button>
      <button type="button" className="button-link" onClick={onToggleRecovery}>
        {t(recovery ? 'signIn.code.useApp' : 'signIn.code.useRecovery')}
      </button>
    </form>
  );
}
