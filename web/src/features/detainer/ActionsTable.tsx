import { type MessageKey, useI18n } from '../../shared/i18n';
import type { DetainerViewDto } from '../../shared/types';

const ACTIONS = ['hold', 'notify', 'transfer'] as const;

/** Per action: requested or not, the law's modality, the decision in force, a supervisor's override. */
export function ActionsTable({ decision }: { readonly decision: NonNullable<DetainerViewDto['decision']> }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table className="actions-table">
        <caption id="actions-caption">{t('detainer.decision.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detainer.decision.col.action')}</th>
            <th scope="col">{t('detainer.decision.col.requested')}</th>
            <th scope="col">{t('detainer.decision.col.modality')}</th>
            <th scope="col">{t('detainer.decision.col.effective')}</th>
            <th scope="col">{t('detainer.decision.col.override')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIONS.map((action) => {
            const row = decision.actions[action];
            const modality = row.modality ?? 'unknown';
            return (
              <tr key={action}>
                <th scope="row">{t(`action.${action}`)}</th>
                <td>{t(row.requested ? 'detainer.yes' : 'detainer.no')}</td>
                <td className={`modality modality-${modality}`}>{t(`detainer.modality.${modality}` as MessageKey)}</td>
                <td>{row.effective ? t(`detainer.effective.${row.effective}`) : '—'}</td>
                <td>
                  {row.overridden
                    ? t('detainer.override.text', {
                        decision: t(`detainer.effective.${row.overridden.decision}`),
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
