import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { ActionsTable } from './ActionsTable';
import { RulesApplied } from './RulesApplied';
import { useDetainerText } from './strings';
import { TraceTree } from './TraceTree';

/** The decision in force: per action, the rules applied with their citations, and the engine's trace. */
export function DecisionSection({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { d, lang } = useDetainerText();
  const decision = view.decision;
  if (!decision) return <p>{d('decision.none')}</p>;
  return (
    <>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{d('decision.heading')}</h2>
        <p className="small muted">{d('decision.asOf', { date: formatInstant(decision.asOf, timeZone, lang) })}</p>
        <ActionsTable decision={decision} />
      </section>
      <RulesApplied decision={decision} />
      {decision.trace && <TraceTree trace={decision.trace} />}
    </>
  );
}
