import type { Services } from '../../src/composition/services.js';
import type { Principal } from '../../src/core/auth/principal.js';
import { recordEvent } from '../../src/core/lifecycle/lifecycle.use-cases.js';
import { receiveDetainer } from '../../src/core/request/detainer.use-cases.js';
import { NO_RECORD } from '../../src/ingest/demo/demo-stories.js';

const HOUR = 3_600_000;

/**
 * A request to the Texas demo agency (records-officer@harris.demo.example) with the facts the law
 * asks, received at `at` (the services' clock must read at least `at`), the subject not yet
 * eligible for release.
 */
export async function recordRequest(
  services: Services,
  officer: Principal,
  reference: string,
  at: number,
): Promise<{ id: string; version: number }> {
  const id = await receiveI247A(services, officer, reference, at - HOUR);
  const updated = await recordEvent(services.lifecycle, officer, id, 2, { type: 'facts-updated', facts: NO_RECORD });
  if (!updated.ok) throw new Error(updated.error.message);
  return { id, version: updated.value.version };
}

/** An I-247A (2017 edition, administrative warrant, biometric match) issued at `issuedAt`, received now; its id. */
export async function receiveI247A(
  services: Services,
  officer: Principal,
  reference: string,
  issuedAt: number,
): Promise<string> {
  const received = await receiveDetainer(services.detainers, officer, {
    form: 'I-247A',
    formEdition: '2017-02',
    warrant: 'administrative',
    probableCause: ['biometric-database'],
    issuedAt: new Date(issuedAt).toISOString(),
    subject: { reference },
  });
  if (!received.ok) throw new Error(received.error.message);
  return received.value.id;
}

/**
 * Release eligibility at `at` (the services' clock must read it): the Texas agency honours the hold,
 * which ends 48 elapsed hours later (the I-247A's window).
 */
export async function startHold(
  services: Services,
  officer: Principal,
  request: { id: string; version: number },
  at: number,
): Promise<void> {
  const eligible = await recordEvent(services.lifecycle, officer, request.id, request.version, {
    type: 'release-eligible',
    at: new Date(at).toISOString(),
    reason: 'bond-posted',
  });
  if (!eligible.ok) throw new Error(eligible.error.message);
  if (eligible.value.status !== 'holding') throw new Error(`expected a hold, got ${eligible.value.status}`);
}

export const HOLD_HOURS = 48;
