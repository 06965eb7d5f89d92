import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { serverProblemText } from '../../shared/problemText';
import { href } from '../../shared/routes';
import type { IntakeReportDto } from '../../shared/types';

/** A bulk intake report as a table: each row's line, federal reference, outcome and every problem (column: problem). */
export function ImportReport({ report, caption }: { readonly report: IntakeReportDto; readonly caption: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="import-report">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.line')}</th>
            <th scope="col">{t('import.col.federalReference')}</th>
            <th scope="col">{t('import.col.outcome')}</th>
            <th scope="col">{t('import.col.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.line} data-outcome={row.outcome}>
              <th scope="row">{row.line}</th>
              <td className="mono">
                {row.id ? (
                  <Link to={href('detainer', { id: row.id })}>{row.federalReference ?? row.id}</Link>
                ) : (
                  (row.federalReference ?? '—')
                )}
              </td>
              <td>{t(`import.outcome.${row.outcome}`)}</td>
              <td>
                {row.errors && row.errors.length > 0 ? (
                  <ul>
                    {row.errors.map((e, i) => (
                      <li key={i}>
                        <span className="mono">{e.field}</span>:{' '}
                        <span lang={serverProblemText(e, lang).lang}>{serverProblemText(e, lang).text}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
