import { LOCALES, useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import type { DetainerStatsDto } from '../../shared/types';
import { explorerSearch, type ExplorerState } from './explorerState';

/**
 * Where the counts come from (issue 14): the release used for each run of months (releases that cover the
 * same months are never added up: each month comes from the newest that covers it), the pairs that overlap
 * with a link to each release alone, and whether re-issues were left out and how many.
 */
export function ReleasePeriods({
  answer,
  state,
}: {
  readonly answer: DetainerStatsDto;
  readonly state: ExplorerState;
}) {
  const { lang, t } = useI18n();
  const months = (from: string, to: string) => (from === to ? from : t('data.periods.range', { from, to }));
  const involved = [...new Set(answer.overlaps.flatMap((o) => o.releases))].sort();
  const { reissues } = answer;
  return (
    <section
      className={`release-periods message ${answer.overlaps.length > 0 ? 'message-warning' : 'message-note'}`}
      aria-labelledby="release-periods-heading"
    >
      <h3 id="release-periods-heading">{t('data.periods.title')}</h3>
      {answer.periods.length > 0 && (
        <ul className="release-periods-list">
          {answer.periods.map((p) => (
            <li key={`${p.release}|${p.from}`}>
              <span className="mono">{months(p.from, p.to)}</span>: <span className="mono">{p.release}</span>
            </li>
          ))}
        </ul>
      )}
      {answer.overlaps.length > 0 && (
        <>
          <p>{t(answer.combined === 'added' ? 'data.periods.added' : 'data.periods.precedence')}</p>
          <ul>
            {answer.overlaps.map((o) => (
              <li key={o.releases.join()}>
                {t('data.overlap.pair', { a: o.releases[0]!, b: o.releases[1]!, from: o.months.from, to: o.months.to })}
              </li>
            ))}
          </ul>
          <ul className="overlap-choices">
            {involved.map((id) => (
              <li key={id}>
                <Link to={href('data', {}, explorerSearch({ ...state, release: [id] }))}>
                  {t('data.overlap.only', { release: id })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="small">
        {reissues.excluded
          ? t('data.reissues.left', { count: reissues.count.toLocaleString(LOCALES[lang]) })
          : t('data.reissues.counted')}
      </p>
    </section>
  );
}
