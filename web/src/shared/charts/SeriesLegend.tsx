import { seriesColour } from './labels';

/**
 * The stacked series' colours and names, in the colours their bars have (seriesColour): each item
 * its key, its name in words, and, when two charts are compared, the order they share.
 */
export function SeriesLegend({
  series,
  colourOrder,
}: {
  readonly series: readonly { readonly key: string; readonly name: string }[];
  readonly colourOrder?: readonly string[];
}) {
  return (
    <ul className="chart-legend">
      {series.map(({ key, name }, i) => (
        <li key={key}>
          <span className="swatch" aria-hidden="true">
            <svg viewBox="0 0 10 10" width="12" height="12">
              <rect width="10" height="10" fill={seriesColour(key, i, colourOrder)} />
            </svg>
          </span>
          {name}
        </li>
      ))}
    </ul>
  );
}
