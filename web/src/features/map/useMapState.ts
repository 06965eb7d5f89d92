import { useMemo } from 'react';
import { navigate, useLocation } from '../../shared/router';
import type { Href } from '../../shared/routes';
import { apiToday, mapHref, parseMapSearch, withView, type MapState, type ParsedMapSearch } from './mapState';

export interface MapStateHandle extends ParsedMapSearch {
  readonly today: string;
  /** The address of the map with the view changed (date, action, profile); the table back on its first page. */
  readonly viewHref: (change: Partial<Pick<MapState, 'at' | 'action' | 'profile'>>) => Href;
  /** Shows the view changed; `replace` keeps one history entry (the play button's later steps). */
  readonly show: (change: Partial<Pick<MapState, 'at' | 'action' | 'profile'>>, replace?: boolean) => void;
  /** The address of the table searched, or at another offset. */
  readonly tableHref: (change: Partial<Pick<MapState, 'q' | 'modality' | 'offset'>>) => Href;
}

/**
 * The map page's state as its address holds it (mapState.ts): every change is a navigation, so
 * back and forward step through what was shown, and a link shows the same map.
 */
export function useMapState(): MapStateHandle {
  const { search } = useLocation();
  const text = search.toString();
  const today = apiToday();
  return useMemo(() => {
    const parsed = parseMapSearch(new URLSearchParams(text), today);
    const viewHref = (change: Partial<Pick<MapState, 'at' | 'action' | 'profile'>>) =>
      mapHref(withView(parsed.state, change), today);
    return {
      ...parsed,
      today,
      viewHref,
      show: (change, replace = false) => navigate(viewHref(change), { replace }),
      tableHref: (change) => mapHref({ ...parsed.state, offset: 0, ...change }, today),
    };
  }, [text, today]);
}
