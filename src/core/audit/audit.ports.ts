import type { AgencyId } from '../shared/ids.js';
import type { StoredLink } from './hash-chain.js';

/** One reading of an agency's chain: its links in sequence order, then the head that agrees with them. */
export interface AuditChainReading {
  links(): AsyncIterable<StoredLink>;
  /** The head the store recorded, read once the links have been read to their end. */
  head(): Promise<{ seq: number; hash: string } | null>;
}

/**
 * Reads agencies' event chains. Each `read` is its own reading, so that two verifications of the
 * same agency at once (two auditors, a server answering both) never mix their heads.
 */
export interface AuditChainReader {
  agencies(): Promise<AgencyId[]>;
  /** The chain's links from the first (or those with a seq above `afterSeq`), then its head. */
  read(agencyId: AgencyId, afterSeq?: number): AuditChainReading;
  /** How many events the agency's chain holds with a seq at most `throughSeq` (any seq, even 0 or less). */
  countThrough(agencyId: AgencyId, throughSeq: number): Promise<number>;
}
