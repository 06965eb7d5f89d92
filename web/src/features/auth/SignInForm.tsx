import { useEffect, useId, useRef, useState } from 'react';
import { confirmSecondFactor, enrolSecondFactor, getMe, signIn, toApiError, type ApiError } from '../../shared/api';
import { useI18n } from '../../shared/i18n';
import { mustEnrolSecondFactor } from '../../shared/session';
import type { MeDto } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { stepKey, type SecondFactorProof, type Step } from './signInFlow';
import { EnrolConfirmStep } from './steps/EnrolConfirmStep';
import { EnrolPasswordStep } from './steps/EnrolPasswordStep';
import { PasswordStep } from './steps/PasswordStep';
import { RecoveryCodesStep } from './steps/RecoveryCodesStep';
import { SecondFactorStep } from './steps/SecondFactorStep';

/**
 * Sign-in in steps (one component each, in ./steps): email and password; then the second factor's
 * code when the account has one; for an admin or supervisor without one, enrolment (secret, first
 * code, recovery codes) before the desk opens. Calls onSignedIn once the session may do everything
 * its role allows. Each new step moves the focus to its heading or field; after a failed attempt
 * (mouse or keyboard) the focus moves to the error, which is announced (role="alert").
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const focusTarget = useRef<HTMLElement | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  const key = stepKey(step);

  useEffect(() => {
    if (firstRender.current && !startWithEnrolment) {
      firstRender.current = false;
      return;
    }
    firstRender.current = false;
    focusTarget.current?.focus();
  }, [key, startWithEnrolment]);

  // A failed attempt: the focus goes to the error message, never to the page body.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

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
    setStep({ kind: 'enrol', secret, uri });
  };

  const signedIn = async (me: MeDto) => {
    if (mustEnrolSecondFactor(me)) await startEnrolment(password);
    else onSignedIn(me);
  };

  const submitCredentials = () =>
    void run(async () => {
      try {
        await signedIn(await signIn({ email: email.trim(), password }));
      } catch (caught) {
        if (toApiError(caught).code !== 'AUTH.SECOND_FACTOR_REQUIRED') throw caught;
        setStep({ kind: 'second-factor', recovery: false });
      }
    });

  const submitSecondFactor = (proof: SecondFactorProof) =>
    void run(async () => signedIn(await signIn({ email: email.trim(), password, ...proof })));

  const submitEnrolPassword = (current: string) => {
    setPassword(current);
    void run(() => startEnrolment(current));
  };

  const submitConfirm = (code: string) =>
    void run(async () => {
      const { recoveryCodes } = await confirmSecondFactor(code);
      setPassword('');
      setStep({ kind: 'recovery-codes', codes: recoveryCodes });
    });

  const finish = () => void run(async () => onSignedIn(await getMe()));

  const focusRef = (element: HTMLElement | null) => {
    focusTarget.current = element;
  };
  // A wrong code answers AUTH.INVALID_CREDENTIALS: say "code", not "email or password", in every language.
  const wrongCode = step.kind !== 'credentials' && error?.code === 'AUTH.INVALID_CREDENTIALS';
  const errorBox = error && (
    <ErrorMessage
      ref={errorRef}
      error={error}
      {...(wrongCode
        ? { text: t(step.kind === 'second-factor' && step.recovery ? 'signIn.recovery.wrong' : 'signIn.code.wrong') }
        : {})}
    />
  );
  const common = { id, busy, errorBox, focusRef };

  switch (step.kind) {
    case 'credentials':
      return (
        <PasswordStep
          id={id}
          busy={busy}
          errorBox={errorBox}
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
          onSubmit={submitCredentials}
        />
      );
    case 'second-factor':
      return (
        <SecondFactorStep
          key={key}
          {...common}
          recovery={step.recovery}
          onToggleRecovery={() => {
            setError(null);
            setStep({ kind: 'second-factor', recovery: !step.recovery });
          }}
          onSubmit={submitSecondFactor}
        />
      );
    case 'enrol-password':
      return <EnrolPasswordStep {...common} onSubmit={submitEnrolPassword} />;
    case 'enrol':
      return <EnrolConfirmStep {...common} secret={step.secret} uri={step.uri} onSubmit={submitConfirm} />;
    case 'recovery-codes':
      return <RecoveryCodesStep {...common} codes={step.codes} onSubmit={finish} />;
  }
}
