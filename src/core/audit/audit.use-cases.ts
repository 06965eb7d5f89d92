import { forbidden } from '../auth/auth.use-cases.js';
import type { Principal } from '../auth/principal.js';
import { can } from '../auth/roles.js';
import type { PersonalDataReadEntry, PersonalDataReadLog } from '../lifecycle/lifecycle.ports.js';
import type { DomainError } from '../shared/errors.js';
import type { AgencyId, DetainerId, UserId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';
import { validateTextInput } from '../shared/validate-input.js';
import type { AuditChainReader } from './audit.ports.js';
import { verifyChain, type ChainVerdict } from './hash-chain.js';
import { collect, type VerifiedChains } from './verified-chains.js';
import { PERSONAL_DATA_READ_PAGE, PersonalDataReadQuerySchema } from './personal-data-reads.schema.js';
import { logWindow } from '../shared/log-window.js';

export { PERSONAL_DATA_READ_PAGE, type PersonalDataReadQuery } from './personal-data-reads.schema.js';

/** Recomputes every agency's chain (or one agency's); intact only if every chain is. */
export async function verifyAudit(
  reader: AuditChainReader,
  agencyId?: AgencyId,
): Promise<{ ok: boolean; chains: ChainVerdict[] }> {
  const agencies = agencyId ? [agencyId] : await reader.agencies();
  const chains: ChainVerdict[] = [];
  for (const agency of agencies) {
    const reading = reader.read(agency);
    chains.push(verifyChain(agency, await collect(reading.links()), await reading.head()));
  }
  return { ok: chains.every((c) => c.ok), chains };
}

/**
 * The caller's agency's audit chain (admins and auditors: CJIS Security Policy 5.4), verified
 * from the last head verified intact on (see VerifiedChains for what that sees and what only
 * `audit verify` sees). A broken chain is an answer, not an error: the auditor's page shows which
 * event breaks it and why, as `audit verify --agency` names it.
 */
export async function verifyAgencyAudit(
  chains: VerifiedChains,
  principal: Principal,
): Promise<Result<ChainVerdict, DomainError>> {
  if (!can(principal.role, 'audit:read')) return err(forbidden('read the audit trail'));
  return ok(await chains.verify(principal.agencyId));
}

/**
 * The log of reads of personal data, newest first: who read which detainer, when, why and through
 * which channel; never the data read. Admins and auditors see their agency's; an operator on the
 * server (CLI, `actor` undefined) one agency's (`operatorAgencyId`) or every agency's. `raw` is the
 * query as the client wrote it (HTTP query string or CLI options as text).
 */
export async function listPersonalDataReads(
  deps: { readonly reads: PersonalDataReadLog },
  actor: Principal | undefined,
  raw: Readonly<Record<string, unknown>>,
  operatorAgencyId?: AgencyId,
): Promise<Result<{ reads: PersonalDataReadEntry[]; total: number; limit: number; offset: number }, DomainError>> {
  if (actor && !can(actor.role, 'audit:read')) return err(forbidden('read the log of personal-data reads'));
  const checked = validateTextInput(PersonalDataReadQuerySchema, raw, { root: 'query' });
  if (!checked.ok) return checked;
  const query = checked.value;
  const window = logWindow(query, PERSONAL_DATA_READ_PAGE.default);
  if (!window.ok) return window;
  const agencyId = actor ? actor.agencyId : operatorAgencyId;
  const page = await deps.reads.list({
    ...(agencyId ? { agencyId } : {}),
    ...(query.userId ? { userId: query.userId as UserId } : {}),
    ...(query.detainerId ? { detainerId: query.detainerId as DetainerId } : {}),
    ...window.value,
  });
  return ok({ ...page, limit: window.value.limit, offset: window.value.offset });
}
