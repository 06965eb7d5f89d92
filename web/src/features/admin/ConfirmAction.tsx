import { useEffect, useRef, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';

interface ConfirmActionProps {
  /** The button that asks first. */
  readonly label: string;
  /** What will happen, asked as a question. */
  readonly warning: string;
  readonly confirmLabel: string;
  readonly run: () => Promise<unknown>;
  /** Said (role=status) after it worked. */
  readonly done: string;
}

/** A destructive act in two steps: the button shows the warning with "yes" and "cancel"; the error (if any) in place. */
export function ConfirmAction({ label, warning, confirmLabel, run, done }: ConfirmActionProps) {
  const { t } = useI18n();
  const [step, setStep] = useState<'idle' | 'asking' | 'busy' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);
  // What was done, as it was said when it was done (the props may describe the next act by then).
  const [said, setSaid] = useState('');
  const yes = useRef<HTMLButtonElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (step === 'asking') yes.current?.focus();
    if (step === 'done') ask.current?.focus();
  }, [step]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const confirm = async () => {
    setStep('busy');
    setError(null);
    try {
      await run();
      setSaid(done);
      setStep('done');
    } catch (failure) {
      setError(failure);
      setStep('idle');
    }
  };

  return (
    <div className="confirm-action">
      {step === 'asking' || step === 'busy' ? (
        <div className="message message-warning" role="group" aria-label={label}>
          <p>{warning}</p>
          <div className="filter-actions">
            <button
              ref={yes}
              type="button"
              className="button button-danger"
              disabled={step === 'busy'}
              onClick={() => void confirm()}
            >
              {confirmLabel}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setStep('idle');
                window.setTimeout(() => ask.current?.focus(), 0);
              }}
            >
              {t('admin.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={ask} type="button" className="button" onClick={() => setStep('asking')}>
          {label}
        </button>
      )}
      {step === 'done' && <p role="status">{said}</p>}
      {error !== null && <ErrorMessage ref={errorRef} error={toApiError(error)} />}
    </div>
  );
}
