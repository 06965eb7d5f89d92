import { useI18n } from '../../shared/i18n';
import { useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import { useRecordEvent } from '../../shared/api/hooks';
import { formatInstant } from '../../shared/time';
import type { DetainerEventBody, DetainerViewDto } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { buildCommand, describeCommand, nextDraft, type CommandOffer, type Draft } from './commandModel';
import { CommandFields, formFieldsOf } from './CommandFields';
import { diffViews, type ConflictDiff } from './conflict';
import { ConflictNotice } from './ConflictNotice';
import { mapFieldErrors } from './fieldErrors';
import { useModalDialog } from './useModalDialog';

interface Props {
  readonly offer: CommandOffer;
  /** Whether the detainer as it is now still offers this command. */
  readonly offered: boolean;
  readonly view: DetainerViewDto;
  readonly timeZone: string;
  readonly draft: Draft;
  readonly onDraft: (draft: Draft) => void;
  readonly reload: () => Promise<DetainerViewDto | undefined>;
  readonly onClose: () => void;
  readonly fallbackFocus: () => void;
  readonly onRecorded: (body: DetainerEventBody) => void;
}

/** One command: its form, then a confirmation of what will be recorded, then the record. */
export function CommandDialog({
  offer,
  offered,
  view,
  timeZone,
  draft,
  onDraft,
  reload,
  onClose,
  fallbackFocus,
  onRecorded,
}: Props) {
  const { t, lang } = useI18n();
  const ref = useModalDialog(onClose, fallbackFocus);
  const record = useRecordEvent(view.id);
  const [body, setBody] = useState<DetainerEventBody | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ error: ApiError; text?: string } | null>(null);
  const [conflict, setConflict] = useState<ConflictDiff | null>(null);
  // The detainer as the officer last saw it: the version sent, and what a conflict is measured from.
  const [base, setBase] = useState(view);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const formTime = (iso: string) => formatInstant(iso, timeZone, lang);
  const title = t(`detainer.cmd.${offer.type}`);

  useEffect(() => {
    if (body) confirmRef.current?.focus();
  }, [body]);

  const focusFirstInvalid = () =>
    window.setTimeout(() =>
      ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], .message-error, .conflict')?.focus(),
    );

  const review = () => {
    setFailure(null);
    const built = buildCommand(offer, draft, base.version, timeZone);
    if (!built.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(built.problems).map(([f, p]) => [
            f,
            t(p === 'required' ? 'detainer.dialog.required' : 'detainer.dialog.invalid'),
          ]),
        ),
      );
      focusFirstInvalid();
      return;
    }
    setErrors({});
    setBody(built.body);
  };

  const submit = async () => {
    if (!body) return;
    try {
      await record.mutateAsync(body);
      onRecorded(body);
    } catch (caught) {
      const error = toApiError(caught);
      setBody(null);
      if (error.code === 'DETAINER.VERSION_CONFLICT') {
        const fresh = await reload();
        if (fresh) {
          setConflict(diffViews(base, fresh));
          setBase(fresh);
        }
      } else {
        const mapped = mapFieldErrors(error, formFieldsOf(offer, draft), lang);
        setErrors(mapped.fields);
        const unmapped = Object.keys(mapped.fields).length === 0;
        setFailure(
          unmapped || mapped.other.length > 0
            ? { error, ...(mapped.other.length > 0 ? { text: mapped.other.join(' ') } : {}) }
            : null,
        );
        if (error.status === 409) {
          const fresh = await reload();
          if (fresh) setBase(fresh);
        }
      }
      focusFirstInvalid();
    }
  };

  return (
    <dialog ref={ref} className="command-dialog" aria-labelledby="command-title">
      <div className="dialog-head">
        <h2 id="command-title">{title}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('detainer.dialog.close')}
        </button>
      </div>
      {conflict && <ConflictNotice diff={conflict} timeZone={timeZone} />}
      {!offered && <p className="message message-error">{t('detainer.dialog.noLongerOffered')}</p>}
      {failure && <ErrorMessage error={failure.error} {...(failure.text ? { text: failure.text } : {})} />}
      {body ? (
        <div className="confirm">
          <h3 tabIndex={-1} ref={confirmRef}>
            {t('detainer.dialog.confirm')}
          </h3>
          <dl className="facts">
            {describeCommand(body, t, formTime).map((line) => (
              <div key={line.label} className="fact-row">
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setBody(null)}>
              {t('detainer.dialog.back')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void submit()}
              disabled={record.isPending || !offered}
            >
              {record.isPending ? t('detainer.dialog.recording') : t('detainer.dialog.record')}
            </button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            review();
          }}
        >
          <CommandFields
            offer={offer}
            draft={draft}
            errors={errors}
            onChange={(name, value) => onDraft(nextDraft(offer, draft, name, value))}
          />
          {Object.keys(errors).length > 0 && <p className="field-error">{t('detainer.dialog.fixFields')}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>
              {t('detainer.dialog.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={!offered}>
              {t('detainer.dialog.review')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
