import { useI18n } from '../../../shared/i18n';
import { formatLocalDate } from '../../../shared/time';
import { useWidth } from '../../../shared/charts/useWidth';
import { modalityClass } from './LawLegend';
import { position, yearTicks, type Axis, type LawRow, type TimelineRow } from './timelineLayout';

const M = { left: 8, right: 8, top: 8, bottom: 44 };
const GROUP = 26;
const ROW = 34;

export interface TimelineGroup {
  readonly key: 'a' | 'b';
  readonly name: string;
  readonly rows: readonly TimelineRow[];
  /** What the law says of each action for the person chosen (a county's panel), or null (a state). */
  readonly law: readonly LawRow[] | null;
}

/** "Cal. Gov. Code 7284.6(a)(1)(B): No detention on a hold request", cut to fit the width. */
function rowLabel(row: TimelineRow, lang: 'en' | 'es', chars: number): string {
  const title = (lang === 'es' ? row.rule.titleEs : null) ?? row.rule.title;
  const cite = row.rule.citations[0]?.title;
  const text = cite ? `${cite}: ${title}` : title;
  return text.length > chars ? `${text.slice(0, Math.max(8, chars - 1))}…` : text;
}

/**
 * The two places' rules as bars on one time axis (plain SVG, drawn at the width it has): a band
 * per place, a row per rule with its label above its bars, the years along the bottom, and the
 * date chosen as a vertical line across both. `alt` is its text alternative (the table has it all).
 */
export function TimelineSvg({
  groups,
  axis,
  at,
  alt,
  currentTo = null,
}: {
  readonly groups: readonly TimelineGroup[];
  readonly axis: Axis;
  readonly at: string;
  readonly alt: string;
  /** The day the law library is known current to, when the axis runs past it (the days after are shaded). */
  readonly currentTo?: string | null;
}) {
  const { lang, t } = useI18n();
  const [ref, measured] = useWidth<HTMLDivElement>(900);
  const W = Math.max(300, measured);
  const span = W - M.left - M.right;
  const x = (f: number) => M.left + f * span;
  const chars = Math.floor(span / 6.6);
  let y = M.top;
  const layout = groups.map((g) => {
    const top = y;
    const lawHeight = (g.law?.length ?? 0) * ROW;
    y += GROUP + lawHeight + Math.max(1, g.rows.length) * ROW;
    return { ...g, top, rulesTop: top + GROUP + lawHeight };
  });
  const H = y + M.bottom;
  const every = span < 500 ? 4 : span < 900 ? 2 : 1;
  const atX = x(position(axis, at));

  return (
    <div ref={ref} className="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={alt} data-axis={`${axis.from}/${axis.to}`}>
        <defs>
          <pattern id="law-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <rect width="2.5" height="6" fill="#5b5b5b" />
          </pattern>
        </defs>
        {currentTo !== null && currentTo < axis.to && (
          <rect
            x={x(position(axis, currentTo))}
            width={x(1) - x(position(axis, currentTo))}
            y={M.top}
            height={H - M.bottom - M.top}
            className="timeline-beyond"
            data-from={currentTo}
          />
        )}
        {yearTicks(axis).map((tick, i) => (
          <g key={tick.year} className="chart-tick">
            <line x1={x(tick.x)} x2={x(tick.x)} y1={M.top} y2={H - M.bottom} className="chart-grid" />
            {i % every === 0 && (
              <text x={x(tick.x) + 2} y={H - M.bottom + 16}>
                {tick.year}
              </text>
            )}
          </g>
        ))}
        {layout.map((g) => (
          <g key={g.key} data-place={g.key}>
            <text x={M.left} y={g.top + 17} className="timeline-place">
              {g.key.toUpperCase()} · {g.name}
            </text>
            {(g.law ?? []).map((row, i) => {
              const top = g.top + GROUP + i * ROW;
              return (
                <g key={row.action} className="timeline-law" data-action={row.action}>
                  <text x={M.left} y={top + 11} className="timeline-label timeline-law-label">
                    {t(`map.action.${row.action as 'hold' | 'notify' | 'transfer'}`)}
                  </text>
                  {row.segments.map((p) => (
                    <rect
                      key={p.from}
                      x={x(p.x0)}
                      width={Math.max(2, x(p.x1) - x(p.x0) + (p.x1 < 1 ? span / 7000 : 0))}
                      y={top + 15}
                      height={14}
                      className={modalityClass(p.modality)}
                      data-from={p.from}
                      data-modality={p.modality}
                    />
                  ))}
                </g>
              );
            })}
            {g.law && (
              <line x1={M.left} x2={W - M.right} y1={g.rulesTop - 2} y2={g.rulesTop - 2} className="timeline-split" />
            )}
            {g.rows.length === 0 && (
              <text x={M.left} y={g.rulesTop + 18} className="timeline-label muted">
                {t('compare.timeline.none')}
              </text>
            )}
            {g.rows.map((row, i) => {
              const top = g.rulesTop + i * ROW;
              return (
                <g key={row.rule.id} className={row.inForceAt ? 'timeline-row in-force' : 'timeline-row'}>
                  <text x={M.left} y={top + 11} className="timeline-label">
                    {rowLabel(row, lang, chars)}
                  </text>
                  {row.periods.map((p) => (
                    <rect
                      key={p.from}
                      x={x(p.x0)}
                      width={Math.max(2, x(p.x1) - x(p.x0))}
                      y={top + 16}
                      height={12}
                      rx={2}
                      data-from={p.from}
                      data-to={p.to}
                    />
                  ))}
                </g>
              );
            })}
          </g>
        ))}
        <g className="timeline-at">
          <line x1={atX} x2={atX} y1={M.top} y2={H - 4} />
          <text x={atX + (atX > W / 2 ? -4 : 4)} y={H - 6} textAnchor={atX > W / 2 ? 'end' : 'start'}>
            {formatLocalDate(at, lang)}
          </text>
        </g>
      </svg>
    </div>
  );
}
