import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { ActionsTable } from './ActionsTable';
import { RulesApplied } from './RulesApplied';
import { TraceTree } from './TraceTree';

/** The decision in force: per action, the rules applied with their citations, and the engine's trace. */
export function DecisionSection({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const decision = view.decision;
  if (!decision) return <p>{t('detainer.decision.none')}</p>;
  return (
    <>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t('detainer.decision.heading')}</h2>
        <p className="small muted">
          {t('detainer.decision.asOf', { date: formatInstant(decision.asOf, timeZone, lang) })}
        </p>
        <ActionsTable decision={decision} />
      </section>
      <RulesApplied decision={decision} />
      {decision.trace && <TraceTree trace={decision.trace} />}
    </>
  );
}
