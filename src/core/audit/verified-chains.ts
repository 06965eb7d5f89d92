import type { AgencyId } from '../shared/ids.js';
import type { AuditChainReader } from './audit.ports.js';
import { verifyChain, type ChainVerdict, type StoredLink, type VerifiedPrefix } from './hash-chain.js';

/** The last event of a chain verified intact: its seq, its hash and the hash it links to. */
interface VerifiedHead extends VerifiedPrefix {
  readonly prevHash: string;
}

/**
 * Each agency's chain as last verified intact, so that a server asked again (the audit page) hashes
 * only the events appended since, not the whole chain each time. The verdict answered is the one a
 * full verification would give when:
 * - the last verified event is still there, unchanged (re-hashed each time, and its hash is the one
 *   verified), and the events after it continue the chain to the recorded head;
 * - the chain holds exactly as many events through the head as the head's seq (a row removed or
 *   slipped in anywhere below the head changes that count).
 * Anything else (including any break) is verified again in full, so a broken chain is reported as
 * `audit verify` reports it. What this does not see: an event below the last verified one rewritten
 * in place, its row's hash left as it was or recomputed with every later link. Such a rewrite needs
 * the database's append-only triggers dropped; `audit verify` (which always recomputes everything)
 * finds it, and so does the first call after a server starts.
 */
export class VerifiedChains {
  private readonly heads = new Map<AgencyId, VerifiedHead>();

  constructor(private readonly reader: AuditChainReader) {}

  async verify(agencyId: AgencyId): Promise<ChainVerdict> {
    const known = this.heads.get(agencyId);
    const incremental = known ? await this.since(agencyId, known) : undefined;
    return incremental ?? (await this.full(agencyId));
  }

  /** The verdict from the last verified head on, or undefined when only a full verification can say. */
  private async since(agencyId: AgencyId, known: VerifiedHead): Promise<ChainVerdict | undefined> {
    const reading = this.reader.read(agencyId, known.seq - 1);
    const links = await collect(reading.links());
    if (links[0]?.seq !== known.seq || links[0].hash !== known.hash) return undefined;
    const verdict = verifyChain(agencyId, links, await reading.head(), { seq: known.seq - 1, hash: known.prevHash });
    if (!verdict.ok || (await this.reader.countThrough(agencyId, verdict.events)) !== verdict.events) return undefined;
    this.remember(agencyId, verdict, links);
    return verdict;
  }

  private async full(agencyId: AgencyId): Promise<ChainVerdict> {
    const reading = this.reader.read(agencyId);
    const links = await collect(reading.links());
    const verdict = verifyChain(agencyId, links, await reading.head());
    this.remember(agencyId, verdict, links);
    return verdict;
  }

  private remember(agencyId: AgencyId, verdict: ChainVerdict, links: readonly StoredLink[]): void {
    const last = links.at(-1);
    if (verdict.ok && last) this.heads.set(agencyId, { seq: last.seq, hash: last.hash, prevHash: last.prevHash });
    else this.heads.delete(agencyId);
  }
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
