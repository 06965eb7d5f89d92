import { SERIES_COLOURS } from '../../shared/charts/labels';

/** The stacked series' colours and names. */
export function SeriesLegend({ series }: { readonly series: readonly string[] }) {
  return (
    <ul className="chart-legend">
      {series.map((name, i) => (
        <li key={name}>
          <span className="swatch" aria-hidden="true">
            <svg viewBox="0 0 10 10" width="12" height="12">
              <rect width="10" height="10" fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            </svg>
          </span>
          {name}
        </li>
      ))}
    </ul>
  );
}
