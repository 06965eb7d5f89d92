import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../shared/i18n';
import type { StepProps } from './common';

/** Enrolment done: the ten recovery codes, shown once; the desk opens once the user says they saved them. */
export function RecoveryCodesStep({
  id,
  busy,
  errorBox,
  focusRef,
  codes,
  onSubmit,
}: StepProps & { readonly codes: readonly string[]; readonly onSubmit: () => void }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const listId = `${id}-codes`;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="form" onSubmit={submit} aria-busy={busy}>
      <h2 ref={focusRef} tabIndex={-1} id={`${listId}-title`}>
        {t('recovery.title')}
      </h2>
      {errorBox}
      <p>{t('recovery.intro')}</p>
      <ul className="recovery-codes mono" aria-labelledby={`${listId}-title`}>
        {codes.map((recovery) => (
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
