import { useEffect, useState, useSyncExternalStore } from 'react';
import { nextStep } from './days';
import { FIRST_DAY } from './mapState';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeMotion(onChange: () => void): () => void {
  const query = window.matchMedia?.(REDUCED_MOTION);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the reader asked their system for less motion (then nothing moves by itself). */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeMotion,
    () => window.matchMedia?.(REDUCED_MOTION).matches ?? false,
    () => false,
  );
}

/** How long each step of the play button stays on screen once its map is drawn. */
export const STEP_MS = 1200;

export interface Play {
  readonly playing: boolean;
  readonly toggle: () => void;
  readonly stop: () => void;
}

/**
 * The play button: from the date shown, one step at a time (the law's change points, else month
 * starts) up to today, each step shown once its map has loaded, then it stops. The first step is a
 * new history entry, the later ones replace it, so Back returns to where play began.
 */
export function usePlay(
  steps: readonly string[],
  at: string,
  ready: boolean,
  show: (at: string, replace: boolean) => void,
): Play {
  const [playing, setPlaying] = useState(false);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!playing || !ready) return;
    const timer = window.setTimeout(() => {
      const next = nextStep(steps, at);
      if (next === null) {
        setPlaying(false);
        return;
      }
      show(next, moved);
      setMoved(true);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, ready, steps, at, show, moved]);
  return {
    playing,
    toggle: () => {
      if (playing) return setPlaying(false);
      // At the end already: play from the first day again.
      const atEnd = nextStep(steps, at) === null;
      if (atEnd) show(FIRST_DAY, false);
      setMoved(atEnd);
      setPlaying(true);
    },
    stop: () => setPlaying(false),
  };
}
