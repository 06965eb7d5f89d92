import type { DetainerViewDto } from '../../shared/types';
import { useDetainerText, type DetainerKey } from './strings';

const ACTIONS = ['hold', 'notify', 'transfer'] as const;

/** Per action: requested or not, the law's modality, the decision in force, a supervisor's override. */
export function ActionsTable({ decision }: { readonly decision: NonNullable<DetainerViewDto['decision']> }) {
  const { d, t } = useDetainerText();
  return (
    <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table className="actions-table">
        <caption id="actions-caption">{d('decision.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{d('decision.col.action')}</th>
            <th scope="col">{d('decision.col.requested')}</th>
            <th scope="col">{d('decision.col.modality')}</th>
            <th scope="col">{d('decision.col.effective')}</th>
            <th scope="col">{d('decision.col.override')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIONS.map((action) => {
            const row = decision.actions[action];
            const modality = row.modality ?? 'unknown';
            return (
              <tr key={action}>
                <th scope="row">{t(`action.${action}`)}</th>
                <td>{d(row.requested ? 'yes' : 'no')}</td>
                <td className={`modality modality-${modality}`}>{d(`modality.${modality}` as DetainerKey)}</td>
                <td>{row.effective ? d(`effective.${row.effective}`) : '—'}</td>
                <td>
                  {row.overridden
                    ? d('override.text', {
                        decision: d(`effective.${row.overridden.decision}`),
                        reason: row.overridden.reason,
                      })
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
