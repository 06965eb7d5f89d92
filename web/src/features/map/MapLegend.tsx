import { useI18n } from '../../shared/i18n';
import { MODALITIES, type Modality } from './mapState';

/** A class's swatch: the map's own fill (colour, and the hatching of "undecided"). */
export function Swatch({ modality }: { readonly modality: Modality }) {
  return (
    <svg className="map-swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect className={`county county-${modality}`} x="0.5" y="0.5" width="17" height="17" />
    </svg>
  );
}

/**
 * The legend: each class named in words with what it means and how many counties it has, beside
 * its swatch (never colour alone).
 */
export function MapLegend({ counts }: { readonly counts: Readonly<Record<Modality, number>> | undefined }) {
  const { t, plural } = useI18n();
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend-title">
        {t('map.legend')}
      </h2>
      <ul>
        {MODALITIES.map((modality) => (
          <li key={modality}>
            <Swatch modality={modality} />
            <span>
              <strong>{t(`map.class.${modality}`)}</strong>{' '}
              <span className="muted">({t(`map.classHint.${modality}`)})</span>
              {counts && <span className="map-legend-count">{plural('map.counties', counts[modality])}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The patterns the map's classes use (the hatching of "undecided"), once on the page, for the map
 * and the legend's swatches.
 */
export function MapPatterns() {
  return (
    <svg className="map-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="2.5" height="6" fill="#5b5b5b" />
        </pattern>
      </defs>
    </svg>
  );
}
