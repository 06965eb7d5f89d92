/**
 * The statuses a detainer's events lead to. A leaf module (no imports), so the request model can
 * name a status without depending on the event fold.
 */
export const DETAINER_STATUSES = [
  'pending',
  'holding',
  'release-due',
  'transferred',
  'released',
  'lifted',
  'cancelled',
] as const;
export type DetainerStatus = (typeof DETAINER_STATUSES)[number];
export const TERMINAL: readonly DetainerStatus[] = ['transferred', 'released', 'lifted', 'cancelled'];
