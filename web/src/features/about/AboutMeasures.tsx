import { useI18n, type MessageKey } from '../../shared/i18n';
import { OUTCOME_OF_LIFT_REASON } from './outcomeTable';

const MEASURES = ['outcomes', 'declined', 'followed', 'lifted', 'noConviction', 'forms', 'facilities', 'fiscalYear'];

/** Each measure of the portal defined, with the outcome table after "Detainers by outcome". */
export function AboutMeasures() {
  const { t } = useI18n();
  const outcomeName = (outcome: string) => t(`stats.outcome.${outcome}` as MessageKey);
  return (
    <section aria-labelledby="about-measures">
      <h2 id="about-measures">{t('about.measures')}</h2>
      <dl className="about-measures">
        {MEASURES.map((m) => (
          <div key={m} id={`measure-${m}`}>
            <dt>{t(`about.m.${m}` as MessageKey)}</dt>
            <dd>
              {t(`about.m.${m}.def` as MessageKey)}
              {m === 'outcomes' && (
                <div className="table-scroll" tabIndex={0} role="region" aria-label={t('about.table.caption')}>
                  <table className="outcome-table">
                    <caption>{t('about.table.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('about.table.reason')}</th>
                        <th scope="col">{t('about.table.outcome')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(OUTCOME_OF_LIFT_REASON).map(([reason, outcome]) => (
                        <tr key={reason}>
                          <td lang="en">{reason}</td>
                          <td>{outcomeName(outcome)}</td>
                        </tr>
                      ))}
                      <tr>
                        <td>{t('about.table.empty')}</td>
                        <td>{outcomeName('pending')}</td>
                      </tr>
                    </tbody>
                  </table>
                </div>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
