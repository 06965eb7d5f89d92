import { useQuery } from '@tanstack/react-query';
import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// The counties as a separate, hashed static file (us-atlas, already projected to Albers USA at
// 975 × 610): fetched when the map is first shown and cached by the browser, never in the JS.
import countiesUrl from 'us-atlas/counties-albers-10m.json?url';

/** The projected topology's frame (us-atlas's Albers USA files are drawn at 975 × 610). */
export const MAP_WIDTH = 975;
export const MAP_HEIGHT = 610;

export interface CountyShape {
  readonly fips: string;
  /** us-atlas's name (Census 2017), without "County". */
  readonly name: string;
  /** The SVG path, in the frame's pixels. */
  readonly d: string;
  /** Where the county's label points (its centroid), in the frame's pixels. */
  readonly x: number;
  readonly y: number;
}

export interface MapGeometry {
  /** Every county drawn (50 states and DC; territories are not in the projected file). */
  readonly counties: readonly CountyShape[];
  /** The lines between states, drawn over the counties. */
  readonly stateBorders: string;
  /** The outline of the nation. */
  readonly nation: string;
}

type Named = { name: string };
type AtlasTopology = Topology<{
  counties: GeometryCollection<Named>;
  states: GeometryCollection<Named>;
  nation: GeometryCollection;
}>;

/** The drawing of a topology: one path per county, the state borders and the nation's outline. */
export function prepareGeometry(topology: AtlasTopology): MapGeometry {
  const path = geoPath().digits(1);
  const counties = feature(topology, topology.objects.counties).features.map((county): CountyShape => {
    const [x, y] = path.centroid(county);
    return { fips: String(county.id), name: (county.properties as Named).name, d: path(county) ?? '', x, y };
  });
  return {
    counties,
    stateBorders: path(mesh(topology, topology.objects.states, (a, b) => a !== b)) ?? '',
    nation: path(feature(topology, topology.objects.nation)) ?? '',
  };
}

async function loadGeometry(signal: AbortSignal): Promise<MapGeometry> {
  const response = await fetch(countiesUrl, { signal });
  if (!response.ok) throw new Error(`the map's geometry could not be loaded (HTTP ${response.status})`);
  return prepareGeometry((await response.json()) as AtlasTopology);
}

/** The map's geometry, loaded once a session. */
export const useMapGeometry = () =>
  useQuery({
    queryKey: ['map-geometry'],
    queryFn: ({ signal }) => loadGeometry(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
