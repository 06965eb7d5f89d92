import { FACT_FLAGS, type CommandOffer, type Draft } from './commandModel';
import { DocumentInput } from '../../shared/ui/DocumentInput';
import { FactListEditor } from './FactListEditor';
import { FACT_LISTS, rowFieldNames } from './factRows';
import { FormField, InputField, SelectField } from './FormField';
import { type MessageKey, useI18n } from '../../shared/i18n';
import { useSession } from '../../shared/session';

/** The fields of one command's form, from what the offer says it needs. */
export function CommandFields({
  offer,
  draft,
  errors,
  onChange,
}: {
  readonly offer: CommandOffer;
  readonly draft: Draft;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (name: string, value: string) => void;
}) {
  const { t } = useI18n();
  const { session } = useSession();
  const stateCode = session.status === 'signed-in' ? session.me.agency.stateCode : undefined;
  const common = (name: string) => ({ name, value: draft[name] ?? '', error: errors[name], onChange });
  const at = <InputField {...common('at')} label={t('detainer.field.at')} kind="datetime-local" />;
  const reason = <InputField {...common('reason')} label={t('detainer.field.reason')} kind="textarea" required />;
  const tri = [
    { value: '', label: t('detainer.field.unknown') },
    { value: 'true', label: t('detainer.field.true') },
    { value: 'false', label: t('detainer.field.false') },
  ];
  switch (offer.type) {
    case 'facts-updated':
      return (
        <fieldset aria-describedby={errors.facts ? 'cmd-facts-error' : undefined}>
          <legend>{t('detainer.cmd.facts-updated')}</legend>
          {errors.facts && (
            <p className="field-error" id="cmd-facts-error">
              {errors.facts}
            </p>
          )}
          {FACT_LISTS.map((list) => (
            <FactListEditor
              key={list}
              list={list}
              value={draft[`facts.${list}`]}
              errors={errors}
              onChange={onChange}
              stateCode={stateCode}
            />
          ))}
          {FACT_FLAGS.map((flag) => (
            <SelectField key={flag} {...common(`facts.${flag}`)} label={t(`detainer.fact.${flag}`)} choices={tri} />
          ))}
          <InputField {...common('facts.instantArrestDate')} label={t('detainer.fact.instantArrestDate')} kind="date" />
          <InputField
            {...common('facts.expectedReleaseAt')}
            label={t('detainer.field.expectedReleaseAt')}
            kind="datetime-local"
          />
        </fieldset>
      );
    case 'release-eligible':
      return (
        <>
          <InputField {...common('at')} label={t('detainer.field.atRequired')} kind="datetime-local" required />
          <SelectField
            {...common('reason')}
            label={t('detainer.field.releaseReason')}
            choices={offer.reasons.map((value) => ({ value, label: t(`detainer.reason.${value}`) }))}
          />
        </>
      );
    case 'notice-served':
      return (
        <>
          <SelectField
            {...common('notice')}
            label={t('detainer.field.notice')}
            choices={offer.notices.map((value) => ({ value, label: t(`detainer.notice.${value}`) }))}
          />
          <SelectField
            {...common('language')}
            label={t('detainer.field.language')}
            choices={offer.languages.map((value) => ({ value, label: t(`detainer.lang.${value}`) }))}
          />
          <SelectField
            {...common('dutyId')}
            label={t('detainer.field.duty')}
            choices={[
              { value: '', label: t('detainer.field.noDuty') },
              ...offer.duties.map((duty) => ({
                value: duty.dutyId,
                label: `${duty.dutyId} (${t(`detainer.notice.${duty.notice}`)})`,
              })),
            ]}
          />
        </>
      );
    case 'lifted':
      return (
        <>
          {at}
          {reason}
        </>
      );
    case 'cancelled':
      return reason;
    case 'decision-overridden':
      return (
        <>
          <SelectField
            {...common('action')}
            label={t('detainer.field.action')}
            choices={offer.actions.map((item) => ({
              value: item.action,
              label: `${t(`action.${item.action}`)} (${item.effective ? t(`detainer.effective.${item.effective}`) : '—'})`,
            }))}
          />
          <SelectField
            {...common('decision')}
            label={t('detainer.field.decision')}
            choices={(['comply', 'decline'] as const).map((value) => ({
              value,
              label: t(`detainer.effective.${value}`),
            }))}
          />
          {reason}
        </>
      );
    case 'corrected': {
      const target = offer.events.find((event) => String(event.version) === draft.corrects);
      const fields = (target?.fields ?? []).filter((field) => field !== 'facts');
      return (
        <>
          <SelectField
            {...common('corrects')}
            label={t('detainer.field.corrects')}
            choices={offer.events.map((event) => ({
              value: String(event.version),
              label: `${event.version}: ${t(`detainer.event.${event.type}` as MessageKey)}`,
            }))}
          />
          <SelectField
            {...common('field')}
            label={t('detainer.field.replace')}
            choices={fields.map((value) => ({ value, label: value }))}
          />
          {draft.field === 'reason' ? (
            <InputField
              {...common('replacement.reason')}
              label={t('detainer.field.replacementReason')}
              kind="text"
              required
            />
          ) : draft.field === 'document' ? (
            <FormField id="cmd-replacement.document" label={t('document.label')} error={errors['replacement.document']}>
              {(aria) => (
                <DocumentInput
                  id={aria.id}
                  value={parseDocument(draft['replacement.document'])}
                  onChange={(picked) => onChange('replacement.document', picked ? JSON.stringify(picked) : '')}
                  describedBy={aria['aria-describedby']}
                  invalid={aria['aria-invalid']}
                />
              )}
            </FormField>
          ) : (
            draft.field && (
              <InputField
                {...common(`replacement.${draft.field}`)}
                label={t('detainer.field.replacementAt')}
                kind="datetime-local"
                required
              />
            )
          )}
          {reason}
        </>
      );
    }
    default:
      return at;
  }
}

/** A picked scan as the draft holds it (JSON text), or null. */
function parseDocument(text: string | undefined) {
  if (!text) return null;
  try {
    return JSON.parse(text) as { sha256: string; mediaType: string; bytes: number };
  } catch {
    return null;
  }
}

/** The names of the inputs a command's form has, so a server error naming one lands on it. */
export function formFieldsOf(offer: CommandOffer, draft: Draft): string[] {
  switch (offer.type) {
    case 'facts-updated':
      return [
        ...FACT_LISTS.flatMap((list) => rowFieldNames(list, draft[`facts.${list}`])),
        'facts.convictions',
        'facts.pendingCharges',
        ...FACT_FLAGS.map((f) => `facts.${f}`),
        'facts.instantArrestDate',
        'facts.expectedReleaseAt',
        'facts',
      ];
    case 'release-eligible':
      return ['at', 'reason'];
    case 'notice-served':
      return ['notice', 'language', 'dutyId'];
    case 'lifted':
      return ['at', 'reason'];
    case 'cancelled':
      return ['reason'];
    case 'decision-overridden':
      return ['action', 'decision', 'reason'];
    case 'corrected':
      return ['corrects', `replacement.${draft.field ?? ''}`, 'replacement', 'reason'];
    default:
      return ['at'];
  }
}
