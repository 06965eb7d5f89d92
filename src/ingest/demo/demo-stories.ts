import type { DetainerCommand } from '../../core/lifecycle/detainer-command.js';
import type { CustodyFacts } from '../../core/lifecycle/detainer-event.js';

const HOUR = 3_600_000;
/** Custody facts of a person with no record and no status: what the law asks before it decides. */
export const NO_RECORD: CustodyFacts = {
  proofOfLawfulStatus: false,
  registrant: false,
  federalFelonyWarrant: false,
  terroristWatchListMatch: false,
  convictions: [],
  pendingCharges: [],
};

/**
 * What happens to each demo request after intake, so the demo desk shows every state of the
 * lifecycle: pending, holding (one ending within two hours), release-due, transferred, released,
 * lifted and cancelled, with notices served and alarms raised. Agencies: 1 Alameda CA, 2 Harris TX,
 * 3 Cook IL; requests 0-3 of each were received 6, 23, 40 and 57 hours ago.
 */
export function demoStory(agency: number, request: number, now: Date): DetainerCommand[] {
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR).toISOString();
  const stories: Record<string, DetainerCommand[]> = {
    // Alameda: the Values Act needs the person's record before it can decide.
    '1-0': [],
    '1-1': [
      { type: 'facts-updated', facts: NO_RECORD },
      { type: 'notice-served', notice: 'ca-truth-copy-and-intent', language: 'en', dutyId: 'ca-truth-copy-and-intent' },
      { type: 'release-eligible', at: ago(20), reason: 'charges-dismissed' },
      { type: 'released', at: ago(19.5) },
    ],
    '1-2': [
      {
        type: 'facts-updated',
        facts: {
          ...NO_RECORD,
          convictions: [{ date: '2012-04-03', level: 'felony', categories: ['serious-felony'], prop47Reduced: false }],
        },
      },
      { type: 'notice-served', notice: 'ca-truth-copy-and-intent', language: 'es', dutyId: 'ca-truth-copy-and-intent' },
      { type: 'federal-notified', at: ago(30) },
      { type: 'notice-served', notice: 'release-notification', language: 'es', dutyId: 'ca-truth-release-notice' },
    ],
    '1-3': [{ type: 'lifted', at: ago(50), reason: 'ICE withdrew the request (demo).' }],
    // Harris: Texas law requires compliance; holds run 48 elapsed hours on an I-247A.
    '2-0': [{ type: 'facts-updated', facts: { proofOfLawfulStatus: false } }],
    '2-1': [
      { type: 'facts-updated', facts: { proofOfLawfulStatus: false } },
      { type: 'release-eligible', at: ago(22), reason: 'bond-posted' },
      { type: 'notice-served', notice: 'tx-held-on-detainer', language: 'es', dutyId: 'tx-inform-held-on-detainer' },
    ],
    '2-2': [
      { type: 'facts-updated', facts: { proofOfLawfulStatus: false } },
      { type: 'release-eligible', at: ago(39), reason: 'sentence-served' },
      { type: 'notice-served', notice: 'tx-held-on-detainer', language: 'en', dutyId: 'tx-inform-held-on-detainer' },
      { type: 'federal-notified', at: ago(38) },
      { type: 'transferred', at: ago(20) },
    ],
    '2-3': [
      { type: 'facts-updated', facts: { proofOfLawfulStatus: false } },
      { type: 'release-eligible', at: ago(47), reason: 'bond-posted' },
    ],
    // Cook: Illinois forbids holding, notifying or transferring on a detainer alone.
    '3-0': [],
    '3-1': [{ type: 'release-eligible', at: ago(1), reason: 'bond-posted' }],
    '3-2': [
      { type: 'release-eligible', at: ago(30), reason: 'acquitted' },
      { type: 'released', at: ago(29.5) },
    ],
    '3-3': [{ type: 'cancelled', reason: 'Entered in error: a duplicate of an earlier request (demo).' }],
  };
  return stories[`${agency}-${request}`] ?? [];
}
