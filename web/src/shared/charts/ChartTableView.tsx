import { useI18n } from '../i18n';
import { columnLabel } from './labels';
import type { ChartTable } from './statsData';

/** A chart's data as a table: exactly the rows and columns the chart draws and the downloads hold. */
export function ChartTableView({ table, caption }: { readonly table: ChartTable; readonly caption: string }) {
  const { lang, t } = useI18n();
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {columnLabel(c, t)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {table.columns.map((c, j) => {
                const v = r[c.key] ?? '';
                const text = c.numeric && typeof v === 'number' ? v.toLocaleString(locale) : String(v);
                return j === 0 ? (
                  <th key={c.key} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? 'num' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
