import { useEffect, useId, useRef, useState } from 'react';
import { toApiError } from '../../shared/api';
import { useImportDetainers } from '../../shared/api/hooks';
import { useCheckDetainersCsv } from '../../shared/api/intakeHooks';
import { useI18n } from '../../shared/i18n';
import { href } from '../../shared/routes';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { usePageTitle } from '../../shared/usePageTitle';
import { ImportReport } from './ImportReport';
import './intake.css';

/** The columns of a bulk intake file, as the README documents them (the server checks the header). */
const COLUMNS =
  'federalReference, form, formEdition, warrant, probableCause, issuedAt, receivedAt, issuingOffice, facilityId, ' +
  'subjectReference, subjectFullName, subjectBirthDate, subjectANumber';

/**
 * /desk/import — bulk intake: choose a CSV file, check it (a dry run: the report of every row,
 * nothing written), then confirm to log it and see what was created, each linking to its page.
 */
export function ImportPage() {
  const { t } = useI18n();
  const id = useId();
  usePageTitle(t('import.title'));
  const [csv, setCsv] = useState<string | null>(null);
  const check = useCheckDetainersCsv();
  const upload = useImportDetainers();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const checked = check.data;
  const written = upload.data;
  const error = check.error ?? upload.error;

  useEffect(() => {
    if (checked || written) resultRef.current?.focus();
  }, [checked, written]);

  const choose = async (file: File | undefined) => {
    check.reset();
    upload.reset();
    setCsv(file ? await file.text() : null);
  };

  return (
    <article className="page-wide">
      <Breadcrumb crumbs={[{ label: t('desk.title'), to: href('desk') }, { label: t('import.title') }]} />
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p>
        <a href="/bulk-intake-example.csv" download>
          {t('import.template')}
        </a>
      </p>
      <form
        className="form import-file"
        onSubmit={(event) => {
          event.preventDefault();
          if (csv !== null) check.mutate(csv);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('import.fileHint', { columns: COLUMNS })}
          </p>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${id}-hint`}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={csv === null || check.isPending}>
          {check.isPending ? t('import.checking') : t('import.check')}
        </button>
      </form>
      {error && <ErrorMessage error={toApiError(error)} />}
      {checked && !written && (
        <section aria-labelledby={`${id}-report`}>
          <h2 id={`${id}-report`} tabIndex={-1} ref={resultRef}>
            {t('import.report')}
          </h2>
          <p>
            {t('import.counts', {
              valid: checked.valid ?? 0,
              alreadyLogged: checked.alreadyLogged,
              invalid: checked.invalid,
            })}
          </p>
          {checked.unlisted && <p>{t('import.unlisted', { count: checked.unlisted })}</p>}
          <ImportReport report={checked} caption={t('import.report')} />
          {checked.invalid > 0 ? (
            <p className="message message-error">{t('import.fixFirst')}</p>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={upload.isPending || csv === null}
              onClick={() => csv !== null && upload.mutate(csv)}
            >
              {upload.isPending ? t('import.confirming') : t('import.confirm', { count: checked.valid ?? 0 })}
            </button>
          )}
        </section>
      )}
      {written && (
        <section aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} tabIndex={-1} ref={resultRef}>
            {t('import.result')}
          </h2>
          <p role="status">
            {t('import.resultCounts', { created: written.created, alreadyLogged: written.alreadyLogged })}
          </p>
          <ImportReport report={written} caption={t('import.result')} />
        </section>
      )}
    </article>
  );
}
