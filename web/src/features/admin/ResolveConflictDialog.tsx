import { useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useResolveIdentity } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import type { IdentityResolutionBodyDto } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import type { ConflictItem } from './conflictItem';
import { Dialog } from './Dialog';
import { FieldError, fieldError } from './FieldError';

type Choice = IdentityResolutionBodyDto['choice'];
const CHOICES: readonly Choice[] = ['keep-on-file', 'use-submitted', 'separate-person'];

interface ResolveProps {
  readonly item: ConflictItem;
  /** The differing fields' names, in words. */
  readonly fields: string;
  readonly onClose: () => void;
  readonly onResolved: () => void;
}

/** Keep on file, use the submitted details, or another person (with their own reference); a reason is required. */
export function ResolveConflictDialog({ item, fields, onClose, onResolved }: ResolveProps) {
  const { t } = useI18n();
  const resolve = useResolveIdentity(item.detainerId);
  const [choice, setChoice] = useState<Choice | ''>('');
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  const [missing, setMissing] = useState<readonly string[]>([]);
  const error = resolve.error ? toApiError(resolve.error) : null;
  const referenceError =
    fieldError(error, 'reference') ?? (error?.code === 'DETAINER.DUPLICATE_REFERENCE' ? error : null);
  const reasonError = fieldError(error, 'reason');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gaps = [
      ...(choice === '' ? ['choice'] : []),
      ...(choice === 'separate-person' && reference.trim() === '' ? ['reference'] : []),
      ...(reason.trim() === '' ? ['reason'] : []),
    ];
    setMissing(gaps);
    if (gaps.length > 0 || choice === '') {
      document.getElementById(gaps[0] === 'choice' ? 'resolve-choice-keep-on-file' : `resolve-${gaps[0]}`)?.focus();
      return;
    }
    resolve.mutate(
      { choice, reason: reason.trim(), ...(choice === 'separate-person' ? { reference: reference.trim() } : {}) },
      {
        onSuccess: onResolved,
        onError: (failure) => {
          const f = toApiError(failure);
          const target =
            fieldError(f, 'reference') || f.code === 'DETAINER.DUPLICATE_REFERENCE'
              ? 'resolve-reference'
              : fieldError(f, 'reason')
                ? 'resolve-reason'
                : 'resolve-error';
          window.setTimeout(() => document.getElementById(target)?.focus(), 0);
        },
      },
    );
  };

  return (
    <Dialog title={t('admin.conflicts.dialogTitle', { reference: item.reference })} onClose={onClose}>
      <p>{t('admin.conflicts.differ', { fields })}</p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset aria-describedby={missing.includes('choice') ? 'resolve-choice-error' : undefined}>
          <legend>{t('admin.conflicts.choice')}</legend>
          {CHOICES.map((value) => (
            <div className="checkbox" key={value}>
              <input
                type="radio"
                id={`resolve-choice-${value}`}
                name="choice"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
              />
              <label htmlFor={`resolve-choice-${value}`}>{t(`admin.conflicts.${value}`)}</label>
            </div>
          ))}
          {missing.includes('choice') && (
            <p id="resolve-choice-error" className="field-error">
              {t('admin.conflicts.choiceRequired')}
            </p>
          )}
        </fieldset>
        {choice === 'separate-person' && (
          <div className="field">
            <label htmlFor="resolve-reference">{t('admin.conflicts.reference')}</label>
            <input
              id="resolve-reference"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              maxLength={64}
              aria-invalid={missing.includes('reference') || referenceError ? true : undefined}
              aria-describedby="resolve-reference-error"
            />
            {missing.includes('reference') && (
              <p id="resolve-reference-error" className="field-error">
                {t('admin.conflicts.referenceRequired')}
              </p>
            )}
            {!missing.includes('reference') && <FieldError id="resolve-reference-error" error={referenceError} />}
          </div>
        )}
        <div className="field">
          <label htmlFor="resolve-reason">{t('admin.conflicts.reason')}</label>
          <textarea
            id="resolve-reason"
            value={reason}
            rows={3}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={missing.includes('reason') || reasonError ? true : undefined}
            aria-describedby="resolve-reason-error"
          />
          {missing.includes('reason') ? (
            <p id="resolve-reason-error" className="field-error">
              {t('admin.conflicts.required')}
            </p>
          ) : (
            <FieldError id="resolve-reason-error" error={reasonError} />
          )}
        </div>
        {error && !referenceError && !reasonError && (
          <div id="resolve-error" tabIndex={-1}>
            <ErrorMessage error={error} />
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={resolve.isPending}>
          {t('admin.conflicts.submit')}
        </button>
      </form>
    </Dialog>
  );
}
