import { isMessageKey, useI18n } from '../../shared/i18n';
import type { DetainerViewDto } from '../../shared/types';

type DecisionError = NonNullable<NonNullable<DetainerViewDto['decision']>['error']>;

/** When the law could not decide: which fact it needs, and the form to supply it (facts-updated). */
export function MissingFact({
  error,
  onSupply,
}: {
  readonly error: DecisionError;
  readonly onSupply: (() => void) | null;
}) {
  const { t } = useI18n();
  const name = error.fact ?? '';
  const key = [`detainer.fact.${name}`, `detainer.fact.${name.replace(/^subject\./, '')}`].find(isMessageKey);
  const fact = name === '' ? error.kind : key ? t(key) : name;
  return (
    <section aria-labelledby="missing-heading" className="message message-warning missing-fact">
      <h2 id="missing-heading">{t('detainer.missing.heading')}</h2>
      <p>{t('detainer.missing.fact', { fact })}</p>
      {/* The engine words its errors in English only: said so, and marked as English for screen readers. */}
      <p className="small">
        {t('detainer.missing.engine')} <span lang="en">{error.message}</span>
      </p>
      {onSupply && (
        <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={onSupply}>
          {t('detainer.missing.action')}
        </button>
      )}
    </section>
  );
}
