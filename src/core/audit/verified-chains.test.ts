import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../shared/ids.js';
import type { AuditChainReader } from './audit.ports.js';
import { GENESIS_HASH, linkHash, verifyChain, type StoredLink } from './hash-chain.js';
import { VerifiedChains } from './verified-chains.js';

const AGENCY = 'agency-1' as AgencyId;

/** An agency's chain in memory, counting the links each reading hands out. */
function memoryChain(length: number) {
  const rows: StoredLink[] = [];
  let head: { seq: number; hash: string } | null = null;
  const append = (n: number) => {
    for (let i = 0; i < n; i++) {
      const seq = (rows.at(-1)?.seq ?? 0) + 1;
      const link = {
        agencyId: AGENCY,
        seq,
        detainerId: `d-${seq % 7}`,
        version: seq,
        type: 'facts-updated',
        payload: { n: seq },
        recordedAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
        actor: 'u-1',
        prevHash: rows.at(-1)?.hash ?? GENESIS_HASH,
      };
      rows.push({ ...link, hash: linkHash(link) });
      head = { seq, hash: rows.at(-1)!.hash };
    }
  };
  append(length);
  const stats = { linksRead: 0 };
  const reader: AuditChainReader = {
    agencies: async () => [AGENCY],
    read: (_agency, afterSeq) => ({
      async *links() {
        for (const row of [...rows].sort((a, b) => a.seq - b.seq)) {
          if (afterSeq !== undefined && row.seq <= afterSeq) continue;
          stats.linksRead++;
          yield row;
        }
      },
      head: async () => head,
    }),
    countThrough: async (_agency, through) => rows.filter((r) => r.seq <= through).length,
  };
  const full = () =>
    verifyChain(
      AGENCY,
      [...rows].sort((a, b) => a.seq - b.seq),
      head,
    );
  const rewrite = (seq: number) => {
    const at = rows.findIndex((r) => r.seq === seq);
    rows[at] = { ...rows[at]!, payload: { n: -1 } };
  };
  const remove = (seq: number) =>
    rows.splice(
      rows.findIndex((r) => r.seq === seq),
      1,
    );
  return { reader, stats, append, full, rewrite, remove };
}

describe('VerifiedChains (the audit page: verified from the last verified head on)', () => {
  it('hashes the whole chain once, then only the events appended since (and the last verified one)', async () => {
    const chain = memoryChain(1000);
    const verified = new VerifiedChains(chain.reader);
    expect(await verified.verify(AGENCY)).toEqual(chain.full());
    expect(chain.stats.linksRead).toBe(1000);

    chain.append(5);
    chain.stats.linksRead = 0;
    const again = await verified.verify(AGENCY);
    expect(again).toEqual(chain.full());
    expect(again).toMatchObject({ ok: true, events: 1005, head: { seq: 1005 } });
    expect(chain.stats.linksRead).toBe(6);

    chain.stats.linksRead = 0;
    expect(await verified.verify(AGENCY)).toEqual(chain.full());
    expect(chain.stats.linksRead).toBe(1);
  });

  it('reports an event removed below the verified head as a full verification does', async () => {
    const chain = memoryChain(50);
    const verified = new VerifiedChains(chain.reader);
    expect((await verified.verify(AGENCY)).ok).toBe(true);
    chain.remove(20);
    const verdict = await verified.verify(AGENCY);
    expect(verdict).toMatchObject({ ok: false, broken: { seq: 21, problem: 'sequence-gap' } });
    expect(verdict).toEqual(chain.full());
  });

  it('reports the last verified event rewritten, and a broken link among the new events', async () => {
    const chain = memoryChain(50);
    const verified = new VerifiedChains(chain.reader);
    expect((await verified.verify(AGENCY)).ok).toBe(true);
    chain.rewrite(50);
    const verdict = await verified.verify(AGENCY);
    expect(verdict).toMatchObject({ ok: false, broken: { seq: 50, problem: 'hash-mismatch' } });
    expect(verdict).toEqual(chain.full());

    const other = memoryChain(50);
    const otherVerified = new VerifiedChains(other.reader);
    expect((await otherVerified.verify(AGENCY)).ok).toBe(true);
    other.append(3);
    other.rewrite(52);
    expect(await otherVerified.verify(AGENCY)).toMatchObject({
      ok: false,
      broken: { seq: 52, problem: 'hash-mismatch' },
    });
  });

  it('keeps reporting a broken chain (it is never remembered as verified)', async () => {
    const chain = memoryChain(10);
    const verified = new VerifiedChains(chain.reader);
    chain.rewrite(3);
    expect((await verified.verify(AGENCY)).ok).toBe(false);
    chain.append(1);
    expect(await verified.verify(AGENCY)).toEqual(chain.full());
    expect(chain.full().ok).toBe(false);
  });

  it('does not see an older event rewritten in place (the documented limit); a new verifier, as after a restart, does', async () => {
    const chain = memoryChain(50);
    const verified = new VerifiedChains(chain.reader);
    expect((await verified.verify(AGENCY)).ok).toBe(true);
    chain.rewrite(10);
    expect((await verified.verify(AGENCY)).ok).toBe(true);
    expect(await new VerifiedChains(chain.reader).verify(AGENCY)).toMatchObject({
      ok: false,
      broken: { seq: 10, problem: 'hash-mismatch' },
    });
  });
});
