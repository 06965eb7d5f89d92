import { useSyncExternalStore } from 'react';
import type { Href } from './routes';

/** A tiny history-based router: pushState to move, popstate (and our own event) to re-render. */
const NAVIGATE_EVENT = 'dd:navigate';

export interface Location {
  readonly pathname: string;
  readonly search: URLSearchParams;
}

/** Moves to an address made by href() (or checked by safeNext). */
export function navigate(to: Href, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** The current location; components using it re-render on every navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}
