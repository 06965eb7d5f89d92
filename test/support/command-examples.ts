/** One valid body per command type, as a client sends it. */
export const EXAMPLE_COMMANDS: ReadonlyArray<Record<string, unknown>> = [
  {
    type: 'facts-updated',
    expectedVersion: 2,
    facts: {
      proofOfLawfulStatus: false,
      convictions: [{ date: '2012-04-03', level: 'felony', categories: ['serious-felony'] }],
      pendingCharges: [{ level: 'misdemeanor' }],
      expectedReleaseAt: '2026-12-01T09:00:00-06:00',
    },
  },
  { type: 'release-eligible', expectedVersion: 4, at: '2026-11-30T10:00:00-06:00', reason: 'bond-posted' },
  { type: 'hold-started', expectedVersion: 6 },
  {
    type: 'notice-served',
    expectedVersion: 7,
    notice: 'tx-held-on-detainer',
    language: 'es',
    dutyId: 'tx-inform-held-on-detainer',
  },
  { type: 'federal-notified', expectedVersion: 8, at: '2026-11-30T11:00:00-06:00' },
  { type: 'transferred', expectedVersion: 9 },
  { type: 'released', expectedVersion: 9 },
  { type: 'lifted', expectedVersion: 9, reason: 'ICE withdrew the request.' },
  { type: 'cancelled', expectedVersion: 2, reason: 'Entered twice.' },
  { type: 'decision-overridden', expectedVersion: 4, action: 'hold', decision: 'decline', reason: 'Counsel advice.' },
  {
    type: 'corrected',
    expectedVersion: 7,
    corrects: 5,
    reason: 'Wrong time.',
    replacement: { at: '2026-11-30T09:00:00-06:00' },
  },
];
