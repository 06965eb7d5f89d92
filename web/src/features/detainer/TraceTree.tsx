import { type MessageKey, useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';

type Trace = NonNullable<NonNullable<DetainerViewDto['decision']>['trace']>;
const ACTIONS = ['hold', 'notify', 'transfer'] as const;

/** The engine's trace as a tree of native disclosures: the context, each action, each rule that spoke to it. */
export function TraceTree({ trace }: { readonly trace: Trace }) {
  const { t, lang } = useI18n();
  const outcome = (value: string) =>
    value === 'not-applicable' ? t('detainer.outcome.not-applicable') : t(`detainer.modality.${value}` as MessageKey);
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t('detainer.trace.heading')}</h2>
      <details className="trace">
        <summary>{t('detainer.trace.summary', { count: trace.rulesInForce.length })}</summary>
        <p className="small">
          {t('detainer.trace.context', {
            date: formatInstant(trace.asOf, trace.timeZone, lang),
            timeZone: trace.timeZone,
            form: trace.form.form,
            edition: trace.form.edition,
            place: [trace.place.state, trace.place.countyFips].filter(Boolean).join(' '),
          })}
        </p>
        <ul className="trace-actions">
          {ACTIONS.map((action) => {
            const node = trace.actions[action];
            return (
              <li key={action}>
                <details>
                  <summary>
                    {t('detainer.trace.action', {
                      action: t(`action.${action}`),
                      modality: t(`detainer.modality.${node.modality ?? 'unknown'}` as MessageKey),
                      by: t(`detainer.trace.by.${node.decidedBy ?? 'none'}`),
                    })}
                  </summary>
                  {node.binding && <p className="small">{t('detainer.trace.binding', { rule: node.binding.rule })}</p>}
                  <ul className="trace-rules">
                    {node.rules.map((rule) => (
                      <li key={rule.rule}>
                        <details>
                          <summary>
                            <span className="mono">{rule.rule}</span> — {outcome(rule.outcome)}
                          </summary>
                          <p className="small">
                            <Link to={href('rule', { id: rule.rule })}>{rule.rule}</Link> · {rule.version} ·{' '}
                            {rule.level}
                          </p>
                          <p className="small">{rule.reason}</p>
                          <p className="small">
                            {t('detainer.trace.factsRead')}:{' '}
                            {Object.keys(rule.factsRead).length === 0 ? (
                              t('detainer.trace.noFacts')
                            ) : (
                              <code>{JSON.stringify(rule.factsRead)}</code>
                            )}
                          </p>
                        </details>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
