import { useId } from 'react';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { BOOLEAN_SUBJECT_FACTS } from '../../shared/subjectFacts';

/** Facts about the person that are yes or no: the preview may assume one the law needs (never recorded). */
export const BOOLEAN_FACTS: readonly string[] = BOOLEAN_SUBJECT_FACTS;

/** "What if": a yes/no answer to a fact the law needs, for the preview only. */
export function AssumedFact(props: {
  readonly fact: string;
  readonly value: boolean | undefined;
  readonly onChange: (value: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const key = `intake.fact.${props.fact}`;
  return (
    <fieldset className="assumed-fact" aria-describedby={`${id}-hint`}>
      <legend>{isMessageKey(key) ? t(key) : props.fact}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('intake.preview.assumeHint')}
      </p>
      {[true, false].map((answer) => (
        <label className="checkbox" key={String(answer)}>
          <input
            type="radio"
            name={`${id}-fact`}
            checked={props.value === answer}
            onChange={() => props.onChange(answer)}
          />
          {t(answer ? 'intake.preview.yes' : 'intake.preview.no')}
        </label>
      ))}
    </fieldset>
  );
}
