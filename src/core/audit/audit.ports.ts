import type { AgencyId } from '../shared/ids.js';
import type { StoredLink } from './hash-chain.js';

/** Reads an agency's event chain in sequence order, and the head the store recorded for it. */
export interface AuditChainReader {
  agencies(): Promise<AgencyId[]>;
  links(agencyId: AgencyId): AsyncIterable<StoredLink>;
  head(agencyId: AgencyId): Promise<{ seq: number; hash: string } | null>;
}
