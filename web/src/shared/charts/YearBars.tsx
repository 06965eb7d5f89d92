import { useI18n } from '../i18n';
import { fiscalPosition, type ChartTable, type LawMark } from './statsData';
import { seriesColour } from './labels';
import { useWidth } from './useWidth';
import { countTicks } from './countTicks';

const H = 260;
const M = { left: 52, right: 8, top: 34, bottom: 28 };

/**
 * Fiscal years as bars, each stacked by series (outcomes, forms; one series: plain bars), with the
 * days the law changed drawn as numbered dashed lines. Plain SVG; `alt` is its text alternative.
 */
export function YearBars({
  table,
  series,
  marks,
  alt,
  yMax,
  axisYears,
  colourOrder,
}: {
  readonly table: ChartTable;
  readonly series: readonly string[];
  readonly marks: readonly LawMark[];
  readonly alt: string;
  /** The y axis's maximum (a chart compared with another shares its scale); else the highest total. */
  readonly yMax?: number;
  /** The fiscal years on the x axis (a chart compared with another shares them); else the table's. */
  readonly axisYears?: readonly number[];
  /** Each series' colour by its place here (a chart compared with another shares them); else by its place in `series`. */
  readonly colourOrder?: readonly string[];
}) {
  const { lang, t } = useI18n();
  // Drawn at the width it has, so that its text stays legible on a phone (390 px) as on a laptop.
  const [ref, measured] = useWidth<HTMLDivElement>(640);
  const W = Math.max(280, measured);
  const years = axisYears ?? table.rows.map((r) => Number(r.fiscalYear));
  const max = yMax ?? Math.max(1, ...table.rows.map((r) => series.reduce((sum, k) => sum + Number(r[k] ?? 0), 0)));
  const band = (W - M.left - M.right) / Math.max(1, years.length);
  const y = (v: number) => H - M.bottom - (v / max) * (H - M.top - M.bottom);
  const ticks = countTicks(max);
  const every = Math.max(1, Math.ceil(56 / band));
  const first = years[0] ?? 0;
  const shown = marks
    .map((m) => ({ ...m, at: fiscalPosition(m.date) }))
    .filter((m) => m.at.year >= first && m.at.year <= (years[years.length - 1] ?? 0));

  return (
    <div ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={alt} data-y-max={max}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {v.toLocaleString(lang === 'es' ? 'es-US' : 'en-US')}
            </text>
          </g>
        ))}
        {table.rows.map((row) => {
          const i = years.indexOf(Number(row.fiscalYear));
          if (i < 0) return null;
          let base = 0;
          return (
            <g key={String(row.fiscalYear)}>
              {series.map((k, s) => {
                const v = Number(row[k] ?? 0);
                const top = y(base + v);
                const rect = (
                  <rect
                    key={k}
                    x={M.left + i * band + band * 0.12}
                    width={band * 0.76}
                    y={top}
                    height={Math.max(0, y(base) - top)}
                    fill={seriesColour(k, s, colourOrder)}
                  />
                );
                base += v;
                return rect;
              })}
            </g>
          );
        })}
        {years.map(
          (year, i) =>
            i % every === 0 && (
              <text key={year} x={M.left + i * band + band / 2} y={H - 8} textAnchor="middle" className="chart-tick">
                {t('stats.fy', { year: String(year) })}
              </text>
            ),
        )}
        {shown.map((m, i) => {
          const x = M.left + (m.at.year - first + m.at.fraction) * band;
          // Marks close together take turns on two rows, so their numbers do not overlap.
          const row = i % 2;
          return (
            <g key={m.date} className="chart-mark">
              <line x1={x} x2={x} y1={M.top - 4 - row * 12} y2={H - M.bottom} />
              <text x={x} y={M.top - 8 - row * 12} textAnchor="middle">
                {m.n}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
