import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { useDetainerText, type DetainerKey } from './strings';

type Trace = NonNullable<NonNullable<DetainerViewDto['decision']>['trace']>;
const ACTIONS = ['hold', 'notify', 'transfer'] as const;

/** The engine's trace as a tree of native disclosures: the context, each action, each rule that spoke to it. */
export function TraceTree({ trace }: { readonly trace: Trace }) {
  const { d, t, lang } = useDetainerText();
  const outcome = (value: string) =>
    value === 'not-applicable' ? d('outcome.not-applicable') : d(`modality.${value}` as DetainerKey);
  return (
    <section aria-labelledby="trace-heading">
      <h2 id="trace-heading">{d('trace.heading')}</h2>
      <details className="trace">
        <summary>{d('trace.summary', { count: trace.rulesInForce.length })}</summary>
        <p className="small">
          {d('trace.context', {
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
                    {d('trace.action', {
                      action: t(`action.${action}`),
                      modality: d(`modality.${node.modality ?? 'unknown'}` as DetainerKey),
                      by: d(`trace.by.${node.decidedBy ?? 'none'}`),
                    })}
                  </summary>
                  {node.binding && <p className="small">{d('trace.binding', { rule: node.binding.rule })}</p>}
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
                            {d('trace.factsRead')}:{' '}
                            {Object.keys(rule.factsRead).length === 0 ? (
                              d('trace.noFacts')
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
