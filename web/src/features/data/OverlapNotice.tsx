import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href } from '../../shared/routes';
import { explorerSearch, type ExplorerState, type Overlap } from './explorerState';

/**
 * Releases the view would count that cover the same months: said plainly (which releases, which
 * months), nothing added up, and a link per release to the same view with that release alone.
 */
export function OverlapNotice({
  overlaps,
  state,
}: {
  readonly overlaps: readonly Overlap[];
  readonly state: ExplorerState;
}) {
  const { t } = useI18n();
  const involved = [...new Set(overlaps.flatMap((o) => o.releases))].sort();
  return (
    <div className="message message-warning overlap-notice" role="status">
      <h3>{t('data.overlap.title')}</h3>
      <ul>
        {overlaps.map((o) => (
          <li key={o.releases.join()}>
            {t('data.overlap.pair', { a: o.releases[0]!, b: o.releases[1]!, from: o.months.from, to: o.months.to })}
          </li>
        ))}
      </ul>
      <p>{t('data.overlap.why')}</p>
      <ul className="overlap-choices">
        {involved.map((id) => (
          <li key={id}>
            <Link to={href('data', {}, explorerSearch({ ...state, release: [id] }))}>
              {t('data.overlap.only', { release: id })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
