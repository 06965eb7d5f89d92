import type { DetainerViewDto } from '../../shared/types';
import { isDetainerKey, useDetainerText } from './strings';

type DecisionError = NonNullable<NonNullable<DetainerViewDto['decision']>['error']>;

/** When the law could not decide: which fact it needs, and the form to supply it (facts-updated). */
export function MissingFact({
  error,
  onSupply,
}: {
  readonly error: DecisionError;
  readonly onSupply: (() => void) | null;
}) {
  const { d } = useDetainerText();
  const name = error.fact ?? '';
  const key = [`fact.${name}`, `fact.${name.replace(/^subject\./, '')}`].find(isDetainerKey);
  const fact = name === '' ? error.kind : key ? d(key) : name;
  return (
    <section aria-labelledby="missing-heading" className="message message-warning missing-fact">
      <h2 id="missing-heading">{d('missing.heading')}</h2>
      <p>{d('missing.fact', { fact })}</p>
      <p className="small">{error.message}</p>
      {onSupply && (
        <button type="button" className="button button-primary" aria-haspopup="dialog" onClick={onSupply}>
          {d('missing.action')}
        </button>
      )}
    </section>
  );
}
