import { memo, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { CountyShape, MapGeometry } from './geometry';
import { MAP_HEIGHT, MAP_WIDTH } from './geometry';
import type { Modality } from './mapState';
import { ARROW_KEYS, nearestInDirection } from './nearest';
import { MapTooltip, type CountyInfo } from './MapTooltip';

interface CountyMapProps {
  readonly geometry: MapGeometry;
  /** The map's accessible name (what it shows, and how to move in it). */
  readonly label: string;
  /** A county's class, name and rule, or undefined while the law for it is not known. */
  readonly info: (fips: string) => CountyInfo | undefined;
  readonly open: (fips: string) => void;
}

const fipsOf = (event: SyntheticEvent): string | null =>
  (event.target as Element).closest?.('[data-fips]')?.getAttribute('data-fips') ?? null;

/**
 * The choropleth: one path per county, filled by its class, the state borders over them. Hovering
 * or focusing a county names it, its class and the rule that binds (the tooltip); a click or Enter
 * opens its page. The map is one stop in the tab order: the arrow keys move to the nearest county
 * in their direction.
 */
export function CountyMap({ geometry, label, info, open }: CountyMapProps) {
  const group = useRef<SVGGElement>(null);
  const [focusable, setFocusable] = useState(() => geometry.counties[0]?.fips ?? '');
  const [active, setActive] = useState<string | null>(null);
  const index = useMemo(() => new Map(geometry.counties.map((c, i) => [c.fips, i])), [geometry]);

  const move = (event: KeyboardEvent) => {
    const fips = fipsOf(event);
    if (fips === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(fips);
      return;
    }
    if (event.key === 'Escape') return setActive(null);
    const direction = ARROW_KEYS[event.key];
    if (!direction) return;
    event.preventDefault();
    const to = nearestInDirection(geometry.counties, index.get(fips) ?? 0, direction);
    const next = to === null ? undefined : geometry.counties[to];
    if (!next) return;
    setFocusable(next.fips);
    group.current?.querySelector<SVGPathElement>(`[data-fips="${next.fips}"]`)?.focus();
  };

  const shown = active === null ? undefined : geometry.counties[index.get(active) ?? -1];
  const shownInfo = shown && info(shown.fips);
  return (
    <div className="map-frame">
      <svg
        className="county-map"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={label}
        onMouseLeave={() => setActive(null)}
      >
        <path className="map-nation" d={geometry.nation} aria-hidden="true" />
        <g
          ref={group}
          onMouseOver={(event) => setActive(fipsOf(event))}
          onFocus={(event) => {
            const fips = fipsOf(event);
            setActive(fips);
            if (fips !== null) setFocusable(fips);
          }}
          onBlur={() => setActive(null)}
          onClick={(event) => {
            const fips = fipsOf(event);
            if (fips !== null) open(fips);
          }}
          onKeyDown={move}
        >
          {geometry.counties.map((county) => {
            const about = info(county.fips);
            return (
              <County
                key={county.fips}
                county={county}
                modality={about?.modality}
                label={about?.label ?? county.name}
                focusable={county.fips === focusable}
              />
            );
          })}
        </g>
        <path className="map-borders" d={geometry.stateBorders} aria-hidden="true" />
      </svg>
      {shown && shownInfo && <MapTooltip info={shownInfo} x={shown.x / MAP_WIDTH} y={shown.y / MAP_HEIGHT} />}
    </div>
  );
}

interface CountyProps {
  readonly county: CountyShape;
  readonly modality: Modality | undefined;
  readonly label: string;
  readonly focusable: boolean;
}

/** One county: a link (by role) named with its class and rule; re-drawn only when these change. */
const County = memo(function County({ county, modality, label, focusable }: CountyProps) {
  return (
    <path
      className={`county county-${modality ?? 'unknown'}`}
      d={county.d}
      data-fips={county.fips}
      role="link"
      aria-label={label}
      tabIndex={focusable ? 0 : -1}
    />
  );
});
