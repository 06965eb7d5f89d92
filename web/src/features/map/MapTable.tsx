import { LOCALES, useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href, type Href } from '../../shared/routes';
import { Paging } from '../../shared/ui/Paging';
import { COLUMNS, rowCells, type Column, type MapRow, type Words } from './mapRows';
import { TABLE_PAGE_SIZE } from './mapState';
import { Swatch } from './MapLegend';

interface MapTableProps {
  /** The rows as searched (every page). */
  readonly rows: readonly MapRow[];
  readonly total: number;
  readonly offset: number;
  readonly caption: string;
  readonly words: Words;
  readonly headings: Readonly<Record<Column, string>>;
  readonly pageHref: (offset: number) => Href;
}

/**
 * The map's data as a table, a page at a time (the page in the address): county (to its page),
 * state, FIPS, class, the binding rule (to its page) and its citation. The keyboard and
 * screen-reader way to the same data as the map.
 */
export function MapTable({ rows, total, offset, caption, words, headings, pageHref }: MapTableProps) {
  const { t, lang } = useI18n();
  const page = rows.slice(offset, offset + TABLE_PAGE_SIZE);
  const number = (n: number) => n.toLocaleString(LOCALES[lang]);
  const count = t('map.rows', { shown: number(rows.length), total: number(total) });
  if (rows.length === 0) return <p className="message message-note">{t('map.noRows')}</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="map-table-caption" tabIndex={0}>
        <table className="map-table stack-table stack-compact">
          <caption id="map-table-caption">{caption}</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {headings[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.map((row) => {
              const cells = rowCells(row, words);
              return (
                <tr key={row.fips} data-fips={row.fips}>
                  <th scope="row" data-label={headings.county}>
                    {row.stateCode ? (
                      <Link to={href('county', { code: row.stateCode, fips: row.fips })}>{cells.county}</Link>
                    ) : (
                      cells.county
                    )}
                  </th>
                  <td data-label={headings.state}>{cells.state}</td>
                  <td data-label={headings.fips} className="mono">
                    {cells.fips}
                  </td>
                  <td data-label={headings.class}>
                    <span>
                      <Swatch modality={row.modality} /> {cells.class}
                    </span>
                  </td>
                  <td data-label={headings.rule}>
                    {row.ruleId ? <Link to={href('rule', { id: row.ruleId })}>{cells.rule}</Link> : cells.rule}
                  </td>
                  <td data-label={headings.citation}>{cells.citation}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Paging
        label={t('map.table')}
        total={rows.length}
        limit={TABLE_PAGE_SIZE}
        offset={offset}
        hrefAt={pageHref}
        totalText={count}
      />
    </>
  );
}
