import { useI18n, isMessageKey } from '../../shared/i18n';
import { DocumentInput } from '../../shared/ui/DocumentInput';
import type { IntakeFormDto } from '../../shared/types';
import { controlId, describedProps, Field } from './Field';
import type { Draft } from './intakeDraft';
import { editionsOn, schemaAt, type FieldId, type JsonSchema } from './intakeFields';

interface Props {
  readonly draft: Draft;
  readonly choices: IntakeFormDto;
  readonly timeZoneName: string;
  readonly errorOf: (field: FieldId) => string | undefined;
  readonly set: (field: FieldId, value: Draft[FieldId]) => void;
  readonly touch: (field: FieldId) => void;
}

const choicesOf = (schema: JsonSchema, path: string): string[] => {
  const entry = schemaAt(schema, path)?.schema;
  return ((entry?.enum ?? entry?.items?.enum ?? []) as unknown[]).map(String);
};

/** The intake form's fields, grouped: the request, its dates and times, the person. */
export function IntakeFields({ draft, choices, timeZoneName, errorOf, set, touch }: Props) {
  const { t } = useI18n();
  const schema = choices.request as JsonSchema;
  const label = (key: string) => (isMessageKey(key) ? t(key) : key.split('.').pop()!);
  const input = (field: FieldId, hint?: string) => ({
    ...describedProps(field, hint, errorOf(field)),
    value: draft[field] as string,
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: () => touch(field),
  });
  const text = (field: FieldId, options: { required?: boolean; hint?: string; type?: string; label?: string } = {}) => (
    <Field
      field={field}
      label={options.label ?? label(`intake.${field}`)}
      hint={options.hint}
      required={options.required}
      error={errorOf(field)}
    >
      <input type={options.type ?? 'text'} autoComplete="off" {...input(field, options.hint)} />
    </Field>
  );
  const editions = draft.form === '' ? [] : editionsOn(choices.forms, draft.form, draft.issuedDate);
  const forms = [...new Set(choices.forms.map((f) => f.form))];
  const dateTime = (prefix: 'issued' | 'received', required: boolean, hint?: string) => (
    <fieldset className="date-time">
      <legend>
        {t(`intake.${prefix}`)}
        {required && <span className="required-mark"> ({t('intake.required')})</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="date-time-row">
        {text(`${prefix}Date`, { type: 'date', label: t('intake.date') })}
        {text(`${prefix}Time`, { type: 'time', label: t('intake.time') })}
      </div>
    </fieldset>
  );
  return (
    <>
      <fieldset>
        <legend>{t('intake.section.request')}</legend>
        <Field field="form" label={t('intake.form')} required error={errorOf('form')}>
          <select {...input('form')}>
            <option value="">{t('intake.choose')}</option>
            {forms.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </Field>
        <Field
          field="formEdition"
          label={t('intake.formEdition')}
          hint={t('intake.formEditionHint')}
          error={errorOf('formEdition')}
        >
          <select {...input('formEdition', t('intake.formEditionHint'))}>
            <option value="">{t('intake.editionAuto')}</option>
            {editions.map((e) => (
              <option key={e.edition} value={e.edition}>
                {e.edition} — {e.title}
              </option>
            ))}
          </select>
        </Field>
        <Field field="warrant" label={t('intake.warrant')} error={errorOf('warrant')}>
          <select {...input('warrant')}>
            <option value="">{t('intake.choose')}</option>
            {choicesOf(schema, 'warrant').map((w) => (
              <option key={w} value={w}>
                {label(`warrant.${w}`)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="checkbox-group" aria-describedby="intake-probableCause-hint">
          <legend>{t('intake.probableCause')}</legend>
          <p className="hint" id="intake-probableCause-hint">
            {t('intake.probableCauseHint')}
          </p>
          {errorOf('probableCause') && <p className="field-message">{errorOf('probableCause')}</p>}
          {choicesOf(schema, 'probableCause').map((basis, i) => (
            <label className="checkbox" key={basis}>
              <input
                type="checkbox"
                id={i === 0 ? 'intake-probableCause' : undefined}
                checked={draft.probableCause.includes(basis)}
                onChange={(e) =>
                  set(
                    'probableCause',
                    e.target.checked ? [...draft.probableCause, basis] : draft.probableCause.filter((b) => b !== basis),
                  )
                }
              />
              {label(`intake.basis.${basis}`)}
            </label>
          ))}
        </fieldset>
        {text('federalReference', { hint: t('intake.federalReferenceHint') })}
        {text('issuingOffice')}
        <Field field="document" label={t('document.label')} hint={t('document.hint')} error={errorOf('document')}>
          <DocumentInput
            id={controlId('document')}
            value={draft.document}
            onChange={(document) => set('document', document)}
            describedBy={describedProps('document', t('document.hint'), errorOf('document'))['aria-describedby']}
            invalid={errorOf('document') !== undefined}
          />
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('intake.section.dates')}</legend>
        <p className="hint">{t('intake.datesHint', { timeZone: timeZoneName })}</p>
        {dateTime('issued', true)}
        {dateTime('received', false, t('intake.receivedHint'))}
        <Field field="facilityId" label={t('intake.facility')} error={errorOf('facilityId')}>
          <select {...input('facilityId')}>
            <option value="">{t('intake.facilityNone')}</option>
            {choices.facilities.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t('intake.section.subject')}</legend>
        {text('subjectReference', { required: true, hint: t('intake.subjectReferenceHint') })}
        <p className="hint">{t('intake.subjectHint')}</p>
        {text('subjectFullName')}
        {text('subjectBirthDate', { type: 'date' })}
        {text('subjectANumber', { hint: t('intake.subjectANumberHint') })}
      </fieldset>
    </>
  );
}
