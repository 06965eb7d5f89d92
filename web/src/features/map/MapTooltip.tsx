import { useI18n } from '../../shared/i18n';
import type { Modality } from './mapState';
import { Swatch } from './MapLegend';

/** What the map says of a county: its name, class, the rule that binds and its citation. */
export interface CountyInfo {
  readonly modality: Modality;
  /** "Alameda, California" */
  readonly place: string;
  /** The class in words ("Forbidden", "Undecided (missing: …)"). */
  readonly classText: string;
  /** The binding rule's title, or the words for none. */
  readonly rule: string;
  readonly citation: string | null;
  /** The county's name for screen readers: all of the above in one sentence. */
  readonly label: string;
}

/**
 * The tooltip over the map for the county hovered or focused, placed at the county's centre
 * (x, y as fractions of the map) and kept inside the map near its edges. Its words are the
 * county's accessible name already, so it is hidden from screen readers (said once, not twice).
 */
export function MapTooltip({ info, x, y }: { readonly info: CountyInfo; readonly x: number; readonly y: number }) {
  const { t } = useI18n();
  const side = x < 0.3 ? 'map-tooltip-right' : x > 0.7 ? 'map-tooltip-left' : '';
  const below = y < 0.3 ? 'map-tooltip-below' : '';
  return (
    <div
      className={`map-tooltip ${side} ${below}`}
      style={{ left: `${(x * 100).toFixed(2)}%`, top: `${(y * 100).toFixed(2)}%` }}
      aria-hidden="true"
    >
      <p className="map-tooltip-place">{info.place}</p>
      <p className="map-tooltip-class">
        <Swatch modality={info.modality} /> {info.classText}
      </p>
      <p>{info.rule}</p>
      {info.citation && <p className="small">{info.citation}</p>}
      <p className="small muted">{t('map.open')}</p>
    </div>
  );
}
