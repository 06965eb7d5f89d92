import { formatLocalDate } from '../../shared/time';
import { LOCALES, useI18n } from '../../shared/i18n';
import type { ReleaseListDto } from '../../shared/types';

/** The releases, each with the days it covers and its record count; none ticked: every release. */
export function ReleaseChoice({
  releases,
  chosen,
  change,
}: {
  readonly releases: ReleaseListDto;
  readonly chosen: readonly string[];
  readonly change: (release: string[]) => void;
}) {
  const { lang, t } = useI18n();
  const toggle = (id: string, on: boolean) =>
    change(releases.releases.map((r) => r.id).filter((r) => (r === id ? on : chosen.includes(r))));
  return (
    <fieldset className="explorer-fields explorer-releases">
      <legend>{t('data.releases')}</legend>
      <p className="small muted">{t('data.releasesHelp')}</p>
      <ul>
        {releases.releases.map((r) => {
          const records = r.rowsLoaded.toLocaleString(LOCALES[lang]);
          const { from, to } = r.coverage;
          return (
            <li key={r.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(r.id)}
                  onChange={(e) => toggle(r.id, e.target.checked)}
                />{' '}
                <span className="mono">{r.id}</span>
                {r.dataset === 'synthetic' && <span className="synthetic-tag"> ({t('data.synthetic')})</span>}
                <span className="small muted">
                  {' — '}
                  {from === null || to === null
                    ? t('data.coverageNone', { records })
                    : t('data.coverage', { records, from: formatLocalDate(from, lang), to: formatLocalDate(to, lang) })}
                  {r.asOf !== null && `; ${t('data.asOf', { date: formatLocalDate(r.asOf, lang) })}`}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
