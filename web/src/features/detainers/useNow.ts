import { useEffect, useState } from 'react';

/**
 * The page's clock: one timer for the whole inbox (not one per row), ticking every second so that a
 * deadline reached while the page is open turns into RELEASE NOW within a second, without waiting
 * for the next poll. Rows re-render, but their text changes only once a minute.
 */
export function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
