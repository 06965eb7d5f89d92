import { useMemo, useState } from 'react';
import { useChangePoints } from '../../shared/api/mapHooks';
import { stepsUntil } from './days';
import { FIRST_DAY, type MapAction, type MapProfile } from './mapState';

export interface MapSteps {
  /** The dates the buttons and play step through (month starts until the law's change points are known). */
  readonly steps: readonly string[];
  /** Whether the steps are known: the change points loaded, or failed (then month starts). */
  readonly ready: boolean;
  /** Whether the steps are the law's change points (false once they could not be had: month starts). */
  readonly changePoints: boolean;
  /** Whether the change points are being fetched. */
  readonly loading: boolean;
  /** Asks for the change points (the first time a reader steps or plays). */
  readonly want: () => void;
}

/** The play button's and step buttons' dates: the law's change points for the action and profile, from the panel. */
export function useMapSteps(action: MapAction, profile: MapProfile, today: string): MapSteps {
  const [wanted, setWanted] = useState(false);
  const points = useChangePoints({ from: FIRST_DAY, to: today, action, profile }, wanted);
  const steps = useMemo(() => stepsUntil(today, points.data ?? null), [today, points.data]);
  return {
    steps,
    ready: points.isSuccess || points.isError,
    changePoints: !points.isError,
    loading: wanted && points.isPending,
    want: () => setWanted(true),
  };
}
