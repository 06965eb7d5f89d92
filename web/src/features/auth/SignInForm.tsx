import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import type { MeDto } from '../../shared/types';
import { confirmSecondFactor, enrolSecondFactor, fetchMe, signIn } from './authApi';
import { mustEnrolSecondFactor } from './session';

type Step =
  | { readonly kind: 'credentials' }
  /** The password was right; the account has a second factor: its code, or a recovery code. */
  | { readonly kind: 'second-factor'; readonly recovery: boolean }
  /** A signed-in user who must enrol (e.g. after a reload): the password again, to start. */
  | { readonly kind: 'enrol-password' }
  | { readonly kind: 'enrol'; readonly secret: string; readonly uri: string }
  | { readonly kind: 'recovery-codes'; readonly codes: readonly string[] };

const CODE_PATTERN = '[0-9]{6}';

/**
 * Sign-in in steps: email and password; then the second factor's code when the account has one;
 * for an admin or supervisor without one, enrolment (secret, first code, recovery codes) before the
 * desk opens. Calls onSignedIn once the session may do everything its role allows. Each new step
 * moves the focus to its heading or field; errors are announced (role="alert").
 */
export function SignInForm({
  onSignedIn,
  startWithEnrolment = false,
}: {
  readonly onSignedIn: (me: MeDto) => void;
  /** The session exists but must enrol a second factor first. */
  readonly startWithEnrolment?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [step, setStep] = useState<Step>(startWithEnrolment ? { kind: 'enrol-password' } : { kind: 'credentials' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const focusTarget = useRef<HTMLElement | null>(null);
  const firstRender = useRef(true);
  const stepKey = step.kind === 'second-factor' ? `second-factor-${step.recovery}` : step.kind;

  useEffect(() => {
    if (firstRender.current && !startWithEnrolment) {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    focusTarget.current?.focus();
  }, [stepKey, startWithEnrolment]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const startEnrolment = async (currentPassword: string) => {
    const { secret, uri } = await enrolSecondFactor(currentPassword);
    setCode('');
    setStep({ kind: 'enrol', secret, uri });
  };

  const signedIn = async (me: MeDto) => {
    if (mustEnrolSecondFactor(me)) await startEnrolment(password);
    else onSignedIn(me);
  };

  const submitCredentials = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      try {
        await signedIn(await signIn(email.trim(), password));
      } catch (caught) {
        if (toApiError(caught).code !== 'AUTH.SECOND_FACTOR_REQUIRED') throw caught;
        setCode('');
        setStep({ kind: 'second-factor', recovery: false });
      }
    });
  };

  const submitSecondFactor = (event: FormEvent<HTMLFormElement>, recovery: boolean) => {
    event.preventDefault();
    void run(async () =>
      signedIn(
        await signIn(email.trim(), password, recovery ? { recoveryCode: recoveryCode.trim() } : { code: code.trim() }),
      ),
    );
  };

  const submitEnrolPassword = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(() => startEnrolment(password));
  };

  const submitConfirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => {
      const { recoveryCodes } = await confirmSecondFactor(code.trim());
      setPassword('');
      setStep({ kind: 'recovery-codes', codes: recoveryCodes });
    });
  };

  const finish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run(async () => onSignedIn(await fetchMe()));
  };

  const headingRef = (element: HTMLHeadingElement | null) => {
    focusTarget.current = element;
  };
  const fieldRef = (element: HTMLInputElement | null) => {
    focusTarget.current = element;
  };
  // A wrong code answers AUTH.INVALID_CREDENTIALS: say "code", not "email or password", in every language.
  const errorBox =
    error &&
    (step.kind !== 'credentials' && error.code === 'AUTH.INVALID_CREDENTIALS' ? (
      <div className="message message-error" role="alert">
        <p>{t(step.kind === 'second-factor' && step.recovery ? 'signIn.recovery.wrong' : 'signIn.code.wrong')}</p>
      </div>
    ) : (
      <ErrorMessage error={error} />
    ));

  if (step.kind === 'second-factor') {
    const hintId = `${id}-code-hint`;
    return (
      <form className="form" onSubmit={(event) => submitSecondFactor(event, step.recovery)} aria-busy={busy}>
        <h2>{t('signIn.code.title')}</h2>
        {errorBox}
        <p id={hintId}>{t(step.recovery ? 'signIn.recovery.hint' : 'signIn.code.hint')}</p>
        {step.recovery ? (
          <div className="field">
            <label htmlFor={`${id}-recovery`}>{t('signIn.recovery.label')}</label>
            <input
              ref={fieldRef}
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
              ref={fieldRef}
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
        <button
          type="button"
          className="button-link"
          onClick={() => {
            setError(null);
            setStep({ kind: 'second-factor', recovery: !step.recovery });
          }}
        >
          {t(step.recovery ? 'signIn.code.useApp' : 'signIn.code.useRecovery')}
        </button>
      </form>
    );
  }

  if (step.kind === 'enrol-password') {
    return (
      <form className="form" onSubmit={submitEnrolPassword} aria-busy={busy}>
        <h2 ref={headingRef} tabIndex={-1}>
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

  if (step.kind === 'enrol') {
    const hintId = `${id}-enrol-hint`;
    return (
      <form className="form" onSubmit={submitConfirm} aria-busy={busy}>
        <h2 ref={headingRef} tabIndex={-1}>
          {t('enrol.title')}
        </h2>
        {errorBox}
        <p>{t('enrol.required')}</p>
        <p>{t('enrol.secretIntro')}</p>
        <dl className="secret-details">
          <dt>{t('enrol.secret')}</dt>
          <dd>
            <code className="mono secret">{step.secret}</code>
          </dd>
          <dt>{t('enrol.uri')}</dt>
          <dd>
            <code className="mono secret">{step.uri}</code>
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

  if (step.kind === 'recovery-codes') {
    const listId = `${id}-codes`;
    return (
      <form className="form" onSubmit={finish} aria-busy={busy}>
        <h2 ref={headingRef} tabIndex={-1} id={`${listId}-title`}>
          {t('recovery.title')}
        </h2>
        {errorBox}
        <p>{t('recovery.intro')}</p>
        <ul className="recovery-codes mono" aria-labelledby={`${listId}-title`}>
          {step.codes.map((recovery) => (
            <li key={recovery}>{recovery}</li>
          ))}
        </ul>
        <div className="checkbox">
          <input
            id={`${id}-saved`}
            type="checkbox"
            checked={saved}
            onChange={(event) => setSaved(event.target.checked)}
          />
          <label htmlFor={`${id}-saved`}>{t('recovery.saved')}</label>
        </div>
        <button type="submit" className="button button-primary" disabled={busy || !saved}>
          {t('recovery.continue')}
        </button>
      </form>
    );
  }

  return (
    <form className="form" onSubmit={submitCredentials} aria-busy={busy}>
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
