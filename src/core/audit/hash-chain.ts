import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level, so the same value always hashes the same, whatever the engine. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash before an agency's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** One link of an agency's chain: everything that must not change, and the hash of the link before. */
export interface ChainLink {
  readonly agencyId: string;
  readonly seq: number;
  readonly detainerId: string;
  readonly version: number;
  readonly type: string;
  readonly payload: unknown;
  readonly recordedAt: string;
  readonly actor: string;
  readonly prevHash: string;
}

export function linkHash(link: ChainLink): string {
  return sha256(canonicalJson(link));
}

export interface StoredLink extends ChainLink {
  readonly hash: string;
}

export type ChainProblem = 'sequence-gap' | 'previous-hash-mismatch' | 'hash-mismatch' | 'head-mismatch';

export interface ChainVerdict {
  readonly agencyId: string;
  /** The events verified (all of them when intact; those before the first broken one otherwise). */
  readonly events: number;
  readonly ok: boolean;
  /** The head the store recorded for the chain (its last event's seq and hash), or null when none is recorded. */
  readonly head: { readonly seq: number; readonly hash: string } | null;
  /** The first event that breaks the chain, and why. */
  readonly broken: {
    readonly seq: number;
    readonly detainerId: string | null;
    readonly version: number | null;
    readonly problem: ChainProblem;
  } | null;
}

/**
 * The part of a chain already verified: its events 1 to `seq`, the last of which has `hash`
 * (seq 0 and the genesis hash: nothing yet).
 */
export interface VerifiedPrefix {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Recomputes an agency's chain in sequence order (or, given `from`, the links after a prefix already
 * verified: they must start at the next seq and link to its last hash). An altered row breaks its own hash; a removed,
 * inserted or reordered row breaks the sequence or the next row's link; a removed tail breaks the
 * recorded head.
 */
export function verifyChain(
  agencyId: string,
  links: Iterable<StoredLink>,
  head: { readonly seq: number; readonly hash: string } | null,
  from: VerifiedPrefix = { seq: 0, hash: GENESIS_HASH },
): ChainVerdict {
  let expectedSeq = from.seq + 1;
  let prev = from.hash;
  let count = from.seq;
  let last: StoredLink | null = null;
  let firstPastHead: StoredLink | null = null;
  const recorded = head ? { seq: head.seq, hash: head.hash } : null;
  const fail = (link: StoredLink | null, seq: number, problem: ChainProblem): ChainVerdict => ({
    agencyId,
    events: count,
    ok: false,
    head: recorded,
    broken: { seq, detainerId: link?.detainerId ?? null, version: link?.version ?? null, problem },
  });
  for (const link of links) {
    if (link.seq !== expectedSeq) return fail(link, link.seq, 'sequence-gap');
    if (link.prevHash !== prev) return fail(link, link.seq, 'previous-hash-mismatch');
    const { hash, ...rest } = link;
    if (linkHash(rest) !== hash) return fail(link, link.seq, 'hash-mismatch');
    if (head && link.seq === head.seq + 1) firstPastHead = link;
    last = link;
    prev = hash;
    expectedSeq++;
    count++;
  }
  const lastSeq = expectedSeq - 1;
  // Events with no recorded head: the head was removed, so a removed tail could not be seen.
  if (!head && lastSeq > 0) return fail(last, lastSeq, 'head-mismatch');
  if (head && (head.seq !== lastSeq || head.hash !== (lastSeq === 0 ? GENESIS_HASH : prev))) {
    // A removed tail: the first missing event. An added tail: the first event past the head. Else the last event.
    if (head.seq > lastSeq) return fail(null, lastSeq + 1, 'head-mismatch');
    if (head.seq < lastSeq) return fail(firstPastHead, head.seq + 1, 'head-mismatch');
    return fail(last, lastSeq, 'head-mismatch');
  }
  return { agencyId, events: count, ok: true, head: recorded, broken: null };
}
