import { SERIES_COLOURS } from '../../shared/charts/labels';
import { useWidth } from '../../shared/charts/useWidth';
import { LOCALES, useI18n } from '../../shared/i18n';
import type { ChartModel } from './explorerTable';
import { countTicks } from '../../shared/charts/countTicks';

const H = 260;
const M = { left: 56, right: 8, top: 12, bottom: 28 };

/** Periods (fiscal years, years, months) as vertical bars, stacked by series. Plain SVG; `alt` says it in words. */
export function TimeBars({ model, alt }: { readonly model: ChartModel; readonly alt: string }) {
  const { lang } = useI18n();
  const [ref, measured] = useWidth<HTMLDivElement>(640);
  const W = Math.max(280, measured);
  const max = Math.max(1, ...model.bars.map((b) => b.total));
  const band = (W - M.left - M.right) / Math.max(1, model.bars.length);
  const y = (v: number) => H - M.bottom - (v / max) * (H - M.top - M.bottom);
  const ticks = countTicks(max);
  // Labels at least 64 px apart (a month "2014-03" is wider than a year).
  const every = Math.max(1, Math.ceil(64 / band));
  return (
    <div ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-label={alt}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} className="chart-grid" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {v.toLocaleString(LOCALES[lang])}
            </text>
          </g>
        ))}
        {model.bars.map((bar, i) => {
          let base = 0;
          return (
            <g key={bar.label}>
              {bar.parts.map((v, s) => {
                const top = y(base + v);
                const rect = (
                  <rect
                    key={s}
                    x={M.left + i * band + band * 0.12}
                    width={Math.max(1, band * 0.76)}
                    y={top}
                    height={Math.max(0, y(base) - top)}
                    fill={SERIES_COLOURS[s % SERIES_COLOURS.length]}
                  />
                );
                base += v;
                return rect;
              })}
              {i % every === 0 && (
                <text x={M.left + i * band + band / 2} y={H - 8} textAnchor="middle" className="chart-tick">
                  {bar.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
