import type { AgencyId } from '../shared/ids.js';
import type { AuditChainReader } from './audit.ports.js';
import { verifyChain, type ChainVerdict } from './hash-chain.js';

/** Recomputes every agency's chain (or one agency's); intact only if every chain is. */
export async function verifyAudit(
  reader: AuditChainReader,
  agencyId?: AgencyId,
): Promise<{ ok: boolean; chains: ChainVerdict[] }> {
  const agencies = agencyId ? [agencyId] : await reader.agencies();
  const chains: ChainVerdict[] = [];
  for (const agency of agencies) {
    chains.push(verifyChain(agency, await collect(reader.links(agency)), await reader.head(agency)));
  }
  return { ok: chains.every((c) => c.ok), chains };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
