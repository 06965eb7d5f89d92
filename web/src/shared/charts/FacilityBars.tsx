import { useI18n } from '../i18n';
import type { ChartTable } from './statsData';

/** The top facilities as horizontal bars: name (with ICE's code and the other spellings), bar and count, readable as a list. */
export function FacilityBars({ table, alt }: { readonly table: ChartTable; readonly alt: string }) {
  const { lang, t } = useI18n();
  const max = Math.max(1, ...table.rows.map((r) => Number(r.count)));
  return (
    <ol className="facility-bars" aria-label={alt}>
      {table.rows.map((r, i) => (
        <li key={`${String(r.facility)}-${i}`}>
          <span className="facility-name">
            {r.facility}
            {r.city ? `, ${r.city}` : ''}
            {r.code ? ` (${r.code})` : ''}
            {r.alsoWritten ? (
              <span className="facility-also">{t('stats.alsoWritten', { names: String(r.alsoWritten) })}</span>
            ) : null}
          </span>
          <span className="facility-bar" aria-hidden="true">
            <span style={{ width: `${(Number(r.count) / max) * 100}%` }} />
          </span>
          <span className="facility-count">{Number(r.count).toLocaleString(lang === 'es' ? 'es-US' : 'en-US')}</span>
        </li>
      ))}
    </ol>
  );
}
